// Warnings as demands: a warning with a condition is a threat ("warned X of strikes if it does not back down"), and a
// warning against an act asks that it not be done. A warning that tells or announces asks nothing. Contracted
// negations ("doesn't", "won't") read as the spelled-out ones do.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("a warning with a condition is a threat", () => {
  it("'alone in warning Syria of air strikes if it doesn't back down': what the condition asks, of the one warned", () => {
    expect(brief("Britain and France are alone in warning Syria of air strikes if it doesn't back down on the border inspections.")).toContainEqual({
      by: "Britain",
      of: ["Syria"],
      what: "back down on the border inspections",
    });
  });

  it("another wording: 'warned the rebels of reprisals if they did not release the hostages'", () => {
    expect(brief("The Korvan government warned the rebels of reprisals if they did not release the hostages by Friday.")).toContainEqual({
      by: "Korvan government",
      of: ["Rebels"],
      what: "release the hostages by Friday",
    });
  });

  it("and with 'unless': 'warned the Tarvanian Navy that its ships would be seized unless it lifted the blockade'", () => {
    expect(brief("Defence Minister Ana Ruiz warned the Tarvanian Navy that its ships would be seized unless it lifted the blockade.")).toContainEqual({
      by: "Ana Ruiz",
      of: ["Tarvanian Navy"],
      what: "it lifted the blockade",
    });
  });

  it("near miss: a weather warning, a forecast, or a warning that states a fact asks nothing", () => {
    expect(brief("Forecasters warned of heavy snow across the Korvan highlands on Friday.")).toEqual([]);
    expect(brief("The central bank of Korvia warned that prices may rise next year.")).toEqual([]);
    expect(brief("Forecasters warned that the river could flood if the rain does not stop by Friday.")).toEqual([]);
    expect(brief("Ana Ruiz pledged to stand with Tarvania, warning the Korvan government that the threat of force is real.")).toEqual([]);
  });
});

describe("a warning against an act", () => {
  it("'warned Americans against all travel to Korvia': the act not to be done, kept with its 'against'", () => {
    expect(brief("The State Department on Sunday warned Americans against all travel to Korvia.")).toContainEqual({ by: "State Department", of: [], what: "against all travel to Korvia" });
  });

  it("another wording: 'cautioned parents against giving the syrup to children'", () => {
    expect(brief("Health Minister Ana Ruiz cautioned parents against giving the syrup to children under six.")).toContainEqual({
      by: "Ana Ruiz",
      of: ["Parents"],
      what: "against giving the syrup to children under six",
    });
  });

  it("an unsigned statement speaks for the body that issued one the sentence before: 'An accompanying statement warned …'", () => {
    expect(brief('Ahead of the trip, the State Department on Sunday issued an updated caution to travelers. An accompanying statement specifically warned "against all travel to Korvia."')).toContainEqual({
      by: "State Department",
      of: [],
      what: "against all travel to Korvia",
    });
  });

  it("near miss: a mood warned against, a warning as a noun, or no warning given", () => {
    expect(brief("The Korvan government warned against excessive optimism.")).toEqual([]);
    expect(brief("The State Department lifted a warning against travel to Tarvania.")).toEqual([]);
    expect(brief("Lena Ortiz did not warn against the plan to sell the pier.")).toEqual([]);
  });
});

describe("a warning or a dare to act", () => {
  it("'warned Israel to halt the raids': asked of the one warned", () => {
    expect(brief("The Syrian government warned Israel to halt the raids.")).toContainEqual({ by: "Syrian government", of: ["Israel"], what: "halt the raids" });
  });

  it("other wordings: 'warned … not to send troops', 'challenged Britain to prove its claims', 'cautioned … not to …'", () => {
    expect(brief("Syria warned Israel not to send troops across the border.")).toContainEqual({ by: "Syria", of: ["Israel"], what: "not to send troops across the border" });
    expect(brief("Russia challenged Britain to prove its claims.")).toContainEqual({ by: "Russia", of: ["Britain"], what: "prove its claims" });
    expect(brief("Lena Ortiz cautioned the boy's relatives not to speak to the press.")).toContainEqual({ by: "Lena Ortiz", of: ["the boy's relatives"], what: "not to speak to the press" });
  });

  it("near miss: the passive, a briefing of reporters, a warning not given, a direction", () => {
    expect(brief("Drivers were warned to expect delays on the Tarvo bridge.")).toEqual([]);
    expect(brief("Lena Ortiz warned reporters to expect delays.")).toEqual([]);
    expect(brief("The Syrian government did not warn Israel to halt the raids.")).toEqual([]);
    expect(brief("Lena Ortiz warned the mayor to the north of the city.")).toEqual([]);
  });
});

describe("contracted negations", () => {
  it("'threatened … if they didn't release …' is read as 'did not'", () => {
    expect(brief("The Korvan government threatened to cut off aid to the rebels if they didn't release the hostages.")).toContainEqual({
      by: "Korvan government",
      of: ["Rebels"],
      what: "release the hostages",
    });
  });

  it("'won't lift … until the rebels release …' holds out as 'will not' does", () => {
    expect(brief("The Tarvanian Navy said it won't lift the blockade until the rebels release the captured crew.")).toContainEqual({
      by: "Tarvanian Navy",
      of: ["Rebels"],
      what: "the rebels release the captured crew",
    });
  });

  it("near miss: 'doesn't want', 'wouldn't like to see' are no demands", () => {
    expect(brief("Lena Ortiz doesn't want the mayor to resign.")).toEqual([]);
    expect(brief("Lena Ortiz wouldn't like to see the mayor resign.")).toEqual([]);
  });
});
