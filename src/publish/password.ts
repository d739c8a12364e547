/**
 * The password file: bcrypt hashes (bcryptjs, pure JavaScript), one line per person, in the form each
 * host reads; and the password itself, from a prompt that does not echo or from stdin, never from argv.
 */
import bcrypt from "bcryptjs";
import { read } from "read";
import { text } from "node:stream/consumers";
import { UserError } from "../model.js";
import { WRITTEN_BY, type Host } from "./site.js";

/**
 * Every request (each thumbnail, each piece of the search index) is checked against the hash, and
 * nginx and Apache keep no cache of the check: 2^8 rounds is a few ms a check on a small server,
 * still eight times the work of htpasswd's default.
 */
const ROUNDS = 8;

/** A name every host accepts in its password file and every browser sends unchanged. */
export const USER_NAME = /^[\p{L}\p{N}._@+-]+$/u;

/**
 * The password file with `user`'s line set to `password`'s hash, keeping everyone else's lines of
 * `previous` (a file host-config wrote before). bcryptjs writes $2b$; Apache's own bcrypt reads
 * only $2y$ and $2a$, which name the same algorithm, so $2y$ it is, and nginx and Caddy read it too.
 */
export async function passwordFile(host: Host, user: string, password: string, previous?: string): Promise<string> {
  const hash = (await bcrypt.hash(password, ROUNDS)).replace(/^\$2b\$/, "$2y$");
  // Caddy imports the file into its basicauth block, where a name and its hash are two words.
  const line = ([name, hashed]: readonly [string, string]): string => (host === "caddy" ? `${name} ${hashed}` : `${name}:${hashed}`);
  // Everyone else's line is kept, in this host's form should the file have been written for another.
  const others = entries(previous ?? "").filter(([name]) => name !== user);
  return [`${WRITTEN_BY} for ${host}: one line a person; delete a line to lock that person out.`, ...[...others, [user, hash] as const].map(line), ""].join("\n");
}

/** The names and hashes in a password file of either form. */
const entries = (file: string): [string, string][] =>
  file.split("\n").filter((l) => l && !l.startsWith("#")).map((l) => {
    const at = l.search(/[: ]/);
    return [l.slice(0, at), l.slice(at + 1)];
  });

/** The names in a password file. */
export const usersOf = (file: string): string[] => entries(file).map(([name]) => name);

/** Reads the password: typed twice at a prompt on `prompt` that shows nothing, or the first line of piped input. */
export async function readPassword(input: NodeJS.ReadStream, prompt: NodeJS.WriteStream): Promise<string> {
  let password: string;
  if (input.isTTY) {
    // read leaves the cursor after a silent prompt; the newline keeps the next line off it.
    password = await read({ input, output: prompt, prompt: "Password: ", silent: true, replace: "" });
    prompt.write("\n");
    const again = await read({ input, output: prompt, prompt: "The same password again: ", silent: true, replace: "" });
    prompt.write("\n");
    if (again !== password) throw new UserError("the two passwords differ; nothing was written", 2);
  } else {
    password = (await text(input)).split(/\r?\n/, 1)[0] ?? "";
  }
  if (password === "") throw new UserError("the password is empty; nothing was written", 2);
  return password;
}
