import { describe, expect, it } from "vitest";
import { isGenericForm, mergeExtractions, nameKey, type PartialExtraction } from "../../../lib/engines/openai/merge.ts";
import type { ActorDraft, DateDraft, DemandDraft } from "../../../lib/engines/engine.ts";

const actor = (name: string, kind: ActorDraft["kind"], aliases: string[] = [], role: string | null = null): ActorDraft => ({
  name,
  kind,
  role,
  aliases,
  evidence: `${name} said.`,
});
const demand = (by: string, what: string, over: Partial<DemandDraft> = {}): DemandDraft => ({
  by,
  of: [],
  what,
  status: "made",
  cameo: null,
  evidence: `${by} demanded ${what}.`,
  ...over,
});
const date = (text: string, value: string, about: string | null = null): DateDraft => ({ text, type: "DATE", value, about, evidence: `on ${text}` });
const part = (p: Partial<PartialExtraction>): PartialExtraction => ({ summary: "", actors: [], demands: [], dates: [], ...p });

describe("merging actors", () => {
  it("folds metonyms and aliases across parts into one actor per entity", () => {
    const merged = mergeExtractions([
      part({ actors: [actor("Russia", "country", ["Moscow"])] }),
      part({ actors: [actor("Kremlin", "organization", ["the Kremlin"]), actor("Russia", "country", ["the Kremlin"])] }),
      part({ actors: [actor("Moscow", "country")] }),
    ]);
    expect(merged.actors).toHaveLength(1);
    expect(merged.actors[0]).toMatchObject({ name: "Russia", kind: "country" });
    expect(merged.actors[0]!.aliases).toEqual(expect.arrayContaining(["Moscow", "Kremlin", "the Kremlin"]));
    expect(merged.actors[0]!.aliases).not.toContain("Russia");
    expect(merged.canonical.get("the kremlin")).toBe("Russia");
  });

  it("a lone surname joins the one person whose full name ends with it", () => {
    const merged = mergeExtractions([
      part({ actors: [actor("Joe Biden", "person", [], "President")] }),
      part({ actors: [actor("Biden", "person")] }),
    ]);
    expect(merged.actors).toEqual([{ name: "Joe Biden", kind: "person", role: "President", aliases: ["Biden"], evidence: "Joe Biden said." }]);
  });

  it("an ambiguous surname (two Smiths) joins neither", () => {
    const merged = mergeExtractions([part({ actors: [actor("John Smith", "person"), actor("Jane Smith", "person"), actor("Smith", "person")] })]);
    expect(merged.actors.map((a) => a.name)).toEqual(["John Smith", "Jane Smith", "Smith"]);
  });

  it("a shared generic alias does not merge two actors; a shared specific one does", () => {
    const merged = mergeExtractions([
      part({
        actors: [
          actor("Joe Biden", "person", ["the president"]),
          actor("Volodymyr Zelensky", "person", ["the president"]),
          actor("United States", "country", ["the U.S."]),
          actor("U.S. government", "organization", ["the U.S."]),
        ],
      }),
    ]);
    expect(merged.actors.map((a) => a.name)).toEqual(["Joe Biden", "Volodymyr Zelensky", "United States"]);
    expect(isGenericForm("the president")).toBe(true);
    expect(isGenericForm("Foreign Ministry")).toBe(true);
    expect(isGenericForm("the Kremlin")).toBe(false);
  });

  it("names compare without case, diacritics, a leading article or a possessive", () => {
    expect(nameKey("The Kremlin")).toBe("kremlin");
    expect(nameKey("Zelenskyy’s")).toBe("zelenskyy");
    expect(nameKey("Erdoğan")).toBe("erdogan");
  });
});

describe("merging demands", () => {
  it("points demands at the merged actors and deduplicates them, keeping the most conclusive status and the most specific code", () => {
    const merged = mergeExtractions([
      part({
        actors: [actor("Russia", "country", ["the Kremlin"]), actor("NATO", "organization")],
        demands: [demand("the Kremlin", "withdraw its forces from Eastern Europe", { of: ["NATO"], cameo: "105" })],
      }),
      part({
        actors: [actor("Russia", "country"), actor("North Atlantic Treaty Organization", "organization", ["NATO"])],
        demands: [
          demand("Russia", "Withdraw its forces from Eastern Europe.", { of: ["NATO"], status: "rejected", cameo: "1056" }),
          demand("Russia", "hold talks in Geneva", { cameo: "106" }),
        ],
      }),
    ]);
    expect(merged.demands).toHaveLength(2);
    // NATO is the North Atlantic Treaty Organization (the fuller name, given with the alias).
    expect(merged.actors.map((a) => a.name)).toEqual(["Russia", "North Atlantic Treaty Organization"]);
    expect(merged.demands[0]).toMatchObject({
      by: "Russia",
      of: ["North Atlantic Treaty Organization"],
      status: "rejected",
      cameo: "1056",
      what: "withdraw its forces from Eastern Europe",
    });
    expect(merged.demands[1]).toMatchObject({ by: "Russia", what: "hold talks in Geneva" });
  });

  it("the same quote from two overlapping parts is one demand even if worded differently", () => {
    const merged = mergeExtractions([
      part({ demands: [demand("Ukraine", "deliver air defense", { evidence: "Ukraine urged Germany to deliver air defense systems." })] }),
      part({ demands: [demand("Ukraine", "send air defense systems", { evidence: "Ukraine urged Germany to deliver air defense systems." })] }),
    ]);
    expect(merged.demands).toHaveLength(1);
  });
});

describe("merging dates", () => {
  it("deduplicates by value and what they are about; a described copy wins over a bare one", () => {
    const merged = mergeExtractions([
      part({ dates: [date("Monday", "2022-01-10"), date("Jan. 20", "2022-01-20", "the deadline for an answer")] }),
      part({ dates: [date("Jan. 10", "2022-01-10", "Russia's demand"), date("Jan. 20", "2022-01-20", "The deadline for an answer"), date("Jan. 20", "2022-01-20")] }),
      part({ dates: [date("Jan. 20", "2022-01-20", "talks resume")] }),
    ]);
    expect(merged.dates.map((d) => [d.value, d.about])).toEqual([
      ["2022-01-10", "Russia's demand"],
      ["2022-01-20", "the deadline for an answer"],
      ["2022-01-20", "talks resume"],
    ]);
  });

  it("unresolved dates are told apart by their text", () => {
    const merged = mergeExtractions([part({ dates: [date("someday", ""), date("another day", ""), date("Someday", "")] })]);
    expect(merged.dates.map((d) => d.text)).toEqual(["someday", "another day"]);
  });
});

it("the merged summary is the first part's", () => {
  expect(mergeExtractions([part({ summary: "Lead." }), part({ summary: "Later." })]).summary).toBe("Lead.");
});
