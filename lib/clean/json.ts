// A JSON record of an article: `{title, text|body|html|content, publishedAt|date, url, author}`, as
// CMS exports, scrapers and schema.org JSON-LD write it. The body is cleaned as whatever it is
// (HTML, Markdown or plain text) with the record's own fields taking precedence as metadata.
import type { ArticleMetadata, RemovedPiece } from "../article.ts";
import type { HtmlReader } from "./document.ts";
import { PrecisError } from "../errors.ts";
import { isoDate } from "./dates.ts";
import { cleanMarkdown } from "./markdown.ts";
import { readMasthead } from "./masthead.ts";
import { cleanParagraphs } from "./paragraphs.ts";
import { cleanPlain, type FormatResult, textParagraphs } from "./plain.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const BODY_KEYS = ["text", "body", "articlebody", "article_body", "content", "html", "content_html", "body_html", "bodyhtml", "markdown", "body_markdown", "fulltext", "full_text", "story", "description"];
const TITLE_KEYS = ["title", "headline", "name"];
const DATE_KEYS = ["publishedat", "published_at", "datepublished", "date_published", "published", "pubdate", "date", "created_at", "createdat", "firstpublished", "first_published_at"];
const AUTHOR_KEYS = ["author", "authors", "byline", "creator", "writer"];
const PUBLISHER_KEYS = ["publisher", "source", "site", "site_name", "sitename", "publication", "outlet"];
const URL_KEYS = ["url", "link", "canonical_url", "canonicalurl", "permalink", "source_url", "mainentityofpage"];
const LANGUAGE_KEYS = ["language", "lang", "inlanguage", "locale"];
// Wrappers APIs put the record in.
const WRAPPER_KEYS = ["article", "data", "item", "post", "story", "result", "document", "doc", "entry"];

export function cleanJson(source: string, removed: RemovedPiece[], readHtml: HtmlReader): FormatResult {
  let value: Json;
  try {
    value = JSON.parse(source) as Json;
  } catch (e) {
    throw new PrecisError("not_an_article", "the JSON document does not parse", { cause: e });
  }
  const record = findRecord(value);
  const bodyKey = record && BODY_KEYS.find((k) => bodyText(field(record, k)) !== null);
  if (!record || !bodyKey) throw new PrecisError("not_an_article", `the JSON record has no article text (expected one of: ${BODY_KEYS.slice(0, 6).join(", ")})`);

  const own: Partial<ArticleMetadata> = {
    title: text(fieldOf(record, TITLE_KEYS)),
    publishedAt: isoDate(text(fieldOf(record, DATE_KEYS))),
    byline: names(fieldOf(record, AUTHOR_KEYS)),
    publisher: names(fieldOf(record, PUBLISHER_KEYS)),
    url: text(fieldOf(record, URL_KEYS)),
    language: text(fieldOf(record, LANGUAGE_KEYS)),
  };
  const body = bodyText(field(record, bodyKey))!;
  const inner = cleanBody(body, removed, own.title ?? null, readHtml);
  const metadata: Partial<ArticleMetadata> = { ...inner.metadata };
  for (const [k, v] of Object.entries(own)) if (v) metadata[k as keyof ArticleMetadata] = v;
  return { paragraphs: inner.paragraphs, metadata };
}

function cleanBody(body: string, removed: RemovedPiece[], title: string | null, readHtml: HtmlReader): FormatResult {
  if (/<(?:p|div|br|h[1-6]|article|section|ul|li|span|a|em|strong|blockquote)\b[^<>]{0,300}>/i.test(body)) return readHtml(body, removed);
  if (/^#{1,6} |\]\((?:https?:|\/)|^\s*[-*] |\*\*\S/m.test(body)) return cleanMarkdown(body, removed);
  if (!title) return cleanPlain(body, removed);
  // The record names its title, so a repeat of it at the top of the text is all the masthead can be.
  const masthead = readMasthead(textParagraphs(body), removed, title);
  return { paragraphs: cleanParagraphs(masthead.body, removed), metadata: masthead.metadata };
}

/** The object that holds the article: the value itself, the first of an array, or inside a wrapper. */
function findRecord(value: Json): JsonObject | null {
  let current: Json = value;
  for (let depth = 0; depth < 4; depth++) {
    if (Array.isArray(current)) current = current.find((v) => typeof v === "object" && v !== null && !Array.isArray(v)) ?? null;
    if (!isObject(current)) return null;
    const record: JsonObject = current;
    if (BODY_KEYS.some((k) => bodyText(field(record, k)) !== null)) return record;
    const wrapped = WRAPPER_KEYS.map((k) => field(record, k)).find((v) => isObject(v) || Array.isArray(v));
    if (wrapped === undefined) return record;
    current = wrapped;
  }
  return null;
}

const isObject = (v: Json | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** Case-insensitive field access; `articleBody` and `ArticleBody` are the same key to a user. */
function field(record: JsonObject, key: string): Json | undefined {
  if (key in record) return record[key];
  for (const k of Object.keys(record)) if (k.toLowerCase() === key) return record[k];
  return undefined;
}

const fieldOf = (record: JsonObject, keys: string[]) => keys.map((k) => field(record, k)).find((v) => v !== undefined && v !== null && v !== "");

/** A body as text: a string, or paragraphs given as an array of strings or of `{text}` blocks. */
function bodyText(value: Json | undefined): string | null {
  if (typeof value === "string") return value.trim() ? value : null;
  if (Array.isArray(value)) {
    const parts = value.map((v) => (typeof v === "string" ? v : isObject(v) ? text(field(v, "text") ?? field(v, "content") ?? null) : null)).filter((v): v is string => !!v);
    return parts.length ? parts.join("\n\n") : null;
  }
  return null;
}

function text(value: Json | undefined): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (isObject(value)) return text(field(value, "@id") ?? field(value, "href") ?? field(value, "url") ?? null);
  return null;
}

/** An author or publisher: a string, `{name}`, or a list of either → "Jane Doe, John Roe". */
function names(value: Json | undefined): string | null {
  const list = Array.isArray(value) ? value : [value ?? null];
  const out = list
    .map((v) => (typeof v === "string" ? v.trim() : isObject(v) ? (text(field(v, "name") ?? null) ?? null) : null))
    .filter((v): v is string => !!v);
  return out.length ? out.join(", ") : null;
}
