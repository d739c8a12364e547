/**
 * The Apache config: a virtual host that lets the archive's own .htaccess (which the build writes)
 * set the headers, MIME types and caching, as shared hosting does, and adds the password.
 */
import { bare, listenText, REALM, WRITTEN_BY, type ServedArchive } from "./site.js";

export function apacheConfig(site: ServedArchive): string {
  const sub = site.path !== "/";
  const vhost = site.listen ? listenText({ address: site.listen.address ?? "*", port: site.listen.port }) : "*:80";
  const auth = site.passwordFile
    ? ["        AuthType Basic", `        AuthName "${REALM}"`, "        AuthBasicProvider file", `        AuthUserFile "${site.passwordFile}"`, "        Require valid-user"]
    : ["        # No password: anyone with the address sees the archive. host-config --user NAME adds one.", "        Require all granted"];
  return [
    `${WRITTEN_BY} apache, for ${site.root} at ${site.path}`,
    "# Debian: a2enmod headers alias auth_basic authn_file; put it in /etc/apache2/sites-available/, a2ensite it,",
    "# then apache2ctl configtest && systemctl reload apache2. For HTTPS, certbot --apache adds a certificate.",
    "",
    ...(site.listen ? [`Listen ${listenText(site.listen)}`] : []),
    `<VirtualHost ${vhost}>`,
    ...(site.domain ? [`    ServerName ${site.domain}`] : []),
    ...(sub ? [`    RedirectMatch 301 ^${bare(site.path)}$ ${site.path}`, `    Alias ${site.path} "${site.root}/"`] : [`    DocumentRoot "${site.root}"`]),
    "    # The build's record, a kept .git/ and the host files are not for visitors: 404, as if they were not there.",
    `    RedirectMatch 404 "^${sub ? bare(site.path) : ""}/(.*/)?(\\.|_headers$)"`,
    `    <Directory "${site.root}">`,
    "        # The headers, MIME types and caching come from the archive's .htaccess, which every build writes.",
    "        AllowOverride FileInfo Options=Indexes",
    "        Options -Indexes",
    "        DirectoryIndex index.html",
    ...auth,
    "    </Directory>",
    "</VirtualHost>",
    "",
  ].join("\n");
}
