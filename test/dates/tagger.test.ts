// The temporal tagger, specified by annotated sentences (test/fixtures/dates/cases.json): for each
// sentence, exactly the listed expressions are tagged, with these extents and TIMEX3 values.
import { describe, expect, it } from "vitest";
import { tagDates } from "../../lib/dates/index.ts";
import { goldOf, loadCases } from "./score.ts";

const cases = loadCases();

for (const [category, list] of Object.entries(cases)) {
  describe(`tagDates — ${category}`, () => {
    for (const c of list) {
      const want = goldOf(c);
      const title = want.length
        ? `${JSON.stringify(c.text)} → ${want.map((g) => `${g.text}=${g.value}`).join(", ")}${c.ref ? "" : " (no reference)"}`
        : `${JSON.stringify(c.text)} → nothing`;
      it(title, () => {
        const got = tagDates(c.text, { reference: c.ref });
        expect(got.map((t) => [t.text, t.value])).toEqual(want.map((g) => [g.text, g.value]));
        for (const g of want) {
          const t = got.find((x) => x.start === g.start)!;
          expect(t.end).toBe(g.end);
          if (g.type) expect(t.type).toBe(g.type);
        }
      });
    }
  });
}

describe("tagDates — output contract", () => {
  const text = "Talks will be held Jan. 10 in Geneva, after the leaders spoke Thursday at 3:35 p.m. EST for 50 minutes.";
  const got = tagDates(text, { reference: "2021-12-30" });

  it("offsets index into the text as given and text is the slice", () => {
    for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it("matches are sorted by start and never overlap", () => {
    for (let i = 1; i < got.length; i++) expect(got[i]!.start).toBeGreaterThanOrEqual(got[i - 1]!.end);
  });
  it("types are DATE, TIME, DURATION or SET", () => {
    expect(got.map((t) => t.type)).toEqual(["DATE", "DATE", "TIME", "DURATION"]);
  });
  it("the longest match wins ('Thursday, Jan. 13' is one expression, not two)", () => {
    expect(tagDates("The vote is Thursday, Jan. 13.", { reference: "2021-12-30" })).toEqual([
      { start: 12, end: 29, text: "Thursday, Jan. 13", type: "DATE", value: "2022-01-13" },
    ]);
  });
  it("offsets stay JavaScript string indices with astral characters and CRLF line breaks", () => {
    const t = "🎉🎉 Party on Dec. 31.\r\nIt ended Jan. 1.";
    const r = tagDates(t, { reference: "2021-12-30" });
    expect(r.map((x) => t.slice(x.start, x.end))).toEqual(["Dec. 31", "Jan. 1"]);
  });
  it("an expression does not run across a paragraph break", () => {
    const t = "He arrived in June\n\n2014 was a hard year.";
    expect(tagDates(t, { reference: "2021-12-30" }).map((x) => x.text)).toEqual(["June", "2014"]);
  });
  it("a single line break inside an expression is fine", () => {
    expect(tagDates("It began on Dec.\n7, 2021.", { reference: null }).map((x) => x.value)).toEqual(["2021-12-07"]);
  });
  it("empty text → []", () => {
    expect(tagDates("")).toEqual([]);
  });
  it("accepts an ISO date-time as the reference", () => {
    expect(tagDates("They met yesterday.", { reference: "2021-12-30T18:20:00Z" })[0]!.value).toBe("2021-12-29");
  });
  it("an invalid reference is treated as no reference", () => {
    expect(tagDates("They met yesterday.", { reference: "soon" })[0]!.value).toBe("XXXX-XX-XX");
  });
});

describe("tagDates — tense decides bare weekdays and months", () => {
  const ref = "2024-05-20"; // a Monday
  const v = (s: string) => tagDates(s, { reference: ref }).map((t) => t.value);
  it("past clause → the most recent one (the reference day included)", () => {
    expect(v("The two leaders spoke Thursday.")).toEqual(["2024-05-16"]);
    expect(v("The minister resigned Monday.")).toEqual(["2024-05-20"]);
    expect(v("The plant closed in August.")).toEqual(["2023-08"]);
  });
  it("future clause → the next one", () => {
    expect(v("The committee will meet Thursday.")).toEqual(["2024-05-23"]);
    expect(v("The plant is expected to close in August.")).toEqual(["2024-08"]);
    expect(v("Talks are scheduled to resume Jan. 10.")).toEqual(["2025-01-10"]);
  });
  it("'said Thursday' dates the statement even when the clause talks about the future", () => {
    expect(v("The company said Thursday it will cut 300 jobs.")).toEqual(["2024-05-16"]);
  });
  it("a verb joined by 'and' after the date is the subject's next act, not the tense of the dated one", () => {
    expect(v("The party said it would take its case to the court on Thursday and called on its supporters to stay calm.")).toEqual(["2024-05-23"]);
    expect(v("The party took its case to the court on Thursday and called on its supporters to stay calm.")).toEqual(["2024-05-16"]);
  });
  it("a participle someone wants done ('wants the border reopened before August') is ahead; one seen done is past", () => {
    expect(v("The farmers' association wants the border reopened before the harvest in August.")).toEqual(["2024-08"]);
    expect(v("The city needs the bridge repaired by October.")).toEqual(["2024-10"]);
    expect(v("The farmers saw the border closed in August.")).toEqual(["2023-08"]);
  });
  it("what someone threatened or vowed to do is ahead of the threat ('has threatened to strike in August')", () => {
    expect(v("The union has threatened to strike in August unless the board hires more staff.")).toEqual(["2024-08"]);
    expect(v("The rebels vowed to retake the town in August.")).toEqual(["2024-08"]);
    expect(v("The union went on strike in August.")).toEqual(["2023-08"]);
  });
  it("what is wanted now lies ahead ('The union wants a deal before August')", () => {
    expect(v("The union wants a deal before August.")).toEqual(["2024-08"]);
    expect(v("The union wanted a deal before August.")).toEqual(["2023-08"]);
  });
  it("a weekday after 'by' is a deadline ahead, even in a past-tense sentence ('asked the council for instructions by Friday')", () => {
    expect(v("The chief inspector asked the council for clear instructions by Friday.")).toEqual(["2024-05-24"]);
    expect(v("The inspectors left on Friday.")).toEqual(["2024-05-17"]);
  });
  it("passive future ('will be held') is future", () => {
    expect(v("The vote will be held Thursday.")).toEqual(["2024-05-23"]);
  });
  it("a verb spelled alike in base form and past ('cut', 'set', 'put') is past after its subject, not after a modal", () => {
    // Friday gone is 05-17, Friday ahead 05-24.
    expect(v("The ferry board cut fares on Friday.")).toEqual(["2024-05-17"]);
    expect(v("The council set the new rents on Friday.")).toEqual(["2024-05-17"]);
    expect(v("The flood repairs cost the town $2 million on Friday.")).toEqual(["2024-05-17"]);
    expect(v("The ferry board will cut fares on Friday.")).toEqual(["2024-05-24"]);
    expect(v("The mayor is expected to put the plan to the council on Friday.")).toEqual(["2024-05-24"]);
    expect(v("The council will also set the new rents on Friday.")).toEqual(["2024-05-24"]);
    expect(v("A hearing is set for Friday.")).toEqual(["2024-05-24"]);
  });
  it("'last February' said in March is a year back, 'next April' said in March a year on (the month next to it is 'last/next month')", () => {
    const at = (s: string, r: string) => tagDates(s, { reference: r }).map((t) => t.value);
    expect(at("Two rescue helicopters crashed last February.", "2024-03-01")).toEqual(["2023-02"]);
    expect(at("The mill stopped taking orders last February, the owners said.", "2024-03-27")).toEqual(["2023-02"]);
    expect(at("The mill stopped taking orders last January.", "2024-03-12")).toEqual(["2024-01"]);
    expect(at("The new ferry enters service next April.", "2024-03-12")).toEqual(["2025-04"]);
    expect(at("The new ferry enters service next June.", "2024-03-12")).toEqual(["2024-06"]);
    expect(at("The mill stopped taking orders in February.", "2024-03-12")).toEqual(["2024-02"]);
  });
  it("no tense cue → the nearest occurrence", () => {
    expect(v("Jan. 10: talks in Geneva.")).toEqual(["2024-01-10"]);
    expect(v("Talks in Geneva on Wednesday.")).toEqual(["2024-05-22"]);
  });
});

describe("tagDates — rules read only the paragraphs holding their keywords", () => {
  // Expressions at the first and last characters of paragraphs, and a paragraph with no keyword
  // between them: each is found at its own offsets, as when the whole text is read.
  const text = "March 4, 2024\n\nThe port of Velmar stayed shut for three weeks\n\nNo ships came.\n\n2023 was calmer, the harbour board said on Tuesday";
  const got = tagDates(text, { reference: "2024-03-07" });

  it("finds every expression, at a paragraph's edges too", () => {
    expect(got.map((t) => [t.text, t.value])).toEqual([
      ["March 4, 2024", "2024-03-04"],
      ["three weeks", "P3W"],
      ["2023", "2023"],
      ["Tuesday", "2024-03-05"],
    ]);
    for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
