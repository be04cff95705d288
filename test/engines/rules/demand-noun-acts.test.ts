// A demand named by a noun with its act after "to": "the guild's request to reopen the pier", "a request by the
// father to name him …", "an appeal to residents to conserve water". The agent is the by-phrase's head, and a noun
// phrase that is the sentence's subject ends where the main verb begins.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("a demand noun with 'to' and its act", () => {
  it("a possessor before the noun, as the subject: 'The guild's request to reopen the pier was denied'", () => {
    expect(brief("The Harbour Guild's request to reopen the pier was denied on Monday.")).toEqual([{ by: "Harbour Guild", of: [], what: "reopen the pier" }]);
  });

  it("'by'/'from' after the noun, whose head is the agent: 'a request by Ana's father to name him …'", () => {
    expect(brief("The judges denied a request by Ana Vell's father to name him as her guardian in the custody case.")).toEqual([
      { by: "Ana Vell's father", of: [], what: "name him as her guardian in the custody case" },
    ]);
    expect(brief("A push from the Korvan league to raise the salary cap failed in a narrow vote.")).toEqual([{ by: "the Korvan league", of: [], what: "raise the salary cap" }]);
  });

  it("an addressee between: 'an appeal to residents to conserve water', 'its calls to the government for a pay rise'", () => {
    expect(brief("The mayor's appeal to residents to conserve water went unheeded.")).toEqual([{ by: "the mayor", of: ["Residents"], what: "conserve water" }]);
    expect(brief("The Harbour Guild renewed its calls to the government for a pay rise.")).toEqual([{ by: "Harbour Guild", of: ["the government"], what: "a pay rise" }]);
  });

  it("near miss: a telephone call, a manner 'by calling', a call to action", () => {
    expect(brief("One aide, reporting on a call from the chief of staff to a party leader, said he was worried.")).toEqual([]);
    expect(brief("The mayor's call to action drew a large crowd.")).toEqual([]);
  });
});
