// Demand triggers read from real news families (made-up text in the same shapes): announced orders, rulings and
// decisions, threats with "unless", causatives ("sought to have X sign"), a named body's order, arrest warrants.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("announced orders", () => {
  it("reads 'will order X to …' as an order made", () => {
    expect(brief("The Harbor Board said Monday it will order the Delgado family to hand the boat over to its owner.")).toEqual([
      { by: "Harbor Board", of: [], what: "the Delgado family to hand the boat over to its owner" },
    ]);
  });

  it("leaves 'would order pizza' and the court asked 'to order …' alone", () => {
    expect(brief("The Dover Rowing Club said it would order pizza for the crew.")).toEqual([]);
    expect(brief("The Tallow Valley Residents Association asked the Brent County Court to order the mill to stop discharging waste.").map((d) => d.by)).toEqual([
      "Tallow Valley Residents Association",
    ]);
  });

  it("reads a named body's order: 'the Harbor Authority order that …'", () => {
    const [d] = brief("If the Harbor Authority order that the ferry must be sold is upheld, the owners will appeal.");
    expect(d).toMatchObject({ by: "Harbor Authority" });
    expect(d!.what).toMatch(/^the ferry must be sold/);
    expect(brief("The mill was closed in order that the river could recover.")).toEqual([]);
  });
});

describe("rulings and decisions", () => {
  it("reads 'X must …, Y ruled', its subject carrying a relative clause", () => {
    expect(brief("A dog that bit a mail carrier and chased a cyclist must be put down, the Dover Health Board ruled Tuesday.")).toEqual([
      { by: "Dover Health Board", of: [], what: "A dog that bit a mail carrier and chased a cyclist must be put down" },
    ]);
  });

  it("reads 'decided X should …' and 'ruled that X must …' with no named addressee", () => {
    expect(brief("Faced with two sites, the Dover Water Board decided the town should close the old well by March 3.")).toEqual([
      { by: "Dover Water Board", of: [], what: "the town should close the old well by March 3" },
    ]);
    expect(brief("The Dover Water Board ruled that the town must close the old well by March 3.")[0]).toMatchObject({ by: "Dover Water Board", what: "the town must close the old well by March 3" });
  });

  it("leaves hindsight, a ruling to come and a decision to act oneself alone", () => {
    expect(brief("The Dover Water Board decided it should have closed the well sooner.")).toEqual([]);
    expect(brief("The Dover Water Board will rule on the well next week.")).toEqual([]);
    expect(brief("The Dover Water Board decided to close the well.")).toEqual([]);
    // A prediction is no ruling, and "decided" after it does not make one of a clause that is not its subject's.
    expect(brief("The well is safe and should reopen soon, the Dover Water Board said.")).toEqual([]);
  });
});

describe("threats", () => {
  it("reads 'threatened to … unless X …' as a demand of X", () => {
    expect(brief("The Dover Council threatened to cut off the shelter's funding unless its director, Ana Pike, signed a pledge to close by May.")).toEqual([
      { by: "Dover Council", of: ["Ana Pike"], what: "its director, Ana Pike, signed a pledge to close by May" },
    ]);
    expect(brief("The Dover Teachers Union threatened to strike unless the city raises wages by ten percent.")).toEqual([
      { by: "Dover Teachers Union", of: [], what: "the city raises wages by ten percent" },
    ]);
  });

  it("reads 'threatened to … if X did not …' as a demand that X do it", () => {
    expect(brief("The Dover Council had threatened to revoke the shelter's permit if its director, Ana Pike, did not sign a pledge to close by May.")).toEqual([
      { by: "Dover Council", of: ["Ana Pike"], what: "sign a pledge to close by May" },
    ]);
  });

  it("leaves a plain 'if', 'unless otherwise …' and a denied threat alone", () => {
    expect(brief("The Dover Teachers Union threatened to sue if the school closed.")).toEqual([]);
    expect(brief("The Dover Teachers Union threatened to strike, unless otherwise noted.")).toEqual([]);
    expect(brief("The Dover Teachers Union did not threaten to strike unless Mayor Tom Ruiz cut wages.")).toEqual([]);
  });
});

