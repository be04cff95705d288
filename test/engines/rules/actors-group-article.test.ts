// One group is one actor however the article names it: "Relatives" at a sentence's start and "the relatives" later
// are the same people, so the actor list holds them once.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const groups = (text: string) => extractRules({ text, metadata: emptyMetadata() }).actors.filter((a) => a.kind === "group").map((a) => a.name);

describe("a group named with and without 'the'", () => {
  it.each([
    ["relatives", "Relatives of the missing sailors demanded that the Orlin Port Authority resume the search. The relatives also asked the navy to release its logs."],
    ["protesters", "Protesters urged the Tessin council to reopen the library. On Sunday the protesters asked the mayor to meet them."],
    ["farmers", "Farmers called on the Kestrel Water Board to restore the quotas. The farmers want the board to publish its data."],
  ])("%s: one actor", (head, text) => {
    const named = groups(text).filter((g) => g.toLowerCase().endsWith(head));
    expect(named).toHaveLength(1);
  });
});
