// The clean stage: a loaded document → the article's own text, its metadata, and an audit of what
// was dropped. Each format has its own reader; all of them end in the same paragraph pass.
//
// The HTML reader (htmlparser2, its entity tables, the block scorer) is a third of the cleaner's code and
// about 35 ms of a cold start's CPU: it is given by the caller, so the handlers' path (lib/pipeline.ts)
// loads it only when a page (or a JSON record, which can carry one) arrives. lib/clean/index.ts is the
// synchronous API with every reader.
import type { ArticleFormat, ArticleMetadata, CleanedArticle, LoadedDocument, RemovedPiece } from "../article.ts";
import { isPrecisError, PrecisError } from "../errors.ts";
import { repairQuotes } from "./glue.ts";
import { cleanJson } from "./json.ts";
import { guessLanguage, normalizeLanguageTag } from "./language.ts";
import { cleanMarkdown } from "./markdown.ts";
import { findDateline, mergeMetadata, splitByline } from "./metadata.ts";
import { cleanPlain, type FormatResult } from "./plain.ts";
import { collapseWhitespace, normalizeCharacters, repairMojibake } from "./unicode.ts";

/** A page's markup → its paragraphs and metadata (lib/clean/html/index.ts cleanHtml). */
export type HtmlReader = (html: string, removed: RemovedPiece[]) => FormatResult;

/** Whether cleaning a document of this format can need the HTML reader. */
export const needsHtmlReader = (format: ArticleFormat): boolean => format === "html" || format === "json";

const DATELINE_PARAGRAPHS = 3;
// The audit shows what went, not all of it: a dropped comment thread can be longer than the article.
const MAX_REMOVED_TEXT = 300;

/** Cleans a loaded document; `readHtml` is needed for the formats `needsHtmlReader` names. */
export function cleanDocumentWith(doc: LoadedDocument, options: { url?: string | null; readHtml: HtmlReader | null }): CleanedArticle {
  try {
    return clean(doc, options.url ?? null, options.readHtml);
  } catch (e) {
    if (isPrecisError(e)) throw e;
    // Cleaning is deterministic: the same input would fail again, so this is not retryable.
    throw new PrecisError("internal", `cleaning failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

function clean(doc: LoadedDocument, url: string | null, readHtml: HtmlReader | null): CleanedArticle {
  const removed: RemovedPiece[] = [];
  // A page's source is mostly markup and scripts: its characters are normalised once its text is out.
  const source = doc.format === "html" ? repairMojibake(doc.text) : normalizeCharacters(repairMojibake(doc.text));
  const result = readFormat(doc.format, source, removed, readHtml);
  const text = repairQuotes(result.paragraphs.join("\n\n")).normalize("NFC").trim();
  if (!text) throw new PrecisError("not_an_article", `no article text found in this ${doc.format} document`);

  // Wire copy opens its first body paragraph with the dateline; a standfirst may come before it.
  const dateline = text.split("\n\n", DATELINE_PARAGRAPHS).map(findDateline).find(Boolean);
  // The caller's URL is where the article really came from; the page's canonical URL is second.
  // A PDF's or Word file's own properties rank as an HTML page's meta tags do (lib/load/documents.ts).
  const metadata = mergeMetadata({ url }, doc.metadata?.declared ?? {}, result.metadata, {
    dateline: dateline?.dateline,
    publisher: dateline?.agency ?? copyrightHolder(removed),
    language: result.metadata.language || doc.metadata?.declared.language ? null : guessLanguage(text),
  }, doc.metadata?.fallback ?? {});
  metadata.language = normalizeLanguageTag(metadata.language);
  if (metadata.byline) {
    const parts = splitByline(metadata.byline, metadata.publisher);
    metadata.byline = parts.author;
    metadata.publisher ??= parts.publisher;
    metadata.publishedAt ??= parts.publishedAt;
  }
  return { text, metadata: normalizeFields(metadata), removed: auditTrail(removed) };
}

function readFormat(format: ArticleFormat, source: string, removed: RemovedPiece[], readHtml: HtmlReader | null): FormatResult {
  if (needsHtmlReader(format) && !readHtml) throw new Error(`cleaning a ${format} document needs the HTML reader`);
  switch (format) {
    case "html":
      return readHtml!(source, removed);
    case "markdown":
      return cleanMarkdown(source, removed);
    case "json":
      return cleanJson(source, removed, readHtml!);
    case "plain":
      return cleanPlain(source, removed);
  }
}

// "Copyright © 2024 Report Wire. All Rights Reserved" → "Report Wire".
const COPYRIGHT_HOLDER = /(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*(?:by\s+)?(\p{L}[^.|\n©]{1,60}?)\s*(?:[.|,]|all rights|$)/iu;

function copyrightHolder(removed: RemovedPiece[]): string | undefined {
  for (const piece of removed) {
    if (piece.kind !== "copyright") continue;
    const holder = COPYRIGHT_HOLDER.exec(piece.text)?.[1];
    if (holder && !/^all rights/i.test(holder)) return holder;
  }
  return undefined;
}

function normalizeFields(metadata: ArticleMetadata): ArticleMetadata {
  const out = { ...metadata };
  for (const key of Object.keys(out) as (keyof ArticleMetadata)[]) out[key] = out[key]?.normalize("NFC") ?? null;
  return out;
}

function auditTrail(removed: RemovedPiece[]): RemovedPiece[] {
  const out: RemovedPiece[] = [];
  for (const { kind, text } of removed) {
    const flat = collapseWhitespace(text);
    if (!flat) continue;
    out.push({ kind, text: flat.length > MAX_REMOVED_TEXT ? `${flat.slice(0, MAX_REMOVED_TEXT - 1)}…` : flat });
  }
  return out;
}
