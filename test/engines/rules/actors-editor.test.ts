// Actors an editor would keep (issue 11's audit, second pass): fictional cases for the families left after
// actors-not-junk.test.ts — company names cut at a legal suffix's stop, states named only as examples of a kind of
// place or as history, events and peoples as parties.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";
import { splitSentences } from "../../../lib/text/sentences.ts";

const actors = (text: string) => extractRules({ text, metadata: emptyMetadata() }).actors;
const names = (text: string) => actors(text).map((a) => a.name);
const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("a legal suffix's stop inside a company's name", () => {
  it("does not end a sentence when the name goes on or opens after a lower-case word, and still does before a new sentence", () => {
    expect(texts("Harlow Corp. International said profit rose. It was a good year.")).toEqual([
      "Harlow Corp. International said profit rose.",
      "It was a good year.",
    ]);
    expect(texts("The board rejected the bid by Cie. Financiere de Rostand. It was too low.")).toEqual([
      "The board rejected the bid by Cie. Financiere de Rostand.",
      "It was too low.",
    ]);
    expect(texts("Its stake in Velder Corp. The company said it would sell.")).toEqual(["Its stake in Velder Corp.", "The company said it would sell."]);
    // "& Cie." ends a partnership's name: what follows is a new sentence.
    expect(texts("The bid went to Dorval amp Cie. Mr. Dorval declined to comment.")).toEqual([
      "The bid went to Dorval amp Cie.",
      "Mr. Dorval declined to comment.",
    ]);
  });

  it("keeps the company whole ('Harlow Corp. International', 'Cie. Financiere de Rostand'), with no fragment", () => {
    const list = names(
      "Harlow Corp. International said it expects to report net income of 15 cents a share. Harlow Corp. International runs 600 funeral homes.",
    );
    expect(list).toEqual(["Harlow Corp. International"]);
    const bid = names(
      "Cie. de Navigation Velmont Chairman Marc Dubreuil said his board rejected the bid by Cie. Financiere de Rostand. Cie. Financiere de Rostand said it would raise its offer.",
    );
    expect(bid).toContain("Cie. Financiere de Rostand");
    expect(bid).not.toContain("Cie");
    expect(bid).not.toContain("Financiere de Rostand");
  });
});

describe("states named as examples or as history are not actors", () => {
  it("examples of a kind of place ('countries such as Peru and Chile', 'cities like Lima')", () => {
    const list = names(
      "While some Latin American countries such as Peru and Chile have suffered from a wave of thefts, the crime is rare here, the Orlan Guard said. Cities like Lima have cleaner air, Kurt Velling said.",
    );
    expect(list).toContain("Orlan Guard");
    expect(list).not.toContain("Peru");
    expect(list).not.toContain("Chile");
  });

  it("a distance's origin and a former state's end ('a 24-hour trip from the USA', 'since the breakup of the Soviet Union')", () => {
    const list = names(
      "It is a 24-hour trip from the USA, Dana Relk wrote. Their ties since the breakup of the Soviet Union have been strained, the Velt Group said.",
    );
    expect(list).not.toContain("United States");
    expect(list).not.toContain("Soviet Union");
  });

  it("a state's name before a thing with two modifiers ('the first U.S. polystyrene recycling plant', 'this U.S. commonwealth')", () => {
    const list = names("A venture of Halvard Corp. opened the first U.S. polystyrene recycling plant. Thefts are rare in this U.S. commonwealth.");
    expect(list).not.toContain("United States");
  });

  it("the state still acts as a subject or in a list of parties", () => {
    expect(names("The USA has demanded that Peru release the sailors, the Velt Group said.")).toEqual(expect.arrayContaining(["Peru"]));
    expect(names("Washington and Lima are alone in warning Norway of strikes.")).toEqual(expect.arrayContaining(["Peru", "Norway"]));
  });
});

describe("an event is no actor: those taking part are", () => {
  it("'a rally demanding …' and 'a massive demonstration demanding …' make the demonstrators the actor, once", () => {
    const list = actors(
      "LORVAN (AP) -- Tens of thousands of people paid tribute to the founders in a rally Saturday demanding the return of Omar Sefu. In a massive demonstration demanding his return, thousands of women marched to the embassy on Friday.",
    ).map((a) => `${a.name} [${a.kind}]`);
    expect(list).toContain("Demonstrators [group]");
    expect(list.filter((a) => /rally|demonstration/i.test(a))).toEqual([]);
  });
});

describe("parties named with their state's adjective", () => {
  it("'the Finnish government' is the state's government, named as written, with the state among its names", () => {
    const a = actors("The Finnish government said on Monday it would not rescue the shipyard, Omar Sefu said.").find((x) => x.name === "Finnish government");
    expect(a).toMatchObject({ kind: "organization" });
    expect(a?.aliases).toContain("Finland");
  });

  it("'ethnic Albanians' are a group of their own, never the state, at a sentence start too", () => {
    const list = actors("Police fired on ethnic Albanians in the village on Monday, Omar Sefu said. Ethnic Albanians demanded independence.").map(
      (a) => `${a.name} [${a.kind}]`,
    );
    expect(list).toContain("ethnic Albanians [group]");
    expect(list).not.toContain("Albania [country]");
    expect(list).not.toContain("Ethnic Albanians [organization]");
  });

  it("a police force named with one state's adjective keeps it ('Tanzanian police' … 'Police')", () => {
    expect(names("Tanzanian police said they had arrested two men. Police later released one of them, Omar Sefu said.")).toContain("Tanzanian police");
    // Two states' forces: no one adjective names the group.
    expect(names("Tanzanian police and Kenyan police said they had arrested two men. Police later released one, Omar Sefu said.")).toContain("Police");
  });
});

describe("a state's every listed demonym stands for it", () => {
  it("'Filipino officials' is the Philippines acting, as 'Philippine officials' is", () => {
    for (const adj of ["Philippine", "Filipino"]) {
      const text = `${adj} officials on Tuesday demanded that the Korr Mining Company pay for the clean-up of the bay.`;
      expect(names(text)).toContain("Philippines");
    }
  });
});
