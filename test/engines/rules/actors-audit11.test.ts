// Families of bad or missing actors found when the editor's audit (issue 11, bench/real-news/audit-actors.mjs) first
// judged gold9, held out until stop 29: cities of a market report read as their states, market indexes read as bodies,
// a surname's particle capitalised, a state's abbreviation glued to the next sentence's name, places only left for or
// bordered, a court named in lower case read as its state, a broadcast's sign-offs, a two-word state of the union read
// as a person, firms named by one word with a capital inside it, a company's results, a role in apposition before
// "said", and bodies named only as examples. Every case is made up.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const actors = (text: string) => extractRules({ text, metadata: emptyMetadata() }).actors;
const names = (text: string) => actors(text).map((a) => a.name);
const kindOf = (text: string, name: string) => actors(text).find((a) => a.name === name)?.kind;

describe("capitals in a list after a locative preposition", () => {
  it("are all places, not their states", () => {
    for (const text of [
      "Share prices closed lower in Paris, Vienna, Stockholm and Oslo, Tessel Securities said.",
      "Stocks were mixed in Lisbon, Athens and Dublin, and fell in Madrid, dealers at Orvik Bank said.",
      "The tour stops in Ottawa, Canberra or Wellington next month, Rhoda Keel said.",
    ]) {
      expect(actors(text).filter((a) => a.kind === "country").map((a) => a.name), text).toEqual([]);
    }
  });

  it("a capital naming its market is no state either", () => {
    expect(names("The Tokyo stock index fell 2% on Friday, and Vienna traders were cautious, Rhoda Keel said.")).not.toContain("Japan");
    expect(names("Vienna dealers blamed the news, Rhoda Keel said.")).not.toContain("Austria");
  });

  it("near miss: a capital that acts is still its state", () => {
    const text = "Talks were held in Geneva. Moscow and Beijing said they would veto the plan.";
    expect(names(text)).toEqual(expect.arrayContaining(["Russia", "China"]));
  });
});

describe("a market index", () => {
  it("is no actor, however the story names it", () => {
    for (const text of [
      "The ZAX index lost 4% this week. The ZAX dropped 19.69 points Friday, traders at Orvik Bank said.",
      "Harlow Jones industrials 2596.72, off 17.01; Harlow Jones transportation 1190.43. Tessel Corp. said it would sell.",
      "The Pellam 100-share index shed 47 points, and Pellam fell again on Monday.",
    ]) {
      expect(names(text).filter((n) => /ZAX|Harlow Jones|Pellam/.test(n)), text).toEqual([]);
    }
  });

  it("near miss: the company of the same name is still a company", () => {
    expect(names("Harlow Jones & Co. said it extended its offer for Tessel Inc. Harlow Jones owns 64% of Tessel.")).toContain("Harlow Jones & Co");
  });
});

describe("a surname's particle capitalised everywhere", () => {
  it("joins the surname to the full name", () => {
    const text = "The bureau put Yusuf Bin Hadi on its list on Monday. Marlow said Bin Hadi may be hiding. Bin Hadi denies it.";
    expect(names(text).filter((n) => /Hadi/.test(n))).toEqual(["Yusuf Bin Hadi"]);
  });

  it("near miss: written in lower case, it does as before", () => {
    const text = "The bureau put Yusuf bin Hadi on its list on Monday. Marlow said bin Hadi may be hiding.";
    expect(names(text).filter((n) => /Hadi/.test(n))).toEqual(["Yusuf bin Hadi"]);
  });
});

describe("a state's abbreviation after a town, ending a sentence", () => {
  it("is not glued to the name that opens the next one", () => {
    for (const text of [
      "Kell is charged with shooting Dr. Arno Pilcher last fall at his home in Dunmore, N.Y. Pilcher provided care to hundreds.",
      "The clinic was in Harwick, Calif. Pilcher said it would reopen, Dr. Arno Pilcher's lawyer said.",
      "He lived in Dunmore, Vt. Mayor Rhoda Keel said he left in May.",
    ]) {
      expect(names(text).filter((n) => /^(?:N\.Y\.|Calif\.|Vt\.) /.test(n)), text).toEqual([]);
    }
    expect(names("He lived in Dunmore, Vt. Mayor Rhoda Keel said he left in May.")).toContain("Rhoda Keel");
  });

  it("near miss: a state's abbreviation between commas leaves the name after it alone", () => {
    expect(names("The firm, based in Dunmore, N.J., said it would appeal, Rhoda Keel said.")).toContain("Rhoda Keel");
  });
});

