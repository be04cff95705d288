// The catalog of stored summaries, kept beside them under summaries/_precis/:
//
//   ids/<id>.json                  a pointer per id (GET /summaries/{id} finds a summary wherever its
//                                  upload put it)
//   recent/<inverted time>_<id>.json  the newest-first listing (S3 lists keys in ascending order)
//   fingerprints/, stories/        the same-story index (lib/similarity/store.ts)
//
// What a caller that writes a summary must call (lib/process-upload.ts, lib/http/):
//
//   1. before writing it:  summary = await linkSameStory(bucket, summary)      fills `sameStoryAs`
//      (or summarizeLinked(bucket, prepared, { engine }) in place of summarizePrepared: the same, plus
//      reuse of a linked story's LLM extraction when it grounds in the new text)
//   2. after writing it:   await recordSummary(bucket, summary, key)            catalog entry, same-story
//                                                                                fingerprint, and the
//                                                                                "Summary Created" event
//
// Options (thresholds, event targets, logger) default to the process configuration (lib/config.ts);
// callers with a Runtime pass catalogOptions(rt.config, rt.log).
import { loadConfig, type Config } from "./config.ts";
import { createLogger, type Logger } from "./log.ts";
import type { ArticleBucket } from "./storage/bucket.ts";
import { Summary } from "./schema/summary.ts";
import { emitSummaryCreated, summaryDigest, type EventOptions } from "./events/index.ts";
import { findSameStory, listKeys, recordFingerprint, type StoryMatch } from "./similarity/store.ts";
import { DEFAULT_THRESHOLD, storyFingerprint } from "./similarity/fingerprint.ts";
import { canReuse, reusingEngine } from "./similarity/reuse.ts";
import { summarizePrepared, type PreparedArticle } from "./pipeline.ts";
import type { Engine } from "./engines/engine.ts";

/** The S3 user-metadata key holding the engine fingerprint a summary was made with (as lib/idempotency.ts writes it). */
const ENGINE_META = "precis-engine";

