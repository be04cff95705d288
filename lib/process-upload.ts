// One uploaded object → one summary or one error record. Permanent failures are recorded and the call
// returns; transient ones are thrown so the caller (Lambda) retries the event.
//
// Delivery is at least once and unordered. The steps, each a function below:
//
//   locate     the key is outside incoming/ or the bucket is not ours: `ignored`, nothing is written
//   decide     from the outputs' metadata (the summary's HEAD, then the error record's if needed): a newer version was handled (`stale`), or this
//              version is already summarized or failed permanently (`duplicate`)
//   prepare    read (bounded), load, clean, refuse junk; a key under the API's prefix must hold the
//              content its name promises
//   claim      paid engines only: one delivery per (content, engine configuration) at a time
//              (lib/store/claims.ts); identical content summarized elsewhere is copied
//   summarize  the engine, with same-story linking (lib/similarity/)
//   store      the summary (conditional on the version), the catalog entry, the story index
//   report     one log line with the metrics, and the "Summary Created" event
//
//   outcomes: ignored, stale, duplicate, summarized, failed (errors/<rel>.json with a stable code),
//   or thrown (transient, or another invocation holds the work: Lambda retries the event)
import { basename } from "node:path";
import type { Runtime } from "./runtime.ts";
import { isPrecisError, PrecisError, toPrecisError } from "./errors.ts";
import { prepareDocument, type ArticleLimits, type PreparedArticle, type SummarizeInput } from "./pipeline.ts";
import { SCHEMA_VERSION, type ErrorCode, type ErrorRecord, type Summary } from "./schema/summary.ts";
import type { Engine } from "./engines/engine.ts";
import { summarizeLinked, type Linked } from "./similarity/link.ts";
import { emitSummaryCreated } from "./events/index.ts";
import { objectMetrics } from "./metrics.ts";
import {
  acquireClaim,
  apiUploadId,
  compareSequencers,
  finishClaim,
  isSequencer,
  linking,
  outputsOf,
  processGuard,
  readOutputState,
  readOutputStateFor,
  readSummaryWithEngine,
  recordEntry,
  relativeKey,
  stateKeys,
  writeOutput,
  type ClaimRecord,
  type Guard,
  type OutputState,
  type Outputs,
  type Version,
  type WriteResult,
} from "./store/index.ts";

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

type Retry = { outcome: "retrying" | "in_progress"; key: string; code: string; reason: string };

/** What the report says beyond the outcome. */
interface Facts {
  id: string | null;
  sha256: string | null;
  engine: Engine | null;
  bytes: number | null;
  /** The summary written (for its usage and cost), if any. */
  summary?: Summary;
  /** The claim attempt, when a claim was held. */
  attempt?: number;
}
const NO_FACTS: Facts = { id: null, sha256: null, engine: null, bytes: null };

type Result =
  | { level: "info" | "warn"; outcome: UploadOutcome; facts: Facts; announce?: boolean }
  | { level: "warn" | "error"; outcome: Retry; facts: Facts; error: PrecisError };

/** One delivery of one version of one key. */
interface Delivery {
  ref: UploadRef;
  rt: Runtime;
  guard: Guard;
  remainingMs: number | null;
  rel: string;
  outputs: Outputs;
  version: Version;
  started: number;
}

/** A transient failure that is "someone else is on it", logged as such rather than as an error. */
class InProgressElsewhere extends PrecisError {
  constructor(message: string) {
    super("internal", message, { retryable: true });
  }
}

/** An upload into the API's prefix that does not hold what its name says: refused, and it supersedes nothing. */
class ForeignApiUpload extends PrecisError {}

/** A failure with what was known when it happened. */
class StepFailure extends Error {
  readonly facts: Facts;
  constructor(cause: unknown, facts: Facts) {
    super("step failed", { cause });
    this.facts = facts;
  }
}

const SERVICE = "precis";
/** Margin past the invocation's deadline before another delivery may take its claim over. */
const LEASE_MARGIN_MS = 10_000;
/** Time kept back from the Lambda deadline to release the claim and write an error record. */
const RECORD_MARGIN_MS = 15_000;

export async function processUpload(ref: UploadRef, rt: Runtime, options: ProcessOptions = {}): Promise<UploadOutcome> {
  const started = performance.now();
  const located = locate(ref, rt);
  if (typeof located === "string") return report(rt, ref, started, { level: "warn", outcome: { outcome: "ignored", key: ref.key, reason: located }, facts: NO_FACTS });
  const d: Delivery = { ref, rt, guard: options.guard ?? processGuard, remainingMs: options.remainingMs ?? null, ...located, started };
  const result = await handle(d).catch((e: unknown) => failed(d, e instanceof StepFailure ? e : new StepFailure(e, NO_FACTS)));
  return report(rt, ref, started, result);
}

