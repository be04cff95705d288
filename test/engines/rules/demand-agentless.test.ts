// Demands that were dropped because their agent was never resolved (issue 11; bench/real-news/agentless.ts lists them):
// part of a crowd named by an unlisted plural, a verb taking the trigger as a gerund, an intention named by a noun, a
// gerund coordinated with an earlier one, a plural possessor before a modified collective — and subjects that deny
// anyone asks. Fictional sentences, at least three wordings each.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));
const demanders = (text: string) => brief(text).map((d) => d.by);

describe("part of a crowd speaks as the crowd, named as written", () => {
  it("'a string of', 'a handful of', 'scores of' + a plural the group list lacks", () => {
    expect(brief("A string of former guerrillas called for the release of the prisoners.")).toEqual([
      { by: "Former guerrillas", of: [], what: "the release of the prisoners" },
    ]);
    expect(brief("A handful of retired judges urged the assembly to restore the court's budget.")).toEqual([
      { by: "Retired judges", of: ["the assembly"], what: "restore the court's budget" },
    ]);
    expect(demanders("Scores of striking dockers demanded a meeting with the port authority.")).toEqual(["Striking dockers"]);
  });

  it("'every one of her colleagues': the article or possessive is dropped", () => {
    expect(brief("Every one of her colleagues wanted the ban lifted.")).toEqual([{ by: "Colleagues", of: [], what: "the ban lifted" }]);
    expect(demanders("Each of the stallholders demanded a refund of the market fee.")).toEqual(["Stallholders"]);
  });

  it("things counted are no crowd: 'a number of studies called for …'", () => {
    expect(brief("A number of studies called for stricter rules.")).toEqual([]);
    expect(brief("A series of reports urged the board to act.")).toEqual([]);
    expect(brief("Some of the letters demanded an apology.")).toEqual([]);
  });
});

describe("a subject that says no one asks makes no demand", () => {
  it("'Not all X insist', 'Nobody wants', 'None of the X asked', 'No one demanded'", () => {
    expect(brief("Not all farmers insist that the subsidy be kept.")).toEqual([]);
    expect(brief("Nobody wants the ferry to be sold, said Mara Lind of the Harbor Guild.")).toEqual([]);
    expect(brief("None of the unions asked the ministry to delay the vote.")).toEqual([]);
    expect(brief("The mayor said that no one demanded a recount of the vote.")).toEqual([]);
  });

  it("a denial inside an aside leaves the subject's demand: 'Farmers, not all of them poor, demanded …'", () => {
    expect(demanders("Farmers, not all of them poor, demanded a subsidy.")).toEqual(["Farmers"]);
  });
});

describe("a verb that takes the trigger as a gerund governs it", () => {
  it("'is considering urging', 'was weighing asking', 'has begun pressing'", () => {
    expect(brief("Governor Ada Voss spoke on Monday. Voss is considering urging the legislature to raise the fuel tax.")).toEqual([
      { by: "Ada Voss", of: ["the legislature"], what: "raise the fuel tax" },
    ]);
    expect(brief("The Pentagon said Defense Secretary Tom Hale was weighing asking Congress for more money. Hale said nothing.")).toEqual([
      { by: "Tom Hale", of: ["Congress"], what: "more money" },
    ]);
    expect(demanders("The Tarvos Farmers Union said prices had fallen. The union has begun pressing for emergency aid.")).toEqual(["Tarvos Farmers Union"]);
  });

  it("a gerund after 'and' has the subject of the gerund before it: 'started calling X and asking them to …'", () => {
    expect(brief("The Tarvos Farmers Union met on Monday. The union started calling council members and asking them to block the sale.")).toEqual([
      { by: "Tarvos Farmers Union", of: [], what: "block the sale" },
    ]);
    expect(demanders("Mara Lind, the guild chairwoman, started calling aldermen and urging them to vote against the sale.")).toEqual(["Mara Lind"]);
    expect(demanders("Mara Lind, the guild chairwoman, kept phoning aldermen and asking them to vote against the sale.")).toEqual(["Mara Lind"]);
  });
});

