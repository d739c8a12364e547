/**
 * Debian's nginx, Caddy and Apache, each run in the foreground on a free loopback port with the config
 * `chat-archive host-config` wrote, everything it writes (pid, logs, temp files) in a folder of the test's.
 */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { join } from "node:path";
import { once } from "node:events";
import { cliIn } from "../run-cli.js";
import type { Host } from "../../src/publish/site.js";

export const SERVERS: Record<Host, string> = { nginx: "/usr/sbin/nginx", caddy: "/usr/bin/caddy", apache: "/usr/sbin/apache2" };
export const missingServers = (): string[] => Object.entries(SERVERS).filter(([, bin]) => !existsSync(bin)).map(([, bin]) => bin);

/** As root, nginx's and Apache's workers drop to www-data, as on a server; as anyone else they stay that user. */
const AS_ROOT = process.getuid?.() === 0;
const WORKERS = AS_ROOT ? { user: "www-data", gid: Number(/^www-data:[^:]*:(\d+):/m.exec(readFileSync("/etc/group", "utf8"))?.[1]) } : undefined;

export interface RunningServer {
  readonly host: Host;
  /** The archive's URL, ending in "/". */
  readonly base: string;
  readonly port: number;
  /** Where host-config wrote the config and the password file. */
  readonly config: string;
  readonly passwordFile: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly root: string;
  /** A folder of the test's, outside the archive, for configs, logs and temp files. */
  readonly scratch: string;
  readonly path: string;
  readonly user: string;
  readonly password: string;
}

/** Writes the config with host-config, then starts the server; once more on another port when the one it picked was taken meanwhile. */
export async function startServer(host: Host, options: ServeOptions): Promise<RunningServer> {
  try {
    return await startOnce(host, options);
  } catch (error) {
    if (!(error instanceof PortTaken)) throw error;
    return startOnce(host, options);
  }
}

class PortTaken extends Error {}

async function startOnce(host: Host, { root, scratch, path, user, password }: ServeOptions): Promise<RunningServer> {
  const port = await freePort();
  const dir = join(scratch, `${host}-${port}`);
  mkdirSync(dir, { recursive: true });
  const config = join(dir, `archive.${host === "caddy" ? "caddy" : "conf"}`);
  const made = cliIn({ input: `${password}\n` }, "host-config", host, "--root", root, "--path", path, "--listen", `127.0.0.1:${port}`, "--user", user, "--out", config);
  if (made.status !== 0) throw new Error(`host-config ${host} failed: ${made.stderr}`);
  const passwordFile = join(dir, "archive.htpasswd");
  // What the guide tells a person to do: give the password file's group to the server.
  if (WORKERS && host !== "caddy") chownSync(passwordFile, 0, WORKERS.gid);
  const child = launch(host, dir, config);
  const output: string[] = [];
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = once(child, "exit").then(([code]) => {
    const log = [output.join(""), ...["error.log"].map((f) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8") : ""))].join("");
    if (/address already in use|could not bind|EADDRINUSE/i.test(log)) throw new PortTaken(log);
    throw new Error(`${host} exited (${String(code)}) before it served:\n${log}`);
  });
  exited.catch(() => undefined);
  try {
    await Promise.race([answering(port), exited]);
  } catch (error) {
    await stop(child);
    throw error;
  }
  return {
    host, port, config, passwordFile,
    base: `http://127.0.0.1:${port}${path}`,
    close: () => stop(child),
  };
}

/** The server in the foreground, with a main config of the test's that holds the one host-config wrote. */
function launch(host: Host, dir: string, config: string): ChildProcess {
  const options: SpawnOptions = { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, HOME: dir, XDG_DATA_HOME: join(dir, "data"), XDG_CONFIG_HOME: join(dir, "config") } };
  if (host === "nginx") {
    const main = join(dir, "nginx.conf");
    writeFileSync(main, [
      ...(WORKERS ? [`user ${WORKERS.user};`] : []),
      "worker_processes 1;",
      `pid ${join(dir, "nginx.pid")};`,
      `error_log ${join(dir, "error.log")} warn;`,
      "events { worker_connections 64; }",
      "http {",
      "    access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `    ${t}_temp_path ${join(dir, t)};`),
      `    include ${config};`,
      "}",
      "",
    ].join("\n"));
    return spawn(SERVERS.nginx, ["-p", dir, "-c", main, "-e", join(dir, "error.log"), "-g", "daemon off;"], options);
  }
  if (host === "caddy") {
    const main = join(dir, "Caddyfile");
    writeFileSync(main, `{\n\tadmin off\n\tstorage file_system ${join(dir, "data")}\n}\nimport ${config}\n`);
    return spawn(SERVERS.caddy, ["run", "--config", main, "--adapter", "caddyfile"], options);
  }
  const main = join(dir, "apache2.conf");
  const modules = ["mpm_event", "authz_core", "authn_core", "authn_file", "authz_user", "auth_basic", "alias", "dir", "mime", "headers"];
  // Apache's own list of types stays empty: the archive's .htaccess must name every type itself.
  writeFileSync(join(dir, "mime.types"), "");
  writeFileSync(main, [
    `ServerRoot ${dir}`,
    `TypesConfig ${join(dir, "mime.types")}`,
    `DefaultRuntimeDir ${dir}`,
    `PidFile ${join(dir, "apache2.pid")}`,
    `ErrorLog ${join(dir, "error.log")}`,
    "LogLevel warn",
    "ServerName localhost",
    ...modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`),
    ...(WORKERS ? [`User ${WORKERS.user}`, `Group ${WORKERS.user}`] : []),
    `Include ${config}`,
    "",
  ].join("\n"));
  return spawn(SERVERS.apache, ["-f", main, "-DFOREGROUND"], options);
}

/** A port nothing listens on now: the system's pick for a socket bound to port 0, closed again. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, "close");
  return port;
}

/** Resolves once the server answers an HTTP request: a port that merely accepts connections may belong to a server still failing its start. */
async function answering(port: number): Promise<void> {
  for (;;) {
    if (await get(port, "/").then(() => true, () => false)) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Stops the server and waits until it has exited, killing it when it does not stop within seconds. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A GET of exactly `rawPath` (no URL normalisation, so `..` and `%2e` reach the server as written), with basic auth when given. */
export async function get(port: number, rawPath: string, auth?: { user: string; password: string }): Promise<Answer> {
  const headers = auth ? { Authorization: `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString("base64")}` } : {};
  const req = request({ host: "127.0.0.1", port, path: rawPath, method: "GET", headers, agent: false });
  req.end();
  const [res] = (await once(req, "response")) as [import("node:http").IncomingMessage];
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("latin1") };
}
