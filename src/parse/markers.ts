import type { AttachmentKind } from "../model.js";

/*
 * WhatsApp's own marker strings, per language. Data only: the parser's matcher imports these.
 *
 * Sources named in the per-language comments (docs/export-format.md describes the markers themselves):
 * - "ios_xx sample" / "android_xx sample" = real exports published in starkdmi/whats_json test/data
 *   (languages/*_ios.txt, languages/*_android.txt, ios/, android/), aligned line by line with the English
 *   export of the same conversation;
 * - "WJ tables" = the string tables of starkdmi/whats_json lib/src/patterns.dart, taken there from
 *   WhatsApp iOS Localizable.strings v22.24.81 and Android strings.xml; its lists are unlabelled and were
 *   assigned to languages by their fixed order (checked against the sample exports above);
 * - "chat-analytics media patterns" = mlomb/chat-analytics pipeline/parse/parsers/WhatsApp.ts;
 * - "WhatsR de samples" = the German exports from gesiscss/WhatsR, as collected in starkdmi/whats_json
 *   test/data/chats_unique;
 * - "public parsers" = strings seen in other people's parser code or fixtures (unverified);
 * - "real exports" = shapes seen in real exports since and recorded, with invented names, in the
 *   project's format reference (its section "Seen in real exports since"); docs/export-format.md
 *   describes them;
 * - "PW#43" = the poll quoted in Pustur/whatsapp-chat-parser-website issue #43.
 *
 * Strings are kept as WhatsApp writes them; only a final ASCII full stop is dropped (scripts with their
 * own full stop, 。 । ۔, keep it). The matcher compares case-insensitively, so case variants are listed once.
 */

/** WhatsApp's own words for its markers in one language, exactly as they appear in exports. */
export interface LocaleMarkers {
  /** Android's generic placeholder: the text inside `<…>`, e.g. "Media omitted". */
  readonly mediaOmitted?: readonly string[];
  /** iOS's per-kind placeholders, e.g. { image: ["image omitted"], video: ["video omitted"] }. */
  readonly omitted?: Readonly<Partial<Record<AttachmentKind, readonly string[]>>>;
  /** iOS: the word(s) before the colon in `<attached: 00000012-PHOTO-….jpg>`. */
  readonly attached?: readonly string[];
  /** iOS, suffix form (Turkish): the word after the file name in `<file.jpg eklendi>`. */
  readonly attachedSuffix?: readonly string[];
  /** Android: the words in parentheses in `IMG-….jpg (file attached)`. */
  readonly fileAttached?: readonly string[];
  /** A deleted message's whole body, without a final full stop: "This message was deleted", "You deleted this message", admin variant. */
  readonly deleted?: readonly string[];
  /**
   * A message an admin deleted, naming the admin: `{name}` stands for the name, and the words
   * before and after it are WhatsApp's ("This message was deleted by admin {name}").
   */
  readonly deletedByAdmin?: readonly string[];
  /** The text inside the edited suffix `<This message was edited>`, without a final full stop. */
  readonly edited?: readonly string[];
  /** The word before `: https://…` in a shared location ("location", "Standort"). */
  readonly location?: readonly string[];
  /** Live location placeholder body ("live location shared"). */
  readonly liveLocation?: readonly string[];
  readonly missedVoiceCall?: readonly string[];
  readonly missedVideoCall?: readonly string[];
  readonly voiceCall?: readonly string[];
  readonly videoCall?: readonly string[];
  /** The word(s) a voice chat's line starts with; details (duration, who joined) may follow after a full stop. */
  readonly voiceChat?: readonly string[];
  /** The word heading a poll, without its colon (`POLL:`). */
  readonly poll?: readonly string[];
  /** The word before each of a poll's options, without its colon (`OPTION: Pizza (3 votes)`). */
  readonly pollOption?: readonly string[];
  /** View-once media placeholders (whole body). */
  readonly viewOnce?: readonly string[];
  /** The first sentence of the end-to-end encryption notices (old and new wording), up to and including its full stop. */
  readonly encryption?: readonly string[];
}

