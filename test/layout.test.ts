import { describe, expect, it } from "vitest";
import { messageLink, pageOf, pagePath, pagesOf } from "../src/layout.js";

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
