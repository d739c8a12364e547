/**
 * The data stage: what the site's templates render, every label in the archive's language and every
 * link relative to its page. The index page and the galleries are made here; a chat page only when
 * the render stage asks for it, a batch at a time.
 */
import type { Chat, MediaIndex, Site, StageContext } from "../model.js";
import type { Language } from "../i18n/index.js";
import { GALLERY_FILE } from "../layout.js";
import { indexPage } from "./cards.js";
import { chatPages } from "./chat-pages.js";
import { authorColors, type ChatContext } from "./context.js";
import { gallery } from "./gallery.js";
import { initials } from "./initials.js";

export { whoIsMe } from "./me.js";

/** The most results the search box shows: more would only slow the page. Its wording is written for every count up to it. */
const SEARCH_LIMIT = 50;

export interface PageOptions {
  /** Messages per page. */
  readonly pageSize: number;
  /** Chat id → the names whose messages sit on the right in it, as in the app (src/data/me.ts decides them). */
  readonly me?: ReadonlyMap<string, readonly string[]>;
  /** The archive's language, made once by the build. */
  readonly lang: Language;
  /** Chats whose oldest export stopped at WhatsApp's cap, by id, with the cap. */
  readonly truncated?: ReadonlyMap<string, number>;
}

/** The site's data; the index and the report list the warnings collected by the time they are made (`warningPages`). */
export function buildSite(chats: readonly Chat[], media: MediaIndex, options: PageOptions, ctx: StageContext): Site {
  const l = options.lang;
  const colors = authorColors(chats);
  const contexts = chats.map((chat) => chatContext(chat, media, colors, options, l));
  const galleries = contexts.map(gallery);
  return {
    lang: l.code,
    dir: l.dir,
    strings: l.strings,
    scriptStrings: l.forScript(["search.", "day.", "lightbox."], SEARCH_LIMIT),
    searchLimit: SEARCH_LIMIT,
    // A chat without photos or videos has no gallery, and its pages do not link to one.
    chatPages: contexts.flatMap((c, i) => chatPages(c, galleries[i] ? GALLERY_FILE : null)),
    galleries: galleries.filter((page) => page !== null),
    warningPages: () => {
      const warnings = ctx.warnings.list;
      return {
        index: indexPage(chats, media, warnings, l),
        report: {
          path: "report.html",
          root: "",
          title: l.t("report.title"),
          warnings: warnings.map((w) => ({ file: w.file, line: w.line, message: l.warning(w) })),
        },
      };
    },
  };
}

function chatContext(chat: Chat, media: MediaIndex, colors: ReadonlyMap<string, number>, options: PageOptions, lang: Language): ChatContext {
  const truncatedAt = options.truncated?.get(chat.id);
  return {
    chat,
    lang,
    pageSize: options.pageSize,
    files: media.get(chat.id) ?? new Map(),
    colors,
    mine: options.me?.get(chat.id) ?? [],
    ...(chat.participants.length > 2 && { initials: new Map(chat.participants.map((name) => [name, initials(name)])) }),
    ...(truncatedAt === undefined ? {} : { truncatedAt }),
  };
}
