// Clause shapes of demands found in real news (issue 11), each as a fictional case: the trigger, the agent
// (through reported speech, appositions and collective subjects), the addressee and the content.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";
import { splitSentences } from "../../../lib/text/sentences.ts";

const run = (text: string) => extractRules({ text, metadata: emptyMetadata() });
const brief = (text: string) => run(text).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("motions and petitions", () => {
  it("'moves that …' after a first verb the lexicon also lists as a noun ('raises')", () => {
    const d = brief("Councillor Rhona Pell raises a point of order on the flooding and moves that the sitting be adjourned until Thursday.");
    expect(d).toEqual([expect.objectContaining({ by: "Rhona Pell", what: expect.stringContaining("the sitting be adjourned until Thursday") })]);
  });

  it("'moved a motion for …', with a time phrase set off by a comma after the name", () => {
    const d = brief("Senator Ivo Marsh, on Monday moved a motion for the suspension of the budget debate.");
    expect(d).toEqual([expect.objectContaining({ by: "Ivo Marsh", what: "the suspension of the budget debate" })]);
  });

  it("a motion about something ('a motion on the deaths of …') states no demand by itself", () => {
    expect(brief("Senator Kemi Adaro raised a motion on the deaths of two former members of the chamber.")).toEqual([]);
  });

  it("honorifics before a name do not end the sentence that carries the motion", () => {
    const text = "Senate Leader Tade Bello raises a motion on the passing of Rt. Hon. O. K. Ladipo and Hon. Ruth Ama and moves that all business be suspended.";
    expect(splitSentences(text)).toHaveLength(1);
    expect(brief(text)).toEqual([expect.objectContaining({ by: "Tade Bello", what: "all business be suspended" })]);
  });

  it("a crowd named by where it belongs keeps its name at a sentence start and after a count", () => {
    expect(brief("Supporters of Mara Vell rallied on Friday to demand her release.")).toEqual([expect.objectContaining({ by: "Supporters of Mara Vell", what: "her release" })]);
    expect(brief("Thousands of residents of Dunmere rallied to demand a new bridge.")).toEqual([expect.objectContaining({ by: "Residents of Dunmere", what: "a new bridge" })]);
    expect(brief("Backers of Omar Talu rallied on Friday to demand a recount.")).toEqual([expect.objectContaining({ by: "Backers of Omar Talu", what: "a recount" })]);
  });

  it("'petitioned X to …' addresses X; a request filed with a body 'for permission to …' addresses that body", () => {
    expect(brief("Residents of Elmford petitioned the county council to reopen the library.")).toEqual([
      { by: "Residents of Elmford", of: ["the county council"], what: "reopen the library" },
    ]);
    const d = brief("Orlen Freight Inc. said it had filed a request with the Maritime Licensing Board under the Harbour Act for permission to run night crossings.");
    expect(d).toEqual([{ by: "Orlen Freight Inc", of: ["Maritime Licensing Board"], what: "permission to run night crossings" }]);
  });
});

describe("the content clause", () => {
  it("ends before ', and' + the agent's next past-tense act, and goes on over a list of bare verbs", () => {
    const text = "The Orwell Nurses Guild demanded that the Harlan Health Board restore the night allowance, and threatened to walk out.";
    expect(brief(text)).toEqual([expect.objectContaining({ by: "Orwell Nurses Guild", what: "the Harlan Health Board restore the night allowance" })]);
    const list = "The Orwell Nurses Guild demanded that the Harlan Health Board restore the night allowance, and rehire the laid-off staff.";
    expect(brief(list)).toEqual([expect.objectContaining({ what: expect.stringContaining("rehire the laid-off staff") })]);
  });
});

describe("reported speech", () => {
  it("'tweeted that X needs to be …': the tweet is the speaker's statement", () => {
    const d = brief("Mayor Dana Whitlock tweeted that the county's water plan “needs to be rewritten before winter,” adding that she would call a meeting.");
    expect(d).toEqual([expect.objectContaining({ by: "Dana Whitlock", what: expect.stringContaining("needs to be rewritten before winter") })]);
  });

  it("'X's lawyer said … that he wants …': the lawyer demands, not the person whose lawyer he is", () => {
    const d = brief("Marta Ilic's lawyer said on Friday that he wants the Harlow District Court to return her passport.");
    expect(d).toEqual([{ by: "Marta Ilic's lawyer", of: ["Harlow District Court"], what: "return her passport" }]);
  });

  it("an 'and' inside a name does not make the name's first part the subject", () => {
    const d = brief("The U.S. Fish and Wildlife Service has given the tenants until May 1 to remove the fences.");
    expect(d.map((x) => x.by)).toEqual(["Fish and Wildlife Service"]);
  });
});

