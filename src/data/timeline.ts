/**
 * A chat's timeline: messages per month as bars of an SVG drawn at build time (each links to the
 * month's first message, so it works without scripts), and each day's first message for the
 * jump-to-date field.
 */
import type { Timeline } from "../model.js";
import { messageLink, pageOf } from "../layout.js";
import type { ChatContext } from "./context.js";

/** Low, so that the timeline takes little of a phone's first screen. */
const HEIGHT = 40;
const GAP = 2;
/** The histogram's width to aim for: bars widen for a short chat and narrow for a long one. */
const TARGET_WIDTH = 640;
/** Room a year's label needs, in the SVG's units. */
const YEAR_WIDTH = 26;
/** Room a month's short name needs per character, in the SVG's units (its text is 10 units high). */
const MONTH_CHAR = 6;

/** A chat's timeline, its links leading to the pages that show each message. */
export function timeline({ chat, pageSize, lang: l }: ChatContext): Timeline {
  const link = (i: number): string => messageLink(pageOf(i, pageSize), chat.messages[i]!.id);
  const months: { month: string; count: number; first: number }[] = [];
  const days: (readonly [string, string])[] = [];
  chat.messages.forEach((m, i) => {
    const month = m.timestamp.slice(0, 7);
    const last = months[months.length - 1];
    if (last?.month === month) last.count++;
    else months.push({ month, count: 1, first: i });
    const day = m.timestamp.slice(0, 10);
    if (days[days.length - 1]?.[0] !== day) days.push([day, link(i)]);
  });
  // Months without messages still take a place, so the bars keep the shape of time.
  const filled = fillMonths(months);
  const bar = Math.min(28, Math.max(6, Math.floor(TARGET_WIDTH / filled.length) - GAP));
  const width = Math.max(bar, filled.length * (bar + GAP) - GAP);
  // Time runs the way the page reads: from the right in a right-to-left language. SVG text's
  // anchor follows the page's direction, so a year's label starts at the edge its months start from.
  const rtl = l.dir === "rtl";
  const at = (i: number, w: number): number => (rtl ? width - i * (bar + GAP) - w : i * (bar + GAP));
  const max = Math.max(1, ...filled.map((m) => m.count));
  const bars = filled.flatMap((m, i) => m.count === 0 ? [] : [{
    x: at(i, bar),
    y: HEIGHT - Math.max(2, Math.round((m.count / max) * HEIGHT)),
    width: bar,
    height: Math.max(2, Math.round((m.count / max) * HEIGHT)),
    href: link(m.first),
    label: l.t("timeline.month", { month: l.month(m.month), count: m.count }),
  }]);
  const years: { x: number; label: string }[] = [];
  let lastYear = -YEAR_WIDTH;
  filled.forEach((m, i) => {
    const x = i * (bar + GAP);
    // A year is named where it starts, if the name before it leaves room.
    if ((i === 0 || m.month.endsWith("-01")) && x - lastYear >= YEAR_WIDTH) {
      years.push({ x: at(i, 0), label: m.month.slice(0, 4) });
      lastYear = x;
    }
  });
  // A month is named under its bar when the name before it leaves room: every month on wide bars,
  // every few on narrow ones. Its name is read where it is seen, so it is read the same way as bars.
  const monthLabels: { x: number; label: string }[] = [];
  let lastEnd = -Infinity;
  filled.forEach((m, i) => {
    const label = l.shortMonth(m.month);
    const room = label.length * MONTH_CHAR;
    const middle = i * (bar + GAP) + bar / 2;
    if (middle - room / 2 >= lastEnd) {
      monthLabels.push({ x: at(i, bar) + bar / 2, label });
      lastEnd = middle + room / 2 + GAP;
    }
  });
  return { width, height: HEIGHT, bars, years, months: monthLabels, days };
}

function fillMonths(months: readonly { month: string; count: number; first: number }[]): { month: string; count: number; first: number }[] {
  const out: { month: string; count: number; first: number }[] = [];
  for (const m of months) {
    const previous = out[out.length - 1];
    // Exports are not always in time order; a month that goes back is shown where it stands.
    for (let next = previous && nextMonth(previous.month); next && next < m.month; next = nextMonth(next)) {
      out.push({ month: next, count: 0, first: 0 });
    }
    out.push({ ...m });
  }
  return out;
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}
