// Temporal tagger (TIMEX3) for the embedded engine: recognition (patterns.ts), overlap resolution
// (longest match wins), tense-aware anchoring on the reference date (resolve.ts, tense.ts), and the
// DateDraft view for the engine.
import type { DateDraft } from "../engines/engine.ts";
import { type TextSpan, splitSentences } from "../text/sentences.ts";
import { type YMD, addDays, fmtDay, parseReference, toDays } from "./calendar.ts";
import { type Cand, type TimexType, candidates } from "./patterns.ts";
import { MONTH_RE, PARTS_OF_DAY, UNIT_RE, WEEKDAY_RE } from "./lexicon.ts";
import { type Ctx, dayOf } from "./resolve.ts";
import { type Tense, isFiniteVerb, pastVerbBefore, sentenceTense, tenseAt } from "./tense.ts";

export interface TimexMatch {
  start: number;
  end: number;
  text: string;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  value: string;
}

export interface TagOptions {
  /** YYYY-MM-DD or an ISO date-time; null/absent: values that need an anchor get X placeholders. */
  reference?: string | null;
  /** splitSentences(text), when the caller has it already (the rules engine). */
  sentences?: TextSpan[];
}

interface Resolved extends Cand {
  value: string;
  /** For clock times: the narrative day at that point, used when no date is adjacent. */
  anchorDay?: string | null;
  /** The narrative's last day at or before the reference (for a clock time told in the past tense). */
  pastDay?: string | null;
}

/** Non-overlapping selection: longest first, then rule order, then leftmost. */
function select(cands: Cand[], length: number): Cand[] {
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank! - b.rank! || a.start - b.start);
  const taken = new Uint8Array(length + 1);
  const out: Cand[] = [];
  outer: for (const c of cands) {
    for (let i = c.start; i < c.end; i++) if (taken[i]) continue outer;
    for (let i = c.start; i < c.end; i++) taken[i] = 1;
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}

function sentenceIndex(sentences: TextSpan[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= at) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Expressions that move the narrative anchor ("Dec. 12 … the next day"). */
const ANCHOR_KINDS = new Set(["iso", "slash", "mdy", "dmy", "month-year", "month", "year", "weekday", "anchored-weekday", "holiday", "ago", "rel-unit", "season", "quarter", "half", "rel-day"]);

const HOST_GAP = /^[\s,]*(?:(?:at|on|by|around|about|from|until|till|before|after|of)\s+)?(?:the\s+)?$/i;
const MERGE_GAP = /^,?[ \t\u00a0]*$/;

// The engine asks for the same text's analysis several times (reference choice, extraction, grounding):
// remember the last few so each article is tagged once per reference.
interface Analysis {
  text: string;
  reference: string | null;
  sentences: TextSpan[];
  tagged: Array<Resolved & { sentence: number }>;
  /** The public view of `tagged`, made on first request. */
  matches?: TimexMatch[];
}
const recent: Analysis[] = [];
function analyse(text: string, reference: string | null | undefined, split?: TextSpan[]): Analysis {
  const ref = reference ?? null;
  const hit = recent.find((r) => r.text === text && r.reference === ref);
  if (hit) return hit;
  const sentences = split ?? splitSentences(text);
  const entry: Analysis = { text, reference: ref, sentences, tagged: run(text, ref, sentences) };
  recent.unshift(entry);
  recent.length = Math.min(recent.length, 4);
  return entry;
}

function run(text: string, reference: string | null | undefined, sentences: TextSpan[]): Array<Resolved & { sentence: number }> {
  const ref = parseReference(reference ?? null);
  const chosen = select(candidates(text), text.length) as Array<Resolved & { sentence: number }>;
  let anchor: YMD | null = ref;
  let anchorGran: "day" | "month" | "year" = "day";
  let anchorFrom: number | null = null;
  let pastDay: string | null = null;
  let lastQuarter: string | null = null;
  let latestQuarter: string | null = null;
  const tenseCache = new Map<number, Tense>();
  for (const c of chosen) {
    c.sentence = sentenceIndex(sentences, c.start);
    if (c.clock !== undefined) {
      c.anchorDay = anchorGran === "day" && anchor ? fmtDay(anchor) : null;
      c.pastDay = pastDay;
      continue;
    }
    const s = sentences[c.sentence];
    const ctx: Ctx = {
      ref,
      anchor,
      anchorFrom,
      anchorGran,
      lastQuarter,
      latestQuarter,
      tense: () => {
        let t = tenseCache.get(c.start);
        if (t === undefined) {
          t = s && c.start >= s.start ? tenseAt(s, s.text, c.start - s.start, c.end - s.start) : "neutral";
          if (t === "neutral") t = narrative(sentences, c.sentence);
          tenseCache.set(c.start, t);
        }
        return t;
      },
      strongTense: () => {
        const t = s && c.start >= s.start ? tenseAt(s, s.text, c.start - s.start, c.end - s.start, true) : "neutral";
        return t === "neutral" ? narrative(sentences, c.sentence) : t;
      },
      clauseTense: () => (s && c.start >= s.start ? tenseAt(s, s.text, c.start - s.start, c.end - s.start, true) : "neutral"),
    };
    c.value = c.resolve(ctx);
    // "the quarter" refers back to the story's quarter: the first one named explicitly, unless that
    // was history and a recent one follows.
    if (/^\d{4}-Q\d$/.test(c.value) && (c.kind === "quarter" || c.kind === "q-notation")) latestQuarter = c.value;
    if (/^\d{4}-Q\d$/.test(c.value) && (c.kind === "quarter" || c.kind === "q-notation") && (lastQuarter === null || (!recentQuarter(lastQuarter, ref) && recentQuarter(c.value, ref)))) {
      lastQuarter = c.value;
    }
    if (ANCHOR_KINDS.has(c.kind)) {
      const d = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|-(?:SP|SU|FA|WI|Q\d|H\d))?/.exec(c.value);
      if (d) {
        anchor = { y: Number(d[1]), m: d[2] ? Number(d[2]) : 1, d: d[3] ? Number(d[3]) : 1 };
        anchorGran = d[3] ? "day" : d[2] ? "month" : "year";
        anchorFrom = c.start;
        if (anchorGran === "day" && (!ref || toDays(anchor) <= toDays(ref))) pastDay = fmtDay(anchor);
      }
    }
  }
  // Clock times take their day from an adjacent date ("3 p.m. Thursday", "Dec. 7 at 10 a.m.").
  const refDay = ref ? fmtDay(ref) : "XXXX-XX-XX";
  const drop = new Set<number>();
  // An empty value: the expression names nothing here ("that day" with no day in the story).
  for (let i = 0; i < chosen.length; i++) if (chosen[i]!.clock === undefined && chosen[i]!.value === "") drop.add(i);
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i]!;
    if (c.clock === undefined) {
      if (c.relMinutes !== undefined) c.value = afterClock(chosen, i, c.relMinutes) ?? c.value;
      continue;
    }
    let host: number | null = null;
    const prev = chosen[i - 1];
    const next = chosen[i + 1];
    for (const [j, h] of [[i + 1, next], [i - 1, prev]] as const) {
      if (!h || h.clock !== undefined || h.sentence !== c.sentence) continue;
      const day = dayOf(h.value ?? "");
      if (!day) continue;
      const gap = j > i ? text.slice(c.end, h.start) : text.slice(h.end, c.start);
      if (gap.length <= 12 && HOST_GAP.test(gap)) {
        host = j;
        break;
      }
    }
    // Not adjacent: the nearest day named in the same sentence, then the running narrative's day.
    let sameSentence: string | null = null;
    if (host === null) {
      let bestGap = 200;
      for (const j of [i - 1, i + 1, i - 2, i + 2]) {
        const h = chosen[j];
        if (!h || h.clock !== undefined || h.sentence !== c.sentence || h.type !== "DATE") continue;
        const day = dayOf(h.value ?? "");
        const gap = j > i ? h.start - c.end : c.start - h.end;
        if (day && !day.startsWith("XXXX") && gap < bestGap) {
          bestGap = gap;
          sameSentence = day;
        }
      }
    }
    let narrativeDay = c.anchorDay ?? null;
    // "He was shot to death last Oct. 23 … Slepian was shot to death at 10 p.m.": a clock time with no day near
    // it takes the day of the same event told earlier with its day.
    if (host === null && sameSentence === null) narrativeDay = sameEventDay(text, sentences, chosen, i, refDay) ?? narrativeDay;
    if (host === null && sameSentence === null && narrativeDay !== null && narrativeDay > refDay) {
      // "Talks are set for Jan. 10. The call began at 3:35 p.m.": a past-tense clock time belongs to
      // the story's last day gone by, not to an appointment ahead.
      const s = sentences[c.sentence];
      const t = s ? tenseAt(s, s.text, c.start - s.start, c.end - s.start) : "neutral";
      if (t === "past" || (t === "neutral" && narrative(sentences, c.sentence) === "past")) narrativeDay = c.pastDay ?? refDay;
    }
    let day = host !== null ? dayOf(chosen[host]!.value)! : (sameSentence ?? narrativeDay ?? refDay);
    if (host === null) day = nextDayAfterEvening(chosen, i, day, c.clock);
    c.value = `${day}${c.clock}`;
    if (host !== null) {
      const h = chosen[host]!;
      const gap = host > i ? text.slice(c.end, h.start) : text.slice(h.end, c.start);
      if (MERGE_GAP.test(gap) && h.type === "DATE") {
        c.start = Math.min(c.start, h.start);
        c.end = Math.max(c.end, h.end);
        drop.add(host);
      }
    }
  }
  return drop.size ? chosen.filter((_, i) => !drop.has(i)) : chosen;
}

