// The baked lexicon (lib/engines/rules/lexicon-data.ts) against compromise itself, loaded here at run time:
// the committed table is what `npm run lexicon` writes today, and every word reads back the classes its
// compromise tags give.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { classesOf, isCommonWord, isFirstName, isImperative, isLyAdverb, isOrganizationName, isPastTense, isPlaceName, isVerbForm } from "../../../lib/engines/rules/lexicon.ts";
import { CLASS } from "../../../lib/engines/rules/lexicon-data.ts";
import { CLASSES, classMask, compromiseLexicon, LEXICON_MODULE, lexiconModule } from "../../../scripts/lexicon.ts";

let lexicon: Record<string, string | string[]>;
beforeAll(async () => {
  ({ lexicon } = await compromiseLexicon());
});

/** The classes compromise's tags give a word, looked up as the engine does (lower-cased, ’ as '). */
function expected(word: string): number | undefined {
  const key = word.toLowerCase().replace(/’/g, "'");
  if (!Object.hasOwn(lexicon, key)) return undefined;
  const t = lexicon[key]!;
  return classMask(Array.isArray(t) ? t : [t]);
}

describe("baked lexicon", () => {
  it("is what `npm run lexicon` writes from the installed compromise (run it after an upgrade)", async () => {
    expect(readFileSync(LEXICON_MODULE, "utf8") === (await lexiconModule()), "lexicon-data.ts is stale: run `npm run lexicon`").toBe(true);
  });

  it("gives every word compromise knows the classes of its tags, in any case; unknown words none", () => {
    const words = Object.keys(lexicon);
    expect(words.length).toBeGreaterThan(20_000);
    const variants = words.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), w.replace(/'/g, "’")]);
    const unknown = ["Peskov", "Zelenskyy", "marched", "resupplying", "blorfly", "", "constructor", "__proto__", "hasOwnProperty"];
    const wrong = [...variants, ...unknown].filter((w) => classesOf(w) !== expected(w));
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it("has one bit per class, in the generator's order", () => {
    expect(Object.keys(CLASS)).toEqual(Object.keys(CLASSES));
    expect(Object.values(CLASS)).toEqual(Object.keys(CLASSES).map((_, i) => 1 << i));
  });

  it("answers the engine's questions as compromise's tags do", () => {
    expect(isFirstName("Steven")).toBe(true);
    expect(isPlaceName("Geneva")).toBe(true);
    expect(isOrganizationName("Netflix")).toBe(true);
    expect(isCommonWord("Secret")).toBe(true);
    expect(isCommonWord("Peskov")).toBe(false);
    expect(isVerbForm("marched")).toBe(true); // unknown, inflected like a verb
    expect(isLyAdverb("publicly")).toBe(true);
    expect(isLyAdverb("rally")).toBe(false);
  });

  it("fills the gaps compromise leaves for its parser: a past listed as an adjective, a bare verb listed as a noun", () => {
    expect(isPastTense("threatened")).toBe(true); // compromise: Adjective (Adj|Past)
    expect(isPastTense("acknowledged")).toBe(true);
    expect(["tell", "call", "sign", "ask"].filter((w) => !isImperative(w))).toEqual([]); // compromise: Singular (Noun|Verb)
    // Still nouns in a noun phrase ("dock workers", "a court order"): only the bare-verb class is added.
    expect(isVerbForm("dock") || isVerbForm("order")).toBe(false);
    expect(isPastTense("docks") || isPastTense("abide")).toBe(false);
  });
});
