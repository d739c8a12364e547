/**
 * `chat-archive host-config`: a server config for a built archive, and with a user a password file,
 * written where the person says and never into the archive; nothing is overwritten that
 * host-config did not write, unless the person says --force.
 */
import { existsSync, realpathSync } from "node:fs";
import { chmod, readFile, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve, sep } from "node:path";
import { UserError } from "../model.js";
import { displayPath } from "../paths.js";
import { apacheConfig } from "./apache.js";
import { caddyConfig } from "./caddy.js";
import { nginxConfig } from "./nginx.js";
import { passwordFile, USER_NAME, usersOf } from "./password.js";
import { WRITTEN_BY, type Host, type Listen, type ServedArchive } from "./site.js";

export interface HostConfigOptions {
  readonly host: Host;
  readonly root: string;
  readonly path: string;
  readonly domain?: string;
  readonly listen?: Listen;
  readonly user?: string;
  readonly htpasswd?: string;
  readonly out?: string;
  readonly force?: boolean;
}

export interface HostConfigResult {
  readonly config: string;
  /** Files written, with what happened to each, for the person to read. */
  readonly wrote: readonly string[];
}

const CONFIGS: Record<Host, (site: ServedArchive) => string> = { nginx: nginxConfig, caddy: caddyConfig, apache: apacheConfig };

/** A sub-path as a URL path, "/" or "/a/b/": letters, digits and . _ ~ - in each part, none hidden. */
const SUB_PATH = /^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*$/;
/** Characters a path must not hold to be written safely into any of the three configs. */
const UNSAFE = /["\\$;{}\p{Cc}]/u;

/**
 * Checks everything, then asks for the password (only with a user, and only once all else is
 * right), then writes: the password file with mode 0640, the config to `out` or nowhere.
 */
export async function hostConfig(options: HostConfigOptions, askPassword: () => Promise<string>): Promise<HostConfigResult> {
  const root = resolve(options.root);
  const shownRoot = displayPath(root);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new UserError(`${shownRoot}: no such folder; give --root the folder chat-archive build wrote`, 2);
  if (!existsSync(join(root, "index.html"))) throw new UserError(`${shownRoot} holds no index.html, so it is no archive; give --root the folder chat-archive build wrote`, 2);
  if (options.host === "apache" && !existsSync(join(root, ".htaccess"))) {
    throw new UserError(`${shownRoot} has no .htaccess, which Apache's config relies on; build the archive again with this version`, 2);
  }
  if (UNSAFE.test(root)) throw new UserError(`${shownRoot}: a folder whose path holds quotes, \\, $, ;, { or } cannot be written into a config; move the archive`, 2);
  if (!SUB_PATH.test(options.path)) throw new UserError(`--path ${options.path}: it must start and end with "/", like /family/, with letters, digits, . _ ~ - between`, 2);
  if (options.domain !== undefined && !/^[A-Za-z0-9.-]+$/.test(options.domain)) throw new UserError(`--domain ${options.domain}: it must be a host name such as family.example.org`, 2);

  const out = options.out === undefined ? undefined : resolve(options.out);
  const outReplaces = out ? await mayWrite(out, root, "--out", options.force) : false;
  let passwordPath: string | undefined;
  let passwordReplaces = false;
  if (options.user !== undefined) {
    if (!USER_NAME.test(options.user)) throw new UserError(`--user ${options.user}: a name of letters, digits and . _ @ + - only`, 2);
    if (options.htpasswd === undefined && !out) throw new UserError("--user needs --out or --htpasswd: the password file is written beside the config, or where --htpasswd says", 2);
    passwordPath = resolve(options.htpasswd ?? `${out!.slice(0, out!.length - extname(out!).length)}.htpasswd`);
    if (passwordPath === out) throw new UserError(`--htpasswd ${displayPath(passwordPath)} is the config's own file; choose another`, 2);
    if (UNSAFE.test(passwordPath)) throw new UserError(`--htpasswd ${displayPath(passwordPath)}: a path holding quotes, \\, $, ;, { or } cannot be written into a config`, 2);
    passwordReplaces = await mayWrite(passwordPath, root, "--htpasswd", options.force);
  }

  const config = CONFIGS[options.host]({ root, path: options.path, domain: options.domain, listen: options.listen, passwordFile: passwordPath });
  const wrote: string[] = [];
  if (passwordPath) {
    const password = await askPassword();
    const previous = await ours(passwordPath);
    const file = await passwordFile(options.host, options.user!, password, previous);
    // Readable by the owner, and by the group to give the server (chgrp www-data, or caddy); never by everyone.
    await writeFile(passwordPath, file, { mode: 0o640 });
    await chmod(passwordPath, 0o640);
    const users = usersOf(file);
    wrote.push(`${displayPath(passwordPath)}: the password file (${users.length === 1 ? "1 person" : `${users.length} people`}: ${users.join(", ")}; mode 0640)${passwordReplaces ? REPLACED : ""}`);
  }
  if (out) {
    await writeFile(out, config);
    wrote.push(`${displayPath(out)}: the ${options.host} config for ${shownRoot} at ${options.path}${outReplaces ? REPLACED : ""}`);
  }
  return { config, wrote };
}

const REPLACED = "; it replaced a file host-config had not written (--force)";

/**
 * Refuses a file inside the archive (it would be served), a folder, and a file host-config did not
 * write unless `force`; true when it will replace such a file.
 */
async function mayWrite(path: string, root: string, option: string, force: boolean | undefined): Promise<boolean> {
  const shown = displayPath(path);
  // Compared with links resolved, so that no spelling of a path inside the archive gets past.
  const real = (p: string): string => (existsSync(p) ? realpathSync(p) : join(real(dirname(p)), basename(p)));
  const [file, archive] = [real(path), realpathSync(root)];
  if (file === archive || file.startsWith(archive + sep)) {
    throw new UserError(`${option} ${shown} lies inside the archive ${displayPath(root)}, which is served; choose a file outside it`, 2);
  }
  const info = await stat(path).catch(() => undefined);
  if (!info && !existsSync(dirname(path))) throw new UserError(`${option} ${shown}: the folder ${displayPath(dirname(path))} does not exist`, 2);
  if (!info) return false;
  if (info.isDirectory()) throw new UserError(`${option} ${shown} is a folder; give a file name`, 2);
  if ((await ours(path)) !== undefined) return false;
  if (!force) throw new UserError(`${option} ${shown} exists and host-config did not write it; choose another file, or add --force to replace it`, 2);
  return true;
}

/** The file's text when host-config wrote it (its first line says so); else undefined. */
async function ours(path: string): Promise<string | undefined> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  return text?.startsWith(WRITTEN_BY) ? text : undefined;
}
