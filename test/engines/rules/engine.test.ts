// The engine contract: what createRulesEngine() promises the pipeline.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { createRulesEngine, extractRules } from "../../../lib/engines/rules/index.ts";
import { ActorFields, DateFields, DemandFields } from "../../../lib/schema/summary.ts";
import { loadFixtures } from "./fixture-match.ts";

const article = loadFixtures().find((f) => f.name === "wire-kremlin")!.text;

describe("createRulesEngine()", () => {
  it("is the offline engine: name rules, a versioned fingerprint, no model, no cost, no calls", async () => {
    const engine = createRulesEngine();
    expect(engine.name).toBe("rules");
    expect(engine.fingerprint).toMatch(/^rules@\d+\.\d+\.\d+$/);
    const out = await engine.extract({ text: article, metadata: emptyMetadata() });
    expect(out).toMatchObject({ model: null, usage: null, costUsd: null, calls: 0, promptVersion: "rules-1", warnings: [] });
  });

  it("fills the summary schema's item shapes", async () => {
    const out = await createRulesEngine().extract({ text: article, metadata: { ...emptyMetadata(), publishedAt: "2024-07-12" } });
    for (const a of out.actors) {
      expect(ActorFields.safeParse(a).success).toBe(true);
      expect(a.salience).toBeGreaterThan(0);
      expect(a.salience).toBeLessThanOrEqual(1);
    }
    for (const d of out.demands) expect(DemandFields.safeParse(d).success).toBe(true);
    for (const d of out.dates) expect(DateFields.safeParse(d).success).toBe(true);
  });

  it("ranks actors by salience, most salient first", () => {
    const out = extractRules({ text: article, metadata: emptyMetadata() });
    const s = out.actors.map((a) => a.salience!);
    expect(s).toEqual([...s].sort((a, b) => b - a));
    expect(out.actors[0]!.name).toBe("Russia");
  });

  it("is deterministic", () => {
    const a = extractRules({ text: article, metadata: emptyMetadata() });
    const b = extractRules({ text: article, metadata: emptyMetadata() });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it("honours an aborted signal", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(createRulesEngine().extract({ text: article, metadata: emptyMetadata(), signal: controller.signal })).rejects.toThrow();
  });

  it("treats words that are JavaScript property names as plain words", () => {
    const text = "The constructor toString valueOf __proto__ demanded that Hasownproperty Inc pay. It wants the constructor to leave.";
    const out = extractRules({ text, metadata: emptyMetadata() });
    expect(out.demands.map((d) => d.by)).toEqual(["Hasownproperty Inc"]);
  });

  it("reads text with non-Latin script in it the same way (the slower Unicode patterns)", () => {
    const latin = "Russia demanded that NATO withdraw its troops, Kremlin spokesperson Dmitry Peskov said.";
    const mixed = `${latin} The sign read «Нет войне».`;
    const names = (text: string) => extractRules({ text, metadata: emptyMetadata() }).actors.map((a) => a.name);
    expect(names(mixed)).toEqual(names(latin));
    expect(names(latin)).toEqual(expect.arrayContaining(["Russia", "NATO", "Dmitry Peskov"]));
  });

  it("copes with empty and tiny inputs", () => {
    for (const text of ["", "Hello.", "ALSO READ: nothing here", "Russia."]) {
      const out = extractRules({ text, metadata: emptyMetadata() });
      expect(Array.isArray(out.actors)).toBe(true);
      expect(typeof out.summary).toBe("string");
    }
  });
});

describe("the summary", () => {
  it("is two or three whole sentences from the article: the lead and the most demand-dense one", () => {
    const out = extractRules({ text: article, metadata: emptyMetadata() });
    const sentences = out.summary.match(/[^.!?]+[.!?]["”]?/g) ?? [];
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
    expect(out.summary.startsWith("The Kremlin on Friday rejected a call by European leaders")).toBe(true);
    expect(out.summary).toMatch(/[.!?]["”]?$/);
  });

  it("drops the dateline and attribution clutter", () => {
    const text =
      "WILMINGTON, Del. (AP) — The union demanded a 10% raise from the city on Monday, setting up a strike.\n\n" +
      "The city rejected the proposal, Mayor Jane Holt said Tuesday.\n\n" +
      "Workers want the raise to take effect in July, according to a union official who spoke on condition of anonymity.";
    const out = extractRules({ text, metadata: emptyMetadata() });
    expect(out.summary).not.toMatch(/WILMINGTON|\(AP\)/);
    expect(out.summary).not.toMatch(/according to|spoke on condition/);
  });
});