/** The delivery's outputs, or why it is none of ours. Never writes anything for a key outside incoming/. */
export function locate(ref: UploadRef, rt: Runtime): Pick<Delivery, "rel" | "outputs" | "version"> | string {
  if (ref.bucket !== rt.bucket.name) return `bucket '${ref.bucket}' is not '${rt.bucket.name}'`;
  try {
    const rel = relativeKey(ref.key, rt.config.prefixes);
    const sequencer = ref.sequencer && isSequencer(ref.sequencer) ? ref.sequencer.toUpperCase() : null;
    return { rel, outputs: outputsOf(rt.config.prefixes, rel), version: { sequencer, eTag: ref.eTag?.replaceAll('"', "") || null } };
  } catch (e) {
    return (e as Error).message;
  }
}

const within = async <T>(facts: Facts, fn: () => Promise<T>): Promise<T> => {
  try {
    return await fn();
  } catch (e) {
    throw e instanceof StepFailure ? e : new StepFailure(e, facts);
  }
};

async function handle(d: Delivery): Promise<Result> {
  const first = await readOutputStateFor(d.rt.bucket, d.outputs, d.version.sequencer);
  const engine = await d.rt.engine();
  const early = decide(d, first, engine.fingerprint);
  // Work to do although the summary's HEAD looked settled (another engine, another ETag): read both.
  const before = !early && first.settled ? await readOutputState(d.rt.bucket, d.outputs) : first;
  if (early) return { level: "info", outcome: early, facts: { ...NO_FACTS, engine, id: "id" in early ? early.id : null } };
  const article = await within({ ...NO_FACTS, engine }, () => prepare(d));
  if ("stale" in article) return { level: "info", outcome: { outcome: "stale", key: d.ref.key, reason: article.stale }, facts: { ...NO_FACTS, engine } };
  const facts: Facts = { id: article.prepared.id, sha256: article.prepared.source.sha256, engine, bytes: article.bytes };
  return within(facts, () => summarizeAndStore(d, before, engine, article.prepared, facts));
}

/** What the stored outputs already say about this version: nothing to do, or go on (null). */
export function decide(d: Pick<Delivery, "ref" | "outputs" | "version">, before: OutputState, fingerprint: string): UploadOutcome | null {
  const { sequencer, eTag } = d.version;
  const key = d.ref.key;
  if (sequencer && compareSequencers(before.sequencer, sequencer) > 0) {
    return { outcome: "stale", key, reason: `a newer version of the key (sequencer ${before.sequencer}) was already processed` };
  }
  if (!sequencer || before.sequencer !== sequencer) return null;
  const same = before.summary?.sequencer === sequencer ? before.summary : null;
  if (same && (!eTag || !same.sourceEtag || same.sourceEtag === eTag) && same.engine === fingerprint) {
    return { outcome: "duplicate", key, output: d.outputs.summaryKey, id: same.id, reason: "this version was already summarized" };
  }
  if (!same && before.error?.sequencer === sequencer && !before.error.retryable) {
    return { outcome: "duplicate", key, output: d.outputs.errorKey, id: null, reason: `this version already failed permanently (${before.error.code})` };
  }
  return null;
}

/** Reads the object (bounded) and prepares the article; `stale` when the object was replaced since the event. */
async function prepare(d: Delivery): Promise<{ prepared: PreparedArticle; bytes: number } | { stale: string }> {
  const { config, bucket } = d.rt;
  const apiId = (() => {
    try {
      return apiUploadId(d.rel);
    } catch (e) {
      throw new ForeignApiUpload("refused", (e as Error).message);
    }
  })();
  // Refuse an oversized object on the event's word, before any request for its body.
  if (d.ref.size != null && d.ref.size > config.limits.maxObjectBytes) {
    throw new PrecisError("too_large", `'${d.ref.key}' is ${d.ref.size} bytes; the limit is ${config.limits.maxObjectBytes}`);
  }
  const object = await bucket.read(d.ref.key, config.limits.maxObjectBytes);
  const eTag = d.version.eTag;
  if (eTag && object.etag && object.etag !== eTag) {
    return { stale: `the object was replaced since this event (ETag ${eTag} is now ${object.etag}); the newer version's own event handles it` };
  }
  const prepared = await prepareBytes({ bytes: object.bytes, contentType: object.contentType, fileName: basename(d.ref.key), bucket: bucket.name, key: d.ref.key }, config.limits);
  if (apiId !== null && prepared.id !== apiId) {
    throw new ForeignApiUpload("refused", `'${d.ref.key}' is under the HTTP API's own prefix but holds other content (id ${prepared.id}); upload elsewhere`);
  }
  return { prepared, bytes: object.bytes.byteLength };
}

