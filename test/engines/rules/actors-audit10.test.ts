// Families of bad or missing actors found when the editor's audit (issue 11, bench/real-news/audit-actors.mjs) first
// judged gold8, held out until stop 28: firms named by partners joined with a slash, partnerships, names glued to a
// prefix's name or to a people's compound, a faith read as a person, a nickname cutting a name, a body's fields joined
// by "and", a state inside another place's name, sites left and markets traded on, the one warned or urged, groups
// pinned down by where they are based. Every case is made up.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const actors = (text: string) => extractRules({ text, metadata: emptyMetadata() }).actors;
const names = (text: string) => actors(text).map((a) => a.name);
const kindOf = (text: string, name: string) => actors(text).find((a) => a.name === name)?.kind;

describe("a firm named by partners joined with a slash", () => {
  it("is one organisation, its short form an alias", () => {
    for (const text of [
      "Orvik Corp. agreed to buy Haller/Brandt Pictures Co. for $90 million. Haller/Brandt has been in litigation with Tessel Inc.",
      "Haller/Brandt Pictures Co. said on Monday it would appeal, and Haller/Brandt asked for a stay.",
    ]) {
      const firm = actors(text).find((a) => a.name === "Haller/Brandt Pictures Co");
      expect(firm?.kind, text).toBe("organization");
      expect(names(text), text).not.toContain("Brandt Pictures Co");
      expect(names(text), text).not.toContain("Haller");
    }
  });

  it("named only by the partners, it is still a firm, not a person", () => {
    expect(kindOf("Haller/Brandt said on Monday it would sue the studio.", "Haller/Brandt")).toBe("organization");
  });
});

describe("a partnership", () => {
  it("is an organisation, whatever its apposition says", () => {
    for (const text of [
      "The investor group includes Lakeshore Diner Partnership, a Nevada general partnership, and Rhoda Keel.",
      "Tarvin Holdings said Pemberton Equity III Limited Partnership has proposed a new offer.",
    ]) {
      const partnership = actors(text).find((a) => /Partnership$/.test(a.name));
      expect(partnership?.kind, text).toBe("organization");
    }
  });
});

describe("a name after a prefix such as anti- or pro-", () => {
  it("describes what follows and is no part of its name", () => {
    expect(names("Her cousin, backed by the anti-Varga Civic Renewal Foundation, is fighting in the courts.")).toContain("Civic Renewal Foundation");
    expect(names("The pro-Lisbon Harbour Workers Union said on Monday it would strike.")).toContain("Harbour Workers Union");
  });

  it("near miss: the prefixed name is still named, on its own", () => {
    const text = "Her cousin, backed by the anti-Varga Civic Renewal Foundation, is fighting in the courts. Varga said it was a crime.";
    expect(names(text)).toContain("Varga");
  });

  it("near miss: an Arabic article joined by a hyphen stays in the name", () => {
    expect(names("Syrian President Bashar al-Assad said the war was over.")).toContain("Bashar al-Assad");
  });
});

describe("a people's compound after a name", () => {
  it("is not glued to it", () => {
    const text = "Tessel PLC said on Monday it was pleased. Orvik said the deal would keep Tessel British-owned and independent.";
    expect(names(text)).not.toContain("Tessel British");
    expect(names(text)).toContain("Tessel PLC");
  });
});

describe("a faith", () => {
  it("is not a person", () => {
    for (const text of [
      "Kell purports to be a devout Roman Catholic, the Justice Department said.",
      "The meeting was held at the home of a Roman Catholic nun in Tampa, Dalia Reyes said.",
      "Sunni Muslims marched in the capital on Friday, Dalia Reyes said.",
    ]) {
      expect(names(text).filter((n) => /Catholic|Muslim/.test(n)), text).toEqual([]);
    }
  });

  it("near miss: a church is a body", () => {
    expect(names("The Roman Catholic Church said it would appeal the ruling.")).toContain("Roman Catholic Church");
  });
});

describe("a nickname in quotation marks inside a name", () => {
  it("does not cut the name at the given name", () => {
    expect(names('Thomas "Tip" Harlow said the bill was dead.')).toContain("Thomas Harlow");
    expect(names("Mayor Walter ``Skip'' Marlowe said on Tuesday the budget would pass.")).toContain("Walter Marlowe");
    expect(names('Thomas "Tip" Harlow said the bill was dead.')).not.toContain("Thomas");
  });
});

describe("a body's fields joined by 'and'", () => {
  it("belong to its name", () => {
    expect(names("Kenneth Orr, chairman of the Select Committee on Trade and Industry, said the plan was poor.")).toContain("Select Committee on Trade and Industry");
    expect(names("The Ministry of Health and Welfare said on Monday it would act.")).toContain("Ministry of Health and Welfare");
  });

  it("near miss: two names after 'and' are two actors", () => {
    expect(names("The Committee on Trade and Rolf Amsel met on Monday, Amsel said.")).toContain("Rolf Amsel");
  });
});

