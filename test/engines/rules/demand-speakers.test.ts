// Who a demand belongs to (issue 11, "wrong speaker"): quote attribution, pronouns, the subject of the governing
// verb rather than the nearest name. Fictional sentences in the shapes seen on unseen news.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));
const byOf = (text: string, words: string) => brief(text).find((d) => d.what.includes(words))?.by;

describe("a quotation's speaker is the one its attribution names", () => {
  const story =
    "In Varenia, where Tomas Kral is resisting the deployment, Helga Brandt insisted that the alliance was the best tool. " +
    "``We must be clear that a settlement without peacekeepers is not acceptable,'' she said. " +
    "``And we must be resolute,'' she added, referring to the threat of air strikes against Kral.";

  it("'…,'' she said' points back to the subject of the sentence before, not a name in its 'where'-clause", () => {
    expect(byOf(story, "settlement without peacekeepers")).toBe("Helga Brandt");
  });

  it("near miss: a person the next sentence only speaks of ('referring to … Kral') is not the speaker", () => {
    const d = brief(story);
    expect(d.some((x) => x.by === "Tomas Kral")).toBe(false);
  });
});

describe("the agent is the subject of the governing verb, not the nearest name", () => {
  it("'filed an emergency request to Judge X (who …) requesting …' is the filer's request of no one else", () => {
    const d = brief(
      "Shortly after the panel released its ruling, attorney Mark Bellin filed an emergency request to Judge Ruth Okoro (who hears appeals from the district) requesting assurance that the boy will remain in the country.",
    );
    expect(d).toEqual([expect.objectContaining({ by: "Mark Bellin", what: expect.stringContaining("assurance that the boy will remain") })]);
  });

  it("'filed a complaint with X seeking …' is the filer's", () => {
    expect(byOf("The Harbour Guild filed a complaint with Judge Ruth Okoro seeking an end to the night shifts.", "night shifts")).toBe("Harbour Guild");
  });

  it("'“…, I welcome him and urge him to …,” Y said': the speaker urges, and 'him' is the addressee", () => {
    const d = brief(
      "Ruben Ortiz, the boy's father, may travel to Miami. " +
        '"If the father is allowed by the government to come here, then, as a parent, I welcome him and urge him to make all his decisions in the interest of his son," singer Lena Marsh said.',
    );
    expect(d).toEqual([{ by: "Lena Marsh", of: ["Ruben Ortiz"], what: expect.stringMatching(/^make all his decisions/) }]);
  });

  it("an adverb between 'and' and the verb keeps the first verb's subject: 'and instead wants', 'and later asked', 'and soon urged'", () => {
    expect(byOf("The valley's Catholic minority is opposed to the march and instead wants a new route for it.", "new route")).toBe("Catholic minority");
    expect(byOf("The Korvan union rejected the offer and later asked the ministry to reopen the talks.", "reopen the talks")).toBe("the Korvan union");
    expect(byOf("Lena Ortiz met the mayor on Monday and soon urged him to close the landfill.", "close the landfill")).toBe("Lena Ortiz");
  });

  it("near miss: a name inside a leading condition is not the subject of 'X called … and urged'", () => {
    expect(byOf("When Ruben Ortiz arrived, the Harbour Guild called the strike unnecessary and urged its members to return to work.", "return to work")).toBe("Harbour Guild");
  });
});

