import { describe, expect, it } from "vitest";
import { WarningError, type Notice } from "../../src/model.js";
import { BRAND, chooseChatText, exportTitle, isChatTextName, looksLikeChatText, NAME_FORMS, type TextCandidate } from "../../src/ingest/names.js";

const NBSP = "\u00A0";

describe("exportTitle", () => {
  it.each([
    ["WhatsApp Chat with Alice.zip", "_chat.txt", "Alice"],
    ["WhatsApp Chat - Family.zip", "_chat.txt", "Family"],
    ["WhatsApp Chat with Alice.txt", "WhatsApp Chat with Alice.txt", "Alice"],
    ["WhatsApp_Chat_with_Alice_Smith.txt", "WhatsApp_Chat_with_Alice_Smith.txt", "Alice Smith"],
    ["WhatsApp_Chat_-_Family_Group.zip", "_chat.txt", "Family Group"],
    ["Chat de WhatsApp con Ana.txt", "Chat de WhatsApp con Ana.txt", "Ana"],
    ["Чат WhatsApp с Олегом.txt", "Чат WhatsApp с Олегом.txt", "Олегом"],
    [`Чат WhatsApp с${NBSP}контактом Олег.txt`, "x.txt", "Олег"],
    ["Chat WhatsApp con Luca.txt", "x.txt", "Luca"],
    ["Conversa no WhatsApp com João.txt", "x.txt", "João"],
    ["Conversa do WhatsApp com Maria.txt", "x.txt", "Maria"],
    ["WhatsApp Chat mit Jonas.txt", "x.txt", "Jonas"],
    ["Discussion WhatsApp avec Chloé.txt", "x.txt", "Chloé"],
    ["WhatsApp-chat met Sanne.txt", "x.txt", "Sanne"],
    [`Chat WhatsApp s${NBSP}uživatelem Petr.txt`, "x.txt", "Petr"],
    // macOS hands out decomposed names; the title is the same.
    ["Chat WhatsApp s uživatelem Petr.txt".normalize("NFD"), "x.txt", "Petr"],
    ["WhatsApp Chat - Family (1).zip", "_chat.txt", "Family"],
    ["WhatsApp Chat with Bob (12).txt", "WhatsApp Chat with Bob (12).txt", "Bob"],
  ])("%s → %s", (container, chatFile, title) => {
    expect(exportTitle(container, chatFile)).toBe(title);
  });

  // Android names the chat text in the phone's language; some languages put the chat's name first or in the middle.
  it.each([
    ["af", "WhatsApp Gesprek met Marlize.txt", "Marlize"],
    ["ar", "دردشة واتساب مع يوسف.txt", "يوسف"],
    ["az", "Aysel ilə WhatsApp Söhbəti.txt", "Aysel"],
    ["bg", "WhatsApp Чат с Иван.txt", "Иван"],
    ["bn", "রিনা এর সাথে WhatsApp চ্যাট.txt", "রিনা"],
    ["ca", "Xat de WhatsApp amb Jordi.txt", "Jordi"],
    ["da", "WhatsApp chat med Mette.txt", "Mette"],
    ["de, newer", "WhatsApp-Chat mit Jonas.txt", "Jonas"],
    ["el", "Συνομιλία WhatsApp με Νίκος.txt", "Νίκος"],
    ["et", "WhatsApp'i vestlus kontaktiga Kadri.txt", "Kadri"],
    ["fa", "گفتگوی WhatsApp با رضا.txt", "رضا"],
    ["fi", "WhatsApp-keskustelu henkilön Aino Virtanen kanssa.txt", "Aino Virtanen"],
    ["gu", "રાજ સાથેની WhatsApp વાત.txt", "રાજ"],
    ["he", "צ'אט WhatsApp עם דנה.txt", "דנה"],
    ["hi", "राहुल के साथ WhatsApp चैट.txt", "राहुल"],
    ["hr", "WhatsApp razgovor s Ivom.txt", "Ivom"],
    ["hu", "WhatsApp csevegés vele: Anna.txt", "Anna"],
    ["id", "Chat WhatsApp dengan Budi.txt", "Budi"],
    ["ja", "山本 健とのWhatsAppチャット.txt", "山本 健"],
    ["kk", "WhatsApp чат: Айгүл.txt", "Айгүл"],
    ["kn", "ರವಿ ಜೊತೆ WhatsApp ಸಂಭಾಷಣೆ.txt", "ರವಿ"],
    ["ko", "이서연님과의 WhatsApp 대화.txt", "이서연"],
    ["lt", "WhatsApp pokalbis su Jonu.txt", "Jonu"],
    ["lv", "WhatsApp sarakste ar Annu.txt", "Annu"],
    ["mk", "WhatsApp разговор со Марко.txt", "Марко"],
    ["ml", "അനു മായുള്ള WhatsApp ചാറ്റുകൾ.txt", "അനു"],
    ["mr", "प्रिया सोबतच्या WhatsApp गप्पा.txt", "प्रिया"],
    ["ms", "Sembang WhatsApp dengan Aisyah.txt", "Aisyah"],
    ["nb", "WhatsApp-samtale med Ola.txt", "Ola"],
    ["pa", "ਹਰਪ੍ਰੀਤ ਨਾਲ WhatsApp ਗੱਲਬਾਤ.txt", "ਹਰਪ੍ਰੀਤ"],
    ["pl", "Czat WhatsApp z Rodzina.txt", "Rodzina"],
    ["ro", "Conversație WhatsApp cu Ana.txt", "Ana"],
    ["sk", "WhatsApp chat s používateľom Peter.txt", "Peter"],
    ["sl", "WhatsApp klepet z Mojco.txt", "Mojco"],
    ["sq", "Biseda me Arta në WhatsApp.txt", "Arta"],
    ["sr", "WhatsApp Ћаскање са Милица.txt", "Милица"],
    ["sv", "WhatsApp-chatt med Elsa.txt", "Elsa"],
    ["sw", "Soga za WhatsApp na Amani.txt", "Amani"],
    ["ta", "கவிதா உடன் WhatsApp உரையாடல்.txt", "கவிதா"],
    ["te", "లక్ష్మి తో WhatsApp సంభాషణ.txt", "లక్ష్మి"],
    ["th", "แชท WhatsApp กับ มาลี.txt", "มาลี"],
    ["tl", "WhatsApp Chat kay Jose.txt", "Jose"],
    ["tr", "Aile Grubu ile WhatsApp Sohbeti.txt", "Aile Grubu"],
    ["uk", "Бесіда WhatsApp з Оксаною.txt", "Оксаною"],
    ["ur", "علی کے ساتھ WhatsApp بات چیت.txt", "علی"],
    ["uz", "Dilnoza bilan WhatsApp chati.txt", "Dilnoza"],
    ["vi", "Trò chuyện WhatsApp với Bảo.txt", "Bảo"],
    ["zh-CN", "WhatsApp 与 王芳 的对话.txt", "王芳"],
    ["zh-TW", "WhatsApp 與 陳大文 的對話.txt", "陳大文"],
    ["tr, shared with spaces as _", "Aile_Grubu_ile_WhatsApp_Sohbeti.txt", "Aile Grubu"],
    ["fi, shared with spaces as _", "WhatsApp-keskustelu_henkilön_Aino_kanssa.txt", "Aino"],
    ["af, a second download", "WhatsApp Gesprek met Familie Braai (1).txt", "Familie Braai"],
  ])("%s: %s → %s", (_, name, title) => {
    expect(exportTitle(name, name)).toBe(title);
    expect(isChatTextName(name)).toBe(true);
  });

  it("keeps an underscore of the chat's own name when WhatsApp's words have spaces", () => {
    expect(exportTitle("snake_case ile WhatsApp Sohbeti.txt", "x.txt")).toBe("snake_case");
  });

  it("takes the title from a named chat text when the container's name says nothing", () => {
    expect(exportTitle("Bob export", "WhatsApp Chat with Bob.txt")).toBe("Bob");
    expect(exportTitle("backup.zip", "WhatsApp Chat - Family.txt")).toBe("Family");
  });

  it("falls back to the container's name without its extension", () => {
    expect(exportTitle("Family 2023.zip", "_chat.txt")).toBe("Family 2023");
    expect(exportTitle("Trip (2).zip", "_chat.txt")).toBe("Trip");
    expect(exportTitle("notes.txt", "notes.txt")).toBe("notes");
    expect(exportTitle("WhatsApp Chat with .txt", "WhatsApp Chat with .txt")).toBe("WhatsApp Chat with");
  });
});

