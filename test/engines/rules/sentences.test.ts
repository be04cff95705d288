// Sentence and paragraph splitting (lib/text/sentences.ts) and word tokens (lib/text/tokens.ts),
// which the rules engine and the date tagger share.
import { describe, expect, it } from "vitest";
import { sentenceAt, splitParagraphs, splitSentences } from "../../../lib/text/sentences.ts";
import { tokenize } from "../../../lib/text/tokens.ts";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("gives offsets into the text", () => {
    const text = "First one here.  Second one there!\n\nThird?";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(["First one here.", "Second one there!", "Third?"]);
  });

  it("does not split after abbreviations, initialisms and initials", () => {
    expect(texts("Talks are set for Jan. 10 in Geneva. U.S. officials and Dr. Smith met President George W. Bush.")).toEqual([
      "Talks are set for Jan. 10 in Geneva.",
      "U.S. officials and Dr. Smith met President George W. Bush.",
    ]);
  });

  it("ends a sentence after 'p.m.' when a new one starts, but not before a time zone or a weekday", () => {
    expect(texts("The call began at 3:35 p.m. The leaders spoke for 50 minutes.")).toHaveLength(2);
    expect(texts("The call began at 3:35 p.m. EST and lasted 50 minutes.")).toHaveLength(1);
    expect(texts("The quake struck at 10:42 a.m. Thursday near the coast.")).toHaveLength(1);
  });

  it("separates sentences glued without a space (defensive: the cleaner normally does it)", () => {
    expect(texts("set for Jan. 10 in Geneva.White House officials said the call began.")).toEqual([
      "set for Jan. 10 in Geneva.",
      "White House officials said the call began.",
    ]);
    expect(texts("“on the threshold of our home.”As Biden prepared, NATO.Those calls")).toEqual([
      "“on the threshold of our home.”",
      "As Biden prepared, NATO.",
      "Those calls",
    ]);
  });

  it("treats a paragraph break and a run of underscores as boundaries", () => {
    expect(texts("A headline without a stop\n\nPutin wrote it.___Associated Press writers contributed.")).toEqual([
      "A headline without a stop",
      "Putin wrote it.",
      "Associated Press writers contributed.",
    ]);
  });

  it("finds the sentence at an offset", () => {
    const sentences = splitSentences("One. Two. Three.");
    expect(sentenceAt(sentences, 6)?.text).toBe("Two.");
  });
});

describe("splitParagraphs", () => {
  it("splits on blank lines, with offsets", () => {
    const text = "First para\nstill first.\n\n  Second para.";
    const ps = splitParagraphs(text);
    expect(ps.map((p) => p.text)).toEqual(["First para\nstill first.", "Second para."]);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe("tokenize", () => {
  it("keeps initialisms, abbreviations, hyphenated words and numbers whole, and splits off a possessive", () => {
    const toks = tokenize("The U.S. and Brightline Heaters Co. test-fired 1,000 rockets at 3:35 in Russia’s drill.");
    expect(toks.map((t) => t.text)).toEqual([
      "The", "U.S.", "and", "Brightline", "Heaters", "Co.", "test-fired", "1,000", "rockets", "at", "3:35", "in", "Russia", "’s", "drill", ".",
    ]);
    expect(toks.find((t) => t.text === "’s")?.lower).toBe("'s");
  });

  it("gives offsets into the whole text when tokenizing a slice", () => {
    const text = "Skip this. Moscow wants guarantees.";
    const toks = tokenize(text, 11, text.length);
    expect(toks[0]).toMatchObject({ text: "Moscow", start: 11, end: 17 });
  });
});
