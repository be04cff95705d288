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

describe("the subject of a 'demanded that …' clause is who must act", () => {
  it("a noun that is also a verb ends the subject when the verb follows it: 'the electoral commission publish'", () => {
    expect(brief("Anselm Dorov demanded that the electoral commission publish the results from every polling station.")).toEqual([
      { by: "Anselm Dorov", of: ["the electoral commission"], what: "the electoral commission publish the results from every polling station" },
    ]);
  });

  it("a verb the lexicon lacks is read before its object: 'the city council reverse the decision'", () => {
    expect(brief("Dorov demanded that the city council reverse the decision.").map((d) => d.of)).toEqual([["the city council"]]);
  });
});

describe("office holders and bodies no name is given for", () => {
  it("'the mayor', 'the prime minister' act as written when no holder is named", () => {
    expect(brief("The prime minister urged the legislature to pass the tax bill.")).toEqual([
      { by: "the prime minister", of: ["the legislature"], what: "pass the tax bill" },
    ]);
  });

  it("a possessed body is named as written, not by the group noun that qualifies it", () => {
    expect(brief("Kelvar's main opposition party demanded a rerun of the presidential election.").map((d) => d.by)).toEqual(["Kelvar's main opposition party"]);
    expect(brief("The main opposition party demanded a rerun of the election.").map((d) => d.by)).toEqual(["the main opposition party"]);
  });

  it("'the government' is the country the story names most, and no guess when two are named as often", () => {
    const story = "France and Germany held talks in Paris on Monday. French ministers met again in France. Farmers demanded that the government cut fuel taxes.";
    expect(brief(story).find((d) => d.by === "Farmers")?.of).toEqual(["France"]);
    const even = "France and Germany held talks on Monday. Farmers demanded that the government cut fuel taxes.";
    expect(brief(even).find((d) => d.by === "Farmers")?.of).toEqual(["the government"]);
  });
});

describe("a time word inside the content's noun phrase does not end it", () => {
  it("'a rerun of last month's election' is read whole; 'a rerun on Monday' stops at the time", () => {
    expect(brief("The opposition party demanded a rerun of last month's presidential election.").map((d) => d.what)).toEqual(["a rerun of last month's presidential election"]);
  });
});

describe("the subject across a relative clause and into the next sentence", () => {
  it("'an activist investor that has built a stake in X is pressing …' is the investor named next, not X", () => {
    expect(
      brief("An activist investor that has built a 4% stake in Brightwell Holdings is pressing the conglomerate to spin off its packaging arm. Corvan Capital is run by Lydia Strand."),
    ).toEqual([{ by: "Corvan Capital", of: ["Brightwell Holdings"], what: "spin off its packaging arm" }]);
  });

  it("a sentence opening on 'It' continues the body the sentence before opened on", () => {
    const story = "Corvan Capital said in a letter to Brightwell's board that the shares had lagged. It asked the board to appoint two independent directors.";
    expect(brief(story).map((d) => d.by)).toEqual(["Corvan Capital"]);
  });
});

describe("a plural possessive inside a body's name keeps the name whole", () => {
  it("'the Harlow Teachers' Federation' is one organisation, not 'Teachers'", () => {
    const r = extractRules({ text: "The Harlow Teachers' Federation also urged the council to drop its appeal.", metadata: emptyMetadata() });
    expect(r.demands.map((d) => d.by)).toEqual(["Harlow Teachers' Federation"]);
    expect(r.actors.find((a) => a.name === "Harlow Teachers' Federation")?.kind).toBe("organization");
  });
});

describe("a body's outside parties speak for themselves", () => {
  it("'Halvard's main lenders', 'Halvard's creditors', 'Halvard's shareholders' are the demanders, not Halvard", () => {
    const lead = "Halvard Industries Inc. reported a loss for the year. ";
    expect(brief(lead + "Halvard's main lenders have pressed the company to sell assets.")).toEqual([{ by: "Halvard's main lenders", of: ["Halvard Industries Inc"], what: "sell assets" }]);
    expect(brief(lead + "Halvard's creditors urged the company to sell its port unit.").map((d) => d.by)).toEqual(["Halvard's creditors"]);
    expect(brief(lead + "Halvard's shareholders urged the board to sell its port unit.").map((d) => d.by)).toEqual(["Halvard's shareholders"]);
  });

  it("near miss: those who act for the body ('Halvard's lawyers', 'Tarnow's foreign ministry') are still the body", () => {
    const lead = "Halvard Industries Inc. reported a loss for the year. ";
    expect(brief(lead + "Halvard's lawyers asked the court to dismiss the suit.").map((d) => d.by)).toEqual(["Halvard Industries Inc"]);
    expect(brief("Russia's foreign ministry urged Kyiv to return to talks.").map((d) => d.by)).toEqual(["Russia"]);
  });
});

describe("a crowd named by where it belongs", () => {
  it("'Forty members of the state Assembly', 'Members of the Kessel Teachers Union', 'Residents of Dunmere' are the demanders, as written", () => {
    expect(brief("Forty members of the state Assembly urged the Metropolitan Rail Authority to publish monthly delay figures.")).toEqual([
      { by: "Forty members of the state Assembly", of: ["Metropolitan Rail Authority"], what: "publish monthly delay figures" },
    ]);
    expect(brief("Members of the Kessel Teachers Union urged the board to reopen the school.").map((d) => d.by)).toEqual(["Members of the Kessel Teachers Union"]);
    expect(brief("Residents of Dunmere urged the Kessel Water Board to close the quarry.").map((d) => d.by)).toEqual(["Residents of Dunmere"]);
  });
});

