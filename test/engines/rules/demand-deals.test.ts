// Business demands (issue 11, gold8): what a bidder, proposer, plaintiff or management wants of another party in a deal
// or a dispute. Fictional sentences, three wordings or more per trigger, and the near misses that must stay no demand:
// a company's own plan, results, an issue of its own shares, an analyst's opinion, a deal already done.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const run = (text: string) => extractRules({ text, metadata: emptyMetadata() });
const brief = (text: string) => run(text).demands.map((d) => ({ by: d.by, of: d.of, what: d.what, status: d.status }));

describe("an offer made, kept open or ended by the bidder", () => {
  it("'launched a $22-a-share tender offer for X' is the bidder's demand of X", () => {
    expect(brief("Kestrel Partners launched a $22-a-share tender offer for Halvard Foods Inc.")).toEqual([
      { by: "Kestrel Partners", of: ["Halvard Foods Inc"], what: "a $22-a-share tender offer for Halvard Foods Inc", status: "made" },
    ]);
  });

  it("'extended its offer of $31 a share, or about $90 million, for the 40% of X' names the bidder through 'its'", () => {
    const d = brief("Marlow Group Ltd. extended its offer of $31 a share, or about $90 million, for the 40% of Tessin Corp. that it doesn't already own.");
    expect(d).toEqual([expect.objectContaining({ by: "Marlow Group Ltd", of: ["Tessin Corp"], what: expect.stringContaining("offer of $31 a share") })]);
  });

  it("'extended to Nov. 20 its offer' reads the verb over the date it runs to, and the bidder over its apposition", () => {
    const d = brief("Tarn Acquisition Corp., a partnership of Orlin Capital and Vesta Holdings Ltd., extended to Nov. 20 its $45-a-share offer for all Brisco Industries Inc. shares.");
    expect(d.map((x) => [x.by, x.of])).toEqual([["Tarn Acquisition Corp", ["Brisco Industries Inc"]]]);
  });

  it("status only from what the text says happened: rejected by the target, withdrawn, completed", () => {
    expect(brief("Earlier this year, Ardent Capital made a $15-a-share offer for Brisco Industries Inc., which the Brisco board said it rejected.")[0]?.status).toBe("rejected");
    // Withdrawn after a deadline: the offer was made and got no answer; the deadline that ran out is no pending answer.
    const withdrawn = brief("Velt Airways Inc. said it withdrew its offer to acquire Corran Air Corp. because the carrier didn't respond by yesterday, a deadline Velt had set.");
    expect(withdrawn).toEqual([{ by: "Velt Airways Inc", of: ["Corran Air Corp"], what: "offer to acquire Corran Air Corp", status: "made" }]);
    expect(brief("Norvik Corp. completed its tender offer for Pelham Mills Inc., with holders tendering 98% of the shares.")[0]).toMatchObject({ by: "Norvik Corp", status: "accepted" });
  });

  it("a priced offer with no target after it is for the company answering or receiving it", () => {
    expect(brief("Brisco Industries Inc. rejected Ardent Capital's $20-a-share offer as inadequate.")).toEqual([
      { by: "Ardent Capital", of: ["Brisco Industries Inc"], what: "$20-a-share offer", status: "rejected" },
    ]);
    expect(brief("Pelham Mills Inc. received a $45-a-share bid from Norvik Corp. on Monday.")).toEqual([
      expect.objectContaining({ by: "Norvik Corp", of: ["Pelham Mills Inc"], what: "a $45-a-share bid" }),
    ]);
    expect(brief("A C$30-a-share bid by Orlin Capital Ltd., a Basel investment firm, was extended to Nov. 16.").map((d) => [d.by, d.what])).toEqual([["Orlin Capital Ltd", "A C$30-a-share bid"]]);
  });

  it("near miss: an offer with no company or shares to buy, an option weighed, a bare raise", () => {
    expect(brief("Halvard Corp. offered help to the flood victims.")).toEqual([]);
    expect(brief("Velt Airways Inc. could make a tender offer for Corran Air Corp.")).toEqual([]);
    expect(brief("Kestrel Partners raised its offer.")).toEqual([]);
    expect(brief("Mayor Ilse Varga launched her bid for re-election on Monday.")).toEqual([]);
    expect(brief("The offer period ends on Friday.")).toEqual([]);
    expect(brief("The board said Mr. Renk's offer is all cash.")).toEqual([]);
  });
});

