// Same-story linking for a summary about to be written: score the index's candidates, set
// `sameStoryAs`, and (openai, `reuse` on) answer from a linked story's stored LLM extraction when it
// grounds in this text.
import { DEFAULT_THRESHOLD, similarity, storyFingerprint, type StoryFingerprint } from "./fingerprint.ts";
import { canReuse, reusingEngine } from "./reuse.ts";
import type { StoryIndex, StoryLookup, StoryMatch } from "./story-index.ts";
import { Summary } from "../schema/summary.ts";
import { summarizePrepared, type PreparedArticle } from "../pipeline.ts";
import type { Engine } from "../engines/engine.ts";
import type { Logger } from "../log.ts";

export interface LinkOptions {
  threshold: number;
  reuse: boolean;
  log: Logger;
  /** Most links kept, best first. */
  max?: number;
}

/** Candidates scored against `fp`: the same story from `threshold` on, best first, never `exclude`. */
export function matchesOf(fp: StoryFingerprint, candidates: StoryLookup["candidates"], options: { threshold?: number; exclude?: string | null; max?: number }): StoryMatch[] {
  const seen = new Set<string>();
  return candidates
    .filter((c) => c.id !== options.exclude && !seen.has(c.id) && seen.add(c.id))
    .map((c) => ({ id: c.id, ...similarity(fp, c.fingerprint) }))
    .filter((m) => m.score >= (options.threshold ?? DEFAULT_THRESHOLD))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, options.max ?? 10);
}

export interface Linked {
  matches: StoryMatch[];
  /** Records this article in the index (after its summary is written). */
  record(id: string): Promise<void>;
}

/** The stored copies of the story with fingerprint `fp`; a failed lookup is logged and finds none. */
export async function findSameStory(index: StoryIndex, fp: StoryFingerprint, id: string, options: LinkOptions): Promise<Linked> {
  try {
    const lookup = await index.lookup(fp);
    const matches = matchesOf(fp, lookup.candidates, { threshold: options.threshold, exclude: id, ...(options.max ? { max: options.max } : {}) });
    if (matches.length) options.log.info("same story", { id, sameStoryAs: matches.map((m) => ({ id: m.id, score: m.score })) });
    // A lost index entry costs a later link, never the summary: logged, not thrown.
    const record = (own: string) =>
      lookup.record(own).catch((e) => options.log.warn("could not add the article to the story index", { id: own, error: (e as Error).message }));
    return { matches, record };
  } catch (e) {
    options.log.warn("same-story lookup failed; the summary is stored unlinked", { id, error: (e as Error).message });
    return { matches: [], record: async () => undefined };
  }
}

/** A stored summary with the engine fingerprint it was made with. */
export type StoredSummary = (id: string) => Promise<{ value: unknown; engine: string | null } | null>;

/**
 * summarizePrepared with same-story linking: finds the stored copies first; with the `openai` engine
 * (and `reuse` on) reuses the best match's extraction when it was made with the same engine
 * configuration and grounds in this text; then summarizes and sets `sameStoryAs`.
 */
export async function summarizeLinked(
  index: StoryIndex,
  stored: StoredSummary,
  prepared: PreparedArticle,
  deps: { engine: Engine; now?: () => Date; signal?: AbortSignal },
  options: LinkOptions,
): Promise<{ summary: Summary; linked: Linked }> {
  const linked = await findSameStory(index, prepared.fingerprint ?? storyFingerprint(prepared.cleaned.text), prepared.id, options);
  const engine = await reuseEngine(deps.engine, linked.matches[0], stored, prepared.id, options);
  const summary = await summarizePrepared(prepared, { engine, ...(deps.now ? { now: deps.now } : {}), ...(deps.signal ? { signal: deps.signal } : {}) });
  return { summary: { ...summary, sameStoryAs: linked.matches.map((m) => m.id) }, linked };
}

async function reuseEngine(engine: Engine, best: StoryMatch | undefined, stored: StoredSummary, id: string, options: LinkOptions): Promise<Engine> {
  if (!best || !options.reuse || engine.name !== "openai") return engine;
  const found = await stored(best.id).catch(() => null);
  const source = found ? Summary.safeParse(found.value) : null;
  if (!found || !source?.success || !canReuse(engine, source.data, found.engine)) return engine;
  return reusingEngine(engine, source.data, {
    score: best.score,
    onDecision: (d) =>
      options.log.info(d.reused ? "extraction reused from the same story" : "same story, but its extraction does not ground here: extracting", {
        id,
        from: d.from,
        grounded: d.grounded,
        total: d.total,
      }),
  });
}
