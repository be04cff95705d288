// Actors an editor would keep (issue 11's audit, sixth pass): fictional cases in the shape of the families the audit
// of gold6 and gold7 showed — a surname left apart from the full name, states named as places or attributes, bodies
// named as places, and names of the wrong kind.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const actors = (text: string) => extractRules({ text, metadata: emptyMetadata() }).actors;
const names = (text: string) => actors(text).map((a) => a.name);
const kinds = (text: string) => actors(text).map((a) => `${a.name} [${a.kind}]`);

describe("a surname joins the full name given earlier", () => {
  it("a given name the lexicon lacks, then the surname with a title or a speech verb", () => {
    const text = "A refugee in Norway, Heliva Tarmadi, leads a women's group. Ms. Tarmadi says the war has made a nation of widows.";
    expect(names(text)).toContain("Heliva Tarmadi");
    expect(names(text)).not.toContain("Tarmadi");
    const sport = 'Dorsic edged Vantro Kelmane 7-6 on Friday. "It came down to a few points," Kelmane said.';
    expect(names(sport)).toContain("Vantro Kelmane");
    expect(names(sport)).not.toContain("Kelmane");
  });

  it("a leader called by the first word of a name the lexicon does not know ('Saddam' for Saddam Hussein)", () => {
    const list = names("Peru's Baruk Tannar made an offer on Monday. Baruk said he would withdraw the troops.");
    expect(list).toContain("Baruk Tannar");
    expect(list).not.toContain("Baruk");
  });

  it("a monarch's one name keeps the title, and stays apart from another person of that name", () => {
    const list = names("Peru's Baruk Hamdan made an offer. Baruk said he would withdraw. King Hamdan of Chile arrived to mediate.");
    expect(list).toContain("Baruk Hamdan");
    expect(list).toContain("King Hamdan");
  });

  it("a company's word or a model's name is not a person's full name ('Corvex said' … 'Corvex K7')", () => {
    const list = kinds("Corvex Motors recalled the Corvex K7 on Monday. Corvex said the fault was minor. Bids for Tallow rose; a share for Tallow, said the filing, was $40. Tallow Biotics agreed.");
    expect(list).not.toContain("Corvex K7 [person]");
    expect(list).not.toContain("Tallow Biotics [person]");
  });
});

describe("states named as places, origins or attributes are not parties", () => {
  it("'[player] of [state]': where a person with no office is from", () => {
    const list = names("Dorsic and Vell beat Rayna Kolt of Peru and Michael Stone of New Zealand in the final. Jo Marr, 44, of Chile was arrested.");
    for (const state of ["Peru", "New Zealand", "Chile"]) expect(list).not.toContain(state);
    expect(names("Foreign Minister Rayna Kolt of Peru said the talks would go on.")).toContain("Peru");
  });

  it("a state's name before a person's kind and name ('Brazil star Vadim Orel'), but not before an agent", () => {
    expect(names("Brazil star Vadim Orel was among the fans at the final.")).not.toContain("Brazil");
    expect(names("Chile swimmer Ana Teller won the race.")).not.toContain("Chile");
    expect(names("Peru envoy Ana Teller said the talks would go on.")).toContain("Peru");
    expect(names("Australia beat Colombia behind Nick Orlan's serve.")).toEqual(expect.arrayContaining(["Australia"]));
  });

  it("a former official of a state is no longer its voice", () => {
    expect(names("Prakash Verin, a former Indian ambassador to Chile, is part of the effort.")).not.toContain("India");
    expect(names("An Indian ambassador said on Monday the effort would go on.")).toContain("India");
  });

  it("the land a force invades, occupies or leaves", () => {
    const text = "The Varno Front, which invaded Czechoslovakia in 1968, said it would withdraw its troops from Chile. Its occupation of Peru ended, the Front said.";
    const list = names(text);
    for (const state of ["Czechoslovakia", "Chile", "Peru"]) expect(list).not.toContain(state);
  });

  it("a state's place or thing ('Peru's main tourist attraction'), a competition, a border, a product's version", () => {
    const text =
      "Dana Holt was clearing mines near Dal Ruin, Peru's main tourist attraction. She rose to fame on the U.K. singing competition. A suspect was seen crossing the US border. Chile versions of the car will cost more, Vantor said.";
    const list = names(text);
    for (const state of ["Peru", "United Kingdom", "United States", "Chile"]) expect(list).not.toContain(state);
  });

  it("a capital one phones in from is a place", () => {
    expect(names("Phoning in from Paris, Dana Holt recalled the first day of shooting.")).not.toContain("France");
  });
});

