// The archive as a family member meets it on Debian's nginx, Caddy and Apache behind a password, each
// run with the config `chat-archive host-config` wrote, under a sub-path: log in, open a chat, search,
// open a result, land on the message; nothing fails to load, and nothing shows without the password.
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../../src/build.js";
import { Warnings } from "../../src/model.js";
import { HOSTS, type Host } from "../../src/publish/site.js";
import { missingServers, startServer, type RunningServer } from "../publish/servers.js";
import { cleanUp, launchChromium, watch } from "./browser.js";

const root = join(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "chat-archive-publish-browser-"));
const archive = join(scratch, "archive");
const SUB_PATH = "/family/archive/";
const credentials = { username: "anna", password: "a long family password" };
const servers = new Map<Host, RunningServer>();
let browser: Browser | undefined;

beforeAll(async () => {
  const missing = missingServers();
  if (missing.length) throw new Error(`${missing.join(", ")} missing: apt-get install nginx caddy apache2`);
  await buildArchive({ inputs: [join(root, "content")], output: archive, pageSize: 25, cache: false }, new Warnings());
  // nginx's and Apache's workers (www-data) must reach the archive, as on a server.
  chmodSync(scratch, 0o755);
  for (const host of HOSTS) servers.set(host, await startServer(host, { root: archive, scratch, path: SUB_PATH, user: credentials.username, password: credentials.password }));
  browser = await launchChromium();
}, 120_000);

afterAll(() => cleanUp(scratch, browser, ...servers.values()));

describe.each(HOSTS)("the archive on %s behind a password", (host) => {
  const base = (): string => servers.get(host)!.base;

  it("shows nothing without the password", async () => {
    const context = await browser!.newContext();
    try {
      // Headless Chromium has no password dialog to show: it fails the navigation itself.
      await expect(context.newPage().then((page) => page.goto(`${base()}index.html`))).rejects.toThrow(/ERR_INVALID_AUTH_CREDENTIALS/);
      for (const path of ["index.html", "chats/hiking-club/index.html", "pagefind/0/pagefind.js", "search/index.js"]) {
        const response = await context.request.get(base() + path);
        expect(response.status(), path).toBe(401);
        expect(await response.text(), path).not.toContain("Hiking Club");
      }
    } finally {
      await context.close();
    }
  });

  it("goes from the index to a chat, searches, and opens a result on its message, with nothing failing", async () => {
    const context = await browser!.newContext({ httpCredentials: credentials });
    const problems: string[] = [];
    watch(context, base(), problems);
    const pagefind: string[] = [];
    context.on("response", (response) => {
      if (response.status() === 200 && response.url().includes("/pagefind/")) pagefind.push(response.url());
    });
    try {
      const page = await context.newPage();
      await page.goto(`${base()}index.html`);
      await page.getByRole("link", { name: "Hiking Club", exact: true }).click();
      await page.waitForURL(/chats\/hiking-club\/index\.html$/);
      await page.fill("#search-query", "summit");
      await page.locator('#search-results[aria-busy="false"]').waitFor({ state: "attached" });
      const first = page.locator(".search-results a").first();
      const href = (await first.getAttribute("href")) ?? "";
      expect(href).toMatch(/chats\/hiking-club\/\d+\.html#m\d+$|chats\/hiking-club\/index\.html#m\d+$/);
      await first.click();
      const id = /#(m\d+)$/.exec(href)![1]!;
      await page.waitForURL(new RegExp(`#${id}$`));
      await page.locator(`#${id}:target`).waitFor({ state: "visible" });
      expect(await page.locator(`#${id}`).textContent()).toMatch(/summit/i);
      // Over HTTP the search is Pagefind's: its index and fragments came through the same password.
      expect(pagefind.some((url) => url.endsWith(".pf_index"))).toBe(true);
      expect(pagefind.some((url) => url.endsWith(".pf_fragment"))).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
