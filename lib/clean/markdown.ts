// Markdown exports (static-site posts, note apps, "save as Markdown" extensions): front matter is
// metadata, markup becomes plain text, link-only lines (share rows, related lists, menus) go.
import type { ArticleMetadata, RemovedPiece } from "../article.ts";
import { isoDate } from "./dates.ts";
import { junkLineKind } from "./junk.ts";
import { readMasthead } from "./masthead.ts";
import { cleanParagraphs } from "./paragraphs.ts";
import type { FormatResult } from "./plain.ts";
import { tidyLine } from "./unicode.ts";

export function cleanMarkdown(source: string, removed: RemovedPiece[]): FormatResult {
  const { fields, body } = splitFrontMatter(source);
  const front = frontMatterMetadata(fields);
  const { paragraphs, firstHeading } = markdownParagraphs(body, removed);
  // A post's title is its front matter title, else a level-1 heading that opens it.
  const title = front.title ?? (firstHeading && paragraphs[0] === firstHeading ? firstHeading : null);
  const masthead = readMasthead(paragraphs, removed, title);
  return { paragraphs: cleanParagraphs(masthead.body, removed), metadata: { ...masthead.metadata, ...definedOnly(front), title } };
}

const definedOnly = (m: Partial<ArticleMetadata>) => Object.fromEntries(Object.entries(m).filter(([, v]) => v != null));

// ---------------------------------------------------------------------------------------------
// Front matter: YAML (`---`) or TOML (`+++`), read as flat `key: value` pairs; a YAML list under a
// key (`authors:` then `- Jane`) is joined. Nothing nested is needed for article metadata.

function splitFrontMatter(source: string): { fields: Map<string, string>; body: string } {
  const fields = new Map<string, string>();
  const m = /^(---|\+\+\+)\n([^]*?)\n\1[ \t]*(?:\n|$)/.exec(source.slice(0, 20000));
  if (!m) return { fields, body: source };
  let listKey: string | null = null;
  for (const line of m[2]!.split("\n")) {
    const item = /^\s+-\s+(.+)$|^-\s+(.+)$/.exec(line);
    if (item && listKey) {
      const value = unquote(item[1] ?? item[2]!);
      fields.set(listKey, fields.has(listKey) && fields.get(listKey) ? `${fields.get(listKey)}, ${value}` : value);
      continue;
    }
    const kv = /^([A-Za-z_][\w.-]*)\s*[:=]\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = kv[1]!.toLowerCase();
    const value = kv[2]!.trim();
    listKey = value === "" ? key : null;
    // Inline lists: authors: ["Jane Doe", "John Roe"]
    const inline = /^\[(.*)\]$/.exec(value);
    fields.set(key, inline ? inline[1]!.split(",").map(unquote).filter(Boolean).join(", ") : unquote(value));
  }
  return { fields, body: source.slice(m[0].length) };
}