describe("a deal told as someone else's guess, an expectation or a denial", () => {
  it("near miss: analysts' and traders' guesses, 'is expected to', a denial", () => {
    expect(brief("Analysts expect Ardent Capital to offer $20 a share for Brisco Industries Inc.")).toEqual([]);
    expect(brief("Analysts said Ardent Capital should bid for all of Brisco Industries Inc.")).toEqual([]);
    expect(brief("Some analysts believe Norvik Corp. will launch a tender offer for Pelham Mills Inc.")).toEqual([]);
    expect(brief("Traders speculated that Norvik Corp. would seek to acquire Pelham Mills Inc.")).toEqual([]);
    expect(brief("Norvik Corp. is expected to make a $30-a-share bid for Pelham Mills Inc.")).toEqual([]);
    expect(brief("Norvik Corp. denied it plans to make a bid for Pelham Mills Inc.")).toEqual([]);
  });

  it("the bidder's own word stays: 'Norvik said it would make a tender offer for …'", () => {
    expect(brief("Norvik Corp. said it would make a tender offer for Pelham Mills Inc.").map((d) => d.by)).toEqual(["Norvik Corp"]);
  });
});

describe("an offer or a bid as a verb", () => {
  it("'offered $18 a share to acquire X', 'offered to buy X for $200 million', 'is willing to bid for all of X'", () => {
    expect(brief("Ardent Capital offered $18 a share to acquire all of Brisco Industries Inc.'s shares.")).toEqual([
      expect.objectContaining({ by: "Ardent Capital", of: ["Brisco Industries Inc"], what: expect.stringContaining("$18 a share to acquire") }),
    ]);
    expect(brief("Crane Co. offered to buy Milton Roy Co. for $200 million.")).toEqual([expect.objectContaining({ by: "Crane Co", of: ["Milton Roy Co"], what: "buy Milton Roy Co. for $200 million" })]);
    expect(brief("Marlow Group Ltd. is willing to bid for all of Tessin Corp.")).toEqual([expect.objectContaining({ by: "Marlow Group Ltd", what: "bid for all of Tessin Corp" })]);
  });

  it("one still weighing a bid is its maker, with no answer yet ('considering' is the bidder's, not the target's)", () => {
    const d = brief("Lisle Theatres Corp. directors said the chairman, Tomas Renk, is considering bidding 400 million Canadian dollars to acquire the company.");
    expect(d).toEqual([expect.objectContaining({ by: "Tomas Renk", of: ["Lisle Theatres Corp"], status: "made" })]);
  });

  it("'are negotiating financing before offering …' is the negotiators' offer, not the board's that reports it", () => {
    const d = brief("The board said Tomas Renk and Ana Pell are negotiating financing before offering $16 a share to acquire all of Lisle Theatres Corp.'s shares.");
    expect(d.map((x) => x.by)).toEqual(["Tomas Renk"]);
  });

  it("a condition on the bid stays with it, and its 'agree' answers nothing", () => {
    const d = brief("Marlow Group Ltd. is willing to bid for all of Tessin Corp. if the government agrees to relax the anti-takeover rule.");
    expect(d).toEqual([expect.objectContaining({ what: expect.stringContaining("if the government agrees to relax the anti-takeover rule"), status: "made" })]);
  });

  it("near miss: an issue of its own shares, results, a plan of its own, a deal already done", () => {
    expect(brief("Brisco Industries Inc. went public this month, offering 1,745,000 shares of common stock at $15 a share.")).toEqual([]);
    expect(brief("Velt Airways Inc. offered 5% more shares to its employees.")).toEqual([]);
    expect(brief("Tessin Corp. reported net income of $4 million, or 30 cents a share, on revenue of $52 million.")).toEqual([]);
    expect(brief("Halvard Foods Inc. plans to open 40 stores next year.")).toEqual([]);
    expect(brief("Norvik Corp. acquired Pelham Mills Inc. last year for $300 million.")).toEqual([]);
  });
});

