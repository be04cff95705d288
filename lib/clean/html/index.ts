// HTML pages: parse, read metadata, drop furniture, find the article, keep its text blocks.
import type { ArticleMetadata, RemovedPiece } from "../../article.ts";
import { metaLine } from "../metadata.ts";
import { cleanParagraphs } from "../paragraphs.ts";
import { normalizeCharacters } from "../unicode.ts";
import { endsSentence, wordCount } from "../words.ts";
import type { FormatResult } from "../plain.ts";
import { cleanPlain } from "../plain.ts";
import { extractBlocks, type Block } from "./blocks.ts";
import { selectContent } from "./content.ts";
import { contains, parseHtml, textOf, type El, type ParsedPage } from "./dom.ts";
import { pageMetadata } from "./meta.ts";
import { pruneFurniture, textStats } from "./prune.ts";

// Blocks this link-heavy are link lists and teasers, not paragraphs (short ones need fewer links).
const LINK_LIST_SHORT = 0.5;
const LINK_LIST_LONG = 0.8;
const SHORT_BLOCK = 150;
// When the page's extracted text is this much shorter than the publisher's own `articleBody`,
// extraction went wrong (text rendered by scripts, an unusual layout) and the publisher's copy is used.
const ARTICLE_BODY_RATIO = 0.5;

export function cleanHtml(html: string, removed: RemovedPiece[]): FormatResult {
  const page = parseHtml(html, removed);
  const { metadata, articleBody, headline, description } = pageMetadata(page);
  const anchors = page.elements.filter((el) => el.attrs.itemprop === "articleBody" || el === headline);
  const pruned = removed.length;
  const ownLetters = pruneFurniture(page, anchors, removed);
  // Byline and date boxes are furniture, but what they say is metadata.
  for (const piece of removed.slice(pruned)) {
    const meta = piece.kind === "meta" ? metaLine(piece.text) : null;
    metadata.publishedAt ??= meta?.publishedAt;
    metadata.byline ??= meta?.byline;
  }

  const blocks = extractBlocks(page.body);
  const roots = selectContent(page.body, blocks, textStats(page.elements, ownLetters));
  noteOutside(page, roots, removed);
  const inside = withLede(blocks, roots, headline);
  const paragraphs = cleanParagraphs(articleBlocks(inside, metadata, headline, description, removed).map(normalizeCharacters), removed);

  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (articleBody && chars < articleBody.length * ARTICLE_BODY_RATIO) {
    removed.push({ kind: "extraction-fallback", text: paragraphs.join(" ") });
    return { paragraphs: cleanPlain(normalizeCharacters(articleBody), removed).paragraphs, metadata };
  }
  return { paragraphs, metadata };
}

// A standfirst or lede between the headline and the body: a sentence of some length, not a link.
const LEDE_MIN_CHARS = 60;
const LEDE_MAX_LINK_DENSITY = 0.2;

/**
 * The blocks inside the selected content, plus the paragraphs between the headline and it: pages put
 * the standfirst or the lede in the header, away from the body container.
 */
function withLede(blocks: Block[], roots: El[], headline: El | null): Block[] {
  const inside = (b: Block) => roots.some((r) => contains(r, b.owner));
  const first = blocks.findIndex(inside);
  const head = headline ? blocks.findIndex((b) => contains(headline, b.owner)) : -1;
  const lede =
    head >= 0 && head < first
      ? blocks
          .slice(head + 1, first)
          .filter((b) => !b.heading && !b.caption && b.text.length >= LEDE_MIN_CHARS && b.linkChars <= b.chars * LEDE_MAX_LINK_DENSITY && endsSentence(b.text) && !metaLine(b.text))
      : [];
  return [...lede, ...blocks.filter(inside)];
}

/**
 * The page's own description shown again above the body is a standfirst: a summary written for the
 * page, not the article's first paragraph. It stands apart (another parent than the paragraph after
 * it); a first paragraph that the description merely repeats sits with the rest of the body.
 */
function isStandfirst(blocks: Block[], kinds: (string | null)[], description: string | null): number {
  const kept = (b: Block, i: number) => !kinds[i] && !b.heading;
  const i = blocks.findIndex(kept);
  const j = i < 0 ? -1 : blocks.findIndex((b, k) => k > i && kept(b, k));
  if (!description || j < 0 || blocks[i]!.owner.parent === blocks[j]!.owner.parent || blocks[i]!.text.length < LEDE_MIN_CHARS) return -1;
  return words(description).includes(words(blocks[i]!.text)) ? i : -1;
}

const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");

/**
 * The text blocks of the article proper: no headline, byline or date lines, captions or link lists,
 * and no heading left without the section it headed. Metadata found in dropped lines fills gaps.
 */
