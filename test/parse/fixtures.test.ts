/**
 * The hand-written fixtures in test/fixtures, one per export family (platform × locale × clock), parsed
 * and checked the way a person would check them: how many messages, and for chosen messages the
 * timestamp, author, text and the fields WhatsApp's markers turn into. Every expectation was written
 * from what the fixture line means, not copied from the parser's output. A second test per fixture
 * checks that no word of the export is lost (only the headers and WhatsApp's own markers may go).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Warnings, type DateOrder, type Message, type Platform } from "../../src/model.js";
import { parseChat } from "../../src/parse/index.js";
import type { ParsedChat } from "../../src/model.js";

type Expected = { readonly [K in keyof Message]?: K extends "text" ? string | RegExp : Message[K] };

interface Fixture {
  readonly file: string;
  /** The chat's title, as ingest would take it from the export's name. */
  readonly title: string;
  readonly platform: Platform;
  readonly dateOrder: DateOrder;
  /** The clock the headers are written with. */
  readonly clock: "12h" | "24h";
  /** The language of WhatsApp's own words in the export (its markers and notices), if any. */
  readonly lang?: string;
  readonly count: number;
  readonly participants?: readonly string[];
  /** The media files the export holds. */
  readonly files?: readonly string[];
  /** A message's header at the start of a line (after bidi marks are dropped and odd spaces made plain). */
  readonly header: RegExp;
  /** WhatsApp's own words, which the parser turns into fields and may drop from the text. */
  readonly markers: readonly (string | RegExp)[];
  /** Expectations by message id (1-based). */
  readonly messages: Readonly<Record<number, Expected>>;
}

const IOS_HEADER = /^\[[^\]]*\p{Nd}[:.]\p{Nd}{2}[:.]\p{Nd}{2}[^\]]*\] /u;
const IOS_OLD_HEADER = /^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2}:\d{2} [AP]M: /;
const ANDROID_HEADER = /^.*?\p{Nd}[:.]\p{Nd}{2}(?: [AaPp]\.? ?[Mm]\.?)? - /u;

const EN_NOTICE =
  "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.";
const NNBSP = "\u202f";
const PHONE = "+27 82 555 0143";

