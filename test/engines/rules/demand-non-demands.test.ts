// Sentences a trigger word matches that an editor would not list as a demand (issue 11, "listed demands that are
// right"): standing rules and mandates, a company's notice to its own holders, an observer's commentary, assertions,
// market language and forecasts. Fictional sentences; each family keeps the real demand next to it.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";
import { trimContent } from "../../../lib/engines/rules/demand-checks.ts";

const run = (text: string) => extractRules({ text, metadata: emptyMetadata() });
const brief = (text: string) => run(text).demands.map((d) => ({ by: d.by, what: d.what }));

describe("a standing rule nobody in the story sets", () => {
  it("'accounting rules require …' and 'tax rules require …' list nothing", () => {
    expect(brief("Because Marlow Savings must sell the notes within three years, accounting rules require the thrift to carry them at the lower of cost or market.")).toEqual([]);
    expect(brief("Tax rules require the partnership to pay out most of its income, said Ivo Brandt, Orlin Corp.'s finance chief.")).toEqual([]);
    expect(brief("Marlow Savings said accounting rules require it to carry the notes at market value.")).toEqual([]);
  });

  it("near miss: a body's order and a body's guidelines stay demands", () => {
    expect(brief("The Tarnow Harbour Board ordered Marlow Shipping to carry the cargo at cost.").map((d) => d.by)).toEqual(["Tarnow Harbour Board"]);
    expect(brief("The Kessel Transport Department's guidelines call for inspectors to weigh every truck.").map((d) => d.what)).toEqual(["weigh every truck"]);
  });
});

describe("a body's charter or mandate described", () => {
  it("'X is required to invest at least 80% of its assets …', said its manager, lists nothing", () => {
    expect(brief("The Dunmore Income Fund is required to invest at least 80% of its assets in Treasury notes, a spokesman for Dunmore Capital said.")).toEqual([]);
    expect(brief("Dunmore Capital said the fund is required to invest at least 80% of its assets in Treasury notes.")).toEqual([]);
    expect(brief("Dunmore Capital said the fund must keep most of its cash in Treasury notes under its charter.")).toEqual([]);
  });

  it("'Set up in 1951, the Tarn Pact calls for the common defence of its members' and a charter's terms list nothing", () => {
    expect(brief("Set up in 1951, the Tarn Pact calls for the common defence of its members.")).toEqual([]);
    expect(brief("The Tarn Pact charter requires members to settle disputes by arbitration, Secretary-General Ada Voss said.")).toEqual([]);
  });

  it("near miss: an obligation imposed with a deadline, and a body's call in the news, stay demands", () => {
    expect(brief("The Kessel Port Authority said the Marlow relatives are required to hand the boat over by Tuesday.").map((d) => d.by)).toEqual(["Kessel Port Authority"]);
    expect(brief("NATO calls for an immediate ceasefire in the Orlen valley.").map((d) => d.what)).toEqual(["an immediate ceasefire in the Orlen valley"]);
    expect(brief("The teachers' union calls for higher pay for its members.").map((d) => d.what)).toEqual(["higher pay for its members"]);
  });
});

describe("a company calling its own securities for redemption", () => {
  it("is a notice to holders, not a demand", () => {
    expect(brief("Keller Industries Inc. said it called for redemption on Dec. 1 all of its 12 1/2% subordinated debentures due 2004.")).toEqual([]);
    expect(brief("Norwood Corp. called for the redemption of $50 million of its 9% notes, the company said Friday.")).toEqual([]);
  });

  it("near miss: a bidder calling for the redemption of a target's poison pill asks the target", () => {
    expect(brief("Halvorsen Corp. called for the redemption of Norwood Corp.'s poison pill rights.").map((d) => d.by)).toEqual(["Halvorsen Corp"]);
  });
});

describe("an observer's commentary", () => {
  it("'X must …, said an analyst at a Jakarta brokerage' is nobody's demand, least of all the place's", () => {
    expect(brief("The central bank must defend the rupiah, said an analyst at a Jakarta brokerage.")).toEqual([]);
    expect(brief("\"The government must cut spending now,\" said Ana Marsh, chief economist at Coral Bank in Manila.")).toEqual([]);
    expect(brief("Thailand needs to close more finance companies, said Ana Marsh, head of research at Coral Securities.")).toEqual([]);
    expect(brief("Economists say Indonesia must close insolvent banks to win back investors.")).toEqual([]);
  });

  it("near miss: an official's 'must' and an analyst who urged stay demands", () => {
    expect(brief("Governor Li Wen said the province must cut emissions by half.").map((d) => d.by)).toEqual(["Li Wen"]);
    expect(brief("Defense Secretary Tom Hale, responding to criticism from analysts, said the allies must stay united.").map((d) => d.by)).toEqual(["Tom Hale"]);
    expect(brief("Kenji Ono, a Sanwa economist, urged the Finance Ministry to cut taxes.").map((d) => d.what)).toEqual(["cut taxes"]);
  });
});

