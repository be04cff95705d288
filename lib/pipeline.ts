// The pipeline: bytes → load → clean → extract → ground → a validated v1 Summary.
// Pure apart from the engine call: no storage, no environment; the functions and the CLI wrap it.
//
// Every stage runs under the active work budget (lib/budget.ts), checked between stages and, through the
// shared text helpers, per sentence inside them: past it the article fails with `too_complex`.
// The CPU-bound stages can run on a compute host (a worker thread pool in the local server, so one big
// article does not stall every other request); in Lambda they run in-process.
import type { ArticleInput, CleanedArticle, LoadedDocument } from "./article.ts";
import { loadInput } from "./load/documents.ts";
import { cleanDocumentWith, needsHtmlReader, type HtmlReader } from "./clean/document.ts";
import { wordCount } from "./clean/words.ts";
import type { Engine, Extraction } from "./engines/engine.ts";
import { groundExtraction, type GroundedItems } from "./ground.ts";
import { activeBudget, Budget, withBudget } from "./budget.ts";
import { chooseReference } from "./dates/index.ts";
import { PrecisError } from "./errors.ts";
import { sha256Hex, summaryIdFor } from "./hash.ts";
import { SCHEMA_VERSION, Summary, type Source } from "./schema/summary.ts";
import type { StoryFingerprint } from "./similarity/fingerprint.ts";

/** Fewer words than this is a fragment, not an article: refused before any engine runs. */
export const MIN_ARTICLE_WORDS = 20;

export interface SummarizeInput extends ArticleInput {
  bucket?: string | null;
  key?: string | null;
  /** Overrides what the cleaner found in the article itself. */
  publishedAt?: string | null;
  title?: string | null;
}

export interface ArticleLimits {
  maxObjectBytes: number;
  /**
   * Longest cleaned text summarized, in words plus punctuation marks and symbols (a run of "!!!!" costs
   * the stages as much as words do). The same check for every path: S3 uploads, the HTTP API, the CLI.
   */
  maxArticleWords?: number;
  /** A PDF with more pages is refused (`too_large`) before its text is read. */
  maxDocumentPages?: number;
}

export interface SummarizeDeps {
  engine: Engine;
  limits: ArticleLimits;
  now?: () => Date;
  /** Aborts the engine call, e.g. shortly before the Lambda's own deadline. */
  signal?: AbortSignal;
}

export interface PreparedArticle {
  id: string;
  source: Source;
  cleaned: CleanedArticle;
  wordCount: number;
  /** Warnings from loading (e.g. invalid UTF-8 repaired), carried into the summary. */
  warnings?: { code: string; message: string }[];
  /**
   * The same-story fingerprint of `cleaned.text`, when the compute host made it with the other
   * CPU-bound stages (lib/similarity/fingerprint.ts); otherwise linking computes it.
   */
  fingerprint?: StoryFingerprint;
}

/** Punctuation marks and symbols: each one is a token the stages walk, like a word. */
export const countSymbols = (text: string) => text.length - text.replace(/[\p{P}\p{S}]/gu, "").length;

/** The shape of a word in running text: lower, Capitalized, camelCase, CAPS, a number, or a caseless script. */
const WORD_PART = /^(?:(?:\p{Lu}{0,2}[\p{Ll}\p{M}]+)+|\p{Lu}+s?|\p{N}+|[\p{Lo}\p{Lm}\p{M}]+)$/u;

/**
 * The share of tokens shaped like words. Prose is well above 0.9; base64, hex dumps and minified code
 * split into tokens like `q9XbTz0` and fall far below, however many "words" they seem to have.
 */
