// The body pass every format ends with: paragraphs in, the article's own paragraphs out. Works on
// text only, so it cleans a scraped dump, a Markdown export and the blocks of an HTML page alike.
import type { RemovedPiece } from "../article.ts";
import { splitSentences } from "../text/sentences.ts";
import { unglue } from "./glue.ts";
import { isTrailerSentence, junkLineKind, sectionEnd } from "./junk.ts";
import { removeTemplateResidue } from "./residue.ts";
import { knownWordsOf, removeTeasers } from "./teasers.ts";

// A run of underscores, asterisks or dashes inside a paragraph is a separator a scraper flattened:
// what follows it is a new paragraph (usually the trailer).
const INLINE_SEPARATOR = /\s*(?:_{3,}|\*{3,}|(?<=\S)\s-{3,}\s|={3,})\s*/;

// A trailing section ("Related stories", "Comments") only ends the article once most of it is behind.
const SECTION_END_MIN_SHARE = 0.4;
// Trailers sit in the last few paragraphs.
const TRAILER_WINDOW = 4;

export function cleanParagraphs(paragraphs: string[], removed: RemovedPiece[]): string[] {
  const known = knownWordsOf(paragraphs.join("\n"));
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const text = removeTeasers(removeTemplateResidue(paragraph, removed), known, removed);
    for (const piece of text.split(INLINE_SEPARATOR)) {
      const line = unglue(piece.trim());
      if (!line) continue;
      const junk = junkLineKind(line);
      if (junk) removed.push({ kind: junk, text: line });
      else if (/[\p{L}\p{N}]/u.test(line)) out.push(line);
      else removed.push({ kind: "separator", text: line });
    }
  }
  return dropRepeats(dropTrailers(cutTrailingSection(out, removed), removed), removed);
}

/**
 * Drop what follows a section heading such as "Related stories" or "Comments": to the end for a
 * comment thread, up to the next paragraph of prose for a list of headlines.
 */
function cutTrailingSection(paragraphs: string[], removed: RemovedPiece[]): string[] {
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  const out: string[] = [];
  let seen = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    const section = seen >= total * SECTION_END_MIN_SHARE ? sectionEnd(paragraph) : null;
    seen += paragraph.length;
    if (!section) {
      out.push(paragraph);
      continue;
    }
    removed.push({ kind: section.kind, text: paragraph });
    for (; i + 1 < paragraphs.length && (section.toEnd || !isProse(paragraphs[i + 1]!)); i++) removed.push({ kind: section.kind, text: paragraphs[i + 1]! });
  }
  return out;
}

// Running text, as opposed to a headline: several sentences' worth of words ending in punctuation.
const isProse = (p: string) => p.split(/\s+/).length >= 20 && /[.!?…"”»)]$/.test(p);

/** Credit lines, "Read More" and the like at the very end, sentence by sentence. */
function dropTrailers(paragraphs: string[], removed: RemovedPiece[]): string[] {
  const out = paragraphs.slice();
  for (let checked = 0; out.length > 1 && checked < TRAILER_WINDOW; checked++) {
    const last = out[out.length - 1]!;
    const sentences = splitSentences(last);
    let keep = sentences.length;
    while (keep > 0 && (isTrailerSentence(sentences[keep - 1]!.text) || junkLineKind(sentences[keep - 1]!.text))) keep--;
    if (keep === sentences.length) break;
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