/** prepareDocument, with anything unexpected it throws made permanent: the same bytes would fail again. */
async function prepareBytes(input: SummarizeInput, limits: ArticleLimits): Promise<PreparedArticle> {
  try {
    return await prepareDocument(input, limits);
  } catch (e) {
    if (isPrecisError(e)) throw e.retryable ? new PrecisError(e.code, e.message, { retryable: false, cause: e }) : e;
    const message = e instanceof RangeError ? `the document is too deeply nested or too large to read (${e.message})` : `the document could not be read: ${(e as Error)?.message ?? String(e)}`;
    throw new PrecisError("internal", message, { retryable: false, cause: e });
  }
}

/** Paid engines are claimed (one LLM call per content and configuration); the rules engine costs nothing. */
const isPaid = (engine: Engine) => engine.name !== "rules";

async function summarizeAndStore(d: Delivery, before: OutputState, engine: Engine, prepared: PreparedArticle, facts: Facts): Promise<Result> {
  // Identical content, same engine configuration, already summarized at this key (a re-upload).
  if (before.summary && before.summary.sha256 === prepared.source.sha256 && before.summary.engine === engine.fingerprint) {
    return { level: "info", outcome: { outcome: "duplicate", key: d.ref.key, output: d.outputs.summaryKey, id: prepared.id, reason: "identical content was already summarized with this engine configuration" }, facts };
  }
  if (!isPaid(engine)) return summarizeNow(d, before, engine, prepared, facts);
  return withClaim(d, before, engine, prepared, facts);
}

/** Claims the work across deliveries (in-process lock, then the conditional claim marker), then summarizes. */
async function withClaim(d: Delivery, before: OutputState, engine: Engine, prepared: PreparedArticle, facts: Facts): Promise<Result> {
  const { config, bucket } = d.rt;
  const key = stateKeys.claim(prepared.source.sha256, engine.fingerprint);
  return d.guard.claims.run(key, async () => {
    const leaseMs = d.remainingMs != null && d.remainingMs > 0 ? d.remainingMs + LEASE_MARGIN_MS : config.reliability.claimLeaseMs;
    const request = { bucket, key, sha256: prepared.source.sha256, engine: engine.fingerprint, source: d.ref.key, leaseMs };
    const first = await acquireClaim(request);
    const reused = first.kind === "done" ? await reuseSummary(d, first.record, prepared, engine, facts) : null;
    if (reused) return reused;
    // A done claim whose summary is gone or was overwritten: do the work again.
    const got = first.kind === "done" ? await acquireClaim({ ...request, reclaimDone: true }) : first;
    if (got.kind === "failed") {
      const error = got.record.error ?? { code: "internal", message: "failed" };
      throw new PrecisError(error.code as ErrorCode, `${error.message} (recorded for identical content at ${got.record.updatedAt}; not retried)`);
    }
    if (got.kind !== "acquired") {
      const age = Math.round((got.kind === "busy" ? got.ageMs : 0) / 1000);
      const left = Math.round((got.kind === "busy" ? got.remainingMs : 0) / 1000);
      throw new InProgressElsewhere(`identical content is being summarized by another invocation (claimed ${age}s ago, lease ${left}s more); retry later`);
    }
    const held = { etag: got.etag, record: got.record };
    const heldFacts = { ...facts, attempt: got.record.attempt };
    const result = await summarizeNow(d, before, engine, prepared, heldFacts).catch(async (e: unknown) => {
      // Tell the next delivery what happened: a permanent failure is final for this content and engine
      // configuration; a transient one may be taken over at once instead of waiting out the lease.
      const err = toPrecisError(e instanceof StepFailure ? e.cause : e);
      await finishClaim(bucket, key, held, { state: "failed", error: { code: err.code, message: err.message, retryable: err.retryable } }).catch((fe) =>
        d.rt.log.warn("could not record the failure on the claim", { key: d.ref.key, error: (fe as Error).message }),
      );
      throw new StepFailure(e instanceof StepFailure ? e.cause : e, heldFacts);
    });
    const outcome = result.outcome;
    const finished =
      outcome.outcome === "summarized"
        ? await finishClaim(bucket, key, held, { state: "done", output: outcome.output, id: outcome.id })
        : await finishClaim(bucket, key, held, { state: "failed", error: { code: "internal", message: "superseded by a newer version of the key before it was written", retryable: true } });
    if (!finished) d.rt.log.warn("claim was taken over while this delivery worked (its lease ran out); the summary stands", { key: d.ref.key, id: prepared.id });
    return result;
  });
}

