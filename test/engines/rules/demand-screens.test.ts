// Reader screens (demand-words.ts): a screen made from a reader's own word lists passes every sentence holding one of
// their words, so a reader skipped by its screen could have found nothing. Fictional sentences.
import { describe, expect, it } from "vitest";
import { tokenize } from "../../../lib/text/tokens.ts";
import { sentenceWords, wordScreen, wordsOf } from "../../../lib/engines/rules/demand-words.ts";

const words = (s: string) => sentenceWords(tokenize(s));

describe("wordScreen", () => {
  it("passes a sentence holding a word of a set or of an anchored pattern, at any place", () => {
    const screen = wordScreen(new Set(["placard", "banners"]), /^(?:invite[sd]?|summon(?:s|ed)?)$/);
    expect(screen(words("Placard makers waved banners outside the Millbrook depot."))).toBe(true);
    expect(screen(words("The ferry board invited the harbour pilots to talk."))).toBe(true);
    expect(screen(words("Summoned, the pilots came."))).toBe(true);
    expect(screen(words("Nobody came to the Millbrook depot; the invitation was lost."))).toBe(false);
  });

  it("matches whole words only, as the readers' token tests do", () => {
    const screen = wordScreen(/^(?:threaten|threatens)$/);
    expect(screen(words("The union threatens a strike."))).toBe(true);
    expect(screen(words("The union threatened a strike."))).toBe(false);
    expect(screen(words("Unthreatens is no word."))).toBe(false);
  });

  it("keeps screens apart when they share a sentence or a word", () => {
    const a = wordScreen(["until"]);
    const b = wordScreen(["until", "unless"]);
    const c = wordScreen(["provided"]);
    const w = words("The crew stays until the Tarrow council pays.");
    expect([a(w), b(w), c(w)]).toEqual([true, true, false]);
  });

  it("finds words behind curly apostrophes as the tokens fold them", () => {
    expect(wordScreen(["won't"])(words("They won’t sign."))).toBe(true);
  });
});

describe("wordsOf", () => {
  it("lists every word of a finite pattern, and each is matched", () => {
    const re = /^(?:requires?|obligat(?:e|ed|es)|[sd]et)$/;
    expect(wordsOf(re).sort()).toEqual(["det", "obligate", "obligated", "obligates", "require", "requires", "set"]);
    expect(wordsOf(re).every((w) => re.test(w))).toBe(true);
  });

  it("refuses a pattern it cannot list in full", () => {
    for (const re of [/invite/, /^invite|summon$/, /^\p{Ll}+ly$/u, /^a.b$/, /^(?:a|b)$/i, /^ab*$/]) expect(() => wordsOf(re)).toThrow();
  });
});