describe("causatives and warrants", () => {
  it("reads 'sought to have X sign …' as a demand of X", () => {
    expect(brief("Last week, the Harbor Board sought to have the tenants sign a lease to leave the building if they lose their appeal.")).toEqual([
      { by: "Harbor Board", of: ["Tenants"], what: "the tenants sign a lease to leave the building if they lose their appeal" },
    ]);
    expect(brief("Mayor Tom Ruiz is seeking to get the council to approve the budget by June.")[0]).toMatchObject({ by: "Tom Ruiz", what: "approve the budget by June" });
  });

  it("leaves 'sought to have its say' and a preposition after the noun alone", () => {
    expect(brief("The Dover Council sought to have its say on the budget.")).toEqual([]);
    expect(brief("The Dover Council sought to have a point about the budget heard.")).toEqual([]);
  });

  it("reads an arrest warrant as an order, and the verb 'warrants' as none", () => {
    expect(brief("Police in Dover issued a warrant for the arrest of Tom Brandt on Monday.")).toEqual([{ by: "Police", of: [], what: "warrant for the arrest of Tom Brandt" }]);
    expect(brief("The fire at the depot warrants a review of the safety rules, Dover Fire Chief Ann Lee said.")).toEqual([]);
    expect(brief("Police in Dover said the search warrant for the depot was lost.")).toEqual([]);
  });
});

describe("filings and slogans", () => {
  it("credits 'filed a motion in court asking for …' to the filer, not the court", () => {
    expect(brief("In Dover, Paul Weston filed a motion in state court asking for custody of the horse.")).toEqual([{ by: "Paul Weston", of: [], what: "custody of the horse" }]);
    expect(brief("Paul Weston filed a motion in state court on Monday seeking custody of the horse.")).toEqual([{ by: "Paul Weston", of: [], what: "custody of the horse" }]);
  });

  it("reads a slogan after a colon without quotation marks, and no statement so chanted", () => {
    expect(brief("Hundreds of farmers marched in Dale on Sunday, chanting: stop the land grab in Dale.")).toEqual([{ by: "Farmers", of: [], what: "stop the land grab in Dale" }]);
    expect(brief("The Dale Farmers Union marched on Sunday and chanted: we are farmers, not thieves.")).toEqual([]);
    expect(brief("The Dale Farmers Union shouted: the land is ours.")).toEqual([]);
  });
});

describe("an editorial's own calls", () => {
  const EDITORIAL = `The New York Times said in an editorial on Friday, May 3:

Mayor Tom Ruiz has made the right decision to meet the tenants. His presence at the hearing should help clear the way for a deal. Only the most stubborn foes of the mayor can argue that the tenants should not be heard. The best outcome would be for the Harbor Board to return the deposits as soon as the hearing ends. If the board balks, the Dover Council should quickly revoke its permit. Repeated threats against tenants must be met with the severest possible penalties. The Harbor Board should have acted sooner.`;

  it("credits the paper with its calls: 'X should …', a passive 'must be met', 'would be for X to …'", () => {
    expect(brief(EDITORIAL)).toEqual([
      { by: "New York Times", of: ["Harbor Board"], what: "return the deposits as soon as the hearing ends" },
      { by: "New York Times", of: ["Dover Council"], what: "the Dover Council should quickly revoke its permit" },
      { by: "New York Times", of: [], what: "Repeated threats against tenants must be met with the severest possible penalties" },
    ]);
  });

  it("reads no paper's voice into a news story", () => {
    expect(brief("Mayor Tom Ruiz said on Friday that he had met the tenants. The Harbor Board should return the deposits as soon as the hearing ends.")).toEqual([]);
  });
});