/** How far (characters) a verb may stand from the day it is told with. */
const EVENT_REACH = 80;
const EVENT_LOOKBACK = 40;
/**
 * The day of the event a clock time belongs to, when its past-tense verb was told earlier in the text, close to
 * a day gone by (at or before the reference): null when there is none.
 */
function sameEventDay(text: string, sentences: TextSpan[], chosen: Array<Resolved & { sentence: number }>, i: number, refDay: string): string | null {
  const c = chosen[i]!;
  const s = sentences[c.sentence];
  if (!s || c.start < s.start) return null;
  const verb = pastVerbBefore(s, s.text, c.start - s.start);
  if (!verb) return null;
  const word = new RegExp(`\\b${verb}\\b`, "gi");
  // A bounded look back: the event is told in the story's lead, a few dozen expressions before at most.
  for (let j = i - 1; j >= 0 && j >= i - EVENT_LOOKBACK; j--) {
    const h = chosen[j]!;
    if (h.sentence === c.sentence || h.clock !== undefined || h.type !== "DATE" || !/^\d{4}-\d{2}-\d{2}$/.test(h.value) || h.value > refDay) continue;
    const hs = sentences[h.sentence];
    if (!hs) continue;
    const near = text.slice(Math.max(hs.start, h.start - EVENT_REACH), Math.min(hs.end, h.end + EVENT_REACH));
    word.lastIndex = 0;
    if (word.test(near)) return h.value;
  }
  return null;
}

/**
 * "began at 10 p.m. on Tuesday and ended at 4 a.m.": small hours told after an evening hour of the same day,
 * with no day of their own, are in the night that follows, on the next day.
 */
function nextDayAfterEvening(chosen: Array<Resolved & { sentence: number }>, i: number, day: string, clock: string): string {
  const hour = /^T(\d{2}):/.exec(clock);
  if (!hour || Number(hour[1]) >= 6 || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const c = chosen[i]!;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const h = chosen[j]!;
    if (h.sentence < c.sentence - 1) break;
    if (h.clock === undefined) continue;
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):/.exec(h.value ?? "");
    if (!m || m[1] !== day) return day;
    if (Number(m[2]) < 18 || Number(m[2]) === 24) return day;
    const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
    return fmtDay(addDays({ y, m: mo, d }, 1));
  }
  return day;
}

/**
 * "began at 3:35 p.m. and ended 50 minutes later": the clock time just before, in the same sentence
 * or the one before, moved by the minutes given (its day, not the narrative's last date).
 */