function articleBlocks(blocks: Block[], metadata: Partial<ArticleMetadata>, headline: El | null, description: string | null, removed: RemovedPiece[]): string[] {
  const captionChars = blocks.reduce((n, b) => n + (b.caption ? b.chars : 0), 0);
  const textChars = blocks.reduce((n, b) => n + (b.caption ? 0 : b.chars), 0);
  // A gallery's captions are its text; elsewhere they describe pictures the reader cannot see.
  const ctx: BlockContext = { title: normalized(metadata.title ?? ""), headline, keepCaptions: captionChars > textChars, metadata };
  const linky = blocks.map(isLinkList);
  const kinds = blocks.map((block, i) => blockKind(block, ctx, linky[i]! && !isCitation(blocks, linky, i)));
  const standfirst = isStandfirst(blocks, kinds, description);
  if (standfirst >= 0) kinds[standfirst] = "standfirst";
  blocks.forEach((block, i) => {
    if (block.heading && !kinds[i] && !sectionKept(blocks, kinds, i)) kinds[i] = "heading";
  });
  const out: string[] = [];
  blocks.forEach((block, i) => {
    const kind = kinds[i];
    if (kind) removed.push({ kind, text: block.text });
    else out.push(block.text);
  });
  return out;
}

/** Whether anything the heading at `i` heads survived: a kept block in its container after it. */
function sectionKept(blocks: Block[], kinds: (string | null)[], i: number): boolean {
  const container = blocks[i]!.owner.parent ?? blocks[i]!.owner;
  for (let j = i + 1; j < blocks.length && contains(container, blocks[j]!.owner); j++) {
    if (blocks[j]!.heading && blocks[j]!.heading <= blocks[i]!.heading) return false;
    if (!kinds[j] && !blocks[j]!.heading) return true;
  }
  return false;
}

interface BlockContext {
  title: string;
  headline: El | null;
  keepCaptions: boolean;
  metadata: Partial<ArticleMetadata>;
}

const isLinkList = (block: Block) => block.linkChars / block.chars >= (block.text.length < SHORT_BLOCK ? LINK_LIST_SHORT : LINK_LIST_LONG);

// A source named in brackets ("[The Daily Example]"), a quotation's attribution ("— Example Post") or
// an address the author typed out: one linked line standing alone between lines of text. Link lists
// and teasers come in runs, or as headlines; a call to action ("Book tickets") is not bracketed.
const CITATION_MAX_WORDS = 6;
const CITATION = /^(?:https?:\/\/|www\.)\S+$|^\[[^\]]+\]$|^\([^)]+\)$|^[—–]\s*\S/i;

function isCitation(blocks: Block[], linky: boolean[], i: number): boolean {
  const block = blocks[i]!;
  if (block.listItem || block.heading || block.caption || i === 0 || i === blocks.length - 1 || linky[i - 1] || linky[i + 1]) return false;
  return CITATION.test(block.text) && wordCount(block.text) <= CITATION_MAX_WORDS;
}

function blockKind(block: Block, ctx: BlockContext, linkList: boolean): string | null {
  if ((block.heading && ctx.headline && contains(ctx.headline, block.owner)) || sameText(block.text, ctx.title)) return "title";
  if (block.caption && !ctx.keepCaptions) return "caption";
  if (linkList) return block.listItem ? "related" : "links";
  const meta = metaLine(block.text);
  if (meta) {
    ctx.metadata.publishedAt ??= meta.publishedAt;
    ctx.metadata.byline ??= meta.byline;
    return meta.byline ? "byline" : "date";
  }
  if (ctx.metadata.byline && sameText(block.text, normalized(ctx.metadata.byline))) return "byline";
  return null;
}

const normalized = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
// Only texts of about the same length can be the same: most blocks are never normalised.
const sameText = (text: string, normalizedOther: string) =>
  normalizedOther !== "" && text.length <= normalizedOther.length * 2 + 20 && normalized(text) === normalizedOther;

/** Record the page outside the article (what the selection left out), one piece per region. */
function noteOutside(page: ParsedPage, roots: El[], removed: RemovedPiece[]): void {
  if (roots.length === 1 && roots[0] === page.body) return;
  const kept = new Set<El>(roots);
  for (const root of roots) for (let a = root.parent; a; a = a.parent) kept.add(a);
  for (const el of kept) {
    if (roots.includes(el)) continue;
    for (const child of el.children) {
      if (typeof child === "string" || child.drop || kept.has(child)) continue;
      const text = textOf(child);
      if (text) removed.push({ kind: "outside-article", text });
    }
  }
}
