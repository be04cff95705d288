// Listed demands an editor would accept (issue 11, precision): shapes a trigger word matches that are no demand of
// anyone, and one act named twice. Fictional sentences; each near miss keeps the real demand it resembles.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";
import { notADemand, npHead, trimContent } from "../../../lib/engines/rules/demand-checks.ts";

const run = (text: string) => extractRules({ text, metadata: emptyMetadata() });
const brief = (text: string) => run(text).demands.map((d) => ({ by: d.by, what: d.what }));

describe("a source's condition for speaking is no demand", () => {
  it("'who asked not to be named' lists nothing", () => {
    expect(brief("A Brellin Foods manager, who asked not to be named, said the Tarnow plant would close in March.")).toEqual([]);
  });

  it("near miss: asking the council not to close the plant is a demand", () => {
    const d = brief("Brellin Foods asked the Tarnow council not to close the plant road.");
    expect(d).toEqual([expect.objectContaining({ by: "Brellin Foods", what: expect.stringContaining("not to close the plant road") })]);
  });
});

describe("'wanted' as an adjective", () => {
  it("'on the agency's most wanted list' lists nothing", () => {
    expect(brief("Police in Dornby arrested Piet Vanek, a fugitive on the Federal Marshals Bureau's most wanted list for a 1994 robbery.")).toEqual([]);
  });

  it("near miss: 'the bureau wanted Vanek to surrender' is a demand", () => {
    expect(brief("The Federal Marshals Bureau wanted Piet Vanek to surrender his passport.").map((d) => d.what)).toEqual([expect.stringContaining("surrender his passport")]);
  });
});

describe("a demand someone could make is not one made", () => {
  it("'X could turn up the pressure by urging Y to …' lists nothing", () => {
    expect(brief("As the largest holder, Orvane Capital could turn up the pressure by calling a special meeting and urging shareholders to drop the voting cap.")).toEqual([]);
  });

  it("'might be open to any request by X for …' lists nothing", () => {
    expect(brief("The minister might be open to any request by Halden Steel chairman Rolf Ise for an early end to the export quota.")).toEqual([]);
  });

  it("'the same way we would want someone to …' is a comparison", () => {
    expect(brief("\"We protect our neighbours,\" Ada Krall said, \"the same way we would want someone to protect us.\"")).toEqual([]);
  });

  it("near miss: another party's 'might' does not undo the demander's own call", () => {
    const d = brief("The allies might be open to language in the Veldmark government's draft treaty calling for a new hotline between the two navies.");
    expect(d.map((x) => x.what)).toEqual([expect.stringContaining("new hotline")]);
  });
});

describe("a wish about a thing is not a demand of someone", () => {
  it("'wanted her novels to read like …' and 'want our membership to serve as …' list nothing", () => {
    expect(brief("Lena Corvi wanted her novels to read like overheard conversations.")).toEqual([]);
    expect(brief("\"We want our membership of the Tarn Pact to serve as a bridge to our neighbours,\" Foreign Minister Ivo Brandt said.")).toEqual([]);
  });

  it("near miss: wanting a body or a law to act stays a demand", () => {
    expect(brief("Lena Corvi wanted the council to reopen the library.").map((d) => d.what)).toEqual(["reopen the library"]);
    expect(brief("The tenants' union wants the rent law to be repealed.").length).toBe(1);
  });
});

describe("one act named twice is listed once", () => {
  it("'its calls for security guarantees' and 'its demands for new guarantees from X' are one demand", () => {
    const d = run(
      "The Veldmark government has stepped up its calls for security guarantees. The Veldmark government has also renewed its demands for new guarantees from the Tarn Pact.",
    ).demands;
    expect(d).toHaveLength(1);
  });

  it("near miss: two different things the same demander asks for stay two", () => {
    const d = run("Veldmark called for security guarantees. Veldmark also called for a new hotline with the Tarn Pact.").demands;
    expect(d).toHaveLength(2);
  });

  it("the head of a short noun phrase, and none for a clause", () => {
    expect(npHead("brand-new warranties from the U.S. and NATO")).toBe("warranty");
    expect(npHead("security warranties")).toBe("warranty");
    expect(npHead("suspend a ruling by one of its judges")).toBeNull();
    expect(npHead("developing new consultative systems")).toBeNull();
  });
});

describe("a time phrase alone is no content", () => {
  it("is refused by the check", () => {
    expect(notADemand("something that the board does not want", "over the next 14 months")).toBe("time phrase only");
    expect(notADemand("the union demanded", "a pay rise over the next two years")).toBeNull();
  });
});

describe("who asked, when the sentence does not show it", () => {
  it("a pronoun after a relative clause is the clause's head, not a name inside it", () => {
    const d = brief(
      "Veldmark Shipping, which took its dispute with the Orlen Port Authority and Brannock Freight to the tribunal, hailed the ruling and said it would press for a new hearing in a neutral city.",
    );
    expect(d).toEqual([expect.objectContaining({ by: "Veldmark Shipping", what: "a new hearing in a neutral city" })]);
    expect(brief("Mayor Ana Ruiz, who met Governor Tom Hale on Monday, said she wants the state to pay for the bridge.").map((x) => x.by)).toEqual(["Ana Ruiz"]);
  });

  it("requests nobody is said to have made are not the reporting speaker's", () => {
    expect(brief("The Coastal Herald quoted port official Nils Arvid as saying the arrests followed information about requests for asylum in Kessel.")).toEqual([]);
  });

  it("near miss: a speaker's own requests stay theirs", () => {
    expect(brief("Port official Nils Arvid said his requests for more inspectors had gone unanswered.").map((x) => x.by)).toEqual(["Nils Arvid"]);
  });
});

describe("unnamed officials and asides", () => {
  it("'_ … fibers found in the car _ officials said they had decided to issue a warrant': the officials, not the fibers", () => {
    const d = brief(
      "Based on physical evidence _ including a coat found near the house and fibers found in the car _ officials said they had decided to issue a warrant for his arrest in the killing of Ona Brell.",
    );
    expect(d).toEqual([expect.objectContaining({ by: "Officials", what: expect.stringContaining("warrant for his arrest") })]);
  });
});

describe("status from words the answer shares with the demand", () => {
  it("one incidental shared word is no answer", () => {
    const text =
      "Port officials said Monday they will order the Kessel relatives to hand the boat over to its owner. Late Monday, harbour officials said berths had been approved for the owner and his crew.";
    expect(run(text).demands[0]!.status).toBe("made");
  });

  it("near miss: the demanded thing itself answered is", () => {
    expect(run("Veldmark asked for 30 visas for the delegation. Ultimately, Orlen officials approved six visas.").demands[0]!.status).toBe("accepted");
  });
});

describe("content cut where an editor would cut it", () => {
  it.each([
    ["anew for a trial in a neutral city", "a trial in a neutral city"],
    ["after the hearing she thought Pell should stay in Kessel", "Pell should stay in Kessel"],
    ["buy more of the Orlen shares but doesn't own any yet", "buy more of the Orlen shares"],
    ["a trial but not in Kessel", "a trial but not in Kessel"],
  ])("%s → %s", (raw, cut) => {
    expect(trimContent(raw)).toBe(cut);
  });

  it("in a whole sentence", () => {
    expect(brief("Sister Ana Pell said after the meeting she thought Tomas Brell should stay in Kessel.").map((d) => d.what)).toEqual(["Tomas Brell should stay in Kessel"]);
  });
});
