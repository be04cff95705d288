// The body pass every format ends with: paragraphs in, the article's own paragraphs out. Works on
// text only, so it cleans a scraped dump, a Markdown export and the blocks of an HTML page alike.
import type { RemovedPiece } from "../article.ts";
import { splitSentences } from "../text/sentences.ts";
import { unglue } from "./glue.ts";
import { isTrailerSentence, junkLineKind, sectionEnd } from "./junk.ts";
import { removeTemplateResidue } from "./residue.ts";
import { type KnownWord, knownWordsOf, removeTeasers } from "./teasers.ts";
import { endsSentence, wordCount } from "./words.ts";

// A run of underscores, asterisks or dashes inside a paragraph is a separator a scraper flattened:
// what follows it is a new paragraph (usually the trailer).
const INLINE_SEPARATOR = /\s*(?:_{3,}|\*{3,}|(?<=\S)\s-{3,}\s|={3,})\s*/;
// Its leading \s* is tried at every space: a paragraph without a run of three is not split.
const hasSeparator = (p: string) => p.includes("___") || p.includes("***") || p.includes("---") || p.includes("===");

// A trailing section ("Related stories", "Comments") only ends the article once most of it is behind.
const SECTION_END_MIN_SHARE = 0.4;
// Trailers sit in the last few paragraphs.
const TRAILER_WINDOW = 4;

export function cleanParagraphs(paragraphs: string[], removed: RemovedPiece[]): string[] {
  // The words known from the whole text are only needed once a teaser marker turns up.
  let known: KnownWord | null = null;
  const isKnown: KnownWord = (word) => (known ??= knownWordsOf(paragraphs.join("\n")))(word);
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const text = removeTeasers(removeTemplateResidue(paragraph, removed), isKnown, removed);
    for (const piece of hasSeparator(text) ? text.split(INLINE_SEPARATOR) : [text]) {
      const line = unglue(piece.trim());
      if (!line) continue;
      // Section headings ("Comments (3)") are left for the section pass, which drops what follows them.
      const junk = sectionEnd(line) ? null : junkLineKind(line);
      if (junk) removed.push({ kind: junk, text: line });
      else if (/[\p{L}\p{N}]/u.test(line)) out.push(line);
      else removed.push({ kind: "separator", text: line });
    }
  }
  return dropRepeats(dropTrailers(cutTrailingSection(out, removed), removed), removed);
}

/**
 * Drop a section heading such as "Related stories" or "Comments" and, once most of the article is
 * behind it, what follows: to the end for a comment thread, up to the next prose for headlines.
 */
function cutTrailingSection(paragraphs: string[], removed: RemovedPiece[]): string[] {
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  const out: string[] = [];
  let seen = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    const section = sectionEnd(paragraph);
    const early = seen < total * SECTION_END_MIN_SHARE;
    seen += paragraph.length;
    if (!section) {
      out.push(paragraph);
      continue;
    }
    removed.push({ kind: section.kind, text: paragraph });
    if (early) continue;
    const inSection = (next: string) => section.toEnd || (!isProse(next) && !sectionEnd(next));
    for (; i + 1 < paragraphs.length && inSection(paragraphs[i + 1]!); i++) removed.push({ kind: section.kind, text: paragraphs[i + 1]! });
  }
  return out;
}

// Running text, as opposed to a headline: a sentence of some length ending in a full stop (headlines
// in a "Don't miss" list end in none, or in a question mark).
const isProse = (p: string) => wordCount(p) >= 8 && endsSentence(p) && !/\?["”’»)]*$/.test(p);

/**
 * Credit lines, "Read More" and the like at the very end, sentence by sentence. A paragraph that is
 * all trailer goes and the one before is checked too; the article's only paragraph never goes whole.
 */
function dropTrailers(paragraphs: string[], removed: RemovedPiece[]): string[] {
  const out = paragraphs.slice();
  for (let checked = 0; out.length > 0 && checked < TRAILER_WINDOW; checked++) {
    const last = out[out.length - 1]!;
    const sentences = splitSentences(last);
    let keep = sentences.length;
    while (keep > 0 && (isTrailerSentence(sentences[keep - 1]!.text) || junkLineKind(sentences[keep - 1]!.text))) keep--;
    if (keep === sentences.length || (keep === 0 && out.length === 1)) break;
    const cut = keep === 0 ? 0 : sentences[keep - 1]!.end;
    removed.push({ kind: "trailer", text: last.slice(cut).trim() });
    if (keep === 0) out.pop();
    else {
      out[out.length - 1] = last.slice(0, cut).trim();
      break;
    }
  }
  return out;
}

/** A paragraph repeated right after itself (a lede printed twice by the page) is kept once. */
function dropRepeats(paragraphs: string[], removed: RemovedPiece[]): string[] {
  return paragraphs.filter((p, i) => {
    if (i === 0 || p !== paragraphs[i - 1]) return true;
    removed.push({ kind: "duplicate", text: p });
    return false;
  });
}
