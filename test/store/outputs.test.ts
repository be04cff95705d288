// Outputs and their versions (lib/store/outputs.ts).
import { describe, expect, it } from "vitest";
import { compareSequencers } from "../../lib/store/outputs.ts";

describe("S3 event sequencers", () => {
  it("orders hex strings of different lengths by left-padding them", () => {
    expect(compareSequencers("0055AEE9E9DF8C2B4C", "0055AEE9E9DF8C2B4D")).toBeLessThan(0);
    expect(compareSequencers("FF", "0100")).toBeLessThan(0);
    expect(compareSequencers("100", "FF")).toBeGreaterThan(0);
    expect(compareSequencers("00ab", "AB")).toBe(0);
    expect(compareSequencers(null, "01")).toBeLessThan(0);
    expect(compareSequencers("01", undefined)).toBeGreaterThan(0);
    expect(compareSequencers(null, null)).toBe(0);
  });
});