describe("an intention named by a noun belongs to whoever holds it", () => {
  it("'her decision to seek', 'its decision to demand', 'announced plans to seek'", () => {
    expect(brief("Ada Voss, the district attorney, said the new evidence was central to her decision to seek a retrial.")).toEqual([
      { by: "Ada Voss", of: [], what: "a retrial" },
    ]);
    expect(brief("The Kessel Teachers Union defended its decision to demand a pay rise of 8%.")).toEqual([
      { by: "Kessel Teachers Union", of: [], what: "a pay rise of 8%" },
    ]);
    expect(demanders("Halvard Corp. announced plans to seek damages from the port authority.")).toEqual(["Halvard Corp"]);
  });
});

describe("a plural possessor before a modified collective is part of its name", () => {
  it("'Patients' rights groups', 'the teachers' unions', 'the miners' welfare associations'", () => {
    expect(brief("Patients' rights groups urged the hospital to publish its waiting lists.")).toEqual([
      { by: "Patients' rights groups", of: ["the hospital"], what: "publish its waiting lists" },
    ]);
    expect(demanders("The teachers' unions urged the ministry to act.")).toEqual(["Teachers' unions"]);
    expect(demanders("The miners' welfare associations called for a new pension fund.")).toEqual(["Miners' welfare associations"]);
  });
});

describe("a statement named again speaks for whoever owned it just before", () => {
  it("'his proposal … . The proposal also called for …', 'her petition … . The petition demands …'", () => {
    expect(brief("Then yesterday, President Tomas Kral tried to entice his rivals with his proposal for a settlement. The proposal also called for replacing the army's chief with a civilian.")).toEqual([
      { by: "Tomas Kral", of: [], what: "replacing the army's chief with a civilian" },
    ]);
    expect(demanders("Mara Lind sent her petition to the council. The petition demands a referendum on the sale.")).toEqual(["Mara Lind"]);
    expect(brief("Halvard Corp. has made a new offer to the port. The company's proposal calls for a joint venture. The proposal also calls for the port to waive its fees.").map((d) => d.what)).toEqual([
      "a joint venture",
      "the port to waive its fees",
    ]);
  });

  it("a statement nobody owned before stays without a voice: 'signed the plan. The plan calls for …'", () => {
    expect(brief("The two presidents on Friday signed the plan. The plan calls for cooperation in the metallurgy industries.")).toEqual([]);
  });
});

describe("'the parent' in business news is the company that owns 'its unit'", () => {
  it("'its U.S. unit', 'its shipping subsidiary', 'its Canadian affiliate'", () => {
    expect(brief("Esselte AB, the office supplies company, proposed to buy the 22% it doesn't own of its U.S. unit, Esselte Business Systems Inc. A committee of outside directors is evaluating the proposal; the parent asked it to respond by Oct. 31.")).toEqual([
      // The proposal to buy out the unit's other holders is the parent's own demand (demand-deals.ts).
      { by: "Esselte AB", of: ["Esselte Business Systems Inc"], what: "buy the 22% it doesn't own of its U.S. unit, Esselte Business Systems Inc" },
      { by: "Esselte AB", of: ["Esselte Business Systems Inc"], what: "respond by Oct. 31" },
    ]);
    expect(demanders("Halvard Corp. said on Monday that its shipping subsidiary, Halvard Lines, had lost money again. The parent has asked the unit's managers to cut costs by a fifth.")).toEqual(["Halvard Corp"]);
    expect(demanders("Greystone Logistics Partners owns 60% of its Canadian affiliate, Northwind Freight. The parent urged Northwind's board to appoint two more directors.")).toEqual(["Greystone Logistics Partners"]);
  });

  it("a child's parent owns no unit: no company is made the demander", () => {
    expect(brief("Mara Lind said her son's school had refused to act. The parent asked the school to respond by Friday.")).toEqual([]);
  });
});

