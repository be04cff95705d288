// Demands read from non-modal trigger families (made-up text in the same shapes as real news): passive directives
// ("were ordered to …", "is being sought as a material witness"), invitations and summonses, seeking ("applied for
// asylum", "sought X for questioning"), requirements placed by a law or rule, and desideratives ("hopes Y will …").
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("passive directives", () => {
  it("takes the agent from a 'by' phrase between the verb and its infinitive", () => {
    expect(brief("The Dover Appeals Court has been asked by the Justice Department to suspend the ruling.")).toEqual([
      { by: "Justice Department", of: ["Dover Appeals Court"], what: "suspend the ruling" },
    ]);
    expect(brief("Harbor police were ordered by Mayor Ana Pike to set up barriers around the square.")[0]).toMatchObject({ by: "Ana Pike", what: "set up barriers around the square" });
  });

  it("reads past a time between the verb and its infinitive, and takes a 'by' phrase after the act as the agent", () => {
    const text = "Families in the Orrin valley were ordered on Monday to move their cattle to high ground by the district warden, Ilse Marr, as the river rose.";
    expect(brief(text)).toContainEqual(expect.objectContaining({ by: "Ilse Marr", what: "move their cattle to high ground" }));
    // A deadline after "by" is part of the act, not its agent.
    expect(brief("The Dover Water Board ordered the mill closed on Friday. Its tenants were told last week to clear the yard by Friday.")).toContainEqual(
      expect.objectContaining({ by: "Dover Water Board", what: "clear the yard by Friday" }),
    );
  });

  it("takes the agent from an order named in the sentences before", () => {
    const text = "Embassy staff left Karvia on Monday on orders from the State Department. Other Americans have also been urged to leave.";
    expect(brief(text)).toContainEqual(expect.objectContaining({ by: "State Department", what: "Other Americans have also been urged to leave" }));
    const text2 = "The Dover Water Board ordered the mill closed on Friday. Its workers were told to stay home until the river is tested.";
    expect(brief(text2)).toContainEqual(expect.objectContaining({ by: "Dover Water Board", what: "stay home until the river is tested" }));
  });

  it("takes the agent from a body reporting the order in the same sentence", () => {
    expect(brief("Embassies across the region were ordered to set up barriers and tighten security, the Pentagon said.")).toEqual([
      { by: "Pentagon", of: [], what: "set up barriers and tighten security" },
    ]);
  });

  it("leaves a passive with no orderer named, and questions, statements and compulsion alone", () => {
    expect(brief("Embassies across the region were ordered to tighten security.")).toEqual([]);
    expect(brief("The Dover Water Board met on Friday. Ana Pike was asked about the fire.")).toEqual([]);
    expect(brief("The Dover Water Board met on Friday. Ana Pike was asked whether she would run again.")).toEqual([]);
    expect(brief("The Dover Water Board met on Friday. Ana Pike was told that the fire was out.")).toEqual([]);
    expect(brief("The Dover Water Board met on Friday. The workers were forced to leave the plant.")).toEqual([]);
    expect(brief("The Dover Water Board met on Friday. A new inquiry was ordered Tuesday.")).toEqual([]);
    expect(brief("The Dover Water Board met on Friday. The order was issued Tuesday.")).toEqual([]);
    expect(brief("The Dover Water Board met on Friday. Ana Pike was asked to comment but declined.")).toEqual([]);
  });

  it("reads 'X is (being) sought as/for …' with the agent from 'by', else the authorities named before", () => {
    expect(brief("Tomas Kral is being sought by the FBI as a material witness in the case.")).toEqual([
      { by: "FBI", of: ["Tomas Kral"], what: "Tomas Kral as a material witness in the case" },
    ]);
    const text = "Although the authorities will not name a suspect, attention has fallen on Tomas Kral, a drifter. Officially, Kral is being sought as a material witness in the case.";
    expect(brief(text)).toContainEqual(expect.objectContaining({ by: "the authorities", of: ["Tomas Kral"] }));
    const far = "The FBI took over the case in May. Kral was last seen in Ohio. He had a van. He sold it in June. Friends lost touch. Officially, Kral is being sought as a material witness.";
    expect(brief(far)).toContainEqual(expect.objectContaining({ by: "FBI", what: "Kral as a material witness" }));
    // No authority named: no demand; and "sought-after" goods are no one's.
    expect(brief("Officially, Tomas Kral is being sought as a material witness in the case.")).toEqual([]);
    expect(brief("Dover lace is sought after by collectors.")).toEqual([]);
  });
});

