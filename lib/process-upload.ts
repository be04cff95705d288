// One uploaded object → one summary or one error record. Permanent failures are recorded and the call
// returns; transient ones are thrown so the caller (Lambda) retries the event.
import { basename } from "node:path";
import type { Runtime } from "./runtime.ts";
import { PrecisError, toPrecisError } from "./errors.ts";
import { prepareArticle, summarizePrepared } from "./pipeline.ts";
import { errorKey, relativeKey, summaryKey } from "./storage/keys.ts";
import { SCHEMA_VERSION, type ErrorRecord } from "./schema/summary.ts";
import { recordSummary } from "./catalog.ts";

export interface UploadRef {
  bucket: string;
  /** The decoded object key. */
  key: string;
}

export type UploadOutcome =
  | { outcome: "summarized"; key: string; output: string; id: string }
  | { outcome: "failed"; key: string; output: string; code: string }
  | { outcome: "ignored"; key: string; reason: string };

export async function processUpload(ref: UploadRef, rt: Runtime): Promise<UploadOutcome> {
  const { config, bucket, log } = rt;
  const started = performance.now();
  let rel: string;
  try {
    rel = relativeKey(ref.key, config.prefixes);
  } catch (e) {
    // Never write anything for a key outside incoming/: that is how functions end up triggering themselves.
    log.warn("ignored object outside the incoming prefix", { key: ref.key });
    return { outcome: "ignored", key: ref.key, reason: (e as Error).message };
  }
  if (ref.bucket !== bucket.name) {
    log.warn("ignored object from another bucket", { bucket: ref.bucket, key: ref.key });
    return { outcome: "ignored", key: ref.key, reason: `bucket '${ref.bucket}' is not '${bucket.name}'` };
  }
  let id: string | null = null;
  let sha256: string | undefined;
  try {
    const object = await bucket.read(ref.key, config.limits.maxObjectBytes);
    const prepared = prepareArticle(
      { bytes: object.bytes, contentType: object.contentType, fileName: basename(ref.key), bucket: bucket.name, key: ref.key },
      config.limits,
    );
    id = prepared.id;
    sha256 = prepared.source.sha256;
    const engine = await rt.engine();
    const summary = await summarizePrepared(prepared, { engine });
    const output = summaryKey(rel, config.prefixes);
    await bucket.writeJson(output, summary, { "precis-id": summary.id, "precis-sha256": summary.source.sha256, "precis-engine": engine.fingerprint });
    await recordSummary(bucket, summary, output);
    log.info("summarized", {
      key: ref.key, id, output, engine: summary.engine.name, model: summary.engine.model, tokens: summary.engine.usage,
      costUsd: summary.engine.costUsd, ms: Math.round(performance.now() - started), outcome: "summarized",
    });
    return { outcome: "summarized", key: ref.key, output, id: summary.id };
  } catch (e) {
    const err = toPrecisError(e);
    if (err.retryable) {
      log.error("transient failure; leaving the event to be retried", { key: ref.key, code: err.code, error: err.message });
      throw err;
    }
    const output = errorKey(rel, config.prefixes);
    const record: ErrorRecord = {
      schemaVersion: SCHEMA_VERSION,
      id,
      createdAt: new Date().toISOString(),
      source: { bucket: bucket.name, key: ref.key, ...(sha256 ? { sha256 } : {}) },
      error: { code: err.code, message: err.message, retryable: false },
    };
    await bucket.writeJson(output, record, { "precis-error": err.code });
    log.warn("failed", { key: ref.key, id, output, code: err.code, ms: Math.round(performance.now() - started), outcome: "failed" });
    return { outcome: "failed", key: ref.key, output, code: err.code };
  }
}
