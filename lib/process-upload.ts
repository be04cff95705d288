// One uploaded object → one summary or one error record. Permanent failures are recorded and the call
// returns; transient ones are thrown so the caller (Lambda) retries the event.
//
// Delivery is at least once and unordered, so before any work a delivery asks the bucket what has
// already happened (see lib/idempotency.ts for the guards and what each one covers):
//
//   ignored      the key is outside incoming/ or the bucket is not ours: nothing is written
//   stale        a newer version of the key was already handled (S3 event sequencer), or the object
//                was replaced since this event was sent (its ETag changed): the newer event wins
//   duplicate    this version, or identical content with the same engine configuration, is already
//                summarized (or failed permanently): nothing is read twice, the LLM is not called
//   summarized   a summary was written (by an LLM call, or copied from identical content elsewhere)
//   failed       a permanent failure: errors/<rel>.json with a stable code
//   (thrown)     a transient failure, or another invocation holds the work: Lambda retries the event
import { basename } from "node:path";
import type { Runtime } from "./runtime.ts";
import { isPrecisError, PrecisError, toPrecisError } from "./errors.ts";
import { prepareDocument, type Limits, type PreparedArticle } from "./pipeline.ts";
import { errorKey, relativeKey, summaryKey } from "./storage/keys.ts";
import { SCHEMA_VERSION, type ErrorCode, type ErrorRecord, type Summary } from "./schema/summary.ts";
import { catalogOptions, recordSummary, summarizeLinked } from "./catalog.ts";
import type { Engine } from "./engines/engine.ts";
import {
  acquireClaim,
  claimKey,
  compareSequencers,
  finishClaim,
  isSequencer,
  META,
  processGuard,
  readOutputState,
  type ClaimRecord,
  type Guard,
} from "./idempotency.ts";
import { objectMetrics } from "./metrics.ts";

export interface UploadRef {
  bucket: string;
  /** The decoded object key. */
  key: string;
  /** From the S3 event: the ETag of the version this delivery is about. */
  eTag?: string | null;
  /** From the S3 event: orders the versions of one key (hex; longer or greater is newer). */
  sequencer?: string | null;
  /** From the S3 event: the object's size, used to refuse an oversized one without reading it. */
  size?: number | null;
}

export interface ProcessOptions {
  /** The in-process locks; tests that simulate several Lambda containers give each its own. */
  guard?: Guard;
  /** Time left before the invocation is killed (Lambda's `getRemainingTimeInMillis()`). */
  remainingMs?: number | null;
}

export type UploadOutcome =
  | { outcome: "summarized"; key: string; output: string; id: string; llmCalls: number; reused: boolean }
  | { outcome: "duplicate"; key: string; output: string; id: string | null; reason: string }
  | { outcome: "stale"; key: string; reason: string }
  | { outcome: "failed"; key: string; output: string; code: string }
  | { outcome: "ignored"; key: string; reason: string };

/** A transient failure that is "someone else is on it", logged as such rather than as an error. */
class InProgressElsewhere extends PrecisError {
  constructor(message: string) {
    super("internal", message, { retryable: true });
  }
}

const SERVICE = "precis";
/** Margin past the invocation's deadline before another delivery may take its claim over. */
const LEASE_MARGIN_MS = 10_000;
/** Time kept back from the Lambda deadline to release the claim and write an error record. */
const RECORD_MARGIN_MS = 15_000;

