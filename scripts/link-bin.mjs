// Run by `npm install` (the prepare script) after compiling: links node_modules/.bin/chat-archive
// to the compiled CLI, as npm does for an installed package, so the checkout's own command can be
// run by that path, as scripts outside the checkout do. npm links only dependencies' commands.
import { chmodSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "src", "cli.js");
const link = join(root, "node_modules", ".bin", "chat-archive");
chmodSync(cli, 0o755);
mkdirSync(dirname(link), { recursive: true });
rmSync(link, { force: true });
symlinkSync(relative(dirname(link), cli), link);
