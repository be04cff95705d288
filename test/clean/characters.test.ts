import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../lib/clean/index.ts";
import { findDate, isoDate } from "../../lib/clean/dates.ts";
import { guessLanguage } from "../../lib/clean/language.ts";
import { findDateline } from "../../lib/clean/metadata.ts";
import { isTrailerSentence, junkLineKind } from "../../lib/clean/junk.ts";
import { collapseWhitespace, normalizeCharacters, repairMojibake } from "../../lib/clean/unicode.ts";

describe("character normalisation", () => {
  it("composes to NFC", () => {
    expect(normalizeCharacters("Cafe\u0301 nai\u0308ve")).toBe("Café naïve");
  });

  it("leaves plain text as it is (composed), and changes text with one character to change", () => {
    expect(normalizeCharacters("The ferry runs at night.")).toBe("The ferry runs at night.");
    expect(normalizeCharacters("The ferry\r\nruns\u00a0at night.\ufffd")).toBe("The ferry\nruns at night.");
  });

  it("collapses whitespace runs of any kind, and leaves single spaces", () => {
    expect(collapseWhitespace(" The ferry runs at night. ")).toBe("The ferry runs at night.");
    expect(collapseWhitespace("The  ferry\nruns\tat\u00a0night.")).toBe("The ferry runs at night.");
  });

  it("turns no-break and typographic spaces into spaces and drops zero-width ones and soft hyphens", () => {
    expect(normalizeCharacters("10\u00a0km, 5\u202fkg,\u2009done; zero\u200bwidth\u2060joiner; hy\u00adphen")).toBe("10 km, 5 kg, done; zerowidthjoiner; hyphen");
  });

  it("drops stray control characters but keeps line breaks and ZWJ/ZWNJ, which shape scripts and emoji", () => {
    expect(normalizeCharacters("a\u0000b\u0007c\u001b\u0085d\r\ne\u200cf\u200dg")).toBe("abc\nd\ne\u200cf\u200dg");
  });

  it("keeps curly quotes, dashes and ellipses as written", () => {
    const text = "“Quoted” ‘single’ — dash – en … ellipsis «guillemets»";
    expect(normalizeCharacters(text)).toBe(text);
  });

  it("repairs UTF-8 that was decoded as Windows-1252 upstream", () => {
    expect(repairMojibake("Itâ€™s a â€œtestâ€\u009d for cafÃ© owners")).toBe("It’s a “test” for café owners");
    expect(repairMojibake("Ã‰tat and Â£5 are fine when rare")).toBe("Ã‰tat and Â£5 are fine when rare");
  });

  it("cleans an article end to end: NFC, no odd spaces, trimmed", () => {
    const { text } = cleanArticle("  Re\u0301sume\u0301\u00a0of the\u200b meeting: the board met on Monday and agreed the budget.  \n\n\n\n Second\tparagraph here. ");
    expect(text).toBe("Résumé of the meeting: the board met on Monday and agreed the budget.\n\nSecond paragraph here.");
  });
});

describe("dates as pages write them", () => {
  it.each([
    ["May 20, 2024", "2024-05-20"],
    ["Monday, May 20, 2024", "2024-05-20"],
    ["20 May 2024", "2024-05-20"],
    ["Sept. 3, 2023", "2023-09-03"],
    ["17 juin 2024", "2024-06-17"],
    ["4 de julio de 2024", "2024-07-04"],
    ["14. März 2024", "2024-03-14"],
    ["14.03.2024", "2024-03-14"],
    ["14/06/2023", "2023-06-14"],
    ["2024/05/20", "2024-05-20"],
    ["2024-04-23T21:14:00-04:00", "2024-04-23T21:14:00-04:00"],
    ["2024-04-23 21:14:00", "2024-04-23T21:14:00"],
    ["Wed, 10 Jul 2024 08:00:00 GMT", "2024-07-10"],
    ["Tue Jul 09 2024 10:00:00 GMT+0000", "2024-07-09"],
    ["2024年5月13日", "2024-05-13"],
    ["2024년 5월 13일", "2024-05-13"],
  ])("%s → %s", (input, iso) => expect(isoDate(input)).toBe(iso));

  it.each(["05/06/2024", "2 hours ago", "February 30, 2024", "2024", "May 2024"])("%s is not a full date", (input) => expect(isoDate(input)).toBeNull());

  it("finds the first date inside a line", () => {
    expect(findDate("Published: 12 August 2024, updated May 1, 2025")).toMatchObject({ iso: "2024-08-12", index: 11 });
    // A written date without its year is not a publication date.
    expect(findDate("Published: 12 August, updated May 1")).toBeNull();
  });
});

