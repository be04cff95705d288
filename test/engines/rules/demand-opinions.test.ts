// A named party's view of what another should do: a contracted negative modal ("shouldn't"), a verb of belief before the
// modal ("believes the custody should be worked out"), and a quotation that goes on in the voice of the one before it.
// Hindsight ("should have waited") and an indirect question ("decide what steps need to be taken") ask nothing.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("contracted negative modals", () => {
  it("'said the council shouldn't sell the pier'", () => {
    expect(brief("Lena Ortiz said the council shouldn't sell the pier.")).toContainEqual({ by: "Lena Ortiz", of: ["the council"], what: "the council shouldn't sell the pier" });
  });

  it("in a quotation: '\"The council mustn't sell the pier,\" Lena Ortiz said.'", () => {
    expect(brief('"The council mustn\'t sell the pier," Lena Ortiz said.')).toContainEqual({ by: "Lena Ortiz", of: ["the council"], what: "The council mustn't sell the pier" });
  });

  it("a pronoun speaker and a quoted passive: 'He said Dorrow Motors \"shouldn't be smothered by anyone else\"'", () => {
    const found = brief('Dorrow Motors chairman Roger Vance answered questions over lunch. He said Dorrow Motors "shouldn\'t be smothered by anyone else."');
    expect(found.some((d) => d.by === "Roger Vance" && /smothered/.test(d.what))).toBe(true);
  });

  it("near miss: hindsight and a forecast ask nothing", () => {
    expect(brief("Lena Ortiz said the council shouldn't have waited so long.")).toEqual([]);
    expect(brief("Lena Ortiz said the council should have sold the pier.")).toEqual([]);
    expect(brief("Lena Ortiz said prices shouldn't rise much next year.")).toEqual([]);
  });
});

describe("a belief about what should be done", () => {
  it("'believes the custody of the child should be worked out between his family members'", () => {
    expect(brief("Juana Ortiz, who arrived in Miami in 1961, believes the custody of the child should be worked out between his family members.")).toContainEqual({
      by: "Juana Ortiz",
      of: [],
      what: "the custody of the child should be worked out between his family members",
    });
  });

  it("other wordings: 'feels that the council must reopen the pier', 'thinks the council should …'", () => {
    expect(brief("Lena Ortiz feels that the council must reopen the pier.")).toContainEqual({ by: "Lena Ortiz", of: ["the council"], what: "the council must reopen the pier" });
    expect(brief("Lena Ortiz thinks the council should reopen the pier.")).toContainEqual({ by: "Lena Ortiz", of: ["the council"], what: "the council should reopen the pier" });
  });

  it("near miss: an observer's belief, a forecast, a schedule, the noun 'thought'", () => {
    expect(brief("Economists at Barclays believe the central bank should cut rates.")).toEqual([]);
    expect(brief("Lena Ortiz thinks prices should fall next year.")).toEqual([]);
    expect(brief("Lena Ortiz believes the pier should be completed by March.")).toEqual([]);
    expect(brief("The thought that the council should act was never raised.")).toEqual([]);
  });
});

describe("a quotation in the voice of the one before it", () => {
  it("'\"…,\" he said. \"Americans and Africans need to strengthen their cooperation …\"'", () => {
    expect(brief('Ambassador Ahmed Sayed condemned the bombings. "Terror has no place in our history," he said. "Americans and Africans need to strengthen their cooperation in this battle" against terrorism.')).toContainEqual({
      by: "Ahmed Sayed",
      of: [],
      what: "Americans and Africans need to strengthen their cooperation in this battle",
    });
  });

  it("after a named attribution: '\"The pier is ours,\" said Lena Ortiz, the union leader. \"The council must reopen it.\"'", () => {
    expect(brief('"The pier is ours," said Lena Ortiz, the union leader. "The council must reopen it."')).toContainEqual({ by: "Lena Ortiz", of: ["the council"], what: "The council must reopen it" });
  });

  it("near miss: an indirect question, and a quotation after reported speech with no quotation", () => {
    expect(brief('"That matter is under review," Eric Holder said. "We will look at that and then decide what steps, if any, need to be taken."')).toEqual([]);
    expect(brief('The pier is old, Lena Ortiz said. "The council must reopen it."')).toEqual([]);
  });
});
