/**
 * WhatsApp's markers as a reader sees them: a German iOS export (test/fixtures/ios-de-markers.txt)
 * with a poll whose question runs over two lines, an admin's deletion, a video note and a voice chat,
 * built into pages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../src/build.js";
import { Warnings } from "../src/model.js";

let scratch: string;
let $: CheerioAPI;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "chat-archive-markers-"));
  const output = join(scratch, "site");
  await buildArchive({ inputs: [join(import.meta.dirname, "fixtures/ios-de-markers.txt")], output, pageSize: 500, cache: false }, new Warnings());
  const chat = join(output, "chats", readdirSync(join(output, "chats"))[0]!);
  $ = load(readdirSync(chat).filter((f) => f.endsWith(".html") && f !== "media.html").map((f) => readFileSync(join(chat, f), "utf8")).join(""));
}, 60_000);

afterAll(() => rm(scratch, { recursive: true, force: true }));

/** The bubble of the message whose time is `time`. */
const bubble = (time: string) => $("li.msg").filter((_, li) => $(li).find("time").attr("datetime")!.endsWith(time));

describe("markers on the pages", () => {
  it("shows a poll with its whole question and each option's votes", () => {
    const poll = bubble("18:02:11").find(".poll");
    expect(poll.find(".card-kind").text()).toBe("Umfrage");
    expect(poll.find(".poll-question").text()).toContain("Wann grillen wir?");
    expect(poll.find(".poll-question").text()).toContain("Bitte bis Freitag abstimmen");
    expect(poll.find("li").toArray().map((li) => $(li).text())).toEqual(["Samstag 3 Stimmen", "Sonntag (Abend) 1 Stimme", "Gar nicht 0 Stimmen"]);
  });

  it("shows an admin's deletion in WhatsApp's words, naming the admin, once", () => {
    const deleted = bubble("18:06:02");
    expect(deleted.find(".deleted").text()).toBe("Diese Nachricht wurde von Admin Mia Hoffmann gelöscht.");
    expect(deleted.text()).not.toContain("Diese Nachricht wurde gelöscht");
  });

  it("shows a voice chat as a call, with what WhatsApp said of it", () => {
    const call = bubble("18:09:30");
    expect(call.find(".notice").text()).toBe("Sprachchat");
    expect(call.find(".text").text()).toBe("2 Sek. • 1 beigetreten");
  });
});
