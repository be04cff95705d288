import { describe, expect, it } from "vitest";
import { cameoLabel, demandSentence, joinNames } from "../../web/logic/demands.ts";

describe("demands as sentences", () => {
  it("reads as who demands what of whom, and how it ended", () => {
    expect(demandSentence({ by: "Russia", of: ["NATO"], what: "deny membership to Ukraine.", status: "rejected" })).toBe(
      "Russia demands of NATO: deny membership to Ukraine, rejected",
    );
    expect(demandSentence({ by: "Harbor Workers Union", of: ["Alder Port Authority", "the state"], what: "a 12 percent pay rise", status: "pending" })).toBe(
      "Harbor Workers Union demands of Alder Port Authority and the state: a 12 percent pay rise, pending",
    );
    expect(demandSentence({ by: "Governor Elias Brandt", of: [], what: "resume talks by Friday", status: "accepted" })).toBe(
      "Governor Elias Brandt demands: resume talks by Friday, accepted",
    );
  });

  it("adds no tail when the demand was only made or its fate is unknown", () => {
    expect(demandSentence({ by: "A", of: ["B"], what: "x", status: "made" })).toBe("A demands of B: x");
    expect(demandSentence({ by: "A", of: ["B"], what: "x;", status: "unknown" })).toBe("A demands of B: x");
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
