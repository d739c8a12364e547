/**
 * `chat-archive serve`: a preview of the archive on localhost, served by sirv as a static host
 * would serve it, rebuilt first only when an export changed since the last build.
 */
import { once } from "node:events";
import { readdir, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { join, resolve } from "node:path";
import sirv from "sirv";
import { UserError } from "./model.js";
import { PACKAGE_ROOT } from "./paths.js";

export interface Preview {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Whether the output is missing or older than any file of the inputs, or than this program (a new
 * version renders differently).
 */
export async function needsBuild(inputs: readonly string[], output: string): Promise<boolean> {
  const built = await stat(join(output, "index.html")).then((s) => s.mtimeMs, () => undefined);
  if (built === undefined) return true;
  const program = await stat(join(PACKAGE_ROOT, "dist", "src", "cli.js")).then((s) => s.mtimeMs, () => 0);
  if (program > built) return true;
  for (const input of inputs) if ((await newest(resolve(input))) > built) return true;
  return false;
}

/** The latest modification time of a file or of anything in a folder. */
async function newest(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return info?.mtimeMs ?? 0;
  const entries = await readdir(path, { recursive: true });
  const times = await Promise.all(entries.map((entry) => stat(join(path, entry)).then((s) => s.mtimeMs, () => 0)));
  return Math.max(info.mtimeMs, ...times);
}

/** Serves `root` on 127.0.0.1:`port`; when the port is taken and `orAnother`, on a free one. */
export async function serve(root: string, port: number, orAnother: boolean): Promise<Preview> {
  const handler = sirv(resolve(root), { dotfiles: false, etag: true });
  const server = createServer((request, response) => handler(request, response, () => {
    response.statusCode = 404;
    response.end("Not found");
  }));
  try {
    await listen(server, port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    if (!orAnother) throw new UserError(`port ${port} is in use; choose another with --port`);
    await listen(server, 0);
  }
  const address = server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://localhost:${bound}/`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((listening, failed) => {
    server.once("error", failed);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", failed);
      listening();
    });
  });
}
