// Campaigns for an outcome over someone: "is fighting in the courts to keep the girl in Toronto", "campaigned to free the
// hostages". A sports, firefighting or medical fight, or one over a thing, is no demand.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("a campaign for an outcome over someone", () => {
  it("'is fighting in the courts to keep the girl in Toronto'", () => {
    expect(brief("Mara Voss arrived in November. Mara's paternal great-uncle, backed by a refugee charity, is fighting in the courts to keep the girl in Toronto.")).toContainEqual({
      by: "Mara's paternal great-uncle",
      of: [],
      what: "keep the girl in Toronto",
    });
  });

  it("other wordings: 'campaigned to free the hostages …', 'are fighting to keep the refugees in the country'", () => {
    expect(brief("Lena Ortiz campaigned to free the hostages held in Tarvania.")).toContainEqual({ by: "Lena Ortiz", of: [], what: "free the hostages held in Tarvania" });
    expect(brief("Lena Ortiz and her union are fighting to keep the refugees in the country.")).toContainEqual({ by: "Lena Ortiz", of: [], what: "keep the refugees in the country" });
  });

  it("the outcome stops before a second relative clause: '… to keep the girl in Toronto and who have said …'", () => {
    expect(brief("The plan is opposed by Mara's relatives, who are fighting to keep the girl in Toronto and who have said they can give her a better life.")).toContainEqual({
      by: "Mara's relatives",
      of: [],
      what: "keep the girl in Toronto",
    });
  });

  it("near miss: a game, a fire, a patient, a seat, a fight not fought", () => {
    expect(brief("The Lakers fought to keep their lead in the fourth quarter.")).toEqual([]);
    expect(brief("The Celtics fought to keep the Lakers at bay.")).toEqual([]);
    expect(brief("Firefighters fought to contain the blaze.")).toEqual([]);
    expect(brief("Doctors fought to save his life.")).toEqual([]);
    expect(brief("Lena Ortiz fought to keep her seat in the council.")).toEqual([]);
    expect(brief("Lena Ortiz did not fight to keep the girl in Toronto.")).toEqual([]);
  });
});