const FIXTURES: readonly Fixture[] = [
  {
    file: "ios-en-12h.txt",
    title: "Braai Club",
    platform: "ios",
    dateOrder: "mdy",
    clock: "12h", lang: "en",
    count: 15,
    participants: ["Thandi Mokoena", "Pieter van Wyk", "Lerato"],
    files: ["00000005-PHOTO-2023-01-15-21-07-45.jpg"],
    header: IOS_HEADER,
    markers: ["attached", "image omitted", "This message was deleted", "This message was edited", "Location", "POLL",
      "OPTION", /\bvotes?\b/, "Missed voice call", "You deleted this message"],
    messages: {
      1: { line: 1, timestamp: "2023-01-15T21:04:31", author: null, system: true, text: EN_NOTICE },
      2: { author: null, system: true, text: "Thandi Mokoena created group “Braai Club”" },
      3: { author: null, system: true, text: "Thandi Mokoena added Pieter van Wyk" },
      4: {
        timestamp: "2023-01-15T21:06:10", author: "Thandi Mokoena", text: "Hi all! Who is bringing the boerewors?",
        system: false, deleted: false, edited: false, mediaOmitted: false, attachments: [],
      },
      5: {
        author: "Pieter van Wyk", text: "", mediaOmitted: false,
        attachments: [{ fileName: "00000005-PHOTO-2023-01-15-21-07-45.jpg", kind: "image", present: true }],
      },
      6: { text: "", mediaOmitted: true, omittedKind: "image", attachments: [] },
      7: { author: "Thandi Mokoena", text: "", deleted: true, system: false },
      8: { text: "Let's meet at 7 instead", edited: true, deleted: false },
      9: { text: "", location: { url: "https://maps.google.com/?q=-33.9249,18.4241" } },
      10: {
        line: 10, timestamp: "2023-01-15T21:12:00", author: "Thandi Mokoena",
        poll: { question: "Saturday or Sunday?", options: [{ text: "Saturday", votes: 2 }, { text: "Sunday", votes: 1 }] },
      },
      11: { line: 14, author: "Pieter van Wyk", call: "missed-voice", text: "", system: false },
      12: { line: 15, timestamp: "2023-01-15T22:02:05", author: "Lerato", text: "Count me in 🔥" },
      13: { text: /^Menu\.pdf/, attachments: [{ fileName: "00000011-Menu.pdf", kind: "document", present: false }] },
      14: { timestamp: "2023-01-16T00:15:09", author: "Thandi Mokoena", deleted: true, text: "" },
      15: { timestamp: "2023-01-16T12:30:00", author: null, system: true, text: "Pieter van Wyk left" },
    },
  },
  {
    file: "ios-en-gb-24h.txt",
    title: "Oliver Bennett",
    platform: "ios",
    dateOrder: "dmy",
    clock: "24h", lang: "en",
    count: 12,
    participants: ["Oliver Bennett", "Amelia Clarke"],
    header: IOS_HEADER,
    markers: ["sticker omitted", "video omitted", "GIF omitted", "Contact card omitted", "audio omitted",
      "Missed video call", "document omitted"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:31", author: null, system: true, text: EN_NOTICE },
      2: { author: "Oliver Bennett", system: false, text: "Fancy a pint at the Crown on Friday?" },
      4: { author: "Amelia Clarke", text: "", mediaOmitted: true, omittedKind: "sticker" },
      5: { timestamp: "2023-01-16T08:15:22", text: "", mediaOmitted: true, omittedKind: "video" },
      6: { mediaOmitted: true, omittedKind: "gif" },
      7: { mediaOmitted: true, omittedKind: "contact" },
      8: { mediaOmitted: true, omittedKind: "audio" },
      9: { author: "Amelia Clarke", call: "missed-video", text: "" },
      10: { timestamp: "2023-02-02T00:00:05", text: "Happy Groundhog Day, apparently" },
      11: { text: /^Tickets\.pdf/, mediaOmitted: true, omittedKind: "document", attachments: [] },
      12: {
        timestamp: "2023-02-02T09:30:00", author: null, system: true,
        text: "Your security code with Oliver changed. Tap to learn more.",
      },
    },
  },
  {
    file: "ios-old-colon.txt",
    title: "Book Club",
    platform: "ios",
    dateOrder: "mdy",
    clock: "12h", lang: "en",
    count: 9,
    participants: ["Nomsa D.", "Johan"],
    header: IOS_OLD_HEADER,
    markers: ["image omitted", "audio omitted"],
    messages: {
      1: { timestamp: "2016-03-05T18:02:11", author: null, system: true, text: "Nomsa D. created this group" },
      2: { author: null, system: true, text: "Nomsa D. added you" },
      3: { author: "Nomsa D.", text: "Welcome! First book: Cry, the Beloved Country" },
      4: { author: "Johan", text: "Ja, I have a copy: the 1948 edition" },
      5: { author: "Johan", text: "", mediaOmitted: true, omittedKind: "image" },
      6: { timestamp: "2016-03-14T09:15:30", text: "Meeting at 18:00: bring snacks" },
      7: { mediaOmitted: true, omittedKind: "audio" },
      8: { line: 8, timestamp: "2016-03-14T12:01:00", text: "Chapter one was\nslow, but\n\nworth it" },
      9: { line: 12, author: null, system: true, text: "You changed this group's icon" },
    },
  },
  {
    file: "ios-de.txt",
    title: "Wandergruppe",
    platform: "ios",
    dateOrder: "dmy",
    clock: "24h", lang: "de",
    count: 12,
    participants: ["Jonas Weber", "Lena Fischer"],
    files: ["00000006-PHOTO-2023-01-15-21-08-00.jpg"],
    header: IOS_HEADER,
    markers: ["Bild weggelassen", "Anhang", "Diese Nachricht wurde gelöscht", "Diese Nachricht wurde bearbeitet",
      "Standort", "Audio weggelassen", "Du hast diese Nachricht gelöscht", "Kontaktkarte ausgelassen"],
    messages: {
      1: {
        timestamp: "2023-01-15T21:04:31", author: null, system: true,
        text: "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp.",
      },
      2: { author: null, system: true, text: "Du hast die Gruppe „Wandergruppe“ erstellt." },
      3: { author: null, system: true, text: "Du hast Lena Fischer hinzugefügt." },
      4: { timestamp: "2023-01-15T21:06:10", author: "Jonas Weber", text: "Samstag geht's auf den Feldberg!" },
      5: { author: "Lena Fischer", text: "", mediaOmitted: true, omittedKind: "image" },
      6: {
        text: "", mediaOmitted: false,
        attachments: [{ fileName: "00000006-PHOTO-2023-01-15-21-08-00.jpg", kind: "image", present: true }],
      },
      7: { author: "Jonas Weber", text: "", deleted: true },
      8: { text: "Treffpunkt 8 Uhr am Bahnhof", edited: true },
      9: { text: "", location: { url: "https://maps.google.com/?q=47.8742,8.0043" } },
      10: { timestamp: "2023-01-16T07:45:00", mediaOmitted: true, omittedKind: "audio" },
      11: { author: "Jonas Weber", text: "", deleted: true },
      12: { mediaOmitted: true, omittedKind: "contact" },
    },
  },
  {
    file: "ios-fr-nocomma.txt",
    title: "Camille Martin",
    platform: "ios",
    dateOrder: "dmy",
    clock: "24h", lang: "fr",
    count: 11,
    participants: ["Camille Martin", "Hugo Bernard"],
    header: IOS_HEADER,
    markers: ["image absente", "vidéo absente", "audio omis", "Ce message a été supprimé",
      "Vous avez supprimé ce message", "Localisation", "Fiche contact manquante", "pièce jointe"],
    messages: {
      1: {
        timestamp: "2023-01-15T21:04:31", author: null, system: true,
        text: "Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter.",
      },
      2: { author: "Camille Martin", system: false, text: "On se retrouve où ? Au café : celui de la gare" },
      3: { author: "Hugo Bernard", text: "D'accord !" },
      4: { text: "", mediaOmitted: true, omittedKind: "image" },
      5: { mediaOmitted: true, omittedKind: "video" },
      6: { author: "Camille Martin", mediaOmitted: true, omittedKind: "audio" },
      7: { author: "Camille Martin", text: "", deleted: true },
      8: { author: "Hugo Bernard", text: "", deleted: true },
      9: { timestamp: "2023-01-16T08:00:00", text: "", location: { url: "https://maps.google.com/?q=48.8443,2.3744" } },
      10: { mediaOmitted: true, omittedKind: "contact" },
      11: {
        text: "",
        attachments: [{ fileName: "00000010-PHOTO-2023-01-16-08-02-00.jpg", kind: "image", present: false }],
      },
    },
  },
  {
    file: "ios-ar-arabic-digits.txt",
    title: PHONE,
    platform: "ios",
    dateOrder: "dmy",
    clock: "12h", lang: "ar",
    count: 9,
    participants: ["Yusuf Haddad", PHONE],
    header: IOS_HEADER,
    markers: ["لم يتم إدراج الصورة", "تم حذف هذه الرسالة", "أنت حذفت هذه الرسالة", "موقع", "لم يتم إدراج الفيديوهات"],
    messages: {
      1: {
        timestamp: "2023-01-15T21:04:31", author: null, system: true,
        text: "الرسائل والمكالمات مشفرة تمامًا بين الطرفين، بحيث لا يستطيع أحد خارج هذه الدردشة، ولا حتى شركة واتساب نفسها، قراءتها أو الاستماع إليها.",
      },
      2: { timestamp: "2023-01-15T21:05:10", author: "Yusuf Haddad", text: "مرحبا، كيف حالك؟" },
      3: { author: PHONE, system: false, text: "بخير، شكرا!" },
      4: { author: "Yusuf Haddad", text: "", mediaOmitted: true, omittedKind: "image" },
      5: { author: PHONE, text: "", deleted: true },
      6: { timestamp: "2023-01-16T10:15:00", text: "", deleted: true },
      7: { timestamp: "2023-01-16T12:00:00", text: "", location: { url: "https://maps.google.com/?q=24.7136,46.6753" } },
      8: { timestamp: "2023-01-17T00:30:45", author: PHONE, mediaOmitted: true, omittedKind: "video" },
      9: { line: 9, timestamp: "2023-01-17T08:00:00", text: "صباح الخير\nنلتقي غدا" },
    },
  },
  {
    file: "ios-vi-time-first.txt",
    title: "Nguyễn Minh Anh",
    platform: "ios",
    dateOrder: "dmy",
    clock: "24h", lang: "vi",
    count: 8,
    participants: ["Trần Văn Bảo", "Nguyễn Minh Anh"],
    header: IOS_HEADER,
    markers: ["đã bỏ qua hình ảnh", "đã bỏ sticker", "Bạn đã xoá tin nhắn này", "Tin nhắn này đã bị xóa", "Vị trí"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:31", author: null, system: true },
      2: { timestamp: "2023-01-15T21:05:00", author: "Trần Văn Bảo", text: "Chào em, tối nay ăn phở nhé?" },
      3: { author: "Nguyễn Minh Anh", system: false, text: "Dạ được ạ" },
      4: { text: "", mediaOmitted: true, omittedKind: "image" },
      5: { author: "Nguyễn Minh Anh", mediaOmitted: true, omittedKind: "sticker" },
      6: { author: "Trần Văn Bảo", text: "", deleted: true },
      7: { author: "Nguyễn Minh Anh", text: "", deleted: true },
      8: { timestamp: "2023-01-16T07:15:00", text: "", location: { url: "https://maps.google.com/?q=21.0285,105.8542" } },
    },
  },
  {
    file: "ios-th-buddhist.txt",
    title: "สมชาย ใจดี",
    platform: "ios",
    dateOrder: "mdy",
    clock: "24h", lang: "th",
    count: 8,
    participants: ["มาลี ศรีสุข", "สมชาย ใจดี"],
    header: IOS_HEADER,
    markers: ["ไม่มีรูปภาพ", "วิดีโอถูกลบ", "คุณได้ลบข้อความนี้", "ข้อความนี้ถูกลบแล้ว", "ตำแหน่งที่ตั้ง"],
    messages: {
      1: { timestamp: "2022-01-15T21:04:31", author: null, system: true },
      2: { timestamp: "2022-01-15T21:05:00", author: "มาลี ศรีสุข", text: "สวัสดีค่ะ พรุ่งนี้ไปตลาดน้ำกันไหม" },
      3: { author: "สมชาย ใจดี", text: "", mediaOmitted: true, omittedKind: "image" },
      4: { mediaOmitted: true, omittedKind: "video" },
      5: { author: "มาลี ศรีสุข", text: "", deleted: true },
      6: { author: "สมชาย ใจดี", text: "", deleted: true },
      7: { timestamp: "2022-12-31T23:59:59", text: "สวัสดีปีใหม่" },
      8: { timestamp: "2023-01-01T00:00:01", text: "", location: { url: "https://maps.google.com/?q=13.7563,100.5018" } },
    },
  },
  {
    file: "ios-ja-era.txt",
    title: "佐藤 花子",
    platform: "ios",
    dateOrder: "mdy",
    clock: "24h", lang: "ja",
    count: 8,
    participants: ["鈴木 一郎", "佐藤 花子"],
    header: IOS_HEADER,
    markers: ["画像は含まれていません", "このメッセージを削除しました", "位置情報", "スタンプは含まれていません"],
    messages: {
      1: { timestamp: "2022-01-15T21:04:31", author: null, system: true },
      2: { timestamp: "2022-01-15T21:05:10", author: "鈴木 一郎", text: "こんばんは！明日の会議は10時からです" },
      3: { author: "佐藤 花子", text: "", mediaOmitted: true, omittedKind: "image" },
      4: { author: "鈴木 一郎", text: "", deleted: true },
      5: { timestamp: "2022-12-31T23:59:00", text: "良いお年を" },
      6: { timestamp: "2023-01-01T00:00:30", text: "", location: { url: "https://maps.google.com/?q=35.6812,139.7671" } },
      7: { mediaOmitted: true, omittedKind: "sticker" },
      8: { timestamp: "2023-01-01T09:00:00", author: "佐藤 花子", text: "あけましておめでとう" },
    },
  },
  {
    // 午前/午後 before a 0–11 hour (Japanese CLDR pattern "aK:mm:ss"): 午前0:15 is 00:15, 午後0:30 is 12:30.
    file: "ios-ja-ampm.txt",
    title: "田中 美咲",
    platform: "ios",
    dateOrder: "ymd",
    clock: "12h", lang: "ja",
    count: 8,
    participants: ["山本 健", "田中 美咲"],
    files: ["00000008-PHOTO-2023-01-16-12-31-00.jpg"],
    header: IOS_HEADER,
    markers: ["ビデオは含まれていません", "このメッセージは削除されました", "添付ファイル"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:31", author: null, system: true },
      2: { timestamp: "2023-01-15T21:05:00", author: "山本 健", text: "今どこ？" },
      3: { timestamp: "2023-01-15T21:06:30", author: "田中 美咲", text: "駅に着いたよ" },
      4: { text: "", mediaOmitted: true, omittedKind: "video" },
      5: { timestamp: "2023-01-16T00:15:09", text: "おやすみ" },
      6: { timestamp: "2023-01-16T08:00:00", text: "", deleted: true },
      7: { timestamp: "2023-01-16T12:30:00", text: "お昼ごはん食べた？" },
      8: {
        timestamp: "2023-01-16T12:31:00", author: "山本 健", text: "",
        attachments: [{ fileName: "00000008-PHOTO-2023-01-16-12-31-00.jpg", kind: "image", present: true }],
      },
    },
  },
  {
    // 午前/午後 after a 1–12 hour: a variant not seen in a real export, kept in case a device writes it.
    file: "ios-ja-ampm-after.txt",
    title: "山本 健",
    platform: "ios",
    dateOrder: "ymd",
    clock: "12h", lang: "ja",
    count: 8,
    participants: ["山本 健", "田中 美咲"],
    header: IOS_HEADER,
    markers: ["このメッセージは削除されました", "画像は含まれていません"],
    messages: {
      1: { timestamp: "2023-01-15T21:05:00", author: "山本 健", text: "今どこ？" },
      3: { timestamp: "2023-01-15T23:59:59" },
      4: { timestamp: "2023-01-16T00:15:09", text: "おやすみ" },
      5: { timestamp: "2023-01-16T01:00:00", text: "", deleted: true },
      6: { timestamp: "2023-01-16T11:45:00" },
      7: { timestamp: "2023-01-16T12:30:00" },
      8: { timestamp: "2023-01-16T12:31:00", mediaOmitted: true, omittedKind: "image" },
    },
  },
  {
    file: "ios-id-dottime.txt",
    title: "Siti Rahayu",
    platform: "ios",
    dateOrder: "dmy",
    clock: "24h", lang: "id",
    count: 8,
    participants: ["Budi Santoso", "Siti Rahayu"],
    header: IOS_HEADER,
    markers: ["gambar tidak disertakan", "dokumen tidak disertakan", "Pesan ini dihapus", "Lokasi"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:31", author: null, system: true },
      2: { author: "Budi Santoso", text: "Besok jadi ke Bandung?" },
      3: { timestamp: "2023-01-15T21:05:45", author: "Siti Rahayu", text: "Jadi, jam 07.30 di stasiun" },
      4: { text: "", mediaOmitted: true, omittedKind: "image" },
      5: { text: /^Tiket\.pdf/, mediaOmitted: true, omittedKind: "document" },
      6: { author: "Siti Rahayu", text: "", deleted: true },
      7: { timestamp: "2023-01-16T06:00:00", text: "", location: { url: "https://maps.google.com/?q=-6.9175,107.6191" } },
      8: { timestamp: "2023-01-16T06:01:00", text: "Oke, sampai jumpa!" },
    },
  },
  {
    file: "ios-edge.txt",
    title: "Tea Club",
    platform: "ios",
    dateOrder: "mdy",
    clock: "12h", lang: "en",
    count: 9,
    participants: ["Zanele", PHONE, "Ravi"],
    header: IOS_HEADER,
    markers: ["sticker omitted"],
    messages: {
      1: { timestamp: "2023-02-13T10:00:00", author: null, system: true, text: EN_NOTICE },
      // A non-contact creating the group: iOS names them as author, with "~ " (tilde and U+202F).
      2: { author: null, system: true, text: `~${NNBSP}Zanele created this group` },
      3: { timestamp: "2023-02-13T10:01:00", author: "Zanele", text: "Who wants rooibos?" },
      4: { author: PHONE, text: "Me please" },
      5: { author: "Ravi", text: "Time check: 10:03: still early [not late]" },
      6: { line: 6, author: "Ravi", text: "Recipe:\n[2,4,0,4,11]\n2016-04-29 10:30:00\n  indented line" },
      7: { line: 10, author: PHONE, text: "", mediaOmitted: true, omittedKind: "sticker" },
      8: { author: null, system: true, text: "Ravi changed the subject to “Tea & Cake: Club”" },
      9: { line: 12, author: "Ravi", text: "", system: false, deleted: false, mediaOmitted: false, attachments: [] },
    },
  },
  {
    file: "android-en-gb.txt",
    title: "Allotment Society",
    platform: "android",
    dateOrder: "dmy",
    clock: "24h", lang: "en",
    count: 12,
    participants: ["Charlotte Evans", "George Hughes"],
    files: ["IMG-20230115-WA0003.jpg"],
    header: ANDROID_HEADER,
    markers: ["file attached", "Media omitted", "This message was deleted", "location", /\bnull\b/,
      "This message was edited"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:00", author: null, system: true, text: `${EN_NOTICE} Tap to learn more.` },
      2: { author: null, system: true, text: 'Charlotte Evans created group "Allotment Society"' },
      3: { author: null, system: true, text: "Charlotte Evans added George Hughes" },
      4: { timestamp: "2023-01-15T21:06:00", author: "Charlotte Evans", text: "Who has the key to the shed?", attachments: [] },
      5: {
        line: 5, author: "George Hughes", text: "It's under the pot: the blue one", mediaOmitted: false,
        attachments: [{ fileName: "IMG-20230115-WA0003.jpg", kind: "image", present: true }],
      },
      6: { line: 7, text: "", mediaOmitted: true, omittedKind: undefined, attachments: [] },
      7: { author: "Charlotte Evans", text: "", deleted: true },
      8: { text: "", location: { url: "https://maps.google.com/?q=51.7520,-1.2577" } },
      9: {
        timestamp: "2023-01-16T08:00:00", text: "",
        attachments: [{ fileName: "PTT-20230116-WA0000.opus", kind: "voice", present: false }],
      },
      // The literal "null" Android writes for some media is a placeholder, not words.
      10: { author: "George Hughes", text: "", system: false },
      11: { text: "Tomatoes are in", edited: true },
      12: { timestamp: "2023-01-16T08:03:00", author: null, system: true, text: "George Hughes left" },
    },
  },
  {
    file: "android-en-us-12h.txt",
    title: "Jake Miller",
    platform: "android",
    dateOrder: "mdy",
    clock: "12h", lang: "en",
    count: 10,
    participants: ["Maria Lopez", "Jake Miller"],
    files: ["VID-20230115-WA0002.mp4", "Sam Rivera.vcf"],
    header: ANDROID_HEADER,
    markers: ["file attached", "You deleted this message"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:00", author: null, system: true, text: `${EN_NOTICE} Tap to learn more.` },
      2: { author: "Maria Lopez", text: "Are we still on for tacos?" },
      3: { timestamp: "2023-01-15T21:06:00", author: "Jake Miller", text: "Yes! 7:30 work?" },
      4: { author: "Maria Lopez", text: "", system: false, deleted: false, mediaOmitted: false, attachments: [] },
      5: { text: "", attachments: [{ fileName: "VID-20230115-WA0002.mp4", kind: "video", present: true }] },
      6: { text: "", attachments: [{ fileName: "STK-20230115-WA0004.webp", kind: "sticker", present: false }] },
      7: { timestamp: "2023-01-16T00:05:00", author: "Maria Lopez", text: "", deleted: true },
      8: { timestamp: "2023-01-16T12:30:00", text: "Lunch?" },
      9: { line: 9, text: "My order numbers:\n[2,4,0,4,11]" },
      10: { line: 11, text: "", attachments: [{ fileName: "Sam Rivera.vcf", kind: "contact", present: true }] },
    },
  },
  {
    file: "android-de.txt",
    title: "Chorprobe",
    platform: "android",
    dateOrder: "dmy",
    clock: "24h", lang: "de",
    count: 12,
    participants: ["Anna Schmidt", "Max Müller"],
    files: ["IMG-20230115-WA0007.jpg"],
    header: ANDROID_HEADER,
    markers: ["Medien ausgeschlossen", "Datei angehängt", "Diese Nachricht wurde gelöscht", "Standort",
      "Diese Nachricht wurde bearbeitet", "Du hast diese Nachricht gelöscht", "Live-Standort wird geteilt"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:00", author: null, system: true },
      2: { author: null, system: true, text: 'Du hast die Gruppe "Chorprobe" erstellt.' },
      3: { author: null, system: true, text: "Du hast Anna Schmidt hinzugefügt." },
      4: { timestamp: "2023-01-15T21:07:00", author: "Anna Schmidt", text: "Probe ist am Dienstag um 19:30" },
      5: { text: "", mediaOmitted: true, omittedKind: undefined },
      6: {
        author: "Max Müller", text: "Noten für Seite 3",
        attachments: [{ fileName: "IMG-20230115-WA0007.jpg", kind: "image", present: true }],
      },
      7: { author: "Anna Schmidt", text: "", deleted: true },
      8: { text: "", location: { url: "https://maps.google.com/?q=52.5200,13.4050" } },
      9: { timestamp: "2023-01-16T07:30:00", text: "Bis später", edited: true },
      10: { author: "Max Müller", text: "", deleted: true },
      // Android's live location has no link.
      11: { author: "Anna Schmidt", text: "", location: { live: true } },
      12: { author: null, system: true, text: "Anna Schmidt hat die Gruppe verlassen." },
    },
  },
  {
    file: "android-nl-dash.txt",
    title: "Sanne de Vries",
    platform: "android",
    dateOrder: "dmy",
    clock: "24h", lang: "nl",
    count: 9,
    participants: ["Sanne de Vries", "Daan Jansen"],
    header: ANDROID_HEADER,
    markers: ["Media weggelaten", "bestand bijgevoegd", "Dit bericht is verwijderd", "U hebt dit bericht verwijderd",
      "locatie", "Gemiste spraakoproep"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:00", author: null, system: true },
      2: { author: "Sanne de Vries", text: "Zullen we zaterdag fietsen?" },
      3: { author: "Daan Jansen", text: "Route langs de Vecht", mediaOmitted: true },
      4: { text: "", attachments: [{ fileName: "VID-20230115-WA0001.mp4", kind: "video", present: false }] },
      5: { author: "Sanne de Vries", text: "", deleted: true },
      6: { author: "Daan Jansen", text: "", deleted: true },
      7: { timestamp: "2023-01-16T09:00:00", text: "", location: { url: "https://maps.google.com/?q=52.0907,5.1214" } },
      8: { author: "Daan Jansen", text: "", call: "missed-voice" },
      9: { line: 10, text: "Tot zaterdag!\nGroetjes,\nSanne" },
    },
  },
  {
    file: "android-es-ampm.txt",
    title: "Lucía Fernández",
    platform: "android",
    dateOrder: "dmy",
    clock: "12h", lang: "es",
    count: 9,
    participants: ["Lucía Fernández", "Diego Ramírez"],
    files: ["Entradas.pdf"],
    header: ANDROID_HEADER,
    markers: ["Multimedia omitido", "Se eliminó este mensaje", "Eliminaste este mensaje", "archivo adjunto",
      "Se editó este mensaje", "ubicación"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:00", author: null, system: true },
      2: { author: "Lucía Fernández", text: "¿Vamos al cine mañana?" },
      3: { timestamp: "2023-01-15T21:06:00", author: "Diego Ramírez", text: "¡Claro! A las 8:15 p. m." },
      4: { text: "", mediaOmitted: true },
      5: { author: "Lucía Fernández", text: "", deleted: true },
      6: { author: "Diego Ramírez", text: "", deleted: true },
      7: { text: "", attachments: [{ fileName: "Entradas.pdf", kind: "document", present: true }] },
      8: { timestamp: "2023-01-16T00:01:00", text: "Buenas noches", edited: true },
      9: { timestamp: "2023-01-16T12:15:00", text: "", location: { url: "https://maps.google.com/?q=40.4168,-3.7038" } },
    },
  },
  {
    file: "android-fi-klo.txt",
    title: "Aino Virtanen",
    platform: "android",
    dateOrder: "dmy",
    clock: "24h", lang: "fi",
    count: 8,
    participants: ["Aino Virtanen", "Eero Korhonen"],
    header: ANDROID_HEADER,
    markers: ["Media jätetty pois", "Tämä viesti poistettiin", "sijainti", "liitetiedosto"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:00", author: null, system: true },
      2: { timestamp: "2023-01-15T21:05:00", author: "Aino Virtanen", text: "Saunaan klo 19?" },
      4: { author: "Eero Korhonen", text: "", mediaOmitted: true },
      5: { text: "", deleted: true },
      6: { timestamp: "2023-01-16T07:05:00", text: "", location: { url: "https://maps.google.com/?q=60.1699,24.9384" } },
      7: { text: "", attachments: [{ fileName: "IMG-20230116-WA0001.jpg", kind: "image", present: false }] },
      8: { timestamp: "2023-01-16T07:07:00", text: "Kiitos!" },
    },
  },
  {
    file: "android-year-first.txt",
    title: "Anke Botha",
    platform: "android",
    dateOrder: "ymd",
    clock: "24h", lang: "en",
    count: 7,
    participants: ["Sipho Dlamini", "Anke Botha"],
    header: ANDROID_HEADER,
    markers: ["Media omitted", "This message was deleted"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:00", author: null, system: true },
      2: { author: "Sipho Dlamini", text: "Load shedding at 22:00 tonight" },
      4: { author: "Anke Botha", text: "", mediaOmitted: true },
      5: { line: 5, timestamp: "2023-01-16T06:30:00", text: "Log from the inverter:\n2016-04-29 10:30:00 battery 87%" },
      6: { line: 7, author: "Anke Botha", text: "Ag no 😅" },
      7: { author: "Sipho Dlamini", text: "", deleted: true },
    },
  },
  {
    file: "android-year-first-ca.txt",
    title: "Liam O'Brien",
    platform: "android",
    dateOrder: "ymd",
    clock: "12h", lang: "en",
    count: 8,
    participants: ["Émilie Tremblay", "Liam O'Brien"],
    files: ["IMG-20230116-WA0000.jpg"],
    header: ANDROID_HEADER,
    markers: ["This message was deleted", "file attached", "Media omitted", "location"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:00", author: "Émilie Tremblay", text: "Hockey tonight?", system: false },
      3: { author: "Liam O'Brien", text: "", deleted: true },
      4: {
        timestamp: "2023-01-16T00:10:00", text: "",
        attachments: [{ fileName: "IMG-20230116-WA0000.jpg", kind: "image", present: true }],
      },
      5: { timestamp: "2023-01-16T12:45:00", text: "Nice shot!" },
      6: { mediaOmitted: true },
      7: { text: "Maybe next week then :(" },
      8: { timestamp: "2023-01-17T08:00:00", text: "", location: { url: "https://maps.google.com/?q=45.5017,-73.5673" } },
    },
  },
  {
    file: "android-fr-a.txt",
    title: "Léa Dubois",
    platform: "android",
    dateOrder: "dmy",
    clock: "24h", lang: "fr",
    count: 7,
    participants: ["Léa Dubois", "Thomas Petit"],
    header: ANDROID_HEADER,
    markers: ["Médias omis", "Ce message a été supprimé", "fichier joint", "Ce message a été modifié"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:00", author: null, system: true },
      2: { author: "Léa Dubois", text: "Tu viens à la réunion : oui ou non ?" },
      3: { timestamp: "2023-01-15T21:06:00", author: "Thomas Petit", text: "Oui, j'arrive à 21:30" },
      4: { text: "", mediaOmitted: true },
      5: { text: "", deleted: true },
      6: {
        line: 6, timestamp: "2023-01-16T08:00:00", text: "Voici le rapport",
        attachments: [{ fileName: "Rapport.pdf", kind: "document", present: false }],
      },
      7: { line: 8, text: "Merci !", edited: true },
    },
  },
  {
    file: "android-ko-ampm.txt",
    title: "김민준",
    platform: "android",
    dateOrder: "ymd",
    clock: "12h", lang: "ko",
    count: 8,
    participants: ["김민준", "이서연"],
    header: ANDROID_HEADER,
    markers: ["미디어 파일 제외됨", "이 메시지는 삭제되었습니다", "위치"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:00", author: "김민준", text: "내일 몇 시에 만나?", system: false },
      2: { author: "이서연", text: "오전 10시 어때?" },
      3: { text: "", mediaOmitted: true },
      4: { author: "김민준", text: "", deleted: true },
      5: { timestamp: "2023-01-16T00:05:00", text: "잘 자" },
      6: { timestamp: "2023-01-16T12:30:00", text: "점심 먹었어?" },
      7: { text: "", location: { url: "https://maps.google.com/?q=37.5665,126.9780" } },
    },
  },
  {
    file: "android-fa-persian-digits.txt",
    title: "رضا کریمی",
    platform: "android",
    dateOrder: "ymd",
    clock: "24h", lang: "fa",
    count: 7,
    participants: ["سارا احمدی", "رضا کریمی"],
    files: ["IMG-20230115-WA0005.jpg"],
    header: ANDROID_HEADER,
    markers: ["رسانه حذف شد", "این پیام حذف شد", "پیوست شد", "موقعیت"],
    messages: {
      1: { timestamp: "2023-01-15T21:04:00", author: "سارا احمدی", text: "سلام، فردا کلاس داریم؟" },
      2: { author: "رضا کریمی", text: "بله، ساعت ۱۰" },
      3: { text: "", mediaOmitted: true },
      4: { author: "سارا احمدی", text: "", deleted: true },
      5: { text: "", attachments: [{ fileName: "IMG-20230115-WA0005.jpg", kind: "image", present: true }] },
      6: { timestamp: "2023-01-16T08:30:00", text: "", location: { url: "https://maps.google.com/?q=35.6892,51.3890" } },
      7: { line: 7, text: "ممنون!\nخیلی خوب بود" },
    },
  },
  {
    file: "android-af.txt",
    title: "Familie Braai",
    platform: "android",
    dateOrder: "ymd",
    clock: "24h", lang: "af",
    count: 10,
    participants: ["Marlize du Toit", "Johan Steyn", "Annelie"],
    files: ["IMG-20230115-WA0012.jpg"],
    header: ANDROID_HEADER,
    markers: ["Media weggelaat", "lêer aangeheg", "Hierdie boodskap was uitgevee", "ligging", "Jy het boodskap uitgevee"],
    messages: {
      1: {
        timestamp: "2023-01-15T21:04:00", author: null, system: true,
        text: 'Marlize du Toit het die groep "Familie Braai" geskep',
      },
      2: { author: "Marlize du Toit", text: "Goeienaand almal! Wie bring die vleis?" },
      4: { author: "Johan Steyn", text: "", mediaOmitted: true, omittedKind: undefined },
      5: {
        line: 5, text: "Kyk hoe lyk die vuur!",
        attachments: [{ fileName: "IMG-20230115-WA0012.jpg", kind: "image", present: true }],
      },
      6: { author: "Johan Steyn", text: "", deleted: true },
      7: { text: "", location: { url: "https://maps.google.com/?q=-25.7479,28.2293" } },
      8: { timestamp: "2023-01-16T07:00:00", author: "Annelie", text: "Môre! Ek kan nie wag nie 🔥" },
      9: { text: "", attachments: [{ fileName: "PTT-20230116-WA0002.opus", kind: "voice", present: false }] },
      10: { author: "Annelie", text: "", deleted: true },
    },
  },
  {
    file: "android-edge.txt",
    title: "Study Group",
    platform: "android",
    dateOrder: "dmy",
    // No word of WhatsApp's own but "null", which no language writes: no language.
    clock: "24h",
    count: 8,
    participants: ["Alice", "Bob", "Carol", PHONE],
    header: ANDROID_HEADER,
    markers: [/\bnull\b/],
    messages: {
      // A subject with ": " inside must not be read as "author: text".
      1: { timestamp: "2023-02-01T10:00:00", author: null, system: true, text: 'Alice changed the subject from "a: b" to "c"' },
      2: { author: "Alice", text: "Line one\n\nLine three after a blank" },
      3: { author: "Bob", text: "Look: [brackets] and <angles> and (parens): fine", mediaOmitted: false, attachments: [] },
      4: {
        line: 6,
        text: "Copied log:\n2016-04-29 10:30:00 INFO started\n[2,4,0,4,11,2602,36]\n29/04/2016 10:30 looks like a date too",
      },
      5: { line: 10, author: "Carol", text: "" },
      6: { line: 11, author: "Carol", text: "", system: false },
      7: { timestamp: "2023-02-13T18:45:00", author: PHONE, text: "Hi, is this Bob?" },
      8: { author: "Bob", text: "Yes: who's asking?" },
    },
  },
];