describe("'they' after a plural subject", () => {
  it("'The … relatives have … . …, they have demanded that …' is the relatives', not an organisation named in between", () => {
    const d = brief(
      "The Riverside tenants have been angry with the City Housing Department for months. In hopes of delaying the sale, they have demanded that an independent panel review the lease.",
    );
    expect(d).toEqual([expect.objectContaining({ by: expect.stringMatching(/tenants/i), what: expect.stringContaining("independent panel") })]);
  });

  it("'Lawyers for X demanded … . They also asked …': both are credited to X, the party the lawyers speak for", () => {
    const d = brief("Lawyers for Dana Whitfield demanded a new hearing on Monday. They also asked the court to release the records.");
    expect(d.map((x) => x.by)).toEqual(["Dana Whitfield", "Dana Whitfield"]);
  });

  it("after a possessor, a place and a leading 'But': 'But Ana's relatives in Velmar have … . Since …, they have said they will appeal …'", () => {
    expect(byOf("But Ana Vell's relatives in Velmar have fought to keep the house. Since the ruling was announced, they have said they will appeal the decision.", "appeal")).toBe(
      "Ana Vell's relatives",
    );
    expect(byOf("The Korvan dockers in Velmar have struck for a week. They demanded a new contract.", "new contract")).toBe("Dockers");
    expect(byOf("Dana Whitfield's lawyers have filed a brief. They asked the court to dismiss the charges.", "dismiss the charges")).toBe("Dana Whitfield");
  });
});

describe("not demands: options, assertions, causes and hypothetical speakers", () => {
  it("'could also request a rehearing' is an option the story weighs; 'will request' is a plan", () => {
    expect(brief("The Harbour Guild could also request a rehearing before the full board.")).toEqual([]);
    expect(byOf("The Harbour Guild will request a rehearing before the full board.", "rehearing")).toBe("Harbour Guild");
  });

  it("'insist the majority don't understand …' asserts; 'insist the government release …' demands", () => {
    expect(brief("But in Ostrava, the exiles insist the majority of voters don't understand the dynamics of life at home.")).toEqual([]);
    expect(byOf("The exiles insist the government release the prisoners.", "release the prisoners")).toBe("Exiles");
  });

  it("'praise for X can prompt threats of harm' asks nothing of anyone, and the sentence's filer still asks", () => {
    const d = brief("In a town where praise for Mayor Ivo Grant can prompt threats of physical harm, Lena Marsh filed a motion asking for custody of the boy.");
    expect(d).toEqual([expect.objectContaining({ by: "Lena Marsh", what: "custody of the boy" })]);
  });

  it("'only X's foes can argue that … should …' is nobody's demand, and foes of X are never X", () => {
    expect(brief("Only the most obdurate foes of Mayor Ivo Grant can argue that the boy should not be reunited with him.")).toEqual([]);
    expect(byOf("Foes of Mayor Ivo Grant demanded that the council stop the sale.", "stop the sale")).toMatch(/^Foes of/);
  });
});

describe("commentary and reported demands", () => {
  it("an analyst's 'the government should …' is commentary, whether the role comes before the name or after it", () => {
    expect(brief("Analyst Vera Lind said the government should cut interest rates.")).toEqual([]);
    expect(brief("Vera Lind, an independent bank analyst, said the government should cut interest rates.")).toEqual([]);
  });

  it("near miss: a union leader's 'the government should …' is the leader's demand", () => {
    expect(byOf("Union leader Vera Lind said the government should cut interest rates.", "cut interest rates")).toBe("Vera Lind");
  });

  it("a demand reported in testimony is its maker's, not the witness's; an unnamed source asks nothing", () => {
    expect(brief("Inspector Omar Haddad testified that Governor Ana Pell demanded the report be rewritten.").map((d) => d.by)).toEqual(["Ana Pell"]);
    expect(brief("The ministry will raise fuel prices next month, said an official who asked not to be identified.")).toEqual([]);
  });
});

describe("'he' across quotations", () => {
  it("sentences that are all quotation do not push the speaker named before out of reach", () => {
    const d = brief(
      "Foreign Minister Jakob Kettner, speaking with Albright, said there were no ill feelings. " +
        "``The blast has not generated any hatred against ... Americans in Varenia,'' he said. ``We are friends.'' " +
        "He also urged Albright to tell Americans that Varenia is safe.",
    );
    expect(d).toEqual([expect.objectContaining({ by: "Jakob Kettner", of: ["Albright"] })]);
  });
});
