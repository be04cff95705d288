// Value-F1 over the whole annotated fixture set (short cases + articles), relaxed matching as in
// TempEval-3: a gold expression counts when an overlapping system expression has the same value.
import { describe, expect, it } from "vitest";
import { tagDates } from "../../lib/dates/index.ts";
import { allDocs, loadArticles, score } from "./score.ts";

describe("fixture corpus", () => {
  it("value-F1 ≥ 0.9 over every annotated sentence and article", () => {
    const s = score(allDocs());
    console.log(
      `dates fixtures: gold ${s.gold}, system ${s.system}, value-correct ${s.valueCorrect}, ` +
        `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} value-F1 ${s.f1.toFixed(3)}`,
    );
    expect(s.gold).toBeGreaterThan(250);
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
  });

  for (const a of loadArticles()) {
    it(`article ${a.name}: value-F1 ≥ 0.85`, () => {
      const s = score([{ text: a.text, gold: a.gold, system: tagDates(a.text, { reference: a.ref }) }]);
      expect(s.f1, s.errors.join("\n")).toBeGreaterThanOrEqual(0.85);
    });
  }
});

describe("hostile input", () => {
  it("terminates on long runs of digits, spaces and month names (speed itself is measured by npm run bench)", () => {
    const tags = tagDates("1".repeat(50_000) + " May ".repeat(5_000) + " ".repeat(50_000) + "the ".repeat(10_000), { reference: "2021-12-30" });
    expect(tags.every((t) => t.end > t.start)).toBe(true);
  }, 20_000);
});
