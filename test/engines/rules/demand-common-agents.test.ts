// Demanders and addressees named by a common noun (issue 11): real news names a court, a trust, a legislature or
// "environmental groups" without a proper name as often as it names a person. Fictional sentences.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("a noun phrase opened by an article is read whole, whatever its words are elsewhere", () => {
  it("'a state judge' is the judge named next, not the verb 'state'", () => {
    expect(brief("A state judge ordered Delmar Corp. to pay $4 million. Judge Miriam Okafor said the company had misled investors.")).toEqual([
      { by: "Miriam Okafor", of: ["Delmar Corp"], what: "pay $4 million" },
    ]);
  });

  it("'the appeals court' is a court, not the verb 'appeals'", () => {
    expect(brief("The appeals court told the council to reopen the branches within a month.")).toEqual([
      { by: "the appeals court", of: ["the council"], what: "reopen the branches within a month" },
    ]);
  });

  it("a noun before a past tense heads the subject: 'the library trust sued …, asking'", () => {
    expect(brief("The library trust sued in February, asking the court to declare the closures unlawful.")).toEqual([
      { by: "the library trust", of: ["the court"], what: "declare the closures unlawful" },
    ]);
  });
});

describe("bodies named by a common noun", () => {
  it("'the legislature', 'the jury', 'the party' are bodies that ask and are asked", () => {
    expect(brief("Nurses have asked the legislature to set minimum staffing ratios by law.")).toEqual([
      { by: "Nurses", of: ["the legislature"], what: "set minimum staffing ratios by law" },
    ]);
    expect(brief("The party demanded an inquiry into the contract, its chairman said on Monday.").map((d) => d.by)).toEqual(["the party"]);
  });
});

describe("collectives that act when a modifier says which", () => {
  it("'environmental groups', 'human rights groups', 'aid organizations' act as groups", () => {
    expect(brief("Environmental groups urged the ministry to halt the pipeline.")).toEqual([
      { by: "Environmental groups", of: ["the ministry"], what: "halt the pipeline" },
    ]);
    expect(brief("On Monday, human rights groups urged the ministry to free the reporters.").map((d) => d.by)).toEqual(["Human rights groups"]);
    expect(brief("Aid organizations called for a ceasefire in the north.").map((d) => d.by)).toEqual(["Aid organizations"]);
  });

  it("a plural possessor says whose collective it is: 'patients' groups'", () => {
    expect(brief("Patients' groups have asked the legislature to set minimum staffing ratios by law.")).toEqual([
      { by: "Patients' groups", of: ["the legislature"], what: "set minimum staffing ratios by law" },
    ]);
  });

  it("'groups' alone names nobody", () => {
    expect(brief("On Monday, groups urged the ministry to halt the pipeline.")).toEqual([]);
  });
});
