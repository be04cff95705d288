// Vows to punish the culprits demand that they face justice; a vow of one's own good works asks nothing.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("a vow to punish", () => {
  it("'vowed to hunt down and bring to justice those who were responsible for …'", () => {
    expect(brief("President Lena Ortiz on Saturday vowed to hunt down and bring to justice those who were responsible for the bombing of the harbor.")).toContainEqual({
      by: "Lena Ortiz",
      of: [],
      what: "hunt down and bring to justice those who were responsible for the bombing of the harbor",
    });
  });

  it("other wordings: 'pledged to track down the gunmen …', 'promised to find those responsible …'", () => {
    expect(brief("Mayor Lena Ortiz pledged to track down the gunmen who attacked the market.")).toContainEqual({ by: "Lena Ortiz", of: [], what: "track down the gunmen who attacked the market" });
    expect(brief("Interior Minister Ana Ruiz promised to find those responsible for the fire.")).toContainEqual({ by: "Ana Ruiz", of: [], what: "find those responsible for the fire" });
  });

  it("near miss: a vow of one's own works", () => {
    expect(brief("Mayor Lena Ortiz vowed to lower taxes.")).toEqual([]);
    expect(brief("Mayor Lena Ortiz pledged to find a solution for the pier.")).toEqual([]);
    expect(brief("Mayor Lena Ortiz promised to bring jobs to the harbor.")).toEqual([]);
  });
});
