// Every key and every metadata name in the bucket. Nothing outside lib/store/ builds one.
//
//   incoming/<path>            uploads (the only prefix that triggers the upload function)
//   incoming/api/<id>          articles the HTTP API hands to the upload function (content-addressed)
//   incoming/uploads/<u>/<f>   presigned uploads (POST /uploads)
//   summaries/<path>.json      one summary per upload; summaries/api/<id>.json for the API's (sync or
//                              handed off: one key). Nothing else lives under summaries/.
//   errors/<path>.json         one error record per upload that could not be summarized
//   state/                     internal state, never listed by consumers:
//     ids/<id>.json            catalog entry: where the summary of an id is, first createdAt
//     recent/<inv. time>_<id>  the newest-first listing (S3 lists ascending; the time is inverted)
//     stories/<band>.json      the same-story index, one object per fingerprint band value
//     claims/<sha>-<eng>.json  claim on paid work (content × engine configuration)
//     pending/<id>.json        an article the API accepted with 202
//     uploads/<uploadId>.json  a presigned upload
//
// The upload → output mapping is injective: a relative key maps to itself, except `.`/`..` segments
// (which an HTTP layer or a sync tool may resolve) and segments that could be mistaken for one's
// encoding, so two uploads never share a summary.
import { createHash } from "node:crypto";
import { PrecisError } from "../errors.ts";

export interface Prefixes {
  incoming: string;
  summaries: string;
  errors: string;
}

/** Internal state: a top-level prefix of its own, outside summaries/ and out of incoming/'s trigger. */
export const STATE_PREFIX = "state/";

/** The relative folder the HTTP API owns under incoming/ and summaries/. */
export const API_DIR = "api/";

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

/** S3's limit on a key's length, in UTF-8 bytes. */
const MAX_KEY_BYTES = 1024;
const SUMMARY_ID = /^[0-9a-f]{24}$/;

/** The key relative to `incoming/`, or a `key_outside_prefix` error for anything else. */
export function relativeKey(key: string, prefixes: Prefixes): string {
  if (!key.startsWith(prefixes.incoming)) {
    throw new PrecisError("key_outside_prefix", `key '${key}' is outside '${prefixes.incoming}'; only uploads there are processed`);
  }
  const rel = key.slice(prefixes.incoming.length);
  if (!rel || rel.endsWith("/")) throw new PrecisError("key_outside_prefix", `key '${key}' names a folder, not an object`);
  return rel;
}

/**
 * The id an upload under incoming/api/ must carry (the API names hand-offs after their content), or
 * null for a key outside api/. A key there that is not `api/<id>` is refused: the API's prefix is
 * not writable by uploaders.
 */
export function apiUploadId(rel: string): string | null {
  if (!rel.startsWith(API_DIR)) return null;
  const id = rel.slice(API_DIR.length);
  if (!SUMMARY_ID.test(id)) throw new PrecisError("refused", `'${API_DIR}' is the HTTP API's own prefix; upload elsewhere (or POST /summaries)`);
  return id;
}

// `.`/`..` become `%2E`/`%2E%2E`; a segment that already starts with `(%25)*%2E` gets one more `%25`
// in front, so it cannot meet an encoded dot segment: the mapping stays one-to-one.
const ESCAPED = /^(?:%25)*%2E/i;
const safeSegment = (s: string) => (s === "." || s === ".." ? s.replaceAll(".", "%2E") : ESCAPED.test(s) ? `%25${s}` : s);
const safeRel = (rel: string) => rel.split("/").map(safeSegment).join("/");

function outputKey(prefix: string, rel: string, suffix: string): string {
  const key = `${prefix}${safeRel(rel)}${suffix}`;
  if (Buffer.byteLength(key) <= MAX_KEY_BYTES) return key;
  // Too long once prefixed: keep a readable head and make it unique with a hash of the whole name.
  const hash = createHash("sha256").update(rel).digest("hex").slice(0, 16);
  let head = safeRel(rel);
  while (Buffer.byteLength(`${prefix}${head}~${hash}${suffix}`) > MAX_KEY_BYTES) head = head.slice(0, -8);
  return `${prefix}${head}~${hash}${suffix}`;
}

export const summaryKey = (rel: string, prefixes: Prefixes) => outputKey(prefixes.summaries, rel, ".json");
export const errorKey = (rel: string, prefixes: Prefixes) => outputKey(prefixes.errors, rel, ".json");

export interface Outputs {
  incomingKey: string;
  summaryKey: string;
  errorKey: string;
}

/** Where an upload under `incoming/<rel>` ends. */
export const outputsOf = (prefixes: Prefixes, rel: string): Outputs => ({
  incomingKey: prefixes.incoming + rel,
  summaryKey: summaryKey(rel, prefixes),
  errorKey: errorKey(rel, prefixes),
});

/** The API's article `id`: handed off as incoming/api/<id>, summarized (either way) to summaries/api/<id>.json. */
export const apiOutputs = (prefixes: Prefixes, id: string): Outputs => outputsOf(prefixes, `${API_DIR}${id}`);

/** A presigned upload's place: incoming/uploads/<uploadId>/<fileName>. */
export const uploadOutputs = (prefixes: Prefixes, uploadId: string, fileName: string): Outputs => outputsOf(prefixes, `uploads/${uploadId}/${fileName}`);

/** The short hash of an engine fingerprint used in claim keys. */
export const engineHash = (fingerprint: string) => createHash("sha256").update(fingerprint).digest("hex").slice(0, 16);

export const stateKeys = {
  claim: (sha256: string, fingerprint: string) => `${STATE_PREFIX}claims/${sha256}-${engineHash(fingerprint)}.json`,
  entry: (id: string) => `${STATE_PREFIX}ids/${id}.json`,
  recentPrefix: `${STATE_PREFIX}recent/`,
  story: (band: string) => `${STATE_PREFIX}stories/${band}.json`,
  pending: (id: string) => `${STATE_PREFIX}pending/${id}.json`,
  upload: (uploadId: string) => `${STATE_PREFIX}uploads/${uploadId}.json`,
};

/** Refuses a configuration whose prefixes would overlap the internal state. */
export function checkLayout(prefixes: Prefixes): void {
  for (const p of Object.values(prefixes)) {
    if (p.startsWith(STATE_PREFIX) || STATE_PREFIX.startsWith(p)) throw new Error(`prefix '${p}' overlaps the internal '${STATE_PREFIX}'`);
  }
}

/** Real S3 event notifications URL-encode object keys (form-encoded: a space arrives as `+`). */
export const decodeEventKey = (key: string) => decodeURIComponent(key.replace(/\+/g, " "));
export const encodeEventKey = (key: string) => encodeURIComponent(key).replace(/%20/g, "+").replace(/%2F/gi, "/");