describe("a state only left for, bordered or extradited from", () => {
  it("is a place", () => {
    for (const [text, state] of [
      ["Hungarian astronaut Pal Veres is leaving for the United States to start a new career, he said.", "United States"],
      ["Kell may have approached the border with Mexico, but it is unknown whether he crossed, Marlow said.", "Mexico"],
      ["Another suspect is awaiting extradition from Britain, Marlow said.", "United Kingdom"],
      ["The couple left for Canada in May, Rhoda Keel said.", "Canada"],
    ] as const) {
      expect(actors(text).filter((a) => a.kind === "country").map((a) => a.name), text).not.toContain(state);
    }
  });

  it("near miss: the same state acting is an actor", () => {
    const text = "The suspect left for Canada. Canada said on Monday that it would arrest him.";
    expect(names(text)).toContain("Canada");
  });
});

describe("a federal court named in lower case, as transcripts write it", () => {
  it("is no mention of its state", () => {
    for (const text of [
      "Now the ninth US circuit court of appeals has ruled that the appeal was flawed, Rhoda Keel reports.",
      "A US district judge in Boston threw out the suit on Monday, Rhoda Keel said.",
    ]) {
      expect(names(text), text).not.toContain("United States");
    }
  });

  it("near miss: the state's officials still make it act", () => {
    expect(names("US officials said on Monday they would appeal the ruling.")).toContain("United States");
  });
});

describe("a broadcast reporter's hand-over and sign-off", () => {
  it("is no actor", () => {
    for (const text of [
      "A federal appeals court has reinstated his convictions. WXR's Nora Pell has more from Denver. Keating was convicted in 1991. Nora Pell, WXR news, Denver.",
      "Castro invited the Pope. And in just a moment Nora Pell will have some other news.",
      "The ship docked on Monday. In a minute, Nora Pell will have more.",
    ]) {
      expect(names(text), text).not.toContain("Nora Pell");
    }
  });

  it("near miss: a reporter named in the story's own events stays", () => {
    expect(names("Police arrested Nora Pell, a reporter, on Monday, her lawyer said.")).toContain("Nora Pell");
  });
});

describe("a state of the United States named with two words", () => {
  it("is no person", () => {
    for (const text of [
      "McVane, 54, of Lewisburg, West Virginia, was part of a seven-member crew.",
      "He grew up in Fargo, North Dakota, and moved to New Hampshire, Rhoda Keel said.",
    ]) {
      expect(actors(text).filter((a) => a.kind === "person" && /Virginia|Dakota|Hampshire/.test(a.name)), text).toEqual([]);
    }
  });

  it("near miss: acting, it is a body, not a person", () => {
    expect(kindOf("West Virginia sued the agency on Monday over the rule.", "West Virginia")).toBe("organization");
  });
});

describe("a firm named by one word with a capital inside it", () => {
  it("is an organisation when it acts", () => {
    for (const [text, firm] of [
      ["NetHarbor, which hosted the site, closed it Thursday night, spokesman Arno Pilcher said.", "NetHarbor"],
      ["Tessel Broadcasting and SouthTel sweetened their plan to merge on Monday.", "SouthTel"],
      ["The court said it violated NetHarbor's policy on threats.", "NetHarbor"],
    ] as const) {
      expect(kindOf(text, firm), text).toBe("organization");
    }
  });

  it("near miss: named in passing, a list, a tag or a product is none; a Mac- surname stays a person", () => {
    expect(names("Orvik placed it on CreditNote for possible downgrade. #SunnyDays #ad")).toEqual(expect.not.arrayContaining(["CreditNote", "SunnyDays"]));
    expect(names("He showed PowerDeck slides at the meeting, Rhoda Keel said.")).not.toContain("PowerDeck");
    expect(kindOf("MacArthur said he would return to the islands.", "MacArthur")).toBe("person");
  });
});

describe("a one-word name reporting results", () => {
  it("is a company", () => {
    for (const text of ["Vexor posted a $648.2 million loss for the third quarter.", "Vexor reported third-quarter net income of $5 million, up 4%."]) {
      expect(kindOf(text, "Vexor"), text).toBe("organization");
    }
  });

  it("near miss: a surname that speaks stays a person", () => {
    expect(kindOf("Harlan said the results were good, and left.", "Harlan")).toBe("person");
  });
});

