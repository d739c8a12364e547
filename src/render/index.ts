/**
 * The render stage: Eleventy turns the site's data into HTML with the templates in templates/,
 * configured by eleventy.config.ts, and the archive's CSS and scripts are copied beside it.
 */
import { cp } from "node:fs/promises";
import { join } from "node:path";
import configure from "../../eleventy.config.js";
import type { Site } from "../model.js";
import { TEMPLATES } from "../paths.js";

export async function renderSite(site: Site, outDir: string): Promise<void> {
  // Loaded on first use: Eleventy is large, and `parse` never needs it.
  const { default: Eleventy } = await import("@11ty/eleventy");
  const eleventy = new Eleventy(TEMPLATES, outDir, {
    quietMode: true,
    config: (config) => {
      // Every template paginates over a list and calls its item `doc`, so the layout finds it.
      config.addGlobalData("archive", { ...site, indexPages: [site.index], reportPages: [site.report] });
      return configure(config);
    },
  });
  // Our CLI reports what was built; Eleventy's closing line would only repeat it. Its errors still throw.
  eleventy.logger.overrideLogger(false);
  await eleventy.write();
  await cp(join(TEMPLATES, "assets"), join(outDir, "assets"), { recursive: true });
}
