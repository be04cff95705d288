// What the stages hand each other: bytes → LoadedDocument → CleanedArticle → (engine) → Summary.

export type ArticleFormat = "html" | "plain" | "markdown" | "json";

/** Raw input as the user gave it, before any decoding. */
export interface ArticleInput {
  bytes: Uint8Array;
  /** Media type from the upload or HTTP request (`text/html; charset=…`), if any. */
  contentType?: string | null;
  /** File name or object key; its extension is a hint when the content type is missing or generic. */
  fileName?: string | null;
  url?: string | null;
}

/** Bytes decoded into text, with the format they are in. */
export interface LoadedDocument {
  text: string;
  format: ArticleFormat;
  /** Canonical media type of `format`, e.g. `text/html`. */
  contentType: string;
  /** The charset the bytes were decoded from, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  charset: string;
  /** What decoding had to repair (e.g. `invalid_utf8` with the byte offsets); carried into the summary. */
  warnings?: { code: string; message: string }[];
  /** A PDF's or Word file's own properties; the text holds none of them. */
  metadata?: DocumentMetadata;
}

/**
 * Document properties. `declared` wins over what the text shows (as an HTML page's meta tags do);
 * `fallback` only fills what the text leaves open.
 */
export interface DocumentMetadata {
  declared: Partial<ArticleMetadata>;
  fallback: Partial<ArticleMetadata>;
}

export interface ArticleMetadata {
  title: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or date-time. */
  publishedAt: string | null;
  byline: string | null;
  publisher: string | null;
  /** e.g. `WILMINGTON, Del. (AP)` */
  dateline: string | null;
  /** BCP 47 tag, e.g. `en`. */
  language: string | null;
  url: string | null;
}

/** A piece of the input the cleaner dropped, and why (`kind`: e.g. `teaser`, `boilerplate`, `nav`). */
export interface RemovedPiece {
  kind: string;
  text: string;
}

export interface CleanedArticle {
  /** The article's own text: paragraphs separated by a blank line, nothing else. */
  text: string;
  metadata: ArticleMetadata;
  removed: RemovedPiece[];
}

export const emptyMetadata = (): ArticleMetadata => ({
  title: null,
  publishedAt: null,
  byline: null,
  publisher: null,
  dateline: null,
  language: null,
  url: null,
});
