// Demands credited to the wrong demander, or lost for want of one (issue 11, stop 27): a title with "of" before a
// person's name, a statement "from X to Y", people "from" a place, a crowd named only in a quote's attribution, an
// event held "to urge …", a compound preposition before the owner, a body inside a named body, the law body nearest a
// passive "is being sought", and supporters who are a crowd of their own. Fictional sentences, three wordings each.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));
const demanders = (text: string) => brief(text).map((d) => d.by);

describe("a title with 'of' before a name: the person, not the country before the title", () => {
  it("'U.S. Secretary of State X', 'Kremlin Chief of Staff X', 'Tarvanian Minister of Finance X'", () => {
    expect(brief("U.S. Secretary of State Ann Roe has invited Polish Foreign Minister Jan Nowak to visit Paris.")).toEqual([
      { by: "Ann Roe", of: ["Jan Nowak"], what: "visit Paris" },
    ]);
    expect(demanders("Kremlin Chief of Staff Ivan Petrov demanded an apology from the Estonian government.")).toEqual(["Ivan Petrov"]);
    expect(demanders("British Secretary of State for Defence Tom Hale urged Norway to buy the frigates.")).toEqual(["Tom Hale"]);
  });
});

describe("a statement 'from X to Y': X asks, not the addressee", () => {
  it("a participle after the addressee: 'published a letter from X to Y asking for …'", () => {
    expect(demanders("The Daily Post published a letter Thursday from the boy's grandmothers to Mayor Tom Hale and Governor Ada Voss asking for his return.")).toEqual([
      "the boy's grandmothers",
    ]);
    expect(demanders("The Daily Post printed a petition from the island's fishermen to Governor Ada Voss demanding a ban on trawlers.")).toEqual([
      "Island's fishermen",
    ]);
    expect(brief("The radio read out a message from the hostages' families to President Tom Hale urging him to negotiate.")).toEqual([
      { by: "Hostages' families", of: ["Tom Hale"], what: "negotiate" },
    ]);
  });

  it("a time before 'from' and a finite verb: 'A statement on Monday from X to Y called for …'", () => {
    expect(demanders("A statement on Monday from the Tarvos Farmers Union to Prime Minister Tom Hale called for emergency aid.")).toEqual(["Tarvos Farmers Union"]);
    expect(demanders("A letter from angry residents to Mayor Tom Hale asked for a new bridge.")).toEqual(["Angry residents"]);
    expect(demanders("A petition last week from the Kessel Teachers Union to Governor Ada Voss demanded smaller classes.")).toEqual(["Kessel Teachers Union"]);
  });
});

describe("people 'from' or 'in' a place are the demanders, not the place", () => {
  it("'X's two grandmothers from Cuba, who want …', 'three farmers from Tarvos, who want …'", () => {
    expect(demanders("The minister met Tom Hale's lawyer, as well as with Ana Ruiz's two grandmothers from Portugal, who want her returned.")).toEqual([
      "Ana Ruiz's two grandmothers",
    ]);
    expect(demanders("Later, three farmers from Tarvos, who want the dam scrapped, met the governor.")).toEqual(["Three farmers"]);
    expect(demanders("The minister met the boy's cousins in Madrid, who want him sent back to school.")).toEqual(["the boy's cousins"]);
  });

  it("a count or a place between owner and relative: 'two of Ana's Boston cousins'", () => {
    expect(demanders("Later Thursday, two of Ana Ruiz's Boston cousins sought support in the Senate for a bill to keep her in the country.")).toEqual([
      "Ana Ruiz's Boston cousins",
    ]);
    expect(demanders("Two of the girl's Dublin cousins urged the court to delay the hearing.")).toEqual(["the girl's Dublin cousins"]);
    expect(demanders("Tom Hale's two sisters demanded an inquiry into the crash.")).toEqual(["Tom Hale's two sisters"]);
  });
});

