// A deadline given as a span of time: "gave Ukraine a week to withdraw its troops", "has given the rebels 48 hours to
// …" — as "until Tuesday to …" is read.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("a deadline as a span of time", () => {
  it("'Russia gave Ukraine a week to withdraw its troops'", () => {
    expect(brief("Russia gave Ukraine a week to withdraw its troops.")).toContainEqual({ by: "Russia", of: ["Ukraine"], what: "withdraw its troops" });
  });

  it("other wordings: '48 hours to …', 'has given the Tarvo Water Board two more days to file its plan'", () => {
    expect(brief("Russia gave Ukraine 48 hours to withdraw its troops.")).toContainEqual({ by: "Russia", of: ["Ukraine"], what: "withdraw its troops" });
    expect(brief("The Tarvo Court has given the Tarvo Water Board two more days to file its plan.")).toContainEqual({ by: "Tarvo Court", of: ["Tarvo Water Board"], what: "file its plan" });
  });

  it("near miss: a gift, time off, time given oneself", () => {
    expect(brief("Russia gave Ukraine a loan to rebuild its ports.")).toEqual([]);
    expect(brief("The company gave its staff two days off to rest.")).toEqual([]);
    expect(brief("Lena Ortiz gave herself a week to decide.")).toEqual([]);
  });
});
