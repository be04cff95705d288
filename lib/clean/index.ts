// The clean stage's synchronous API, with every format's reader (lib/clean/document.ts holds the stage).
import type { ArticleInput, CleanedArticle, LoadedDocument } from "../article.ts";
import { loadDocument } from "../load.ts";
import { cleanDocumentWith } from "./document.ts";
import { cleanHtml } from "./html/index.ts";

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface CleanOptions {
  contentType?: string;
  url?: string;
  fileName?: string;
  maxBytes?: number;
}

/** Load and clean: bytes (or a string) as the user gave them → the cleaned article. */
export function cleanArticle(input: string | Uint8Array, options: CleanOptions = {}): CleanedArticle {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const article: ArticleInput = { bytes, contentType: options.contentType ?? null, fileName: options.fileName ?? null, url: options.url ?? null };
  const doc = loadDocument(article, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  return cleanDocument(doc, { url: options.url ?? null });
}

export function cleanDocument(doc: LoadedDocument, options: { url?: string | null } = {}): CleanedArticle {
  return cleanDocumentWith(doc, { url: options.url ?? null, readHtml: cleanHtml });
}
