// HTML pages: parse, read metadata, drop furniture, find the article, keep its text blocks.
import type { ArticleMetadata, RemovedPiece } from "../../article.ts";
import { dateLine } from "../dates.ts";
import { bylineOf } from "../metadata.ts";
import { cleanParagraphs } from "../paragraphs.ts";
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
  const { metadata, articleBody, headline } = pageMetadata(page);
  const anchors = page.elements.filter((el) => el.attrs.itemprop === "articleBody" || el === headline);
  pruneFurniture(page, anchors, removed);

  const blocks = extractBlocks(page.body);
  const roots = selectContent(page.body, blocks, textStats(page.elements));
  noteOutside(page, roots, removed);
  const inside = blocks.filter((b) => roots.some((r) => contains(r, b.owner)));
  const paragraphs = cleanParagraphs(articleBlocks(inside, metadata, headline, removed), removed);

  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (articleBody && chars < articleBody.length * ARTICLE_BODY_RATIO) {
    removed.push({ kind: "extraction-fallback", text: paragraphs.join(" ") });
    return { paragraphs: cleanPlain(articleBody, removed).paragraphs, metadata };
  }
  return { paragraphs, metadata };
}

/** The text blocks of the article proper: no headline, byline or date lines, captions or link lists. */
function articleBlocks(blocks: Block[], metadata: Partial<ArticleMetadata>, headline: El | null, removed: RemovedPiece[]): string[] {
  const captionChars = blocks.reduce((n, b) => n + (b.caption ? b.chars : 0), 0);
  const textChars = blocks.reduce((n, b) => n + (b.caption ? 0 : b.chars), 0);
  // A gallery's captions are its text; elsewhere they describe pictures the reader cannot see.
  const keepCaptions = captionChars > textChars;
  const title = normalized(metadata.title ?? "");
  const out: string[] = [];
  for (const block of blocks) {
    const kind = blockKind(block, { title, headline, keepCaptions, byline: metadata.byline ?? null });
    if (kind) removed.push({ kind, text: block.text });
    else out.push(block.text);
  }
  // Headings with nothing after them headed a section that was removed.
  while (out.length && blocks.some((b) => b.heading && b.text === out[out.length - 1])) removed.push({ kind: "heading", text: out.pop()! });
  return out;
}

interface BlockContext {
  title: string;
  headline: El | null;
  keepCaptions: boolean;
  byline: string | null;
}

function blockKind(block: Block, ctx: BlockContext): string | null {
  if (block.heading && ((ctx.headline && contains(ctx.headline, block.owner)) || normalized(block.text) === ctx.title)) return "title";
  if (block.caption && !ctx.keepCaptions) return "caption";
  const density = block.linkChars / block.chars;
  if (density >= (block.text.length < SHORT_BLOCK ? LINK_LIST_SHORT : LINK_LIST_LONG)) return block.listItem ? "related" : "links";
  if (block.text.length < 200) {
    if (dateLine(block.text)) return "date";
    if (bylineOf(block.text) || (ctx.byline && normalized(block.text) === normalized(ctx.byline))) return "byline";
  }
  return null;
}

const normalized = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

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