/** Identical content summarized elsewhere with the same engine configuration: copy, never call the LLM. */
async function reuseSummary(d: Delivery, record: ClaimRecord, prepared: PreparedArticle, engine: Engine, facts: Facts): Promise<Result | null> {
  if (!record.output) return null;
  const found = await readSummaryWithEngine<Summary>(d.rt.bucket, record.output);
  if (!found || found.sha256 !== prepared.source.sha256 || found.engine !== engine.fingerprint) return null;
  if (record.output === d.outputs.summaryKey) {
    return { level: "info", outcome: { outcome: "duplicate", key: d.ref.key, output: d.outputs.summaryKey, id: found.value.id, reason: "identical content was already summarized here" }, facts };
  }
  const summary: Summary = { ...found.value, source: prepared.source };
  const stored = await store(d, summary, engine, null);
  if (typeof stored === "string") return unstored(d, stored, facts, summary.id);
  const free = { ...summary, engine: { ...summary.engine, usage: null, costUsd: 0, calls: 0 } };
  return {
    level: "info",
    outcome: { outcome: "summarized", key: d.ref.key, output: d.outputs.summaryKey, id: summary.id, llmCalls: 0, reused: true },
    facts: { ...facts, summary: free },
    announce: stored.news,
  };
}

/** Summarizes (linked to the stored copies of the story) and stores. */
async function summarizeNow(d: Delivery, before: OutputState, engine: Engine, prepared: PreparedArticle, facts: Facts): Promise<Result> {
  const { bucket, config, log } = d.rt;
  const link = linking(bucket, d.guard.outputs, config, log);
  // Cut the LLM off before Lambda kills the invocation, so the failure is recorded and retried.
  const left = d.remainingMs;
  const signal = left != null && left > 2 * RECORD_MARGIN_MS ? AbortSignal.timeout(left - RECORD_MARGIN_MS) : undefined;
  const { summary, linked } = await summarizeLinked(link.index, link.stored, prepared, { engine, ...(signal ? { signal } : {}) }, link.options);
  const stored = await store(d, summary, engine, linked, before);
  if (typeof stored === "string") return unstored(d, stored, facts, summary.id);
  return {
    level: "info",
    outcome: { outcome: "summarized", key: d.ref.key, output: d.outputs.summaryKey, id: summary.id, llmCalls: summary.engine.calls, reused: false },
    facts: { ...facts, summary },
    announce: stored.news,
  };
}

/** A summary that was not written: a newer version landed meanwhile (its output stands), or another delivery of this version wrote it. */
const unstored = (d: Delivery, why: "stale" | "duplicate", facts: Facts, id: string): Result =>
  why === "stale"
    ? { level: "info", outcome: { outcome: "stale", key: d.ref.key, reason: "a newer version of the key was processed while this one was being summarized" }, facts }
    : { level: "info", outcome: { outcome: "duplicate", key: d.ref.key, output: d.outputs.summaryKey, id, reason: "another delivery of this version wrote it first" }, facts };

/** The summary (conditional on this version), then its catalog entry and its place in the story index. */
async function store(d: Delivery, summary: Summary, engine: Engine, linked: Linked | null, known?: OutputState): Promise<{ news: boolean } | "stale" | "duplicate"> {
  const { bucket, log } = d.rt;
  const written = await writeOutput(bucket, d.outputs, { kind: "summary", body: summary, engine: engine.fingerprint }, d.version, {
    lock: d.guard.outputs,
    ...(known ? { known } : {}),
    onRemoveFailed: (e) => log.warn("could not remove an older error record", { key: d.ref.key, error: e.message }),
  });
  if (written !== "written") return written;
  const [entry] = await Promise.all([recordEntry(bucket, summary, d.outputs.summaryKey), linked?.record(summary.id)]);
  return { news: entry.news };
}

