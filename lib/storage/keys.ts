// Where things live in the bucket. Uploads arrive under `incoming/`; the function writes only under
// `summaries/` and `errors/`, so its own writes can never trigger it again.
import { createHash } from "node:crypto";
import { PrecisError } from "../errors.ts";

export interface Prefixes {
  incoming: string;
  summaries: string;
  errors: string;
}

/** S3's limit on a key's length, in UTF-8 bytes. */
const MAX_KEY_BYTES = 1024;

/** The key relative to `incoming/`, or a `key_outside_prefix` error for anything else. */
export function relativeKey(key: string, prefixes: Prefixes): string {
  if (!key.startsWith(prefixes.incoming)) {
    throw new PrecisError("key_outside_prefix", `key '${key}' is outside '${prefixes.incoming}'; only uploads there are processed`);
  }
  const rel = key.slice(prefixes.incoming.length);
  if (!rel || rel.endsWith("/")) throw new PrecisError("key_outside_prefix", `key '${key}' names a folder, not an object`);
  return rel;
}

// `.` and `..` segments are harmless inside S3 but an HTTP layer or a sync tool may resolve them and
// write outside the prefix: encode them.
// The first segment `_precis` is reserved for the catalog (lib/catalog.ts).
const safeSegments = (rel: string) =>
  rel
    .replace(/^_precis(\/|$)/, "%5Fprecis$1")
    .split("/")
    .map((s) => (s === "." || s === ".." ? s.replaceAll(".", "%2E") : s))
    .join("/");

function outputKey(prefix: string, rel: string, suffix: string): string {
  const key = `${prefix}${safeSegments(rel)}${suffix}`;
  if (Buffer.byteLength(key) <= MAX_KEY_BYTES) return key;
  // Too long once prefixed: keep a readable head and make it unique with a hash of the whole name.
  const hash = createHash("sha256").update(rel).digest("hex").slice(0, 16);
  let head = safeSegments(rel);
  while (Buffer.byteLength(`${prefix}${head}~${hash}${suffix}`) > MAX_KEY_BYTES) head = head.slice(0, -8);
  return `${prefix}${head}~${hash}${suffix}`;
}

export const summaryKey = (rel: string, prefixes: Prefixes) => outputKey(prefixes.summaries, rel, ".json");
export const errorKey = (rel: string, prefixes: Prefixes) => outputKey(prefixes.errors, rel, ".json");

/** Real S3 event notifications URL-encode object keys (form-encoded: a space arrives as `+`). */
export const decodeEventKey = (key: string) => decodeURIComponent(key.replace(/\+/g, " "));
export const encodeEventKey = (key: string) => encodeURIComponent(key).replace(/%20/g, "+").replace(/%2F/gi, "/");
