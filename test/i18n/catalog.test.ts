// The catalog and its users agree: every key a template, the browser script or the code asks for
// is in the catalog, and every key in the catalog is asked for somewhere. Templates also fail the
// build on an unknown key (eleventy.config.ts throws on an undefined value), this finds it sooner.
// Every language's catalog words every warning, with the placeholders the English one fills.
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.js";
import { CATALOGS, type Entry } from "../../src/i18n/index.js";

const root = join(import.meta.dirname, "..", "..");
const keys = Object.keys(en);

/** The text of every file under `dir` whose name ends in one of `endings`, but those `skip` names by path. */
function texts(dir: string, endings: readonly string[], skip = (_path: string) => false): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && endings.some((ending) => e.name.endsWith(ending)) && !skip(join(e.parentPath, e.name)))
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"));
}

const all = (pattern: RegExp, sources: readonly string[]): string[] => sources.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1]!));

const templates = texts("templates", [".njk"]);
const scripts = texts("templates/assets", [".js"]);
// The catalogs name every key themselves; only index.ts of src/i18n/ is a user of them.
const i18n = join(root, "src", "i18n");
const code = texts("src", [".ts"], (path) => dirname(path) === i18n && basename(path) !== "index.ts");

describe("the string catalog", () => {
  it("has every key the templates and the browser scripts ask for", () => {
    const asked = [...all(/strings\[\s*["']([^"']+)["']\s*\]/g, templates), ...all(/\bt\(\s*["']([^"']+)["']/g, scripts)];
    expect(asked.length).toBeGreaterThan(30);
    expect(asked.filter((key) => !keys.includes(key))).toEqual([]);
  });

  it("has no key that nothing asks for", () => {
    // A key is asked for as a quoted literal, or by a template literal such as `kind.${a.kind}` naming its prefix;
    // a warning's by its code, a quoted word (src/model.ts, WarningCode), so the wording's `warning.${…}` names none.
    const quoted = new Set(all(/["'`]([a-z]+\.[A-Za-z.]+|skip)["'`]/g, [...templates, ...scripts, ...code]));
    const prefixes = all(/`([a-z]+\.)\$\{/g, code).filter((prefix) => prefix !== "warning.");
    const codes = new Set(all(/["'`]([a-z][A-Za-z]*)["'`]/g, code).map((word) => `warning.${word}`));
    const unused = keys.filter((key) => !quoted.has(key) && !codes.has(key) && !prefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });
});

/** An entry's text: the string, or each of its plural forms. */
const forms = (entry: Entry): string[] => (typeof entry === "string" ? [entry] : Object.values(entry));

/** The `{placeholders}` an entry fills, in any of its forms. */
const placeholders = (entry: Entry): string[] => [...new Set(forms(entry).flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();

// A warning's code is typed by the English keys (src/model.ts, WarningCode), so the build gives no
// warning English cannot word; each catalog registered in src/i18n/index.ts must word them all too.
describe("every catalog", () => {
  const warnings = keys.filter((key) => key.startsWith("warning."));
  const catalogs = Object.entries(CATALOGS);

  it("is registered, English among them", () => {
    expect(catalogs.map(([code]) => code)).toContain("en");
    expect(warnings.length).toBeGreaterThan(40);
  });

  it.each(catalogs)("%s words every warning the build can give", (_, catalog) => {
    for (const key of warnings) {
      const entry = catalog[key as keyof typeof en] as Entry | undefined;
      expect(entry, key).toBeDefined();
      expect(forms(entry!).every((form) => form.trim() !== ""), key).toBe(true);
    }
  });

  it.each(catalogs)("%s fills the placeholders the English one fills, in every string", (_, catalog) => {
    for (const key of keys) expect(placeholders(catalog[key as keyof typeof en]), key).toEqual(placeholders(en[key as keyof typeof en]));
  });
});