describe("invitations and summonses", () => {
  it("reads 'invited X to join/visit/…' as a demand of X", () => {
    expect(brief("The Dover Council invited the Harbor Guild to rejoin the talks two weeks ago.")).toEqual([
      { by: "Dover Council", of: ["Harbor Guild"], what: "rejoin the talks two weeks ago" },
    ]);
    expect(brief("NATO invited Poland, Hungary and the Czech Republic to join the alliance.")).toEqual([
      { by: "NATO", of: ["Poland", "Hungary", "Czech Republic"], what: "join the alliance" },
    ]);
    expect(brief("NATO decided at its July summit to invite Poland to start accession talks.")).toEqual([{ by: "NATO", of: ["Poland"], what: "start accession talks" }]);
  });

  it("reads an invitee named in apposition", () => {
    expect(brief("Madeleine Albright invited the Polish foreign minister, Bronislaw Geremek, to visit Washington next month.")).toEqual([
      { by: "Madeleine Albright", of: ["Bronislaw Geremek"], what: "visit Washington next month" },
    ]);
  });

  it("reads the noun: an invitation extended, accepted or sent from someone", () => {
    expect(brief("Madeleine Albright extended an invitation to Tomas Kral to visit Washington in May.")).toEqual([
      { by: "Madeleine Albright", of: ["Tomas Kral"], what: "visit Washington in May" },
    ]);
    expect(brief("Tomas Kral accepted Madeleine Albright's invitation to visit Washington in May.")[0]).toMatchObject({ by: "Madeleine Albright", of: ["Tomas Kral"], what: "visit Washington in May" });
    expect(brief("The Dover Council held a dinner by invitation only.")).toEqual([]);
    expect(brief("Tomas Kral accepted Madeleine Albright's invitation on Friday.")).toEqual([]);
  });

  it("reads a subpoena or a summons to act", () => {
    expect(brief("Senator Ana Pike subpoenaed Tomas Kral to testify before a Senate panel.")).toEqual([
      { by: "Ana Pike", of: ["Tomas Kral"], what: "testify before a Senate panel" },
    ]);
    expect(brief("Hungary summoned the Polish ambassador to explain the border shooting.")[0]).toMatchObject({ by: "Hungary", what: "explain the border shooting" });
  });

  it("reads no summons in 'summoned the strength to …' (an idiom: nobody is summoned)", () => {
    expect(brief("Tomas Kral summons the strength to confront his regrets in the last scene.")).toEqual([]);
    expect(brief("Ana Pike finally summoned up the courage to call her brother.")).toEqual([]);
    expect(brief("Ana Pike summoned her wits to face the board.")).toEqual([]);
  });

  it("leaves invitations to an event and invited guests alone", () => {
    expect(brief("The Dover Council invited reporters to a briefing on Friday.")).toEqual([]);
    expect(brief("The invited guests of the Dover Council left early.")).toEqual([]);
    expect(brief("The Dover Council invited Tomas Kral, who spoke for an hour.")).toEqual([]);
  });
});

