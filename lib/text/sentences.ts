// Sentence and paragraph boundaries over cleaned text, with offsets into it.
import { checkBudget } from "../budget.ts";

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "st", "sr", "jr",
    "rev", "hon", "rt", "pres", "supt", "insp", "maj", "cpl", "pvt", "vs", "etc", "inc", "ltd", "co", "corp", "cie", "no", "nos", "vol",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
    "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
    "va", "vt", "wash", "wis", "wyo", "approx", "dept", "est", "fig", "mt", "ft", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
    "d.c", "e.g", "i.e", "ph.d",
  ],
);

// A company's legal suffix ("Corp.", "Cie.") ends a sentence only when the sentence can end there: it
// opens a name after a lower-case word ("a bid by Cie. Financiere de Paribas"), and a few words carry the
// name on after it ("Service Corp. International said"); "… Acme Corp. The company said" still splits.
// "Reiss & Co. B.V. of the Netherlands": a second legal suffix carries the name on too.
/** A company's legal suffix ("Co.", "Cie.", "N.V."): the one list, for this splitter and the actor reader. */
export const LEGAL_SUFFIX = String.raw`(?:Inc|Corp|Co|Cos|Cie|PLC|plc|Ltd|LLC|AG|SA|NV|GmbH)\.?|(?:S\.A|N\.V|B\.V|A\.G|S\.p\.A)\.`;
const LEGAL_SUFFIX_WORD = new RegExp(`^(?:${LEGAL_SUFFIX})$`, "i");
const NAME_GOES_ON = new RegExp(String.raw`^(?:International|Financi[eè]re|G[eé]n[eé]rale|Group|Holdings?|Industries|${LEGAL_SUFFIX})(?![\p{L}])`, "u");
const opensName = (text: string, at: number) => /(?:^|[\s(])(?!(?:amp|and|et)\s)\p{Ll}+\s+$/u.test(text.slice(Math.max(0, at - 20), at));

// Wire copy opens a quotation with two backticks: '… she said. ``And we must …' starts a sentence too.
const isUpperStart = (s: string) => /^(?:``|["“‘'(\[])?[\p{Lu}\p{N}]/u.test(s);

/**
 * The longest sentence handed on, in characters (punctuation and symbols count like letters). Longer
 * spans — a list run together, a page without full stops, a hostile input — are cut at a safe point (a
 * clause boundary, else a space): every stage that works per sentence then does bounded work per sentence.
 * News sentences run to ~300 characters; the longest real ones stay well under this.
 */
export const MAX_SENTENCE_CHARS = 1000;

const TERMINAL = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]"]);
const GLUE_QUOTES = new Set(['"', "”", "’"]);
const SPACE = /\s/;
// Read at every character around a boundary: ASCII by its code (\s there is tab to carriage return, and space).
const isSpace = (c: string | undefined) => {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  return k < 128 ? k === 32 || (k >= 9 && k <= 13) : SPACE.test(c);
};
const isLower = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c);
const isUpper = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && /\p{N}/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
/** Where a scan for the next boundary can start: the only characters any boundary begins with. */
const CANDIDATE = /[.!?…\n_]/g;
const BLANK_LINE = /\n[^\S\n]*\n/;

/**
 * A sentence glued to the next without a space ("in Geneva.White House", "home.”As Biden"): true when
 * a boundary falls at `q`, just after a single stop (and an optional closing quote).
 */
function gluedAt(text: string, q: number): boolean {
  // What follows: an optional opening quote, then a capitalised word.
  const a = text[q] === '"' || text[q] === "“" ? q + 1 : q;
  if (!isUpper(text[a]) || !isLetter(text[a + 1])) return false;
  const stop = (i: number) => text[i] === "." || text[i] === "!" || text[i] === "?";
  // "…xy." / "…xy.”"
  if (stop(q - 1) && isLower(text[q - 2]) && isLower(text[q - 3])) return true;
  if (GLUE_QUOTES.has(text[q - 1]!) && stop(q - 2)) {
    const b = text[q - 3];
    if (isLower(b) || isDigit(b)) return true; // "…x.”" / "…9.”"
  }
  // "…NATO." / "…19."
  return stop(q - 1) && ((isUpper(text[q - 2]) && isUpper(text[q - 3])) || (isDigit(text[q - 2]) && isDigit(text[q - 3])));
}

/**
 * Split text into sentences; paragraph breaks always end a sentence. Offsets index into `text`.
 * One pass, linear in the text: a run of stops ("!!!!", "......") is looked at once, never per character.
 */
export function splitSentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  const emit = (s: number, e: number) => {
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  const push = (end: number) => {
    let s = start;
    while (end - s > MAX_SENTENCE_CHARS) {
      const cut = safeCut(text, s, s + MAX_SENTENCE_CHARS);
      emit(s, cut);
      s = cut;
    }
    emit(s, end);
    start = end;
  };
  // Boundaries: terminal punctuation (plus closing quotes/brackets) followed by whitespace, a blank
  // line, a run of underscores, and — defensively, the cleaner normally separates these — sentences
  // glued without a space ("in Geneva.White House officials", "our home.”As Biden").
  let checks = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    if ((++checks & 63) === 0) checkBudget("sentences");
    const i = m.index;
    const c = text[i]!;
    if (c === "\n") {
      // A blank line: "\n", whitespace, "\n" (up to the last line break of the whitespace run).
      let e = i + 1;
      let lastBreak = -1;
      while (e < text.length && isSpace(text[e])) {
        if (text[e] === "\n") lastBreak = e;
        e++;
      }
      if (lastBreak >= 0) {
        push(i);
        start = lastBreak + 1;
        CANDIDATE.lastIndex = lastBreak + 1;
      }
      continue;
    }
    if (c === "_") {
      let e = i;
      while (text[e] === "_") e++;
      if (e - i >= 3) {
        push(i);
        start = e;
      }
      CANDIDATE.lastIndex = e;
      continue;
    }
    // Terminal punctuation: the whole run, its closing quotes and brackets, then the whitespace after.
    let j = i;
    while (j < text.length && TERMINAL.has(text[j]!)) j++;
    let k = j;
    while (k < text.length && CLOSERS.has(text[k]!)) k++;
    let w = k;
    while (w < text.length && isSpace(text[w])) w++;
    CANDIDATE.lastIndex = Math.max(k, w);
    if (w === k) {
      // No space after: only a single stop can end a sentence glued to the next.
      if (j - i !== 1 || c === "…") continue;
      for (const q of [i + 1, i + 2]) {
        if (q === i + 2 && !GLUE_QUOTES.has(text[i + 1]!)) break;
        if (!gluedAt(text, q)) continue;
        const word = /([\p{L}\p{N}]+)[.!?]["”’]?$/u.exec(text.slice(Math.max(0, q - 12), q))?.[1]?.toLowerCase() ?? "";
        if (!ABBREVIATIONS.has(word)) push(q);
        break;
      }
      continue;
    }
    const gap = text.slice(k, w);
    // A blank line ends the paragraph, and so the sentence, whatever the word before the stop ("Amherst, N.Y.").
    if (BLANK_LINE.test(gap)) {
      push(w);
      continue;
    }
    const after = text.slice(w, w + 3);
    if (c === "." && k - i === 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? "";
      const bare = word.replace(/^\.+/, "");
      // "U.S. officials", "Jan. 10", "Dr. Smith": not a boundary unless a new sentence clearly starts.
      if (ABBREVIATIONS.has(bare) && !(bare === "u.s" && isUpperStart(after) && /\n/.test(gap))) {
        if (LEGAL_SUFFIX_WORD.test(`${bare}.`) && (opensName(text, i - bare.length) || NAME_GOES_ON.test(text.slice(w, w + 14)))) continue;
        if (!isUpperStart(after) || /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|gen|gov|sen|rep|rev|hon|rt|prof|capt|col|lt|sgt|maj|cpl|pvt|adm|cmdr|supt|insp)$/.test(bare)) continue;
        // "at 3 p.m. The call …" ends a sentence; "3 p.m. EST" and "3 p.m. Eastern time" do not.
        const timeEnd = (bare === "a.m" || bare === "p.m") && /^\p{Lu}\p{Ll}/u.test(after) &&
          !/^(?:Eastern|Pacific|Central|Mountain|Moscow|Greenwich|Local|Atlantic|British|Kyiv|Beijing|Tokyo|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Today|Tomorrow|Yesterday)\b/.test(text.slice(w, w + 12));
        // "U.S. Secretary": an initialism mid-sentence is more common than a sentence ending in one.
        if (bare.includes(".") && !timeEnd) continue;
      }
      // Single initials: "George W. Bush".
      if (/^\p{Lu}$/u.test(text.slice(i - 1, i)) && !/\p{L}/u.test(text.slice(i - 2, i - 1) || " ")) continue;
    }
    if (!isUpperStart(after) && !/\n/.test(gap)) continue;
    // A blank line inside the gap is also a paragraph break: it is the boundary either way.
    push(w);
  }
  push(text.length);
  return out;
}

/**
 * Where to cut a span that is too long, at most at `limit`: after a clause mark (`;`, `,`, `:`, a dash)
 * followed by a space in the second half, else at a space, else at `limit` (not inside a surrogate pair).
 */
function safeCut(text: string, from: number, limit: number): number {
  const floor = from + ((limit - from) >> 1);
  for (let i = limit - 1; i > floor; i--) if (isSpace(text[i]) && /[;,:—–]/.test(text[i - 1]!)) return i;
  for (let i = limit - 1; i > floor; i--) if (isSpace(text[i])) return i;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** Paragraphs (separated by blank lines) with offsets. */
export function splitParagraphs(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const start = m.index + m[0].indexOf(trimmed);
    out.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return out;
}

/** The sentence that contains offset `at` (else the last one starting before it). Binary search: sentences are in order. */
export function sentenceAt(sentences: TextSpan[], at: number): TextSpan | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  let found: TextSpan | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (s.start <= at) {
      found = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
