// Plain text: a scraped dump, a copy-paste, a wire story. Lines become paragraphs, the masthead
// becomes metadata, and the body pass does the rest.
import type { ArticleMetadata, RemovedPiece } from "../article.ts";
import { readMasthead } from "./masthead.ts";
import { cleanParagraphs } from "./paragraphs.ts";
import { tidyLine } from "./unicode.ts";

export interface FormatResult {
  paragraphs: string[];
  metadata: Partial<ArticleMetadata>;
}

export function cleanPlain(text: string, removed: RemovedPiece[]): FormatResult {
  const { metadata, body } = readMasthead(textParagraphs(text), removed);
  return { paragraphs: cleanParagraphs(body, removed), metadata };
}

/**
 * Blank lines always separate paragraphs. Inside a block, lines are one paragraph when the text was
 * hard-wrapped (lines of similar width that break mid-sentence) and separate paragraphs otherwise
 * (a scraped page puts each paragraph, heading and menu item on its own line).
 */
export function textParagraphs(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split("\n").map(tidyLine).filter(Boolean);
    if (lines.length === 0) continue;
    if (isHardWrapped(lines)) out.push(unwrap(lines));
    else out.push(...lines);
  }
  return out;
}

// Hard-wrapped text fills lines to a fixed width (60–80 columns, rarely more than 100).
const MIN_WRAP_WIDTH = 50;
const MAX_WRAP_WIDTH = 100;

function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  const width = Math.max(...lines.map((l) => l.length));
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return false;
  const full = body.filter((l) => l.length >= width * 0.75).length;
  const ended = body.filter((l) => /[.!?:"”]$/.test(l)).length;
  return full >= body.length * 0.6 && ended < body.length * 0.5;
}

// A word hyphenated across lines keeps its hyphen (it may be "well-known"); other breaks are spaces.
const unwrap = (lines: string[]) => lines.reduce((acc, line) => (/\p{L}-$/u.test(acc) && /^\p{Ll}/u.test(line) ? acc + line : `${acc} ${line}`));
