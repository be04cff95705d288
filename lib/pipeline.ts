// The pipeline: bytes → load → clean → extract → ground → a validated v1 Summary.
// Pure apart from the engine call: no storage, no environment; the functions and the CLI wrap it.
import type { ArticleInput, CleanedArticle, LoadedDocument } from "./article.ts";
import { loadDocument } from "./load.ts";
import { loadInput } from "./load/documents.ts";
import { cleanDocument } from "./clean/index.ts";
import type { Engine } from "./engines/engine.ts";
import { groundExtraction } from "./ground.ts";
import { chooseReference } from "./dates/index.ts";
import { PrecisError } from "./errors.ts";
import { sha256Hex, summaryIdFor } from "./hash.ts";
import { SCHEMA_VERSION, Summary, type Source } from "./schema/summary.ts";

/** Fewer words than this is a fragment, not an article: refused before any engine runs. */
export const MIN_ARTICLE_WORDS = 20;

export interface SummarizeInput extends ArticleInput {
  bucket?: string | null;
  key?: string | null;
  /** Overrides what the cleaner found in the article itself. */
  publishedAt?: string | null;
  title?: string | null;
}

export interface SummarizeDeps {
  engine: Engine;
  limits: Limits;
  now?: () => Date;
  /** Aborts the engine call, e.g. shortly before the Lambda's own deadline. */
  signal?: AbortSignal;
}

/** `maxDocumentPages`: a PDF with more pages is refused (`too_large`) before its text is read. */
export type Limits = { maxObjectBytes: number; maxDocumentPages?: number };

export interface PreparedArticle {
  id: string;
  source: Source;
  cleaned: CleanedArticle;
  wordCount: number;
}

export const countWords = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

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

/** Load and clean any upload (text, PDF, Word), and refuse what is not an article, before anything costs money. */
export async function prepareDocument(input: SummarizeInput, limits: Limits): Promise<PreparedArticle> {
  return prepareLoaded(await loadInput(input, { maxBytes: limits.maxObjectBytes, maxPages: limits.maxDocumentPages }), input);
}

/** prepareDocument for text formats only (no PDF or Word), synchronously. */
export function prepareArticle(input: SummarizeInput, limits: Limits): PreparedArticle {
  return prepareLoaded(loadDocument(input, { maxBytes: limits.maxObjectBytes }), input);
}

function prepareLoaded(doc: LoadedDocument, input: SummarizeInput): PreparedArticle {
  const cleaned = cleanDocument(doc, { url: input.url ?? null });
  if (input.publishedAt) cleaned.metadata.publishedAt = input.publishedAt;
  if (input.title) cleaned.metadata.title = input.title;
  const wordCount = countWords(cleaned.text);
  if (wordCount < MIN_ARTICLE_WORDS) {
    throw new PrecisError("not_an_article", `the cleaned text has ${wordCount} words; an article needs at least ${MIN_ARTICLE_WORDS}`);
  }
  const share = proseShare(cleaned.text);
  if (share < MIN_PROSE_SHARE) {
    throw new PrecisError(
      "not_an_article",
      `the cleaned text does not read as prose: only ${Math.round(share * 100)}% of its ${wordCount} tokens are shaped like words (encoded data or code?)`,
    );
  }
  const sha256 = sha256Hex(input.bytes);
  return {
    id: summaryIdFor(sha256),
    cleaned,
    wordCount,
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

/** Extract and ground an already prepared article. */
export async function summarizePrepared(prepared: PreparedArticle, deps: Omit<SummarizeDeps, "limits">): Promise<Summary> {
  const { cleaned } = prepared;
  const started = performance.now();
  const extraction = await deps.engine.extract({ text: cleaned.text, metadata: cleaned.metadata, signal: deps.signal });
  const ms = Math.round((performance.now() - started) * 10) / 10;
  const reference = chooseReference(cleaned.text, cleaned.metadata.publishedAt);
  const grounded = groundExtraction(cleaned.text, extraction, reference);
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
    warnings: [...extraction.warnings, ...grounded.warnings],
  } satisfies Summary);
}

export async function summarizeArticle(input: SummarizeInput, deps: SummarizeDeps): Promise<Summary> {
  return summarizePrepared(await prepareDocument(input, deps.limits), deps);
}
