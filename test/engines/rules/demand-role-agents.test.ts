// A demand whose agent the story names only by a role ("the doctor", "his editors", "the man's lawyer"): the one named
// person who holds that role, else the phrase as written. An addressee named only by a role stays in the content.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("an agent named by a role noun", () => {
  it("'The doctor told him to …' is the doctor's demand, with the pronoun's 'to' out of the content", () => {
    expect(brief("The doctor told him to get rid of the feather pillows.")).toEqual([{ by: "The doctor", of: [], what: "get rid of the feather pillows" }]);
  });

  it("a role after an owner, over a coordinated verb: 'His doctor prescribed … and told him to …'", () => {
    expect(brief("His doctor prescribed him steroids and told him to get rid of the feather pillows.")).toEqual([
      { by: "His doctor", of: [], what: "get rid of the feather pillows" },
    ]);
  });

  it("a plural role, and the clause after the comma cut: 'When his editors would ask him to …, he would …'", () => {
    expect(brief("When his editors would ask him to explain himself more, he would refuse.")).toEqual([{ by: "His editors", of: [], what: "explain himself more" }]);
  });

  it("a role owned by a described person: 'The man's lawyer asked the court to …'", () => {
    expect(brief("The man's lawyer asked the court to dismiss the charges.").map((d) => [d.by, d.what])).toEqual([["The man's lawyer", "dismiss the charges"]]);
  });

  it("the one named person who holds the role is the agent", () => {
    expect(brief("Team coach Ana Ruiz spoke on Monday. The coach asked the players to stay home on Sunday.").map((d) => d.by)).toEqual(["Ana Ruiz"]);
  });

  it("near miss: an observer's role is no agent, and an addressee named by a role stays in the content", () => {
    expect(brief("The analyst told him to sell the shares.")).toEqual([]);
    expect(brief("Dr. Ana Ruiz told the farmer to sell his pigeons.")).toEqual([{ by: "Ana Ruiz", of: [], what: "the farmer to sell his pigeons" }]);
  });
});