describe("a role in apposition closed by the speech verb", () => {
  it("keeps the person, with the role", () => {
    for (const text of [
      '"We have completed the transition," Robert M. Cost, chairman and chief executive, said in an interview.',
      "The plan failed, Robert Cost, chairman, said.",
      "The plan failed, Robert Cost, president and chief operating officer, says.",
    ]) {
      const person = actors(text).find((a) => /Robert (?:M\. )?Cost/.test(a.name));
      expect(person?.kind, text).toBe("person");
      expect(person?.role, text).toMatch(/chairman|president/);
    }
  });

  it("near miss: a list of states before 'said' is no apposition", () => {
    expect(names("Spain, France, Italy, said the minister.")).toEqual(expect.arrayContaining(["Spain", "France", "Italy"]));
  });
});

describe("a body named only as an example", () => {
  it("is no party", () => {
    for (const text of [
      "Innopac recycles foam used by fast food chains, such as Burger Barn Corp., for packaging, Innopac Inc. said.",
      "You can buy games on other platforms like GameNet Live, Vexa Play, and Steamline. Orvik Corp. said so.",
    ]) {
      expect(names(text).filter((n) => /Burger Barn|GameNet|Vexa|Steamline/.test(n)), text).toEqual([]);
    }
  });

  it("near miss: named again as a party, it is one", () => {
    expect(names("Companies such as Exxor Corp. said they would sue. Exxor Corp. filed suit on Monday.")).toContain("Exxor Corp");
  });
});

describe("a state's name before a company's offices or a clearance", () => {
  it("is no mention of the state", () => {
    for (const text of ["Veres will move to the company's U.S. headquarters, he said.", "Orvik confirmed it received U.S. antitrust clearance to raise its stake."]) {
      expect(names(text), text).not.toContain("United States");
    }
  });

  it("near miss: the state that speaks is an actor", () => {
    expect(names("The U.S. said on Monday it would appeal.")).toContain("United States");
  });
});

describe("holders of a company's paper and its directors, acting", () => {
  it("are groups, through a relative clause or a count after the possessor", () => {
    for (const [text, group] of [
      ["Under the plan, unsecured creditors, who are owed about $430 million, would receive about $92 million. The plan was filed jointly with unsecured creditors.", /creditors/i],
      ["Orvik Corp. extended its offer for Tessel Inc. Tessel's two independent directors have rejected the offer as inadequate.", /independent directors/i],
      ["Tessel's bondholders, who hold $90 million of notes, rejected the plan on Monday.", /bondholders/i],
    ] as const) {
      expect(actors(text).some((a) => a.kind === "group" && group.test(a.name)), text).toBe(true);
    }
  });

  it("near miss: a count alone pins no group down", () => {
    expect(actors("Two independent directors resigned on Monday.").filter((a) => a.kind === "group")).toEqual([]);
  });
});

describe("an owner's possessive before its unit's name", () => {
  it("is not glued to the unit", () => {
    for (const text of ["Harwell's Bay Power unit may plead guilty this week to charges.", "Orvik Corp.'s Tessel Power subsidiary said it would sell the plant."]) {
      expect(names(text).filter((n) => /['’]s /.test(n)), text).toEqual([]);
    }
    expect(names("Harwell's Bay Power unit may plead guilty this week to charges.")).toContain("Bay Power");
  });

  it("near miss: a possessive that is part of a company's name stays", () => {
    expect(names("Burger Barn's Corp. said it would sue. Mooney's Investors Service said so.")).toContain("Mooney's Investors Service");
  });
});

describe("a court named in lower case that rules", () => {
  it("is a party, one per level of court, named by its longest phrase", () => {
    const text = "Keating is facing more legal troubles. A federal appeals court has reinstated his state convictions. Now the ninth US circuit court of appeals has ruled that the appeal was flawed.";
    expect(actors(text).filter((a) => /court/.test(a.name)).map((a) => [a.name, a.kind])).toEqual([["the ninth US circuit court of appeals", "organization"]]);
    expect(names("The state supreme court overturned the verdict on Monday, Rhoda Keel said.")).toContain("the state supreme court");
  });

  it("near miss: a court that only modifies a noun is none, and a named court is that court", () => {
    expect(names("A district court judge upheld the agency. The federal court order was issued on Monday.").filter((n) => /court/i.test(n))).toEqual([]);
    expect(names("The Ninth Circuit Court of Appeals ruled on Monday. The appeals court said the law stands.").filter((n) => /court/i.test(n))).toEqual(["Ninth Circuit Court of Appeals"]);
  });
});