describe("deadlines and conditions", () => {
  it("'has given Y until <time> to …' is a demand of Y", () => {
    const d = brief("The Harbor Authority has given the striking dock workers until noon Friday to clear the east pier.");
    expect(d).toEqual([{ by: "Harbor Authority", of: ["Striking dock workers"], what: "clear the east pier" }]);
  });

  it("an offer 'would … if <another actor> agreed to …' stated by a speaker demands the condition", () => {
    const d = brief("The Talvin Miners Union said it would end the strike if the Korr Mining Company agreed to restore the night-shift bonus.");
    expect(d).toEqual([expect.objectContaining({ by: "Talvin Miners Union", of: ["Korr Mining Company"], what: expect.stringContaining("restore the night-shift bonus") })]);
  });

  it("an ultimatum 'will … unless <another actor> …' demands what follows 'unless'", () => {
    const d = brief("The Talvin Miners Union warned it will strike on Monday unless the Korr Mining Company restores the bonus.");
    expect(d).toEqual([expect.objectContaining({ by: "Talvin Miners Union", of: ["Korr Mining Company"], what: "the Korr Mining Company restores the bonus" })]);
  });

  it("not a demand: a threat whose condition is what the speaker opposes, narration, or the speaker's own condition", () => {
    expect(brief("Mayor Ellen Ruiz said she would resign if the council passed the budget.")).toEqual([]);
    expect(brief("The ferry would leave the Korr Mining Company pier if the weather cleared.")).toEqual([]);
    expect(brief("Ellen Ruiz said she would run again if she felt well enough.")).toEqual([]);
    expect(brief("If asked, the Talvin Miners Union said it would help the Korr Mining Company.")).toEqual([]);
  });
});

describe("collective and event agents", () => {
  it("'a group including …' is the agent, named as written", () => {
    const d = brief("A group including several members of the Varga family of Ostrava urged the board to sell the company.");
    expect(d).toHaveLength(1);
    expect(d[0]!.by).toMatch(/^Group including .*Varga family/);
    expect(d[0]!.what).toBe("sell the company");
  });

  it("a rally or march demands through its participants ('a rally demanding …', 'the march called for …')", () => {
    const d = brief("Thousands of people gathered in Lorimer in a rally on Sunday demanding an inquiry into the mine collapse. The march called for the resignation of the mine's owner. The march ended peacefully.");
    expect(d).toEqual([
      { by: "Demonstrators", of: [], what: "an inquiry into the mine collapse" },
      // The marchers are the rally's demonstrators: one crowd.
      { by: "Demonstrators", of: [], what: "the resignation of the mine's owner" },
    ]);
  });
});

describe("directives, orders and slogans", () => {
  it("'told X to …' directs X; 'told reporters to expect …' and 'told the story to …' do not", () => {
    expect(brief("Mayor Ana Ruiz told the Lorimer Council to approve the budget by Friday.")).toEqual([
      { by: "Ana Ruiz", of: ["Lorimer Council"], what: "approve the budget by Friday" },
    ]);
    expect(brief("Dr. Ana Ruiz told the farmer to sell his pigeons.")).toEqual([{ by: "Ana Ruiz", of: [], what: "the farmer to sell his pigeons" }]);
    expect(brief("Ana Ruiz told reporters to expect delays.")).toEqual([]);
    expect(brief("Ana Ruiz told the story to the Lorimer Council last week.")).toEqual([]);
  });

  it("'ordered an assessment of …' is a directive without an addressee", () => {
    expect(brief("President Ana Ruiz ordered an assessment of the damage to the port.")).toEqual([
      { by: "Ana Ruiz", of: [], what: "an assessment of the damage to the port" },
    ]);
  });

  it("a court's injunction against something is what the court demands; a purchase order is not", () => {
    expect(brief("The Lorimer High Court issued an injunction against night flights at the airport.")).toEqual([
      { by: "Lorimer High Court", of: [], what: "injunction against night flights at the airport" },
    ]);
    expect(brief("Korr Airlines placed an order for 30 new jets.")).toEqual([]);
  });

  it("'ask X for Y': X is addressed, Y is the content", () => {
    expect(brief("President Ana Ruiz will ask the Parliament for more emergency funding.")).toEqual([
      { by: "Ana Ruiz", of: ["Parliament"], what: "more emergency funding" },
    ]);
  });

  it("a chanted or shouted slogan opening on a bare verb is a demand; a chanted name is not", () => {
    expect(brief("Protesters chanted “Stop the evictions!” outside City Hall.")).toEqual([{ by: "Protesters", of: [], what: "Stop the evictions" }]);
    expect(brief("The crowd chanted “Justice for Ana” as the coffin passed.")).toEqual([]);
  });

  it("'we'll have to …' in a quotation is the speaker's own task, not a demand", () => {
    expect(brief("“We'll have to look at it again,” said Mayor Ana Ruiz.")).toEqual([]);
  });
});

