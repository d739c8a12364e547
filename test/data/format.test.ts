import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatText, isEmojiOnly } from "../../src/data/format.js";
import type { Block, Inline } from "../../src/model.js";

const text = (t: string): Inline => ({ type: "text", text: t });
const brk: Inline = { type: "break" };
const link = (url: string): Inline => ({ type: "link", href: url, text: url });
const bold = (...children: Inline[]): Inline => ({ type: "bold", children });
const italic = (...children: Inline[]): Inline => ({ type: "italic", children });
const strike = (...children: Inline[]): Inline => ({ type: "strike", children });
const code = (t: string): Inline => ({ type: "code", children: [text(t)] });
const para = (...inlines: Inline[]): Block => ({ type: "paragraph", inlines });

/** The inlines of a one-paragraph message. */
const inline = (input: string): Inline[] => {
  const blocks = formatText(input);
  expect(blocks).toHaveLength(1);
  expect(blocks[0]?.type).toBe("paragraph");
  return blocks[0]?.type === "paragraph" ? blocks[0].inlines : [];
};

/** The text the tokens show, with quote and list markers put back, to check that nothing is lost. */
const inlineText = (inlines: readonly Inline[]): string =>
  inlines
    .map((t) => (t.type === "text" || t.type === "link" ? t.text : t.type === "break" ? "\n" : inlineText(t.children)))
    .join("");
const blockText = (block: Block): string => {
  switch (block.type) {
    case "paragraph":
      return inlineText(block.inlines);
    case "quote":
      return `> ${inlineText(block.inlines).replaceAll("\n", "\n> ")}`;
    case "list":
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}. ` : "- "}${inlineText(item)}`).join("\n");
    case "pre":
      return `\`\`\`\n${block.text}\n\`\`\``;
  }
};
const shown = (blocks: readonly Block[]): string => blocks.map(blockText).join("\n");

type Link = Extract<Inline, { type: "link" }>;
const links = (blocks: readonly Block[]): Link[] => {
  const walk = (xs: readonly Inline[]): Link[] =>
    xs.flatMap((x) => (x.type === "link" ? [x] : "children" in x ? walk(x.children) : []));
  return blocks.flatMap((b) => (b.type === "paragraph" || b.type === "quote" ? walk(b.inlines) : b.type === "list" ? b.items.flatMap(walk) : []));
};

describe("formatText: plain text", () => {
  it("gives nothing for an empty message", () => {
    expect(formatText("")).toEqual([]);
  });

  it("keeps text in any language and emoji unchanged", () => {
    for (const t of ["Goeiemôre! Hoe gaan dit met jou? Ek's lekker, dankie 🙂", "مرحبا، كيف حالك؟", "👨‍👩‍👧‍👦 🇿🇦 1️⃣ ❤️", "naïve café — “quotes” … 日本語"]) {
      expect(formatText(t)).toEqual([para(text(t))]);
    }
  });

  it("keeps hostile text as text, verbatim, for the template to escape", () => {
    for (const t of ["<script>alert(1)</script>", '<a href="javascript:alert(1)">x</a>', "<img src=x onerror=alert(1)>", "&lt;b&gt; &amp;"]) {
      expect(formatText(t)).toEqual([para(text(t))]);
    }
  });

  it("keeps line breaks, and shows a blank line as two breaks", () => {
    expect(inline("Hi\nhow are you")).toEqual([text("Hi"), brk, text("how are you")]);
    expect(inline("Hi\n\nhow are you\n\n\nbye")).toEqual([text("Hi"), brk, brk, text("how are you"), brk, brk, brk, text("bye")]);
  });
});

describe("formatText: inline formatting", () => {
  it("reads bold, italic, strikethrough and inline code", () => {
    expect(inline("This is *important* and _lovely_, not ~wrong~; run `npm test`")).toEqual([
      text("This is "),
      bold(text("important")),
      text(" and "),
      italic(text("lovely")),
      text(", not "),
      strike(text("wrong")),
      text("; run "),
      code("npm test"),
    ]);
  });

  it("formats several words and text beside punctuation", () => {
    expect(inline("(*very good*)! \"_so_\"")).toEqual([text("("), bold(text("very good")), text(")! \""), italic(text("so")), text('"')]);
  });

  it("nests formatting", () => {
    expect(inline("*_bold italic_*")).toEqual([bold(italic(text("bold italic")))]);
    expect(inline("_*both*_ ~*gone* now~")).toEqual([italic(bold(text("both"))), text(" "), strike(bold(text("gone")), text(" now"))]);
    expect(inline("*bold with _italic_ inside*")).toEqual([bold(text("bold with "), italic(text("italic")), text(" inside"))]);
  });

  it("needs the markers to hug the text", () => {
    expect(inline("say * not bold * ok")).toEqual([text("say * not bold * ok")]);
    expect(inline("a _ b _ c ~ d ~")).toEqual([text("a _ b _ c ~ d ~")]);
    expect(inline("*not bold *but this is*")).toEqual([bold(text("not bold *but this is"))]);
  });

  it("needs the markers at word boundaries", () => {
    expect(inline("snake_case_name")).toEqual([text("snake_case_name")]);
    expect(inline("2*3*4 = 24")).toEqual([text("2*3*4 = 24")]);
    expect(inline("file_name_v2.txt and my_var")).toEqual([text("file_name_v2.txt and my_var")]);
    expect(inline("*bold*ly")).toEqual([text("*bold*ly")]);
    expect(inline("my_var_ and x*y* = 1")).toEqual([text("my_var_ and x*y* = 1")]);
  });

  it("leaves unmatched markers as they are", () => {
    expect(inline("*bold")).toEqual([text("*bold")]);
    expect(inline("5 * 3")).toEqual([text("5 * 3")]);
    expect(inline("under_ and ~ and `tick")).toEqual([text("under_ and ~ and `tick")]);
    expect(inline("**")).toEqual([text("**")]);
    expect(inline("*a _b* c_")).toEqual([bold(text("a _b")), text(" c_")]);
  });

  it("does not format across lines", () => {
    expect(inline("*start\nend*")).toEqual([text("*start"), brk, text("end*")]);
  });

  it("formats nothing inside code", () => {
    expect(inline("`*not bold* _x_`")).toEqual([code("*not bold* _x_")]);
    expect(inline("```a *b* https://example.com```, c")).toEqual([code("a *b* https://example.com"), text(", c")]);
    expect(inline("```unclosed *bold*")).toEqual([text("```unclosed "), bold(text("bold"))]);
  });
});

