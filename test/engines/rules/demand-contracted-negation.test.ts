// A suit not filed, an appeal not made, a permit not applied for are no demands, whether the negation is spelled out
// ("did not file") or contracted ("didn't file"): the tokenizer keeps "didn't" whole, so both must read the same.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const whats = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => d.what);

describe("a contracted negation before the trigger reads as the spelled-out one", () => {
  it.each([
    ["a lawsuit", "Harlow Mills Inc. filed a lawsuit in federal court to block the merger.", "Harlow Mills Inc. didn't file a lawsuit in federal court to block the merger."],
    ["a suit against a party", "Brenna Shipping Co. sued Kestrel Ports Ltd. to block the sale of the terminal.", "Brenna Shipping Co. hasn't sued Kestrel Ports Ltd. to block the sale of the terminal."],
    ["an application", "Ostrava Mining Corp. applied for a permit to reopen the northern shaft.", "Ostrava Mining Corp. hasn't applied for a permit to reopen the northern shaft."],
    ["an appeal", "The Tessin Growers Union will appeal the ruling on water rights.", "The Tessin Growers Union won't appeal the ruling on water rights."],
  ])("%s: made, then not made", (_kind, made, notMade) => {
    expect(whats(made).length).toBeGreaterThan(0);
    expect(whats(notMade)).toEqual([]);
    expect(whats(notMade.replace(/(\w+)n't /, (_m, aux: string) => `${aux === "wo" ? "will" : aux} not `))).toEqual([]);
  });
});