describe("a quoted command whose attribution names only a crowd", () => {
  it("'“…,” the protesters chanted', '“…,” shouted the marchers', '“…,” the angry farmers said'", () => {
    expect(brief("Some 900 dockers marched on Sunday. “Stop the evictions in Dunmere,” the protesters chanted.")).toEqual([
      { by: "Protesters", of: [], what: "Stop the evictions in Dunmere" },
    ]);
    expect(demanders("“Free the prisoners,” shouted the marchers.")).toEqual(["Marchers"]);
    expect(demanders("“Give us our land back,” the angry farmers said.")).toEqual(["Angry farmers"]);
  });

  it("not a thing in the attribution: '“…,” the report said'", () => {
    expect(brief("“Close the mine now,” the report said.")).toEqual([]);
  });
});

describe("an event held to urge: whoever holds it urges", () => {
  it("'began a rally in the capital, Abuja, to urge', 'staged a march … to demand', 'held a vigil outside … to urge'", () => {
    expect(brief("Tom Hale's supporters began a two-day rally in the capital, Dunmere, to urge him to run for governor.")).toEqual([
      { by: "Tom Hale's supporters", of: [], what: "run for governor" },
    ]);
    expect(demanders("The Tarvos Farmers Union staged a march in the capital on Monday to demand lower fuel prices.")).toEqual(["Tarvos Farmers Union"]);
    expect(demanders("Hundreds of nurses held a vigil outside the hospital to urge the board to reopen the ward.")).toEqual(["Nurses"]);
  });
});

describe("supporters are a crowd of their own, however named", () => {
  it("'X's supporters', 'her supporters', 'the senator's followers'", () => {
    expect(demanders("Tom Hale's supporters demanded a recount.")).toEqual(["Tom Hale's supporters"]);
    expect(brief("Ada Voss lost the vote. Her supporters urged her to appeal.")).toEqual([{ by: "Ada Voss's supporters", of: ["Ada Voss"], what: "appeal" }]);
    expect(demanders("The senator's followers urged him to run again.")).toEqual(["Followers"]);
  });
});

describe("a compound preposition ends the phrase before a possessor", () => {
  it("'in favor of the father's request', 'in support of the union's demand', 'in defiance of the mayor's order'", () => {
    expect(demanders("The agency has ruled in favor of the father's request that the boy be returned to him in Tarvania.")).toEqual(["the father"]);
    expect(demanders("The board voted in support of the union's demand that the plant stay open.")).toEqual(["the union"]);
    expect(demanders("The council acted in defiance of the mayor's order that the square be cleared.")).toEqual(["the mayor"]);
  });
});

describe("a body inside a named body, written in lower case, is the demander", () => {
  it("'the UN security council', 'the EU farm committee', 'the NATO council'", () => {
    // A body the gazetteer knows goes by its known name (actors9); what matters is that it is not "United Nations".
    expect(demanders("The UN security council insists any deal must allow inspectors unrestricted access to all the sites.")).toEqual(["U.N. Security Council"]);
    expect(demanders("The EU farm committee called for a cut in the milk quota.")).toEqual(["EU farm committee"]);
    expect(demanders("The NATO council urged Serbia to withdraw its troops.")).toEqual(["NATO council"]);
  });
});

describe("a suspect 'is being sought': the law body named nearest before", () => {
  it("the FBI after the police, the police alone, the attribution", () => {
    expect(demanders("An officer of the Dunmere Police Department said an FBI bulletin linked the two men to Tom Hale, who is being sought as a material witness in the case.")).toEqual(["FBI"]);
    expect(demanders("A spokesman for the Dunmere Police Department said the FBI had told them that Tom Hale is wanted for questioning in the robbery.")).toEqual(["FBI"]);
    expect(demanders("Tom Hale is wanted for questioning in the robbery, the Dunmere Police Department said.")).toEqual(["Dunmere Police Department"]);
  });
});