const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const ODD_SPACES = /[\u00a0\u2007\u2009\u202f]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Phone numbers may keep WhatsApp's no-break spaces or get plain ones; either is fine. */
const plainSpaces = (s: string): string => s.replace(/\u00a0/g, " ");

function load(file: string): string {
  return readFileSync(new URL(`../fixtures/${file}`, import.meta.url), "utf8");
}

const parsed = new Map<string, ParsedChat>();
function parse(f: Fixture): ParsedChat {
  let chat = parsed.get(f.file);
  if (!chat) {
    const files = new Set(f.files ?? []);
    chat = parseChat(load(f.file), { source: f.file, title: f.title, hasFile: (name) => files.has(name) }, new Warnings());
    parsed.set(f.file, chat);
  }
  return chat;
}

function checkMessage(message: Message | undefined, expected: Expected, where: string): void {
  expect(message, where).toBeDefined();
  if (!message) return;
  const actual: Record<string, unknown> = {};
  const wanted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(expected)) {
    let got: unknown = (message as unknown as Record<string, unknown>)[key];
    if (key === "author" && typeof got === "string") got = plainSpaces(got);
    if (value instanceof RegExp) {
      expect(got, `${where}: ${key}`).toMatch(value);
      continue;
    }
    actual[key] = got;
    wanted[key] = value;
  }
  expect(actual, where).toEqual(wanted);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const clean = (s: string): string => s.normalize("NFC").replace(INVISIBLE, "").replace(ODD_SPACES, " ");

