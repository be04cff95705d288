// Deal wordings the variety corpus (bench/variety/deals.json) found unread at stop 29: offers made "yesterday", begun or
// sent as a letter of intent, counterbids "with" an offer, prices in pence, guilders or Swiss francs, offers told in the
// passive, approaches and offers a company "said it received", prices still to be paid per share, sales agreed "to be
// acquired by", consent solicitations, proposed mergers, and bidders that are groups led by or including someone.
// Fictional sentences, several wordings each, with the near misses that must stay no demand.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const demands = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands;
const listed = (text: string, by: RegExp, word: string) => demands(text).some((d) => by.test(d.by) && `${d.what} ${d.evidence}`.includes(word));

describe("an offer made, begun, sent or countered", () => {
  it.each([
    ["Marwick Capital L.P. launched a tender offer yesterday for all the shares of Dobson Feeds Inc. at $12 each.", /Marwick/, "Dobson"],
    ["Pellow Group said it would commence a tender offer for Tasker Valve Co. next week.", /Pellow/, "Tasker"],
    ["Ormond Resources Ltd. signed a letter of intent to acquire Keel Mining Corp. for $60 million.", /Ormond/, "Keel"],
    ["Yardley Foods Inc. countered with an offer of $14.50 a share for Brisk Bakeries Inc.", /Yardley/, "Brisk"],
    ["Three days later Corriston Ltd. jumped in with a competing bid of $38 a share.", /Corriston/, "$38"],
    ["Falmer Chemicals Inc. topped the earlier offer with a $21-a-share counterbid for Rudd Labs Inc.", /Falmer/, "Rudd"],
  ])("%s", (text, by, word) => expect(listed(text, by, word)).toBe(true));
});

describe("prices in other currencies", () => {
  it.each([
    ["Dunmore PLC bid 310 pence a share for Ashby Looms PLC.", /Dunmore/, "Ashby"],
    ["Vanderholt N.V. offered 18 guilders a share for Kessel Holdings N.V.", /Vanderholt/, "Kessel"],
    ["Bernard Partners is bidding 9 Swiss francs a share for Lutz Holding SA.", /Bernard/, "Lutz"],
  ])("%s", (text, by, word) => expect(listed(text, by, word)).toBe(true));
});

describe("offers told in the passive, or received from the bidder", () => {
  it.each([
    ["Holders of Amble Corp. were offered $9 a share by Rothwell Industries.", /Rothwell/, "$9"],
    ["Sefton Co. was offered 200 million Swiss francs for its dyes unit by Berger Chemie AG.", /Berger/, "Sefton"],
    ["Linden Media rebuffed a hostile $900 million approach from Carew Communications Group.", /Carew/, "$900"],
    ["Halsey Insurance Group said it received a $27-a-share offer from Pryce Financial Corp.", /Pryce/, "$27-a-share"],
    ["Tamar Holdings said it had received a proposal from Wyre Capital to take the company private at $8 a share.", /Wyre/, "private"],
  ])("%s", (text, by, word) => expect(listed(text, by, word)).toBe(true));
});

describe("a price still to be paid, a sale agreed, consents and mergers proposed", () => {
  it.each([
    ["Strand Bancorp will pay $18.25 a share for each Millport Savings share.", /Strand/, "Millport"],
    ["Under the agreement, Fenmore Corp. will pay $33 in cash for each share of Calder Brewing Co.", /Fenmore/, "Calder"],
    ["Orrin Systems Inc. agreed to be acquired by Pagett Technologies Corp. for $19 a share.", /Pagett/, "Orrin"],
    ["Larch Capital began soliciting consents from Ribble Corp. holders to remove three directors.", /Larch/, "directors"],
    ["Wexley Co. proposed a merger with Dunholm Machine Corp. in a stock swap.", /Wexley/, "Dunholm"],
    ["Corbin Industries sent a letter to the board of Aldous Inc. proposing to acquire the company for $25 a share.", /Corbin/, "Aldous"],
    ["Dray Holdings offered to buy as many as 4 million of its shares at $22 each.", /Dray/, "shares"],
    ["Marle Holdings offered to exchange 1.2 of its shares for each share of Tovey Tool Co.", /Marle/, "Tovey"],
  ])("%s", (text, by, word) => expect(listed(text, by, word)).toBe(true));
});

describe("bidders that are groups led by or including someone", () => {
  it.each([
    ["A group led by Ohio investor Dale Pruett offered $31 a share for Yeovil Oil Corp.", /group/i, "Yeovil"],
    ["An investor group including Carrick Capital is seeking to acquire Penning Hotels Inc. for $11 a share.", /group/i, "Penning"],
  ])("%s", (text, by, word) => expect(listed(text, by, word)).toBe(true));
});

describe("near misses: no demand", () => {
  it.each([
    "Last year Hobart Industries paid $19 a share for Keld Tools, a price analysts called generous.",
    "Moffat Systems Inc. was acquired by Pagett Technologies Corp. in 1987.",
    "Moffat Systems Inc. agreed to be interviewed by the magazine for a profile.",
    "Ryton Foods said its approach to pricing had not changed.",
    "The charity began soliciting donations from local businesses in May.",
    "Morcott Holdings proposed a new pension plan for its own staff.",
    "Analysts said Kimber Industries could pay $20 a share for Lorrimer Inc. if the price fell.",
    "Stanway Corp. said it will pay its regular quarterly dividend of 12 cents a share.",
    "Burford Co. said it received a $2 million order from a Texas utility.",
  ])("%s", (text) => expect(demands(text)).toEqual([]));
});