describe("seeking", () => {
  it("reads 'sought X for questioning' and 'applied for asylum/membership'", () => {
    expect(brief("In a bulletin to police departments, the FBI sought Tomas Kral and Ana Pike for questioning.")).toContainEqual(expect.objectContaining({ by: "FBI", what: "Tomas Kral and Ana Pike for questioning" }));
    expect(brief("Slovenia and Romania are applying for NATO membership.")).toContainEqual(expect.objectContaining({ by: "Slovenia", of: ["NATO"], what: "NATO membership" }));
    expect(brief("Six other countries are applying for NATO membership.")).toEqual([{ by: "Six other countries", of: ["NATO"], what: "NATO membership" }]);
    expect(brief("Poland joined in March, while six other countries are applying for NATO membership.")).toContainEqual({ by: "Six other countries", of: ["NATO"], what: "NATO membership" });
    expect(brief("The Voss Foundation applied for a permit to build on the shore.")[0]).toMatchObject({ by: "Voss Foundation", what: "a permit to build on the shore" });
  });

  it("reads an application named as a noun, by its possessor", () => {
    expect(brief("Hungary's application for NATO membership was accepted in July.")).toEqual([{ by: "Hungary", of: ["NATO"], what: "NATO membership" }]);
    expect(brief("Ana Pike's asylum application was filed in May.")).toEqual([{ by: "Ana Pike", of: [], what: "asylum application" }]);
    expect(brief("The application deadline passed in May, and Ana Pike's job application was lost.")).toEqual([]);
  });

  it("reads a seeking gerund after a preposition as its main subject's", () => {
    expect(brief("Mara Voss has been persistent in seeking her son's return since June.")).toEqual([{ by: "Mara Voss", of: [], what: "her son's return" }]);
  });

  it("reads an appeal against a ruling, announced or made", () => {
    const text = "The Dover Water Board ordered the tenants to leave the farm. The tenants said they will appeal the decision.";
    expect(brief(text)).toContainEqual({ by: "Tenants", of: [], what: "appeal the decision" });
    expect(brief("The Voss Foundation appealed to the Dover Appeals Court on Friday.")).toEqual([{ by: "Voss Foundation", of: ["Dover Appeals Court"], what: "appealed to the Dover Appeals Court" }]);
    // An option weighed, a noun, and an appeal for calm (another trigger's) are not appeals against a ruling.
    expect(brief("The Voss Foundation could appeal the decision.")).toEqual([]);
    // Whoever made the ruling does not appeal it, whatever a pronoun seems to point to.
    expect(brief("Since the Dover Water Board decision was announced, they have said they will appeal the decision.")).toEqual([]);
    expect(brief("The Voss Foundation lost an appeal to the Dover Appeals Court.")).toEqual([]);
  });

  it("leaves plans, inabilities and jobs alone", () => {
    expect(brief("Tomas Kral plans to apply for a visa in March.")).toEqual([]);
    expect(brief("Tomas Kral cannot apply for asylum, his lawyer said.")).toEqual([]);
    expect(brief("Tomas Kral applied for a job at the Voss Foundation.")).toEqual([]);
  });
});

describe("requirements placed by a law or rule", () => {
  it("reads 'the law requires X to …', crediting the body that passed it", () => {
    expect(brief("The bailout law passed by Congress requires banks to sell their junk bonds by 1994.")).toEqual([
      { by: "Congress", of: [], what: "banks to sell their junk bonds by 1994" },
    ]);
    expect(brief("The adjustments follow the new bailout legislation, which requires thrifts to divest all junk bonds by 1994.")).toEqual([
      { by: "the new bailout legislation", of: [], what: "thrifts to divest all junk bonds by 1994" },
    ]);
  });

  it("reads 'the law requires that X <bare verb> …'", () => {
    expect(brief("The law requires that an unwed father acknowledge paternity before the child turns 18.")).toEqual([
      { by: "The law", of: [], what: "an unwed father acknowledge paternity before the child turns 18" },
    ]);
  });

  it("reads the obliged party over an aside in commas", () => {
    expect(brief("The law requires an unwed father, unlike a mother, to acknowledge paternity.")).toEqual([
      { by: "The law", of: [], what: "an unwed father, unlike a mother, to acknowledge paternity" },
    ]);
  });

  it("reads standards a party must meet", () => {
    expect(brief("The new federal act, known as BFRA, sets capital standards that thrifts must meet.")[0]).toMatchObject({ by: "The new federal act" });
    expect(brief("The new federal act sets tougher new capital requirements that thrifts must meet by 1994.")[0]).toMatchObject({ by: "The new federal act", what: "tougher new capital requirements that thrifts must meet by 1994" });
    expect(brief("The new federal act sets capital standards the Dover Savings Bank must meet by 1994.")).toEqual([
      { by: "The new federal act", of: ["Dover Savings Bank"], what: "capital standards the Dover Savings Bank must meet by 1994" },
    ]);
  });

  it("leaves needs that are no rule's, and dropped requirements alone", () => {
    expect(brief("The job requires patience.")).toEqual([]);
    expect(brief("Space travel requires an ecosystem of companies to succeed.")).toEqual([]);
    expect(brief("The requirement was dropped in May.")).toEqual([]);
    expect(brief("The Dover Savings Bank said it will meet the new standards.")).toEqual([]);
  });
});