describe("agents behind written demands and relatives", () => {
  it("'the teachers' letter to the ministry asks for …': the writers ask, not the recipient", () => {
    expect(brief("The teachers' letter to the Education Ministry asks for smaller classes.").map((d) => d.by)).toEqual(["Teachers"]);
  });

  it("a relative is another person than the possessor ('Maria Ilic's mother', 'the girl's father', 'the family')", () => {
    expect(brief("Maria Ilic's mother asked the Harlow District Court to return the girl's passport.").map((d) => d.by)).toEqual(["Maria Ilic's mother"]);
    expect(brief("The girl's father asked that custody move to her aunt.").map((d) => d.by)).toEqual(["The girl's father"]);
    const family = run("The family demanded an independent inquiry into the crash.");
    expect(family.demands.map((d) => d.by)).toEqual(["The family"]);
    expect(family.actors.find((a) => a.name === "The family")?.kind).toBe("group");
  });
});

describe("unnamed agents and status", () => {
  it("'a Swiss company' never named afterwards is the agent as written, an organisation", () => {
    const r = run("Pellham Corp., rumored a takeover target for a year, said that a Swiss company has sought U.S. approval to buy up to 20% of Pellham's shares.");
    expect(r.demands.map((d) => d.by)).toEqual(["A Swiss company"]);
    expect(r.actors.find((a) => a.name === "A Swiss company")?.kind).toBe("organization");
  });

  it("'asked for the boy's return' has content: a possessive is no bare definite", () => {
    expect(brief("The grandmothers asked for the boy's return.")).toEqual([{ by: "The grandmothers", of: [], what: "the boy's return" }]);
  });

  it("a deadline awaits an answer (pending) until the text reports one", () => {
    const status = (text: string) => run(text).demands.map((d) => d.status);
    const deadline = "In its latest deadline, the Harbor Authority has given the striking dock workers until noon Friday to clear the east pier.";
    expect(status(deadline)).toEqual(["pending"]);
    expect(status(`${deadline} The striking dock workers have so far refused to clear the pier.`)).toEqual(["rejected"]);
  });
});

describe("modal demands attributed after a comma, without quotation marks", () => {
  it("'X should …, <role> Y said': Y demands of X", () => {
    expect(brief("The Lorimer Council should meet the tenants before the vote, union leader Mara Voss said.")).toEqual([
      { by: "Mara Voss", of: ["Lorimer Council"], what: "The Lorimer Council should meet the tenants before the vote" },
    ]);
    expect(brief("The Lorimer Council must publish the audit, said Mara Voss, the union's leader.").map((d) => d.by)).toEqual(["Mara Voss"]);
  });

  it("not: the speaker's own task, a relative clause, or a prediction about a thing", () => {
    expect(brief("We must publish the audit, Mara Voss said.")).toEqual([]);
    expect(brief("The Lorimer Council should meet the tenants, which Mara Voss said was overdue.")).toEqual([]);
    expect(brief("The split rewards shareholders and should improve the stock's liquidity, Korr Mining said.")).toEqual([]);
  });

  it("'X tells me he does not want to …' directs no one", () => {
    expect(brief("“Ana tells me she does not want to go back,” said Mara Voss.")).toEqual([]);
  });
});

