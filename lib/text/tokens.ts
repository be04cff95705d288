// Word tokens with offsets, for the rules engine's clause-level parsing. Deliberately simple and fast:
// initialisms ("U.S."), words with inner hyphens and apostrophes ("test-fired", "won't"), numbers
// ("1,000", "3:35"), and single punctuation marks. A possessive "'s" is its own token.
import { checkBudget } from "../budget.ts";

export interface Token {
  text: string;
  /** Lower-cased text with curly apostrophes folded to "'". */
  lower: string;
  start: number;
  end: number;
}

const ABBREVIATED = "Co|Inc|Corp|Ltd|Jr|Sr|St|Mt|Ft|Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|Rev|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc";
const WIRE_QUOTES = "``|''";
const TOKEN = new RegExp(
  String.raw`(?:\p{Lu}\.){2,}|(?:${ABBREVIATED})\.(?![\p{L}\p{N}])|\p{N}+(?:[.,:]\p{N}+)*(?:-[\p{L}\p{N}]+)*|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*|${WIRE_QUOTES}|\S`,
  "gu",
);
// The same for Latin-script text, without Unicode property classes: several times faster.
const L = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;
const TOKEN_LATIN = new RegExp(
  String.raw`(?:[A-Z\u00C0-\u00D6\u00D8-\u00DE]\.){2,}|(?:${ABBREVIATED})\.(?![${L}0-9])|[0-9]+(?:[.,:][0-9]+)*(?:-[${L}0-9]+)*|[${L}0-9]+(?:[-'’&][${L}0-9]+)*|${WIRE_QUOTES}|\S`,
  "g",
);
const NOT_LATIN = /[^\u0000-\u024F\u2000-\u206F\u20AC]/;

const CURLY = /[‘’‛′“”„″]/;
export const foldQuotes = (s: string): string => (CURLY.test(s) ? s.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"') : s);

/**
 * Tokens of `text.slice(from, to)`, with offsets into `text`. Stages tokenize per sentence, so this is
 * where the active work budget is checked for them.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  checkBudget("tokens");
  const out: Token[] = [];
  const slice = text.slice(from, to);
  const re = NOT_LATIN.test(slice) ? TOKEN : TOKEN_LATIN;
  // One test for the whole slice, not one per token: most sentences hold no curly quote to fold.
  const fold = CURLY.test(slice) ? foldQuotes : (s: string) => s;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const start = from + m.index;
    const word = m[0];
    // A possessive "'s" (or "’s") ends a word of more than three characters; "it's", "who's" are not.
    const possessive = word.length > 3 && word.charCodeAt(word.length - 1) === 115 /* s */ && (word[word.length - 2] === "'" || word[word.length - 2] === "’");
    if (possessive) {
      const base = word.slice(0, -2);
      if (!/^(?:it|that|what|there|here|who|let|he|she)$/i.test(base)) {
        out.push({ text: base, lower: fold(base.toLowerCase()), start, end: start + base.length });
        out.push({ text: word.slice(-2), lower: "'s", start: start + base.length, end: start + word.length });
        continue;
      }
    }
    // Wire copy quotes ``like this'': the pairs are the curly quotes, so every quotation rule reads them.
    if (word === "``" || word === "''") {
      out.push({ text: word === "``" ? "“" : "”", lower: '"', start, end: start + 2 });
      continue;
    }
    out.push({ text: word, lower: fold(word.toLowerCase()), start, end: start + word.length });
  }
  return out;
}

export const isWordToken = (t: Token): boolean => /^[\p{L}\p{N}]/u.test(t.text);
export const isCapitalized = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

// A letter or digit (a whole code point: two code units may hold a surrogate pair) ending or opening a string.
const LETTER_OR_DIGIT_LAST = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_FIRST = /^[\p{L}\p{N}]/u;
// An ASCII neighbour (most of them) is decided without the regex: a letter or digit there is [A-Za-z0-9].
const asciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  return c < 128 ? asciiAlnum(c) : LETTER_OR_DIGIT_LAST.test(text.slice(Math.max(0, at - 2), at));
}
function letterOrDigitAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  return c < 128 ? asciiAlnum(c) : LETTER_OR_DIGIT_FIRST.test(text.slice(at, at + 2));
}

/**
 * Offsets of `term` in `text` as a whole word (no letter or digit on either side), case-sensitive, at most `limit`.
 * indexOf and a boundary test, not a regex per term: each new `\p{…}` regex costs V8 a compile of its Unicode
 * tables, which was a tenth of a cold start's first summary.
 */
export function wholeWordOffsets(text: string, term: string, limit = Infinity): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(term); at >= 0 && out.length < limit; ) {
    const end = at + term.length;
    if (!letterOrDigitBefore(text, at) && !letterOrDigitAt(text, end)) {
      out.push(at);
      at = text.indexOf(term, end);
    } else at = text.indexOf(term, at + 1);
  }
  return out;
}
