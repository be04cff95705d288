// Reader screens (demand-words.ts): a screen made from a reader's own word lists passes every sentence holding one of
// their words, so a reader skipped by its screen could have found nothing. Fictional sentences.
import { describe, expect, it } from "vitest";
import { tokenize } from "../../../lib/text/tokens.ts";
import { sentenceWords, wordScreen } from "../../../lib/engines/rules/demand-words.ts";

const words = (s: string) => sentenceWords(tokenize(s));

describe("wordScreen", () => {
  it("passes a sentence holding a word of a set or of an anchored pattern, at any place", () => {
    const screen = wordScreen(new Set(["placard", "banners"]), /^(?:invite[sd]?|summon(?:s|ed)?)$/);
    expect(screen(words("Placard-makers waved banners outside the Millbrook depot."))).toBe(true);
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

  it("keeps a pattern's own flags", () => {
    const screen = wordScreen(/^\p{Ll}+ly$/u);
    expect(screen(words("She spoke calmly."))).toBe(true);
    expect(screen(words("She spoke."))).toBe(false);
  });

  it("finds words behind curly apostrophes as the tokens fold them", () => {
    expect(wordScreen(["won't"])(words("They won’t sign."))).toBe(true);
  });

  it("refuses a pattern that is not anchored at both ends around one word", () => {
    expect(() => wordScreen(/invite/)).toThrow();
    expect(() => wordScreen(/^invite|summon$/)).toThrow();
  });
});
