// Families of bad actors found when the editor's audit (issue 11, bench/real-news/audit-actors.mjs) first judged the
// two sets held out until stop 27: acronyms beside their long form, companies read as people or cut to a word,
// names glued to an adjective, cities naming an event, states named only as a place or a market. Every case is made up.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const extract = (text: string) => extractRules({ text, metadata: emptyMetadata() });
const actors = (text: string) => extract(text).actors;
const names = (text: string) => actors(text).map((a) => a.name);
const kindOf = (text: string, name: string) => actors(text).find((a) => a.name === name)?.kind;

describe("a body of the gazetteer defined by its acronym in brackets", () => {
  it("is one actor, with both names", () => {
    for (const text of [
      "The North Atlantic Treaty Organization (NATO) has decided to admit Moldova, an official said. Moldova welcomed it.",
      "Moldova signed papers to join the North Atlantic Treaty Organization (NATO) on Friday. NATO said it was pleased.",
    ]) {
      const list = actors(text).filter((a) => a.kind === "organization");
      expect(list.map((a) => a.name)).toEqual(["NATO"]);
      expect(list[0]!.aliases).toContain("North Atlantic Treaty Organization");
    }
  });

  it("near miss: a body the gazetteer lacks still takes its acronym as an alias", () => {
    const list = actors("The Union of Harbour Pilots (UHP) said on Monday it would strike. The UHP wants higher pay.");
    expect(list.map((a) => a.name)).toEqual(["Union of Harbour Pilots"]);
  });
});

describe("a capital naming an event, a site or a plan is not its state", () => {
  it("the summit, the court, the post-summit plan", () => {
    for (const text of [
      "The alliance invited the three states to talks at the Madrid summit, Moldova said.",
      "Delegates agreed on the post-Madrid plan, Moldova said.",
      "A ceremony will be held at the Washington summit in April, Moldova said.",
      "The firm's bankruptcy case began Tuesday in a Helsinki court, its lawyers said.",
    ]) {
      expect(names(text)).not.toContain("Spain");
      expect(names(text)).not.toContain("United States");
      expect(names(text)).not.toContain("Finland");
    }
  });

  it("near miss: a capital that acts stands for its state", () => {
    expect(names("Madrid rejected the plan on Monday.")).toContain("Spain");
    expect(names("Helsinki said on Friday it would send aid.")).toContain("Finland");
  });
});

describe("a state named only as a place or a market", () => {
  it("a country one is invited to visit, an embassy where a ceremony is held", () => {
    expect(names("Ilse Varga has invited Deputy Minister Tomas Brel to visit the United States in May.")).not.toContain("United States");
    expect(names("Ilse Varga visited Norway last week, her office said.")).not.toContain("Norway");
    expect(names("Addressing a ceremony at the Dutch embassy, Tomas Brel said the mission had ended.")).not.toContain("Netherlands");
    expect(names("Protesters gathered outside the French embassy, Tomas Brel said.")).not.toContain("France");
  });

  it("states where investigators work, one after the other", () => {
    for (const text of [
      "Investigators in Canada and the United States are looking into four other attacks, Paul Moskal said.",
      "Police in Norway and the Netherlands are looking into the thefts, Paul Moskal said.",
    ]) {
      expect(names(text)).toEqual(["Paul Moskal"]);
    }
  });

  it("a market's leader or share", () => {
    for (const text of [
      "Marlow Brewing Co., the largest brewer and U.S. market leader, has long avoided price cuts.",
      "Marlow Brewing Co. still aims at a 50% U.S. market share by the mid-1990s.",
    ]) {
      expect(names(text)).not.toContain("United States");
    }
  });

  it("near miss: the state acting through its embassy or its officials", () => {
    expect(names("The Dutch embassy said on Monday it would issue visas again.")).toContain("Netherlands");
    expect(names("U.S. military officials said the strikes would continue.")).toContain("United States");
  });
});

