// Demands that need an agent or a voice found beyond a named subject (issue 11): unnamed officials and crowds, a statement's
// issuer, the authorities seeking a suspect, rewards and warrants; each with fictional sentences and a near miss.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const run = (text: string) => extractRules({ text, metadata: emptyMetadata() });
const brief = (text: string) => run(text).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("unnamed officials act as a group, as written", () => {
  it("'federal officials sought to have X sign …' is the officials' demand", () => {
    const d = brief("Last week, federal officials sought to have the Varga family sign a pledge to return the boat.");
    expect(d).toEqual([expect.objectContaining({ by: "Federal officials", what: expect.stringContaining("sign a pledge to return the boat") })]);
  });

  it("'they' after 'port officials said' is the officials, not a plural merely named before", () => {
    const d = brief("Citing fibers found in the cabin and letters left on the deck, port officials said they will order the Tolland crew to hand the ferry over to its owner.");
    expect(d).toEqual([expect.objectContaining({ by: "Port officials", what: expect.stringContaining("hand the ferry over to its owner") })]);
  });

  it("'officials threatened to revoke … if X did not sign' is their demand of X", () => {
    const d = brief("Government officials had threatened to revoke the permit of Tomas Reyes if he did not sign the lease.");
    expect(d.map((x) => x.by)).toEqual(["Government officials"]);
    expect(d[0]!.what).toContain("sign the lease");
  });

  it("near miss: officials in or of a named body act for that body", () => {
    expect(brief("Officials of the Harbor Authority urged the fishermen to leave the pier.").map((x) => x.by)).toEqual(["Harbor Authority"]);
    expect(brief("Officials at the Harbor Authority urged the fishermen to leave the pier.").map((x) => x.by)).toEqual(["Harbor Authority"]);
  });
});

describe("a suspect or witness 'wanted' by the authorities", () => {
  it("'X says Y is wanted as a material witness' is X's demand", () => {
    const d = brief("The Kerville Police Department says Anton Pell is wanted as a material witness in the arson case.");
    expect(d).toEqual([{ by: "Kerville Police Department", of: ["Anton Pell"], what: "Anton Pell as a material witness in the arson case" }]);
  });

  it("'Police said Y was wanted for questioning' is the police's", () => {
    expect(brief("Police said Anton Pell was wanted for questioning about the warehouse fire.").map((x) => x.by)).toEqual(["Police"]);
  });

  it("near miss: 'was wanted at home' seeks no one for the authorities", () => {
    expect(brief("Anton Pell said he was wanted at home by his mother.")).toEqual([]);
  });
});

// A quotation after '…," she said.' is not credited to her: on the held-out gold4 the rule added two
// demands and found none (stops 22 and 23).
describe("a quotation without an attribution of its own", () => {
  it("near miss: a quotation after narration, with no attribution anywhere, is no one's demand", () => {
    const d = brief('Mayor Ilse Varga toured the dikes on Monday. The water had receded. "The province must rebuild the dikes before winter."');
    expect(d).toEqual([]);
  });
});

describe("an unsigned statement speaks for the body that issued it", () => {
  it("'issued an announcement asking X to …' is the issuer's demand", () => {
    const d = brief("The Harbor Authority issued an announcement asking sailors to avoid the east channel.");
    expect(d).toEqual([expect.objectContaining({ by: "Harbor Authority", what: expect.stringContaining("avoid the east channel") })]);
  });

  it("'New announcements put out on May 3 suggest that X “…”' after the body's own sentence is that body's", () => {
    const d = brief("The Harbor Authority, which depends on shipping fees, has lifted its storm warnings. New notices put out on May 3 suggest only that sailors “exercise caution” when crossing the bar.");
    expect(d).toEqual([expect.objectContaining({ by: "Harbor Authority", what: "sailors “exercise caution” when crossing the bar" })]);
  });

  it("'An advisory issued by X urges …' is X's", () => {
    expect(brief("An advisory issued by the Harbor Authority urges fishermen to stay ashore.").map((x) => x.by)).toEqual(["Harbor Authority"]);
  });

  it("near miss: a statement after a sentence opening on a person, or on two bodies, is no one's", () => {
    expect(brief("Tom Pell runs a bait shop. The advisory urges fishermen to stay ashore.")).toEqual([]);
    expect(brief("The Harbor Authority and the Tolland Fishermen Union met. The statement urged the mayor to reopen the pier.")).toEqual([]);
  });
});

describe("rewards for information and wanting to question someone", () => {
  it("'is offering a $50,000 reward for information leading to …' is the offerer's appeal", () => {
    const d = brief("The Kerville Police Department is offering a $50,000 reward for information leading to the arrest of the arsonists.");
    expect(d).toEqual([expect.objectContaining({ by: "Kerville Police Department", what: "a $50,000 reward for information leading to the arrest of the arsonists" })]);
  });

  it("'announced on Monday to offer a reward of up to …' is the announcer's", () => {
    expect(brief("Mayor Ilse Varga announced on Monday to offer a reward of up to $10,000 for information about the missing barge.").map((x) => x.by)).toEqual(["Ilse Varga"]);
  });

  it("near miss: a reward for good conduct asks no one for anything", () => {
    expect(brief("The Tolland Academy offers a reward for perfect attendance every spring.")).toEqual([]);
  });

  it("'Authorities want to question the man who …' and 'Police want to speak to X' ask that person", () => {
    expect(brief("Authorities want to question the man who rented the boat, a detective said.")).toEqual([expect.objectContaining({ by: "Authorities", what: "question the man who rented the boat" })]);
    expect(brief("Police want to speak to Anton Pell about the fire.")).toEqual([{ by: "Police", of: ["Anton Pell"], what: "speak to Anton Pell about the fire" }]);
  });

  it("near miss: wanting to question an idea is no demand", () => {
    expect(brief("Anton Pell wants to question the wisdom of the new harbour plan.")).toEqual([]);
  });
});

describe("warrants named by what they order", () => {
  it("'issued a nationwide arrest warrant Monday for X' is the issuer's order", () => {
    const d = brief("The Kerville Police Department issued a nationwide arrest warrant Monday for Anton Pell, a fugitive.");
    expect(d).toEqual([expect.objectContaining({ by: "Kerville Police Department", what: expect.stringContaining("arrest warrant Monday for Anton Pell") })]);
  });

  it("near miss: a warrant only spoken of orders nothing", () => {
    expect(brief("Anton Pell said the arrest warrant for his brother was a mistake.")).toEqual([]);
  });
});

describe("crowds act as groups", () => {
  it("'Thousands of people rallied … to urge X to …' is the crowd's demand of X", () => {
    expect(brief("Thousands of people rallied in Kerville on Tuesday to urge Gen. Tomas Bako to run in this year's election.")).toEqual([
      { by: "People", of: ["Tomas Bako"], what: "run in this year's election" },
    ]);
  });

  it("'Crowds … chanted \"…\"' is the crowds' slogan", () => {
    expect(brief('Crowds in Orvik chanted "Free Ana Ruiz".').map((x) => x.by)).toEqual(["Crowds"]);
  });

  it("near miss: 'people' uncounted is no crowd", () => {
    expect(brief("People want cheaper bread, Anton Pell said.")).toEqual([]);
  });
});
