import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileFunction } from "node:vm";
import { describe, expect, it } from "vitest";
import { messageLink, pageFile, pageOf, pagePath, pagesOf } from "../src/layout.js";

const root = join(import.meta.dirname, "..");

describe("how a chat is cut into pages", () => {
  it("gives every message to exactly one page, in order, with full pages before a last partial one", () => {
    for (const size of [1, 2, 3, 7, 25, 500]) {
      for (const messages of [1, 2, size - 1, size, size + 1, 3 * size, 3 * size + 2]) {
        if (messages < 1) continue;
        const spans = pagesOf(messages, size);
        expect(spans.map((s) => s.number)).toEqual(spans.map((_, i) => i + 1));
        expect(spans[0]!.start).toBe(0);
        expect(spans[spans.length - 1]!.end).toBe(messages);
        for (const [i, span] of spans.entries()) {
          if (i > 0) expect(span.start).toBe(spans[i - 1]!.end);
          expect(span.end - span.start).toBe(i < spans.length - 1 ? size : messages - i * size);
          for (let index = span.start; index < span.end; index++) expect(pageOf(index, size)).toBe(span.number);
        }
      }
    }
  });

  it("gives a chat without messages one empty page", () => {
    expect(pagesOf(0, 500)).toEqual([{ number: 1, start: 0, end: 0 }]);
  });

  it("takes a page size below 1 as 1, in the cut and in the page of a message alike", () => {
    expect(pagesOf(2, 0)).toEqual([{ number: 1, start: 0, end: 1 }, { number: 2, start: 1, end: 2 }]);
    expect(pageOf(1, 0)).toBe(2);
    expect(pageOf(1, -5)).toBe(2);
  });

  it("names the first page index.html and the others by number", () => {
    expect(pagePath("family", 1)).toBe("chats/family/index.html");
    expect(pagePath("family", 12)).toBe("chats/family/12.html");
    expect(messageLink(pageOf(1234, 500), 1235)).toBe("3.html#m1235");
  });
});

describe("the page rule of the search script (templates/assets/search.js)", () => {
  // The script index stores page numbers and the browser script turns them into links itself, so
  // its rule is read out of the script and held against the layout's for many sizes and messages.
  const script = readFileSync(join(root, "templates", "assets", "search.js"), "utf8");
  const expression = /href: root \+ ("chats\/" \+ item\.chat\.id \+ "\/" \+ \(row\[1\] === 1 \? "index\.html" : row\[1\] \+ "\.html"\) \+ "#m" \+ row\[0\]),/
    .exec(script)?.[1];

  it("is where this test looks for it", () => {
    expect(expression).toBeDefined();
  });

  it("links every message where the layout puts it", () => {
    const link = compileFunction(`return ${expression!};`, ["row", "item"]) as (row: number[], item: { chat: { id: string } }) => string;
    for (const size of [1, 2, 3, 10, 25, 499, 500, 1000]) {
      for (let index = 0; index < 2_000; index += 7) {
        const id = index + 1;
        const row = [id, pageOf(index, size)];
        const href = link(row, { chat: { id: "a-chat" } });
        expect(href).toBe(`chats/a-chat/${messageLink(pageOf(index, size), id)}`);
        expect(href).toBe(`${pagePath("a-chat", pageOf(index, size))}#m${id}`);
      }
    }
    expect(pageFile(1)).toBe("index.html");
  });
});
