// Exactly-once LLM work over at-least-once delivery.
//
// S3 delivers each event at least once (sometimes twice, sometimes late, sometimes out of order) and
// Lambda retries failed invocations; the LLM call must still happen once per (content, engine
// configuration). Three guards, each covering what the others cannot:
//
// 1. The outputs' own metadata (cheap, checked first). Every summary and error record carries
//    `precis-sequencer` (the S3 event sequencer of the version it was made from), and a summary
//    `precis-sha256`, `precis-engine` (Engine.fingerprint) and `precis-source-etag`. From two HEADs a
//    delivery can tell "already done for this version" and "a newer version was already handled".
//
// 2. A claim marker per idempotency key, `summaries/_precis/claims/<sha256>-<engine hash>.json`,
//    written with S3 conditional writes: `If-None-Match: *` to claim, `If-Match: <etag>` to take over
//    an expired or failed claim and to record the outcome. Its states tell a delivery "done (here is
//    the summary)", "in progress (since when, until when)" and "failed (permanently, or retryable)".
//    This is what guards concurrent deliveries in *different* Lambda containers in AWS: S3 lets only
//    one conditional write win. s3rver (the local runner) ignores the conditions, so locally the
//    marker alone would not stop two concurrent claimers; the marker is always read before it is
//    written, which still makes it correct for deliveries that are not simultaneous.
//
// 3. An in-process keyed lock (`KeyedLock`). A Lambda container runs one event at a time, so in AWS
//    this only matters for the local runner, which handles every delivery in one process: there it
//    is the guard against simultaneous deliveries. It also serialises the check-then-write of one
//    output key, where in AWS the conditional writes do the same.
//
// Nothing here needs DynamoDB (Powertools' idempotency utility does): the bucket is the only store.
import { createHash } from "node:crypto";
import type { ArticleBucket } from "./storage/bucket.ts";
import type { Prefixes } from "./storage/keys.ts";

/** Metadata names on summaries and error records (S3 lower-cases user metadata keys). */
export const META = {
  id: "precis-id",
  sha256: "precis-sha256",
  engine: "precis-engine",
  sequencer: "precis-sequencer",
  sourceEtag: "precis-source-etag",
  error: "precis-error",
  /** "true" on an error record left after the last retry of a transient failure. */
  errorRetryable: "precis-error-retryable",
} as const;

/** The short hash of an engine fingerprint used in claim keys. */
export const engineHash = (fingerprint: string) => createHash("sha256").update(fingerprint).digest("hex").slice(0, 16);

/** Where the claim for (content, engine configuration) lives: inside summaries/, never under incoming/. */
export const claimKey = (prefixes: Prefixes, sha256: string, fingerprint: string) =>
  `${prefixes.summaries}_precis/claims/${sha256}-${engineHash(fingerprint)}.json`;

/**
 * Orders two S3 event sequencers of the same key: hex strings of varying length, compared after
 * left-padding to equal length. Negative if `a` is older. An absent sequencer orders first.
 */
export function compareSequencers(a: string | null | undefined, b: string | null | undefined): number {
  if (!a && !b) return 0;
  if (!a) return -1;
  if (!b) return 1;
  const n = Math.max(a.length, b.length);
  const pa = a.toUpperCase().padStart(n, "0");
  const pb = b.toUpperCase().padStart(n, "0");
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

export const isSequencer = (s: string) => /^[0-9A-Fa-f]{1,64}$/.test(s);

// ---------------------------------------------------------------------------------------------
// What the outputs say about a key

export interface OutputState {
  summary: { etag: string | null; sha256: string | null; engine: string | null; sequencer: string | null; sourceEtag: string | null; id: string | null } | null;
  error: { etag: string | null; sequencer: string | null; code: string | null; retryable: boolean } | null;
  /** The newest sequencer recorded on either. */
  sequencer: string | null;
}

export async function readOutputState(bucket: ArticleBucket, outputs: { summary: string; error: string }): Promise<OutputState> {
  const [s, e] = await Promise.all([bucket.head(outputs.summary), bucket.head(outputs.error)]);
  const summary = s
    ? {
        etag: s.etag,
        sha256: s.metadata[META.sha256] ?? null,
        engine: s.metadata[META.engine] ?? null,
        sequencer: s.metadata[META.sequencer] ?? null,
        sourceEtag: s.metadata[META.sourceEtag] ?? null,
        id: s.metadata[META.id] ?? null,
      }
    : null;
  const error = e
    ? { etag: e.etag, sequencer: e.metadata[META.sequencer] ?? null, code: e.metadata[META.error] ?? null, retryable: e.metadata[META.errorRetryable] === "true" }
    : null;
  const sequencer = compareSequencers(summary?.sequencer, error?.sequencer) >= 0 ? (summary?.sequencer ?? null) : (error?.sequencer ?? null);
  return { summary, error, sequencer };
}

// ---------------------------------------------------------------------------------------------
// The claim marker

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
 * Reads the marker, then claims it with a conditional write: `If-None-Match: *` if there is none,
 * `If-Match` on the marker read if it is expired or failed-retryable. A lost condition re-reads.
 */
export async function acquireClaim(req: ClaimRequest): Promise<ClaimResult> {
  const now = req.now ?? Date.now;
  for (let round = 0; round < 5; round++) {
    const existing = await req.bucket.readJsonTagged<ClaimRecord>(req.key);
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

// ---------------------------------------------------------------------------------------------
// In-process keyed lock

/**
 * Runs one function at a time per key, in arrival order. Covers concurrent deliveries handled by one
 * process (the local runner; a Lambda container handles one event at a time).
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys currently held or waited for (for tests). */
  get size(): number {
    return this.tails.size;
  }
}

/** What one process (one Lambda container) shares between the deliveries it handles. */
export interface Guard {
  /** Serialises work on one idempotency key. */
  claims: KeyedLock;
  /** Serialises the check-then-write of one output key. */
  outputs: KeyedLock;
}

export const createGuard = (): Guard => ({ claims: new KeyedLock(), outputs: new KeyedLock() });

/** The container's guard. Tests that simulate several containers pass their own. */
export const processGuard: Guard = createGuard();
