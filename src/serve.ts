/**
 * `chat-archive serve`: a preview of the archive on localhost, served by sirv as a static host
 * would serve it (the CLI builds first; a build with nothing changed is skipped).
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import { resolve } from "node:path";
import sirv from "sirv";
import { UserError } from "./model.js";

export interface Preview {
  readonly url: string;
  close(): Promise<void>;
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