export async function processUpload(ref: UploadRef, rt: Runtime, options: ProcessOptions = {}): Promise<UploadOutcome> {
  const { config, bucket, log } = rt;
  const catalog = catalogOptions(config, log);
  const guard = options.guard ?? processGuard;
  const started = performance.now();
  const sequencer = ref.sequencer && isSequencer(ref.sequencer) ? ref.sequencer.toUpperCase() : null;
  const eTag = ref.eTag?.replaceAll('"', "") || null;

  // One line per object: the structured log and, through its `_aws` block, the CloudWatch metrics.
  let engine: Engine | null = null;
  let id: string | null = null;
  let sha256: string | undefined;
  let bytes: number | null = null;
  const report = <O extends UploadOutcome | { outcome: "retrying" | "in_progress"; key: string; code: string; reason: string }>(
    level: "info" | "warn" | "error",
    o: O,
    summary?: Summary,
  ): O => {
    const ms = Math.round(performance.now() - started);
    const usage = summary?.engine.usage ?? null;
    const llmCalls = o.outcome === "summarized" ? o.llmCalls : 0;
    log[level]("object processed", {
      key: ref.key,
      id,
      engine: engine?.name ?? null,
      model: summary?.engine.model ?? null,
      outcome: o.outcome,
      ...("code" in o ? { code: o.code } : {}),
      ...("reason" in o ? { reason: o.reason } : {}),
      ...("output" in o ? { output: o.output } : {}),
      tokens: usage,
      costUsd: summary?.engine.costUsd ?? null,
      llmCalls,
      ms,
      bytes,
      sequencer,
      ...objectMetrics(config.metricsNamespace, {
        service: SERVICE,
        outcome: o.outcome,
        engine: engine?.name ?? null,
        ms,
        inputTokens: usage?.inputTokens,
        outputTokens: usage?.outputTokens,
        costUsd: summary?.engine.costUsd,
        llmCalls,
        bytes,
      }),
    });
    return o;
  };

  let rel: string;
  try {
    rel = relativeKey(ref.key, config.prefixes);
  } catch (e) {
    // Never write anything for a key outside incoming/: that is how functions end up triggering themselves.
    return report("warn", { outcome: "ignored", key: ref.key, reason: (e as Error).message });
  }
  if (ref.bucket !== bucket.name) {
    return report("warn", { outcome: "ignored", key: ref.key, reason: `bucket '${ref.bucket}' is not '${bucket.name}'` });
  }
  const outputs = { summary: summaryKey(rel, config.prefixes), error: errorKey(rel, config.prefixes) };

  /**
   * Writes a summary or an error record unless a newer version of the key has been recorded since,
   * as a conditional write on what was read (If-Match / If-None-Match), re-checked on a lost race.
   * Returns false when the write was skipped because this version is stale.
   */
  const writeOutput = (kind: "summary" | "error", body: unknown, metadata: Record<string, string>) =>
    guard.outputs.run(outputs.summary, async () => {
      for (let round = 0; round < 4; round++) {
        const state = await readOutputState(bucket, outputs);
        if (sequencer && compareSequencers(state.sequencer, sequencer) > 0) return false;
        const current = kind === "summary" ? state.summary : state.error;
        const condition = current ? (current.etag ? { ifMatch: current.etag } : null) : ({ ifNoneMatch: "*" } as const);
        const put = await bucket.writeJsonIf(kind === "summary" ? outputs.summary : outputs.error, body, condition, {
          ...metadata,
          ...(sequencer ? { [META.sequencer]: sequencer } : {}),
          ...(eTag ? { [META.sourceEtag]: eTag } : {}),
        });
        if (!put) continue;
        // A summary of this (or a newer) version makes an older version's error record wrong: remove it.
        // (Not conditional: S3 general-purpose buckets take no If-Match on DELETE. The window is one
        // newer failing version racing this write; its own retry rewrites the record.)
        if (kind === "summary" && state.error && compareSequencers(state.error.sequencer, sequencer) <= 0) {
          await bucket.delete(outputs.error).catch((e) => log.warn("could not remove an older error record", { key: ref.key, error: (e as Error).message }));
        }
        return true;
      }
      throw new PrecisError("internal", `lost the race to write ${kind} for '${ref.key}' four times`, { retryable: true });
    });

  let claim: { key: string; etag: string | null; record: ClaimRecord } | null = null;
  try {
    // 1. What has happened to this key already? (two HEADs, no body read)
    const before = await readOutputState(bucket, outputs);
    if (sequencer && compareSequencers(before.sequencer, sequencer) > 0) {
      return report("info", { outcome: "stale", key: ref.key, reason: `a newer version of the key (sequencer ${before.sequencer}) was already processed` });
    }
    engine = await rt.engine();
    const fingerprint = engine.fingerprint;
    // The very version this event is about, delivered again.
    if (sequencer && before.sequencer === sequencer) {
      const same = before.summary?.sequencer === sequencer ? before.summary : null;
      if (same && (!eTag || !same.sourceEtag || same.sourceEtag === eTag) && same.engine === fingerprint) {
        id = same.id;
        return report("info", { outcome: "duplicate", key: ref.key, output: outputs.summary, id: same.id, reason: "this version was already summarized" });
      }
      if (before.error?.sequencer === sequencer && !before.error.retryable && !same) {
        return report("info", { outcome: "duplicate", key: ref.key, output: outputs.error, id: null, reason: `this version already failed permanently (${before.error.code})` });
      }
    }
    // 2. Refuse an oversized object on the event's word, before any request for its body.
    if (ref.size != null && ref.size > config.limits.maxObjectBytes) {
      throw new PrecisError("too_large", `'${ref.key}' is ${ref.size} bytes; the limit is ${config.limits.maxObjectBytes}`);
    }
    // 3. Read (bounded: an object over the limit is refused from its Content-Length, unread).
    const object = await bucket.read(ref.key, config.limits.maxObjectBytes);
    bytes = object.bytes.byteLength;
    if (eTag && object.etag && object.etag !== eTag) {
      return report("info", {
        outcome: "stale",
        key: ref.key,
        reason: `the object was replaced since this event (ETag ${eTag} is now ${object.etag}); the newer version's own event handles it`,
      });
    }
    // 4. Load, clean, refuse junk: pure and deterministic, so any crash in it is permanent, not retried.
    const prepared = await prepare({ bytes: object.bytes, contentType: object.contentType, fileName: basename(ref.key), bucket: bucket.name, key: ref.key }, config.limits);
    id = prepared.id;
    sha256 = prepared.source.sha256;
    if (prepared.wordCount > config.reliability.maxArticleWords) {
      throw new PrecisError(
        "too_large",
        `the cleaned text has ${prepared.wordCount} words; at most ${config.reliability.maxArticleWords} are summarized (no article is that long, and it would take dozens of LLM calls)`,
      );
    }
    // 5. Identical content, same engine configuration, already summarized at this key (a re-upload).
    if (before.summary && before.summary.sha256 === sha256 && before.summary.engine === fingerprint) {
      return report("info", { outcome: "duplicate", key: ref.key, output: outputs.summary, id, reason: "identical content was already summarized with this engine configuration" });
    }
    // 6. Claim the work: one delivery per (content, engine configuration) at a time, in this process
    //    (lock) and across processes (conditional write of the claim marker).
    const ckey = claimKey(config.prefixes, prepared.source.sha256, fingerprint);
    return await guard.claims.run(ckey, async () => {
      const leaseMs = options.remainingMs != null && options.remainingMs > 0 ? options.remainingMs + LEASE_MARGIN_MS : config.reliability.claimLeaseMs;
      const request = { bucket, key: ckey, sha256: prepared.source.sha256, engine: fingerprint, source: ref.key, leaseMs };
      let got = await acquireClaim(request);
      if (got.kind === "done") {
        const reused = await reuseSummary(got.record, prepared, fingerprint);
        if (reused) return reused;
        // The recorded summary is gone or was overwritten: do the work again.
        got = await acquireClaim({ ...request, reclaimDone: true });
      }
      switch (got.kind) {
        case "done": // only reachable if the summary vanished and the re-claim lost a race
        case "busy": {
          const age = Math.round((got.kind === "busy" ? got.ageMs : 0) / 1000);
          const left = Math.round((got.kind === "busy" ? got.remainingMs : 0) / 1000);
          throw new InProgressElsewhere(`identical content is being summarized by another invocation (claimed ${age}s ago, lease ${left}s more); retry later`);
        }
        case "failed":
          throw new PrecisError(got.record.error!.code as ErrorCode, `${got.record.error!.message} (recorded for identical content at ${got.record.updatedAt}; not retried)`);
        case "acquired":
          claim = { key: ckey, etag: got.etag, record: got.record };
      }
      const held = claim!;
      // Cut the LLM off before Lambda kills the invocation, so the failure is recorded and retried.
      const left = options.remainingMs ?? null;
      const signal = left != null && left > 2 * RECORD_MARGIN_MS ? AbortSignal.timeout(left - RECORD_MARGIN_MS) : undefined;
      const { summary } = await summarizeLinked(bucket, prepared, { engine: engine!, ...(signal ? { signal } : {}) }, catalog);
      const written = await writeOutput("summary", summary, { [META.id]: summary.id, [META.sha256]: summary.source.sha256, [META.engine]: fingerprint });
      if (!written) {
        // A newer version of the key landed while the LLM worked. Its summary stands; ours is dropped.
        await finishClaim(bucket, ckey, held, { state: "failed", error: { code: "internal", message: "superseded by a newer version of the key before it was written", retryable: true } });
        claim = null;
        return report("info", { outcome: "stale", key: ref.key, reason: "a newer version of the key was processed while this one was being summarized" });
      }
      await recordSummary(bucket, summary, outputs.summary, catalog);
      if (!(await finishClaim(bucket, ckey, held, { state: "done", output: outputs.summary, id: summary.id }))) {
        log.warn("claim was taken over while this delivery worked (its lease ran out); the summary stands", { key: ref.key, id });
      }
      claim = null;
      return report("info", { outcome: "summarized", key: ref.key, output: outputs.summary, id: summary.id, llmCalls: summary.engine.calls, reused: false }, summary);
    });
  } catch (e) {
    const err = toPrecisError(e);
    const held = claim as { key: string; etag: string | null; record: ClaimRecord } | null;
    if (held) {
      // Tell the next delivery what happened: a permanent failure is final for this content and engine
      // configuration; a transient one may be taken over at once instead of waiting out the lease.
      await finishClaim(bucket, held.key, held, { state: "failed", error: { code: err.code, message: err.message, retryable: err.retryable } }).catch((fe) =>
        log.warn("could not record the failure on the claim", { key: ref.key, error: (fe as Error).message }),
      );
    }
    if (err.retryable) {
      const lastAttempt = held !== null && held.record.attempt >= config.reliability.maxAttempts;
      if (lastAttempt) {
        // Lambda will not retry again: leave a record (retryable: true) beside the on-failure queue entry.
        await writeError(err, true).catch(() => undefined);
      }
      if (err instanceof InProgressElsewhere) report("warn", { outcome: "in_progress", key: ref.key, code: err.code, reason: err.message });
      else report("error", { outcome: "retrying", key: ref.key, code: err.code, reason: lastAttempt ? `${err.message} (last attempt)` : err.message });
      throw err;
    }
    const written = await writeError(err, false);
    if (!written) return report("info", { outcome: "stale", key: ref.key, reason: `a newer version of the key was processed (this one failed: ${err.code})` });
    return report("warn", { outcome: "failed", key: ref.key, output: outputs.error, code: err.code });
  }

  async function writeError(err: PrecisError, retryable: boolean): Promise<boolean> {
    const record: ErrorRecord = {
      schemaVersion: SCHEMA_VERSION,
      id,
      createdAt: new Date().toISOString(),
      source: { bucket: bucket.name, key: ref.key, ...(sha256 ? { sha256 } : {}) },
      error: {
        code: err.code,
        message: retryable ? `${err.message} (gave up after ${config.reliability.maxAttempts} attempts; the event went to the on-failure queue)` : err.message,
        retryable,
      },
    };
    return writeOutput("error", record, {
      [META.error]: err.code,
      ...(retryable ? { [META.errorRetryable]: "true" } : {}),
      ...(sha256 ? { [META.sha256]: sha256 } : {}),
    });
  }

  /** Identical content summarized elsewhere with the same engine configuration: copy, never call the LLM. */
  async function reuseSummary(record: ClaimRecord, prepared: PreparedArticle, fingerprint: string): Promise<UploadOutcome | null> {
    if (!record.output) return null;
    const found = await bucket.readJsonTagged<Summary>(record.output);
    if (!found || found.metadata[META.sha256] !== prepared.source.sha256 || found.metadata[META.engine] !== fingerprint) return null;
    if (record.output === outputs.summary) {
      return report("info", { outcome: "duplicate", key: ref.key, output: outputs.summary, id: found.value.id, reason: "identical content was already summarized here" });
    }
    const summary: Summary = { ...found.value, source: prepared.source };
    const written = await writeOutput("summary", summary, { [META.id]: summary.id, [META.sha256]: prepared.source.sha256, [META.engine]: fingerprint });
    if (!written) return report("info", { outcome: "stale", key: ref.key, reason: "a newer version of the key was already processed" });
    await recordSummary(bucket, summary, outputs.summary, catalog);
    return report("info", { outcome: "summarized", key: ref.key, output: outputs.summary, id: summary.id, llmCalls: 0, reused: true }, { ...summary, engine: { ...summary.engine, usage: null, costUsd: 0, calls: 0 } });
  }
}

/** prepareDocument, with anything unexpected it throws made permanent: the same bytes would fail again. */
async function prepare(input: Parameters<typeof prepareDocument>[0], limits: Limits): Promise<PreparedArticle> {
  try {
    return await prepareDocument(input, limits);
  } catch (e) {
    if (isPrecisError(e)) return rethrowPermanent(e);
    const message = e instanceof RangeError ? `the document is too deeply nested or too large to read (${e.message})` : `the document could not be read: ${(e as Error)?.message ?? String(e)}`;
    throw new PrecisError("internal", message, { retryable: false, cause: e });
  }
}

const rethrowPermanent = (e: PrecisError): never => {
  throw e.retryable ? new PrecisError(e.code, e.message, { retryable: false, cause: e }) : e;
};
