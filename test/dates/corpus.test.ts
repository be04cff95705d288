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

describe("speed", () => {
  it("a 1,000-word article is tagged in well under the engine's 10 ms budget (linear, precompiled)", () => {
    const body = loadArticles().map((a) => a.text).join("\n\n");
    const text = body.split(/\s+/).slice(0, 1000).join(" ");
    for (let i = 0; i < 20; i++) tagDates(text, { reference: "2021-12-30" });
    const n = 100;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) tagDates(text, { reference: "2021-12-30" });
    const ms = (performance.now() - t0) / n;
    console.log(`dates: ${ms.toFixed(2)} ms per 1,000-word article (${Math.round(1000 / ms)} articles/s)`);
    expect(ms).toBeLessThan(8); // generous for loaded CI machines; ~1.3 ms on the dev machine
  });
  it("time grows linearly with the text (no pathological backtracking)", () => {
    const unit = "In 2014, 1,500 people met on Dec. 7 for three days and again last week at 3 p.m. ";
    const time = (k: number) => {
      const t = unit.repeat(k);
      const t0 = performance.now();
      for (let i = 0; i < 5; i++) tagDates(t, { reference: "2021-12-30" });
      return performance.now() - t0;
    };
    time(50);
    const small = time(100);
    const big = time(800);
    expect(big / small).toBeLessThan(8 * 3);
    // adversarial inputs: long runs of digits, spaces and month names
    const t0 = performance.now();
    tagDates("1".repeat(50_000) + " May ".repeat(5_000) + " ".repeat(50_000) + "the ".repeat(10_000), { reference: "2021-12-30" });
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
