// The same-story index in the bucket (lib/store/stories.ts): lookups by band without listing, records
// that keep every writer's entry, and bounded band objects.
import { describe, expect, it } from "vitest";
import { ArticleBucket } from "../../lib/store/bucket.ts";
import { KeyedLock } from "../../lib/store/locks.ts";
import { bucketStoryIndex, MAX_ENTRIES } from "../../lib/store/stories.ts";
import { storyFingerprint } from "../../lib/similarity/fingerprint.ts";
import { MemoryS3 } from "../reliability/support/memory-s3.ts";

const prefixes = { incoming: "incoming/", summaries: "summaries/", errors: "errors/" };
const TEXT = (n: number) =>
  `Crews of the Lake Varna ferry network walked out on Tuesday at 5 a.m., stranding 12,000 commuters in Kestrelport. ` +
  `Union leader Odile Franck demanded a 7 percent raise from the Varna Transit Board, which said it would answer by Friday, wrote ${["ana", "bo", "cy", "di", "ed", "flo"][n % 6]} of the desk.`;

describe("the story index", () => {
  it("looks up one band with one GET, records with one PUT, and finds what was recorded", async () => {
    const s3 = new MemoryS3();
    const index = bucketStoryIndex(new ArticleBucket(s3.asClient(), "b", prefixes), new KeyedLock());
    const fp = storyFingerprint(TEXT(1));
    const first = await index.lookup(fp);
    expect(first.candidates).toEqual([]);
    expect(s3.commands.every((c) => c.startsWith("GetObject state/stories/"))).toBe(true);
    expect(s3.commands).toHaveLength(1);
    await first.record("a".repeat(24));
    expect(s3.commands.slice(1)).toEqual([expect.stringMatching(/^PutObject state\/stories\//)]);
    const again = await index.lookup(storyFingerprint(TEXT(2)));
    expect(again.candidates.map((c) => c.id)).toContain("a".repeat(24));
    expect(again.candidates[0]!.fingerprint).toEqual(fp);
    expect(s3.commands.some((c) => c.startsWith("List"))).toBe(false);
  });

  it("keeps both entries when two lookups record into the same bands at once", async () => {
    const s3 = new MemoryS3();
    const index = bucketStoryIndex(new ArticleBucket(s3.asClient(), "b", prefixes), new KeyedLock());
    const [x, y] = await Promise.all([index.lookup(storyFingerprint(TEXT(3))), index.lookup(storyFingerprint(TEXT(4)))]);
    await Promise.all([x.record("b".repeat(24)), y.record("c".repeat(24))]);
    const ids = (await index.lookup(storyFingerprint(TEXT(5)))).candidates.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(["b".repeat(24), "c".repeat(24)]));
  });

  it("records from the version its lookup read when this process's own write of the band is older", async () => {
    // Two containers on one bucket: A's remembered band is older than what its next lookup reads (B wrote
    // since); sending A's ETag as the condition would only be refused and re-read.
    const s3 = new MemoryS3();
    const a = bucketStoryIndex(new ArticleBucket(s3.asClient(), "b", prefixes), new KeyedLock());
    const b = bucketStoryIndex(new ArticleBucket(s3.asClient(), "b", prefixes), new KeyedLock());
    await (await a.lookup(storyFingerprint(TEXT(1)))).record("1".repeat(24));
    await (await b.lookup(storyFingerprint(TEXT(2)))).record("2".repeat(24));
    const again = await a.lookup(storyFingerprint(TEXT(3)));
    const before = s3.commands.length;
    await again.record("3".repeat(24));
    expect(s3.commands.slice(before)).toEqual([expect.stringMatching(/^PutObject state\/stories\//)]);
    const ids = (await b.lookup(storyFingerprint(TEXT(4)))).candidates.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(["1".repeat(24), "2".repeat(24), "3".repeat(24)]));
  });

  it("records from its own newer version when a delivery of this process wrote the band after the lookup", async () => {
    const s3 = new MemoryS3();
    const index = bucketStoryIndex(new ArticleBucket(s3.asClient(), "b", prefixes), new KeyedLock());
    const [x, y] = await Promise.all([index.lookup(storyFingerprint(TEXT(3))), index.lookup(storyFingerprint(TEXT(4)))]);
    await x.record("b".repeat(24));
    const before = s3.commands.length;
    await y.record("c".repeat(24));
    expect(s3.commands.slice(before)).toEqual([expect.stringMatching(/^PutObject state\/stories\//)]);
  });

  it("keeps only the newest entries per band", async () => {
    const s3 = new MemoryS3();
    const index = bucketStoryIndex(new ArticleBucket(s3.asClient(), "b", prefixes), new KeyedLock());
    for (let i = 0; i < MAX_ENTRIES + 3; i++) await (await index.lookup(storyFingerprint(TEXT(0)))).record(i.toString(16).padStart(24, "0"));
    const bands = [...s3.objects.entries()].filter(([k]) => k.startsWith("state/stories/")).map(([, o]) => JSON.parse(o.body.toString()).entries as Array<{ id: string }>);
    for (const entries of bands) expect(entries.length).toBeLessThanOrEqual(MAX_ENTRIES);
    const full = bands.filter((entries) => entries.length === MAX_ENTRIES);
    expect(full.length).toBeGreaterThan(0);
    for (const entries of full) {
      expect(entries[0]!.id).toBe((MAX_ENTRIES + 2).toString(16).padStart(24, "0"));
      expect(entries.map((e) => e.id)).not.toContain("0".repeat(24));
    }
  });
});
