/** The nginx config: a server block (with the map it needs) for sites-available/, from the one policy. */
import { CACHE_CONTENT_NAMED, CACHE_REVALIDATE, CONTENT_NAMED_EXTENSIONS, DEFAULT_TYPE, FILE_TYPES, SECURITY_HEADERS } from "./policy.js";
import { bare, listenText, REALM, WRITTEN_BY, type ServedArchive } from "./site.js";

export function nginxConfig(site: ServedArchive): string {
  // A map's variable is global to nginx: named after the path, so two archives' configs can sit side by side.
  const cache = `$chat_archive_cache${bare(site.path).replace(/[^A-Za-z0-9]/g, "_")}`;
  const types = FILE_TYPES.map((t) => `            ${t.type} ${t.extensions.join(" ")};`);
  const textTypes = FILE_TYPES.filter((t) => t.text && t.type !== "text/html").map((t) => t.type);
  const auth = site.passwordFile
    ? [`        auth_basic "${REALM}";`, `        auth_basic_user_file "${site.passwordFile}";`]
    : ["        # No password: anyone with the address sees the archive. host-config --user NAME adds one."];
  const sub = site.path === "/" ? [] : [`    location = ${bare(site.path)} { return 301 ${site.path}; }`, ""];
  return [
    `${WRITTEN_BY} nginx, for ${site.root} at ${site.path}`,
    "# Debian: put it in /etc/nginx/sites-available/, link it from sites-enabled/, then nginx -t && systemctl reload nginx.",
    "# For HTTPS, certbot --nginx adds a certificate to this server block; basic auth over plain HTTP sends the password readable.",
    "",
    "# Pagefind's content-named files are cached for good; everything else is revalidated on every use.",
    `map $uri ${cache} {`,
    `    default "${CACHE_REVALIDATE}";`,
    `    ~\\.(${CONTENT_NAMED_EXTENSIONS.join("|")})$ "${CACHE_CONTENT_NAMED}";`,
    "}",
    "",
    "server {",
    `    listen ${site.listen ? listenText(site.listen) : "80"};`,
    `    server_name ${site.domain ?? "_"};`,
    "",
    ...sub,
    `    location ^~ ${site.path} {`,
    `        alias "${site.root}/";`,
    "        index index.html;",
    "        autoindex off;",
    ...auth,
    "        # Every file type the archive holds, whatever nginx's own list knows.",
    "        types {",
    ...types,
    "        }",
    `        default_type ${DEFAULT_TYPE};`,
    "        charset utf-8;",
    `        charset_types ${textTypes.join(" ")};`,
    ...SECURITY_HEADERS.map(([name, value]) => `        add_header ${name} "${value}" always;`),
    `        add_header Cache-Control ${cache} always;`,
    "        # The build's record, a kept .git/ and the host files are not for visitors: 404, as if they were not there.",
    "        location ~ /(\\.|_headers$) { return 404; }",
    "    }",
    "}",
    "",
  ].join("\n");
}