const unquote = (s: string) => s.trim().replace(/^(["'])(.*)\1$/, "$2").trim();

function frontMatterMetadata(fields: Map<string, string>): Partial<ArticleMetadata> {
  const get = (...keys: string[]) => keys.map((k) => fields.get(k)).find((v) => v) ?? null;
  return {
    title: get("title", "headline"),
    publishedAt: isoDate(get("date", "published", "publishedat", "published_at", "pubdate", "datepublished", "created")),
    byline: get("author", "authors", "byline"),
    publisher: get("publisher", "site", "site_name", "source", "publication"),
    language: get("lang", "language", "locale"),
    url: get("canonical_url", "canonical", "url", "link", "source_url"),
  };
}

// ---------------------------------------------------------------------------------------------
// Body

const FENCE = /^(`{3,}|~{3,})/;
const HEADING = /^#{1,6} /;
const SETEXT = /^(=+|-+)\s*$/;
const RULE = /^(?:[-*_]\s*){3,}$/;
const LIST_ITEM = /^(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;
const QUOTE = /^>\s?(.*)$/;
const LINK_DEFINITION = /^\[[^\]\n]{1,200}\]:\s*\S+/;
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

interface MarkdownParagraphs {
  paragraphs: string[];
  firstHeading: string | null;
}

function markdownParagraphs(body: string, removed: RemovedPiece[]): MarkdownParagraphs {
  const paragraphs: string[] = [];
  let firstHeading: string | null = null;
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(current.join(" "));
    current = [];
  };
  const lines = body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = tidyLine(raw);
    const fence = FENCE.exec(line);
    if (fence) {
      // Code stays verbatim, as one paragraph.
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trim().startsWith(fence[1]!); i++) code.push(lines[i]!);
      if (code.join("").trim()) paragraphs.push(code.join("\n").trim());
      continue;
    }
    if (!line || RULE.test(line) || TABLE_RULE.test(line) || LINK_DEFINITION.test(line)) {
      flush();
      continue;
    }
    const next = lines[i + 1]?.trim() ?? "";
    const atx = HEADING.test(line) ? line.replace(/^#+ /, "").replace(/ #+$/, "") : null;
    const heading = atx ?? (current.length === 0 && next && SETEXT.test(next) && !LIST_ITEM.test(line) ? line : null);
    if (heading !== null) {
      flush();
      if (!HEADING.test(line)) i++; // skip the setext underline
      const text = inline(heading, removed);
      if (firstHeading === null && paragraphs.length === 0 && (/^#\s/.test(line) || /^=+$/.test(next))) firstHeading = text;
      if (text) paragraphs.push(text);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    const content = item ? item[1]! : (QUOTE.exec(line)?.[1] ?? line);
    if (item || /^\|/.test(line)) flush();
    const text = /^\|/.test(line) ? tableRow(content, removed) : inline(content, removed);
    if (isLinkOnly(content)) {
      flush();
      if (text) removed.push({ kind: junkLineKind(text) ?? (item ? "related" : "nav"), text });
      continue;
    }
    if (text) current.push(text);
    if (item || /^\|/.test(line) || / {2}$/.test(raw)) flush();
  }
  flush();
  return { paragraphs, firstHeading };
}

const tableRow = (row: string, removed: RemovedPiece[]) =>
  row
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((cell) => inline(cell, removed))
    .filter(Boolean)
    .join(" | ");

// Link text and destination stop at the characters that would start another link or end this one,
// so a line full of unclosed brackets is scanned once, not once per bracket.
const LINK_TEXT = String.raw`[^\[\]\n]{0,300}`;
const LINK_DEST = String.raw`\([^()\s]{0,1000}(?:\s+(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'))?\)`;
const LINK = new RegExp(String.raw`\[(${LINK_TEXT})\]${LINK_DEST}`, "g");
// An image, or an image that is itself a link: `![alt](src)`, `[![alt](src)](href)`.
const LINKED_IMAGE = new RegExp(String.raw`\[!\[${LINK_TEXT}\]${LINK_DEST}\]${LINK_DEST}|!\[${LINK_TEXT}\]${LINK_DEST}`, "g");

/** A line that is nothing but links (and separators): a share row, a menu, a related-posts entry. */
function isLinkOnly(line: string): boolean {
  if (!/\]\(/.test(line)) return false;
  const rest = line.replace(LINKED_IMAGE, "").replace(LINK, "").replace(/[\s|•·,:;\-–—/]+/g, "");
  return rest === "";
}

/** Inline markup → text: images go, links keep their text, emphasis and code lose their markers. */
function inline(text: string, removed: RemovedPiece[]): string {
  return tidyLine(
    text
      .replace(LINKED_IMAGE, (m) => {
        removed.push({ kind: "image", text: m });
        return " ";
      })
      .replace(LINK, "$1")
      .replace(/\[([^\]\n]{1,300})\]\[[^\]\n]{0,100}\]/g, "$1")
      .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
      .replace(/<\/?[a-zA-Z][^<>\n]{0,300}>/g, "")
      .replace(/`([^`\n]+)`/g, "$1")
      .replace(/(\*\*|__)(?=\S)([^\n]{0,500}?\S)\1/g, "$2")
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]{0,500}?\S)\*/gu, "$1$2")
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]{0,500}?\S)_(?![\p{L}\p{N}])/gu, "$1$2")
      .replace(/~~(?=\S)([^~\n]{0,500}?\S)~~/g, "$1")
      .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, "$1"),
  );
}