describe("whoever obtains, wins or seeks an order asked for it", () => {
  it("'obtained an injunction requiring …', 'won a court order barring …', 'obtained a temporary restraining order against …'", () => {
    expect(brief("The Miami relatives appealed that decision, and obtained an injunction requiring the boy to remain in the United States.").map((d) => d.what)).toContain(
      "injunction requiring the boy to remain in the United States",
    );
    expect(brief("The Kessel Teachers Union won a court order barring the closure of the school until March.")).toEqual([
      { by: "Kessel Teachers Union", of: [], what: "order barring the closure of the school until March" },
    ]);
    expect(demanders("Mara Lind said she feared for her life. Lind obtained a temporary restraining order against her former partner.")).toEqual(["Mara Lind"]);
    expect(demanders("Prosecutors in Tarvos obtained a warrant for Brandt's arrest on Monday.")).toEqual(["Prosecutors"]);
  });

  it("defying or upholding an order asks for nothing", () => {
    expect(brief("The union defied a court order to end the strike.")).toEqual([]);
    expect(brief("The court order was upheld on appeal.")).toEqual([]);
  });
});

describe("a gerund after 'while', 'after', 'before' is the main subject's act; after 'without', 'instead of' it is not done", () => {
  it("'while urging', 'after demanding', 'before demanding'", () => {
    expect(brief("The Kessel Teachers Union ended its strike on Monday while urging the ministry to reopen talks.")).toEqual([
      { by: "Kessel Teachers Union", of: ["the ministry"], what: "reopen talks" },
    ]);
    expect(demanders("Mayor Ada Voss said the city would cut bus fares after demanding that the state pay for the repairs.")).toEqual(["Ada Voss"]);
    expect(brief("The Tarvos Farmers Union blocked the road before demanding a meeting with the minister.")).toEqual([
      { by: "Tarvos Farmers Union", of: [], what: "a meeting with the minister" },
    ]);
  });

  it("'without seeking', 'instead of asking': no demand", () => {
    expect(brief("President Tomas Kral can call up 20,000 reservists without seeking approval from parliament.")).toEqual([]);
    expect(brief("Halvard Corp. shut the plant, instead of asking the union to accept lower wages.")).toEqual([]);
    expect(brief("The Kessel Teachers Union went on strike without demanding anything of the ministry.")).toEqual([]);
  });
});

describe("a list of addressees before the act: commas and a repeated 'to' inside it", () => {
  it("'urged Britain, France and Russia to …', 'urged the mayor, the council and the port authority to …'", () => {
    expect(brief("The United Nations urged Britain, France and Russia to lift the sanctions.")).toEqual([
      { by: "United Nations", of: ["Britain", "France", "Russia"], what: "lift the sanctions" },
    ]);
    expect(brief("Mara Lind urged the mayor, the council and the port authority to block the sale.").map((d) => d.what)).toEqual(["block the sale"]);
  });

  it("'appealing to individuals, to the city council, and to the fishermen to stop …' is one appeal", () => {
    const found = brief("Mara Lind runs the Harbor Guild. She says her group is appealing to individuals, to the city council, and to the fishermen of Tarvos to stop the dumping.");
    expect(found.map((d) => d.by)).toEqual(["Mara Lind"]);
    expect(found[0]!.what).toMatch(/stop the dumping$/);
  });

  it("a comma that ends the clause is no list: 'urged restraint, saying …', 'asked the council, which meets …, to'", () => {
    expect(brief("The union urged restraint, saying the talks would resume on Monday to settle the dispute.")).toEqual([]);
    expect(brief("Mara Lind asked the council, which meets on Monday, to delay the vote.")).toEqual([{ by: "Mara Lind", of: ["the council"], what: "delay the vote" }]);
  });
});
