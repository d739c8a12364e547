/**
 * Eleventy's configuration: it only wires things up. The pages' data comes from src/data, built
 * before Eleventy runs, and src/render hands it in as global data and names the input (templates/)
 * and output folders itself; templates format the data and compute nothing.
 */
import type { EleventyConfig } from "@11ty/eleventy";
import { CONTENT_SECURITY_POLICY } from "./src/publish/policy.js";

export default function configure(eleventyConfig: EleventyConfig): unknown {
  // Every value a template prints is escaped; message text is never marked safe. A value that is
  // not there (a mistyped string key, say) fails the build rather than leaving a blank on the page.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  // The policy the pages' meta tag states is the one the host files and server configs send, from one place.
  eleventyConfig.addGlobalData("contentSecurityPolicy", CONTENT_SECURITY_POLICY);
  // Only the Nunjucks templates are pages; the scripts and styles in templates/assets are copied by src/render.
  return { templateFormats: ["njk"] };
}
