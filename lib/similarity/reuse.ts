// "Don't pay twice for one story": an engine that answers with a linked story's stored LLM extraction
// when that extraction grounds in the new article's text, and asks the real engine otherwise.
//
// Grounding decides, not the similarity score: a verbatim reprint (new masthead, same body) keeps every
// quote, so its extraction is reused; a spun copy rewords the quotes, so its demands and dates would
// be dropped, and the LLM is asked after all. The reused summary says so in its warnings.
import { QuoteLocator } from "../ground.ts";
import type { Engine, Extraction, ExtractionRequest } from "../engines/engine.ts";
import type { Summary } from "../schema/summary.ts";

export interface ReuseOptions {
  /** Share of the stored items that must ground in the new text (default 0.9). */
  minGrounded?: number;
  /** Similarity score of the link, for the warning. */
  score?: number;
  /** Called with the outcome (for logs and tests). */
  onDecision?: (d: { reused: boolean; grounded: number; total: number; from: string }) => void;
}

/** The stored summary's extraction as engine drafts (spans dropped: grounding recomputes them). */
export function extractionOf(source: Summary): Pick<Extraction, "summary" | "actors" | "demands" | "dates"> {
  return {
    summary: source.summary,
    actors: source.actors.map(({ name, kind, role, aliases, evidence, salience }) => ({ name, kind, role, aliases, evidence, salience })),
    demands: source.demands.map(({ by, of, what, status, cameo, evidence }) => ({ by, of, what, status, cameo, evidence })),
    dates: source.dates.map(({ text, type, value, about, evidence }) => ({ text, type, value, about, evidence })),
  };
}

/** How many of the drafts ground in `text` (an actor by its quote or any mention of its names). */
export function groundableShare(text: string, drafts: Pick<Extraction, "actors" | "demands" | "dates">): { grounded: number; total: number } {
  const locator = new QuoteLocator(text);
  let grounded = 0;
  for (const a of drafts.actors) if (locator.locate(a.evidence) || [a.name, ...a.aliases].some((n) => locator.occurrences(n, 1).length)) grounded++;
  for (const d of drafts.demands) if (locator.locate(d.evidence)) grounded++;
  for (const d of drafts.dates) if (locator.locate(d.evidence)) grounded++;
  return { grounded, total: drafts.actors.length + drafts.demands.length + drafts.dates.length };
}

/**
 * Can `source` stand in for what `engine` would extract? Only an LLM extraction (the rules engine costs
 * nothing), made with exactly this engine configuration (`storedFingerprint`: the engine fingerprint
 * stored with the summary as S3 metadata `precis-engine`).
 */
export const canReuse = (engine: Engine, source: Summary, storedFingerprint: string | null) =>
  engine.name === "openai" && source.engine.name === "openai" && storedFingerprint !== null && storedFingerprint === engine.fingerprint;

export function reusingEngine(inner: Engine, source: Summary, options: ReuseOptions = {}): Engine {
  return {
    name: inner.name,
    fingerprint: inner.fingerprint,
    async extract(request: ExtractionRequest): Promise<Extraction> {
      const drafts = extractionOf(source);
      const { grounded, total } = groundableShare(request.text, drafts);
      const reused = total > 0 && grounded / total >= (options.minGrounded ?? 0.9);
      options.onDecision?.({ reused, grounded, total, from: source.id });
      if (!reused) return inner.extract(request);
      return {
        ...drafts,
        model: source.engine.model,
        promptVersion: source.engine.promptVersion,
        usage: null,
        costUsd: 0,
        calls: 0,
        warnings: [
          {
            code: "extraction_reused",
            message: `the extraction of ${source.id} (same story${options.score !== undefined ? `, similarity ${options.score}` : ""}) was reused: ${grounded} of ${total} items ground in this text; no LLM call`,
          },
        ],
      };
    },
  };
}
