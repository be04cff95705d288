// Maps text that the cleaner kept back onto the text it was cleaned from. Cleaning plain text drops
// lines (mastheads, teasers, copyright lines), re-spaces what it keeps, folds quotes and dashes and
// splits glued sentences ("Geneva.White"): a kept passage's words still stand in the source, in order,
// with or without white space between them.
import { escapeRegExp } from "./regexp.ts";

export interface Span {
  start: number;
  end: number;
}

const FOLDED: [RegExp, string][] = [
  [/[-\u2010-\u2015]/g, "[-\\u2010-\\u2015]"],
  [/['\u2018\u2019]/g, "['\\u2018\\u2019]"],
  [/["\u201c\u201d]/g, "[\"\\u201c\\u201d]"],
];

/** A pattern for `passage` that tolerates re-spacing and the cleaner's quote and dash folding. */
function patternOf(passage: string): RegExp {
  const trimmed = passage.trim();
  const words = trimmed.split(/\s+/).map((word) => FOLDED.reduce((w, [re, cls]) => w.replace(re, cls), escapeRegExp(word)));
  // A passage that starts or ends on a letter or digit stands on a word boundary there ("now" is not in "known").
  const head = /^[\p{L}\p{N}]/u.test(trimmed) ? "(?<![\\p{L}\\p{N}])" : "";
  const tail = /[\p{L}\p{N}]$/u.test(trimmed) ? "(?![\\p{L}\\p{N}])" : "";
  // Braces between words are a spinner's or an editor's insertion marks, which the cleaner drops
  // ("would {not} say" → "would not say").
  return new RegExp(head + words.join("[\\s{}]*") + tail, "gu");
}

/** Where `passage` next stands in `source` at or after `from`, or null. */
function locate(passage: string, source: string, from: number): Span | null {
  if (!passage.trim()) return null;
  const re = patternOf(passage);
  re.lastIndex = from;
  const m = re.exec(source);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * Where each span of `cleaned` stands in `source`, in order; null for a span whose words are not there.
 * Spans are taken to be in reading order and not to overlap: the search resumes where the last one
 * ended, so a repeated passage finds its next occurrence, and the whole costs one pass over `source`.
 */
export function projectSpans(cleaned: string, source: string, spans: readonly Span[]): (Span | null)[] {
  let cursor = 0;
  return spans.map((span) => {
    const found = locate(cleaned.slice(span.start, span.end), source, cursor);
    if (found) cursor = found.end;
    return found;
  });
}

// A kept line whose words are not all in the source (the cleaner dropped a spinner's alternatives,
// or rewrote a piece of it) still keeps the source's other stretches: it is found sentence by sentence.
const SENTENCE = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;

/** The stretches of `source` that the cleaner kept in `cleaned`, one per kept line or paragraph. */
export function keptRanges(cleaned: string, source: string): Span[] {
  const out: Span[] = [];
  let cursor = 0;
  const keep = (found: Span | null) => {
    if (!found) return false;
    out.push(found);
    cursor = found.end;
    return true;
  };
  for (const line of cleaned.match(/[^\n]+/g) ?? []) {
    if (keep(locate(line, source, cursor))) continue;
    for (const sentence of line.match(SENTENCE) ?? []) keep(locate(sentence, source, cursor));
  }
  return out;
}