describe("'insisted that' with a statement of fact asserts", () => {
  it("'insisted that the budget was balanced and that no cuts were needed' lists nothing", () => {
    expect(brief("Mayor Ruth Olsen insisted that the budget was balanced and that no cuts were needed.")).toEqual([]);
  });

  it("near miss: 'insisted that the council approve …' demands", () => {
    expect(brief("Mayor Ruth Olsen insisted that the council approve the budget by Friday.").map((d) => d.what)).toEqual(["the council approve the budget by Friday"]);
  });
});

describe("market language and forecasts", () => {
  it("'said demand for its chips was strong' is the market's demand", () => {
    expect(brief("Fenwick Corp. said demand for its new chips was stronger than expected.")).toEqual([]);
    expect(brief("Halden Steel said demand for steel from carmakers remained weak.")).toEqual([]);
  });

  it("near miss: a demander's own demand for something stays, without the 'for'", () => {
    expect(brief("Earlier, the Tarnow government's demand for Piet Vanek's extradition from Kessel was refused.").map((d) => d.what)).toEqual(["Piet Vanek's extradition from Kessel"]);
  });

  it("economists 'calling for a rise of 0.3%' forecast", () => {
    expect(brief("Most economists are calling for a rise of 0.3% in the index, said Ana Vale, an economist at Coral Bank.")).toEqual([]);
  });

  it("near miss: a union calling for 'a rise of 5% in wages' demands", () => {
    expect(brief("The union called for a rise of 5% in wages.").map((d) => d.what)).toEqual(["a rise of 5% in wages"]);
  });

  it("'the government would need to borrow more' forecasts", () => {
    expect(brief("Finance Minister Ruth Olsen said the government would need to borrow more next year.")).toEqual([]);
  });

  it("seeking a buyer, bids or bankruptcy protection is deal-making, and investors demanding higher yields is a price", () => {
    expect(brief("Fenwick Corp. said it is seeking a buyer for its chemical unit.")).toEqual([]);
    expect(brief("Fenwick Corp. said it had asked for bids on the chemical unit.")).toEqual([]);
    expect(brief("Orlin Corp. sought bankruptcy protection from creditors on Friday.")).toEqual([]);
    expect(brief("Investors demanded higher yields on the bonds, pushing prices down.")).toEqual([]);
  });

  it("near miss: seeking a regulator's approval asks the regulator, and asking for offers of help asks for help", () => {
    expect(brief("Fenwick Corp. sought approval from regulators to buy the Orlin unit.").map((d) => d.by)).toEqual(["Fenwick Corp"]);
    expect(brief("Kenya asked for offers of help from Western governments.").length).toBe(1);
  });
});

describe("who is speaking", () => {
  it("'Paribas said it had asked …' is not credited to another body the reader knew", () => {
    expect(brief("The Kessel Exchange commission must approve any higher offer. Vantor said it had asked the commission to rule by Friday.")).toEqual([]);
  });

  it("near miss: 'Orlin Corp. said it would ask …' stays Orlin's", () => {
    expect(brief("Fenwick Corp. rejected the offer. Orlin Corp. said it would ask holders to vote against the plan.").map((d) => d.by)).toEqual(["Orlin Corp"]);
  });

  it("'press reporters' and a headline's 'What doctors want you to know' are no demands", () => {
    expect(brief("Biden will tell Putin that talks need calm, according to a senior official who informed press reporters prior to the call.").map((d) => d.what)).not.toContain("reporters prior to the call");
    expect(brief("Can the flu shot cause chest pain? What doctors want you to know")).toEqual([]);
  });
});

