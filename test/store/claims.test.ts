// Claims on paid work (lib/store/claims.ts) against an in-memory S3 that enforces conditional writes.
import { describe, expect, it } from "vitest";
import { ArticleBucket } from "../../lib/store/bucket.ts";
import { acquireClaim, finishClaim, type ClaimRequest } from "../../lib/store/claims.ts";
import { MemoryS3 } from "../reliability/support/memory-s3.ts";

const prefixes = { incoming: "incoming/", summaries: "summaries/", errors: "errors/" };
const KEY = "state/claims/c.json";

function setup(now = () => Date.parse("2026-07-01T00:00:00.000Z")) {
  const s3 = new MemoryS3();
  const bucket = new ArticleBucket(s3.asClient(), "b", prefixes);
  const req = (over: Partial<ClaimRequest> = {}): ClaimRequest => ({ bucket, key: KEY, sha256: "a".repeat(64), engine: "openai@x", source: "incoming/x.txt", leaseMs: 60_000, now, ...over });
  return { s3, bucket, req };
}

describe("claims", () => {
  it("claims new content with one conditional create and records the outcome with one conditional write: no read", async () => {
    const { s3, bucket, req } = setup();
    const got = await acquireClaim(req());
    expect(got).toMatchObject({ kind: "acquired", takeover: false, record: { state: "in_progress", attempt: 1 } });
    if (got.kind !== "acquired") throw new Error("not acquired");
    expect(await finishClaim(bucket, KEY, got, { state: "done", output: "summaries/x.txt.json", id: "b".repeat(24) })).toBe(true);
    expect(s3.commands).toEqual([`PutObject ${KEY}`, `PutObject ${KEY}`]);
  });

  it("a second delivery finds the claim busy, then done; two at once: exactly one acquires", async () => {
    const { bucket, req } = setup();
    const both = await Promise.all([acquireClaim(req()), acquireClaim(req({ source: "incoming/y.txt" }))]);
    expect(both.map((r) => r.kind).sort()).toEqual(["acquired", "busy"]);
    const held = both.find((r) => r.kind === "acquired")!;
    if (held.kind !== "acquired") throw new Error("not acquired");
    await finishClaim(bucket, KEY, held, { state: "done", output: "summaries/x.txt.json", id: "b".repeat(24) });
    await expect(acquireClaim(req())).resolves.toMatchObject({ kind: "done", record: { output: "summaries/x.txt.json" } });
  });

  it("takes over an expired claim (its holder died) with If-Match on the version read", async () => {
    let t = Date.parse("2026-07-01T00:00:00.000Z");
    const { s3, req } = setup(() => t);
    await acquireClaim(req());
    t += 61_000;
    s3.commands.length = 0;
    await expect(acquireClaim(req())).resolves.toMatchObject({ kind: "acquired", takeover: true, record: { attempt: 2 } });
    expect(s3.commands).toEqual([`PutObject ${KEY}`, `GetObject ${KEY}`, `PutObject ${KEY}`]);
  });

  it("a permanent failure is final for the content; a retryable one is taken over at once", async () => {
    const { bucket, req } = setup();
    const first = await acquireClaim(req());
    if (first.kind !== "acquired") throw new Error("not acquired");
    await finishClaim(bucket, KEY, first, { state: "failed", error: { code: "llm_refused", message: "no", retryable: true } });
    const second = await acquireClaim(req());
    expect(second).toMatchObject({ kind: "acquired", takeover: true });
    if (second.kind !== "acquired") throw new Error("not acquired");
    await finishClaim(bucket, KEY, second, { state: "failed", error: { code: "llm_refused", message: "no", retryable: false } });
    await expect(acquireClaim(req())).resolves.toMatchObject({ kind: "failed" });
  });
});