describe("a state's name inside another place's name", () => {
  it("New Mexico is not Mexico", () => {
    expect(names("Tarn Air flies to 42 cities in New Mexico, Arizona and Texas.")).not.toContain("Mexico");
    expect(names("Its trucks run between Santa Fe, New Mexico, and Denver, the company said.")).not.toContain("Mexico");
  });

  it("near miss: New Zealand and Mexico themselves", () => {
    expect(names("New Zealand said it would send troops.")).toContain("New Zealand");
    expect(names("Mexico said it would send troops.")).toContain("Mexico");
  });
});

describe("a site left, a market traded on", () => {
  it("an air base one leaves, an exchange at a sentence start", () => {
    expect(names("Rhoda Keel spoke Monday before leaving Parrish Air Force Base, Maryland.")).not.toContain("Parrish Air Force Base");
    expect(names("The minister left Fort Dale Army Base on Friday, Rhoda Keel said.")).not.toContain("Fort Dale Army Base");
    expect(names("On the Lisbon Stock Exchange, Tessel closed at 12.8 euros, Rhoda Keel said.")).not.toContain("Lisbon Stock Exchange");
  });

  it("near miss: a base's command that acts", () => {
    expect(names("Parrish Air Force Base said on Monday the runway would reopen.")).toContain("Parrish Air Force Base");
  });
});

describe("a state's fugitive", () => {
  it("is a person of the state, not the state acting", () => {
    expect(names("Police issued a warrant for Dale Orcutt, a U.S. fugitive on the FBI's list.")).not.toContain("United States");
  });
});

describe("the one warned, urged or asked, named once", () => {
  it("is a person when the name looks like one", () => {
    for (const text of [
      "Blair pledged to stand with the president, warning Saddam Hussein that the threat of force is real.",
      "The envoy urged Mahmoud Abbas to return to the talks.",
      "The monitors reminded Tarek Salim that the deadline had passed.",
    ]) {
      const person = actors(text).find((a) => /Hussein|Abbas|Salim/.test(a.name));
      expect(person?.kind, text).toBe("person");
    }
  });

  it("near miss: a name merely mentioned after the verb, with no 'that' or 'to', stays unread", () => {
    expect(names("The monitors warned on Monday of Tarek Salim unrest.")).not.toContain("Tarek Salim");
  });
});

describe("a group named by where it is based", () => {
  it("is an actor when it acts", () => {
    for (const [text, group] of [
      ["Castro said his government is worried that Miami-based exiles might take the boy to another country.", "Miami-based exiles"],
      ["Reyes said Texas-based lawyers had filed the suit.", "Texas-based lawyers"],
    ] as const) {
      expect(names(text), text).toContain(group);
    }
  });

  it("near miss: a group that undergoes something is no actor", () => {
    expect(names("The bank said Miami-based lawyers were killed in the crash.")).not.toContain("Miami-based lawyers");
  });
});

describe("a relative read as a demander", () => {
  it("is the person the story names in that relation", () => {
    for (const text of [
      // in apposition
      "Tala Venn's mother has demanded that the school apologise. Tala Venn's mother, Maria Lund, said the school had failed.",
      "The board is weighing a request from Tala's mother in Oslo, Maria Lund, to have the exam moved. Tala Venn said little.",
      // by a role
      "Tala Venn's mother Maria Lund wept. For two months, Tala's mother has demanded that the school apologise.",
    ]) {
      expect(names(text), text).toContain("Maria Lund");
      expect(names(text).filter((n) => /mother/.test(n)), text).toEqual([]);
    }
  });

  it("a father, a son or a brother: the one other person of the surname", () => {
    const text = "Tala Venn's father has demanded that the school apologise. ``They will not buy me,'' said Mark Venn.";
    const extraction = extractRules({ text, metadata: emptyMetadata() });
    expect(extraction.actors.map((a) => a.name)).not.toContain("Tala Venn's father");
    expect(extraction.demands.map((d) => d.by)).toEqual(["Mark Venn"]);
  });

  it("near miss: with two others of the surname, or a mother, nobody is guessed", () => {
    expect(names("Tala Venn's father has demanded that the school apologise. Mark Venn and Oskar Venn said it had failed.")).toContain("Tala Venn's father");
    expect(names("Tala Venn's mother has demanded that the school apologise. Mark Venn said the school had failed.")).toContain("Tala Venn's mother");
  });
});

