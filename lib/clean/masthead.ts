// The top of a text article before its first paragraph: site name and tagline, date line, title,
// byline, "6 min read". Read into metadata and taken out of the text.
import type { ArticleMetadata, RemovedPiece } from "../article.ts";
import { junkLineKind } from "./junk.ts";
import { isDatelineAlone, metaLine } from "./metadata.ts";
import { wordCount } from "./words.ts";

// The masthead is a handful of short lines (a scraped menu can add a dozen); further down is the article.
const MAX_LINES = 25;
// Menu items scraped one per line: runs of this many one- or two-word lines.
const MENU_RUN = 3;
const MAX_LINE_WORDS = 30;
// Headlines that ask stay short; a longer question with commas is the story's first sentence.
const MAX_QUESTION_WORDS = 20;

const sameText = (a: string, b: string) => a.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "") === b.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * A paragraph of running text: longer than any headline, ending in a full stop (headlines end in
 * nothing, "?", "!" or "…") or holding a sentence boundary.
 */
const isProse = (p: string) =>
  wordCount(p) > MAX_LINE_WORDS ||
  /[.;,:。；，：、]["”’»)」』]*$/u.test(p) ||
  /\p{Ll}\p{Ll}[.!?]["”’)]?\s+\p{Lu}|[。！？]./u.test(p) ||
  // A question or exclamation as long as a paragraph's sentence, with clauses, is not a headline.
  (wordCount(p) > MAX_QUESTION_WORDS && /,/.test(p) && /[?!]["”’»)]*$/u.test(p));

export interface Masthead {
  metadata: Partial<ArticleMetadata>;
  body: string[];
}

/**
 * With `knownTitle` (from front matter or a JSON record), only the date, byline and junk lines and a
 * repeat of the title are masthead; any other short line is the article's own heading.
 */
export function readMasthead(paragraphs: string[], removed: RemovedPiece[], knownTitle: string | null = null): Masthead {
  const metadata: Partial<ArticleMetadata> = {};
  const found: RemovedPiece[] = [];
  const names: { text: string; index: number }[] = [];
  let start = 0;
  for (; start < Math.min(paragraphs.length, MAX_LINES); start++) {
    const line = paragraphs[start]!;
    // A dateline on its own line is the story's first words, not a title.
    if (isDatelineAlone(line)) break;
    const meta = metaLine(line);
    if (meta) {
      metadata.publishedAt ??= meta.publishedAt;
      metadata.byline ??= meta.byline;
      found.push({ kind: meta.byline ? "byline" : "date", text: line });
      continue;
    }
    const junk = junkLineKind(line);
    if (junk) {
      found.push({ kind: junk, text: line });
      continue;
    }
    if (knownTitle !== null && sameText(line, knownTitle)) {
      found.push({ kind: "title", text: line });
      continue;
    }
    if (isProse(line) || knownTitle !== null) break;
    names.push({ text: line, index: found.length });
    found.push({ kind: "site-header", text: line });
  }
  // Nothing but a masthead: it was the article after all.
  if (start >= paragraphs.length) return { metadata: {}, body: paragraphs };

  // Runs of one- or two-word lines are a scraped menu, not the site's name.
  for (let i = 0; i < names.length; ) {
    let j = i;
    while (j < names.length && wordCount(names[j]!.text) <= 2 && (j === i || names[j]!.index === names[j - 1]!.index + 1)) j++;
    if (j - i >= MENU_RUN) {
      for (const n of names.slice(i, j)) found[n.index]!.kind = "nav";
      names.splice(i, j - i);
    } else i = Math.max(j, i + 1);
  }
  // The title is the longest of the short lines, once it has a headline's length; the lines before
  // it are the site's name and tagline, the first of which names the publisher.
  const title = names.reduce<(typeof names)[number] | null>((best, n) => (!best || wordCount(n.text) > wordCount(best.text) ? n : best), null);
  if (title && (wordCount(title.text) >= 3 || (names.length === 1 && title.index === 0))) {
    metadata.title = title.text.replace(/\s*[|–—-]\s*$/, "");
    found[title.index]!.kind = "title";
    const site = names.find((n) => n.index < title.index && wordCount(n.text) <= 4 && /^\p{Lu}/u.test(n.text));
    if (site) metadata.publisher = site.text;
  }
  removed.push(...found);
  return { metadata, body: openingDateline(paragraphs.slice(start)) };
}

/** "CAIRO, March 3 (Agency) --" on a line of its own opens the paragraph under it, as in wire copy. */
function openingDateline(body: string[]): string[] {
  if (body.length < 2 || !isDatelineAlone(body[0]!)) return body;
  return [`${body[0]} ${body[1]}`, ...body.slice(2)];
}