function afterClock(chosen: Array<Resolved & { sentence: number }>, i: number, minutes: number): string | null {
  const c = chosen[i]!;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const h = chosen[j]!;
    if (h.sentence < c.sentence - 1) break;
    if (h.clock === undefined) continue;
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(h.value ?? "");
    if (!m) return null;
    const total = Number(m[4]) * 60 + Number(m[5]) + minutes;
    const days = Math.floor(total / 1440);
    const t = total - days * 1440;
    const day = addDays({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }, days);
    return `${fmtDay(day)}T${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
  }
  return null;
}

/** The narrative direction at sentence i: its own tense, else the previous sentence's. */
function narrative(sentences: TextSpan[], i: number): Tense {
  for (let k = i; k >= Math.max(0, i - 1); k--) {
    const s = sentences[k];
    if (!s) continue;
    const t = sentenceTense(s, s.text);
    if (t !== "neutral") return t;
  }
  return "neutral";
}

/** Tag every temporal expression in `text`: sorted by start, non-overlapping. */
export function tagDates(text: string, options: TagOptions = {}): TimexMatch[] {
  return tagsOf(text, options.reference).map((m) => ({ ...m }));
}

/** The same tags, shared and read-only: repeated look-ups in one text cost no copy. */
export function tagsOf(text: string, reference?: string | null): readonly Readonly<TimexMatch>[] {
  if (!text) return [];
  const entry = analyse(text, reference);
  entry.matches ??= entry.tagged.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type as TimexType,
    value: c.value,
  }));
  return entry.matches;
}

/** A quarter within a year before the reference: the story's own, not history ("the third quarter of 1984"). */
function recentQuarter(value: string, ref: YMD | null): boolean {
  if (!ref) return false;
  const m = /^(\d{4})-Q(\d)$/.exec(value)!;
  const q = Number(m[1]) * 4 + Number(m[2]) - 1;
  const r = ref.y * 4 + Math.floor((ref.m - 1) / 3);
  return q <= r && r - q <= 4;
}

// ---------------------------------------------------------------------------------------------
// DateDrafts for the engine

const LEAD_CONJ = /^(?:and|or|but|nor|then|and then)\s+/i;
const TRAIL_PREP = /(?:\s+|^)(?:on|in|at|by|since|until|till|from|during|for|of|as of|before|after|around|about|through|over|within|as soon as|as early as|the|a|an|and|or|but|that|which|this|starting|beginning|ending|until|due|set|just|only|nearly|almost|roughly|shortly|barely|close to)$/i;
// Clause breaks; a colon or comma between digits ("3:35", "2,000") is part of a number.
const CLAUSE_BREAK = /,(?!\d{3})|(?<!\d):|:(?!\d)|[;\u2014\u2013()"“”]|\s-\s/g;
/** s.split(/\s+/).filter(Boolean), in one pass without the regex (isSpace is \s). */
function words(s: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || isSpace(s.charCodeAt(i))) {
      if (from >= 0) out.push(s.slice(from, i));
      from = -1;
    } else if (from < 0) from = i;
  }
  return out;
}
/** words(s).length >= n, reading only as far as the n-th word (the tests ask for a few words of a long clause). */
function hasWords(s: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord && ++count >= n) return true;
    inWord = !space;
  }
  return count >= n;
}
/** The last two whitespace-separated words of `s` ("" where there is none). */
function lastTwoWords(s: string): [string, string] {
  const out: string[] = [];
  let end = s.length;
  for (let i = s.length - 1; i >= -1 && out.length < 2; i--) {
    if (i < 0 || isSpace(s.charCodeAt(i))) {
      if (end > i + 1) out.push(s.slice(i + 1, end));
      end = i;
    }
  }
  return [out[0] ?? "", out[1] ?? ""];
}
/** The characters of a regular expression's \s. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** TRAIL_PREP's longest word group ("as early as") and the space before it: the end of a text is enough to test. */
const TRAIL_PREP_REACH = 12;
/** Characters of context kept on each side of an expression: `about` is at most ABOUT_WORDS words. */
const ABOUT_REACH = 400;
/**
 * Longest `about`: a timeline line. Fifteen words hold a subject with its titles and the verb
 * ("Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed an economic cooperation plan").
 */
const ABOUT_WORDS = 15;
/** Words past ABOUT_WORDS from the clause's start at which an expression takes a window of its own. */
const FAR_PAST_START = 5;
/** Longest evidence quoted whole; a longer sentence is quoted around the expression. */
const EVIDENCE_MAX = 600;

const SPEECH_VERB = new Set(["said", "says", "added", "noted", "reported"]);
const SPEAKER_WORD = /^(?:he|she|they)$/;
const SPEAKER_NOUN = /^(?:officials?|analysts?)$/;
const SPEAKER_DETERMINER = /^(?:a|an|the|one|two|three|several|some|other)$/i;
const CAPITALISED = /^[A-Z][\w.'’-]*$/;
/**
 * Drops a trailing attribution ("…, the mayor's office said", "according to police"). Token by token,
 * in one pass: a regular expression here backtracks on long runs of capitalised words.
 */
function dropAttribution(text: string): string {
  const according = /\baccording to /.exec(text);
  if (according) return text.slice(0, according.index).trimEnd();
  // ", union officials said": a short attribution set off by a comma goes whole.
  const tail = /,\s*(?:[\w’'-]+\s+){1,3}(?:said|says|added|noted|reported)\s*$/.exec(text);
  if (tail) return text.slice(0, tail.index).trimEnd();
  // Neither a speech verb last nor "told" before the last word: nothing to drop, and no need to split the text.
  const [last, before] = lastTwoWords(text);
  if (!SPEECH_VERB.has(last) && before !== "told") return text;
  const w = text.split(/(\s+)/); // words at even indices, the spaces between them at odd ones
  let n = w.length - 1;
  if (n >= 0 && w[n] === "") n -= 2; // trailing whitespace
  if (n < 2) return text;
  let verb = -1;
  if (SPEECH_VERB.has(w[n]!)) verb = n;
  else if (n >= 2 && w[n - 2] === "told" && /^\w+$/.test(w[n]!)) verb = n - 2;
  if (verb < 2) return text;
  let from = verb - 2;
  if (SPEAKER_NOUN.test(w[from]!)) {
    // "officials" with what describes them: "a law enforcement official", "U.S. officials", "union officials".
    let k = from;
    while (k - 2 >= 0 && from - k < 6 && /^[a-z][\w-]*$/.test(w[k - 2]!) && !SPEAKER_DETERMINER.test(w[k - 2]!)) k -= 2;
    if (k - 2 >= 0 && SPEAKER_DETERMINER.test(w[k - 2]!)) k -= 2;
    else if (k - 2 >= 0 && CAPITALISED.test(w[k - 2]!)) {
      while (k - 2 >= 0 && CAPITALISED.test(w[k - 2]!)) k -= 2;
      if (k - 2 >= 0 && SPEAKER_DETERMINER.test(w[k - 2]!)) k -= 2;
    }
    from = k;
  } else if (SPEAKER_WORD.test(w[from]!)) {
    // a pronoun: just that word
  } else if (CAPITALISED.test(w[from]!)) {
    while (from - 2 >= 0 && CAPITALISED.test(w[from - 2]!)) from -= 2;
  } else return text;
  return w.slice(0, from).join("").trimEnd();
}

/** A window of at most `reach` characters on each side of [a, b), cut at spaces so no word is split. */
function around(s: string, a: number, b: number, reach: number): { from: number; to: number } {
  let from = Math.max(0, a - reach);
  let to = Math.min(s.length, b + reach);
  if (from > 0) {
    const sp = s.indexOf(" ", from);
    from = sp >= 0 && sp < a ? sp + 1 : a;
  }
  if (to < s.length) {
    const sp = s.lastIndexOf(" ", to);
    to = sp >= b ? sp : b;
  }
  return { from, to };
}

// A clause opened before the expression in its segment ("walked out after talks broke down late on Thursday"):
// the expression belongs to that clause, as it does to what a speaker said ("Renn said the authority had
// offered a raise over two years").
const OPENS_CLAUSE = /\b(?:after|before|when|whenever|while|because|since|until|although|though|unless|once|where|whereas|that|who|which|said|says|added|announced|noted|stated|argued|insisted)\s+/gi;
// After the expression, one of these opens another event ("began on Friday after talks broke down").
const LEAD_SUB = /^(?:after|before|when|while|because|since|until|although|though|unless|once|as soon as)\s+/i;
// What follows a clause opener must be a clause: "said in an editorial" is not one.
const STARTS_WITH_PREPOSITION = /^(?:in|on|at|by|for|with|from|to|of|during|after|before|into|over|under|through|since|until|about|around)\b/i;
const DETERMINER_END = /(?:^|\s)(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your)$/i;
const ARTICLE_END = /(?:^|\s)(?:a|an)$/i;
const PREPOSITION_END = /(?:^|\s)(?:in|on|at|by|for|of|from|after|before|during|since|until|as|through|over|within|with)$/i;
const SUBORDINATOR_END = /(?:^|\s)(?:when|as|until|once|if|unless|before|after|since|and|but)$/i;
const PART_OF_END = /(?:^|\s)(?:part|much|most|all|rest|end|start|beginning|middle|night|morning|evening|afternoon|eve|anniversary|events)\s+of$/i;
const TAKES_TIME_END = /(?:^|\s)(?:took|take|takes|taking|spent|spend|spends|spending)$/i;
const TIME_AS_SUBJECT = /^ (?:is|was|were|will|would|has|had|marks|marked|saw|sees|brought|brings|rolls|rolled|begins|began|ends|ended|comes|came)\b/;
const FUNCTION_WORD = /^(?:and|or|but|nor|to|of|in|on|at|by|for|from|with|without|within|across|along|among|amid|around|about|behind|beyond|despite|near|off|out|up|down|back|away|ahead|here|there|now|then|as|than|that|which|who|whom|whose|what|when|while|where|why|how|if|unless|because|before|after|until|since|through|into|over|under|against|during|is|was|were|are|be|been|has|had|have|will|would|could|should|may|might|can|must|did|does|do|not|so|then|again|already|alone|too|instead|last|next|early|late|ago|later|earlier|only|even|yet|still|both|each|all)\b/;
const POSSESSIVE = /^['’]s?(?=\s|$)/;
// "a 10-year economic program", "a weeklong fair": the expression only describes the noun after it.
const DURATION_ADJECTIVE = /^(?:[\w.]+-)+(?:year|day|week|month|hour|minute|decade|night|season)s?(?:-old|-long)?$|^(?:week|year|month|day)long$/i;
const NOT_A_NOUN = /^(?:[A-Z]|\W|(?:and|or|but|nor|to|of|in|on|at|by|for|from|with|as|than|that|which|who|when|is|was|were|are|be|been|has|had|have|will|would|could|should|may|might|can|must|did|does|do|the|a|an|he|she|it|they|we|i|you|this|these|those|there|here|not|so|then)\b|\S*(?:ed|ly|ing)\b)/;

/**
 * Where the expression modifies the noun after it ("next year's election", "before the summer season
 * begins", "an October news conference", "a two-week strike", "since the January 1998 bombing"), removing
 * it with the words before it leaves the noun phrase broken ("faces ’s election", "on the run bombing"): the
 * phrase keeps its determiner instead. Where nothing can stand in for it ("as Easter week began", "after two
 * days of talks", "When February rolls around"), the expression stays. Returns the end of what to remove
 * (past a possessive "'s") and what to put in its place, or null when the expression can simply go.
 */
function asModifier(s: string, a: number, b: number, left: string): { end: number; replacement: string } | null {
  const expression = s.slice(a, b);
  const after = s.slice(b);
  const before = left.trimEnd();
  const possessive = POSSESSIVE.exec(after);
  if (possessive || /['’]s$/.test(expression)) return { end: b + (possessive?.[0].length ?? 0), replacement: DETERMINER_END.test(before) ? "" : "the" };
  const kept = { end: b, replacement: expression };
  // A time that is the subject of its clause: without it the verb has none.
  if (TIME_AS_SUBJECT.test(after) && (/^[`"“‘']*$/.test(before) || SUBORDINATOR_END.test(before))) return kept;
  if (/^come$/i.test(before)) return kept; // "Come November 19, …"
  if (TAKES_TIME_END.test(before)) return kept; // "it took nearly eight hours to …"
  if (PART_OF_END.test(before)) return kept; // "spent part of Sunday night with …"
  if (/(?:^|\s)(?:until|till)$/i.test(before) && /^ to\s/.test(after)) return kept; // "given them until Friday to leave"
  const next = /^ (\S+)/.exec(after)?.[1];
  if (!next) return null;
  // "two days of talks": the duration is what the preposition before it governs.
  if (next === "of" && PREPOSITION_END.test(before)) return kept;
  // After a determiner the expression cannot end the phrase: a noun follows, even one in -ing or a name
  // after a year ("the Oct. 23 shooting", "the 1971 Montreal Convention").
  if (DETERMINER_END.test(before) && (/^\p{Ll}[\p{Ll}-]*\b/u.test(next) ? !FUNCTION_WORD.test(next) : /^\d{4}$/.test(expression) && /^\p{Lu}\p{Ll}/u.test(next)))
    return { end: b, replacement: "" };
  if (NOT_A_NOUN.test(next)) return null;
  if (DURATION_ADJECTIVE.test(expression) || ARTICLE_END.test(before)) return { end: b, replacement: "" };
  if (/^the\s/i.test(expression)) return { end: b, replacement: "the" };
  // "as Easter week began", "put out on Aug. 13 suggest": without the preposition and the expression, the words
  // on either side would run together.
  if (PREPOSITION_END.test(before) && /^\p{Ll}+$/u.test(next) && !FUNCTION_WORD.test(next) && !/ly$/.test(next)) return kept;
  return null;
}

