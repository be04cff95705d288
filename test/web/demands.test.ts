import { describe, expect, it } from "vitest";
import { cameoLabel, demandSentence, demandWhat, joinNames } from "../../web/logic/demands.ts";

describe("demands as sentences", () => {
  // The status is shown once, as the badge beside the sentence (web/app.ts), so the sentence never repeats it.
  it("reads as who demands what of whom, without the status the badge shows", () => {
    expect(demandSentence({ by: "Russia", of: ["NATO"], what: "deny membership to Ukraine.", status: "rejected" })).toBe(
      "Russia demands of NATO: deny membership to Ukraine",
    );
    expect(demandSentence({ by: "Harbor Workers Union", of: ["Alder Port Authority", "the state"], what: "a 12 percent pay rise", status: "pending" })).toBe(
      "Harbor Workers Union demands of Alder Port Authority and the state: a 12 percent pay rise",
    );
    expect(demandSentence({ by: "Governor Elias Brandt", of: [], what: "resume talks by Friday", status: "accepted" })).toBe(
      "Governor Elias Brandt demands: resume talks by Friday",
    );
    for (const status of ["made", "accepted", "rejected", "pending", "unknown"]) {
      expect(demandSentence({ by: "A", of: ["B"], what: "x;", status })).toBe("A demands of B: x");
    }
  });

  it("shows no fragment: no leading 'that', no dangling tail, balanced quotes", () => {
    expect(demandWhat("that the council publish the audit")).toBe("the council publish the audit");
    expect(demandWhat("new consultative bodies, such as the council and a")).toBe("new consultative bodies, such as the council");
    expect(demandWhat("an end to night shifts and,")).toBe("an end to night shifts");
    expect(demandWhat("a “fair deal for drivers")).toBe("a “fair deal for drivers”");
    expect(demandWhat("restore the bonus”")).toBe("restore the bonus");
    expect(demandWhat('"fair pay now')).toBe("fair pay now");
  });

  it("joins names as English does", () => {
    expect(joinNames([])).toBe("");
    expect(joinNames(["NATO"])).toBe("NATO");
    expect(joinNames(["the U.S.", "NATO"])).toBe("the U.S. and NATO");
    expect(joinNames(["the U.S.", " ", "NATO", "the EU"])).toBe("the U.S., NATO and the EU");
  });

  it("names CAMEO 10x codes by their longest known prefix", () => {
    expect(cameoLabel("1042")).toBe("demand policy change");
    expect(cameoLabel("1056")).toBe("demand de-escalation of military engagement");
    expect(cameoLabel("106")).toBe("demand meeting, negotiation");
    expect(cameoLabel("1049")).toBe("demand political reform");
    expect(cameoLabel("10")).toBe("demand");
    expect(cameoLabel(null)).toBeNull();
    expect(cameoLabel("0421")).toBeNull();
  });
});
