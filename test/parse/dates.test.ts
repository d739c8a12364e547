import { describe, expect, it } from "vitest";
import { inferDateOrder, isoDate, secondOfDay, timeOfDay, type DateTriple } from "../../src/parse/dates.js";

describe("inferDateOrder", () => {
  it("takes a four-digit first component as the year", () => {
    expect(inferDateOrder([[2023, 1, 5], [2023, 1, 6]], false)).toEqual({ order: "ymd", certain: true });
  });

  it("takes a first component over 12 as the day", () => {
    expect(inferDateOrder([[3, 1, 23], [13, 1, 23]], true)).toEqual({ order: "dmy", certain: true });
  });

  it("takes a second component over 12 as the day", () => {
    expect(inferDateOrder([[1, 3, 23], [1, 13, 23]], false)).toEqual({ order: "mdy", certain: true });
  });

  // Pustur/whatsapp-chat-parser#237: 30/12/2020 then 13/1/2021 must stay day-first.
  it("reads dates across a new year day-first", () => {
    expect(inferDateOrder([[30, 12, 20], [13, 1, 21]], false).order).toBe("dmy");
  });

  it("prefers the reading under which the log runs forward", () => {
    // 1 Mar … 12 Mar then 1 Apr, read day-first; month-first it would jump back from December to January.
    const dates: DateTriple[] = [[1, 3, 23], [5, 3, 23], [12, 3, 23], [1, 4, 23]];
    expect(inferDateOrder(dates, false)).toEqual({ order: "dmy", certain: true });
    const us: DateTriple[] = dates.map(([a, b, c]) => [b, a, c]);
    expect(inferDateOrder(us, false)).toEqual({ order: "mdy", certain: true });
  });

  it("says when nothing decides, defaulting by clock", () => {
    expect(inferDateOrder([[5, 5, 23]], false)).toEqual({ order: "dmy", certain: false });
    expect(inferDateOrder([[5, 5, 23]], true)).toEqual({ order: "mdy", certain: false });
  });
});

describe("isoDate", () => {
  it("reads each order and makes two-digit years this century", () => {
    expect(isoDate([15, 1, 23], "dmy")).toBe("2023-01-15");
    expect(isoDate([1, 15, 2023], "mdy")).toBe("2023-01-15");
    expect(isoDate([2023, 1, 15], "ymd")).toBe("2023-01-15");
  });

  it("refuses dates that are not in the calendar", () => {
    expect(isoDate([29, 2, 23], "dmy")).toBeNull();
    expect(isoDate([29, 2, 24], "dmy")).toBe("2024-02-29");
    expect(isoDate([1, 13, 23], "dmy")).toBeNull();
    expect(isoDate([31, 4, 2023], "dmy")).toBeNull();
  });
});

describe("secondOfDay", () => {
  it("turns 12-hour times into 24-hour ones", () => {
    const time = (h: number, m: number, s: number, pm: boolean | null) => timeOfDay(secondOfDay(h, m, s, pm));
    expect(time(12, 5, 0, false)).toBe("00:05:00");
    expect(time(12, 5, 0, true)).toBe("12:05:00");
    expect(time(9, 4, 31, true)).toBe("21:04:31");
    expect(time(0, 8, 0, false)).toBe("00:08:00");
    expect(time(0, 30, 0, true)).toBe("12:30:00");
    expect(time(23, 59, 59, null)).toBe("23:59:59");
  });

  it("refuses impossible times", () => {
    expect(secondOfDay(24, 0, 0, null)).toBe(-1);
    expect(secondOfDay(13, 0, 0, true)).toBe(-1);
    expect(secondOfDay(10, 60, 0, null)).toBe(-1);
  });
});
