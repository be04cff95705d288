// Summaries and error records: what they say about an upload key, and their conditional writers.
//
// Every summary and error record carries, as metadata, the S3 event sequencer of the version it was
// made from (and a summary its content sha256, engine fingerprint and source ETag). Two HEADs then tell
// a delivery "this version is done" or "a newer version was handled" without reading a body. The newest
// version of a key decides: a summary removes an older error record, an error record an older summary.
import type { ArticleBucket } from "./bucket.ts";
import { META, type Outputs } from "./layout.ts";
import { tick, type KeyedLock } from "./locks.ts";
import { PrecisError } from "../errors.ts";
import { forgetEntry } from "./catalog.ts";

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

export interface SummaryState {
  etag: string | null;
  sha256: string | null;
  engine: string | null;
  sequencer: string | null;
  sourceEtag: string | null;
  id: string | null;
}
export interface ErrorState {
  etag: string | null;
  sequencer: string | null;
  code: string | null;
  retryable: boolean;
}
export interface OutputState {
  summary: SummaryState | null;
  error: ErrorState | null;
  /** The newest sequencer recorded on either. */
  sequencer: string | null;
  /** When this process read it (`tick`): a write of this process after that makes it stale. */
  readAt: number;
}

const summaryStateOf = (s: { etag: string | null; metadata: Record<string, string> } | null): SummaryState | null =>
  s
    ? {
        etag: s.etag,
        sha256: s.metadata[META.sha256] ?? null,
        engine: s.metadata[META.engine] ?? null,
        sequencer: s.metadata[META.sequencer] ?? null,
        sourceEtag: s.metadata[META.sourceEtag] ?? null,
        id: s.metadata[META.id] ?? null,
      }
    : null;

const stateOf = (summary: SummaryState | null, e: { etag: string | null; metadata: Record<string, string> } | null): OutputState => {
  const error = e
    ? { etag: e.etag, sequencer: e.metadata[META.sequencer] ?? null, code: e.metadata[META.error] ?? null, retryable: e.metadata[META.errorRetryable] === "true" }
    : null;
  const sequencer = compareSequencers(summary?.sequencer, error?.sequencer) >= 0 ? (summary?.sequencer ?? null) : (error?.sequencer ?? null);
  return { summary, error, sequencer, readAt: tick() };
};

export async function readOutputState(bucket: ArticleBucket, outputs: Pick<Outputs, "summaryKey" | "errorKey">): Promise<OutputState> {
  const [s, e] = await Promise.all([bucket.head(outputs.summaryKey), bucket.head(outputs.errorKey)]);
  return stateOf(summaryStateOf(s), e);
}

/**
 * The outputs' state as a delivery of `sequencer` needs it: the summary's HEAD first, and the error
 * record's only when the summary does not already settle it (this version or a newer one is
 * summarized). A duplicate event is then one HEAD. `settled` says the error record was not read.
 */
export async function readOutputStateFor(bucket: ArticleBucket, outputs: Pick<Outputs, "summaryKey" | "errorKey">, sequencer: string | null): Promise<OutputState & { settled?: true }> {
  const summary = summaryStateOf(await bucket.head(outputs.summaryKey));
  if (sequencer && summary?.sequencer && compareSequencers(summary.sequencer, sequencer) >= 0) return { ...stateOf(summary, null), settled: true };
  return stateOf(summary, await bucket.head(outputs.errorKey));
}

/** The version of an upload an output is made from. */
export interface Version {
  sequencer: string | null;
  eTag: string | null;
}

export type Output =
  | { kind: "summary"; body: { id: string; source: { sha256?: string } }; engine: string }
  | { kind: "error"; body: unknown; code: string; retryable: boolean; sha256?: string | null };

function metadataOf(out: Output, version: Version): Record<string, string> {
  const base: Record<string, string> =
    out.kind === "summary"
      ? { [META.id]: out.body.id, [META.sha256]: out.body.source.sha256 ?? "", [META.engine]: out.engine }
      : { [META.error]: out.code, ...(out.retryable ? { [META.errorRetryable]: "true" } : {}), ...(out.sha256 ? { [META.sha256]: out.sha256 } : {}) };
  return { ...base, ...(version.sequencer ? { [META.sequencer]: version.sequencer } : {}), ...(version.eTag ? { [META.sourceEtag]: version.eTag } : {}) };
}

export type WriteResult = "written" | "stale" | "duplicate";

// When this process last wrote each output key, per bucket: a write whose known state another delivery
// of this process made stale (by writing the key after it was read) re-reads it first, instead of sending
// a condition it knows will be refused and re-reading then. A state read after this process's last write
// of the key is used as it is.
const writtenKeys = new WeakMap<ArticleBucket, Map<string, number>>();
const writtenIn = (bucket: ArticleBucket) => writtenKeys.get(bucket) ?? writtenKeys.set(bucket, new Map()).get(bucket)!;
const remember = (bucket: ArticleBucket, key: string) => {
  const keys = writtenIn(bucket);
  keys.delete(key);
  if (keys.size > 10_000) keys.delete(keys.keys().next().value!);
  keys.set(key, tick());
};