describe("companies are organisations, called by their short names", () => {
  it("a company with the plural legal suffix, and its first word before the hyphen", () => {
    const text = "Pellam-Rusk Cos. said it plans to cut prices. Pellam said it would match its rivals. Pellam-Rusk announced the plan on Monday.";
    expect(actors(text).map((a) => [a.name, a.kind])).toEqual([["Pellam-Rusk Cos", "organization"]]);
  });

  it("a given name before nothing but a company word", () => {
    const text = "Torvald Freight Inc. reported a loss, citing its Emery Worldwide shipping unit. Revenue rose after its acquisition of Emery this year.";
    expect(kindOf(text, "Emery Worldwide")).toBe("organization");
    expect(names(text)).not.toContain("Emery");
  });

  it("a person's name that opens a company's name, doing what companies do", () => {
    for (const text of [
      "Hollis Brandt Federal Savings & Loan Association said it plans to restructure. A year ago, Hollis Brandt had profit of $1.8 million.",
      "Hollis Brandt Federal Savings & Loan Association said it plans to restructure. Yesterday, Hollis Brandt rose 25 cents to $4.25.",
      "Hollis Brandt Federal Savings & Loan Association lost money. Hollis Brandt said it plans to close branches.",
    ]) {
      expect(actors(text).map((a) => [a.name, a.kind])).toEqual([["Hollis Brandt Federal Savings & Loan Association", "organization"]]);
    }
  });

  it("near miss: a person of the same name as a foundation stays a person", () => {
    const list = names("The Dario Quint Foundation gave $5 million. Dario Quint said he was proud.");
    expect(list).toContain("Dario Quint Foundation");
    expect(list).toContain("Dario Quint");
  });

  it("a French company by the name after its 'Cie. … de'", () => {
    const text = "The board rejected the bid by Cie. Financiere de Valmont. Analysts said Valmont would raise its offer.";
    expect(names(text)).toContain("Cie. Financiere de Valmont");
    expect(names(text)).not.toContain("Valmont");
  });

  it("a partnership keeps a partner of two names before its comma", () => {
    const text = '"It will get bloody," said Ross Pell, an analyst with Hart Lowell, Brandt Ivers & Co.';
    expect(names(text)).toContain("Hart Lowell Brandt Ivers & Co");
    expect(names(text)).not.toContain("Brandt Ivers & Co");
  });
});

describe("names kept whole", () => {
  it("a ministry opening a sentence keeps its own word", () => {
    for (const text of ["Foreign Ministry spokesman Dario Quint said the talks had failed.", "Interior Ministry officials said on Monday the border was closed."]) {
      const list = names(text);
      expect(list.some((n) => /^(?:Foreign|Interior) Ministry$/.test(n))).toBe(true);
      expect(list).not.toContain("Ministry");
    }
  });

  it("a people's adjective after a name belongs to the noun after it", () => {
    const text = "Lawmakers want to grant Tomas Brel American citizenship. Tomas Brel thanked them, and Tomas said he was grateful.";
    expect(names(text)).toEqual(["Tomas Brel"]);
  });

  it("a town's body with the town's state between them", () => {
    for (const text of [
      "Officials of the Orland, N.Y., Police Department said the men were released.",
      "A spokesman for the Orland, Ore., Police Department declined to comment.",
    ]) {
      expect(names(text)).toContain("Orland Police Department");
      expect(names(text)).not.toContain("Police Department");
    }
  });

  it("the Security Council in lower case after its body's acronym", () => {
    for (const text of ["The UN security council insists any deal must allow full access.", "The U.N. security council met on Monday to discuss the plan."]) {
      expect(names(text)).toContain("U.N. Security Council");
    }
  });
});

describe("not actors", () => {
  it("a namesake", () => {
    expect(names("Named for economist Simon Kuznets, the curve says pollution falls as incomes rise, Ross Pell said.")).not.toContain("Simon Kuznets");
    expect(names("The school, named after the late Ida Marsh, reopened on Monday, Dara Volk said.")).not.toContain("Ida Marsh");
  });

  it("near miss: a namesake who also acts in the story", () => {
    expect(names("The school, named after Ida Marsh, reopened on Monday. Ida Marsh said she was moved.")).toContain("Ida Marsh");
  });

  it("a class described by a superlative", () => {
    const text = "Criminal defense lawyers worry about the rule. They also worry that the best defense lawyers will refuse criminal cases.";
    expect(names(text)).toEqual(["Criminal defense lawyers"]);
    expect(names("Some fear the brightest engineers will leave the country, Dara Volk said.")).toEqual(["Dara Volk"]);
  });

  it("a law whose name lists its parts with commas", () => {
    const text = "The thrift said the plan should help it meet standards of the Financial Institution Reform, Recovery and Enforcement Act.";
    expect(names(text)).not.toContain("Financial Institution Reform");
  });
});

describe("a group acting after 'yet'", () => {
  it("is a party, as after 'but'", () => {
    expect(names("Yet federal agents entered the house with a warrant, Dara Volk said.")).toContain("Federal agents");
    expect(names("But federal agents entered the house with a warrant, Dara Volk said.")).toContain("Federal agents");
  });
});

describe("a news agency named by its acronym once", () => {
  it("is a body", () => {
    expect(names("The ministry condemned the attacks, the official news agency KNA reported.")).toContain("KNA");
    expect(names("The ceasefire held, state broadcaster TVB said on Monday.")).toContain("TVB");
  });

  it("near miss: a bare acronym named once is not", () => {
    expect(names("The ministry condemned the attacks, KNA reported.")).not.toContain("KNA");
  });
});
