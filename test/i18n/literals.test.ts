// No word of the interface is written into a template, a browser script or the style sheet: each
// comes from the catalog, so that an archive in Afrikaans has no English word of ours left.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const LETTER = /\p{L}/u;

/** The words a template shows itself: text between tags and the attributes people read, once Nunjucks' own syntax and front matter are gone. */
export function templateWords(source: string): string[] {
  const html = source
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/\{#[\s\S]*?#\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, "");
  const shown = [
    ...[...html.matchAll(/>([^<]+)</g)].map((m) => m[1]!),
    ...[...html.matchAll(/\s(?:alt|title|aria-label|placeholder|label|value)="([^"]*)"/g)].map((m) => m[1]!),
  ];
  return shown.map((text) => text.trim()).filter((text) => LETTER.test(text));
}

/** Words a browser script or style sheet puts on the page as a literal: text, a label, a title, generated content. */
export function scriptWords(source: string): string[] {
  const literal = String.raw`(["'])((?:(?!\1).)*)\1`;
  const patterns = [
    new RegExp(String.raw`\.(?:textContent|innerText|title|placeholder|ariaLabel|alt)\s*=\s*${literal}`, "g"),
    new RegExp(String.raw`setAttribute\(\s*["'](?:aria-label|title|alt|placeholder)["']\s*,\s*${literal}`, "g"),
    new RegExp(String.raw`createTextNode\(\s*${literal}`, "g"),
    new RegExp(String.raw`content:\s*${literal}`, "g"),
  ];
  return patterns.flatMap((re) => [...source.matchAll(re)].map((m) => m[2]!)).filter((text) => LETTER.test(text));
}

function files(dir: string, ...endings: string[]): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && endings.some((ending) => e.name.endsWith(ending)))
    .map((e) => join(e.parentPath, e.name));
}

describe("the interface's words", () => {
  it("are found where they would be written in a template or a script", () => {
    expect(templateWords(`---\nlayout: x\n---\n<p title="Open">{{ a }} Next</p><img alt="{{ b }}">`)).toEqual(["Next", "Open"]);
    expect(scriptWords(`status.textContent = "Searching…"; a.title = x; b.appendChild(document.createTextNode(" · "));`)).toEqual(["Searching…"]);
    expect(scriptWords(`.back::before { content: "Back " / ""; }`)).toEqual(["Back "]);
  });

  it("are in no template", () => {
    const found = files("templates", ".njk").flatMap((file) => templateWords(readFileSync(file, "utf8")).map((word) => `${relative(root, file)}: ${word}`));
    expect(found).toEqual([]);
  });

  it("are in no browser script or style sheet", () => {
    const found = files("templates/assets", ".js", ".css").flatMap((file) => scriptWords(readFileSync(file, "utf8")).map((word) => `${relative(root, file)}: ${word}`));
    expect(found).toEqual([]);
  });
});