export function proseShare(text: string): number {
  const tokens = text.match(/[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
  if (tokens.length === 0) return 0;
  const words = tokens.filter((t) => t.split(/['’.-]/).every((part) => WORD_PART.test(part))).length;
  return words / tokens.length;
}

/** Below this share of word-shaped tokens the text is data, not an article. */
export const MIN_PROSE_SHARE = 0.6;

/**
 * Load and clean any upload (text, PDF, Word), and refuse what is not an article (or too large to
 * summarize), before anything costs money: on the compute host when there is one, under the active budget.
 */
export async function prepareDocument(input: SummarizeInput, limits: ArticleLimits): Promise<PreparedArticle> {
  const budget = activeBudget() ?? Budget.unlimited();
  budget.check("load");
  if (host) return host.prepare(input, limits, budget.deadline);
  const doc = await loadInput(input, { maxBytes: limits.maxObjectBytes, maxPages: limits.maxDocumentPages });
  // The HTML reader is a chunk of its own in the handler bundles: a cold start that sees no page parses none of it.
  const readHtml = needsHtmlReader(doc.format) ? (await import("./clean/html/index.ts")).cleanHtml : null;
  return prepareLoaded(doc, input, limits, readHtml);
}

/** The checks of prepareDocument on a loaded document (lib/prepare-article.ts: synchronously, text formats only). */
export function prepareLoaded(doc: LoadedDocument, input: SummarizeInput, limits: ArticleLimits, readHtml: HtmlReader | null): PreparedArticle {
  const budget = activeBudget();
  budget?.check("load");
  const cleaned = cleanDocumentWith(doc, { url: input.url ?? null, readHtml });
  budget?.check("clean");
  if (input.publishedAt) cleaned.metadata.publishedAt = input.publishedAt;
  if (input.title) cleaned.metadata.title = input.title;
  const words = wordCount(cleaned.text);
  if (limits.maxArticleWords !== undefined) {
    const symbols = countSymbols(cleaned.text);
    if (words + symbols > limits.maxArticleWords) {
      throw new PrecisError(
        "too_large",
        `the cleaned text has ${words} words and ${symbols} punctuation marks and symbols; at most ${limits.maxArticleWords} in all are summarized (no article is that long, and it would take dozens of LLM calls)`,
      );
    }
  }
  if (words < MIN_ARTICLE_WORDS) {
    throw new PrecisError("not_an_article", `the cleaned text has ${words} words; an article needs at least ${MIN_ARTICLE_WORDS}`);
  }
  const share = proseShare(cleaned.text);
  if (share < MIN_PROSE_SHARE) {
    throw new PrecisError(
      "not_an_article",
      `the cleaned text does not read as prose: only ${Math.round(share * 100)}% of its ${words} tokens are shaped like words (encoded data or code?)`,
    );
  }
  const sha256 = sha256Hex(input.bytes);
  return {
    id: summaryIdFor(sha256),
    cleaned,
    wordCount: words,
    warnings: doc.warnings ?? [],
    source: {
      bucket: input.bucket ?? null,
      key: input.key ?? null,
      fileName: input.fileName ?? null,
      contentType: doc.contentType,
      bytes: input.bytes.byteLength,
      sha256,
      url: input.url ?? cleaned.metadata.url ?? null,
    },
  };
}

/** The CPU-bound stages, run somewhere other than the calling thread (see local/worker.ts). */
export interface ComputeHost {
  /** Whether the host has an engine identical to `engine` (same fingerprint) to extract with. */
  runs(engine: Engine): boolean;
  prepare(input: SummarizeInput, limits: ArticleLimits, deadline: number): Promise<PreparedArticle>;
  extract(cleaned: CleanedArticle, deadline: number): Promise<Extracted>;
}

let host: ComputeHost | null = null;

/** Runs the CPU-bound stages on `h` from now on (the local server's worker pool); returns the undo. */
export function useComputeHost(h: ComputeHost): () => void {
  const previous = host;
  host = h;
  return () => {
    if (host === h) host = previous;
  };
}

export interface Extracted {
  extraction: Extraction;
  grounded: GroundedItems;
  /** Time the engine took. */
  ms: number;
}

/** Extraction and grounding of a cleaned article, in this thread, checking `budget` between and within them. */
export async function extractAndGround(cleaned: CleanedArticle, engine: Engine, budget: Budget, signal?: AbortSignal): Promise<Extracted> {
  return withBudget(budget, async () => {
    budget.check("extract");
    const started = performance.now();
    const extraction = await engine.extract({ text: cleaned.text, metadata: cleaned.metadata, budget, ...(signal ? { signal } : {}) });
    const ms = Math.round((performance.now() - started) * 10) / 10;
    // A paid LLM answer is always grounded; after a local engine, the budget decides.
    if (extraction.calls === 0) budget.check("ground");
    const reference = chooseReference(cleaned.text, cleaned.metadata.publishedAt);
    const grounded = groundExtraction(cleaned.text, extraction, reference);
    return { extraction, grounded, ms };
  });
}

/** Extract and ground an already prepared article. */
export async function summarizePrepared(prepared: PreparedArticle, deps: Omit<SummarizeDeps, "limits">): Promise<Summary> {
  const { cleaned } = prepared;
  const budget = activeBudget() ?? Budget.unlimited();
  const { extraction, grounded, ms } =
    host && host.runs(deps.engine) ? await host.extract(cleaned, budget.deadline) : await extractAndGround(cleaned, deps.engine, budget, deps.signal);
  const m = cleaned.metadata;
  return Summary.parse({
    schemaVersion: SCHEMA_VERSION,
    id: prepared.id,
    createdAt: (deps.now?.() ?? new Date()).toISOString(),
    source: prepared.source,
    article: {
      title: m.title,
      publishedAt: m.publishedAt,
      byline: m.byline,
      publisher: m.publisher,
      dateline: m.dateline,
      language: m.language,
      wordCount: prepared.wordCount,
      text: cleaned.text,
    },
    summary: extraction.summary,
    actors: grounded.actors,
    demands: grounded.demands,
    dates: grounded.dates,
    sameStoryAs: [],
    engine: {
      name: deps.engine.name,
      model: extraction.model,
      promptVersion: extraction.promptVersion,
      usage: extraction.usage,
      costUsd: extraction.costUsd,
      ms,
      calls: extraction.calls,
    },
    warnings: [...(prepared.warnings ?? []), ...extraction.warnings, ...grounded.warnings],
  } satisfies Summary);
}

export async function summarizeArticle(input: SummarizeInput, deps: SummarizeDeps): Promise<Summary> {
  return summarizePrepared(await prepareDocument(input, deps.limits), deps);
}