/** The phrase without the sentence's closing stop (and the quote or bracket after it). */
const withoutStop = (p: string) => p.replace(/\s*[.!?]+["”’)'*]*\s*$/, "").trim();
/** A word of a name: capitalised, or a particle inside one ("Dar es Salaam", "Roe vs. Wade", "Ahmed bin Ali"). */
const NAME_PART = /^(?:[A-Z]|(?:es|vs\.?|v\.|de|del|da|la|le|van|von|der|al|bin|ibn)$)/;
const RANGE_START = /(?:\b(?:between|from)\s+)?\b\d+(?:[.,]\d+)?\s*(?:-|–|to|and|or)\s*$/;

/** "a economic program" → "an economic program", after a word has gone from between them. */
const articleAgreement = (p: string) => p.replace(/\b([Aa]) (?=[aeiou])/g, "$1n ").replace(/\b([Aa])n (?=[bcdfgjklmnpqrstvwxyz])/g, "$1 ");

/** A short description of what happens at the time: the clause around the expression, minus the expression. */
function aboutOf(sentence: TextSpan, start: number, end: number, duration = false): string | null {
  // Only the neighbourhood matters (the result is a dozen words): bounded work per expression.
  const full = sentence.text;
  const win = around(full, Math.max(0, start - sentence.start), Math.min(full.length, end - sentence.start), ABOUT_REACH);
  const s = full.slice(win.from, win.to);
  let a = Math.max(0, start - sentence.start) - win.from;
  let b = Math.min(full.length, end - sentence.start) - win.from;
  // "for 10-15 minutes", "between 3 and 5 p.m.": the start of the range goes with the expression.
  const range = RANGE_START.exec(s.slice(Math.max(0, a - 24), a));
  if (range) a -= range[0].length;
  // Clause segments (commas, dashes, brackets, quotes); the expression's own segment, widened to a
  // neighbour when it says too little ("On Wednesday, Kovar said…" → the next segment).
  const cuts = [0];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) {
    if (m.index >= a && m.index < b) continue;
    cuts.push(m.index, m.index + m[0].length);
  }
  cuts.push(s.length);
  let seg = 0;
  for (let i = 0; i < cuts.length; i += 2) if (cuts[i]! <= a) seg = i;
  let cs = cuts[seg]!;
  let ce = cuts[seg + 1]!;
  const modifier = asModifier(s, a, b, s.slice(cs, a));
  if (modifier) b = Math.min(modifier.end, ce);
  // Whether the last phrase leftOf read is a relative clause: its end is then where the main clause's verb starts.
  let inRelative = false;
  const leftOf = (l: string) => {
    inRelative = false;
    let left = l.trimEnd();
    if (modifier) return modifier.replacement ? `${left} ${modifier.replacement}` : left;
    for (let k = 0; k < 3; k++) {
      // Read in the end of the text only; the match (the pattern's leftmost) then takes in the run of spaces it
      // starts in, back past that end.
      const tail = left.slice(-TRAIL_PREP_REACH);
      const m = TRAIL_PREP.exec(tail);
      if (!m) break;
      let at = left.length - tail.length + m.index;
      while (at > 0 && isSpace(left.charCodeAt(at - 1))) at--;
      left = left.slice(0, at);
    }
    // The expression in a clause of its own: that clause, when it says enough (three words or more).
    let from = -1;
    let antecedent = "";
    OPENS_CLAUSE.lastIndex = 0;
    for (let m = OPENS_CLAUSE.exec(left); m; m = OPENS_CLAUSE.exec(left)) {
      const rest = left.slice(m.index + m[0].length);
      // A relative clause ("debt that was incurred", "the man who found it") takes the noun it describes.
      const relativeClause = /^(?:that|who|which)\s/i.test(m[0]) && startsWithVerb(/^\S+/.exec(rest)?.[0] ?? "");
      // A relative clause inside the subject ("veterans of the revolution that brought Castro to power | gathered"):
      // the time is the main clause's.
      if (relativeClause && mainVerbAt(words(rest), 0) >= 0) continue;
      const noun = relativeClause ? nounBefore(left.slice(0, m.index)) : "";
      if (!noun && /^(?:who|which)\s/i.test(m[0])) continue;
      if (hasWords(rest, noun ? 1 : 4) && !STARTS_WITH_PREPOSITION.test(rest)) {
        from = m.index + m[0].length;
        antecedent = noun;
      }
    }
    inRelative = antecedent !== "";
    // Within that clause, a second one joined by "and" or "but" with a subject of its own.
    const clause = from < 0 ? left : antecedent ? `${antecedent} ${left.slice(from)}` : left.slice(from);
    const joined = coordinatedClause(clause);
    return joined >= 0 ? clause.slice(joined) : clause;
  };
  // A relative clause speaks of the noun before its comma ("Maren Holt, who founded the cooperative in 1998").
  const relative = seg >= 2 && /^\s*(?:who|which)\s/i.test(s.slice(cs, a)) ? antecedentOf(s.slice(cuts[seg - 2]!, cuts[seg - 1]!).trim()) : null;
  const strip = (l: string, r: string) => {
    const left = relative ? leftOf(l).replace(/^\s*(?:who|which)\b/i, relative) : leftOf(l);
    // A preposition after the expression opens the words that follow ("met Jan. 10 in Geneva"): kept.
    // A coordinated or subordinate clause ("was elected in May and took office …", "began on Friday
    // after talks broke down") is another event: cut, unless nothing readable is left without it.
    let right = r.replace(/^\s+/, "");
    if (inRelative && startsWithVerb(/^\S+/.exec(right)?.[0] ?? "")) right = ""; // "that brought Castro to power 42 years ago | gathered"
    const conj = modifier ? null : LEAD_CONJ.exec(right);
    if (conj) right = hasWords(left, 2) ? "" : right.slice(conj[0].length);
    // A duration anchored to an event ("came less than an hour after Craig arrived") keeps it.
    else if (!modifier && LEAD_SUB.test(right.replace(/^,\s*/, "")) && hasWords(left, right.startsWith(",") ? 3 : 2) && !(duration && !/\bfor$/i.test(l.trimEnd()))) right = "";
    // "a minute of silence", "three days of talks": the "of" belongs to the duration.
    else if (duration && !modifier) right = right.replace(/^of\s+/i, "");
    // "Also on Sunday, …", "Late Monday, …": an opening word goes with the expression it introduces.
    if (/^[,;:]/.test(right) && cs === 0 && win.from === 0 && hasWords(left, 1) && !hasWords(left, 2) && !modifier) return withoutStop(right.replace(/^[,;:]\s*/, ""));
    // "began 10 years ago, when …": a word or two and then a break; without the expression they read as a stub.
    if (/^[,;:]/.test(right) && hasWords(left, 1) && !hasWords(left, 3) && !modifier) return withoutStop(`${l.trimEnd()} ${s.slice(a, b)}${right}`);
    return withoutStop(`${left} ${right}`);
  };
  // The phrase with the subject an aside kept from it, and without its attribution: that decides whether to widen,
  // and is what is kept.
  let text = "";
  let unattributed = "";
  let subjectWords = 0;
  const read = () => {
    const clause = strip(s.slice(cs, a), s.slice(b, ce));
    text = withSubject(clause, s, cuts, cuts.indexOf(cs), win.from === 0);
    subjectWords = text === clause ? 0 : words(text).length - words(clause).length;
    unattributed = dropAttribution(text);
  };
  read();
  for (let widen = 0; widen < 2 && (!hasWords(text, relative || subjectWords ? 3 : 4) || !hasWords(unattributed, 2)); widen++) {
    if (seg + 2 < cuts.length - 1 && (widen === 0 || seg === 0)) ce = cuts[seg + 3] ?? s.length;
    else if (seg > 0) cs = cuts[seg - 2] ?? 0;
    else break;
    read();
  }
  text = unattributed.replace(/^[\s,;:]+|[\s,;:]+$/g, "");
  let w = words(text);
  // Where the expression stands among the words (a subject an aside kept apart counts): read once, when a cut is due.
  let leftCount = 0;
  if (w.length > ABOUT_WORDS) {
    leftCount = words(leftOf(s.slice(cs, a))).length + subjectWords;
    const shorter = withoutInnerRelative(w, leftCount);
    leftCount -= w.length - shorter.length;
    w = shorter;
  }
  if (w.length > ABOUT_WORDS) {
    // The clause's start says who acts, so it stays where the end can go before a phrase of its own, after the
    // first verb ("Annan wrapped up a three-hour meeting with Iraq's president | in Baghdad"). Otherwise
    // ABOUT_WORDS around the expression, not inside a name ("Sinn | Fein was expelled") nor after an article.
    const verb = w.findIndex(startsWithVerb);
    let from = 0;
    let end = 0;
    // An expression far past the clause's start belongs to words of its own there.
    if (leftCount <= ABOUT_WORDS + FAR_PAST_START)
      for (let e = ABOUT_WORDS; e > Math.max(Math.floor(ABOUT_WORDS / 2), verb) && !end; e--) if (PHRASE_OPENER.test(w[e]!)) end = e;
    if (!end) {
      from = Math.min(Math.max(0, leftCount - Math.ceil(ABOUT_WORDS / 2)), w.length - ABOUT_WORDS);
      const capital = (i: number) => /^[A-Z]/.test(w[i] ?? "");
      if (from > 0 && capital(from) && capital(from - 1)) {
        let first = from;
        while (first > 0 && capital(first - 1)) first--;
        if (from - first <= 4) from = first;
        else while (capital(from)) from++;
      }
      if (from > 0 && DETERMINER_END.test(w[from - 1]!)) from--;
      end = from + ABOUT_WORDS;
    }
    const firstCut = w[end] ?? "";
    w = w.slice(from, end);
    // A name cut in two ("Dar es | Salaam", "Roe vs | Wade") goes whole; so does a possessive cut from its noun.
    if (NAME_PART.test(firstCut) && NAME_PART.test(w[w.length - 1]!)) while (w.length > 1 && NAME_PART.test(w[w.length - 1]!)) w.pop();
    if (w.length > 1 && /\w(?:['’]s|s['’])$/.test(w[w.length - 1]!)) w.pop();
    // A preposition or article left at the end opens words that are gone.
    for (let k = 0; k < 3 && w.length > 1 && TRAIL_PREP.test(w[w.length - 1]!); k++) w.pop();
  }
  return readable(articleAgreement(w.join(" ").replace(/\s+([,;:])/g, "$1").replace(/^[,;]\s*|[,;]$/g, "").trim()));
}

const startsWithVerb = (x: string) => /^\p{Ll}/u.test(x) && isFiniteVerb(x);
/**
 * Where a second clause joined by "and" or "but" starts, when it has a subject of its own ("Kidnappers kept their
 * promise and police found the body Friday" → "police found the body"), or -1. "Smith and Jones met" has no
 * verb before "and"; "was appointed in May and retired" has no subject after it.
 */
const COORDINATION_REACH = 200;
function coordinatedClause(left: string): number {
  // The clause the expression ends is in the last words before it: no further back than COORDINATION_REACH characters.
  const from = Math.max(0, left.length - COORDINATION_REACH);
  const near = left.slice(from);
  if (!near.includes(" and ") && !near.includes(" but ")) return -1;
  const starts: number[] = [];
  const w: string[] = [];
  for (const m of near.matchAll(/\S+/g)) {
    starts.push(from + m.index);
    w.push(m[0]);
  }
  // The last joint that qualifies, read from the end: this runs for every expression, on up to ABOUT_REACH characters.
  const firstVerb = w.findIndex(startsWithVerb);
  if (firstVerb < 0) return -1;
  for (let j = w.length - 4; j > firstVerb; j--) {
    if ((w[j] !== "and" && w[j] !== "but") || STARTS_WITH_PREPOSITION.test(w[j + 1]!)) continue;
    let verb = -1;
    for (let k = j + 1; k <= j + 6 && k < w.length && verb < 0; k++) if (startsWithVerb(w[k]!)) verb = k;
    // A subject of its own before the verb, and not people a relative clause describes ("friends and relatives who had …").
    if (verb > j + 1 && !w.slice(j + 1, verb).some((x) => /^(?:who|which|that)$/i.test(x))) return starts[j + 1]!;
  }
  return -1;
}

/**
 * The noun phrase that ends `before` ("… affected bank indebtedness"), back to a determiner, at most eight words,
 * with the head an "of" hangs on ("one of about 100 exiles").
 */
function nounBefore(before: string): string {
  const w = words(before);
  let k = w.length;
  for (let pass = 0; pass < 2; pass++) {
    while (k > 0 && w.length - k < 8) {
      const x = w[k - 1]!;
      const quantity = /^(?:about|some|nearly|almost|over|than|more)$/i.test(x) && /^\d/.test(w[k] ?? "");
      if (/[,;:]$/.test(x) || startsWithVerb(x) || (STARTS_WITH_PREPOSITION.test(x) && !/^of$/i.test(x) && !quantity) || /^(?:and|or|but|said|says|together|up|down|out|off|back|away|again|also|only)$/i.test(x)) break;
      k--;
      if (DETERMINER_END.test(x)) break;
    }
    // A name is where things are, not what they are ("stocks on the New York Stock Exchange that fell"): the noun
    // before its preposition is the one described.
    const name = w.slice(k);
    if (pass > 0 || k < 2 || !STARTS_WITH_PREPOSITION.test(w[k - 1]!) || !name.every((x, i) => /^\p{Lu}/u.test(x) || (i === 0 && DETERMINER_END.test(x)))) break;
    k--;
  }
  while (k < w.length && /^of$/i.test(w[k]!)) k++;
  // A phrase must end on its noun: not on a determiner or an adjective-like word.
  return k < w.length && !DETERMINER_END.test(w[w.length - 1]!) ? w.slice(k).join(" ") : "";
}

/**
 * Where a verb of another clause follows the relative clause whose verb is w[at] ("who performed abortions |
 * declined"), or -1: the time is then the main clause's. Not a participle after an auxiliary ("was badly
 * wounded"), an infinitive ("wanted to see") or a participle before its preposition ("Libyans suspected of").
 */
function mainVerbAt(w: string[], at: number): number {
  let chain = true; // still in the relative clause's own verb group
  for (let i = at + 1; i < w.length; i++) {
    const verb = startsWithVerb(w[i]!) && !/^to$/i.test(w[i - 1]!) && !(/ed$/.test(w[i]!) && /^(?:by|of|in|at|on|for|with|from)$/i.test(w[i + 1] ?? ""));
    if (verb && !chain) return i;
    if (/^(?:and|or|but|that|who|which)$/i.test(w[i]!)) return -1;
    chain = verb || (chain && /^(?:not|also|just|still|already|been|being|be|\w+ly)$/i.test(w[i]!));
  }
  return -1;
}

/**
 * The words without a relative clause inside the subject, when the time is the main clause's ("Hundreds of
 * fighters in the revolution [that brought Castro to power 42 years ago] gathered to denounce …").
 */
function withoutInnerRelative(w: string[], expressionAt: number): string[] {
  for (let r = 1; r + 1 < w.length && r < expressionAt; r++) {
    if (!/^(?:that|who|which)$/i.test(w[r]!) || !startsWithVerb(w[r + 1]!)) continue;
    const main = mainVerbAt(w, r + 1);
    if (main > 0 && main <= expressionAt) return [...w.slice(0, r), ...w.slice(main)];
  }
  return w;
}

/** A word that opens a phrase of its own: a cut before it leaves whole phrases ("to" may be the verb's own). */
const PHRASE_OPENER = /^(?:in|on|at|by|for|of|from|with|as|when|while|after|before|because|since|until|and|but|or|which|who|where|during|under|over|into|through|against|amid|despite|without|near|following|including|across|toward|towards)$/;
const ASIDE_WORDS = 12;
const SUBJECT_WORDS = 6;
/** Openers that are no subject: an adverb or a time ("However,", "Last week,"). */
const NOT_A_SUBJECT = /^(?:however|meanwhile|also|but|and|still|now|then|yet|so|instead|earlier|later|today|yesterday|tonight|here|there|according|based|including|under|despite|in|on|at|by|for|with|from|to|of|during|after|before|when|while|if|as|since|until|although|though|because|once)$|^(?:last|next|this|every)$/i;
const TIME_WORD = new RegExp(`\\b(?:${MONTH_RE}|${WEEKDAY_RE}|${UNIT_RE}|${Object.keys(PARTS_OF_DAY).join("|")}|weekend)(?![\\w-])`);
const CAPITALISED_RUN = /^(?:[A-Z][\w.'’&-]*|of|and|de|du|la|the)(?:\s+(?:[A-Z][\w.'’&-]*|of|and|de|du|la|the))*$/;

