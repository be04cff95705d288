// Spans of a cleaned text, found again in the text it was cleaned from.
import { describe, expect, it } from "vitest";
import { keptRanges, projectSpans } from "../../lib/text/project.ts";

describe("projectSpans", () => {
  const source = "HARBOR NEWS | Subscribe\n\nThe pilots  voted on\nMonday to strike.The port said “talks” resume on March 9 — or later.";
  const cleaned = "The pilots voted on Monday to strike. The port said \"talks\" resume on March 9 - or later.";

  it("finds each span's words in the source despite re-spacing, split glue and folded quotes and dashes", () => {
    const at = (s: string) => ({ start: cleaned.indexOf(s), end: cleaned.indexOf(s) + s.length });
    const spans = projectSpans(cleaned, source, [at("voted on Monday"), at("strike. The port"), at("\"talks\""), at("March 9 - or")]);
    expect(spans.map((s) => s && source.slice(s.start, s.end))).toEqual(["voted on\nMonday", "strike.The port", "“talks”", "March 9 — or"]);
  });

  it("answers null for words the source does not have, and finds a repeated passage's next occurrence", () => {
    expect(projectSpans("Tuesday came.", source, [{ start: 0, end: 7 }])).toEqual([null]);
    const spans = projectSpans("met on Monday, and on Monday", "They met on Monday,\nand again on Monday", [
      { start: 7, end: 13 },
      { start: 22, end: 28 },
    ]);
    expect(spans.map((s) => s!.start)).toEqual([12, 33]);
  });

  it("maps a repeated word to each of its own places, not twice to the first", () => {
    const source = "Masthead line\n\nThe vote is on Friday.   Talks end Friday.";
    const cleaned = "The vote is on Friday. Talks end Friday.";
    const spans = [...cleaned.matchAll(/Friday/g)].map((m) => ({ start: m.index, end: m.index + 6 }));
    const out = projectSpans(cleaned, source, spans);
    expect(out.map((s) => s!.start)).toEqual([source.indexOf("Friday"), source.lastIndexOf("Friday")]);
  });

  it("does not find a word inside a longer one", () => {
    const source = "Everyone knows the plan. It starts now.";
    const at = source.lastIndexOf("now");
    expect(projectSpans(source, source, [{ start: at, end: at + 3 }])).toEqual([{ start: at, end: at + 3 }]);
  });
});

describe("keptRanges", () => {
  it("finds a line whose words stood between an editor's braces in the source", () => {
    const source = "The board said it would {not} sell the depot before June.\n";
    const ranges = keptRanges("The board said it would not sell the depot before June.", source);
    expect(ranges.map((r) => source.slice(r.start, r.end))).toEqual(["The board said it would {not} sell the depot before June."]);
  });

  it("keeps the sentences of a line that the cleaner rewrote in part", () => {
    const source = "Crews struck on Monday. Talks {resume|restart} Friday. Pay rises in May.\n";
    const ranges = keptRanges("Crews struck on Monday. Talks resume Friday. Pay rises in May.", source);
    expect(ranges.map((r) => source.slice(r.start, r.end))).toEqual(["Crews struck on Monday.", "Pay rises in May."]);
  });

  it("covers the lines the cleaner kept and not the masthead it dropped", () => {
    const source = "RIVER GAZETTE  Copyright 2019\n\nCrews walked out on Monday.\nTalks resume Friday.\n";
    const ranges = keptRanges("Crews walked out on Monday.\nTalks resume Friday.", source);
    expect(ranges.map((r) => source.slice(r.start, r.end))).toEqual(["Crews walked out on Monday.", "Talks resume Friday."]);
    expect(ranges.some((r) => r.start < source.indexOf("Crews"))).toBe(false);
  });
});
