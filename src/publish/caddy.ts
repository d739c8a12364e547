/** The Caddyfile: a site block, from the one policy; Caddy gets a certificate itself when given a domain. */
import { CACHE_CONTENT_NAMED, CACHE_REVALIDATE, CONTENT_NAMED_EXTENSIONS, contentType, DEFAULT_TYPE, FILE_TYPES, SECURITY_HEADERS } from "./policy.js";
import { bare, listenText, REALM, WRITTEN_BY, type ServedArchive } from "./site.js";

export function caddyConfig(site: ServedArchive): string {
  const contentNamed = CONTENT_NAMED_EXTENSIONS.map((e) => `*.${e}`).join(" ");
  // file_server names a type only when none is set, so these come first.
  const types = FILE_TYPES.flatMap((t, n) => [
    `        @type${n} path ${t.extensions.map((e) => `*.${e}`).join(" ")}`,
    `        header @type${n} Content-Type "${contentType(t)}"`,
  ]);
  const auth = site.passwordFile
    ? [`        basicauth bcrypt "${REALM}" {`, `            import "${site.passwordFile}"`, "        }"]
    : ["        # No password: anyone with the address sees the archive. host-config --user NAME adds one."];
  const sub = site.path !== "/";
  return [
    `${WRITTEN_BY} caddy, for ${site.root} at ${site.path}`,
    "# Debian: import it from /etc/caddy/Caddyfile (import /etc/caddy/sites/*.caddy), then systemctl reload caddy.",
    site.domain ? "# Caddy gets and renews the domain's HTTPS certificate itself; ports 80 and 443 must reach it." : "# Without --domain it serves plain HTTP: basic auth then sends the password readable. Give --domain for HTTPS.",
    "",
    `${address(site)} {`,
    ...(sub ? [`    redir ${bare(site.path)} ${site.path} 308`, `    handle_path ${site.path}* {`] : ["    handle {"]),
    `        root * "${site.root}"`,
    ...auth,
    "        # The build's record, a kept .git/ and the host files are not for visitors: 404, as if they were not there.",
    "        @hidden path_regexp /(\\.|_headers$)",
    "        respond @hidden 404",
    "        header {",
    ...SECURITY_HEADERS.map(([name, value]) => `            ${name} "${value}"`),
    "        }",
    "        # Pagefind's content-named files are cached for good; everything else is revalidated on every use.",
    `        @contentNamed path ${contentNamed}`,
    `        header @contentNamed Cache-Control "${CACHE_CONTENT_NAMED}"`,
    `        @revalidated not path ${contentNamed}`,
    `        header @revalidated Cache-Control "${CACHE_REVALIDATE}"`,
    "        # Every file type the archive holds, whatever Caddy's own list knows.",
    ...types,
    // Caddy names no type for an extension it does not know, and a browser would guess one: a download it is.
    `        @untyped not path */ ${FILE_TYPES.flatMap((t) => t.extensions.map((e) => `*.${e}`)).join(" ")}`,
    `        header @untyped Content-Type "${DEFAULT_TYPE}"`,
    "        file_server",
    "    }",
    ...(sub ? ["    # Nothing else is served at this address.", "    handle {", "        respond 404", "    }"] : []),
    "}",
    "",
  ].join("\n");
}

/** The site address: the domain (HTTPS), else plain HTTP on the given or usual port. */
function address(site: ServedArchive): string {
  if (site.domain) return site.listen ? `${site.domain}:${site.listen.port}` : site.domain;
  return `http://${site.listen ? (site.listen.address ? listenText(site.listen) : `:${site.listen.port}`) : ":80"}`;
}