export interface CatalogEntry {
  id: string;
  /** The summary's object key. */
  key: string;
  createdAt: string;
  title: string | null;
  publisher?: string | null;
  engine?: string | null;
  sameStoryAs?: string[];
  /** The entry's listing key: fixed when the id is first recorded, so a re-summary is not listed twice. */
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

export interface CatalogOptions {
  log: Logger;
  events: EventOptions;
  sameStory: { threshold: number; reuse: boolean };
}

export function catalogOptions(config: Config, log: Logger = createLogger(config.logLevel)): CatalogOptions {
  return {
    log,
    events: { ...config.events, region: config.s3.region },
    sameStory: config.sameStory,
  };
}

/** Options from the process configuration, read now (so a test's environment is honoured). */
function defaultOptions(): CatalogOptions {
  try {
    return catalogOptions(loadConfig());
  } catch {
    return {
      log: createLogger("warn"),
      events: { bus: null, webhookUrl: null, webhookSecret: null, region: "us-east-1" },
      sameStory: { threshold: DEFAULT_THRESHOLD, reuse: false },
    };
  }
}

const root = (bucket: ArticleBucket) => `${bucket.prefixes.summaries}_precis/`;
const idKey = (bucket: ArticleBucket, id: string) => `${root(bucket)}ids/${id}.json`;
// Keys sort ascending; an inverted timestamp makes the newest sort first.
const INVERT_FROM = 9_999_999_999_999;
const recentName = (createdAt: string, id: string) => `${String(INVERT_FROM - Date.parse(createdAt)).padStart(13, "0")}_${id}.json`;
const RECENT_NAME = /^\d{13}_[0-9a-f]{24}\.json$/;

export class CursorError extends Error {
  override name = "CursorError";
}

/** Catalog entry, same-story fingerprint, and the "Summary Created" event, after the summary was written at `key`. */
export async function recordSummary(bucket: ArticleBucket, summary: Summary, key: string, options: CatalogOptions = defaultOptions()): Promise<void> {
  const previous = (await bucket.readJson(idKey(bucket, summary.id))) as CatalogEntry | null;
  const recent = previous?.recent ?? `${root(bucket)}recent/${recentName(summary.createdAt, summary.id)}`;
  const entry: CatalogEntry = {
    id: summary.id,
    key,
    createdAt: summary.createdAt,
    title: summary.article.title,
    publisher: summary.article.publisher,
    engine: summary.engine.name,
    sameStoryAs: summary.sameStoryAs,
    recent,
    digest: summaryDigest(summary),
  };
  await bucket.writeJson(idKey(bucket, summary.id), entry);
  await bucket.writeJson(recent, entry);
  await recordFingerprint(bucket, summary.id, summary.article.text);
  // The same summary recorded again (a retried call), or the same content summarized again (an
  // identical re-POST), is not news: events are idempotent per summary id and content.
  if (previous && previous.key === key && (previous.createdAt === summary.createdAt || previous.digest === entry.digest)) return;
  await emitSummaryCreated(bucket.name, key, summary, options.events, options.log);
}

export async function findEntry(bucket: ArticleBucket, id: string): Promise<CatalogEntry | null> {
  if (!/^[0-9a-f]{24}$/.test(id)) return null;
  return (await bucket.readJson(idKey(bucket, id))) as CatalogEntry | null;
}

export async function findSummary(bucket: ArticleBucket, id: string): Promise<Summary | null> {
  const entry = await findEntry(bucket, id);
  return entry ? ((await bucket.readJson(entry.key)) as Summary | null) : null;
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

export const encodeCursor = (recentName: string) => Buffer.from(recentName).toString("base64url");
export function decodeCursor(cursor: string): string {
  const name = Buffer.from(cursor, "base64url").toString("utf8");
  if (!RECENT_NAME.test(name)) throw new CursorError("the cursor is not one this API returned");
  return name;
}

/** Newest first, `limit` at a time; `cursor` continues after the previous page. */
export async function listSummaries(bucket: ArticleBucket, options: { limit: number; cursor?: string | null }): Promise<SummaryPage> {
  const prefix = `${root(bucket)}recent/`;
  const after = options.cursor ? prefix + decodeCursor(options.cursor) : undefined;
  const keys = await listKeys(bucket, prefix, { limit: options.limit + 1, ...(after ? { after } : {}) });
  const page = keys.slice(0, options.limit);
  const entries = await Promise.all(page.map(async (k) => (await bucket.readJson(k)) as CatalogEntry | null));
  const items = entries.filter((e): e is CatalogEntry => e !== null && typeof e.id === "string").map(toItem);
  const last = page.at(-1);
  return { items, nextCursor: keys.length > options.limit && last ? encodeCursor(last.slice(prefix.length)) : null };
}

/** Stored summaries of the same story as `text`, best first; a failed lookup is logged and finds none. */
async function sameStory(bucket: ArticleBucket, text: string, id: string, options: CatalogOptions): Promise<StoryMatch[]> {
  try {
    return await findSameStory(bucket, storyFingerprint(text), { exclude: id, threshold: options.sameStory.threshold });
  } catch (e) {
    options.log.warn("same-story lookup failed; the summary is stored unlinked", { id, error: (e as Error).message });
    return [];
  }
}

/**
 * The summary with `sameStoryAs` set to the stored summaries of the same story (ids, best match
 * first). Call it before writing the summary. Never throws.
 */
export async function linkSameStory(bucket: ArticleBucket, summary: Summary, options: CatalogOptions = defaultOptions()): Promise<Summary> {
  const matches = await sameStory(bucket, summary.article.text, summary.id, options);
  if (matches.length) options.log.info("same story", { id: summary.id, sameStoryAs: matches.map((m) => ({ id: m.id, score: m.score })) });
  return { ...summary, sameStoryAs: matches.map((m) => m.id) };
}

export interface LinkedSummary {
  summary: Summary;
  matches: StoryMatch[];
  /** The id whose LLM extraction was reused (no LLM call was made), or null. */
  reusedFrom: string | null;
}

/**
 * summarizePrepared with same-story linking: finds the stored copies of the story first; with the
 * `openai` engine (and `reuse` on) reuses the best match's extraction when it was made with the same
 * engine configuration and grounds in this text; then summarizes and sets `sameStoryAs`.
 */
export async function summarizeLinked(
  bucket: ArticleBucket,
  prepared: PreparedArticle,
  deps: { engine: Engine; now?: () => Date; signal?: AbortSignal },
  options: CatalogOptions = defaultOptions(),
): Promise<LinkedSummary> {
  const matches = await sameStory(bucket, prepared.cleaned.text, prepared.id, options);
  let engine = deps.engine;
  let reusedFrom: string | null = null;
  const best = matches[0];
  if (best && options.sameStory.reuse && engine.name === "openai") {
    const entry = await findEntry(bucket, best.id).catch(() => null);
    const stored = entry ? await bucket.readJsonTagged<Summary>(entry.key).catch(() => null) : null;
    const source = stored ? Summary.safeParse(stored.value) : null;
    if (source?.success && canReuse(engine, source.data, stored!.metadata[ENGINE_META] ?? null)) {
      engine = reusingEngine(engine, source.data, {
        score: best.score,
        onDecision: (d) => {
          if (d.reused) reusedFrom = d.from;
          options.log.info(d.reused ? "extraction reused from the same story" : "same story, but its extraction does not ground here: extracting", {
            id: prepared.id,
            from: d.from,
            grounded: d.grounded,
            total: d.total,
          });
        },
      });
    }
  }
  const summary = await summarizePrepared(prepared, { engine, ...(deps.now ? { now: deps.now } : {}), ...(deps.signal ? { signal: deps.signal } : {}) });
  return { summary: { ...summary, sameStoryAs: matches.map((m) => m.id) }, matches, reusedFrom };
}
