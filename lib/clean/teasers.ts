// Teaser links spliced into running text by scrapers and syndication ("ALSO READ: <headline>",
// "SEE: <headline> | In Pics"). The marker is easy; the hard part is where the headline ends, because
// the scraper usually glued it to the next sentence: "…close to UkraineRussia has made clear…".
import type { RemovedPiece } from "../article.ts";

// All-caps markers are unambiguous; title-case ones only count at the start of a line or sentence.
const MARKER =
  /(^|[.!?…"”’)\]]\s*)((?:ALSO READ|READ ALSO|SEE ALSO|ALSO SEE|ALSO WATCH|MUST READ|DON'T MISS|READ MORE|READ NEXT|RELATED|READ|SEE|WATCH|LISTEN|PHOTOS|VIDEO|MORE|Also Read|Also read|Read Also|Read also|Read More|Read more|Read Next|Read next|See Also|See also|Related|Must Read|Must read|À lire aussi|A lire aussi|Lire aussi|Lee también|Leer también|Lesen Sie auch|Leggi anche|LEGGI ANCHE|Читайте также|ЧИТАЙТЕ ТАКЖЕ|اقرأ أيضا|اقرأ أيضاً|延伸阅读|相关阅读)\s*[:：|]\s*)/gu;

// A headline is short; past this, a teaser with no visible end is left alone rather than eat a paragraph.
const MAX_HEADLINE = 220;
const MIN_HEADLINE = 10;

// Words that open sentences in news copy, for joins where the next word has no other evidence.
const SENTENCE_STARTERS = new Set(
  "The A An In On At As But And Or So He She It They We I You This That These Those There Here His Her Its Their Our Last Earlier Later Meanwhile However According After Before When While Despite For If Since Although Though Officials Many Some Most Several Both Each Other Another Under Over With Without From By During Now Then Still Yet Also Even Such What Who Why How Where Which One Two Three Asked Speaking Police Authorities Experts Critics Analysts Mr Mrs Ms Dr President Prime Minister Secretary".split(
    " ",
  ),
);

export type KnownWord = (word: string) => boolean;

/**
 * Capitalised words that appear on their own somewhere in the text: evidence that a glued
 * "UkraineRussia" hides the word "Russia" rather than a brand like "YouTube".
 */
export function knownWordsOf(text: string): KnownWord {
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?!\p{L})/gu)) words.add(m[0]);
  return (word) => words.has(word) || SENTENCE_STARTERS.has(word);
}

/**
 * Where the teaser headline starting at `from` ends: the first join with the next sentence, preferring
 * one where the next word is known from elsewhere in the text; else the end of the paragraph (a
 * teaser at the end of a paragraph); else nothing (-1), and the teaser is left alone.
 */
function headlineEnd(text: string, from: number, known: KnownWord): number {
  const limit = Math.min(text.length, from + MAX_HEADLINE);
  let fallback = -1;
  for (let i = from + MIN_HEADLINE; i < limit; i++) {
    const join = joinAt(text, from, i);
    if (join && (join.certain || known(join.word))) return i;
    if (join && fallback < 0) fallback = i;
  }
  if (fallback >= 0) return fallback;
  return limit === text.length ? text.length : -1;
}

/**
 * Whether a sentence could start at `i`, glued to what precedes it: certainly after a closing quote
 * or sentence punctuation; possibly at a capitalised word after a letter ("UkraineRussia",
 * "USSRRussia"). Camel case inside a name is not a join: a fragment of one or two letters before
 * the capital ("McDonald", "iPhone", "DeSantis") or a short capitalised one ("YouTube", "MacArthur").
 */
function joinAt(text: string, from: number, i: number): { certain: boolean; word: string } | null {
  if (!/\p{Lu}/u.test(text[i]!)) return null;
  const prev = text[i - 1]!;
  if (/[’”"')\].!?]/.test(prev) && !/\s/.test(text[i - 2] ?? " ")) return { certain: true, word: "" };
  if (!/[\p{L}\p{N}]/u.test(prev) || !/\p{Ll}/u.test(text[i + 1] ?? "")) return null;
  const fragment = /[\p{L}\p{N}]+$/u.exec(text.slice(Math.max(from, i - 40), i))?.[0] ?? "";
  if (fragment.length < 3 || /^\p{Lu}\p{Ll}{0,2}$/u.test(fragment)) return null;
  const word = /^\p{Lu}\p{Ll}+/u.exec(text.slice(i, i + 40))?.[0];
  return word ? { certain: false, word } : null;
}

/** Remove teaser markers and their headlines from one paragraph; the text around them is rejoined. */
export function removeTeasers(paragraph: string, known: KnownWord, removed: RemovedPiece[]): string {
  if (!/[:：|]/.test(paragraph)) return paragraph;
  let out = "";
  let last = 0;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(paragraph); m; m = MARKER.exec(paragraph)) {
    const markerStart = m.index + m[1]!.length;
    const headlineStart = markerStart + m[2]!.length;
    const end = headlineEnd(paragraph, headlineStart, known);
    if (end < 0) continue;
    removed.push({ kind: "teaser", text: paragraph.slice(markerStart, end).trim() });
    const before = paragraph.slice(last, markerStart).trimEnd();
    out += before && out ? " " + before : before;
    last = end;
    MARKER.lastIndex = end;
  }
  if (last === 0) return paragraph;
  const rest = paragraph.slice(last).trimStart();
  return out && rest ? `${out} ${rest}` : out + rest;
}
