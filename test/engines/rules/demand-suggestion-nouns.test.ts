// A suggestion named by its noun, with a mandative clause: "made a suggestion that residents boil their water", "the
// board's recommendation that …", and a message "meant to be taken as a suggestion that X offer to resign", whose
// sender is the one who told it the sentence before.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("a suggestion named by its noun", () => {
  it("a message's sender: 'was told … by Mayor Piet Hals …. The message was meant to be taken as a suggestion that Ortiz offer to resign'", () => {
    expect(brief("Lena Ortiz was told on Monday by Mayor Piet Hals that she had lost the council's support. The message to the council leader was meant to be taken as a suggestion that Ortiz offer to resign, one source said.")).toContainEqual({
      by: "Piet Hals",
      of: ["Lena Ortiz"],
      what: "Ortiz offer to resign",
    });
  });

  it("other wordings: 'made a suggestion that residents boil …', 'the Board's recommendation that … came on Monday'", () => {
    expect(brief("The Tarvo council made a suggestion that residents boil their water.")).toContainEqual({ by: "the Tarvo council", of: ["Residents"], what: "residents boil their water" });
    expect(brief("The Tarvo Water Board has made several proposals. The Tarvo Water Board's recommendation that residents boil their water came on Monday.")).toContainEqual({
      by: "Tarvo Water Board",
      of: ["Residents"],
      what: "residents boil their water",
    });
  });

  it("near miss: a suggestion that states a fact, or one with no owner", () => {
    expect(brief("Lena Ortiz said the suggestion that the plan is flawed surprised no one.")).toEqual([]);
    expect(brief("Ana Ruiz rejected the suggestion that she resign.")).toEqual([]);
  });
});