describe("formatText: blocks", () => {
  it("groups quote lines into one quote, formatted inside", () => {
    expect(formatText("> you said *this*\n> and that\nI agree")).toEqual([
      { type: "quote", inlines: [text("you said "), bold(text("this")), brk, text("and that")] },
      para(text("I agree")),
    ]);
  });

  it("groups bulleted and numbered list items", () => {
    expect(formatText("Shopping:\n- milk\n* _fresh_ bread\n1. first\n2. second")).toEqual([
      para(text("Shopping:")),
      { type: "list", ordered: false, items: [[text("milk")], [italic(text("fresh")), text(" bread")]] },
      { type: "list", ordered: true, items: [[text("first")], [text("second")]], numbers: [1, 2] },
    ]);
  });

  it("keeps the writer's own numbers", () => {
    expect(formatText("3. third\n7. seventh")).toEqual([
      { type: "list", ordered: true, items: [[text("third")], [text("seventh")]], numbers: [3, 7] },
    ]);
  });

  it("needs the space after a block marker", () => {
    for (const t of [">not a quote", "-1 degrees", "1.5 litres", "2024.", "a - b"]) expect(formatText(t)).toEqual([para(text(t))]);
  });

  it("lets one blank line beside a block be its spacing and keeps the rest", () => {
    expect(formatText("Intro\n\n- a\n\n\nOutro")).toEqual([
      para(text("Intro")),
      { type: "list", ordered: false, items: [[text("a")]] },
      para(brk, text("Outro")),
    ]);
    expect(formatText("Intro\n\n```\na\nb\n```\n\nOutro")).toEqual([para(text("Intro")), { type: "pre", text: "a\nb" }, para(text("Outro"))]);
  });

  it("reads a multi-line ``` span as a code block, verbatim", () => {
    expect(formatText("Try:\n```\nconst x = *y* + _z_;\n  <b>https://example.com</b>\n```\nThen run it")).toEqual([
      para(text("Try:")),
      { type: "pre", text: "const x = *y* + _z_;\n  <b>https://example.com</b>" },
      para(text("Then run it")),
    ]);
    expect(formatText("see ```one\ntwo``` ok")).toEqual([para(text("see ")), { type: "pre", text: "one\ntwo" }, para(text(" ok"))]);
    expect(formatText("```\n- not a list\n> nor a quote\n```")).toEqual([{ type: "pre", text: "- not a list\n> nor a quote" }]);
  });

  it("leaves a ``` with no partner as text", () => {
    expect(formatText("```\nno end")).toEqual([para(text("```"), brk, text("no end"))]);
  });
});

