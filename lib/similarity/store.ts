// Same-story fingerprints in the bucket, beside the catalog (summaries/_precis/):
//
//   fingerprints/<id>.json       the article's fingerprint (lib/similarity/fingerprint.ts), ~2 KB
//   stories/<band>/<id>.json     one marker per LSH band of its anchors: articles that share a band
//                                are candidates, found with one LIST per band, never a full scan
import { ListObjectsCommand } from "@aws-sdk/client-s3";
import type { ArticleBucket } from "../storage/bucket.ts";
import {
  DEFAULT_THRESHOLD,
  bandKeys,
  decodeFingerprint,
  encodeFingerprint,
  similarity,
  storyFingerprint,
  type Similarity,
  type StoryFingerprint,
} from "./fingerprint.ts";

export interface StoryMatch extends Similarity {
  id: string;
}

export interface FindOptions {
  /** Score from which two articles are the same story (default DEFAULT_THRESHOLD). */
  threshold?: number;
  /** The article's own id, never its own match. */
  exclude?: string | null;
  /** Most links returned, best first. */
  max?: number;
  /** Most candidates scored (the ones sharing the most bands first). */
  maxCandidates?: number;
}

const root = (bucket: ArticleBucket) => `${bucket.prefixes.summaries}_precis/`;
const fingerprintKey = (bucket: ArticleBucket, id: string) => `${root(bucket)}fingerprints/${id}.json`;
const ID_MARKER = /\/([0-9a-f]{24})\.json$/;

/**
 * Keys under `prefix` in ascending order, after `after`, at most `limit` (≤ 1000). ListObjects (v1,
 * with Marker) rather than V2: s3rver, the local S3, answers a truncated V2 listing with a 500 on
 * Node 24 (its continuation token uses DES, which OpenSSL 3 no longer offers). Same IAM action.
 */
export async function listKeys(bucket: ArticleBucket, prefix: string, options: { limit: number; after?: string }): Promise<string[]> {
  const out = await bucket.s3.send(new ListObjectsCommand({ Bucket: bucket.name, Prefix: prefix, MaxKeys: options.limit, ...(options.after ? { Marker: options.after } : {}) }));
  return (out.Contents ?? []).map((o) => o.Key!).filter((k) => k > (options.after ?? ""));
}

/** Runs `fn` over `items`, at most `limit` at a time. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Stored articles of the same story as `text`, best first. */
export async function findSameStory(bucket: ArticleBucket, text: string | StoryFingerprint, options: FindOptions = {}): Promise<StoryMatch[]> {
  const fp = typeof text === "string" ? storyFingerprint(text) : text;
  const bands = bandKeys(fp);
  if (!bands.length) return [];
  const hits = new Map<string, number>();
  const listed = await mapLimit(bands, 10, (b) => listKeys(bucket, `${root(bucket)}stories/${b}/`, { limit: 1000 }));
  for (const keys of listed) {
    for (const key of keys) {
      const id = ID_MARKER.exec(key)?.[1];
      if (id && id !== options.exclude) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
  }
  const candidates = [...hits.entries()].sort((a, b) => b[1] - a[1]).slice(0, options.maxCandidates ?? 200).map(([id]) => id);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const scored = await mapLimit(candidates, 16, async (id) => {
    const other = decodeFingerprint(await bucket.readJson(fingerprintKey(bucket, id)));
    return other ? { id, ...similarity(fp, other) } : null;
  });
  return scored
    .filter((m): m is StoryMatch => m !== null && m.score >= threshold)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, options.max ?? 10);
}

/** Stores an article's fingerprint and band markers, so later copies find it. Idempotent. */
export async function recordFingerprint(bucket: ArticleBucket, id: string, text: string | StoryFingerprint): Promise<void> {
  const fp = typeof text === "string" ? storyFingerprint(text) : text;
  await bucket.writeJson(fingerprintKey(bucket, id), { id, ...encodeFingerprint(fp) });
  await mapLimit(bandKeys(fp), 10, (b) => bucket.writeJson(`${root(bucket)}stories/${b}/${id}.json`, { id }));
}
