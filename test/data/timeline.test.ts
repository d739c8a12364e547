// A chat's timeline as a user checks it on any page of the chat: a bar per month with its count,
// each linking to the page that holds the month's first message, the years named under the bars,
// and the days the jump-to-date field knows.
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/data/index.js";
import { stageContext, Warnings, type Chat, type Timeline } from "../../src/model.js";
import { chatOf, said } from "./chats.js";
import { language } from "../../src/i18n/index.js";

function timelineOf(chat: Chat, pageSize: number): Timeline {
  const site = buildSite([chat], new Map(), { pageSize, lang: language("en") }, stageContext(new Warnings()));
  return site.chatPages[0]!.make().timeline;
}

describe("a chat's timeline", () => {
  // Pages of two: messages 1–2 on the first page, 3–4 on the second, 5 on the third.
  const chat = chatOf("family", [
    said("2023-01-05T09:00", "Alice", "one"),
    said("2023-01-05T10:00", "Bob", "two"),
    said("2023-01-20T09:00", "Alice", "three"),
    said("2023-03-10T09:00", "Bob", "four"),
    said("2024-01-02T09:00", "Alice", "five"),
  ]);

  it("draws a bar for each month with messages, labelled with its count and linking to the page of its first message", () => {
    const timeline = timelineOf(chat, 2);
    expect(timeline.bars.map((bar) => [bar.label, bar.href])).toEqual([
      ["January 2023: 3 messages", "index.html#m1"],
      ["March 2023: 1 message", "2.html#m4"],
      ["January 2024: 1 message", "3.html#m5"],
    ]);
  });

  it("keeps a place for the months without messages, so the bars keep the shape of time", () => {
    // January 2023 to January 2024 is 13 months: bars 28 wide, 2 apart.
    const timeline = timelineOf(chat, 2);
    expect(timeline.bars.map((bar) => bar.x)).toEqual([0, 2 * 30, 12 * 30]);
    expect(timeline.bars.map((bar) => bar.width)).toEqual([28, 28, 28]);
    expect(timeline.width).toBe(13 * 30 - 2);
    // The busiest month fills the height; a month of a third as many, a third of it.
    expect(timeline.height).toBe(40);
    expect(timeline.bars.map((bar) => [bar.y, bar.height])).toEqual([[0, 40], [27, 13], [27, 13]]);
  });

  it("names each year where it starts", () => {
    expect(timelineOf(chat, 2).years).toEqual([{ x: 0, label: "2023" }, { x: 360, label: "2024" }]);
  });

  it("names every month under its bar when the bars are wide enough, in the archive's language", () => {
    const months = timelineOf(chat, 2).months;
    expect(months.map((month) => month.label)).toEqual(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan"]);
    // Each name sits in the middle of its bar.
    expect(months.map((month) => month.x)).toEqual(Array.from({ length: 13 }, (_, i) => i * 30 + 14));
    const site = buildSite([chat], new Map(), { pageSize: 2, lang: language("de") }, stageContext(new Warnings()));
    expect(site.chatPages[0]!.make().timeline.months[2]!.label).toBe("Mär");
  });

  it("names only every few months on narrow bars, so that no two names overlap", () => {
    const months = Array.from({ length: 145 }, (_, i) => {
      const d = new Date(Date.UTC(2022, 11 + i, 1));
      return said(`${d.toISOString().slice(0, 10)}T09:00`, "Alice", "hi");
    });
    const labels = timelineOf(chatOf("long", months), 500).months;
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.length).toBeLessThan(145);
    for (let i = 1; i < labels.length; i++) {
      expect(labels[i]!.x - labels[i - 1]!.x).toBeGreaterThanOrEqual((labels[i]!.label.length + labels[i - 1]!.label.length) * 3);
    }
  });

  it("leaves a year unnamed when the name before it leaves no room", () => {
    // Twelve years of months make bars 6 wide: December 2022 is named, January 2023 a bar later is not.
    const months = Array.from({ length: 145 }, (_, i) => {
      const d = new Date(Date.UTC(2022, 11 + i, 1));
      return said(`${d.toISOString().slice(0, 10)}T09:00`, "Alice", "hi");
    });
    const years = timelineOf(chatOf("long", months), 500).years;
    expect(years.slice(0, 3)).toEqual([{ x: 0, label: "2022" }, { x: 13 * 8, label: "2024" }, { x: 25 * 8, label: "2025" }]);
    expect(years.map((year) => year.label)).not.toContain("2023");
  });

  it("lists each day's first message, on its page, for the jump-to-date field", () => {
    expect(timelineOf(chat, 2).days).toEqual([
      ["2023-01-05", "index.html#m1"],
      ["2023-01-20", "2.html#m3"],
      ["2023-03-10", "2.html#m4"],
      ["2024-01-02", "3.html#m5"],
    ]);
  });

  it("is on every page of the chat, made once and the same, its links leading to the same pages from each", () => {
    const site = buildSite([chat], new Map(), { pageSize: 2, lang: language("en") }, stageContext(new Warnings()));
    const [first, ...others] = site.chatPages.map((page) => page.make().timeline);
    expect(others).toHaveLength(2);
    for (const other of others) expect(other).toBe(first);
  });

  it("is one bar for a chat of one month, and nothing for a chat without messages", () => {
    const one = timelineOf(chatOf("short", [said("2023-05-01T09:00", "Alice", "hi"), said("2023-05-31T09:00", "Bob", "hi")]), 500);
    expect(one.bars).toEqual([{ x: 0, y: 0, width: 28, height: 40, href: "index.html#m1", label: "May 2023: 2 messages" }]);
    expect(one.width).toBe(28);
    expect(one.days.map(([day]) => day)).toEqual(["2023-05-01", "2023-05-31"]);
    const none = timelineOf(chatOf("quiet", []), 500);
    expect([none.bars, none.years, none.months, none.days]).toEqual([[], [], [], []]);
  });
});