describe("NAME_FORMS", () => {
  it("each name WhatsApp, which the title lookup checks first", () => {
    expect(NAME_FORMS.filter((form) => !BRAND.test(form))).toEqual([]);
  });
});

describe("isChatTextName", () => {
  it("knows iOS's and Android's names, and nothing else", () => {
    expect(isChatTextName("_chat.txt")).toBe(true);
    expect(isChatTextName("WhatsApp Chat with Alice.txt")).toBe(true);
    expect(isChatTextName("WhatsApp_Chat_with_Alice.txt")).toBe(true);
    expect(isChatTextName("WhatsApp Chat with Alice.zip")).toBe(false);
    expect(isChatTextName("notes.txt")).toBe(false);
    expect(isChatTextName("my chat.txt")).toBe(false);
  });
});

describe("looksLikeChatText", () => {
  const sniff = (text: string): boolean => looksLikeChatText(Buffer.from(text));

  it.each([
    ["Android", "23/03/2022, 13:31 - Messages and calls are end-to-end encrypted.\n"],
    ["iOS", "\u200e[3/27/22, 21:41:35] Dmitry S: \u200eimage omitted\r\n"],
    ["old iOS", "7/1/16, 4:56:55 PM: Anna: hi\n"],
    ["Finnish", "13.6.2018 klo 21.25.15 - a: m\n"],
    ["dotted Hungarian", "13. 6. 2018. 21:25:15 - a: m\n"],
    ["year first", "[2023/5/4, 16:13:23] a: b\n"],
    ["Japanese era", "[3/18/R4 14:56:01] a: b\n"],
    ["time first (vi)", "[14:56:01, 3/18/22] a: b\n"],
    ["Arabic-Indic digits with RLM", "\u200f[\u0661\u0668\u200f/\u0663\u200f/\u0662\u0660\u0662\u0662 \u0662:\u0665\u0660:\u0663\u0660 \u0645] a: b\n"],
    ["after blank lines and a BOM", "\uFEFF\n\n23/03/2022, 13:31 - a: b\n"],
  ])("%s", (_, text) => {
    expect(sniff(text)).toBe(true);
  });

  it("reads UTF-16 with a BOM", () => {
    const text = "23/03/2022, 13:31 - a: b\n";
    expect(looksLikeChatText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))).toBe(true);
  });

  it("refuses texts that do not start like a chat", () => {
    expect(sniff("Shopping list\nmilk\neggs\n")).toBe(false);
    expect(sniff("")).toBe(false);
    expect(sniff("Version 1.2.3 released\n")).toBe(false);
  });
});

