import { describe, expect, it } from "vitest";
import { itemHighlights, normalizeHighlights, paragraphRanges, segmentArticle } from "../../web/logic/highlight.ts";

const text = "Russia demands talks.\n\nNATO refused. Russia insists.";
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
// [!evidence] [mention] [!+a mention inside the evidence]
const marked = (paragraphs: ReturnType<typeof segmentArticle>) =>
  paragraphs.map((p) => p.segments.map((s) => (s.mark ? `[${s.mark.primary ? "!" : ""}${s.mark.primary && s.mark.mention ? "+" : ""}${s.text}]` : s.text)).join(""));

describe("span → highlight segmentation", () => {
  it("splits paragraphs on blank lines and keeps offsets into the whole text", () => {
    expect(paragraphRanges(text)).toEqual([{ start: 0, end: 21 }, { start: 23, end: text.length }]);
    expect(paragraphRanges("\n\nA\n \n\nB\n")).toEqual([{ start: 2, end: 3 }, { start: 7, end: 9 }]);
    expect(paragraphRanges("")).toEqual([]);
  });

  it("marks every span, the evidence span as primary, and leaves the rest plain", () => {
    const spans = itemHighlights("actor", [at("Russia"), at("Russia", 10)]);
    const paragraphs = segmentArticle(text, spans);
    expect(marked(paragraphs)).toEqual(["[!Russia] demands talks.", "NATO refused. [Russia] insists."]);
    // The segments cover the text exactly: the offsets the grounding step recorded are kept.
    for (const p of paragraphs) {
      expect(p.segments.map((s) => s.text).join("")).toBe(text.slice(p.start, p.end));
      for (const s of p.segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("splits a span that crosses a paragraph break into one mark per paragraph", () => {
    const paragraphs = segmentArticle(text, [{ start: 7, end: 27, primary: true }]);
    expect(marked(paragraphs)).toEqual(["Russia [!demands talks.]", "[!NATO] refused. Russia insists."]);
  });

  it("drops empty, malformed and duplicate spans, and clamps to the text", () => {
    expect(normalizeHighlights([{ start: 5, end: 9 }, { start: 0, end: 6, primary: true }, { start: 5, end: 9 }, { start: 3, end: 3 }, { start: 40, end: 80 }, { start: 90, end: 95 }, { start: NaN, end: 2 }], 50))
      .toEqual([{ start: 0, end: 6, primary: true }, { start: 5, end: 9, primary: false }, { start: 40, end: 50, primary: false }]);
  });

  it("flattens overlaps: a mention inside the evidence sentence still stands out", () => {
    // An actor: the first span is the evidence quote, the others its mentions (one of them inside it).
    const spans = itemHighlights("actor", [{ start: 0, end: 21 }, at("Russia"), at("Russia", 10)]);
    expect(marked(segmentArticle(text, spans))).toEqual(["[!+Russia][! demands talks.]", "NATO refused. [Russia] insists."]);
    // Partly overlapping spans of the same kind become one run.
    expect(marked(segmentArticle(text, [{ start: 0, end: 10, primary: true }, { start: 5, end: 14, primary: true }]))).toEqual(["[!Russia demands] talks.", "NATO refused. Russia insists."]);
  });

  it("marks a mention that starts inside the evidence and ends after it in two runs", () => {
    expect(marked(segmentArticle("abcdefgh", [{ start: 0, end: 4, primary: true }, { start: 2, end: 6 }]))).toEqual(["[!ab][!+cd][ef]gh"]);
  });

  it("treats all of a demand's or date's spans as evidence", () => {
    expect(itemHighlights("demand", [{ start: 1, end: 2 }, { start: 3, end: 4 }]).map((h) => h.primary)).toEqual([true, true]);
    expect(itemHighlights("actor", [{ start: 1, end: 2 }, { start: 3, end: 4 }]).map((h) => h.primary)).toEqual([true, false]);
  });

  it("indexes UTF-16 code units, as JavaScript strings and the schema do", () => {
    const t = "😀 Zelenskyy met “Biden”.";
    const start = t.indexOf("Biden");
    expect(marked(segmentArticle(t, [{ start, end: start + 5, primary: true }]))).toEqual(["😀 Zelenskyy met “[!Biden]”."]);
  });

  it("renders the text unmarked when nothing is selected", () => {
    expect(marked(segmentArticle(text, []))).toEqual(["Russia demands talks.", "NATO refused. Russia insists."]);
  });
});
