// The catalog of stored summaries, kept beside them under summaries/_precis/: a pointer per id (so
// GET /summaries/{id} finds a summary wherever its upload put it) and a newest-first listing.
import type { ArticleBucket } from "./storage/bucket.ts";
import type { Summary } from "./schema/summary.ts";

export interface CatalogEntry {
  id: string;
  key: string;
  createdAt: string;
  title: string | null;
}

const root = (bucket: ArticleBucket) => `${bucket.prefixes.summaries}_precis/`;
// Keys sort ascending; an inverted timestamp makes the newest sort first.
const INVERT_FROM = 9_999_999_999_999;
const recentKey = (bucket: ArticleBucket, createdAt: string, id: string) =>
  `${root(bucket)}recent/${String(INVERT_FROM - Date.parse(createdAt)).padStart(13, "0")}_${id}.json`;

export async function recordSummary(bucket: ArticleBucket, summary: Summary, key: string): Promise<void> {
  const entry: CatalogEntry = { id: summary.id, key, createdAt: summary.createdAt, title: summary.article.title };
  await bucket.writeJson(`${root(bucket)}ids/${summary.id}.json`, entry);
  await bucket.writeJson(recentKey(bucket, summary.createdAt, summary.id), entry);
}

export async function findSummary(bucket: ArticleBucket, id: string): Promise<Summary | null> {
  const entry = (await bucket.readJson(`${root(bucket)}ids/${id}.json`)) as CatalogEntry | null;
  return entry ? ((await bucket.readJson(entry.key)) as Summary | null) : null;
}
