import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface StaticServer {
  /** The archive's base URL, ending in "/", e.g. http://127.0.0.1:43121/family/archive/ */
  readonly base: string;
  close(): Promise<void>;
}

/**
 * Serves `root` under the sub-path `prefix` (like "/family/archive/") on 127.0.0.1 at a free port,
 * as a host that puts the archive in a folder would. Anything outside the prefix is a 404, so a
 * link or asset that climbs out of the archive, or uses an absolute path, shows up as an error.
 */
export async function serveUnder(root: string, prefix: string): Promise<StaticServer> {
  if (!prefix.startsWith("/") || !prefix.endsWith("/")) throw new Error(`prefix must start and end with "/": ${prefix}`);
  // dev: the files are read on each request and nothing is cached between runs.
  const serve = sirv(root, { dev: true, dotfiles: false, etag: false });
  const notFound = (res: ServerResponse): void => {
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.end("Not found");
  };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith(prefix)) return notFound(res);
    req.url = url.slice(prefix.length - 1); // keep the leading "/"
    serve(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
