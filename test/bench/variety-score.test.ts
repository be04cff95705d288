import { describe, expect, it } from "vitest";
import { scoreCorpus } from "../../bench/variety/score.ts";

const item = (id: string, text: string, expect: Array<{ by: string[]; words: string[] }>) => ({ id, family: "f", text, expect });

describe("demand variety scorer", () => {
  it("passes an item whose demand the engine lists with the right asker and words", () => {
    const [r] = scoreCorpus({ about: "", items: [item("ok", "The union called on the mayor to reopen the depot.", [{ by: ["union"], words: ["reopen the depot"] }])] });
    expect(r!.pass).toBe(true);
    expect(r!.listed.length).toBeGreaterThan(0);
  });
  it("fails an item when the asker differs or a word is missing", () => {
    const results = scoreCorpus({
      about: "",
      items: [
        item("asker", "The union called on the mayor to reopen the depot.", [{ by: ["mayor"], words: ["reopen"] }]),
        item("words", "The union called on the mayor to reopen the depot.", [{ by: ["union"], words: ["close the depot"] }]),
      ],
    });
    expect(results.map((r) => r.pass)).toEqual([false, false]);
  });
  it("passes a near miss only when no demand is listed", () => {
    const results = scoreCorpus({
      about: "",
      items: [item("none", "Forecasters expect rain over the coast on Sunday.", []), item("some", "The union called on the mayor to reopen the depot.", [])],
    });
    expect(results.map((r) => r.pass)).toEqual([true, false]);
  });
});
