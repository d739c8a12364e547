/**
 * Eleventy's configuration: it only wires things up. The pages' data comes from src/data, built
 * before Eleventy runs; templates format it and compute nothing.
 */
import type { EleventyConfig } from "@11ty/eleventy";

export default function configure(eleventyConfig: EleventyConfig): unknown {
  // Every value a template prints is escaped; message text is never marked safe.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  // The site's data is built by src/data and handed in as global data; nothing comes from _data files.
  return {
    dir: { input: ".", includes: "_includes", data: "_data", output: "_site" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