describe("chooseChatText", () => {
  const file = (name: string, head = "", refusal?: Notice): TextCandidate & { name: string } => ({
    name,
    ...(refusal === undefined ? {} : { refusal }),
    head: async () => Buffer.from(head),
  });
  const choose = async (...files: TextCandidate[]): Promise<string | undefined> => (await chooseChatText(files))?.name;
  const chat = "23/03/2022, 13:31 - a: b\n";

  it("prefers _chat.txt, then an Android name, then the shortest chat-like name, then a text that reads like a chat", async () => {
    expect(await choose(file("WhatsApp Chat with A.txt"), file("_chat.txt"))).toBe("_chat.txt");
    expect(await choose(file("my chat.txt"), file("WhatsApp Chat with A.txt"))).toBe("WhatsApp Chat with A.txt");
    expect(await choose(file("chat backup.txt"), file("chat.txt"), file("IMG.jpg"))).toBe("chat.txt");
    expect(await choose(file("notes.txt", "milk"), file("bob.txt", chat))).toBe("bob.txt");
    expect(await choose(file("notes.txt", "milk"), file("IMG.jpg", chat))).toBeUndefined();
  });

  it("chooses a refused _chat.txt, so that the user hears why it cannot be read", async () => {
    expect(await choose(file("_chat.txt", "", { code: "encrypted" }), file("a.txt", chat))).toBe("_chat.txt");
  });

  it("does not sniff refused files, and treats unreadable ones as no chat", async () => {
    const broken: TextCandidate = {
      name: "broken.txt",
      head: () => Promise.reject(new WarningError({ code: "entryDamaged", values: { file: "broken.txt", error: "invalid block type" } })),
    };
    expect(await choose(file("secret.txt", chat, { code: "encrypted" }), broken)).toBeUndefined();
  });
});