/**
 * The phrase with its clause's subject, where a comma aside stood between them: a predicate after an aside
 * takes the sentence's opening noun phrase ("Mr. Antar, the agency said, made …" → "Mr. Antar
 * made …"); the rest of a list of names comes back ("Poland, Hungary and Slovakia joined" keeps "Poland").
 */
function withSubject(text: string, s: string, cuts: number[], seg: number, sentenceStart: boolean): string {
  if (seg < 2) return text;
  const segment = (k: number) => s.slice(cuts[k]!, cuts[k + 1]!).trim();
  const first = /^\S+/.exec(text)?.[0] ?? "";
  if (!sentenceStart) return text;
  if (startsWithVerb(first)) {
    const subject = segment(0);
    const w = words(subject);
    if (w.length === 0 || w.length > SUBJECT_WORDS || !/^\p{Lu}/u.test(subject) || NOT_A_SUBJECT.test(w[0]!) || TIME_WORD.test(subject)) return text;
    if (w.some(startsWithVerb)) return text;
    for (let k = 2; k < seg; k += 2) if (words(segment(k)).length > ASIDE_WORDS) return text;
    return `${subject} ${text}`;
  }
  // "Poland, Hungary and the Czech Republic are …": the names before, each a segment of its own.
  if (/^(?:\p{Lu}\S*\s+){1,5}and\s/u.test(text)) {
    const names: string[] = [];
    for (let k = seg - 2; k >= 0; k -= 2) {
      const name = segment(k);
      if (!CAPITALISED_RUN.test(name) || words(name).length > 3 || NOT_A_SUBJECT.test(name)) return text;
      names.unshift(name);
    }
    return `${names.join(", ")}, ${text}`;
  }
  return text;
}

