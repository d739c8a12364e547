/**
 * The archive the browser parts of the bench open from disk: a world export (bench/generate.ts:
 * mostly English, a few messages in Cyrillic, Arabic and Chinese), built once without photos and
 * shared by the first-results and page-open measurements.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { buildArchive } from "../src/build.js";
import { DEFAULT_PAGE_SIZE } from "../src/layout.js";
import { Warnings } from "../src/model.js";
import { writeExport } from "./generate.js";

export const CHROMIUM = "/usr/bin/chromium";

export interface BrowserSite {
  readonly dir: string;
  readonly messages: number;
}

/** Builds the archive of a `messages`-message world export into outDir/browser-site-<messages>. */
export async function buildBrowserSite(outDir: string, messages: number, seed: number): Promise<BrowserSite> {
  const file = writeExport(join(outDir, `browser-export-${messages}`), "ios", messages, seed, { world: true });
  const dir = join(outDir, `browser-site-${messages}`);
  await buildArchive({ inputs: [file.path], output: dir, pageSize: DEFAULT_PAGE_SIZE, cache: true }, new Warnings());
  return { dir, messages };
}

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** Debian's Chromium, headless, as the issues measured it. */
export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
}
