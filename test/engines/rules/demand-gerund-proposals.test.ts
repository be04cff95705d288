// "recommends replacing …", "advised avoiding …": a gerund after a verb of proposing names the act proposed, the
// subject's demand. A gerund opening a clause of its own ("suggests rising prices will …") is an inference.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, what: d.what }));

describe("a gerund proposed", () => {
  it("'The board recommends replacing …' is the board's demand", () => {
    expect(brief("The regional health board recommends replacing feather bedding in homes where someone has a lung condition.")).toEqual([
      { by: "the regional health board", what: "replacing feather bedding in homes where someone has a lung condition" },
    ]);
  });

  it("'X recommends wiring …, but …' ends at the clause", () => {
    expect(brief("Harlow Telecom recommends wiring the receiver to a cable, but doing so felt like overkill.")).toEqual([
      { by: "Harlow Telecom", what: "wiring the receiver to a cable" },
    ]);
  });

  it("'advised avoiding travel …'", () => {
    expect(brief("The Foreign Ministry advised avoiding travel to the border region.")).toEqual([{ by: "Foreign Ministry", what: "avoiding travel to the border region" }]);
  });

  it("near miss: an inference, an observer, a passive and a pronoun object are no proposal", () => {
    expect(brief("Analysts suggest rising prices will slow growth.")).toEqual([]);
    expect(brief("Analysts recommend buying the shares.")).toEqual([]);
    expect(brief("The evidence suggests rising prices.")).toEqual([]);
    expect(brief("Ana Ruiz suggested nothing of the kind.")).toEqual([]);
  });
});
