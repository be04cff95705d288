// Rallies held by an actor speak for it: "the government celebrated … with rallies calling for …", "the party has held
// rallies demanding …". A rally nobody is said to hold speaks for those taking part; banners, for whoever carries them.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, what: d.what }));

describe("the holder of the rallies", () => {
  it("'Cuba's communist government celebrated … with rallies calling for the return of …'", () => {
    expect(brief("Earlier Friday, Cuba's communist government celebrated the birth of a national hero with rallies calling for the return of Ana Ruiz.")).toContainEqual({
      by: "Cuba",
      what: "the return of Ana Ruiz",
    });
  });

  it("other wordings: 'marked the anniversary with marches demanding …', 'has held rallies demanding …'", () => {
    expect(brief("The Tarvanian Labour Party marked the anniversary with marches demanding the release of Ana Ruiz.")).toContainEqual({ by: "Tarvanian Labour Party", what: "the release of Ana Ruiz" });
    expect(brief("The Tarvanian Labour Party has held rallies demanding the release of Ana Ruiz.")).toContainEqual({ by: "Tarvanian Labour Party", what: "the release of Ana Ruiz" });
  });

  it("banners speak for whoever carries them: 'Striking nurses marched … with banners demanding …', 'The Tarvo Nurses Union marched with banners …'", () => {
    expect(brief("Striking nurses marched through Tarvo with banners demanding a pay rise.")).toEqual([{ by: "Striking nurses", what: "a pay rise" }]);
    expect(brief("The Tarvo Nurses Union marched with banners demanding a pay rise.")).toEqual([{ by: "Tarvo Nurses Union", what: "a pay rise" }]);
    // With no carrier found, no one: never the banners themselves.
    expect(brief("Banners demanding a pay rise hung from the windows of the Tarvo hospital.").map((d) => d.by)).not.toContain("Banners");
  });

  it("near miss: a rally with no holder speaks for its participants; a rally for a candidate asks nothing", () => {
    expect(brief("A rally in Tarvo demanded the release of Ana Ruiz.")).toEqual([{ by: "Demonstrators", what: "the release of Ana Ruiz" }]);
    expect(brief("The Tarvanian Labour Party held a rally for Ana Ruiz on Sunday.")).toEqual([]);
    expect(brief("The Tarvanian Labour Party held a rally in Tarvo, where Ana Ruiz spoke about her campaign.")).toEqual([]);
  });
});