describe("money claims", () => {
  it("'claimed $2 million in damages from X' and 'claims compensation' demand; 'claimed the airport was unsafe' asserts", () => {
    expect(brief("Korr Airlines claimed $2 million in damages from the Lorimer Airport Authority.")).toEqual([
      { by: "Korr Airlines", of: ["Lorimer Airport Authority"], what: "$2 million in damages from the Lorimer Airport Authority" },
    ]);
    expect(brief("The Lorimer Tenants Union claims compensation for the flooded homes.").map((d) => d.what)).toEqual(["compensation for the flooded homes"]);
    expect(brief("Korr Airlines claimed the airport was unsafe.")).toEqual([]);
    expect(brief("Korr Airlines claimed that $2 million had gone missing.")).toEqual([]);
    expect(brief("The insurance claims for flood damage rose.")).toEqual([]);
  });
});

describe("campaign verbs and plural agents", () => {
  it("'rally/march/lobby for …' demands, as a verb (a headline too); 'the March for Life' and a rally for a person do not", () => {
    expect(brief("Islanders rally for return of seized ferry")).toEqual([{ by: "Islanders", of: [], what: "return of seized ferry" }]);
    expect(brief("The Lorimer Tenants Union lobbied for a rent freeze.")).toEqual([{ by: "Lorimer Tenants Union", of: [], what: "a rent freeze" }]);
    expect(brief("Thousands of nurses marched for safe staffing ratios on Sunday.").map((d) => d.by)).toEqual(["Nurses"]);
    expect(brief("Anti-abortion protesters held the March for Life on Capitol Hill.")).toEqual([]);
    expect(brief("A rally for the mayor drew 300 people.")).toEqual([]);
  });

  it("a plural agent noun missing from the group list ('commuters') is a group; 'the documents' and 'loan covenants' are not", () => {
    expect(brief("Thousands of commuters demanded a refund.").map((d) => d.by)).toEqual(["Commuters"]);
    expect(brief("The documents demanded an answer.")).toEqual([]);
    expect(brief("Loan covenants require that the company meet a profit test.")).toEqual([]);
  });

  it("observers from a named organisation speak for it", () => {
    expect(brief("Observers from the Organization of American States urged all parties to refrain from violence.").map((d) => d.by)).toEqual(["Organization of American States"]);
  });
});

describe("the act asked of someone, however short, and whoever stands between", () => {
  it("a one-word act is a whole demand when someone is asked it ('to resign', 'to apologize', 'to leave')", () => {
    expect(brief("The Kessel Teachers Union asked Mayor Ada Voss to resign.")).toEqual([{ by: "Kessel Teachers Union", of: ["Ada Voss"], what: "resign" }]);
    expect(brief("The Orlin council wants the mayor to apologize.")).toEqual([{ by: "the Orlin council", of: ["the mayor"], what: "apologize" }]);
    expect(brief("Striking dockers told the Tarnow Port Authority to leave.")).toEqual([expect.objectContaining({ of: ["Tarnow Port Authority"], what: "leave" })]);
  });

  it("a name set off after the addressee ('the mayor, Ada Voss, to …') and a state after a city ('in Wilmington, Del., to …')", () => {
    expect(brief("The Orlin Teachers Union asked the mayor, Ada Voss, to reopen the branch library.")).toEqual([expect.objectContaining({ by: "Orlin Teachers Union", what: "reopen the branch library" })]);
    expect(brief("Governor Ruth Calloway urged the Kessel Water Board in Austin, Texas, to delay the vote.")).toEqual([{ by: "Ruth Calloway", of: ["Kessel Water Board"], what: "delay the vote" }]);
  });

  it("what the asked party is to order is the asker's demand, not an order by the one asked", () => {
    expect(brief("Corbin Group asked a federal judge to order Halvard Industries to redeem its rights plan.")).toEqual([expect.objectContaining({ by: "Corbin Group", what: "order Halvard Industries to redeem its rights plan" })]);
    expect(brief("The suit asks the court to require the directors to consider any offer.").map((d) => d.by)).not.toContain("the court");
  });
});

describe("the sentence screen lets every trigger's sentence through", () => {
  it("a deadline given 'till' a time, and 'pled' for 'pleaded'", () => {
    expect(brief("The governor gave the strikers till noon to leave the docks.")).toEqual([expect.objectContaining({ by: "the governor", what: "leave the docks" })]);
    expect(brief("Ada Voss pled with the council to keep the library open.")).toEqual([expect.objectContaining({ by: "Ada Voss", what: "keep the library open" })]);
    expect(brief("Ada Voss pled for mercy for her son.")).toEqual([expect.objectContaining({ by: "Ada Voss" })]);
  });
});