describe("a firm named without the word for its kind", () => {
  it("is the firm the story names in full", () => {
    for (const [text, firm] of [
      ["A unit of Orm Acquisition Partners launched an offer for Tessel Corp. Orm Acquisition is controlled by Kernel Corp. Orm Acquisition said it had the financing.", "Orm Acquisition Partners"],
      ["Harlow Mining Group bid for Tessel Corp. on Monday. Harlow Mining said it had the money.", "Harlow Mining Group"],
    ] as const) {
      const firmActor = actors(text).find((a) => a.name === firm);
      expect(firmActor, text).toBeDefined();
      expect(names(text).filter((n) => firm.startsWith(`${n} `)), text).toEqual([]);
    }
  });
});

describe("a place guessed as a destination", () => {
  it("is not a party", () => {
    for (const text of [
      "Castro said exiles were studying the possibility of taking the boy to a third nation, probably Nicaragua or Costa Rica.",
      "The envoy said the hostages could be flown to another country, possibly Oman.",
    ]) {
      expect(actors(text).filter((a) => a.kind === "country"), text).toEqual([]);
    }
  });

  it("near miss: a state that acts in the next clause", () => {
    expect(names("The hostages could be flown to another country, and Oman said it would take them.")).toContain("Oman");
  });
});

describe("a state after a count of places, in one locative phrase", () => {
  it("is a place too", () => {
    expect(names("Kell has been arrested a dozen times during protests in seven states and Italy.")).not.toContain("Italy");
    expect(names("The firm sells its boots in several countries and in Peru, Tessel Corp. said.")).not.toContain("Peru");
  });

  it("near miss: a state that acts after its own name", () => {
    expect(names("Protests spread in seven states, and Italy said it would send observers.")).toContain("Italy");
  });
});

describe("a relative of another kind bearing the surname", () => {
  it("is not taken for the father", () => {
    const text = "Tala Venn's father said he wants diplomats to meet his son. ``We are worried,'' Mark Venn wrote. Tala is staying with his great-uncle Oskar Venn, who is fighting to keep him.";
    expect(names(text)).not.toContain("Tala Venn's father");
    expect(names(text)).toContain("Oskar Venn");
    expect(extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => d.by)).toEqual(["Mark Venn"]);
  });
});

describe("a state's company named by what it makes", () => {
  it("is the company, not the state", () => {
    expect(names("Orvik Corp. said on Monday that the No. 1 U.S. auto maker would bid. The U.S. auto giant paid for the trip.")).not.toContain("United States");
    expect(names("Tessel said the German chipmaker had agreed to the terms.")).not.toContain("Germany");
  });
});

describe("names joined by an ampersand", () => {
  it("name a firm when it acts", () => {
    expect(kindOf("Black & Decker said it would bid for Emhart.", "Black & Decker")).toBe("organization");
    expect(kindOf("Black amp Decker said it would bid for Emhart.", "Black amp Decker")).toBe("organization");
    expect(names("Black amp Decker said it would bid for Emhart.")).not.toContain("Decker");
  });

  it("near miss: words joined by '&' that do not act may be a product; a short one in capitals is an acronym", () => {
    expect(names("Coming next: how to make Plan & Grow BIG work for your business.")).toEqual([]);
    expect(names("The M&A market slowed, bankers said.")).toEqual([]);
  });
});

describe("'for' between two names", () => {
  it("does not join them ('a bid by Ford for Jaguar')", () => {
    for (const text of ["The bid by Orvik for Tessel angered its board. Orvik said it would raise the bid.", "The bid by IBM for NCR angered NCR. IBM said it would raise the bid."]) {
      expect(names(text).filter((n) => n.includes(" for ")), text).toEqual([]);
    }
  });

  it("near miss: after a body's word or a title it joins the body's name", () => {
    expect(names("The Office of the High Commissioner for Human Rights said the camp was unsafe.")).toContain("Office of the High Commissioner for Human Rights");
  });
});

describe("a reporter's sign-off", () => {
  it("'Name for VOA News, Place' names no actor", () => {
    expect(names("The agency said the camps were full, Ilse Varga said. Lisa Harlow for VOA News, Geneva.")).toEqual(["Ilse Varga"]);
  });
});

describe("a title with its portfolio and no name after it", () => {
  it("is no person", () => {
    expect(names("The Minister for Foreign Affairs, Ilse Varga, said the talks failed.")).toEqual(["Ilse Varga"]);
    expect(names("The Minister of Defence said the troops would stay.")).toEqual([]);
  });

  it("near miss: with a name after it, the portfolio is the role", () => {
    expect(actors("Minister for Trade Tomas Brel said the talks failed.").map((a) => [a.name, a.role])).toEqual([["Tomas Brel", "Minister for Trade"]]);
  });
});
