// Claims on paid work: exactly-once LLM calls over at-least-once delivery.
//
// S3 delivers each event at least once (sometimes twice, late, or out of order) and Lambda retries
// failed invocations; the LLM call must still happen once per (content, engine configuration). A claim
// marker per idempotency key, state/claims/<sha256>-<engine hash>.json, is written with S3 conditional
// writes: `If-None-Match: *` to claim, `If-Match: <etag>` to take over an expired or failed claim and
// to record the outcome. Its states tell a delivery "done (here is the summary)", "in progress (since
// when, until when)" and "failed (permanently, or retryable)". S3 lets only one conditional write win,
// which guards concurrent Lambda containers (locally, the S3 front, local/s3-front.ts, enforces them
// over s3rver; the in-process lock, lib/store/locks.ts, serialises one process's deliveries). New
// content costs two requests (create, outcome), no read. The rules engine costs nothing and is not
// claimed: doing its work twice is cheaper than a claim.
//
// Nothing here needs DynamoDB (Powertools' idempotency utility does): the bucket is the only store.
import type { ArticleBucket } from "./bucket.ts";

export interface ClaimRecord {
  version: 1;
  state: "in_progress" | "done" | "failed";
  sha256: string;
  engine: string;
  /** The object key of the delivery that wrote this state (for people reading the bucket). */
  key: string;
  /** Deliveries that have claimed this key so far (1 for the first). */
  attempt: number;
  startedAt: string;
  /** in_progress: another delivery may take over after this instant (the holder is presumed dead). */
  leaseUntil: string | null;
  updatedAt: string;
  /** done: where the summary was written. */
  output?: string;
  id?: string;
  /** failed: what went wrong; retryable ones may be taken over at once. */
  error?: { code: string; message: string; retryable: boolean };
}

export type ClaimResult =
  /** This delivery holds the claim and must do the work, then `finish` it. */
  | { kind: "acquired"; etag: string | null; record: ClaimRecord; takeover: boolean }
  | { kind: "done"; record: ClaimRecord }
  | { kind: "failed"; record: ClaimRecord }
  /** Another invocation is working on it and its lease has not run out. */
  | { kind: "busy"; record: ClaimRecord; ageMs: number; remainingMs: number };

export interface ClaimRequest {
  bucket: ArticleBucket;
  key: string;
  sha256: string;
  engine: string;
  /** The object key being processed. */
  source: string;
  leaseMs: number;
  /** Take over a "done" claim too (its summary is gone or was overwritten). */
  reclaimDone?: boolean;
  now?: () => number;
}

/**
 * Claims with a conditional create (`If-None-Match: *`) first, without reading; when a marker exists,
 * reads it and takes it over with `If-Match` on the version read if it is expired or failed-retryable.
 * A lost condition re-reads.
 */
export async function acquireClaim(req: ClaimRequest): Promise<ClaimResult> {
  const now = req.now ?? Date.now;
  for (let round = 0; round < 5; round++) {
    // New content (the common case) is claimed by the conditional create alone; a lost create reads.
    const existing = round === 0 ? null : await req.bucket.readJsonTagged<ClaimRecord>(req.key);
    const t = now();
    const fresh = (attempt: number): ClaimRecord => ({
      version: 1,
      state: "in_progress",
      sha256: req.sha256,
      engine: req.engine,
      key: req.source,
      attempt,
      startedAt: new Date(t).toISOString(),
      leaseUntil: new Date(t + req.leaseMs).toISOString(),
      updatedAt: new Date(t).toISOString(),
    });
    if (!existing) {
      const record = fresh(1);
      const put = await req.bucket.writeJsonIf(req.key, record, { ifNoneMatch: "*" });
      if (put) return { kind: "acquired", etag: put.etag, record, takeover: false };
      continue; // someone claimed it between our read and our write
    }
    const r = existing.value;
    if (r.state === "done" && !req.reclaimDone) return { kind: "done", record: r };
    if (r.state === "failed" && r.error && !r.error.retryable) return { kind: "failed", record: r };
    const lease = r.leaseUntil ? Date.parse(r.leaseUntil) : 0;
    if (r.state === "in_progress" && lease > t) {
      return { kind: "busy", record: r, ageMs: t - Date.parse(r.startedAt), remainingMs: lease - t };
    }
    // Expired in-progress (its holder died: timeout, crash), a retryable failure, or a done claim whose
    // summary is gone: take it over.
    const record = fresh((r.attempt ?? 1) + 1);
    const put = await req.bucket.writeJsonIf(req.key, record, existing.etag ? { ifMatch: existing.etag } : null);
    if (put) return { kind: "acquired", etag: put.etag, record, takeover: true };
  }
  // Five lost races in a row: someone else is clearly on it.
  const r = (await req.bucket.readJsonTagged<ClaimRecord>(req.key))?.value;
  return { kind: "busy", record: r!, ageMs: 0, remainingMs: 0 };
}

/**
 * Records the outcome on a claim this delivery holds. Returns false if the claim was taken over in
 * the meantime (our lease ran out while we worked); the outcome we wrote stands either way.
 */
export async function finishClaim(
  bucket: ArticleBucket,
  key: string,
  held: { etag: string | null; record: ClaimRecord },
  outcome: { state: "done"; output: string; id: string } | { state: "failed"; error: { code: string; message: string; retryable: boolean } },
): Promise<boolean> {
  const record: ClaimRecord = { ...held.record, ...outcome, leaseUntil: null, updatedAt: new Date().toISOString() };
  const put = await bucket.writeJsonIf(key, record, held.etag ? { ifMatch: held.etag } : null);
  return put !== null;
}