describe("formatText: links", () => {
  it("links http and https URLs", () => {
    expect(inline("See https://example.com/a?b=1&c=2#d and http://example.org")).toEqual([
      text("See "),
      link("https://example.com/a?b=1&c=2#d"),
      text(" and "),
      link("http://example.org"),
    ]);
  });

  it("leaves trailing punctuation out of the URL", () => {
    expect(inline("Look: https://example.com/page. Nice, https://example.com/x, right? https://example.com/y?!")).toEqual([
      text("Look: "),
      link("https://example.com/page"),
      text(". Nice, "),
      link("https://example.com/x"),
      text(", right? "),
      link("https://example.com/y"),
      text("?!"),
    ]);
  });

  it("keeps balanced parentheses and leaves an unbalanced one out", () => {
    const wiki = "https://en.wikipedia.org/wiki/Lion%27s_Head_(Cape_Town)";
    expect(inline(wiki)).toEqual([link(wiki)]);
    expect(inline(`(see ${wiki}).`)).toEqual([text("(see "), link(wiki), text(").")]);
    expect(inline("(https://example.com/a)")).toEqual([text("("), link("https://example.com/a"), text(")")]);
  });

  it("keeps markers inside a URL part of it and formats around it", () => {
    expect(inline("https://example.com/_my_file_/~me*")).toEqual([link("https://example.com/_my_file_/~me"), text("*")]);
    expect(inline("*https://example.com/a_b*")).toEqual([bold(link("https://example.com/a_b"))]);
  });

  it("does not link other schemes, bare domains or broken URLs", () => {
    for (const t of ["javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "mailto:ann@example.com", "ftp://example.com", "www.example.com", "https://", "https://[::1"]) {
      expect(formatText(t)).toEqual([para(text(t))]);
    }
  });

  it("links only the http(s) part of hostile text", () => {
    expect(inline('javascript:alert("https://example.com")')).toEqual([text('javascript:alert("'), link("https://example.com"), text('")')]);
    expect(inline("<a href=https://example.com>x</a>")).toEqual([text("<a href="), link("https://example.com"), text(">x</a>")]);
  });

  it("does not link URLs in code", () => {
    expect(inline("`https://example.com`")).toEqual([code("https://example.com")]);
  });
});

describe("formatText: properties", () => {
  /** Pieces of text with no formatting marker: letters, digits, punctuation, URL parts, other scripts, emoji. */
  const piece = fc.constantFrom(
    "a", "Z", "7", "0", " ", "  ", "\t", ".", ",", "!", "?", ":", ";", "'", '"', "(", ")", "/", "<", "&", "%27",
    "https://", "http://", "example.com", "é", "ô", "ب", "日", "👍🏽", "🇿🇦", "\u200d",
  );
  const noNumberedLine = (s: string): boolean => !/^\d+\. /m.test(s);
  /** The marker of line `i`; numbered lists count from 1, as `shown` does. */
  const prefix = (lines: readonly { kind: string }[], i: number): string => {
    const kind = lines[i]?.kind;
    let n = 1;
    while (kind === "ordered" && lines[i - n]?.kind === "ordered") n++;
    return kind === "ordered" ? `${n}. ` : kind === "quote" ? "> " : kind === "bullet" ? "- " : "";
  };

  it("loses no character of text without markers", () => {
    const input = fc.array(fc.oneof(piece, fc.constant("\n")), { maxLength: 40 }).map((p) => p.join("")).filter(noNumberedLine);
    fc.assert(fc.property(input, (s) => {
      expect(shown(formatText(s))).toBe(s);
    }), { numRuns: 500 });
  });

  it("loses no character of quotes and lists", () => {
    const body = fc.array(piece, { maxLength: 12 }).map((p) => p.join("")).filter(noNumberedLine);
    // A blank text line beside a block is the block's spacing, so text lines here have something on them.
    const line = fc.record({ kind: fc.constantFrom("text", "quote", "bullet", "ordered"), body });
    const input = fc.array(line, { minLength: 1, maxLength: 8 }).map((lines) =>
      lines.map(({ kind, body }, i) => prefix(lines, i) + (kind === "text" && !body ? "x" : body)).join("\n"),
    );
    fc.assert(fc.property(input, (s) => {
      expect(shown(formatText(s))).toBe(s);
    }), { numRuns: 500 });
  });

  it("never throws and never links anything but an http(s) URL", () => {
    const hostile = fc.constantFrom("javascript:", "data:", "https://", "http://", "HTTPS://", "*", "_", "~", "`", "```", "> ", "- ", "1. ", "\n", "(", ")", "<", '"', " ", "a", ".");
    const input = fc.oneof(fc.string(), fc.array(hostile, { maxLength: 30 }).map((p) => p.join("")));
    fc.assert(
      fc.property(input, (s) => {
        for (const token of links(formatText(s))) {
          expect(token.href).toBe(token.text);
          expect(["http:", "https:"]).toContain(new URL(token.href).protocol);
          expect(token.href).toMatch(/^https?:\/\//i);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("formatText: speed", () => {
  it("stays linear on long lines of lone markers and parentheses", () => {
    // A message may be 65,536 characters long; searching for each marker's partner from scratch took seconds.
    const start = performance.now();
    for (const t of ["*a _b ~c `d ".repeat(6000), `https://example.com/${")".repeat(60_000)}`, "*_~`".repeat(15_000)]) formatText(t);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe("isEmojiOnly", () => {
  it("is true for one to three emoji of any kind, spaces aside", () => {
    for (const t of ["👍", "👍🏽", "👨‍👩‍👧‍👦", "🇿🇦", "1️⃣", "#️⃣", "❤️", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "😂😂😂", " 🎉 🎂\n"]) expect(isEmojiOnly(t), t).toBe(true);
  });

  it("is false for text, digits, nothing, or more than three emoji", () => {
    for (const t of ["", "  ", "1", "123", "#", "ok", "ok 👍", "👍.", "👍👍👍👍", "🇿🇦🇿🇦 🇿🇦 🇿🇦"]) expect(isEmojiOnly(t), t).toBe(false);
  });
});