describe("a name inside a participle's phrase after the subject is not the subject", () => {
  it("'The Kessel Teachers Union, backed by the city's mayor, Ann Lowe, calls for …' is the union's call", () => {
    expect(brief("The Kessel Teachers Union, backed by the city's mayor, Ann Lowe, calls for an independent audit of the program.").map((d) => d.by)).toEqual(["Kessel Teachers Union"]);
  });

  it("'The letter, sent to the authority's chairman, Victor Hale, calls for …' is not the recipient's call", () => {
    expect(brief("The letter, sent on Tuesday to the authority's chairman, Victor Hale, also calls for an independent audit.").map((d) => d.by)).not.toContain("Victor Hale");
  });
});

describe("a petition or resolution speaks for whoever started or passed it", () => {
  it("'started a petition calling on …', 'passed a resolution urging …', 'launched a petition asking …'", () => {
    expect(brief("The Linwood Parents Association started a petition calling on the district to install air purifiers.")).toEqual([
      { by: "Linwood Parents Association", of: ["the district"], what: "install air purifiers" },
    ]);
    expect(brief("The Kessel city council passed a resolution urging the state to fund the bridge repairs.").map((d) => [d.by, d.what])).toEqual([["the Kessel city council", "fund the bridge repairs"]]);
    expect(brief("The Orlin Tenants Union launched a petition asking the Harbor Board to freeze rents.").map((d) => [d.by, d.what])).toEqual([["Orlin Tenants Union", "freeze rents"]]);
  });
});

describe("a body's workforce named by the body, and a pronoun after a leading phrase", () => {
  it("'more than 600 Northwind employees', 'Boeing workers' are the demanders; 'Kessel Mining executives' act for the company", () => {
    expect(brief("Northwind Corp. signed the contract. More than 600 Northwind employees asked chief executive Dana Whitfield to cancel the contract.").map((d) => d.by)).toEqual(["Northwind employees"]);
    expect(brief("Boeing Co. raised its offer. Boeing workers urged the union to reject the offer.").map((d) => d.by)).toEqual(["Boeing workers"]);
    expect(brief("Kessel Mining Corp. reported a loss. Kessel Mining executives urged the board to sell the port.").map((d) => d.by)).toEqual(["Kessel Mining Corp"]);
  });

  it("'In a letter to Dana Whitfield, she asked …': she is not the letter's recipient", () => {
    expect(brief("Senator Maria Ocampo wants answers. In a letter to Dana Whitfield on Tuesday, she asked Northwind Corp. to explain its safeguards.").map((d) => d.by)).toEqual(["Maria Ocampo"]);
    expect(brief("Senator Maria Ocampo met the union on Monday. After meeting Dana Whitfield, she urged Northwind Corp. to drop the contract.").map((d) => d.by)).toEqual(["Maria Ocampo"]);
  });
});

describe("'the company', 'the thrift', 'the bank' point back to a business of that kind", () => {
  it("a savings and loan is 'the company' and 'the thrift'; a bank is 'the bank'", () => {
    const lead = "Regulators fined Pacifica Savings & Loan Association on Monday. Pacifica said it would appeal. ";
    expect(brief(lead + "In a statement, the company said the order was unfair and asked regulators for more time.").map((d) => d.by)).toEqual(["Pacifica Savings & Loan Association"]);
    expect(brief(lead + "The thrift asked regulators for more time to sell branches.").map((d) => d.by)).toEqual(["Pacifica Savings & Loan Association"]);
    expect(brief("Regulators fined Harbor Bancorp on Monday. The bank asked regulators for more time to sell branches.").map((d) => d.by)).toEqual(["Harbor Bancorp"]);
  });
});

describe("a suit speaks for whoever filed it", () => {
  it("'The Kessel Tenants Union filed a lawsuit … The suit asks the court to …' is the union's demand", () => {
    expect(brief("The Kessel Tenants Union filed a lawsuit on Monday. The suit asks the court to order the landlord to repair the heating.")).toEqual([
      { by: "Kessel Tenants Union", of: ["the court"], what: "order the landlord to repair the heating" },
    ]);
    expect(brief("A group of Halvard shareholders filed suit in federal court, seeking damages. The suit also asks the court to freeze the officers' assets.").map((d) => d.what)).toContain("freeze the officers' assets");
  });
});

describe("a letter written to someone, without the word 'letter'", () => {
  it("'wrote to Mayor Ada Voss urging her to …', 'has written to the sports minister asking for …' are the writer's", () => {
    expect(brief("The Kessel Tenants Union wrote to Mayor Ada Voss urging her to freeze rents.")).toEqual([{ by: "Kessel Tenants Union", of: ["Ada Voss"], what: "freeze rents" }]);
    expect(brief("Sarah Quinn has written to the sports minister asking for new rules on club ownership.").map((d) => d.by)).toEqual(["Sarah Quinn"]);
  });
});