/** The noun phrase a relative clause describes: a short phrase before its comma, or the name that ends it. */
function antecedentOf(before: string): string | null {
  const w = words(before);
  if (w.length === 0) return null;
  if (w.length <= 5 && (/^\p{Lu}/u.test(w[0]!) || /^(?:the|a|an|its|his|her|their)$/i.test(w[0]!)) && !w.some(startsWithVerb))
    return before;
  let k = w.length;
  while (k > 0 && w.length - k < 5 && /^[A-Z]/.test(w[k - 1]!)) k--;
  return k < w.length && k > 0 ? w.slice(k).join(" ") : null;
}

const DANGLING_START = /^(?:and|or|but|nor|so|that|which|who|of|to)\s+/i;
const DANGLING_END = /\s+(?:and|or|but|nor|of|to|the|a|an|that|which|who|was|were|is|are|at|for|with|from|by|into|than|as|between|toward|towards|during|since|until|via|against)$/i;
/**
 * The phrase without a bracket cut off by the window or a clause break: a dateline's "RIVERTON, (Wire"
 * loses "(Wire", "Reuters) said the talks" loses "Reuters)".
 */
function balanced(phrase: string): string {
  let from = 0;
  const open: number[] = [];
  for (let i = 0; i < phrase.length; i++) {
    if (phrase[i] === "(") open.push(i);
    else if (phrase[i] === ")") {
      if (open.length) open.pop();
      else from = i + 1;
    }
  }
  return open.length ? phrase.slice(from, open[0]) : phrase.slice(from);
}

