import { describe, expect, it } from "vitest";
import { tokenize } from "../../lib/text/tokens.ts";

const words = (text: string) => tokenize(text).map((t) => [t.text, t.lower, t.start, t.end]);

describe("tokenize", () => {
  it("splits a possessive 's (straight or curly) off its noun, with offsets", () => {
    expect(words("Marlow's board")).toEqual([["Marlow", "marlow", 0, 6], ["'s", "'s", 6, 8], ["board", "board", 9, 14]]);
    expect(words("the union’s demand")[1]).toEqual(["union", "union", 4, 9]);
    expect(words("the union’s demand")[2]).toEqual(["’s", "'s", 9, 11]);
  });

  it("keeps contractions and short words whole", () => {
    expect(words("It's here, and she's sure; Al's pier").map((t) => t[0])).toEqual(["It's", "here", ",", "and", "she's", "sure", ";", "Al", "'s", "pier"]);
    expect(words("bus is").map((t) => t[0])).toEqual(["bus", "is"]);
  });
});
