// The sentence splitter on hostile punctuation (issue 12 §1): runs of stops with no space after, and
// spans without any stop, give bounded sentences with exact offsets — behaviour, not timing.
import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS, sentenceAt, splitSentences } from "../../lib/text/sentences.ts";
import { tokenize } from "../../lib/text/tokens.ts";
import { Budget, withBudget } from "../../lib/budget.ts";
import { isPrecisError } from "../../lib/errors.ts";

const texts = (t: string) => splitSentences(t).map((s) => s.text);
const offsetsHold = (t: string) => {
  for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
};

describe("splitSentences on runs of punctuation", () => {
  it("keeps a run of stops with no space after inside the sentence it ends, and splits after it when a sentence follows", () => {
    expect(texts("The council met on Monday!!!!!!!! Nobody came.")).toEqual(["The council met on Monday!!!!!!!!", "Nobody came."]);
    expect(texts("Wait for it......and then it rained. The end.")).toEqual(["Wait for it......and then it rained.", "The end."]);
    expect(texts("Really?!?! Yes.")).toEqual(["Really?!?!", "Yes."]);
  });

  it("does not glue-split after a run of stops (only a single stop ends a glued sentence)", () => {
    expect(texts("It ended..Then nothing.")).toEqual(["It ended..Then nothing."]);
    expect(texts("It ended.Then nothing.")).toEqual(["It ended.", "Then nothing."]);
  });

  it("cuts a long run of stops into bounded sentences that cover it, with exact offsets", () => {
    const text = "The mayor spoke. " + "!".repeat(5000) + " After the noise, the vote went ahead.";
    const sentences = splitSentences(text);
    offsetsHold(text);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    // A stop followed by "!" (not a capital) does not end a sentence: the run joins it, then is cut.
    expect(sentences[0]!.text.startsWith("The mayor spoke. !!!")).toBe(true);
    expect(sentences.length).toBeGreaterThanOrEqual(Math.ceil(5000 / MAX_SENTENCE_CHARS));
    expect(sentences.at(-1)!.text).toBe("After the noise, the vote went ahead.");
    // Nothing lost: every "!" is in some sentence.
    expect(sentences.reduce((n, s) => n + (s.text.match(/!/g)?.length ?? 0), 0)).toBe(5000);
  });

  it("cuts text without any stop at a clause boundary or a space, never inside a word", () => {
    const words = Array.from({ length: 2000 }, (_, i) => (i % 7 === 6 ? "harbour," : "vote")).join(" ");
    const sentences = splitSentences(words);
    expect(sentences.length).toBeGreaterThan(words.length / MAX_SENTENCE_CHARS);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(s.text).toMatch(/^(?:vote|harbour,)/);
      expect(s.text).toMatch(/(?:vote|harbour,)$/);
    }
    // A clause boundary is preferred when there is one in reach.
    expect(sentences.slice(0, -1).every((s) => s.text.endsWith(","))).toBe(true);
    offsetsHold(words);
  });

  it("cuts a span with no space at all at the limit, keeping surrogate pairs whole", () => {
    const text = "😀".repeat(1500);
    const sentences = splitSentences(text);
    offsetsHold(text);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(s.text.length % 2).toBe(0);
    }
    expect(sentences.map((s) => s.text).join("")).toBe(text);
  });

  it("treats blank lines and underscore runs inside punctuation runs as boundaries", () => {
    expect(texts("One!!!\n\n\n!!!Two. ___Three")).toEqual(["One!!!", "!!!Two.", "Three"]);
  });

  it("ends a sentence at a blank line even after an abbreviation or an initialism", () => {
    expect(texts("He lives in Dunmore, Pa.\n\nBut the council met Friday.")).toEqual(["He lives in Dunmore, Pa.", "But the council met Friday."]);
    expect(texts("The firm is Halvard Holdings Inc.\n\nIts chief executive declined to comment.")).toEqual(["The firm is Halvard Holdings Inc.", "Its chief executive declined to comment."]);
    expect(texts("Shares were sold to U.S.\n  \nthe fund said on Monday.")).toEqual(["Shares were sold to U.S.", "the fund said on Monday."]);
    // One line break is not a paragraph: the initialism still joins what follows.
    expect(texts("He lives in Dunmore, Pa.\nhis brother said.")).toEqual(["He lives in Dunmore, Pa.\nhis brother said."]);
  });

  it("finds the sentence at an offset by binary search, including in the gaps", () => {
    const text = "One.  Two.  Three.";
    const sentences = splitSentences(text);
    expect(sentenceAt(sentences, 0)?.text).toBe("One.");
    expect(sentenceAt(sentences, 5)?.text).toBe("One.");
    expect(sentenceAt(sentences, 7)?.text).toBe("Two.");
    expect(sentenceAt(sentences, 17)?.text).toBe("Three.");
    expect(sentenceAt([], 3)).toBeUndefined();
  });
});

describe("the shared text helpers check the active work budget", () => {
  const expectTooComplex = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(isPrecisError(e) && e.code).toBe("too_complex");
      expect(isPrecisError(e) && e.retryable).toBe(false);
      return;
    }
    throw new Error("expected too_complex");
  };

  it("splitSentences and tokenize stop with too_complex once the budget has run out", () => {
    const text = "The vote went ahead. ".repeat(2000);
    const spent = new Budget(Date.now() - 1);
    expectTooComplex(() => withBudget(spent, () => splitSentences(text)));
    expectTooComplex(() => withBudget(spent, () => tokenize(text, 0, 40)));
    // Outside a budget, and within a generous one, they work.
    expect(splitSentences(text)).toHaveLength(2000);
    expect(withBudget(Budget.forMs(60_000), () => tokenize("The vote went ahead.").length)).toBe(5);
  });
});
