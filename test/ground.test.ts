import { describe, expect, it } from "vitest";
import { QuoteLocator, groundExtraction } from "../lib/ground.ts";

const text = `Union leaders said on Monday that the “strike will go on” until wages rise.\n\nThe port authority rejected the demand — calling it unaffordable — and urged arbitration.`;

describe("locating evidence quotes", () => {
  const locator = new QuoteLocator(text);
  it("finds an exact quote and returns its offsets", () => {
    const span = locator.locate("the port authority rejected the demand".replace("the port", "The port"));
    expect(text.slice(span!.start, span!.end)).toBe("The port authority rejected the demand");
  });
  it("tolerates straight quotes for curly ones, dashes, case and extra whitespace", () => {
    const span = locator.locate(`the "strike   will go on" until wages rise`);
    expect(text.slice(span!.start, span!.end)).toBe("the “strike will go on” until wages rise");
    const dash = locator.locate("the demand - calling it unaffordable");
    expect(text.slice(dash!.start, dash!.end)).toBe("the demand — calling it unaffordable");
  });
  it("returns null for words that are not in the text", () => {
    expect(locator.locate("the mayor resigned")).toBeNull();
    expect(locator.locate("   ")).toBeNull();
  });
  it("lists whole-word occurrences only", () => {
    const t = new QuoteLocator("NATO and NATO-Russia talks, not NATOs");
    expect(t.occurrences("NATO").map((s) => s.start)).toEqual([0, 9]);
  });
});

describe("grounding an extraction", () => {
  const base = {
    actors: [
      { name: "Union", kind: "group" as const, role: null, aliases: [], evidence: "Union leaders said on Monday" },
      { name: "Port Authority", kind: "organization" as const, role: null, aliases: ["port authority"], evidence: "a quote the model paraphrased" },
      { name: "Mickey Mouse", kind: "person" as const, role: null, aliases: [], evidence: "Mickey Mouse demanded cheese" },
    ],
    demands: [
      { by: "Union", of: ["Port Authority"], what: "higher wages", status: "rejected" as const, cameo: "1031", evidence: "the “strike will go on” until wages rise" },
      { by: "Union", of: [], what: "free cheese", status: "made" as const, cameo: null, evidence: "we demand free cheese" },
    ],
    dates: [{ text: "Monday", type: "DATE" as const, value: "2025-03-03", about: "union statement", evidence: "Union leaders said on Monday" }],
  };

  it("keeps grounded items with offsets, drops fabricated ones and says so in warnings", () => {
    const g = groundExtraction(text, base, "2025-03-04");
    expect(g.actors.map((a) => a.name).sort()).toEqual(["Port Authority", "Union"]);
    expect(g.demands.map((d) => d.what)).toEqual(["higher wages"]);
    expect(g.warnings.filter((w) => w.code === "evidence_not_found")).toHaveLength(2);
    const [monday] = g.dates;
    expect(text.slice(monday!.spans[0]!.start, monday!.spans[0]!.end)).toBe("Monday");
  });

  it("grounds an actor on its first mention when its quote is off, with a warning", () => {
    const g = groundExtraction(text, base, null);
    const port = g.actors.find((a) => a.name === "Port Authority")!;
    expect(port.evidence).toBe("port authority");
    expect(g.warnings.some((w) => w.code === "evidence_replaced")).toBe(true);
  });

  it("ranks actors by salience, the top one at 1", () => {
    const g = groundExtraction(text, base, null);
    expect(g.actors[0]!.salience).toBe(1);
    expect(g.actors[0]!.name).toBe("Union");
  });

  it("re-normalises a date value that contradicts the text and the reference date", () => {
    const wrong = { ...base, dates: [{ ...base.dates[0]!, value: "2019-07-15" }] };
    const g = groundExtraction(text, wrong, "2025-03-04");
    expect(g.dates[0]!.value).toBe("2025-03-03");
    expect(g.warnings.some((w) => w.code === "date_renormalized")).toBe(true);
  });
});
