// Holding out until another side acts: what the other side must do first is demanded of it, by whoever refuses
// ("will not lift … until") or persists ("will stay … until"), and only when the wait is for a named actor's act.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("a hold-out until another side acts", () => {
  it("a refusal: 'said it will not lift the blockade until the rebels release …'", () => {
    expect(brief("The Tarvanian Navy said it will not lift the blockade of the port until the rebels release the captured crew.")).toContainEqual({
      by: "Tarvanian Navy",
      of: ["Rebels"],
      what: "the rebels release the captured crew",
    });
  });

  it("persisting, in another tense and order: 'the dockers would stay out until the port authority agreed …, Ortiz said'", () => {
    expect(brief("Lena Ortiz, the strike leader, said the dockers will stay out until the port authority agrees to a pay rise.")).toContainEqual({
      by: "Dockers",
      of: ["the port authority"],
      what: "the port authority agrees to a pay rise",
    });
  });

  it("with no actor for a subject, the speaker holds out: 'a spokesman said the troops will remain until the Korvan government complies …'", () => {
    expect(brief("A defence ministry spokesman, Piet Hals, said Monday that the 4,000 troops on the border will remain until the Korvan government complies with the truce.")).toContainEqual({
      by: "Piet Hals",
      of: ["Korvan government"],
      what: "the Korvan government complies with the truce",
    });
  });

  it("near miss: waiting for an event, for someone's own doings, or narration with no one speaking is no demand", () => {
    expect(brief("Lena Ortiz said she will not know until the results come in on Friday.")).toEqual([]);
    expect(brief("The mayor said the shelters will remain open until the storm passes.")).toEqual([]);
    expect(brief("Lena Ortiz said she will stay in Paris until her husband returns from Geneva.")).toEqual([]);
    expect(brief("The ferry will not sail until the port authority inspects the hull.")).toEqual([]);
  });
});
