// Maps spans of a cleaned text back onto the text it was cleaned from. Cleaning plain text only drops
// lines (mastheads, teasers) and re-spaces what it keeps, so a span's words stand in the source in the
// same order; they are found there left to right, with any run of white space matching any other.
export interface Span {
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const DASHES = /[-\u2010-\u2015]/g;
const QUOTES = /['\u2018\u2019]/g;

/** A pattern for `fragment` that tolerates re-spacing and the cleaner's quote and dash folding. */
function patternOf(fragment: string): RegExp {
  const body = fragment
    .trim()
    .split(/\s+/)
    .map((word) => escape(word).replace(DASHES, "[-\\u2010-\\u2015]").replace(QUOTES, "['\\u2018\\u2019]"))
    .join("\\s+");
  // A span that starts or ends on a letter or digit stands on a word boundary there ("now" is not in "known").
  const head = /^[\p{L}\p{N}]/u.test(fragment.trim()) ? "(?<![\\p{L}\\p{N}])" : "";
  const tail = /[\p{L}\p{N}]$/u.test(fragment.trim()) ? "(?![\\p{L}\\p{N}])" : "";
  return new RegExp(head + body + tail, "gu");
}

/**
 * Where each span of `cleaned` stands in `source`, in order; null for a span whose words are not there.
 * Linear in the two texts for spans in reading order: the search resumes where the last span ended.
 */
export function projectSpans(cleaned: string, source: string, spans: readonly Span[]): (Span | null)[] {
  let cursor = 0;
  return spans.map((span) => {
    const fragment = cleaned.slice(span.start, span.end);
    if (!fragment.trim()) return null;
    const re = patternOf(fragment);
    re.lastIndex = cursor;
    const m = re.exec(source);
    if (!m) return null;
    // Past this match's start: the next span (a second "Friday") is further on, yet may overlap this one.
    cursor = m.index + 1;
    return { start: m.index, end: m.index + m[0].length };
  });
}