const TWO_LETTERS = /[A-Za-z]{2,}/;
/** A phrase a reader can take in, or null: no number fragments, no dangling function words at its edges. */
function readable(phrase: string): string | null {
  let p = balanced(phrase);
  for (let k = 0; k < 3; k++) {
    const q = p.replace(DANGLING_START, "").replace(DANGLING_END, "");
    // Nothing dangled: another pass would find nothing either.
    if (q === p) break;
    p = q;
  }
  // Wire copy opens quotes with backticks ("``We will …''") and sets a dateline off with "_" or "--".
  p = p.replace(/^[\s,;:.`_\u2013\u2014-]+|[\s,;:]+$/g, "");
  const w = words(p);
  // A phrase must open with a word, not with the tail of a number or a clock time ("35 p.m. …").
  if (w.length < 2 || !/^[A-Za-z"“'‘]/.test(p)) return null;
  // Capitals only: a dateline's place ("KESTON FALLS, May 2 (Wire) -"), not something that happens.
  if (!/\p{Ll}/u.test(p)) return null;
  if (w.filter((x) => TWO_LETTERS.test(x)).length < 2) return null;
  return p;
}

/** The sentence as evidence, or, when it is very long, the part of it around the expression. */
function evidenceOf(sentence: TextSpan, start: number, end: number): string {
  const s = sentence.text;
  if (s.length <= EVIDENCE_MAX) return s;
  const win = around(s, start - sentence.start, end - sentence.start, EVIDENCE_MAX / 2);
  return s.slice(win.from, win.to).trim();
}

/** Whether a tagged expression is worth reporting as a date item. */
function reportable(t: TimexMatch): boolean {
  if (/^(?:PRESENT|PAST|FUTURE)_REF$/.test(t.value)) return false;
  if (t.type === "DURATION") {
    if (/X/.test(t.value)) return false; // "for years", "several months"
    if (/old$/i.test(t.text)) return false; // ages
    return true;
  }
  if (t.type === "SET") return /W|XXXX/.test(t.value); // "every Monday" yes, "daily" no
  return t.value !== "";
}

/** One DateDraft per distinct (value, about) mention worth reporting. */
export function extractDates(text: string, options: TagOptions = {}): DateDraft[] {
  if (!text) return [];
  const { sentences, tagged } = analyse(text, options.reference, options.sentences);
  const out: DateDraft[] = [];
  const seen = new Set<string>();
  for (const c of tagged) {
    const t: TimexMatch = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value: c.value };
    if (!reportable(t)) continue;
    const s = sentences[c.sentence] ?? { text, start: 0, end: text.length };
    const about = aboutOf(s, c.start, c.end, t.type === "DURATION");
    const key = `${t.value}\u0000${(about ?? "").toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: t.text, type: t.type, value: t.value, about, evidence: evidenceOf(s, c.start, c.end) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reference choice

/**
 * The anchor date for resolving relative expressions: the publication day by default. A republished
 * page (publication date ≥ 1 year after the story) is detected only on strong evidence — an explicit
 * year spoken of as the future ("will … in early 2022", "talks next year in 2022") or a datelined full
 * date well before the publication — and then the story's own latest explicit full date is used.
 */
export function chooseReference(text: string, publishedAt: string | null, split?: TextSpan[]): string | null {
  const pub = parseReference(publishedAt);
  if (!pub) {
    // No publication date: a full date in the first lines (a dateline) is the best anchor we have.
    const head = text.slice(0, 400);
    const first = tagDates(head, { reference: null }).find((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.value));
    return first ? first.value : null;
  }
  const pubDay = fmtDay(pub);
  if (!text) return pubDay;
  const { sentences, tagged } = analyse(text, pubDay, split);
  // Years mentioned as the future although they are already past at publication.
  let staleFutureYear: number | null = null;
  const explicitDays: string[] = [];
  for (const c of tagged) {
    const s = sentences[c.sentence];
    if (c.kind === "year" && /^\d{4}$/.test(c.value) && Number(c.value) < pub.y && s) {
      const tense = tenseAt(s, s.text, c.start - s.start, c.end - s.start);
      const local = s.text.slice(Math.max(0, c.start - s.start - 60), c.end - s.start);
      if (tense === "future" && /\b(?:will|'ll|is expected to|are expected to|plans? to|is set to|are set to|is scheduled|are scheduled|is due|are due)\b/i.test(local)) {
        staleFutureYear = Math.max(staleFutureYear ?? 0, Number(c.value));
      }
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(c.value) && (c.kind === "mdy" || c.kind === "dmy" || c.kind === "iso" || c.kind === "slash") && /\d{4}/.test(text.slice(c.start, c.end))) {
      explicitDays.push(c.value);
    }
  }
  if (staleFutureYear === null || pub.y - staleFutureYear < 1) return pubDay;
  // The story predates staleFutureYear's end; use its latest explicit full date before then, if any.
  const limit = `${staleFutureYear}-12-31`;
  const candidatesDays = explicitDays.filter((d) => d <= limit && d < pubDay).sort();
  const latest = candidatesDays.at(-1);
  if (latest) return latest;
  // No explicit full date: the last day of the year before the future year is the safest anchor
  // for months and years (weekdays cannot be recovered).
  return `${staleFutureYear - 1}-12-31`;
}