/** A failure: recorded (permanent, or the last attempt of a transient one) and reported, or retried. */
async function failed(d: Delivery, failure: StepFailure): Promise<Result> {
  const err = toPrecisError(failure.cause);
  const facts = failure.facts;
  if (err.retryable) {
    const lastAttempt = facts.attempt !== undefined && facts.attempt >= d.rt.config.reliability.maxAttempts;
    // Lambda will not retry again: leave a record (retryable: true) beside the on-failure queue entry.
    if (lastAttempt) await writeError(d, err, true, facts).catch(() => undefined);
    if (err instanceof InProgressElsewhere) return { level: "warn", outcome: { outcome: "in_progress", key: d.ref.key, code: err.code, reason: err.message }, facts, error: err };
    return { level: "error", outcome: { outcome: "retrying", key: d.ref.key, code: err.code, reason: lastAttempt ? `${err.message} (last attempt)` : err.message }, facts, error: err };
  }
  const written = await writeError(d, err, false, facts);
  if (written === "duplicate") return { level: "info", outcome: { outcome: "duplicate", key: d.ref.key, output: d.outputs.errorKey, id: null, reason: `this version already failed (${err.code})` }, facts };
  if (written === "stale") return { level: "info", outcome: { outcome: "stale", key: d.ref.key, reason: `a newer version of the key was processed (this one failed: ${err.code})` }, facts };
  return { level: "warn", outcome: { outcome: "failed", key: d.ref.key, output: d.outputs.errorKey, code: err.code }, facts };
}

/**
 * The error record. It supersedes an older summary of the key (the newest version decides), unless the
 * upload was refused as foreign (it must not erase the API's summary) or was gone when read (a deleted
 * object's content did not fail; and a local S3 answers 404 in the middle of an overwrite).
 */
function writeError(d: Delivery, err: PrecisError, retryable: boolean, facts: Facts): Promise<WriteResult> {
  const { bucket, config, log } = d.rt;
  const record: ErrorRecord = {
    schemaVersion: SCHEMA_VERSION,
    id: facts.id,
    createdAt: new Date().toISOString(),
    source: { bucket: bucket.name, key: d.ref.key, ...(facts.sha256 ? { sha256: facts.sha256 } : {}) },
    error: {
      code: err.code,
      message: retryable ? `${err.message} (gave up after ${config.reliability.maxAttempts} attempts; the event went to the on-failure queue)` : err.message,
      retryable,
    },
  };
  return writeOutput(bucket, d.outputs, { kind: "error", body: record, code: err.code, retryable, sha256: facts.sha256 }, d.version, {
    lock: d.guard.outputs,
    supersede: !(err instanceof ForeignApiUpload) && err.code !== "not_found",
    onRemoveFailed: (e) => log.warn("could not remove the older summary", { key: d.ref.key, error: e.message }),
  });
}

/** One line per delivery: the structured log and, through its `_aws` block, the CloudWatch metrics; then the event. */
async function report(rt: Runtime, ref: UploadRef, started: number, result: Result): Promise<UploadOutcome> {
  const { config, log } = rt;
  const o = result.outcome;
  const { facts } = result;
  const summary = facts.summary;
  const ms = Math.round(performance.now() - started);
  const usage = summary?.engine.usage ?? null;
  const llmCalls = o.outcome === "summarized" ? o.llmCalls : 0;
  log[result.level]("object processed", {
    key: ref.key,
    id: facts.id,
    engine: facts.engine?.name ?? null,
    model: summary?.engine.model ?? null,
    outcome: o.outcome,
    ...("code" in o ? { code: o.code } : {}),
    ...("reason" in o ? { reason: o.reason } : {}),
    ...("output" in o ? { output: o.output } : {}),
    tokens: usage,
    costUsd: summary?.engine.costUsd ?? null,
    llmCalls,
    ms,
    bytes: facts.bytes,
    sequencer: ref.sequencer ?? null,
    ...objectMetrics(config.metricsNamespace, {
      service: SERVICE,
      outcome: o.outcome,
      engine: facts.engine?.name ?? null,
      ms,
      inputTokens: usage?.inputTokens,
      outputTokens: usage?.outputTokens,
      costUsd: summary?.engine.costUsd,
      llmCalls,
      bytes: facts.bytes,
    }),
  });
  if ("error" in result) throw result.error;
  if (o.outcome === "summarized" && summary && "announce" in result && result.announce) {
    await emitSummaryCreated(rt.bucket.name, o.output, summary, { ...config.events, region: config.s3.region }, log);
  }
  return result.outcome;
}