describe("desideratives", () => {
  it("reads 'X hopes (that) Y will/would …' with a party to act", () => {
    expect(brief("Officials in Hungary also hoped Ana Pike would bring new aid for their country.")).toContainEqual(
      expect.objectContaining({ by: "Hungary", of: ["Ana Pike"], what: "Ana Pike would bring new aid for their country" }),
    );
    expect(brief("Hungary hopes the smuggling will be stopped through regional cooperation.")).toEqual([
      { by: "Hungary", of: [], what: "the smuggling will be stopped through regional cooperation" },
    ]);
    expect(brief("The Dover Teachers Union hopes that the council will restore the funding.")[0]).toMatchObject({ by: "Dover Teachers Union", what: "the council will restore the funding" });
  });

  it("reads a hope expressed, and a quoted subject", () => {
    expect(brief("Hungary expressed the hope that the smuggling would be stopped through regional cooperation.")[0]).toMatchObject({ by: "Hungary", what: "the smuggling would be stopped through regional cooperation" });
    expect(brief("Hungary hopes that ``vicious smuggling'' will be stopped by a joint campaign.")[0]).toMatchObject({ by: "Hungary" });
  });

  it("leaves hopes for oneself, predictions and moods alone", () => {
    expect(brief("Hopes were high in Hungary.")).toEqual([]);
    expect(brief("Tomas Kral hopes he will win the race.")).toEqual([]);
    expect(brief("The Dover Teachers Union hopes to win the vote.")).toEqual([]);
    expect(brief("Hungary hopes the talks will go well.")).toEqual([]);
    expect(brief("Residents said they hoped the attacker was caught.")).toEqual([]);
  });
});

describe("suggestions with a mandative clause", () => {
  it("reads 'X suggested (that) Y <bare verb> …' as a demand of Y", () => {
    expect(brief("Fidel Castro suggested Ana Pike and her relatives stay at the Cuban diplomat's residence.")).toEqual([
      { by: "Fidel Castro", of: ["Ana Pike"], what: "Ana Pike and her relatives stay at the Cuban diplomat's residence" },
    ]);
    expect(brief("The Dover Water Board suggested that residents boil their water for a week.")[0]).toMatchObject({ by: "Dover Water Board", what: "residents boil their water for a week" });
  });

  it("leaves inferences, reports and bare proposals alone", () => {
    expect(brief("The evidence suggests that Tomas Kral was in Dover.")).toEqual([]);
    expect(brief("Ana Pike suggested that the council's plan is flawed.")).toEqual([]);
    expect(brief("Ana Pike suggested the council's plan.")).toEqual([]);
    expect(brief("Ana Pike suggested she might run.")).toEqual([]);
    expect(brief("Ana Pike suggested voters want change.")).toEqual([]);
    expect(brief("Ana Pike proposed a new tax.")).toEqual([]);
    // A proposal of where someone stay is an offer as often as a demand.
    expect(brief("Hungary has proposed Ana Pike stay at its embassy during the talks.")).toEqual([]);
  });
});