describe("a proposal to another party", () => {
  it("'had proposed acquiring X for $7 a share', 'proposed to buy the 22% of X', 'proposed changing its offer'", () => {
    expect(brief("Velt Airways Inc. had proposed acquiring Corran Air Corp. for $7 a share.")).toEqual([
      expect.objectContaining({ by: "Velt Airways Inc", of: ["Corran Air Corp"], what: "acquiring Corran Air Corp. for $7 a share" }),
    ]);
    expect(brief("Orlin Corp. proposed to buy the 22% it doesn't own of its unit, Orlin Systems Inc.").map((d) => d.by)).toEqual(["Orlin Corp"]);
    expect(brief("Brisco Industries Inc. said Ardent Capital has proposed changing its offer to $12 in cash plus a preferred share.")).toEqual([
      expect.objectContaining({ by: "Ardent Capital", what: expect.stringContaining("changing its offer") }),
    ]);
  });

  it("'rejected a proposal from X to combine the two carriers' is X's proposal, rejected", () => {
    expect(brief("Earlier, Corran Air Corp. had rejected a general proposal from Velt Airways Inc. to combine the two carriers.")).toEqual([
      { by: "Velt Airways Inc", of: [], what: "combine the two carriers", status: "rejected" },
    ]);
  });

  it("near miss: a policy of one's own, an adjective, a passive", () => {
    expect(brief("The government proposed raising the pension age to 67.")).toEqual([]);
    expect(brief("Ana Pike proposed a new tax.")).toEqual([]);
    expect(brief("Under the proposed guidelines, its preferred stock would not count as capital.")).toEqual([]);
    expect(brief("A merger of the two carriers was proposed last year.")).toEqual([]);
    expect(brief("Tessin Corp. proposed buying back 10% of its shares.")).toEqual([]);
  });
});

describe("a recommendation by management or a board", () => {
  it("'management recommended a suspension of …' is the company's, through its management", () => {
    expect(brief("Tessin Savings Bank's shares fell after management recommended a suspension of dividend payments on its common stock.")).toEqual([
      expect.objectContaining({ by: "Tessin Savings Bank", what: "a suspension of dividend payments on its common stock" }),
    ]);
  });

  it("'would recommend to its board today that the dividend be reinstated': whom it is put to, then the clause", () => {
    expect(brief("Lorvan Energy Corp. said management would recommend to its board today that the dividend be reinstated later this year.")).toEqual([
      expect.objectContaining({ by: "Lorvan Energy Corp", what: "the dividend be reinstated later this year" }),
    ]);
    expect(brief("The Pelham Mills board recommended to shareholders that they reject the Norvik offer.").map((d) => d.what)).toEqual(["they reject the Norvik offer"]);
    expect(brief("Velt Airways Inc.'s management recommended that the board should suspend the dividend.").map((d) => d.by)).toEqual(["Velt Airways Inc"]);
  });

  it("near miss: analysts' advice, and 'suggesting that …should be able to' predicts", () => {
    expect(brief("Analysts recommended a purchase of Tessin Corp. shares.")).toEqual([]);
    expect(brief("Still, there will be fast charging, with Corvan suggesting that the new model should be able to charge in under thirty minutes.")).toEqual([]);
  });
});

