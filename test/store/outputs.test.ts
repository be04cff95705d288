// Outputs and their versions (lib/store/outputs.ts).
import { describe, expect, it } from "vitest";
import { ArticleBucket } from "../../lib/store/bucket.ts";
import { KeyedLock } from "../../lib/store/locks.ts";
import { compareSequencers, readOutputState, writeOutput } from "../../lib/store/outputs.ts";
import { MemoryS3 } from "../reliability/support/memory-s3.ts";

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

describe("writing an output on a known state", () => {
  const outputs = { summaryKey: "summaries/a.txt.json", errorKey: "errors/a.txt.json" };
  const summary = (sha256: string) => ({ kind: "summary" as const, body: { id: sha256.slice(0, 24), source: { sha256 } }, engine: "rules@1" });

  it("uses a state read after this process's last write of the key as it is: one PUT", async () => {
    const s3 = new MemoryS3();
    const bucket = new ArticleBucket(s3.asClient(), "b", { incoming: "incoming/", summaries: "summaries/", errors: "errors/" });
    const lock = new KeyedLock();
    expect(await writeOutput(bucket, outputs, summary("1".repeat(64)), { sequencer: "01", eTag: "e1" }, { lock, known: await readOutputState(bucket, outputs) })).toBe("written");
    const known = await readOutputState(bucket, outputs);
    const before = s3.commands.length;
    expect(await writeOutput(bucket, outputs, summary("2".repeat(64)), { sequencer: "02", eTag: "e2" }, { lock, known })).toBe("written");
    expect(s3.commands.slice(before)).toEqual(["PutObject summaries/a.txt.json"]);
  });

  it("re-reads a state this process's own write made stale instead of sending a condition that would be refused", async () => {
    const s3 = new MemoryS3();
    const bucket = new ArticleBucket(s3.asClient(), "b", { incoming: "incoming/", summaries: "summaries/", errors: "errors/" });
    const lock = new KeyedLock();
    const stale = await readOutputState(bucket, outputs);
    expect(await writeOutput(bucket, outputs, summary("1".repeat(64)), { sequencer: "01", eTag: "e1" }, { lock, known: stale })).toBe("written");
    const before = s3.commands.length;
    expect(await writeOutput(bucket, outputs, summary("2".repeat(64)), { sequencer: "02", eTag: "e2" }, { lock, known: stale })).toBe("written");
    expect(s3.commands.slice(before).filter((c) => c.startsWith("PutObject"))).toEqual(["PutObject summaries/a.txt.json"]);
    expect(s3.commands.slice(before).filter((c) => c.startsWith("HeadObject"))).toHaveLength(2);
  });
});