/** Every string the parsed chat holds, as one searchable text. */
function everything(chat: ParsedChat, title: string): string {
  const parts: string[] = [title];
  for (const m of chat.messages) {
    parts.push(m.author ?? "", m.text);
    for (const a of m.attachments) parts.push(a.fileName);
    if (m.location) parts.push(m.location.url ?? "", m.location.name ?? "");
    if (m.poll) {
      parts.push(m.poll.question);
      for (const o of m.poll.options) parts.push(o.text, String(o.votes));
    }
  }
  return clean(parts.join("\n"));
}

describe("hand-written fixtures", () => {
  for (const f of FIXTURES) {
    describe(f.file, () => {
      it("reads the messages as written", () => {
        const chat = parse(f);
        expect(chat.platform).toBe(f.platform);
        expect(chat.dateOrder).toBe(f.dateOrder);
        expect(chat.clock).toBe(f.clock);
        expect(chat.lang).toBe(f.lang);
        expect(chat.messages.length).toBe(f.count);
        expect(chat.messages.map((m) => m.id)).toEqual(chat.messages.map((_, i) => i + 1));
        if (f.participants) expect(chat.participants.map(plainSpaces)).toEqual(f.participants);
        for (const [id, expected] of Object.entries(f.messages)) {
          checkMessage(chat.messages[Number(id) - 1], expected, `${f.file} message ${id}`);
        }
      });

      it("loses no word of the export", () => {
        const chat = parse(f);
        const output = everything(chat, f.title);
        const missing: string[] = [];
        load(f.file)
          .split(/\r\n|\r|\n/)
          .forEach((raw, i) => {
            let line = clean(raw).replace(f.header, "");
            // Longest first, so that "Standort" does not break "Live-Standort wird geteilt".
            const markers = [...f.markers].sort((a, b) => String(b).length - String(a).length);
            for (const marker of markers) {
              const pattern = typeof marker === "string" ? new RegExp(escape(marker), "giu") : new RegExp(marker.source, "giu");
              line = line.replace(pattern, " ");
            }
            for (const word of line.match(WORD) ?? []) {
              if (!output.includes(word)) missing.push(`line ${i + 1}: ${word}`);
            }
          });
        expect(missing).toEqual([]);
      });
    });
  }
});
