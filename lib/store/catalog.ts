// The catalog of stored summaries, under state/:
//
//   ids/<id>.json                    where the summary of an id is (GET /summaries/{id} finds a summary
//                                    wherever its upload put it), its title, and when the first summary
//                                    of that content was made
//   recent/<inverted time>_<id>      the newest-first listing: an empty marker per id, written once
//
// The listing order is stable and documented: newest first by `createdAt` of the first summary of
// that content. Summarizing the same content again (at another key, or with another engine) updates
// the entry but neither moves it nor changes its `createdAt`.
import type { ArticleBucket } from "./bucket.ts";
import { stateKeys } from "./layout.ts";
import type { Summary } from "../schema/summary.ts";
import { summaryDigest } from "../events/index.ts";

export interface CatalogEntry {
  id: string;
  /** The summary's object key (the newest summary of this content). */
  key: string;
  /** When the first summary of this content was made: the listing's order. */
  createdAt: string;
  /** `createdAt` of the summary at `key`. */
  summaryCreatedAt?: string;
  title: string | null;
  publisher?: string | null;
  engine?: string | null;
  sameStoryAs?: string[];
  /** The entry's listing key: fixed when the id is first recorded. */
  recent?: string;
  /** The summary's content digest (lib/events summaryDigest): the same content again is no news. */
  digest?: string;
}

/** A listing item: the catalog entry without its bookkeeping. */
export interface CatalogItem {
  id: string;
  key: string;
  createdAt: string;
  title: string | null;
  publisher: string | null;
  engine: string | null;
  sameStoryAs: string[];
}

export interface SummaryPage {
  items: CatalogItem[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

// Keys sort ascending; an inverted timestamp makes the newest sort first.
const INVERT_FROM = 9_999_999_999_999;
const recentName = (createdAt: string, id: string) => `${String(INVERT_FROM - Date.parse(createdAt)).padStart(13, "0")}_${id}`;
const RECENT_NAME = /^\d{13}_([0-9a-f]{24})$/;
const SUMMARY_ID = /^[0-9a-f]{24}$/;

export class CursorError extends Error {
  override name = "CursorError";
}

/**
 * Records that the summary was written at `key`. Returns whether it is news: false when this very
 * summary (a retried delivery) or the same content (an identical re-POST) was recorded before, so
 * events are idempotent per summary id and content.
 *
 * New content (the common case) is one conditional create (`If-None-Match: *`) and its listing
 * marker: no read first. Content recorded before loses that create, then is read and updated on the
 * version read (`If-Match`), keeping its first `createdAt` and its place in the listing.
 */
export async function recordEntry(bucket: ArticleBucket, summary: Summary, key: string): Promise<{ news: boolean; first: boolean }> {
  const entryKey = stateKeys.entry(summary.id);
  const entryOf = (previous: CatalogEntry | null): CatalogEntry => {
    const createdAt = previous?.createdAt ?? summary.createdAt;
    return {
      id: summary.id,
      key,
      createdAt,
      summaryCreatedAt: summary.createdAt,
      title: summary.article.title,
      publisher: summary.article.publisher,
      engine: summary.engine.name,
      sameStoryAs: summary.sameStoryAs,
      recent: previous?.recent ?? stateKeys.recentPrefix + recentName(createdAt, summary.id),
      digest: summaryDigest(summary),
    };
  };
  for (let round = 0; round < 5; round++) {
    const found = round === 0 ? null : await bucket.readJsonTagged<CatalogEntry>(entryKey);
    const previous = found?.value ?? null;
    const entry = entryOf(previous);
    const condition = found ? (found.etag ? { ifMatch: found.etag } : null) : ({ ifNoneMatch: "*" } as const);
    if (!(await bucket.writeJsonIf(entryKey, entry, condition))) continue; // recorded meanwhile (or before): read it
    // The marker once per content; again when this very summary is recorded again (a retry after a
    // crash between the two writes), which rewrites the same empty object.
    const again = previous !== null && previous.key === key && ((previous.summaryCreatedAt ?? previous.createdAt) === summary.createdAt || previous.digest === entry.digest);
    if (!previous?.recent || again) await bucket.writeJson(entry.recent!, {});
    return { news: !again, first: previous === null };
  }
  throw new Error(`lost the race to record '${entryKey}' five times`);
}

export async function findEntry(bucket: ArticleBucket, id: string): Promise<CatalogEntry | null> {
  if (!SUMMARY_ID.test(id)) return null;
  return (await bucket.readJson(stateKeys.entry(id))) as CatalogEntry | null;
}

/** Forgets `id` when its entry points at `key` (that summary was superseded by a failed newer version). */
export async function forgetEntry(bucket: ArticleBucket, id: string, key: string): Promise<void> {
  const entry = await findEntry(bucket, id);
  if (!entry || entry.key !== key) return;
  await bucket.delete(stateKeys.entry(id));
  if (entry.recent) await bucket.delete(entry.recent);
}

const toItem = (e: CatalogEntry): CatalogItem => ({
  id: e.id,
  key: e.key,
  createdAt: e.createdAt,
  title: e.title ?? null,
  publisher: e.publisher ?? null,
  engine: e.engine ?? null,
  sameStoryAs: e.sameStoryAs ?? [],
});

export const encodeCursor = (name: string) => Buffer.from(name).toString("base64url");
export function decodeCursor(cursor: string): string {
  const name = Buffer.from(cursor, "base64url").toString("utf8");
  if (!RECENT_NAME.test(name)) throw new CursorError("the cursor is not one this API returned");
  return name;
}

/** Newest first (by `createdAt` of the first summary of each content), `limit` at a time. */
export async function listSummaries(bucket: ArticleBucket, options: { limit: number; cursor?: string | null }): Promise<SummaryPage> {
  const prefix = stateKeys.recentPrefix;
  const after = options.cursor ? prefix + decodeCursor(options.cursor) : undefined;
  const keys = await bucket.listKeys(prefix, { limit: options.limit + 1, ...(after ? { after } : {}) });
  const page = keys.slice(0, options.limit);
  const entries = await Promise.all(
    page.map(async (k) => {
      const id = RECENT_NAME.exec(k.slice(prefix.length))?.[1];
      return id ? findEntry(bucket, id) : null;
    }),
  );
  const items = entries.filter((e): e is CatalogEntry => e !== null && typeof e.id === "string").map(toItem);
  const last = page.at(-1);
  return { items, nextCursor: keys.length > options.limit && last ? encodeCursor(last.slice(prefix.length)) : null };
}