describe("a transcript's speaker label and a company's own officer", () => {
  it("'ANA LIND: The president says he wants …' is not the correspondent's demand", () => {
    const text = "ANA LIND: The president says he wants a diplomatic solution, but he also says Omar Rasul has to let the inspectors in.";
    expect(brief(text).map((d) => d.by)).not.toContain("ANA LIND");
  });

  it("near miss: the demand a correspondent reports stays, credited to whoever made it", () => {
    expect(brief("ANA LIND: Mayor Ruth Olsen wants the council to reopen the library.")).toEqual([{ by: "Ruth Olsen", what: "reopen the library" }]);
  });

  it("'The company needs to cut costs, Chairman Tomas Brandt said' is the company's own plan", () => {
    expect(brief("The company needs to cut costs to meet its targets, Fenwick Corp. Chairman Tomas Brandt said in an interview.")).toEqual([]);
  });

  it("near miss: a union leader on what the company must do demands", () => {
    expect(brief("The company must restore the night shift, union president Ana Vale said.").map((d) => d.by)).toEqual(["Ana Vale"]);
  });
});

describe("content cut where an editor would cut it", () => {
  it.each([
    [", NATO must be ready to face a rampaging faction", "NATO must be ready to face a rampaging faction"],
    ["Elian be returned to him and saying he did not recognize the courts", "Elian be returned to him"],
    ["Pell should go back to Kessel, a decision upheld by the board", "Pell should go back to Kessel"],
    ["she would bring new aid for their towns, where the storm killed 25 people", "she would bring new aid for their towns"],
    ["the council reopen the library, and many are angry at the mayor", "the council reopen the library"],
    ["use masks as smog thickens", "use masks"],
    ["turn the boat over as soon as the owner arrives", "turn the boat over as soon as the owner arrives"],
    ["make the move as smooth as possible", "make the move as smooth as possible"],
    ["the council reopen the library and that the mayor resign", "the council reopen the library and that the mayor resign"],
  ])("%s → %s", (raw, cut) => {
    expect(trimContent(raw)).toBe(cut);
  });

  it("a subject the lead took is given back: a pronoun before a modal, whoever is sought 'as' a witness", () => {
    expect(trimContent("will not stay on the case unless we are paid", '"We ')).toBe("We will not stay on the case unless we are paid");
    expect(trimContent("as a material witness in the case", "Officially, Piet Vanek is being sought ")).toBe("Piet Vanek as a material witness in the case");
    expect(trimContent("reopen the library", "Ana Vale urged the council to ")).toBe("reopen the library");
  });

  it("a leading 'for' goes, except after a 'demand' nobody owns", () => {
    expect(trimContent("for Vanek's extradition from Kessel", "the government's demand ")).toBe("Vanek's extradition from Kessel");
    expect(trimContent("for there to be real progress in the talks", "called ")).toBe("for there to be real progress in the talks");
    expect(trimContent("for steel from carmakers", "Halden said demand ")).toBe("for steel from carmakers");
  });
});

describe("a call answered, whose maker the sentence does not name", () => {
  it("'X rejected calls for …', 'dismissed demands for …', 'has resisted calls to …', 'amid calls for …' credit nothing to X", () => {
    expect(brief("Greyrock Materials rejected calls for a moratorium on blasting.")).toEqual([]);
    expect(brief("The Tarnow ministry dismissed demands for a recount of the ballots.")).toEqual([]);
    expect(brief("Kessel United has resisted calls to sack its manager.")).toEqual([]);
    expect(brief("Amid calls for an inquiry, Mayor Ada Voss resigned on Friday.")).toEqual([]);
  });

  it("near miss: calls taken up ('joined calls for', 'echoed calls for', 'chanting demands for') are the subject's own", () => {
    expect(brief("Anti-government demonstrators joined calls for early elections.")).toEqual([{ by: "Demonstrators", what: "early elections" }]);
    expect(brief("Anti-government demonstrators marched in Tirana, chanting demands for the government's resignation.")).toEqual([{ by: "Demonstrators", what: "the government's resignation" }]);
    expect(brief("The Orlin Teachers Union echoed calls for a moratorium on school closures.").map((d) => d.by)).toEqual(["Orlin Teachers Union"]);
  });

  it("near miss: the maker's own renewed calls, and a call made in the present, stay demands", () => {
    expect(brief("The Orlin Teachers Union renewed its calls for a moratorium on school closures.")).toEqual([{ by: "Orlin Teachers Union", what: "a moratorium on school closures" }]);
    expect(brief("The Orlin Teachers Union calls for a moratorium on school closures.")).toEqual([{ by: "Orlin Teachers Union", what: "a moratorium on school closures" }]);
  });
});