describe("seeking, trying or suing to act on another party", () => {
  it("'is seeking to oust X as chairman', 'would seek to liquidate the maker', 'seeks to hire X'", () => {
    expect(brief("Martin Orlov already is seeking to oust Ana Dahl as chairman of Brisco Industries Inc.")).toEqual([
      expect.objectContaining({ by: "Martin Orlov", of: ["Ana Dahl", "Brisco Industries Inc"], what: "oust Ana Dahl as chairman of Brisco Industries Inc" }),
    ]);
    // "said it would …": the "it" is whoever said so, not the company named last.
    expect(brief("Kestrel Partners launched a tender offer for Halvard Foods Inc., and said it would seek to liquidate the food maker promptly.").map((d) => [d.by, d.what])).toContainEqual([
      "Kestrel Partners",
      "liquidate the food maker promptly",
    ]);
    expect(brief("Norvik Corp. seeks to hire producers Jon Tarrant and Ana Pell to run the studio.")[0]).toMatchObject({ by: "Norvik Corp", of: ["Jon Tarrant", "Ana Pell"] });
  });

  it("a suit 'filed … by X that seeks to …', X's effort to …, litigation 'in an attempt to …'", () => {
    expect(brief("Halvard officials said they had not seen a suit filed in federal court by Kestrel Partners that seeks to nullify a standstill agreement with Halvard Foods Inc.")).toEqual([
      expect.objectContaining({ by: "Kestrel Partners", what: expect.stringContaining("nullify a standstill agreement") }),
    ]);
    expect(brief("Still unresolved is Norvik Corp.'s effort to hire producer Jon Tarrant to run the studio.")[0]).toMatchObject({ by: "Norvik Corp", of: ["Jon Tarrant"] });
    expect(brief("Pelham Films Co. has been locked in litigation with Orbis Studios Inc. in an attempt to get out of a production contract with Orbis.")).toEqual([
      expect.objectContaining({ by: "Pelham Films Co", of: ["Orbis Studios Inc"], what: "get out of a production contract with Orbis" }),
    ]);
  });

  it("'sued X to block …', 'is waging a proxy fight to oust …', 'launched a campaign to block the sale of X'", () => {
    expect(brief("Acme Corp. sued Beta Corp. to block the merger.")).toEqual([expect.objectContaining({ by: "Acme Corp", of: ["Beta Corp"], what: "block the merger" })]);
    expect(brief("Orlin Capital is waging a proxy fight to oust the board of Tessin Corp.")).toEqual([expect.objectContaining({ by: "Orlin Capital", of: ["Tessin Corp"], what: "oust the board of Tessin Corp" })]);
    expect(brief("Orlin Capital launched a campaign to block the sale of Tessin Corp. to Norvik Corp.").map((d) => d.by)).toEqual(["Orlin Capital"]);
  });

  it("near miss: a suit with no end named, a campaign against no one named", () => {
    expect(brief("Acme Corp. sued Beta Corp. last year and lost.")).toEqual([]);
    expect(brief("Voters launched a campaign to stop the highway.")).toEqual([]);
  });

  it("near miss: the seeker's own plans, and purposes of acts that are no dispute", () => {
    expect(brief("Tessin Corp. is seeking to expand its business in Europe.")).toEqual([]);
    expect(brief("Halvard Foods Inc. is seeking to hire 500 workers.")).toEqual([]);
    expect(brief("Halvard Foods Inc. is seeking to buy the old mill building.")).toEqual([]);
    expect(brief("Tessin Corp. is seeking to raise $50 million from investors.")).toEqual([]);
    expect(brief("The army shelled the town in an attempt to oust the rebels from Kerville.")).toEqual([]);
  });
});

describe("trying to win another party over", () => {
  it("'is trying to persuade X to …', 'hopes to convince X to …', 'X's biggest hope was to persuade …'", () => {
    expect(brief("Orlin Capital hopes to convince Tessin Corp. to delay the vote.")).toEqual([expect.objectContaining({ by: "Orlin Capital", of: ["Tessin Corp"], what: "delay the vote" })]);
    expect(brief("Orlin Capital is trying to persuade Tessin Corp. shareholders to reject the Norvik offer.")[0]).toMatchObject({ by: "Orlin Capital", what: "Tessin Corp. shareholders to reject the Norvik offer" });
    expect(brief("Mr. Dahl said Mr. Marek's biggest hope was to somehow persuade regulators to block the bid.")[0]).toMatchObject({ by: "Marek", what: expect.stringContaining("block the bid") });
  });

  it("near miss: selling, and a persuasion already done", () => {
    expect(brief("The company is trying to persuade customers to buy more.")).toEqual([]);
    expect(brief("Orlin Capital persuaded the board to delay the vote.")).toEqual([]);
  });
});

describe("an application to a regulator", () => {
  it("'filed with antitrust regulators for clearance to buy …', 'filed for clearance', 'applied for approval'", () => {
    expect(brief("A group led by Marlow Group Ltd. said it filed with federal antitrust regulators for clearance to buy more than 50% of Tessin Corp.")).toEqual([
      expect.objectContaining({ by: "Marlow Group Ltd", of: ["Tessin Corp"], what: "clearance to buy more than 50% of Tessin Corp" }),
    ]);
    expect(brief("Ardent Capital filed for clearance to acquire Brisco Industries Inc.").map((d) => d.by)).toEqual(["Ardent Capital"]);
    expect(brief("Kestrel Partners applied for approval to buy Halvard Foods Inc.").map((d) => d.by)).toEqual(["Kestrel Partners"]);
  });

  it("near miss: a plan to apply, an application for a job", () => {
    expect(brief("Ardent Capital plans to file for clearance next month.")).toEqual([]);
    expect(brief("Ana Pell applied for a job at Brisco Industries Inc.")).toEqual([]);
  });
});