const sameVersion = (state: OutputState, out: Output, version: Version) =>
  version.sequencer !== null &&
  (out.kind === "summary"
    ? state.summary?.sequencer === version.sequencer && state.summary.sha256 === (out.body.source.sha256 ?? null) && state.summary.engine === out.engine
    : state.error?.sequencer === version.sequencer && state.error.code === out.code);

/**
 * Writes a summary or an error record unless a newer version of the key has been recorded since
 * (`stale`) or this version's output is already there (`duplicate`), as a conditional write on the
 * state read (If-Match / If-None-Match); a lost race re-reads. `known` is the state read when the
 * delivery started (saves two HEADs when nothing changed since). Then removes the other output when
 * it is from an older version: the newest version of the key decides (`supersede: false` leaves it).
 *
 * (The removal is not conditional: S3 general-purpose buckets take no If-Match on DELETE. The window is
 * one newer version racing this write; its own retry rewrites its output.)
 */
export async function writeOutput(
  bucket: ArticleBucket,
  outputs: Pick<Outputs, "summaryKey" | "errorKey">,
  out: Output,
  version: Version,
  options: { lock: KeyedLock; known?: OutputState; supersede?: boolean; onRemoveFailed?: (e: Error) => void },
): Promise<WriteResult> {
  return options.lock.run(outputs.summaryKey, async () => {
    const fresh = options.known && !((writtenIn(bucket).get(outputs.summaryKey) ?? 0) > options.known.readAt) ? options.known : null;
    for (let round = 0; round < 4; round++) {
      const state = round === 0 && fresh ? fresh : await readOutputState(bucket, outputs);
      if (version.sequencer && compareSequencers(state.sequencer, version.sequencer) > 0) return "stale";
      if (sameVersion(state, out, version)) return "duplicate";
      const [key, current, other, otherKey] =
        out.kind === "summary" ? [outputs.summaryKey, state.summary, state.error, outputs.errorKey] : [outputs.errorKey, state.error, state.summary, outputs.summaryKey];
      const condition = current ? (current.etag ? { ifMatch: current.etag } : null) : ({ ifNoneMatch: "*" } as const);
      const put = await bucket.writeJsonIf(key, out.body, condition, metadataOf(out, version));
      if (!put) continue;
      remember(bucket, outputs.summaryKey);
      if (options.supersede !== false && other && compareSequencers(other.sequencer, version.sequencer) <= 0) {
        const superseded = out.kind === "error" ? state.summary?.id : null;
        await bucket
          .delete(otherKey)
          .then(() => (superseded ? forgetEntry(bucket, superseded, otherKey) : undefined))
          .catch((e) => options.onRemoveFailed?.(e as Error));
      }
      return "written";
    }
    throw new PrecisError("internal", `lost the race to write the ${out.kind} at '${outputs.summaryKey}' four times`, { retryable: true });
  });
}

/** The error record at `key`, if any (for status answers). */
export async function errorRecordAt(bucket: ArticleBucket, key: string): Promise<{ code: string; message: string; retryable: boolean } | null> {
  const rec = (await bucket.readJson(key)) as { error?: { code?: unknown; message?: unknown; retryable?: unknown } } | null;
  const e = rec?.error;
  return e && typeof e.code === "string" ? { code: e.code, message: String(e.message ?? ""), retryable: e.retryable === true } : null;
}

/** The id of the summary at `key` (from its metadata, without reading it), or null if there is none. */
export async function summaryIdAt(bucket: ArticleBucket, key: string): Promise<{ id: string | null } | null> {
  const head = await bucket.head(key);
  if (!head) return null;
  return { id: head.metadata[META.id] ?? ((await bucket.readJson(key)) as { id?: string } | null)?.id ?? null };
}

/** Writes an API summary (sync path) unconditionally with its metadata. */
export async function writeApiSummary(bucket: ArticleBucket, key: string, summary: { id: string; source: { sha256?: string } }, engine: string): Promise<void> {
  await bucket.writeJson(key, summary, metadataOf({ kind: "summary", body: summary, engine }, { sequencer: null, eTag: null }));
}

/** The stored summary at `key` and the engine fingerprint it was made with, or null. */
export async function readSummaryWithEngine<T>(bucket: ArticleBucket, key: string): Promise<{ value: T; engine: string | null; sha256: string | null } | null> {
  const found = await bucket.readJsonTagged<T>(key);
  return found ? { value: found.value, engine: found.metadata[META.engine] ?? null, sha256: found.metadata[META.sha256] ?? null } : null;
}
