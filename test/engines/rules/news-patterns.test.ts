// Patterns from real news, each as a fictional case: what is (and is not) a demand, who the agent is, which names are actors.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const run = (text: string) => extractRules({ text, metadata: emptyMetadata() });
const brief = (text: string) => run(text).demands.map((d) => ({ by: d.by, what: d.what }));

describe("not demands", () => {
  it("seeking help, advice or treatment is asking for a service, not a demand", () => {
    expect(brief("Many tenants who sought help at the housing office waited for three hours in the rain.")).toEqual([]);
    expect(brief("Farmers in Dellmoor sought advice on the new grazing rules.")).toEqual([]);
  });

  it("praying for something is worship; praying the court to … stays a legal prayer", () => {
    expect(brief("On Sunday the villagers prayed for rain as the wells ran dry.")).toEqual([]);
    expect(brief("In a petition filed in Brent County Superior Court, the Tallow Valley Residents Association is praying the court to order the mill to stop discharging waste.").length).toBe(1);
  });

  it("seeing or feeling the need to act is the speaker's own plan, not a demand", () => {
    expect(brief("\"We had planned this for the spring, but we saw the need to move faster,\" said Orla Benning, the project's director.")).toEqual([]);
  });

  it("a demand someone would be allowed to make is hypothetical", () => {
    expect(brief("Such a ruling would allow the Norvian government to push for the ferry's immediate release.")).toEqual([]);
    expect(brief("The Norvian government has pushed for the ferry's immediate release.")).toHaveLength(1);
  });
});

describe("agents", () => {
  it("'a company' introduces a new actor: never one the story has already named", () => {
    const text =
      "Pellham Corp., rumored a takeover target for a year, said that a Swiss company has sought U.S. approval to buy up to 20% of Pellham's shares. Pellham immediately responded by adopting a poison-pill plan.";
    expect(brief(text).filter((d) => d.by === "Pellham Corp")).toEqual([]);
    const named = "Harlow Mills Inc. said on Tuesday that a Swiss company has sought approval to buy a third of its shares. The buyer, Tessel Holdings, declined to comment.";
    expect(brief(named).map((d) => d.by)).toEqual(["Tessel Holdings"]);
  });
});

describe("actors", () => {
  const actors = (text: string) => run(text).actors.map((a) => ({ name: a.name, kind: a.kind }));

  it("an acronym the story names twice, once with 'the', is an organisation even without its long form", () => {
    const text = "Police said they believe the KLF was behind the bombing in Dorran. Two former KLF commanders denied it.";
    expect(actors(text)).toContainEqual({ name: "KLF", kind: "organization" });
  });

  it("a single or article-less acronym stays out (units, titles, shorthand)", () => {
    expect(actors("The plant's output rose 4 percent, the CEO said on Tuesday.").map((a) => a.name)).not.toContain("CEO");
  });

  it("'the Green Unionists' — a capitalised plural with the article is a political group, not a person", () => {
    const text = "The Green Unionists threatened to leave the coalition. Maura Tallis, who leads the Green Unionists, said the party would decide on Monday.";
    expect(actors(text).find((a) => a.name.includes("Unionists"))).toMatchObject({ name: "Green Unionists", kind: "organization" });
  });

  it("relatives named as a party more than once are a group actor", () => {
    const text =
      "The boy's relatives in Dellport have fought to keep him. Lawyers for the relatives filed a new appeal on Monday. His mother wants him home.";
    expect(actors(text).map((a) => a.name.toLowerCase())).toContain("relatives");
  });
});

describe("agents of the commonest shapes", () => {
  it("a minority or majority is a group that can demand", () => {
    const d = brief("He said the region's large Tamsi minority demanded a settlement that would lead to self-rule.");
    expect(d).toHaveLength(1);
    expect(d[0]!.by.toLowerCase()).toContain("minority");
  });

  it("'the country's biggest party, the Green Unionists, is threatening to push for …': the apposition names the agent", () => {
    const d = brief("Dalmora's biggest rural party, the Green Unionists, is threatening to push for the minister's dismissal.");
    expect(d).toEqual([{ by: "Green Unionists", what: "the minister's dismissal" }]);
  });

  it("'X, which bid … and asked Y to …': the relative's antecedent asks", () => {
    const d = run("The auction was won by Tessel Holdings, which bid $12 a share and asked Mr. Harrow to stay on as chairman.").demands;
    expect(d.map((x) => [x.by, x.what])).toEqual([["Tessel Holdings", "stay on as chairman"]]);
  });
});

describe("a state named as the article names it", () => {
  it("a state written only by its common name keeps that name, with the formal name as an alias", () => {
    const r = run("The British government has formally called for the ferry operator to be fined. Britain says the fine is overdue.");
    const uk = r.actors.find((a) => a.kind === "country")!;
    expect(uk.name).toBe("Britain");
    expect(uk.aliases).toContain("United Kingdom");
    // The demand is the government's, named as the story names it, the state among its names.
    expect(r.demands[0]!.by).toBe("British government");
    expect(r.actors.find((a) => a.name === "British government")?.aliases).toContain("United Kingdom");
  });

  it("an abbreviation never replaces the formal name", () => {
    const r = run("The U.S. government called for the ferry operator to be fined.");
    expect(r.actors.find((a) => a.name === "U.S. government")?.aliases).toEqual(["United States"]);
  });
});

describe("demanded content with a named person in it", () => {
  it("'demanding X be returned to him' is the content, not an address to X", () => {
    const text =
      "Tomas Ferreira, who is six, has lived with an uncle since May. Rui Ferreira wrote to the minister, demanding Tomas be returned to him and saying he did not recognise the court.";
    const d = extractRules({ text, metadata: emptyMetadata() }).demands.find((x) => x.by === "Rui Ferreira");
    expect(d?.what).toMatch(/^Tomas be returned to him/);
    expect(d?.of).not.toContain("Tomas");
  });
});