/** Keyed by BCP 47 language code ("en", "de", "pt-BR", "pt-PT", "zh-CN", …). */
export const MARKERS: Readonly<Record<string, LocaleMarkers>> = {
  // sources: the iOS/Android en samples (whats_json test/data/ios and languages/english_*.txt); voice/video call, view-once and admin-deleted strings from public parsers' fixtures (unverified); video notes, admin deletions naming the admin and voice chats from real exports; polls from PW#43
  en: {
    mediaOmitted: ["Media omitted"],
    omitted: {
      image: ["image omitted"],
      // iOS writes "video note omitted", Android "<Video note omitted>"; a video note is a video.
      video: ["video omitted", "video note omitted"],
      gif: ["GIF omitted"],
      audio: ["audio omitted"],
      sticker: ["sticker omitted"],
      document: ["document omitted"],
      contact: ["Contact card omitted"],
    },
    attached: ["attached"],
    fileAttached: ["file attached"],
    deleted: [
      "This message was deleted",
      "You deleted this message",
      "This message was deleted by an admin",
      "You deleted this message as admin",
    ],
    deletedByAdmin: ["This message was deleted by admin {name}"],
    edited: ["This message was edited"],
    location: ["location"],
    liveLocation: ["live location shared"],
    missedVoiceCall: ["Missed voice call"],
    missedVideoCall: ["Missed video call"],
    voiceCall: ["Voice call"],
    videoCall: ["Video call"],
    voiceChat: ["Voice chat"],
    viewOnce: ["<View once voice message omitted>", "<View once photo omitted>"],
    poll: ["POLL"],
    pollOption: ["OPTION"],
    encryption: [
      "Messages and calls are end-to-end encrypted.",
      "Messages to this group are now secured with end-to-end encryption.",
      "Messages you send to this group are now secured with end-to-end encryption.",
      "Messages you send to this chat and calls are now secured with end-to-end encryption.",
    ],
  },
  // sources: chat-analytics media patterns and WJ tables; calls, live location and "you deleted" from WJ Android tables; WhatsApp iOS has no Afrikaans in WJ's iOS tables
  af: {
    mediaOmitted: ["Media weggelaat"],
    fileAttached: ["lêer aangeheg"],
    deleted: ["Hierdie boodskap was uitgevee", "Jy het boodskap uitgevee"],
    location: ["ligging"],
    liveLocation: ["regstreekse ligging gedeel"],
    missedVoiceCall: ["Stemoproep gemis"],
    missedVideoCall: ["Video-oproep gemis"],
  },
  // sources: iOS strings aligned from the ios_ar_* samples; rest from WJ tables; edited from public parsers (unverified)
  ar: {
    mediaOmitted: ["تم استبعاد الوسائط"],
    omitted: {
      image: ["لم يتم إدراج الصورة"],
      video: ["لم يتم إدراج الفيديوهات"],
      gif: ["لم يتم إدراج صورة GIF"],
      audio: ["لم يتم إدراج المقاطع الصوتية"],
      sticker: ["تم حذف الملصقات"],
      document: ["لم يتم إدراج المستند"],
      contact: ["لم يتم إدراج بطاقة جهة اتصال"],
    },
    attached: ["المُرفق"],
    fileAttached: ["الملف مرفق"],
    deleted: ["تم حذف هذه الرسالة", "أنت حذفت هذه الرسالة", "لقد حذَفت هذه الرسالة"],
    edited: ["تم تعديل هذه الرسالة"],
    location: ["موقع", "الموقع"],
    liveLocation: ["تمت مشاركة الموقع المباشر"],
    missedVoiceCall: ["مكالمة صوتية فائتة"],
    missedVideoCall: ["مكالمة فيديو فائتة"],
    encryption: [
      "الرسائل والمكالمات مشفرة تمامًا بين الطرفين، بحيث لا يستطيع أحد خارج هذه الدردشة، ولا حتى شركة واتساب نفسها، قراءتها أو الاستماع إليها.",
    ],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  az: {
    mediaOmitted: ["media buraxıldı", "Media çıxarılmışdır"],
    fileAttached: ["fayl əlavə olunub"],
    deleted: ["Bu ismarıc silindi", "Siz bu ismarıcı sildiniz"],
    location: ["məkan"],
    liveLocation: ["canlı məkan paylaşılıb"],
    missedVoiceCall: ["Buraxılmış zəng"],
    missedVideoCall: ["Buraxılmış video zəng"],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  bg: {
    mediaOmitted: ["Без файл"],
    fileAttached: ["прикачен файл"],
    deleted: ["Съобщението беше изтрито", "Изтрихте това съобщение"],
    location: ["местоположение"],
    liveLocation: ["местоположение в реално време споделено"],
    missedVoiceCall: ["Пропуснато гласово обаждане"],
    missedVideoCall: ["Пропуснато видео обаждане"],
  },
  // sources: chat-analytics media patterns; WJ iOS tables (Localizable.strings v22.24.81) and WJ Android tables (strings.xml)
  bn: {
    mediaOmitted: ["মিডিয়া বাদ দেওয়া হয়েছে", "মিডিয়া বাদ দেওয়া হয়েছে"],
    omitted: {
      image: ["ইমেজ বাদ দেওয়া হয়েছে", "ইমেজ বাদ দেওয়া হয়েছে"],
      video: ["ভিডিও বাদ দেওয়া হয়েছে", "ভিডিও বাদ দেওয়া হয়েছে"],
      gif: ["জিআইএফ বাদ দেওয়া হয়েছে", "জিআইএফ বাদ দেওয়া হয়েছে"],
      audio: ["অডিও বাদ দেওয়া হয়েছে", "অডিও বাদ দেওয়া হয়েছে"],
      sticker: ["স্টিকার বাদ দেওয়া হয়েছে", "স্টিকার বাদ দেওয়া হয়েছে"],
      document: ["ডকুমেন্ট বাদ দেওয়া হয়েছে", "ডকুমেন্ট বাদ দেওয়া হয়েছে"],
      contact: ["পরিচিতির কার্ড বাদ দেওয়া হয়েছে", "পরিচিতির কার্ড বাদ দেওয়া হয়েছে"],
    },
    fileAttached: ["ফাইল সংযুক্ত হয়েছে", "ফাইল সংযুক্ত হয়েছে"],
    deleted: [
      "এই মেসেজটি বাদ দেওয়া হয়েছে।",
      "এই মেসেজটি বাদ দেওয়া হয়েছে।",
      "আপনি এই মেসেজটি বাদ দিয়েছেন",
      "আপনি এই মেসেজটি বাদ দিয়েছেন",
      "আপনি এই মেসেজটি বাদ দিয়েছেন।",
      "আপনি এই মেসেজটি বাদ দিয়েছেন।",
      "এই বার্তাটি মুছে ফেলা হয়েছে",
      "এই বার্তাটি মুছে ফেলা হয়েছে",
      "আপনি এই বার্তাটি মুছে ফেলেছেন",
    ],
    location: ["অবস্থান"],
    liveLocation: ["লাইভ অবস্থান শেয়ার করা হয়েছে", "লাইভ অবস্থান শেয়ার করা হয়েছে"],
    missedVoiceCall: ["ভয়েস কল মিস করেছেন", "ভয়েস কল মিস করেছেন", "মিসড ভয়েস কল", "মিসড ভয়েস কল"],
    missedVideoCall: ["ভিডিও কল মিস করেছেন", "মিস করা ভিডিও কল"],
    encryption: ["মেসেজ এবং কল এন্ড-টু-এন্ড এনক্রিপ্টেড থাকে।"],
  },
  // sources: chat-analytics media patterns; WJ iOS tables (Localizable.strings v22.24.81) and WJ Android tables (strings.xml)
  ca: {
    mediaOmitted: ["fitxers multimèdia omesos", "Mitjans omesos"],
    omitted: {
      image: ["Imatge omesa"],
      video: ["vídeo omès"],
      gif: ["GIF omès"],
      audio: ["Àudio omès"],
      sticker: ["adhesiu omès"],
      document: ["Document omès"],
      contact: ["Targeta de contacte omesa"],
    },
    attached: ["adjunt"],
    fileAttached: ["arxiu adjunt"],
    deleted: [
      "Aquest missatge s'ha suprimit",
      "Has suprimit aquest missatge",
      "Aquest missatge està esborrat",
      "Has esborrat aquest missatge",
    ],
    location: ["ubicació"],
    liveLocation: ["Ubicació en directe compartida"],
    missedVoiceCall: ["Trucada de veu perduda"],
    missedVideoCall: ["Videotrucada perduda", "Trucada de vídeo perduda"],
    encryption: ["Els missatges i les trucades estan xifrats d'extrem a extrem."],
  },
  // sources: iOS strings aligned from the ios_cs sample, Android ones from the android_cs sample; rest from WJ tables
  cs: {
    mediaOmitted: ["Média vynechány", "Média vynechána"],
    omitted: {
      image: ["obrázek vynechán"],
      video: ["video vynecháno"],
      gif: ["GIF vynechán"],
      audio: ["zvukový soubor vynechán"],
      sticker: ["nálepka vynechána"],
      document: ["dokument vynechán"],
      contact: ["Vizitka vynechána"],
    },
    attached: ["příloha"],
    fileAttached: ["soubor byl přiložen"],
    deleted: [
      "Tato zpráva byla smazána",
      "Tuto zprávu jste smazal/a",
      "Tato zpráva byla odstraněna",
      "Tuto zprávu jste odstranil/a",
    ],
    location: ["Poloha"],
    liveLocation: ["byla sdílena aktuální poloha"],
    missedVoiceCall: ["Zmeškaný hovor", "Zmeškaný hlasový hovor"],
    missedVideoCall: ["Zmeškaný videohovor"],
    encryption: [
      "Zprávy a hovory jsou opatřeny koncovým šifrováním.",
      "Zprávy a hovory jsou zabezpečeny koncovým šifrováním.",
    ],
  },
  // sources: chat-analytics media patterns; WJ tables
  da: {
    mediaOmitted: ["medier udeladt", "Mediefil udeladt"],
    omitted: {
      image: ["billede udeladt"],
      video: ["video udeladt"],
      gif: ["GIF udeladt"],
      audio: ["lyd udeladt"],
      sticker: ["klistermærke udeladt"],
      document: ["dokument udeladt"],
      contact: ["Kontaktkort udeladt"],
    },
    attached: ["vedhæftet"],
    fileAttached: ["fil vedhæftet"],
    deleted: [
      "Denne besked er blevet slettet",
      "Du har slettet denne besked",
      "Denne besked blev slettet",
      "Du slettede denne besked",
    ],
    location: ["placering"],
    liveLocation: ["live placering delt"],
    missedVoiceCall: ["Ubesvaret taleopkald", "Mistet opkald"],
    missedVideoCall: ["Ubesvaret videoopkald", "Mistede video opkald"],
    encryption: ["Beskeder og opkald er end-to-end-krypterede."],
  },
  // sources: iOS strings aligned from the ios_de sample; Android/old-iOS ones from the WhatsR de samples (incl. iOS `<angehängt: …>`); edited from several public parsers; video notes, admin deletions, voice chats and polls from real exports
  de: {
    mediaOmitted: ["Medien ausgeschlossen", "Medien weggelassen"],
    omitted: {
      image: ["Bild weggelassen"],
      video: ["Video weggelassen", "Videonotiz weggelassen"],
      gif: ["GIF weggelassen"],
      audio: ["Audio weggelassen"],
      sticker: ["Sticker weggelassen"],
      document: ["Dokument weggelassen"],
      contact: ["Kontaktkarte ausgelassen"],
    },
    attached: ["Anhang", "angehängt"],
    fileAttached: ["Datei angehängt"],
    deleted: ["Diese Nachricht wurde gelöscht", "Du hast diese Nachricht gelöscht"],
    deletedByAdmin: ["Diese Nachricht wurde von Admin {name} gelöscht"],
    edited: ["Diese Nachricht wurde bearbeitet"],
    location: ["Standort"],
    liveLocation: ["Live-Standort wird geteilt"],
    missedVoiceCall: ["Verpasster Sprachanruf"],
    missedVideoCall: ["Verpasster Videoanruf"],
    voiceChat: ["Sprachchat"],
    poll: ["UMFRAGE"],
    pollOption: ["OPTION"],
    encryption: ["Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt."],
  },
  // sources: chat-analytics media patterns; WJ tables
  el: {
    mediaOmitted: ["αρχείο παραλήφθηκε", "Εξαίρεση πολυμέσων"],
    omitted: {
      image: ["εικόνα παραλείφθηκε"],
      video: ["βίντεο παραλείφθηκε"],
      gif: ["Παράληψη GIF"],
      audio: ["ήχος παραλείφθηκε"],
      sticker: ["αυτοκόλλητο παραλήφθηκε"],
      document: ["έγγραφο παραλείφθηκε"],
      contact: ["Η κάρτα επαφής παραλήφθηκε"],
    },
    attached: ["επισυνάφθηκε"],
    fileAttached: ["συνημμένο αρχείο"],
    deleted: ["Αυτό το μήνυμα διαγράφηκε", "Διαγράψατε αυτό το μήνυμα", "Διαγράψατε το μήνυμα"],
    location: ["τοποθεσία"],
    liveLocation: ["η τωρινή τοποθεσία κοινοποιήθηκε"],
    missedVoiceCall: ["Αναπάντητη φωνητική κλήση", "Αναπάντητη κλήση"],
    missedVideoCall: ["Αναπάντητη βιντεοκλήση"],
    encryption: ["Τα μηνύματα και οι κλήσεις κρυπτογραφούνται πλήρως."],
  },
  // sources: iOS strings aligned from the ios_es sample; Android ones from WJ/CA tables; edited from several public parsers; polls from real exports
  es: {
    mediaOmitted: ["Multimedia omitido", "Archivo omitido"],
    omitted: {
      image: ["imagen omitida"],
      video: ["Video omitido"],
      gif: ["GIF omitido"],
      audio: ["audio omitido"],
      sticker: ["sticker omitido"],
      document: ["documento omitido"],
      contact: ["Tarjeta de contacto omitida"],
    },
    attached: ["adjunto"],
    fileAttached: ["archivo adjunto", "archivo adjuntado"],
    deleted: ["Se eliminó este mensaje", "Eliminaste este mensaje", "Este mensaje fue eliminado"],
    edited: ["Se editó este mensaje"],
    location: ["Ubicación"],
    liveLocation: ["ubicación en tiempo real compartida"],
    missedVoiceCall: ["Llamada perdida", "Llamada de voz perdida"],
    missedVideoCall: ["Videollamada perdida"],
    poll: ["ENCUESTA"],
    pollOption: ["OPCIÓN"],
    encryption: ["Los mensajes y las llamadas están cifrados de extremo a extremo."],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  et: {
    mediaOmitted: ["meedia välja jäetud", "Meedia ära jäetud"],
    fileAttached: ["fail lisatud"],
    deleted: ["See sõnum on kustutatud", "Kustutasid selle sõnumi"],
    location: ["asukoht"],
    liveLocation: ["hetke asukoht jagatud"],
    missedVoiceCall: ["Vastamata häälkõne"],
    missedVideoCall: ["Vastamata videokõne"],
  },
  // sources: chat-analytics media patterns; WJ tables (U+200C ZWNJ restored where Persian spelling needs it; unverified)
  fa: {
    mediaOmitted: ["رسانه حذف شد", "پيوست نما/آهنگ حذف شد"],
    omitted: {
      image: ["تصویر حذف شد"],
      video: ["ویدیو حذف شد"],
      gif: ["GIF حذف شد"],
      audio: ["صدا حذف شد"],
      sticker: ["استیکر حذف شد"],
      document: ["سند حذف شد"],
      contact: ["برگ مخاطب حذف شد"],
    },
    attached: ["پیوست"],
    fileAttached: ["پیوست شد"],
    deleted: ["این پیام حذف شده است", "این پیام حذف شد", "شما این پیام را حذف کردید"],
    location: ["موقعیت"],
    liveLocation: ["مکان زنده به اشتراک گذاشته شد"],
    missedVoiceCall: ["تماس صوتی پاسخ داده نشده"],
    missedVideoCall: ["تماس تصویری بی‌پاسخ", "تماس تصویری پاسخ داده نشده"],
    encryption: ["پیام‌ها و تماس‌ها سرتاسر رمزگذاری شده‌اند."],
  },
  // sources: chat-analytics media patterns; WJ tables
  fi: {
    mediaOmitted: ["media jätettiin pois", "Media jätetty pois"],
    omitted: {
      image: ["ei kuvaa"],
      video: ["videota ei sisällytetä"],
      gif: ["GIF-animaatio jätetty pois"],
      audio: ["äänitiedostoa ei sisällytetä"],
      sticker: ["tarraa ei sisällytetty"],
      document: ["dokumenttia ei sisällytetä"],
      contact: ["Yhteystietokortti jätettiin pois"],
    },
    attached: ["liite"],
    fileAttached: ["liitetiedosto"],
    deleted: ["Tämä viesti poistettiin", "Poistit tämän viestin"],
    location: ["sijainti"],
    liveLocation: ["live-sijainti jaettu"],
    missedVoiceCall: ["Vastaamaton äänipuhelu"],
    missedVideoCall: ["Vastaamaton videopuhelu"],
    encryption: ["Viestit ja puhelut salataan täysin."],
  },
  // sources: iOS strings aligned from the ios_fr sample; Android ones from WJ/CA tables; old encryption notice from a JBGruber/rwhatsapp test; edited from several public parsers
  fr: {
    mediaOmitted: ["Médias omis", "Fichier omis"],
    omitted: {
      image: ["image absente"],
      video: ["vidéo absente"],
      gif: ["GIF retiré"],
      audio: ["audio omis"],
      sticker: ["sticker omis"],
      document: ["document manquant"],
      contact: ["Fiche contact manquante"],
    },
    attached: ["pièce jointe"],
    fileAttached: ["fichier joint"],
    deleted: ["Ce message a été supprimé", "Vous avez supprimé ce message"],
    edited: ["Ce message a été modifié"],
    location: ["Localisation"],
    liveLocation: ["Localisation en direct partagée"],
    missedVoiceCall: ["Appel vocal manqué"],
    missedVideoCall: ["Appel vidéo manqué"],
    encryption: [
      "Les messages et les appels sont chiffrés de bout en bout.",
      "Les messages envoyés dans cette discussion et les appels sont désormais protégés avec le chiffrement de bout en bout.",
    ],
  },
  // sources: WJ iOS tables (Localizable.strings v22.24.81)
  ga: {
    omitted: {
      image: ["íomhá ligthe ar lár"],
      video: ["físeán ligthe ar lár"],
      gif: ["GIF ligthe ar lár"],
      audio: ["comhad fuaime ar lár"],
      sticker: ["fágadh an greamán ar lár"],
      document: ["cáipéis ligthe ar lár"],
      contact: ["Cárta teagmhála ar lár"],
    },
    attached: ["ceangailte"],
    deleted: ["Scriosadh an teachtaireacht seo", "Scrios tú an teachtaireacht seo"],
    missedVoiceCall: ["Guthghlao caillte", "Glao Gutha Caillte"],
    missedVideoCall: ["Físghlao caillte"],
    encryption: ["Déantar criptiúchán ó cheann go ceann ar theachtaireachtaí agus ar ghlaonna."],
  },
  // sources: chat-analytics media patterns; WJ tables
  gu: {
    mediaOmitted: ["મિડિયા છોડી મૂકાયું", "મીડિયા અવગણવામાં આવ્યા", "મીડિયા અવગણાયું"],
    omitted: {
      image: ["છબી પડતી મૂકાઈ"],
      video: ["વિડિયો પડતી મુકાઈ"],
      gif: ["GIF પડતી મૂકાઈ"],
      audio: ["ઓડિયો ફાઇલ શામેલ કરી નથી"],
      sticker: ["સ્ટીકર પડતું મુકાયું"],
      document: ["ડોક્યુમેન્ટ સામેલ કર્યું નહિ"],
      contact: ["સંપર્કનું કાર્ડ પડતું મૂકાયું"],
    },
    attached: ["જોડાયેલ"],
    fileAttached: ["ફાઇલ જોડાયેલ"],
    deleted: [
      "આ મેસેજ ડિલીટ કરાયો",
      "તમે આ મેસેજ ડિલીટ કર્યો",
      "આ સંદેશ રદ્દ કરાયો",
      "તમે આ સંદેશને રદ્દ કર્યો",
    ],
    location: ["સ્થળ"],
    liveLocation: ["જીવંત સ્થાન શેર કરાયું"],
    missedVoiceCall: ["છૂટી ગયેલો વોઇસ કૉલ", "છૂટેલો વોઇસ કૉલ", "છૂટી ગયેલ ધ્વનિ કૉલ"],
    missedVideoCall: ["છૂટી ગયેલ વિડિયો કૉલ", "છૂટી ગયેલ વિડિઓ કૉલ"],
    encryption: ["મેસેજ અને કૉલ શરૂથી અંત સુધી સુરક્ષિત છે."],
  },
  // sources: chat-analytics media patterns; WJ tables
  he: {
    mediaOmitted: ["המדיה לא נכללה", "מדיה הושמטה"],
    omitted: {
      image: ["התמונה הושמטה"],
      video: ["סרטון הווידאו הושמט"],
      gif: ["GIF הושמט"],
      audio: ["קטע קול הושמט"],
      sticker: ["סטיקר הושמט"],
      document: ["מסמך הושמט"],
      contact: ["כרטיס איש קשר הושמט"],
    },
    attached: ["מצורף"],
    fileAttached: ["קובץ מצורף"],
    deleted: ["הודעה זו נמחקה", "מחקת את ההודעה הזו", "מחקת הודעה זו"],
    location: ["מיקום"],
    liveLocation: ["משתף מיקום בשידור חי"],
    missedVoiceCall: ["שיחה קולית שלא נענתה"],
    missedVideoCall: ["שיחת וידאו שלא נענתה"],
    encryption: ["ההודעות והשיחות מוצפנות מקצה-לקצה."],
  },
  // sources: iOS strings aligned from the ios_hi sample; Android ones from WJ tables
  hi: {
    mediaOmitted: ["मीडिया के बिना"],
    omitted: {
      image: ["फ़ोटो हटाई गई", "फ़ोटो हटाई गई"],
      video: ["वीडियो छोड़ा गया", "वीडियो छोड़ा गया"],
      gif: ["GIF छोड़ा गया", "GIF छोड़ा गया"],
      audio: ["ऑडियो हटाई गयी"],
      sticker: ["स्टिकर छोड़ा गया", "स्टिकर छोड़ा गया"],
      document: ["डॉक्यूमेंट छोड़ा गया", "डॉक्यूमेंट छोड़ा गया"],
      contact: ["कॉन्टैक्ट कार्ड छोड़ा गया", "कॉन्टैक्ट कार्ड छोड़ा गया"],
    },
    attached: ["अटैच किया गया"],
    fileAttached: ["फाइल अटैच कर दी गई है"],
    deleted: [
      "यह मैसेज डिलीट कर दिया गया है",
      "आपने यह मैसेज डिलीट किया",
      "यह संदेश मिटाया गया",
      "आपने यह संदेश मिटाया",
    ],
    location: ["लोकेशन", "स्थान"],
    liveLocation: ["लाइव स्थान साझा किया गया"],
    missedVoiceCall: ["वॉइस कॉल मिस हुई", "मिस्ड वॉइस कॉल", "छूटी हुई ध्वनि कॉल"],
    missedVideoCall: ["मिस्ड वीडियो कॉल", "छूटी हुई विडियो कॉल"],
    encryption: ["मैसेजेस और कॉल्स एंड-टू-एंड एन्क्रिप्टेड हैं."],
  },
  // sources: chat-analytics media patterns; WJ tables
  hr: {
    mediaOmitted: ["Medijski zapis izostavljen"],
    omitted: {
      image: ["slika izostavljena"],
      video: ["video izostavljen"],
      gif: ["GIF izostavljen"],
      audio: ["zvuk izostavljen"],
      sticker: ["naljepnica izostavljena"],
      document: ["dokument izostavljen"],
      contact: ["Posjetnica izostavljena"],
    },
    attached: ["priloženo"],
    fileAttached: ["datoteka u privitku"],
    deleted: ["Ova je poruka izbrisana", "Izbrisali ste ovu poruku", "Ova poruka je izbrisana"],
    location: ["lokacija"],
    liveLocation: ["trenutna lokacija podijeljena"],
    missedVoiceCall: ["Propušteni glasovni poziv", "Propušten glasovni poziv"],
    missedVideoCall: ["Propušteni videopoziv", "Propušten video poziv"],
    encryption: ["Poruke i pozivi zaštićeni su potpunom enkripcijom."],
  },
  // sources: chat-analytics media patterns; WJ tables
  hu: {
    mediaOmitted: ["média elhagyva", "Hiányzó médiafájl"],
    omitted: {
      image: ["kép küldése sikertelen"],
      video: ["Videó kihagyva"],
      gif: ["GIF fájl kihagyása"],
      audio: ["Hang kihagyása"],
      sticker: ["matrica kihagyva"],
      document: ["dokumentum kihagyva"],
      contact: ["Névjegykártya kihagyva"],
    },
    attached: ["csatolva"],
    fileAttached: ["fájl csatolva"],
    deleted: ["Ez az üzenet törlésre került", "Ezt az üzenetet törölted", "Törölted ezt az üzenetet"],
    location: ["Helyzet"],
    liveLocation: ["tartózkodási hely megosztva"],
    missedVoiceCall: ["Nem fogadott hanghívás"],
    missedVideoCall: ["Nem fogadott videohívás", "Nem fogadott videóhívás"],
    encryption: ["Az üzenetek és hívások végpontok közötti titkosítással vannak védve."],
  },
  // sources: iOS strings aligned from the ios_id sample; Android ones from WJ tables; edited from several public parsers
  id: {
    mediaOmitted: ["Media tidak disertakan"],
    omitted: {
      image: ["gambar tidak disertakan"],
      video: ["video tidak disertakan"],
      gif: ["GIF tidak disertakan"],
      audio: ["audio tidak disertakan"],
      sticker: ["stiker tidak disertakan"],
      document: ["dokumen tidak disertakan"],
      contact: ["Kartu kontak tidak disertakan"],
    },
    attached: ["terlampir"],
    fileAttached: ["file terlampir"],
    deleted: [
      "Pesan ini dihapus",
      "Anda menghapus pesan ini",
      "Pesan ini telah dihapus",
      "Anda telah menghapus pesan ini",
    ],
    edited: ["Pesan ini diedit"],
    location: ["Lokasi"],
    liveLocation: ["Lokasi terkini dibagikan"],
    missedVoiceCall: ["Panggilan suara tak terjawab"],
    missedVideoCall: ["Panggilan video tak terjawab"],
    encryption: ["Pesan dan panggilan terenkripsi secara end-to-end."],
  },
  // sources: iOS strings aligned from the ios_it sample; Android ones from WJ/CA tables; edited from several public parsers
  it: {
    mediaOmitted: ["Media omessi", "Media omesso"],
    omitted: {
      image: ["immagine omessa"],
      video: ["video omesso"],
      gif: ["GIF esclusa"],
      audio: ["audio omesso"],
      sticker: ["sticker non incluso"],
      document: ["documento omesso"],
      contact: ["Scheda contatto omessa"],
    },
    attached: ["allegato"],
    fileAttached: ["file allegato"],
    deleted: ["Questo messaggio è stato eliminato", "Hai eliminato questo messaggio"],
    edited: ["Questo messaggio è stato modificato"],
    location: ["Posizione"],
    liveLocation: ["posizione attuale condivisa"],
    missedVoiceCall: ["Chiamata vocale persa"],
    missedVideoCall: ["Videochiamata persa"],
    encryption: ["I messaggi e le chiamate sono crittografati end-to-end."],
  },
  // sources: iOS strings aligned from the ios_ja sample; Android ones from WJ/CA tables
  ja: {
    mediaOmitted: ["メディアなし", "メディアは含まれていません"],
    omitted: {
      image: ["画像は含まれていません"],
      video: ["ビデオは含まれていません"],
      gif: ["GIFは含まれていません"],
      audio: ["音声は含まれていません"],
      sticker: ["スタンプは含まれていません"],
      document: ["ドキュメントは含まれていません"],
      contact: ["連絡先カードを省略"],
    },
    attached: ["添付ファイル"],
    fileAttached: ["添付ファイル有り"],
    deleted: ["このメッセージは削除されました。", "このメッセージを削除しました。", "このメッセージは削除されました", "このメッセージを削除しました"],
    location: ["位置情報"],
    liveLocation: ["ライブロケーション共有"],
    missedVoiceCall: ["音声通話不在着信", "不在着信"],
    missedVideoCall: ["ビデオ通話不在着信"],
    encryption: ["メッセージと通話はエンドツーエンド暗号化されています。"],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  kk: {
    mediaOmitted: ["файлдар қосылмаған", "Файл қосылған жоқ"],
    fileAttached: ["қосымша файл"],
    deleted: ["Бұл хат жойылды", "Сіз бұл хатты жойдыңыз"],
    location: ["орналасуы"],
    liveLocation: ["қазіргі орынмен бөлісті"],
    missedVoiceCall: ["Жауапсыз қоңырау"],
    missedVideoCall: ["Жауапсыз видео қоңырау"],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  kn: {
    mediaOmitted: ["ಮಾಧ್ಯಮ ಕೈಬಿಡಲಾಗಿದೆ", "ಮೀಡಿಯಾ ಕೈಬಿಡಲಾಗಿದೆ"],
    fileAttached: ["ಕಡತ ಸೇರಿಸಲಾಯಿತು"],
    deleted: ["ಈ ಸಂದೇಶವು ಅಳಿಸಲ್ಪಟ್ಟಿದೆ", "ನೀವು ಈ ಸಂದೇಶವನ್ನು ಅಳಿಸಿದ್ದೀರಿ"],
    location: ["ಸ್ಥಳ"],
    liveLocation: ["ನೇರ ಸ್ಥಳ ಹಂಚಿಕೊಳ್ಳಲಾಗಿದೆ"],
    missedVoiceCall: ["ತಪ್ಪಿದ ಧ್ವನಿ ಕರೆ"],
    missedVideoCall: ["ತಪ್ಪಿದ ದೃಶ್ಯ ಕರೆ"],
  },
  // sources: chat-analytics media patterns; WJ tables
  ko: {
    mediaOmitted: ["미디어 파일 제외됨", "미디어 파일을 생략한 대화내용"],
    omitted: {
      image: ["이미지 생략됨"],
      video: ["비디오 생략됨"],
      gif: ["GIF 생략됨"],
      audio: ["오디오 생략됨"],
      sticker: ["스티커 제외됨"],
      document: ["문서 생략됨"],
      contact: ["연락처 카드 생략됨"],
    },
    attached: ["첨부됨"],
    fileAttached: ["파일 첨부됨"],
    deleted: ["이 메시지는 삭제되었습니다", "삭제한 메시지입니다", "이 메시지를 삭제했습니다"],
    location: ["위치"],
    liveLocation: ["공유한 실시간 위치"],
    missedVoiceCall: ["부재중 전화"],
    missedVideoCall: ["부재중 영상통화"],
    encryption: ["메시지 및 전화는 종단간 암호화되어 안전합니다."],
  },
  // from chat-analytics media patterns only (unverified)
  lo: {
    mediaOmitted: ["ບໍ່ລວມມີເດຍ"],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  lt: {
    mediaOmitted: ["medija praleista", "Praleistas medijos turinys"],
    fileAttached: ["byla prisegta"],
    deleted: ["Ši žinutė buvo ištrinta", "Jūs ištrynėte šią žinutę"],
    location: ["buvimo vieta"],
    liveLocation: ["tiesioginė vieta bendrinama"],
    missedVoiceCall: ["Praleistas balso skambutis"],
    missedVideoCall: ["Praleistas video skambutis"],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  lv: {
    mediaOmitted: ["nav iekļauta multivide", "Bez multivides"],
    fileAttached: ["pievienots fails"],
    deleted: ["Šī ziņa tika izdzēsta", "Jūs izdzēsāt šo ziņu"],
    location: ["atrašanās vieta"],
    liveLocation: ["reāllaika atrašanās vieta"],
    missedVoiceCall: ["Neatbildēts balss zvans"],
    missedVideoCall: ["Neatbildēts video zvans"],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  mk: {
    mediaOmitted: ["без фајлови", "Без фајл"],
    fileAttached: ["прикачен фајл"],
    deleted: ["Оваа порака беше избришана", "Ја избриша оваа порака"],
    location: ["локација"],
    liveLocation: ["споделено локација во живо"],
    missedVoiceCall: ["Пропуштен гласовен повик"],
    missedVideoCall: ["Пропуштен видео повик"],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  ml: {
    mediaOmitted: ["മീഡിയ ഒഴിവാക്കി"],
    fileAttached: ["ഫയൽ ചേർത്തു"],
    deleted: ["ഈ സന്ദേശം ഇല്ലാതാക്കിയതാണ്", "ഈ സന്ദേശം നിങ്ങൾ ഇല്ലാതാക്കി"],
    location: ["സ്ഥലം"],
    liveLocation: ["ലൈവ് ലൊക്കേഷൻ പങ്കിട്ടു"],
    missedVoiceCall: ["വിളി നഷ്ടപ്പെട്ടു"],
    missedVideoCall: ["നഷ്ടമായ വീഡിയോ കാൾ"],
  },
  // sources: chat-analytics media patterns; WJ tables
  mr: {
    mediaOmitted: ["मीडिया वगळण्यात आला", "मीडिया वगळले"],
    omitted: {
      image: ["इमेज वगळली"],
      video: ["व्हिडीओ वगळला"],
      gif: ["GIF वगळले"],
      audio: ["ऑडिओ वगळला"],
      sticker: ["स्टिकर वगळले"],
      document: ["डॉक्युमेंट वगळले"],
      contact: ["संपर्क कार्ड वगळले"],
    },
    attached: ["संलग्न केले"],
    fileAttached: ["फाइल संलग्न"],
    deleted: [
      "हा मेसेज हटवण्यात आला",
      "तुम्ही हा मेसेज हटवला",
      "हा संदेश हटविण्यात आला होता",
      "आपण हा संदेश हटविलात",
    ],
    location: ["स्थान"],
    liveLocation: ["सध्याचे थेट ठिकाण शेअर केले"],
    missedVoiceCall: ["मिस्ड व्हॉइस कॉल"],
    missedVideoCall: ["मिस्ड व्हिडिओ कॉल"],
    encryption: ["मेसेजेस आणि कॉल्स एन्ड-टू-एन्ड एन्क्रिप्शनने सुरक्षित केलेले असतात."],
  },
  // sources: chat-analytics media patterns; WJ tables
  ms: {
    mediaOmitted: ["media dikecualikan", "Media disingkirkan"],
    omitted: {
      image: ["imej tidak dimasukkan"],
      video: ["video tidak dimasukkan"],
      gif: ["GIF tidak dimasukkan"],
      audio: ["audio tidak dimasukkan"],
      sticker: ["pelekat tidak disertakan"],
      document: ["dokumen tidak dimasukkan"],
      contact: ["Kad kenalan tidak dimasukkan"],
    },
    attached: ["dilampir"],
    fileAttached: ["fail dilampirkan"],
    deleted: ["Mesej ini telah dipadam", "Anda telah memadamkan mesej ini"],
    location: ["lokasi"],
    liveLocation: ["lokasi terkini dikongsi"],
    missedVoiceCall: ["Panggilan suara terlepas", "Panggila suara terlepas"],
    missedVideoCall: ["Panggilan video terlepas"],
    encryption: ["Mesej dan panggilan disulitkan hujung ke hujung."],
  },
  // sources: chat-analytics media patterns; WJ tables
  nb: {
    mediaOmitted: ["media utelatt", "Uten vedlegg"],
    omitted: {
      image: ["bilde ikke inkludert"],
      video: ["video utelatt"],
      gif: ["GIF utelatt"],
      audio: ["lyd utelatt"],
      sticker: ["klistremerke utelatt"],
      document: ["utelatt dokument"],
      contact: ["Kontaktkort sløyfet"],
    },
    attached: ["vedlagt"],
    fileAttached: ["vedlagt fil"],
    deleted: ["Denne meldingen ble slettet", "Du slettet denne meldingen"],
    location: ["posisjon"],
    liveLocation: ["posisjon i sanntid delt"],
    missedVoiceCall: ["Tapt taleanrop"],
    missedVideoCall: ["Tapt videoanrop", "Tapt videosamtale"],
    encryption: ["Meldinger og samtaler er ende-til-ende-krypterte."],
  },
  // sources: Android strings from the android_nl sample; iOS ones from WJ tables; edited from several public parsers; polls from real exports
  nl: {
    mediaOmitted: ["Media weggelaten"],
    omitted: {
      image: ["afbeelding weggelaten"],
      video: ["video weggelaten"],
      gif: ["GIF weggelaten"],
      audio: ["audio weggelaten"],
      sticker: ["sticker weggelaten"],
      document: ["document weggelaten"],
      contact: ["Visitekaartje weggelaten"],
    },
    attached: ["bijgevoegd"],
    fileAttached: ["bestand bijgevoegd"],
    deleted: ["Dit bericht is verwijderd", "U hebt dit bericht verwijderd"],
    edited: ["Dit bericht is bewerkt"],
    location: ["locatie"],
    liveLocation: ["live locatie gedeeld"],
    missedVoiceCall: ["Gemiste spraakoproep", "Gemist spraakgesprek"],
    missedVideoCall: ["Gemiste video-oproep", "Gemist videogesprek"],
    poll: ["PEILING"],
    pollOption: ["OPTIE"],
    encryption: [
      "Berichten en oproepen worden end-to-end versleuteld.",
      "Berichten en gesprekken worden end-to-end versleuteld.",
    ],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  pa: {
    mediaOmitted: ["ਮੀਡੀਆ ਛੱਡਿਆ", "ਮੀਡੀਆ ਛਡਿਆ ਗਿਆ", "ਮੀਡੀਆ ਛੱਡਿਆ ਗਿਆ"],
    fileAttached: ["ਅਟੈਚ ਕੀਤੀ ਫਾਇਲ"],
    deleted: ["ਇਸ ਸੁਨੇਹੇ ਨੂੰ ਹਟਾਇਆ ਗਿਆ", "ਤੁਸੀਂ ਇਹ ਸੁਨੇਹਾ ਹਟਾਇਆ"],
    location: ["ਟਿਕਾਣਾ"],
    liveLocation: ["ਮੌਜੂਦਾ ਟਿਕਾਣਾ ਸਾਂਝਾ ਕੀਤਾ"],
    missedVoiceCall: ["ਮਿਸ ਹੋਈ ਆਵਾਜ਼ ਕਾਲ", "ਮਿਸ ਹੋਈ ਆਵਾਜ਼ ਕਾਲ"],
    missedVideoCall: ["ਮਿਸ ਹੋਈ ਵੀਡੀਓ ਕਾਲ"],
  },
  // sources: chat-analytics media patterns; WJ tables
  pl: {
    mediaOmitted: ["pominięto multimedia", "pliki pominięto"],
    omitted: {
      image: ["obraz pominięty"],
      video: ["wideo pominięte"],
      gif: ["Plik GIF pominięty"],
      audio: ["audio pominięte"],
      sticker: ["pominięto naklejkę"],
      document: ["dokument pominięty"],
      contact: ["Pominięta wizytówka kontaktu"],
    },
    attached: ["załączono"],
    fileAttached: ["załączony plik"],
    deleted: ["Ta wiadomość została usunięta", "Usunąłeś(-ęłaś) tę wiadomość", "Usunąłeś(aś) tę wiadomość"],
    location: ["położenie"],
    liveLocation: ["udostępniona transmisja położenia"],
    missedVoiceCall: ["Nieodebrane poł. głosowe", "Nieodebrane połączenie"],
    missedVideoCall: ["Nieodebrane poł. wideo"],
    encryption: ["Wiadomości i połączenia są w pełni zaszyfrowane."],
  },
  // sources: WJ tables; `<Mídia oculta>`, `Mensagem apagada`, `Ligação de voz perdida`, `<Mensagem editada>` and iOS GIF/document strings from several public parsers (unverified); the admin deletion from real exports
  "pt-BR": {
    mediaOmitted: ["Mídia oculta", "Mídia omitida"],
    omitted: {
      image: ["imagem ocultada"],
      video: ["vídeo omitido"],
      gif: ["GIF omitido"],
      audio: ["áudio ocultado"],
      sticker: ["figurinha omitida"],
      document: ["documento omitido"],
      contact: ["Cartão do contato omitido"],
    },
    attached: ["anexado"],
    fileAttached: ["arquivo anexado"],
    deleted: ["Mensagem apagada", "Você apagou esta mensagem", "Esta mensagem foi apagada", "Mensagem apagada por um admin"],
    edited: ["Mensagem editada"],
    location: ["localização"],
    liveLocation: ["localização atual compartilhada"],
    missedVoiceCall: ["Chamada de voz perdida", "Ligação de voz perdida"],
    missedVideoCall: ["Chamada de vídeo perdida", "Ligação de vídeo perdida"],
    encryption: [
      "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta e ficam somente entre você e os participantes desta conversa.",
    ],
  },
  // sources: iOS strings aligned from the ios_pt-PT sample; Android ones from WJ tables
  "pt-PT": {
    mediaOmitted: ["Ficheiro não revelado"],
    omitted: {
      image: ["imagem não revelada"],
      video: ["vídeo não revelado"],
      gif: ["GIF não revelada"],
      audio: ["ficheiro de áudio não revelado"],
      sticker: ["sticker não revelado"],
      document: ["documento não revelado"],
      contact: ["Contacto não revelado"],
    },
    attached: ["anexo"],
    fileAttached: ["ficheiro anexado"],
    deleted: [
      "Esta mensagem foi apagada",
      "Apagou esta mensagem",
      "Esta mensagem foi apagada pelo remetente",
    ],
    location: ["Localização"],
    liveLocation: ["Está a partilhar a sua localização"],
    missedVoiceCall: ["Chamada de voz perdida"],
    missedVideoCall: ["Videochamada perdida"],
    encryption: ["As mensagens e chamadas são encriptadas ponto a ponto."],
  },
  // sources: chat-analytics media patterns; WJ tables (no iOS sticker string there)
  ro: {
    mediaOmitted: ["conținut media omis"],
    omitted: {
      image: ["Imagine omisă"],
      video: ["clip video omis"],
      gif: ["GIF omis"],
      audio: ["fără audio"],
      document: ["document omis"],
      contact: ["Carte de vizită contact omisă"],
    },
    attached: ["atașare"],
    fileAttached: ["fișier atașat"],
    deleted: ["Acest mesaj a fost șters", "Ați șters acest mesaj"],
    location: ["locație"],
    liveLocation: ["locație în timp real distribuită"],
    missedVoiceCall: ["Apel vocal ratat", "Apel vocal nepreluat"],
    missedVideoCall: ["Apel video ratat", "Apel video nepreluat"],
    encryption: ["Mesajele și apelurile sunt criptate integral."],
  },
  // sources: iOS strings aligned from the ios_ru sample, Android ones from the android_ru sample; rest from WJ tables; edited seen in public parsers and a pasted export
  ru: {
    mediaOmitted: ["Без медиафайлов", "Файл пропущен"],
    omitted: {
      image: ["изображение отсутствует"],
      video: ["видео отсутствует"],
      gif: ["GIF отсутствует"],
      audio: ["аудиофайл отсутствует"],
      sticker: ["стикер не добавлен"],
      document: ["документ отсутствует"],
      contact: ["Карточка контакта отсутствует"],
    },
    attached: ["прикреплено"],
    fileAttached: ["файл добавлен"],
    deleted: ["Данное сообщение удалено", "Вы удалили данное сообщение", "Вы удалили это сообщение"],
    edited: ["Сообщение изменено"],
    location: ["Местоположение"],
    liveLocation: ["Геоданные отправлены"],
    missedVoiceCall: ["Пропущенный аудиозвонок"],
    missedVideoCall: ["Пропущенный видеозвонок"],
    encryption: ["Сообщения и звонки защищены сквозным шифрованием."],
  },
  // sources: chat-analytics media patterns; WJ tables (no missed-call strings for sk there)
  sk: {
    mediaOmitted: ["Médiá vynechané"],
    omitted: {
      image: ["obrázok vynechaný"],
      video: ["video vynechané"],
      gif: ["GIF vynechaný"],
      audio: ["zvuk vynechaný"],
      sticker: ["nálepka vynechaná"],
      document: ["dokument vynechaný"],
      contact: ["Karta kontaktu vynechaná"],
    },
    attached: ["príloha"],
    fileAttached: ["súbor pripojený"],
    deleted: ["Táto správa bola odstránená", "Túto správu ste odstránili"],
    location: ["poloha"],
    liveLocation: ["bola zdieľaná aktuálna poloha"],
    encryption: ["Správy a hovory sú zabezpečené šifrovaním počas celého spojenia."],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  sl: {
    mediaOmitted: ["datoteke izpuščene", "Medij izpuščen"],
    attached: ["priloženo"],
    fileAttached: ["priložena datoteka"],
    deleted: ["To sporočilo je bilo izbrisano", "To sporočilo ste izbrisali"],
    location: ["lokacija"],
    liveLocation: ["lokacija v živo je bila deljena"],
    missedVoiceCall: ["Zgrešen klic"],
    missedVideoCall: ["Neodgovorjen video klic"],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  sq: {
    mediaOmitted: ["media u hoq", "Media hequr", "Pa media"],
    fileAttached: ["skedë e ngjitur"],
    location: ["Vendndodhja"],
    liveLocation: ["vendndodhja aktuale u shpërnda"],
    missedVoiceCall: ["Thirrje e shmangur"],
    missedVideoCall: ["Videothirrje e shmangur"],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  sr: {
    mediaOmitted: ["медији су изостављени"],
    fileAttached: ["прикачена датотека"],
    deleted: ["Ова порука је обрисана", "Обрисао/ла си ову поруку"],
    location: ["локација"],
    liveLocation: ["Локација уживо подељена"],
    missedVoiceCall: ["Пропуштен гласовни позив"],
    missedVideoCall: ["Пропуштен видео позив"],
  },
  // sources: chat-analytics media patterns; WJ tables
  sv: {
    mediaOmitted: ["media utelämnat", "Media har utelämnats"],
    omitted: {
      image: ["bild utesluten"],
      video: ["video utesluten"],
      gif: ["GIF utesluten"],
      audio: ["ljud utelslutet"],
      sticker: ["sticker utesluten"],
      document: ["dokument uteslutet"],
      contact: ["Kontaktkort uteslutet"],
    },
    attached: ["bifogat"],
    fileAttached: ["bifogad fil"],
    deleted: [
      "Det här meddelandet raderades",
      "Detta meddelande raderades",
      "Du har tagit bort meddelandet",
      "Du raderade det här meddelandet",
      "Du raderade detta meddelande",
    ],
    location: ["plats"],
    liveLocation: ["liveposition delad"],
    missedVoiceCall: ["Missat röstsamtal", "Missat samtal"],
    missedVideoCall: ["Missat videosamtal"],
    encryption: ["Meddelanden och samtal är komplett krypterade."],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  sw: {
    mediaOmitted: ["media hazijajumuishwa", "Media imerukwa"],
    fileAttached: ["faili limeambatanishwa"],
    deleted: ["Ujumbe huu ulifutwa", "Umefuta ujumbe huu"],
    location: ["Mahali"],
    liveLocation: ["mahali mubashara pameshirikishwa"],
    missedVoiceCall: ["Simu ya sauti uliyoikosa"],
    missedVideoCall: ["Simu ya video uliyoikosa"],
  },
  // from chat-analytics media patterns; WJ Android tables (its file-attached string is truncated, left out; final ் of இருப்பிடம் restored)
  ta: {
    mediaOmitted: ["கோப்புகள் விடப்பட்டன", "ஊடகங்கள் நீக்கப்பட்டது"],
    deleted: ["இத்தகவல் திரும்பப்பெறப்பட்டது", "இத்தகவலை தாங்கள் அழித்தீர்கள்"],
    location: ["இருப்பிடம்"],
    liveLocation: ["இடம் நேரலையாக பகிரபட்டது"],
    missedVoiceCall: ["தவறிய குரல் அழைப்பு"],
    missedVideoCall: ["தவறிய காணொலி அழைப்பு"],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  te: {
    mediaOmitted: ["మీడియా విస్మరించబడింది", "మాధ్యమం విస్మరించబడింది"],
    fileAttached: ["ఫైల్ జోడించబడినది"],
    location: ["స్థలం"],
    liveLocation: ["ప్రత్యక్ష స్థాన భాగస్వామ్యం"],
    missedVoiceCall: ["మిస్సేడ్ వాయిస్ కాల్"],
    missedVideoCall: ["తప్పిన వీడియోకాల్"],
  },
  // sources: iOS strings aligned from the ios_th sample; Android ones from WJ/CA tables (Thai has no full stop: the notice's first clause is given)
  th: {
    mediaOmitted: ["ไฟล์สื่อถูกลบ", "สื่อถูกลบ"],
    omitted: {
      image: ["ไม่มีรูปภาพ"],
      video: ["วิดีโอถูกลบ"],
      gif: ["ละเว้น GIF"],
      audio: ["ไม่มีไฟล์เสียง"],
      sticker: ["ไม่มีสติกเกอร์"],
      document: ["ละเว้นเอกสาร"],
      contact: ["บัตรรายชื่อที่ละเว้น"],
    },
    attached: ["แนบ"],
    fileAttached: ["ไฟล์ที่แนบ"],
    deleted: ["ข้อความนี้ถูกลบแล้ว", "คุณได้ลบข้อความนี้", "ข้อความนี้ได้ถูกลบ", "คุณลบข้อความนี้"],
    location: ["ตำแหน่งที่ตั้ง"],
    liveLocation: ["ตำแหน่งปัจจุบันถูกแบ่งปัน"],
    missedVoiceCall: ["สายที่ไม่ได้รับ"],
    missedVideoCall: ["วิดีโอคอลที่ไม่ได้รับ", "สายโทรวิดีโอที่ไม่ได้รับ"],
    encryption: ["ข้อความและการโทรได้รับการเข้ารหัสจากต้นทางถึงปลายทาง"],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  tl: {
    mediaOmitted: ["Inalis ang media", "Walang kalakip na media"],
    fileAttached: ["nakalakip na file"],
    deleted: ["Itong mensahe ay binura na", "Binura mo itong mensahe"],
    location: ["lokasyon"],
    liveLocation: ["ibinahagi ang live na lokasyon"],
    missedVoiceCall: ["Nakaligtaang voice call"],
    missedVideoCall: ["Nakaligtaang video call"],
  },
  // sources: chat-analytics media patterns; WJ tables (iOS suffix form `<file eklendi>`); edited from several public parsers
  tr: {
    mediaOmitted: ["Medya dahil edilmedi", "Medya atlanmış"],
    omitted: {
      image: ["görüntü dahil edilmedi"],
      video: ["video dahil edilmedi"],
      gif: ["GIF dahil edilmedi"],
      audio: ["ses dahil edilmedi"],
      sticker: ["Çıkartma dahil edilmedi"],
      document: ["belge dahil edilmedi"],
      contact: ["Kişi kartı dahil edilmedi"],
    },
    attachedSuffix: ["eklendi"],
    fileAttached: ["dosya ekli"],
    deleted: ["Bu mesaj silindi", "Bu mesajı sildiniz"],
    edited: ["Bu mesaj düzenlendi"],
    location: ["konum"],
    liveLocation: ["Mevcut konum paylaşıldı"],
    missedVoiceCall: ["Cevapsız sesli arama"],
    missedVideoCall: ["Cevapsız görüntülü arama"],
    encryption: ["Mesajlar ve aramalar uçtan uca şifrelidir."],
  },
  // sources: iOS strings aligned from the ios_uk sample; Android ones from WJ tables
  uk: {
    mediaOmitted: ["Медіа пропущено"],
    omitted: {
      image: ["зображення відсутнє"],
      video: ["відео відсутнє"],
      gif: ["GIF-анімацію пропущено"],
      audio: ["аудіо відсутнє"],
      sticker: ["Наклейку не додано"],
      document: ["документ пропущено"],
      contact: ["Картка контакту відсутня"],
    },
    attached: ["додано"],
    fileAttached: ["файл додано"],
    deleted: ["Це повідомлення було видалено", "Ви видалили це повідомлення"],
    location: ["Розташування", "місцезнаходження"],
    liveLocation: ["геодані надіслано"],
    missedVoiceCall: ["Пропущений аудіодзвінок"],
    missedVideoCall: ["Пропущений відеодзвінок"],
    encryption: ["Повідомлення й дзвінки захищено наскрізним шифруванням."],
  },
  // sources: chat-analytics media patterns; WJ tables
  ur: {
    mediaOmitted: ["میڈیا چھوڑ دیا گیا", "میڈیا ہٹا دیا گیا"],
    omitted: {
      image: ["تصویر نکال دی گئی ہے"],
      video: ["ویڈیو نظرانداز"],
      gif: ["GIF  نظرانداز"],
      audio: ["آڈیو نظرانداز"],
      sticker: ["اسٹیکر نظرانداز"],
      document: ["دستاویز نظرانداز"],
      contact: ["رابطہ کارڈ نظر انداز"],
    },
    attached: ["پیوستہ"],
    fileAttached: ["پیوستہ فائل"],
    deleted: [
      "یہ میسج حذف کر دیا گیا ہے۔",
      "آپ نے یہ میسج حذف کر دیا ہے",
      "آپ نے یہ میسج حذف کر دیا ہے۔",
      "یہ پیغام حذف کیا گیا",
      "آپ نے اس پیغام کو حذف کیا",
    ],
    location: ["مقام"],
    liveLocation: ["جاری مقام کا اشتراک ہوا"],
    missedVoiceCall: ["مسڈ وائس کال", "چھوٹی ہوئی صوتی کال"],
    missedVideoCall: ["مسڈ ویڈیو کال", "چھوٹی ہوئی ویڈیو کال"],
    encryption: ["میسجز اور کالز اینڈ ٹو اینڈ اینکرپشن کے ذریعے محفوظ ہیں۔"],
  },
  // sources: chat-analytics media patterns; WJ Android tables
  uz: {
    mediaOmitted: ["Fayl o‘tkazib yuborildi"],
    fileAttached: ["fayl biriktirildi"],
    deleted: ["Ushbu xabar o‘chirildi", "Siz ushbu xabarni o‘chirdingiz"],
    location: ["joylashuv"],
    liveLocation: ["jonli joylashuv ulashildi"],
    missedVoiceCall: ["O‘tkazib yub. ovozli qo‘ng‘iroq"],
    missedVideoCall: ["O‘tkazib yub. videoqo‘ng‘iroq"],
  },
  // sources: iOS strings aligned from the ios_vi sample; Android ones from WJ/CA tables
  vi: {
    mediaOmitted: ["bỏ qua tệp phương tiện", "Bỏ qua Media"],
    omitted: {
      image: ["đã bỏ qua hình ảnh"],
      video: ["đã bỏ video"],
      gif: ["Đã bỏ qua ảnh GIF"],
      audio: ["bỏ qua tệp âm thanh"],
      sticker: ["đã bỏ sticker"],
      document: ["đã bỏ qua tài liệu"],
      contact: ["Bỏ qua thẻ liên lạc"],
    },
    attached: ["đính kèm"],
    fileAttached: ["tệp đính kèm"],
    deleted: [
      "Tin nhắn này đã bị xóa",
      "Bạn đã xoá tin nhắn này",
      "Tin nhắn này đã bị xoá",
      "Bạn đã xóa tin nhắn này",
    ],
    location: ["Vị trí"],
    liveLocation: ["vị trí hiện thời được chia sẻ"],
    missedVoiceCall: ["Cuộc gọi nhỡ"],
    missedVideoCall: ["Cuộc gọi nhỡ video"],
    encryption: ["Tin nhắn và cuộc gọi được mã hóa đầu cuối."],
  },
  // sources: chat-analytics media patterns; WJ tables (Android location `位置` assumed, WJ has a truncated `位`)
  "zh-CN": {
    mediaOmitted: ["省略多媒体文件"],
    omitted: {
      image: ["照片已忽略"],
      video: ["视频已忽略"],
      gif: ["GIF 动态图已被忽略"],
      audio: ["音频已忽略"],
      sticker: ["贴图已省略"],
      document: ["文档已省略"],
      contact: ["联系人卡片已忽略"],
    },
    attached: ["附件"],
    fileAttached: ["文件附件"],
    deleted: ["这条消息已被删除。", "您已删除这条消息", "您已删除这条消息。", "信息已删除", "您删除这个信息"],
    location: ["位置"],
    liveLocation: ["共享实时位置"],
    missedVoiceCall: ["未接语音通话"],
    missedVideoCall: ["未接视频通话"],
    encryption: ["消息和通话都进行端到端加密。"],
  },
  // sources: chat-analytics media patterns; WJ tables
  "zh-HK": {
    mediaOmitted: ["忽略多媒體檔"],
    omitted: {
      image: ["圖片已略去"],
      video: ["影片已略去"],
      gif: ["GIF 已略去"],
      audio: ["音訊已略去"],
      sticker: ["貼圖已略去"],
      document: ["文件已略去"],
      contact: ["聯絡人卡片已略去"],
    },
    attached: ["附件"],
    fileAttached: ["附件檔案"],
    deleted: ["此訊息已刪除。", "您已刪除此訊息", "您已刪除此訊息。"],
    location: ["位置"],
    liveLocation: ["實時位置已分享"],
    missedVoiceCall: ["未接語音通話"],
    missedVideoCall: ["未接視像通話"],
    encryption: ["訊息和通話經端對端加密。"],
  },
  // sources: chat-analytics media patterns; WJ tables
  "zh-TW": {
    mediaOmitted: ["忽略多媒體檔"],
    omitted: {
      image: ["圖像已省略"],
      video: ["影片已省略"],
      gif: ["GIF 圖片已被省略"],
      audio: ["音訊已省略"],
      sticker: ["貼圖已忽略"],
      document: ["文件已忽略"],
      contact: ["聯絡人卡片已省略"],
    },
    attached: ["附件"],
    fileAttached: ["附件檔案"],
    deleted: ["此訊息已刪除。", "您已刪除此訊息", "您已刪除此訊息。"],
    location: ["位置"],
    liveLocation: ["實時位置已分享"],
    missedVoiceCall: ["未接語音通話"],
    missedVideoCall: ["未接視像通話"],
    encryption: ["訊息已受端對端加密保護。"],
  },
};