describe("language", () => {
  it.each([
    ["en", "The council said on Tuesday that the bridge would close for repairs and that the work would take a year."],
    ["fr", "Le conseil a annoncé mardi que le pont serait fermé pour des travaux et que le chantier durerait un an."],
    ["es", "El consejo anunció el martes que el puente se cerrará por obras y que los trabajos durarán un año entero."],
    ["de", "Der Stadtrat hat am Dienstag mitgeteilt, dass die Brücke für Reparaturen gesperrt wird und die Arbeiten ein Jahr dauern."],
    ["ru", "Совет заявил во вторник, что мост будет закрыт на ремонт, и работы продлятся около года, сообщили в мэрии."],
    ["zh", "市议会周二表示，这座桥将关闭进行维修，工程预计持续一年左右，市民出行需要提前规划路线，相关部门将加强交通疏导。"],
    ["ja", "市議会は火曜日、橋を修理のために閉鎖し、工事は約一年かかると発表しました。市民の皆さんは迂回路をご利用ください。"],
  ])("%s", (lang, text) => expect(guessLanguage(text)).toBe(lang));

  it("says nothing for too little text", () => {
    expect(guessLanguage("Hello there")).toBeNull();
  });
});

describe("datelines", () => {
  it.each([
    ["WILMINGTON, Del. (AP) — Presidents spoke.", "WILMINGTON, Del. (AP)", "AP"],
    ["LONDON (Reuters) - Shares fell.", "LONDON (Reuters)", "Reuters"],
    ["(Reuters) - Shares fell.", "(Reuters)", "Reuters"],
    ["PARIS — The museum reopened.", "PARIS", null],
    ["NEW DELHI: The government said.", "NEW DELHI", null],
    ["HARBOR CITY (Coastline News) — The council voted.", "HARBOR CITY (Coastline News)", null],
  ])("%s", (paragraph, dateline, agency) => expect(findDateline(paragraph)).toEqual({ dateline, agency }));

  it.each(["NATO — the alliance met.", "Meanwhile — nothing happened.", "UPDATE: the road is open.", "The mayor — who spoke first — said no."])("not a dateline: %s", (paragraph) =>
    expect(findDateline(paragraph)).toBeNull(),
  );
});

describe("junk lines are whole lines of furniture, never prose that mentions the same words", () => {
  it.each([
    ["Advertisement", "ad"],
    ["Story continues below advertisement", "ad"],
    ["6 min read", "reading-time"],
    ["Copyright © 2024 Report Wire. All Rights Reserved", "copyright"],
    ["© Le Courrier de la Loire 2024 - Tous droits réservés", "copyright"],
    ["This material may not be published, broadcast, rewritten or redistributed.", "copyright"],
    ["Read More", "read-more"],
    ["Sign up for our daily newsletter", "newsletter"],
    ["Follow us on Facebook for more local news", "social"],
    ["Share: Facebook | Twitter | Email", "share"],
    ["We use cookies to improve your experience. By continuing you agree to our cookie policy.", "cookie-banner"],
    ["Photo: Jane Doe/Reuters", "caption"],
    ["(AP Photo/Evan Vucci)", "caption"],
    ["Tags: bridges, council, traffic", "tags"],
    ["Proudly powered by WordPress", "footer"],
    ["This post may contain affiliate links.", "disclosure"],
    // Rules whose key words may come anywhere in the line (each is tried only when they occur).
    ["Harbor Ledger Media Group. All rights reserved.", "copyright"],
    ["Diario del Puerto, todos los derechos reservados", "copyright"],
    // A word boundary for any script: `\b` knows only ASCII letters, so a Cyrillic notice never matched.
    ["Вечерний Порт. Все права защищены.", "copyright"],
    ["江城日报 版权所有", "copyright"],
    ["No part of this story may be reproduced without written permission.", "copyright"],
    ["This website uses cookies to give you the best experience.", "cookie-banner"],
    ["Share your ferry photos and tag @harborledger", "social"],
  ])("%s → %s", (line, kind) => expect(junkLineKind(line)).toBe(kind));

  it.each([
    "Copyright lawyers say the ruling will change how songs are licensed.",
    "The EU's cookie rules require websites to ask for consent before tracking visitors.",
    "He entered the building without permission, police said.",
    "Join the protest, organisers said in an email on Monday.",
    "The bridge was designed by Isambard Kingdom Brunel and powered by steam.",
    "Subscribers will pay more from June.",
    "Read more about the plan on page 4 of the report, which runs to 300 pages.",
  ])("keeps: %s", (line) => expect(junkLineKind(line)).toBeNull());

  it.each(["Jane Roe in Boston contributed to this report.", "Reporting by Jane Roe; Editing by John Doe", "Our Standards: The Thomson Reuters Trust Principles."])("trailer: %s", (s) =>
    expect(isTrailerSentence(s)).toBe(true),
  );
  it("but a last sentence about research is the article's", () => {
    expect(isTrailerSentence("Research by the university found the same pattern in 2019.")).toBe(false);
  });
});
