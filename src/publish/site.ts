/** What a server config is made from: the archive's folder, where it is served, and who may see it. */

export const HOSTS = ["nginx", "caddy", "apache"] as const;
export type Host = (typeof HOSTS)[number];

export interface ServedArchive {
  /** The archive's folder, absolute, without a trailing slash. */
  readonly root: string;
  /** Where it is served: "/" or a sub-path such as "/family/". */
  readonly path: string;
  /** The server's name (nginx server_name, Caddy's site address, Apache ServerName). */
  readonly domain?: string;
  /** Where the server listens; the host's usual port 80 (Caddy: 443 with a domain) when absent. */
  readonly listen?: Listen;
  /** The password file, absolute; no basic auth when absent. */
  readonly passwordFile?: string;
}

export interface Listen {
  readonly address?: string;
  readonly port: number;
}

/** The first line of every file host-config writes, by which it knows a file it may replace. */
export const WRITTEN_BY = "# Written by chat-archive host-config";

/** The realm browsers show in the password dialog. */
export const REALM = "Chat archive";

/** The sub-path without its trailing slash ("/family"); empty at the root. */
export const bare = (path: string): string => path.replace(/\/$/, "");

export const listenText = (listen: Listen): string => (listen.address ? `${listen.address}:${listen.port}` : String(listen.port));