describe("calls that the subject opposes are not the subject's", () => {
  it("'protesting calls for …', 'denounced calls for …', 'opposed demands for …' make no demand of the opponents", () => {
    expect(brief("Police clashed with anti-government demonstrators who were protesting calls for military leader Tom Hale to run for president.")).toEqual([]);
    expect(brief("Students denounced calls for the fees to be doubled.")).toEqual([]);
    expect(brief("The farmers opposed demands for the dam to be scrapped.")).toEqual([]);
  });

  it("the opponents' own call in the same sentence is still theirs", () => {
    expect(demanders("The union condemned calls for a wage freeze, and called for a pay rise.")).toEqual(["the union"]);
  });
});

describe("a company named later by the word before its legal suffix", () => {
  it("'Acquisition' after 'DD Acquisition Corp.', 'Holdings' after 'Kessel Holdings Inc.', 'Shipping' after 'Northwind Shipping Co.'", () => {
    // The offer extended is the bidder's demand too (demand-deals.ts); the suit's is what this asks.
    expect(demanders("Tarn Acquisition Corp. extended its offer for all Dunmere Foods shares. Acquisition has launched a suit in a Delaware court seeking the withdrawal of the poison pill rights.")).toEqual(["Tarn Acquisition Corp", "Tarn Acquisition Corp"]);
    expect(demanders("Kessel Holdings Inc. bid for the chain. Holdings demanded a seat on the board.")).toEqual(["Kessel Holdings Inc", "Kessel Holdings Inc"]);
    expect(demanders("Northwind Shipping Co. said profits fell. Shipping urged the port to cut fees.")).toEqual(["Northwind Shipping Co"]);
  });
});

describe("'The proposal calls for …' after 'he … his proposal': the subject pronoun read back to its name", () => {
  it("'he tried … with his proposal', 'She then unveiled her proposal', 'they sent their petition', 'Later he published his letter'", () => {
    expect(demanders("President Tom Hale tried to scare other leaders on Friday. Then yesterday, he tried to entice them with his proposal for a diplomatic solution. The proposal also called for replacing foreign troops in the region with local forces.")).toEqual(["Tom Hale"]);
    expect(demanders("Governor Ada Voss spoke on Monday. She then unveiled her proposal for the harbor. The proposal calls for dredging the channel and selling the old pier.")).toEqual(["Ada Voss"]);
    expect(demanders("The Tarvos Farmers Union met in Dunmere on Monday. On Tuesday, they sent their petition to the minister. The petition demanded a freeze on diesel prices.")).toEqual(["Tarvos Farmers Union"]);
    expect(demanders("Mayor Tom Hale met the council. Later he published his letter to the governor. The letter asked for more money for the schools.")).toEqual(["Tom Hale"]);
  });
});

describe("'a request last week from X, Name, to …': the maker after a time, named in apposition", () => {
  it("'a request last week from the girl's mother in Lisbon, Ana Ruiz, to have …', 'a request last month from X to …'", () => {
    expect(brief("The ministry is weighing a request on Monday from the girl's mother in Lisbon, Ana Ruiz, to have the hearing moved to Porto.")).toEqual([
      { by: "Ana Ruiz", of: [], what: "have the hearing moved to Porto" },
    ]);
    expect(demanders("The board rejected a request last month from the Tarvos Farmers Union to delay the vote.")).toEqual(["Tarvos Farmers Union"]);
    expect(demanders("The court is still considering a request last week from the boy's father in Madrid, Tom Hale, to have custody shifted to his sister.")).toEqual(["Tom Hale"]);
  });
});

describe("'the father's request' is the one person the story names in that role", () => {
  it("'Tom Hale, the boy's father, …', 'Ana Ruiz, the girl's mother, …'; unnamed, the relative as written", () => {
    expect(demanders("Tom Hale, the boy's father, lives in Porto. The agency has ruled in favor of the father's request that the boy be returned to him.")).toEqual(["Tom Hale"]);
    expect(demanders("Ana Ruiz, the girl's mother, spoke on Monday. The court granted the mother's request that the hearing be delayed.")).toEqual(["Ana Ruiz"]);
    expect(demanders("The court granted the father's request that the hearing be delayed.")).toEqual(["the father"]);
  });
});