describe("bodies named as places, and names of the wrong kind", () => {
  it("a school one attended, a body's offices, a museum's opening, a market's trading, a shop one stops at", () => {
    const text =
      "At 16, Dana Holt went to Marlow University, where she ran games. The embassy works out of the offices of the Agency for Harbour Works. " +
      "Velt Corp. shares closed at $5 in composite Lorvan Stock Exchange trading. They met after the opening of the Tarnow Museum. We made a pit stop at Brellmart for water.";
    const list = names(text);
    for (const place of ["Marlow University", "Agency for Harbour Works", "Lorvan Stock Exchange", "Tarnow Museum", "Brellmart"]) expect(list).not.toContain(place);
    expect(names("Marlow University said on Monday it would close the lab.")).toContain("Marlow University");
  });

  it("a one-word body in an apposition of its kind, even with a given name's shape, or one founded by someone", () => {
    const list = kinds("Cara, a food services chain operator, and Velto, a holding company, are based in Lorvan. The deal is with Kosmos, a group co-founded by soccer player John Marek.");
    expect(list).toEqual(expect.arrayContaining(["Cara [organization]", "Velto [organization]", "Kosmos [organization]"]));
    expect(list).toContain("John Marek [person]");
  });

  it("a place in apposition is no role ('Dal Ruin, the fabled temple that is the main tourist attraction')", () => {
    expect(names("The team was clearing mines near Dal Ruin, the fabled 11th century temple that is the main tourist attraction, when it was attacked.")).not.toContain("Dal Ruin");
  });

  it("a ship named after a person, and a stage of a tournament, are not actors", () => {
    const list = names("The Kennedy will replace the carrier Dwight D. Eisenhower on patrol. The destroyer Harlan Dorr sailed. The Group E victory came after John Marek won, and Pool B ended.");
    for (const thing of ["Dwight D. Eisenhower", "Harlan Dorr", "Group E", "Pool B"]) expect(list).not.toContain(thing);
    expect(list).toContain("John Marek");
  });

  it("a broadcast reporter's sign-off ('Jana Roe reports from Geneva.') is no actor", () => {
    expect(names("Refugee women say the misery has no end. Jana Roe reports from Geneva.")).not.toContain("Jana Roe");
  });

  it("a name with a word cut after 'in'' is kept whole ('Dunkin' Donuts Inc.')", () => {
    const list = names("Velt Acquisition Corp. extended its offer for all Marlin' Bagels Inc. shares. 'We will talk to John Marek,' Dana Holt said.");
    expect(list).toContain("Marlin' Bagels Inc");
    expect(list).toContain("John Marek");
  });
});

describe("a body named only by its acronym as an owner", () => {
  it("'NASA's Hubble Space Telescope' … 'a NASA spacecraft': the owner of named things is a body", () => {
    const text = "A VOSA spacecraft could soon fly there. VOSA's Kelvar Space Telescope has spotted water. Lucas Vey, a scientist at VOSA's Marden Flight Center, said so.";
    expect(kinds(text)).toContain("VOSA [organization]");
  });

  it("an acronym named once, or only as a thing ('a handsome EV'), is still no body", () => {
    expect(names("VOSA's Kelvar Space Telescope has spotted water.")).not.toContain("VOSA");
    expect(names("It is a handsome EV. The EV's range is long, Dana Holt said.")).not.toContain("EV");
  });
});

describe("a sports team named by its nickname", () => {
  it("'the Thunder scored', 'the Harriers beat …': a team playing is a body", () => {
    const list = kinds("James' 3-pointer put the Comets up 109-98, but the Thunder scored nine straight. Later the Harriers beat the Comets again.");
    expect(list).toEqual(expect.arrayContaining(["Thunder [organization]", "Harriers [organization]"]));
  });

  it("a nickname only named, or a family's plural after 'the', is no team", () => {
    const list = names("Fans of the Comets waited in the cold. The Johns won nothing.");
    for (const n of ["Comets", "Johns"]) expect(list).not.toContain(n);
  });
});

describe("a company's or a body's name kept whole, without a modifier", () => {
  it("a company traded by one word is named by the one longer name opening on it ('Tallon BioWorks' … 'a share for Tallon')", () => {
    const list = kinds("Two rival bidders for Tallon BioWorks extended their offers. Velt Corp., which offered C$37 a share for Tallon, said it would extend its bid. A majority of Tallon's shares must be tendered.");
    expect(list).toContain("Tallon BioWorks [organization]");
    expect(list).not.toContain("Tallon [organization]");
  });

  it("a people's adjective before a body the story names is no part of its name ('a Libyan Harbour Court case')", () => {
    const list = names("The Harbour Court on Friday rejected the objections to a Peruvian Harbour Court case that has blocked the trial.");
    expect(list).toContain("Harbour Court");
    expect(list).not.toContain("Peruvian Harbour Court");
  });
});

describe("a condition's acronym", () => {
  it("'a condition called HX' is the name of an illness, however often the story names it", () => {
    const text = "The findings were consistent with a condition called HX. HX is basically a severe allergic reaction in the lungs. If the HX continues unchecked, scarring can result, the Lorvan Clinic said.";
    expect(names(text)).not.toContain("HX");
    expect(names(text)).toContain("Lorvan Clinic");
  });
});
