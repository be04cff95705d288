// The recognition rules. Each rule is one regular expression, compiled once at module load, run
// with a single linear scan over the text, plus a `make` function that checks the context (guards
// against money, counts, "May" the modal…) and returns a candidate whose value is resolved later,
// once overlaps are settled and the tense/anchor context is known (index.ts).
import {
  CAL_UNIT_RE,
  COUNT_NOUNS,
  DATE_CUES,
  HOLIDAY_RE,
  MONTHS,
  MONTH_RE,
  NUM_RE,
  PARTS_OF_DAY,
  SEASONS,
  UNITS,
  UNIT_RE,
  VAGUE_RE,
  WEEKDAYS,
  WEEKDAY_ABBR_RE,
  WEEKDAY_RE,
  ZONE_RE,
  parseNumber,
  parseOrdinal,
  unitOf,
} from "./lexicon.ts";
import { type Ctx, type Rel, anchoredShift, half, holiday, month, monthDay, quarter, season, shifted, weekdayValue } from "./resolve.ts";
import { addDays, fmtDay, fmtWeek, isValidDate, pad2, pad4, weekday } from "./calendar.ts";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface Cand {
  start: number;
  end: number;
  type: TimexType;
  /** The rule that produced it. */
  kind: string;
  /** Resolves the TIMEX3 value once the context is known. */
  resolve(ctx: Ctx): string;
  /** Clock times: the "T15:35" part, prefixed with a host date (adjacent expression or reference) later. */
  clock?: string;
  /** "50 minutes later": minutes from the clock time told just before it, whose day it shares. */
  relMinutes?: number;
  /** Set by the selection stage: rule order, for ties. */
  rank?: number;
}

interface Rule {
  name: string;
  re: RegExp;
  make(m: RegExpExecArray, text: string): Omit<Cand, "kind"> | null;
}

// ---------------------------------------------------------------------------------------------
// Regex building: a literal space in a pattern source means "one or more spaces". The rules run on a
// normalised copy of the text (same length, same offsets) where tabs, no-break spaces and single line
// breaks are spaces, and only paragraph breaks remain line breaks: expressions never cross them.
const S = " +";
// What the rewriting below acts on outside "(?i:…)": escapes, classes, groups and spaces. The runs between them are
// copied whole: the rules are built at every cold start, and a character at a time (in unoptimised code) cost a third
// of this module's import.
const RX_PLAIN_RUN = /[^\\[() ]+/y;
const RX_CLASS_RUN = /[^\\\]]+/y;
function rx(src: string, flags = "g"): RegExp {
  let out = "";
  let inClass = false;
  // "(?i:…)" marks words that may be capitalised at a sentence start ("Last week"): it is rewritten
  // to a plain group whose word-initial letters accept both cases (regex modifiers need Node >= 23).
  let ciDepth = 0;
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    if (!ciDepth) {
      const run = inClass ? RX_CLASS_RUN : RX_PLAIN_RUN;
      run.lastIndex = i;
      if (run.test(src)) {
        out += src.slice(i, run.lastIndex);
        i = run.lastIndex;
        if (i === src.length) break;
      }
    }
    const ch = src[i]!;
    if (ch === "\\") {
      out += ch + (src[i + 1] ?? "");
      i++;
    } else if (inClass) {
      if (ch === "]") inClass = false;
      out += ch;
    } else if (ch === "[") {
      inClass = true;
      out += ch;
    } else if (src.startsWith("(?i:", i)) {
      depth++;
      if (!ciDepth) ciDepth = depth;
      out += "(?:";
      i += 3;
    } else if (ch === "(") {
      depth++;
      out += ch;
    } else if (ch === ")") {
      if (depth === ciDepth) ciDepth = 0;
      depth--;
      out += ch;
    } else if (ciDepth && /[a-z]/.test(ch) && !/[a-z]/i.test(src[i - 1] ?? "")) {
      out += `[${ch}${ch.toUpperCase()}]`;
    } else if (ch === " " && src[i + 1] === "?") {
      out += " *";
      i++;
    } else out += ch === " " ? S : ch;
  }
  return new RegExp(out, flags);
}
const L = "\\b"; // left word boundary (every rule using it starts with a letter or digit)
const LB = "(?<![A-Za-z0-9])"; // the same for a pattern that may start with punctuation
const R = "(?![A-Za-z0-9])"; // right word boundary
const Y4 = "(1[0-9]{3}|20[0-9]{2})";
const DAY = "(3[01]|[12][0-9]|0?[1-9])";
const ORD_SUFFIX = "(?:st|nd|rd|th)?";
const AP = "['’]";

// ---------------------------------------------------------------------------------------------
// Context helpers (all look at a bounded window: linear overall).
const WORD_BEFORE = /([A-Za-z][A-Za-z'’.-]*)[^A-Za-z0-9]{0,3}$/;
function prevWord(text: string, at: number): string {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1]!.replace(/[.'’]+$/, "").toLowerCase() : "";
}
const WORD_AFTER = /^[\s,]{0,3}([A-Za-z0-9][A-Za-z0-9'’-]*)/;
function nextWordRaw(text: string, at: number): string {
  const m = WORD_AFTER.exec(text.slice(at, at + 30));
  return m ? m[1]! : "";
}
const isCap = (w: string) => /^[A-Z]/.test(w);
/** True when `at` starts a sentence (only punctuation/quotes/space since the last terminator). */
function sentenceStart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  return at === 0 || /(?:^|[.!?:\n]["”’')\]]?)\s*["“‘'(]?\s*$/.test(before) || /^\s*$/.test(before);
}
const lc = (s: string | undefined) => (s ?? "").toLowerCase();
const monthNum = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, "")] ?? 0;
const relOf = (w: string | undefined): Rel => {
  switch (lc(w)) {
    case "last":
    case "past":
    case "previous":
    case "this past":
      return "last";
    case "next":
    case "coming":
    case "this coming":
      return "next";
    case "this":
    case "current":
      return "this";
    default:
      return "";
  }
};
const relYear = (ctx: Ctx, w: string | undefined): number | null => {
  const r = relOf(w);
  if (!ctx.ref || !r) return null;
  return ctx.ref.y + (r === "last" ? -1 : r === "next" ? 1 : 0);
};
const SPORTS = /\b(?:points?|scored|scores|touchdowns?|halftime|half-time|goals?|innings?|baskets?|match|game|games|quarterback|rebounds?|league|coach|season|kick-?off|penalty|striker|fouls?|fouled|dunk(?:ed|s)?|free throws?|(?:3|three)-pointers?|overtime|field goals?|interceptions?|yards)\b/i;
const FINANCE = /\b(?:profits?|revenues?|sales|earnings|income|growth|economy|GDP|percent|%|quarter|fiscal|output|shares|exports|imports|deficit|inflation|losses|loss)\b/i;

/** An earnings comparison: money or percentages compared with another period. */
const EARNINGS_CMP = /(?:\$|€|£|#|\bC\$|\d%|\bpercent\b|\bcents?\b|\b(?:million|billion)\b)[^]*\b(?:from|compared|versus|vs\.?|than|up|down|against|earlier|ago)\b|\b(?:from|compared|versus|than)\b[^]*(?:\$|€|£|#|\d%|\b(?:million|billion)\b)/i;
/** A sentence about a longer period ("for the nine months", "for the year"): no quarter. */
const LONGER_PERIOD = /\b(?:nine|six|twelve|9|6|12) months\b|\bfirst half\b|\bfull year\b|\bfiscal year\b|\bfor the year\b/i;
/** In an earnings story, "a year ago" is the same quarter a year back. */
function yearAgoQuarter(ctx: Ctx, years: number): string | null {
  const q = ctx.lastQuarter ? /^(\d{4})-(Q\d)$/.exec(ctx.lastQuarter) : null;
  return q ? `${Number(q[1]) - years}-${q[2]}` : null;
}
function sentenceOf(text: string, start: number, end: number): string {
  // ". " ends a sentence; the point in "$4.06" does not.
  const a = text.lastIndexOf(". ", start);
  const from = Math.max(a + 1, start - 200);
  let to = text.indexOf(". ", end);
  if (to < 0 || to > end + 200) to = Math.min(text.length, end + 200);
  return text.slice(from, to);
}

function sentenceAround(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 200), Math.min(text.length, end + 200));
}

// ---------------------------------------------------------------------------------------------
// Rules, in priority order (earlier wins a tie on the same extent).
const rules: Rule[] = [];
const rule = (name: string, src: string, make: Rule["make"], flags = "g") => rules.push({ name, re: rx(src, flags), make });

// 2021-12-30, 2021-12-30T15:35, 2021-12-30 15:35:00Z
rule("iso", `(?<![\\w/.-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\x20](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\w/-]|\\.\\d)`, (m) => {
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidDate(y, mo, d) || y < 1000) return null;
  const day = fmtDay({ y, m: mo, d });
  if (m[4] !== undefined) {
    const v = `${day}T${m[4]}:${m[5]}`;
    return { start: m.index, end: m.index + m[0].length, type: "TIME", resolve: () => v };
  }
  return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: () => day };
});

// 12/30/2021, 12/30/21, 30/12/2021 (day first when unambiguous). Never "1/2" (no year: a fraction).
rule("slash", `(?<![\\w/.$-])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\w/]|\\.\\d)`, (m) => {
  let mo = Number(m[1]);
  let d = Number(m[2]);
  if (mo > 12 && d <= 12) [mo, d] = [d, mo];
  let y = Number(m[3]);
  if (m[3]!.length === 2) y += y < 50 ? 2000 : 1900;
  if (!isValidDate(y, mo, d)) return null;
  const v = fmtDay({ y, m: mo, d });
  return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: () => v };
});

// 9/11 (the attacks)
rule("nine-eleven", `(?<![\\w/.$-])9/11(?![\\w/]|\\.\\d)`, (m) => ({
  start: m.index, end: m.index + 4, type: "DATE", resolve: () => "2001-09-11",
}));

// [Thursday,] Dec. 7[th][, 2021] [of last year]; last Oct. 23, next March 15
rule(
  "mdy",
  `${L}(?:(${WEEKDAY_RE}|${WEEKDAY_ABBR_RE}),? (?:the )?|(?i:(last|next|this past|this coming)) )?(${MONTH_RE}) ${DAY}${ORD_SUFFIX}(?!\\d|:\\d|\\.\\d)(?:(?:,? |, of |\\.? )${Y4}(?!\\d|[.,]\\d))?(?:(?:,? | of )(last|this|next) year(?!['’]))?${R}`,
  (m, text) => {
    const mo = monthNum(m[3]!);
    const d = Number(m[4]);
    if (!mo || d > 31) return null;
    const year = m[5] ? Number(m[5]) : null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // "Sept. 11" the attacks
    if (mo === 9 && d === 11 && year === null && /^\W*(?:attacks?|terror|hijack|commission)/i.test(after)) {
      return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: () => "2001-09-11" };
    }
    const rel = m[6];
    const wd = m[1] ? WEEKDAYS[m[1].toLowerCase().replace(/\.$/, "")] ?? null : null;
    const dayRel = relOf(m[2]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (ctx) => (rel ? monthDay(ctx, mo, d, relYear(ctx, rel)) : monthDay(ctx, mo, d, year, year === null ? dayRel : "", wd)),
    };
  },
);

// [Thursday,] [the] 7[th] [of] December[, 2021]
rule(
  "dmy",
  `(?<![\\w$£€.,/-])(?:(${WEEKDAY_RE}),? )?(?:the )?${DAY}${ORD_SUFFIX} (?:of )?(${MONTH_RE})(?:,? ${Y4}(?!\\d|[.,]\\d))?${R}`,
  (m, text) => {
    const mo = monthNum(m[3]!);
    const d = Number(m[2]);
    if (!mo) return null;
    const monthWord = m[3]!;
    // "5 May" is fine, but "3 March" after a verb-ish count is rare; require a capitalised month and
    // reject abbreviations without a period ("3 Jan" is a name list more often than not).
    if (!/\.$/.test(monthWord) && monthWord.length <= 4 && !/^(?:May|June|July)$/.test(monthWord)) return null;
    const prev = prevWord(text, m.index);
    if (/^(?:about|nearly|some|over|than|least|almost|around|approximately)$/.test(prev) && !m[1]) return null;
    const year = m[4] ? Number(m[4]) : null;
    return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: (ctx) => monthDay(ctx, mo, d, year) };
  },
);

// "the week of March 6": the calendar week that holds that day.
rule("week-of", `${L}(?i:the) week of (${MONTH_RE}) (\\d{1,2})(?:,? ${Y4})?(?!\\d|,? \\d)`, (m) => {
  const mo = monthNum(m[1]!);
  const d = Number(m[2]);
  const y = m[3] ? Number(m[3]) : null;
  if (!mo || d < 1 || d > 31) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: "DATE",
    resolve: (ctx) => {
      const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(monthDay(ctx, mo, d, y));
      return day ? fmtWeek({ y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) }) : `XXXX-${pad2(mo)}-${pad2(d)}`;
    },
  };
});

// December 2021, mid-December 2021, the end of May 2020
rule(
  "month-year",
  `${L}(?:(?i:(early|mid|late|the (?:end|beginning|start|middle|first half|second half|rest|remainder) of))(?:-| ))?(${MONTH_RE})(?:,? | of )${Y4}(?!\\d|[.,]\\d)`,
  (m) => {
    const mo = monthNum(m[2]!);
    if (!mo) return null;
    const y = Number(m[3]);
    return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: () => `${pad4(y)}-${pad2(mo)}` };
  },
);

const MONTH_BEFORE = new RegExp(`${MONTH_RE}[^.;]{0,25}$`);
const MONTH_AFTER = new RegExp(`^\\W*(?:and|or|to|through|until)\\s+${MONTH_RE}`);
// June, in June, early June, last June, the end of June, June of last year
rule(
  "month",
  `${L}(?:(?i:(early|mid|late|earlier|later))(?:-| in | ))?(?:(?i:(?:the )?(end|beginning|start|middle|rest|remainder|first half|second half|first week|last week|first days|last days|close)) of )?(?:(?i:(last|this|next|past|coming)) )?(${MONTH_RE})(?:(?:,? | of )(?i:(last|this|next)) year(?!['’]))?${R}`,
  (m, text) => {
    const word = m[4]!;
    const mo = monthNum(word);
    if (!mo) return null;
    const hasMod = !!(m[1] || m[2] || m[3] || m[5]);
    const prev = prevWord(text, m.index);
    const prevCue = DATE_CUES.has(prev) && prev !== "to" && prev !== "and" && prev !== "or";
    const listCue =
      (prev === "and" || prev === "or" || prev === "to" || prev === "through" || prev === "-") &&
      MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    const next = nextWordRaw(text, m.index + m[0].length);
    const nextMonth = next && /^(?:and|or|to|through|until)$/.test(next) &&
      MONTH_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    if (/^[A-Z]{4,}$/.test(word) && !hasMod) return null; // "JUNE" in a headline, alone
    const abbr = word.length <= 4 && word !== "May" && word !== "June" && word !== "July";
    if (abbr) {
      if (!word.endsWith(".")) return null; // "Jan" the name
      if (!hasMod && !prevCue && !listCue) return null;
    } else if (word === "May" || word === "March") {
      if (!hasMod && !prevCue && !listCue && !nextMonth) return null;
      // "in May" is a date, but "as in May be…"? Rare enough. "March" after a modal is a verb.
      if (!hasMod && /^(?:will|would|to|can|could|should|might|must|they|we|i|you|and|also)$/.test(prev) && !listCue) return null;
    } else if (!hasMod && !prevCue && !listCue && !nextMonth) {
      // "August Wilson", "June Carter": a month name followed by a capitalised word is usually a name.
      if (next && isCap(next) && !/^(?:[A-Z]{2,}|I)$/.test(next)) return null;
      // After a capitalised word mid-sentence ("Aunt June") it is a name too.
      if (prev && isCap(text.slice(m.index - prev.length - 1, m.index).trim()) && !sentenceStart(text, m.index - prev.length - 1)) {
        const raw = /([A-Za-z]+)\W*$/.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1] ?? "";
        if (isCap(raw) && !MONTHS[raw.toLowerCase()]) return null;
      }
    }
    const rel = relOf(m[3]);
    const yearRel = m[5];
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (ctx) => month(ctx, mo, yearRel ? relYear(ctx, yearRel) : null, rel),
    };
  },
);

// Bare years with guards: "in 2014", "the 2015 nuclear accord", "Russia's 2008 invasion", "early 2022",
// "the end of 2021", "mid-2014". Not "2,000 troops", "1500 people", "$2014".
const APPROX = new Set(
  "about nearly approximately roughly almost than least totaling totalling total some over under additional another estimated extra only".split(" "),
);
const NOT_YEAR_BEFORE = new Set(
  "no number flight route room highway bill resolution section article model chapter page pages code zip suite apt box unit channel".split(" "),
);
// A year right after a capitalised word is the end of a name ("Football Manager 2020", "Expo 2020",
// "Tomb Raider 2013"), unless that word dates it: a month, weekday, season, holiday, or a cue capitalised in
// a headline ("Until 2020", "In 1998").
const TITLE_WORD_BEFORE = /(?:^|[^\w'’.-])([A-Z][A-Za-z]*) $/;
// Labels whose year is a date, not part of a name: "Copyright 2019", "Archive 2019", "Class 2020".
const YEAR_LABELS = new Set(["copyright", "archive", "archives", "class", "vintage", "census", "edition", "season"]);
const DATING_CAPITALS = new RegExp(`^(?:${HOLIDAY_RE})$`);
function inTitle(text: string, yearStart: number, prev: string): boolean {
  const word = TITLE_WORD_BEFORE.exec(text.slice(Math.max(0, yearStart - 24), yearStart))?.[1];
  if (!word || YEAR_CUES.has(prev) || YEAR_LABELS.has(prev) || Object.hasOwn(MONTHS, prev) || Object.hasOwn(WEEKDAYS, prev) || Object.hasOwn(SEASONS, prev) || DATING_CAPITALS.test(word)) return false;
  return !sentenceStart(text, yearStart - word.length - 1);
}
const YEAR_CUES = new Set("in since of from until till by year circa c before after around during through between and to".split(" "));
rule(
  "year",
  `${L}(?:(?i:(early|mid|late|pre|post))(?:-| )|(?i:(?:the )?(end|beginning|start|middle|rest|remainder|close|turn) of |(?:the )?(?:calendar )?year ))?${Y4}(?!\\d|[.,]\\d|%)`,
  (m, text) => {
    const yStr = m[3]!;
    const y = Number(yStr);
    const yStart = m.index + m[0].length - 4;
    const hasMod = !!(m[1] || m[2]) || /year $/i.test(m[0].slice(0, -4).trimEnd() + " ");
    const before = text[yStart - 1] ?? " ";
    const before2 = text.slice(Math.max(0, yStart - 6), yStart);
    if (/[$£€#/\\@:]/.test(before)) return null;
    if (/\d[.,]$/.test(before2)) return null;
    if (before === "-" && !m[1]) {
      // "2014-2015" range (the second year) is fine, a phone or model number is not.
      if (!/(?:^|[^\d])\d{4}-$/.test(before2)) return null;
    }
    if (/^[A-Za-z]$/.test(before)) return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^-\d/.test(after) && !/^-(?:\d{2}|\d{4})(?!\d)/.test(after)) return null;
    if (/^:\d/.test(after)) return null;
    if (/^\s*(?:percent|per cent|pct)\b/i.test(after)) return null;
    const next = nextWordRaw(text, m.index + m[0].length).toLowerCase();
    if (COUNT_NOUNS.has(next)) return null;
    if (/^\s*(?:[-–]\s*)?(?:years?|months?|days?|weeks?|hours?)\b/i.test(after)) return null; // "2000 years" is a duration
    const prev = prevWord(text, yStart);
    if (!hasMod) {
      if (APPROX.has(prev)) return null;
      if (inTitle(text, yStart, prev)) return null;
      if (NOT_YEAR_BEFORE.has(prev)) return null;
      if (y < 1900 && !YEAR_CUES.has(prev)) return null;
      // A year between numbers reads as a count: "between 1500 and 2000 people" (caught by COUNT_NOUNS),
      // "scored 2014 points" (caught). A number right after a count word: "top 1000".
      if (/^(?:top|first|last|the)$/.test(prev) && /^\s+[a-z]+s\b/.test(after) && !/^\s+(?:elections?|olympics|games|polls?|talks|accords?|protests?|floods?|riots?|negotiations|sanctions|attacks?|crisis|midterms|campaigns?|levels?|figures?|numbers?|rates?|prices?|budgets?|results?|deadlines?|targets?|standards)\b/i.test(after)) {
        if (!/^\s+\w+\s/.test(after)) return null;
      }
    } else if (y < 1000) return null;
    return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: () => yStr };
  },
);

// Years read out (broadcast transcripts): "nineteen ninety-six", "the year two thousand (and one)".
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const UNITS_W = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
rule(
  "spelled-year",
  `${L}((?i:the) year )?(?:(?i:nineteen) (?:(${TEENS.join("|")})|(${TENS.join("|")})(?:[- ](${UNITS_W.join("|")}))?)|two thousand(?: and (${UNITS_W.join("|")}))?)${R}`,
  (m) => {
    const [, theYear, teen, tens, unit, after2000] = m;
    if (!teen && !tens && !theYear) return null; // "two thousand" alone is a count
    const year = teen ? 1910 + TEENS.indexOf(teen) : tens ? 1920 + 10 * TENS.indexOf(tens) + (unit ? UNITS_W.indexOf(unit) + 1 : 0) : 2000 + (after2000 ? UNITS_W.indexOf(after2000) + 1 : 0);
    return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: () => String(year) };
  },
);

// A month or a season before a year read out: "January nineteen ninety-seven", "the winter of nineteen ninety-four".
rule(
  "spelled-month-year",
  `${L}(?:(${MONTH_RE})|(?i:the) (winter|spring|summer|fall|autumn) of) (?:(?i:nineteen) (?:(${TEENS.join("|")})|(${TENS.join("|")})(?:[- ](${UNITS_W.join("|")}))?)|two thousand(?: and (${UNITS_W.join("|")}))?)${R}`,
  (m) => {
    const [, monthWord, seasonWord, teen, tens, unit, after2000] = m;
    if (!teen && !tens && !after2000) return null; // "May two thousand" is a count as often as a year
    const year = teen ? 1910 + TEENS.indexOf(teen) : tens ? 1920 + 10 * TENS.indexOf(tens) + (unit ? UNITS_W.indexOf(unit) + 1 : 0) : 2000 + UNITS_W.indexOf(after2000!) + 1;
    const value = monthWord ? (monthNum(monthWord) ? `${year}-${pad2(monthNum(monthWord))}` : null) : `${year}-${SEASONS[seasonWord!.toLowerCase()]}`;
    return value ? { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: () => value } : null;
  },
);

// '08 after a cue ("in '08", "class of '99")
rule("short-year", `(?<=(?:in|since|of|until|by|from) )${AP}(\\d{2})(?![\\ds'’])`, (m, text) => {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
  if (/^\w/.test(after)) return null;
  const n = Number(m[1]);
  return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: (ctx) => String((ctx.ref && n <= (ctx.ref.y % 100) + 1 ? 2000 : 1900) + n) };
});

// the 1990s, the mid-1990s, the '90s, the eighties
const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
rule(
  "decade",
  `${LB}(?:(?i:the) )?(?:(?i:(early|mid|late))(?:-| ))?(?:(1[0-9]|20)(\\d)0${AP}?s|${AP}(\\d)0s|(?<=the (?:(?:early|mid|late)[- ])?)([Tt]wenties|[Tt]hirties|[Ff]orties|[Ff]ifties|[Ss]ixties|[Ss]eventies|[Ee]ighties|[Nn]ineties))${R}`,
  (m, text) => {
    if (m[5]) {
      const prev = prevWord(text, m.index);
      if (/^(?:his|her|their|its|my|our|your|low|high|upper|mid)$/.test(prev)) return null;
      const d = DECADE_WORDS[m[5].toLowerCase()]!;
      return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: () => `19${d}` };
    }
    if (m[2]) {
      const v = `${m[2]}${m[3]}`;
      return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: () => v };
    }
    const d = Number(m[4]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (ctx) => (d <= 1 || (d === 2 && ctx.ref && ctx.ref.y >= 2020) ? `20${d}` : `19${d}`),
    };
  },
);

// the 20th century, the twenty-first century, this century, the last century
rule(
  "century",
  `${L}(?:the )?(?:(early|mid|late)(?:-| ))?(?:(\\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first)|(this|last|previous|current|next|past)) ?-?century${R}`,
  (m) => {
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[4]) {
      if (/^the past/i.test(m[0])) return { start, end, type: "DURATION", resolve: () => "P1CE" };
      const r = relOf(m[4]);
      const n = r === "last" ? -1 : r === "next" ? 1 : 0;
      return { start, end, type: "DATE", resolve: (ctx) => shifted(ctx.ref, "century", n) };
    }
    const n = m[2] ? Number(m[2]) : parseOrdinal(m[3]!.replace(" ", "-"));
    if (!n || n > 30) return null;
    return { start, end, type: "DATE", resolve: () => pad2(n - 1) };
  },
  "gi",
);

// "the following Monday", "the previous Friday": counted from the day the story is telling, not from today.
rule(
  "anchored-weekday",
  `${L}[Tt]he (previous|preceding|following|next) (${WEEKDAY_RE})${R}`,
  (m) => {
    const back = /^p/i.test(m[1]!);
    const wd = WEEKDAYS[m[2]!.toLowerCase()]!;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (ctx) => {
        const a = ctx.anchorGran === "day" ? ctx.anchor : null;
        if (!a) return weekdayValue(ctx, wd, back ? "last" : "next");
        const cur = weekday(a);
        return fmtDay(back ? addDays(a, -((cur - wd + 6) % 7) - 1) : addDays(a, ((wd - cur + 6) % 7) + 1));
      },
    };
  },
);

// Thursday, last Thursday, Thursday night, Mondays (a set)
const NEWSPAPERS = /^(?:Times|Telegraph|Mirror|Express|Post|Herald|Night|Observer|Independent|Tribune|Bloody|School|Club|Morning Post)$/;
rule(
  "weekday",
  `${L}(?:(?i:(last|this|next|past|coming|this past|this coming|that|on)) )?(${WEEKDAY_RE})(s)?(?:${AP}s)?(?: (morning|afternoon|evening|night|overnight))?${R}`,
  (m, text) => {
    const wd = WEEKDAYS[m[2]!.toLowerCase()]!;
    const next = nextWordRaw(text, m.index + m[0].length);
    if (!m[4] && NEWSPAPERS.test(next)) return null;
    const prevRaw = /([A-Za-z]+)\W*$/.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? "";
    if (!m[1] && /^(?:Bloody|Ash|Palm|Holy|Maundy|Shrove|Fat|Good|Black|Cyber|Easter|Whit|Low|Orange|Blue)$/.test(prevRaw)) return null;
    let start = m.index;
    const mod = lc(m[1]);
    if (mod === "on") start += m[0].indexOf(m[2]!); // "on" is not part of the expression
    const end = m.index + m[0].length;
    const pod = m[4] ? PARTS_OF_DAY[m[4].toLowerCase()]! : "";
    if (m[3]) {
      // Mondays / Monday nights: recurring
      return { start, end, type: "SET", resolve: () => `XXXX-WXX-${wd}${pod ? "T" + pod : ""}` };
    }
    const rel = mod === "that" || mod === "on" ? "" : relOf(mod);
    const possessive = /['’]s$/.test(m[0].replace(/ (?:morning|afternoon|evening|night|overnight)$/i, ""));
    return {
      start,
      end,
      type: pod ? "TIME" : "DATE",
      resolve: (ctx) => {
        const v = weekdayValue(ctx, wd, rel, possessive);
        return pod ? (v.startsWith("XXXX-WXX") ? `${v}T${pod}` : `${v}T${pod}`) : v;
      },
    };
  },
);

// The part of the day before its day: "mid-afternoon yesterday", "late evening Friday".
rule(
  "daypart-day",
  `${L}(?:(?i:early|late|mid)(?:-| ))?(morning|afternoon|evening|night) (yesterday|today|tomorrow|${WEEKDAY_RE})(?![\\w'’])`,
  (m) => {
    const pod = PARTS_OF_DAY[m[1]!.toLowerCase()]!;
    const day = m[2]!.toLowerCase();
    const wd = WEEKDAYS[day];
    const n = day === "yesterday" ? -1 : day === "tomorrow" ? 1 : 0;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "TIME",
      resolve: (ctx) => `${wd !== undefined ? weekdayValue(ctx, wd) : shifted(ctx.ref, "day", n)}T${pod}`,
    };
  },
);

// today, tonight, yesterday morning, tomorrow, the day before yesterday, this morning, last night
rule(
  "rel-day",
  `${L}(?:(early|late) )?(?:(?:the )?day (before|after) )?([Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)(?: (morning|afternoon|evening|night))?${R}`,
  (m, text) => {
    const word = m[3]!.toLowerCase();
    // "the leaders of tomorrow", "the world of today": an age, not a day.
    if (!m[1] && !m[2] && !m[4] && (word === "tomorrow" || word === "today") && /\p{L}{3,} of $/u.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
    let n = word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0;
    if (m[2]) n += m[2] === "before" ? -1 : 1;
    const pod = word === "tonight" ? "NI" : m[4] ? PARTS_OF_DAY[m[4].toLowerCase()]! : "";
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: pod ? "TIME" : "DATE",
      resolve: (ctx) => shifted(ctx.ref, "day", n) + (pod ? `T${pod}` : ""),
    };
  },
  "gi",
);
rule(
  "this-morning",
  `${L}(?:(early|late) )?([Tt]his|[Ll]ast|[Tt]hat) (morning|afternoon|evening|night)${R}`,
  (m) => {
    const which = m[2]!.toLowerCase();
    const pod = PARTS_OF_DAY[m[3]!.toLowerCase()]!;
    const n = which === "last" ? (pod === "NI" || pod === "EV" ? -1 : -1) : 0;
    if (which === "that") return null;
    return { start: m.index, end: m.index + m[0].length, type: "TIME", resolve: (ctx) => `${shifted(ctx.ref, "day", n)}T${pod}` };
  },
  "gi",
);

// the following morning, the previous night (narrative anchor)
rule("next-morning", `${L}the (following|next|previous|same) (morning|afternoon|evening|night)${R}`, (m) => {
  const w = m[1]!.toLowerCase();
  const n = w === "previous" ? -1 : w === "same" ? 0 : 1;
  const pod = PARTS_OF_DAY[m[2]!.toLowerCase()]!;
  return { start: m.index, end: m.index + m[0].length, type: "TIME", resolve: (ctx) => `${anchoredShift(ctx, "day", n)}T${pod}` };
}, "gi");
// yearlong, weeklong, monthlong, decadelong
rule("long-words", `${L}(year|month|week|day|decade|centur(?:y|ies)|decades|years|months|weeks)-?long${R}`, (m) => {
  const w = m[1]!.toLowerCase();
  const unit = unitOf(w);
  const [code] = UNITS[unit]!;
  const v = /s$/.test(w) && unit !== w ? `PX${code}` : `P1${code}`;
  return { start: m.index, end: m.index + m[0].length, type: "DURATION", resolve: () => v };
}, "gi");

// last week, this month, next year, earlier this year, late last year, the end of the month,
// the past year (a duration), the following week (narrative anchor), this past weekend
const REL_UNITS = "(week|month|year|weekend|quarter|decade|fiscal year|school year|calendar year|day)";
rule(
  "rel-unit",
  `${L}(?:(early|late|mid|earlier|later)(?:-| in | ))?(?:(?:the )?(end|beginning|start|middle|rest|remainder|first half|second half|balance|close|first part|latter part|first week|last week|first days|final days|last days) of )?(the )?(last|this past|this coming|this|next|past|coming|previous|following|current|same|prior|upcoming|new) ${REL_UNITS}${R}`,
  (m, text) => {
    const the = !!m[3];
    const which = m[4]!.toLowerCase();
    const unit = m[5]!.toLowerCase();
    const start = m.index;
    const end = m.index + m[0].length;
    const span = m[1] || m[2];
    if (unit === "day") {
      // the next day, the following day, the previous day, the same day
      if (!the) return null;
      const n = which === "next" || which === "following" ? 1 : which === "previous" || which === "prior" ? -1 : which === "same" ? 0 : null;
      if (n === null) return null;
      return { start, end, type: "DATE", resolve: (ctx) => anchoredShift(ctx, "day", n) };
    }
    if (which === "new") {
      if (unit !== "year" && unit !== "fiscal year") return null;
      // "the new year" = the coming one; "new year" without the is a holiday ("New Year") or adjective
      if (!the) return null;
      return { start, end, type: "DATE", resolve: (ctx) => shifted(ctx.ref, "year", ctx.ref && ctx.ref.m >= 10 ? 1 : 0) };
    }
    // "The plant opened in 2019. The next year, …": a step from the year just named, not a duration.
    const prevW = prevWord(text, start);
    if (the && !span && which === "next" && (unit === "year" || unit === "month") && !/^(?:over|for|within|during|throughout|through|in|into|of|than|past|the)$/.test(prevW)) {
      return { start, end, type: "DATE", resolve: (ctx) => (ctx.anchorFrom !== null ? anchoredShift(ctx, unit, 1) : shifted(ctx.ref, unit, 1)) };
    }
    if (the && !span && (which === "past" || which === "last" || which === "next" || which === "coming" || which === "upcoming")) {
      // "the past year", "over the next month": a duration
      if (unit === "quarter" || unit === "fiscal year" || unit === "school year") {
        if (which === "last" || which === "past") {
          const u = unit === "quarter" ? "quarter" : "year";
          return { start, end, type: "DATE", resolve: (ctx) => shifted(ctx.ref, u, -1) };
        }
        return null;
      }
      const [code, isTime] = UNITS[unit === "calendar year" ? "year" : unit]!;
      return { start, end, type: "DURATION", resolve: () => `P${isTime ? "T" : ""}1${code}` };
    }
    let n = 0;
    let anchored = false;
    switch (which) {
      case "last":
      case "past":
      case "this past":
        n = -1;
        break;
      case "next":
      case "coming":
      case "this coming":
      case "upcoming":
        n = 1;
        break;
      case "previous":
      case "prior":
        n = -1;
        anchored = true;
        break;
      case "following":
        n = 1;
        anchored = true;
        break;
      case "same":
        anchored = true;
        break;
    }
    const prev = prevWord(text, m.index);
    if (which === "this" && unit === "year" && /^(?:of|until|in)$/.test(prev) === false) {
      /* "this year" is always a date */
    }
    const u = unit === "fiscal year" || unit === "school year" || unit === "calendar year" ? "year" : unit;
    const fy = unit === "fiscal year";
    // "compared with $3 million last year" in an earnings story: the same quarter a year back.
    const cmp = u === "year" && n === -1 && !anchored && !span && !fy ? sentenceOf(text, start, end) : "";
    const earnings = cmp !== "" && EARNINGS_CMP.test(cmp) && !LONGER_PERIOD.test(cmp);
    return {
      start,
      end,
      type: "DATE",
      resolve: (ctx) => {
        const q = earnings ? yearAgoQuarter(ctx, 1) : null;
        if (q) return q;
        const v = anchored ? anchoredShift(ctx, u, n) : shifted(ctx.ref, u, n);
        return v;
      },
    };
  },
  "gi",
);

// "over the weekend": the most recent weekend in a past clause, the coming one otherwise
rule("the-weekend", `(?<=(?:[Oo]ver|[Dd]uring|[Oo]n|[Aa]t|[Ff]or|[Tt]hrough|[Uu]ntil|[Bb]y|[Ii]nto|that|of) )the weekend${R}`, (m) => ({
  start: m.index,
  end: m.index + m[0].length,
  type: "DATE",
  resolve: (ctx) => {
    const ref = ctx.ref;
    if (!ref) return "XXXX-WXX-WE";
    const wd = weekday(ref);
    const t = ctx.tense();
    if (wd >= 6) return `${fmtWeek(ref)}-WE`;
    return t === "past" || (t === "neutral" && wd <= 2) ? shifted(ref, "weekend", -1) : `${fmtWeek(ref)}-WE`;
  },
}));

// year-end, "that year", "for the year", "earlier in the day"
rule("year-end", `${L}(?:year-end|year${AP}s end|[Yy]ear end)${R}`, (m) => ({
  start: m.index,
  end: m.index + m[0].length,
  type: "DATE",
  resolve: (ctx) => (ctx.ref ? pad4(ctx.ref.y - (ctx.ref.m <= 2 && ctx.tense() === "past" ? 1 : 0)) : "XXXX"),
}));
// "earlier that day", "later that year": the same unit as the anchor, with its adverb in the span
rule("that-unit", `${L}(?:(?:earlier|later) )?(?:that|the same) (day|week|month|year)${R}`, (m, text) => {
  const unit = m[1]!.toLowerCase();
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (/^\s+(?:of|when|in which|that|as)\b/.test(after)) return null;
  // "trades made that day" after only a year or a month was named: no day to point at (generic, or
  // unknowable); the expression is dropped rather than given the year's value.
  return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: (ctx) => (ctx.anchorFrom !== null && coarser(ctx.anchorGran, unit) ? "" : anchoredShift(ctx, unit, 0)) };
}, "gi");
const GRAN_RANK: Record<string, number> = { day: 0, week: 0, month: 1, year: 2 };
/** Whether the narrative anchor is too coarse to name this unit ("that day" after "in 1987"). */
const coarser = (gran: string, unit: string) => GRAN_RANK[gran]! > GRAN_RANK[unit]!;
rule("the-year", `(?<=(?:[Ff]or|in|during|throughout|of|over|[Ee]arlier in|[Ll]ater in|[Ee]arly in|[Ll]ate in) )the (?:(full) )?(year|month|week|day)(?![\\w-])`, (m, text) => {
  const unit = m[2]!.toLowerCase();
  if (m[1] && unit !== "year") return null; // "for the full year" (an earnings period) is the year itself
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
  if (/^\s+(?:of|before|after|earlier|later|ago|when|in which|that|to|since|as|the|a|an|he|she|they|it|we|I)\b/.test(after)) return null;
  // "in the year ended March 31": an accounting period, told by the day it ends, not the calendar year.
  if (/^\s+(?:ended|ending|through)\b/.test(after)) {
    const value = `P1${unit === "year" ? "Y" : unit === "month" ? "M" : unit === "week" ? "W" : "D"}`;
    return { start: m.index, end: m.index + m[0].length, type: "DURATION", resolve: () => value };
  }
  const prev = text.slice(Math.max(0, m.index - 12), m.index);
  if (unit === "day" && !/(?:earlier|later|early|late) in $/i.test(prev)) return null;
  if (unit !== "year" && /(?:^|\s)(?:for|of|over) $/i.test(prev)) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: "DATE",
    resolve: (ctx) => (unit === "day" ? anchoredShift(ctx, "day", 0) : unit === "year" && !m[1] && ctx.anchorGran !== "day" ? anchoredShift(ctx, "year", 0) : shifted(ctx.ref, unit, 0)),
  };
});

// the end of the year, earlier in the month, later in the week
rule(
  "the-unit",
  `${L}(?:(?:(early|late|mid|earlier|later)(?:-| )?(?:in )?)the (week|month|year|decade|quarter|century)|(?:(?:early|late) )?(?:the )?(end|beginning|start|middle|rest|remainder|balance|close|turn|second half|first half) of the (week|month|year|decade|quarter|century))${R}`,
  (m) => {
    const unit = (m[2] ?? m[4])!.toLowerCase();
    return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: (ctx) => shifted(ctx.ref, unit, 0) };
  },
  "gi",
);

// three years ago, a week earlier, two days later, 10 years from now, years ago
rule(
  "ago",
  `${L}(?:(?:about|nearly|almost|some|roughly|approximately|around|more than|less than|over|just|only|exactly|barely|at least) )?(${NUM_RE}|${VAGUE_RE}|the)(?:-| )(${UNIT_RE}) (ago|earlier|later|before|after|from now|hence|back|prior|on)${R}`,
  (m, text) => {
    const numW = m[1]!.toLowerCase();
    const unit = unitOf(m[2]!);
    const dir = m[3]!.toLowerCase();
    const start = m.index;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 20);
    if (dir === "on" && !/^\s*[,.;)]/.test(after)) return null; // "a year on" (= later) only at the end of a phrase
    if ((dir === "before" || dir === "after" || dir === "prior") && !/^\s*(?:[,.;:)"”]|$)/.test(after)) return null; // "two days after the vote": the duration alone
    if (dir === "back" && !/^\s*(?:[,.;:)"”]|$|in\b|when\b)/.test(after)) return null;
    const vague = /^(?:several|a few|few|many|some|numerous|a number of|countless|a couple of|couple of)$/.test(numW);
    if (numW === "the") {
      // "the day before", "the year after": anchor-relative single step, at the end of a phrase
      if (!/^(?:day|week|month|year)$/.test(unit) || !/^(?:before|after|earlier|later|prior)$/.test(dir)) return null;
    }
    const n = numW === "the" ? 1 : vague ? null : parseNumber(numW);
    if (!vague && n === null) return null;
    const back = /^(?:ago|earlier|before|back|prior)$/.test(dir);
    const anchored = !/^(?:ago|from now|hence|back)$/.test(dir);
    const time = unit === "hour" || unit === "minute" || unit === "second";
    if (vague || n === null) {
      if (dir === "ago" || dir === "back") return { start, end, type: "DATE", resolve: () => "PAST_REF" };
      if (dir === "from now" || dir === "hence") return { start, end, type: "DATE", resolve: () => "FUTURE_REF" };
      return null;
    }
    if (time) {
      const perUnit = unit === "hour" ? 60 : unit === "minute" ? 1 : 0;
      return {
        start,
        end,
        type: "TIME",
        ...(anchored && perUnit ? { relMinutes: Math.round((back ? -n : n) * perUnit) } : {}),
        resolve: (ctx) => {
          const base = anchored ? (ctx.anchorGran === "day" ? ctx.anchor : null) : ctx.ref;
          return base ? fmtDay(base) : anchored ? "" : "PAST_REF";
        },
      };
    }
    let u = unit;
    let k = Math.round(n);
    if (unit === "fortnight") {
      u = "week";
      k *= 2;
    } else if (unit === "night") u = "day";
    else if (unit === "quarter") {
      u = "quarter";
    } else if (unit === "century") u = "century";
    else if (unit === "decade") u = "decade";
    else if (unit === "weekend") u = "weekend";
    const around = u === "year" && back ? sentenceOf(text, start, end) : "";
    const earnings = around !== "" && EARNINGS_CMP.test(around);
    const quarterly = earnings && !LONGER_PERIOD.test(around);
    return {
      start,
      end,
      type: "DATE",
      resolve: (ctx) => {
        if (earnings) {
          // An earnings comparison looks back from the report, not from the last year named.
          return (quarterly ? yearAgoQuarter(ctx, k) : null) ?? shifted(ctx.ref, "year", -k);
        }
        const base = anchored ? ctx.anchor : ctx.ref;
        if (u === "decade" && base) return String(Math.floor((base.y + (back ? -10 : 10) * k) / 10));
        return anchored ? anchoredShift(ctx, u, back ? -k : k) : shifted(base, u, back ? -k : k);
      },
    };
  },
  "gi",
);

// Durations: three days, a two-year deal, 50 minutes, more than a decade, the past three years,
// several months, two and a half years. Frequencies in disguise ("$5 billion a year") become sets.
const DUR_PREFIX =
  "(?:(?:about|nearly|almost|some|roughly|approximately|around|more than|less than|fewer than|at least|at most|up to|over|under|just over|just under|only|just|another|an additional|an extra|a further|a full|the (?:past|last|next|coming|first|final|previous|following|remaining|whole|entire|full|same|initial|past few|last few|next few)) )?";
const FREQ_BEFORE = /(?:\d|%|percent|billion|million|thousand|trillion|dollars|euros|pounds|cents|once|twice|thrice|times|per)\W{0,3}$/i;
rule(
  "duration",
  `${L}(?<![,.]\\d*)${DUR_PREFIX}(${NUM_RE}|${VAGUE_RE})( and a half)?(?:-| )(${UNIT_RE})(?:[- ]long| and a half)?${R}`,
  (m, text) => {
    const numW = m[1]!.toLowerCase().replace(/\s+/g, " ");
    // "the Six-Day War", "the Thirty Years War": a capitalised unit word is part of a name.
    if (/^[A-Z][a-z]/.test(m[3]!)) return null;
    const unit = unitOf(m[3]!);
    const start = m.index;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 16);
    const plural = /s$/i.test(m[3]!) && unit !== m[3]!.toLowerCase();
    const single = /^(?:a|an|one)$/.test(numW);
    if (unit === "quarter" && (single || /^\s+of\b/.test(after))) return null; // "a quarter of the vote"
    if (single && plural) return null; // "a decades-long feud"
    if (unit === "second" && single) return null; // "a second round"
    if (/^\d+$/.test(numW) && numW.length >= 4 && Number(numW) >= 1900 && !plural) return null;
    if (/^\s*-?old\b/.test(after)) {
      // ages: "a 10-year-old", "47 years old"
      const n = parseNumber(numW);
      if (n === null) return null;
      const [code] = UNITS[unit] ?? ["Y"];
      return { start, end: end + /^\s*-?old/.exec(after)![0].length, type: "DURATION", resolve: () => `P${n}${code}` };
    }
    if (single && !plural) {
      const before = text.slice(Math.max(0, start - 24), start);
      if (/^an?$/.test(numW) && FREQ_BEFORE.test(before) && /^(?:year|month|week|day|hour|night|minute)$/.test(unit)) {
        const [code, isTime] = UNITS[unit]!;
        return { start, end, type: "SET", resolve: () => `P${isTime ? "T" : ""}1${code === "D" && unit === "night" ? "D" : code}` };
      }
      if (numW === "one" && (unit === "day" || unit === "night")) {
        const prev = prevWord(text, start);
        if (!/^(?:for|within|in|after|than|over|just|only|lasting|last|lasted|about|nearly|a|the|least)$/.test(prev)) return null; // "One day, he…"
      }
    }
    const vague = /^(?:several|a few|few|many|some|numerous|a number of|countless|couple of|a couple of)$/.test(numW) && !/^a couple/.test(numW);
    let n: number | null = vague ? null : parseNumber(numW);
    if (!vague && n === null) {
      if (/couple/.test(numW)) n = 2;
      else return null;
    }
    if (n !== null && m[2]) n += 0.5;
    if (n !== null && /and a half$/.test(m[0])) n += m[2] ? 0 : 0.5;
    let [code, isTime] = UNITS[unit]!;
    let k: number | string = n === null ? "X" : n;
    if (unit === "fortnight" && typeof k === "number") k *= 2;
    if (unit === "quarter") {
      code = "M";
      if (typeof k === "number") k *= 3;
    }
    if (unit === "night") code = "D";
    const num = typeof k === "number" ? String(Math.round(k * 100) / 100) : k;
    return { start, end, type: "DURATION", resolve: () => `P${isTime ? "T" : ""}${num}${code}` };
  },
  "gi",
);

// Bare plurals after "for"/"in"/"within": "for years", "within hours", "decades-long"
rule(
  "vague-duration",
  `(?<=(?:for|in|within|over|after|lasting|last|lasted|for the past|for the last|wait|waited|waiting|take|takes|took|taken|taking|spend|spent|spending|face|faces|faced|facing) )(years|decades|months|weeks|days|hours|minutes|centuries)(?![\\w-])|${L}(years|decades|months|weeks|days|hours)-(?:long|old)${R}`,
  (m) => {
    const unit = unitOf(m[1] ?? m[2]!);
    const [code, isTime] = UNITS[unit]!;
    return { start: m.index, end: m.index + m[0].length, type: "DURATION", resolve: () => `P${isTime ? "T" : ""}X${code}` };
  },
  "gi",
);

// Sets: every week, each year, every Monday, twice a year, daily, annually, per year
const SET_WORDS: Record<string, string> = {
  annually: "P1Y", yearly: "P1Y", biannually: "P6M", semiannually: "P6M", "semi-annually": "P6M", quarterly: "P3M",
  monthly: "P1M", weekly: "P1W", biweekly: "P2W", "bi-weekly": "P2W", daily: "P1D", nightly: "P1D", hourly: "PT1H",
};
rule(
  "every",
  `${L}(?:[Ee]very|[Ee]ach)(?: (other|single|few))?(?: (${NUM_RE}))? (${UNIT_RE}|${WEEKDAY_RE}|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter|${MONTH_RE}|${HOLIDAY_RE})${R}`,
  (m) => {
    const start = m.index;
    const end = m.index + m[0].length;
    const w = m[3]!;
    const wd = WEEKDAYS[w.toLowerCase()];
    if (wd) return { start, end, type: "SET", resolve: () => `XXXX-WXX-${wd}` };
    if (/^[A-Z]/.test(w) && !monthNum(w)) {
      const v = holiday({ ref: null, anchor: null, anchorGran: "day", lastQuarter: null, anchorFrom: null, tense: () => "neutral", strongTense: () => "neutral" }, w, null);
      return { start, end, type: "SET", resolve: () => v };
    }
    const pod = PARTS_OF_DAY[w.toLowerCase()];
    if (pod && w.toLowerCase() !== "night") return { start, end, type: "SET", resolve: () => `T${pod}` };
    const s = SEASONS[w.toLowerCase()];
    if (s) return { start, end, type: "SET", resolve: () => `XXXX-${s}` };
    const mo = monthNum(w);
    if (mo && !/^(?:second|minute)/.test(w)) return { start, end, type: "SET", resolve: () => `XXXX-${pad2(mo)}` };
    const unit = unitOf(w);
    const u = UNITS[unit];
    if (!u) return null;
    let n = m[2] ? parseNumber(m[2]) : 1;
    if (n === null) return null;
    if (m[1] === "other") n *= 2;
    const [code, isTime] = u;
    return { start, end, type: "SET", resolve: () => `P${isTime ? "T" : ""}${m[1] === "few" ? "X" : n}${unit === "night" ? "D" : code}` };
  },
);
rule(
  "times-per",
  `${L}(?:(once|twice|thrice|(${NUM_RE}) times) (?:a|an|per|every|each) |per |an? (?=(?:year|month|week|day|quarter)\\b(?=\\s*(?:[,.;)]|$))))(${UNIT_RE}|annum)${R}`,
  (m, text) => {
    const unit = m[3]!.toLowerCase() === "annum" ? "year" : unitOf(m[3]!);
    const u = UNITS[unit];
    if (!u) return null;
    if (!m[1]) {
      // "per year", "a year" at the end of a phrase after a quantity
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (!/^per/i.test(m[0]) && !FREQ_BEFORE.test(before)) return null;
    }
    const [code, isTime] = u;
    const v = unit === "quarter" ? "P3M" : unit === "night" ? "P1D" : `P${isTime ? "T" : ""}1${code}`;
    return { start: m.index, end: m.index + m[0].length, type: "SET", resolve: () => v };
  },
  "gi",
);
rule(
  "set-word",
  `${L}(?:on an? (daily|weekly|monthly|yearly|annual|quarterly|nightly|hourly|biweekly) basis|(annually|yearly|biannually|semi-?annually|quarterly|monthly|weekly|bi-?weekly|daily|nightly|hourly))${R}`,
  (m, text) => {
    const w = (m[1] ?? m[2])!.toLowerCase().replace("annual", "annually").replace("annuallyly", "annually");
    const v = SET_WORDS[w] ?? SET_WORDS[w.replace(/ly$/, "") + "ly"];
    if (!v) return null;
    if (m[2] && !/^(?:annually|semi-?annually|biannually)$/.test(w)) {
      // Adjectival uses ("the weekly magazine", "daily life") are not sets; adverbial ones are.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (!/^\s*(?:[,.;:)"”]|$|(?:on|in|at|for|to|and|or|by|since|until|with|from|through|over|as|basis|since|during|before|after)\b)/.test(after)) return null;
      const prev = prevWord(text, m.index);
      if (/^(?:the|a|an|its|his|her|their|our|my|your)$/.test(prev)) return null;
    }
    return { start: m.index, end: m.index + m[0].length, type: "SET", resolve: () => v };
  },
  "gi",
);

// "24 hours a day", "seven days a week": one recurring expression
rule("around-the-clock", `${L}(24 hours|seven days|7 days|365 days|52 weeks) an? (day|week|year)${R}`, (m) => {
  const u = m[2]!.toLowerCase();
  const v = u === "day" ? "P1D" : u === "week" ? "P1W" : "P1Y";
  return { start: m.index, end: m.index + m[0].length, type: "SET", resolve: () => v };
}, "gi");

// "in the quarter": the quarter the story is about (the last one mentioned), else the latest finished one
rule("the-quarter", `(?<=(?:in|for|during|of|over|through|since|from) )the (?:latest |most recent |same |current |just-ended |recent |reporting |fiscal |latest fiscal )?quarter(?![\\w-])|${L}[Tt]he (?:latest|most recent|just-ended) (?:quarter|period)(?![\\w-])`, (m, text) => {
  const start = m.index;
  const end = m.index + m[0].length;
  if (/^\s+of\b/.test(text.slice(end, end + 6))) return null;
  const around = sentenceAround(text, start, end);
  if (SPORTS.test(around) && !FINANCE.test(around.replace(/quarter/gi, ""))) return null;
  const current = /current/i.test(m[0]);
  const latest = /latest|most recent|just-ended/i.test(m[0]);
  if (/period$/i.test(m[0]) && !FINANCE.test(around.replace(/period/gi, ""))) return null;
  return {
    start,
    end,
    type: "DATE",
    resolve: (ctx) => {
      if (!current && ctx.lastQuarter) return ctx.lastQuarter;
      if (!ctx.ref) return "XXXX-QX";
      return shifted(ctx.ref, "quarter", current || (!latest && ctx.tense() === "future") ? 0 : -1);
    },
  };
}, "gi");

// "the year-earlier quarter", "the year-ago period": the story's quarter a year back
// "the year-earlier quarter", "the comparable year-ago third quarter", "year-earlier profit", "the
// corresponding period last year": in an earnings story, the story's quarter a year back.
const QORD = "(first|second|third|fourth|1st|2nd|3rd|4th)";
rule(
  "year-earlier",
  `${L}(?:(?:the )?(?:comparable |corresponding |same )?(?:year-earlier|year-ago|prior-year|year-before)(?: ${QORD}(?:[- ]fiscal)?)?[- ](?:quarter|period)|(?:the )?(?:corresponding|comparable|same) (?:quarter|period) (?:last year|a year (?:ago|earlier))|(year-earlier|year-ago)(?= (?!quarter|period)[a-z]))${R}`,
  (m, text) => {
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[2] && !FINANCE.test(sentenceAround(text, start, end))) return null; // the bare adjective: earnings only
    const ord = m[1] ? parseOrdinal(m[1].replace(/\D+$/, "")) ?? parseOrdinal(m[1]) : null;
    return {
      start,
      end,
      type: "DATE",
      resolve: (ctx) => {
        if (ord && ctx.ref) return `${pad4(ctx.ref.y - 1)}-Q${ord}`;
        return yearAgoQuarter(ctx, 1) ?? (ctx.ref ? pad4(ctx.ref.y - 1) : "XXXX");
      },
    };
  },
  "gi",
);

// "this year's third quarter", "last year's quarter", "next year's first quarter", "the 1988 period"
rule(
  "year-quarter",
  `${L}(?:(this|last|next) year${AP}s (?:${QORD}[- ])?(?:fiscal )?quarter|the ${Y4} (?:${QORD}[- ])?(?:quarter|period))${R}`,
  (m, text) => {
    const start = m.index;
    const end = m.index + m[0].length;
    const ordW = m[2] ?? m[4];
    const ord = ordW ? parseOrdinal(ordW.replace(/\D+$/, "")) ?? parseOrdinal(ordW) : null;
    if (m[3] && !ord && /period$/i.test(m[0]) && !FINANCE.test(sentenceAround(text, start, end).replace(/period/gi, ""))) return null;
    const fixedYear = m[3] ? Number(m[3]) : null;
    const rel = m[1] ? relOf(m[1]) : "";
    return {
      start,
      end,
      type: "DATE",
      resolve: (ctx) => {
        const y = fixedYear ?? (ctx.ref ? ctx.ref.y + (rel === "last" ? -1 : rel === "next" ? 1 : 0) : null);
        const story = ctx.latestQuarter ?? ctx.lastQuarter;
        const q = ord ?? (story ? Number(story.slice(-1)) : null);
        if (y === null) return q ? `XXXX-Q${q}` : "XXXX";
        return q ? `${pad4(y)}-Q${q}` : pad4(y);
      },
    };
  },
  "gi",
);

// Quarters and halves: the third quarter, 2021 fourth-quarter, Q3 2021, the first half of 2022
const ORD = "(first|second|third|fourth|final|last|1st|2nd|3rd|4th)";
const yearAfter = `(?: (?:of|in|for) (?:(?:fiscal )?${Y4}|(this|last|next|the|the current|the same) (?:fiscal )?year|fiscal (?:year )?${Y4}))?`;
rule(
  "quarter",
  `${L}(?:(?:the )?(?:${Y4}(?:${AP}s)? |fiscal ${Y4}(?:${AP}s)? )?(?:fiscal )?${ORD}[- ](?:fiscal[- ])?quarter${yearAfter})${R}`,
  (m, text) => {
    const qWord = m[3]!.toLowerCase();
    const start = m.index;
    const end = m.index + m[0].length;
    const yPre = m[1] ?? m[2];
    const yPost = m[4] ?? m[6];
    const yearRel = m[5]?.toLowerCase();
    let q = qWord === "final" || qWord === "last" ? 4 : parseOrdinal(qWord.replace(/\D+$/, "")) ?? parseOrdinal(qWord);
    if (!q || q > 4) return null;
    const around = sentenceAround(text, start, end);
    let year: number | null = yPre ? Number(yPre) : yPost ? Number(yPost) : null;
    if (year === null && !yearRel && SPORTS.test(around) && !FINANCE.test(around.replace(/quarter/gi, ""))) return null;
    if (qWord === "last" && year === null && !yearRel) {
      // "the last quarter" = the previous quarter
      return { start, end, type: "DATE", resolve: (ctx) => shifted(ctx.ref, "quarter", -1) };
    }
    return {
      start,
      end,
      type: "DATE",
      resolve: (ctx) => {
        const y = year ?? (yearRel && yearRel !== "the" && yearRel !== "the same" && yearRel !== "the current" ? relYear(ctx, yearRel) : null);
        if (y === null && (yearRel === "the current" || yearRel === "the") && ctx.ref) return quarter(ctx, q, ctx.ref.y);
        return quarter(ctx, q, y);
      },
    };
  },
  "gi",
);
rule("q-notation", `${L}(?:${Y4} )?Q([1-4])(?:(?: |-|/|${AP})?(\\d{4}|\\d{2}))?${R}`, (m) => {
  const q = Number(m[2]);
  let y: number | null = m[1] ? Number(m[1]) : m[3] ? Number(m[3]) : null;
  if (y !== null && y < 100) y += 2000;
  return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: (ctx) => quarter(ctx, q, y) };
});
// "the first two quarters of 1990": that year's first half.
rule("two-quarters", `${L}(?:(?i:the) )?(first|last) two quarters of ${Y4}${R}`, (m) => {
  const value = `${m[2]}-H${m[1]!.toLowerCase() === "first" ? 1 : 2}`;
  return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: () => value };
});
rule(
  "half",
  `${L}(?:the )?(?:${Y4}(?:${AP}s)? )?(first|second|1st|2nd|latter|back|last) half${yearAfter}${R}`,
  (m, text) => {
    const h = /^(?:first|1st)$/i.test(m[2]!) ? 1 : 2;
    // "the last half" alone is the remainder of something; with a year it is that year's second half.
    if (/^last$/i.test(m[2]!) && !m[3] && !m[4] && !m[5]) return null;
    const year = m[1] ? Number(m[1]) : m[3] ? Number(m[3]) : m[5] ? Number(m[5]) : null;
    const yearRel = m[4]?.toLowerCase();
    const start = m.index;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 30);
    if (year === null && !yearRel) {
      if (/^\s+of\b/.test(after)) return null; // the second half of the match / decade
      const around = sentenceAround(text, start, end);
      if (SPORTS.test(around) || !FINANCE.test(around)) return null;
    }
    return {
      start,
      end,
      type: "DATE",
      resolve: (ctx) => {
        const y = year ?? (yearRel && !/^the/.test(yearRel) ? relYear(ctx, yearRel) : null);
        return half(ctx, h, y);
      },
    };
  },
  "gi",
);

// Fiscal years: fiscal 2022, fiscal year 2022, FY2022, FY22. Valued by the year they are named for, as
// TimeBank does ("fiscal 1989" = 1989): the TIMEX3 "FY" prefix is rarely used by annotators.
rule("fiscal", `${L}(?:[Ff]iscal (?:[Yy]ear )?(?:${Y4}|${AP}?(\\d{2}))|FY ?${AP}?(\\d{4}|\\d{2}))(?!\\d|[.,]\\d)${R}`, (m) => {
  let y = Number(m[1] ?? m[2] ?? m[3]);
  if (y < 100) y += y < 50 ? 2000 : 1900;
  return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: () => pad4(y) };
});

// Seasons: this summer, last winter, the summer of 2021, spring 2022, early fall
const SEASON_PREPS = new Set("in during since until till by through throughout before after over for of into from".split(" "));
rule(
  "season",
  `${L}(?:(?i:(early|late|mid))(?:-| ))?(?:(?i:(this past|this coming|this|last|next|past|coming|the|that)) )?([Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)(?:(?: of|,)? ${Y4}(?!\\d|[.,]\\d))?(?![\\w-])`,
  (m, text) => {
    const word = m[3]!;
    const code = SEASONS[word.toLowerCase()]!;
    const det = lc(m[2]);
    const year = m[4] ? Number(m[4]) : null;
    const start = m.index;
    const end = m.index + m[0].length;
    const wordStart = end - m[0].length + m[0].lastIndexOf(word, m[0].length - (m[4] ? m[4].length : 0));
    if (isCap(word) && !sentenceStart(text, wordStart) && !(m[1] || m[2])) return null;
    if (isCap(word) && (m[1] || m[2]) && !sentenceStart(text, start)) return null; // "the Arab Spring", "Winter Olympics"
    const prev = prevWord(text, start);
    const after = text.slice(end, end + 24);
    if (year === null) {
      if (/^\s+of\b/.test(after)) return null; // "the fall of Kabul"
      if (/^-/.test(after)) return null;
      const fallish = word.toLowerCase() === "fall" || word.toLowerCase() === "spring";
      if (!det && !m[1]) {
        if (!SEASON_PREPS.has(prev) || prev === "of" || prev === "for" || prev === "from" || prev === "into") return null;
        if (fallish && /^\s+(?:in|of|from|to|was|is|has|had|and|by|as)\b/.test(after)) return null;
      }
      if (det === "the" || det === "that") {
        if (!SEASON_PREPS.has(prev) && !m[1]) return null;
        if (fallish && /^\s+(?:in|from|to|was|is|has|had|by)\b/.test(after)) return null;
      }
      // Adjectival uses ("summer camp", "winter storm") still name the season: keep.
    }
    const rel: Rel = det === "this" ? "this" : relOf(det);
    return { start, end, type: "DATE", resolve: (ctx) => season(ctx, code, year, rel) };
  },
);

// Holidays: Christmas, Thanksgiving, New Year's Eve, the Fourth of July, Easter 2022
rule(
  "holiday",
  `${L}(?:(?i:(last|this|next|the)) )?(${HOLIDAY_RE})(?:(?:,| of)? ${Y4}(?!\\d|[.,]\\d))?(?![\\w'’])`,
  (m, text) => {
    let name = m[2]!;
    const next = nextWordRaw(text, m.index + m[0].length);
    if (/^(?:Island|Islands|Rising|Offensive|Uprising|Truce|Carol|Party|Parties)$/.test(next) && !/Day|Eve/.test(name)) return null;
    const prevRaw = /([A-Za-z]+)\W*$/.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? "";
    if (/^(?:Chinese|Lunar|Persian|Jewish|Islamic|Hindu|Iranian|Orthodox|Vietnamese|Korean|Thai)$/.test(prevRaw)) return null;
    if (/^July (?:Fourth|4th)$/.test(name)) name = "july fourth";
    name = name.replace(/^the /i, "");
    const rel = relOf(m[1]);
    const year = m[3] ? Number(m[3]) : null;
    return { start: m.index, end: m.index + m[0].length, type: "DATE", resolve: (ctx) => holiday(ctx, name, year, rel) };
  },
);

// Clock times: 3:35 p.m. EST, 10 a.m., 15:35 GMT, noon, midnight, 8 o'clock
rule(
  "clock-ampm",
  `${L}(\\d{1,2})(?:[:.](\\d{2}))? ?([AaPp])\\.? ?[Mm]\\.?(?![A-Za-z])(?: (?:\\(?${ZONE_RE}\\)?))?(?![A-Za-z])`,
  (m, text) => {
    const h = Number(m[1]);
    const mi = m[2] ? Number(m[2]) : 0;
    if (h < 1 || h > 12 || mi > 59) return null;
    if (/[$£€]$|\d[.,]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return null;
    const pm = m[3]!.toLowerCase() === "p";
    const hh = (h % 12) + (pm ? 12 : 0);
    let end = m.index + m[0].length;
    // A final "." that ends the sentence is not part of "p.m"'s abbreviation only when doubled; keep it.
    if (text[end - 1] === " ") end--;
    return { start: m.index, end, type: "TIME", resolve: () => "", clock: `T${pad2(hh)}:${pad2(mi)}` };
  },
);
rule(
  "clock-24",
  `(?<![\\d:.,$])(\\d{1,2}):(\\d{2})(?::\\d{2})?(?:(?: ?(?:h|hrs|hours))|(?: (${ZONE_RE})))?(?![\\d:]|[.,]\\d|-\\d)(?![A-Za-z])`,
  (m, text) => {
    const h = Number(m[1]);
    const mi = Number(m[2]);
    if (h > 24 || mi > 59) return null;
    const prev = prevWord(text, m.index);
    const hasZone = !!m[3] || /h|hrs|hours/.test(m[0].slice(m[1]!.length + 3));
    if (!hasZone && !/^(?:at|by|until|till|from|around|before|after|since|about|approximately|to|and|between|shortly)$/.test(prev)) return null;
    return { start: m.index, end: m.index + m[0].length, type: "TIME", resolve: () => "", clock: `T${pad2(h)}:${pad2(mi)}` };
  },
);
rule("clock-word", `${L}([Nn]oon|[Mm]idnight|[Mm]idday)${R}`, (m, text) => {
  const w = m[1]!.toLowerCase();
  // "high noon": the hour of a showdown, not a clock time.
  if (w === "noon" && prevWord(text, m.index) === "high") return null;
  return { start: m.index, end: m.index + m[0].length, type: "TIME", resolve: () => "", clock: w === "midnight" ? "T24:00" : "T12:00" };
});
rule("oclock", `${L}(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o${AP}clock${R}`, (m) => {
  const h = parseNumber(m[1]!)!;
  if (h > 24) return null;
  return { start: m.index, end: m.index + m[0].length, type: "TIME", resolve: () => "", clock: `T${pad2(h)}:00` };
});

// "at 4 in the morning", "by six in the evening": an hour and its part of the day
rule(
  "clock-daypart",
  // The preposition is matched, not looked behind for: a look-behind over a run of spaces costs
  // quadratic time on hostile input.
  `${L}(?:[Aa]t|by|until|till|around|about|after|before|from) (\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o${AP}clock)? in the (morning|afternoon|evening)${R}`,
  (m) => {
    const h = parseNumber(m[1]!)!;
    if (h < 1 || h > 12) return null;
    const hh = m[2] === "morning" ? h % 12 : (h % 12) + 12;
    const start = m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
    return { start, end: m.index + m[0].length, type: "TIME", resolve: () => "", clock: `T${pad2(hh)}:00` };
  },
);

// now, currently, at present, these days, recently, in recent years, the past, the future, the near
// term, in coming months, will soon
rule(
  "ref-words",
  `${L}(?:([Rr]ight )?([Nn]ow)(?![-’'][a-z])|([Cc]urrently|[Pp]resently|[Nn]owadays|(?<!\\bthen )[Cc]urrent(?= (?!account|accounts|affairs|events|electricity|flow|flows|density|source|sources|state of)[a-z])|[Tt]hese days|[Aa]t present|[Aa]t the moment|[Tt]he present day|[Pp]resent-day)|([Rr]ecently|[Ll]ately|[Tt]hen[- ]current|[Rr]ecent (?:years|months|weeks|days|decades|times)|the recent past)|(?<=(?:[Ii]n|of|from|than|to|into|with|like|unlike|for) )(the past)(?! (?:${NUM_RE}|${VAGUE_RE}|${UNIT_RE}|decade|century|year|week|month)${R})|(?:[Ii]n )?(the (?:near |distant |foreseeable |immediate |not-too-distant |not too distant )?future)|(the coming (?:days|weeks|months|quarters|years|decades)|(?<=(?:[Ii]n|[Ff]or|[Oo]ver|[Dd]uring|[Ii]nto) )coming (?:days|weeks|months|quarters|years)|the (?:near|short|long) term(?! [a-z]))|(?<=\\b(?:will|may|might|could|would|should|shall|to) )([Ss]oon)(?! (?:after|afterwards?|enough|as)\\b)|([Ss]oon)(?= (?:will|would|may|might|could)\\b))${R}`,
  (m, text) => {
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[2]) {
      // "now" as a plain adverb of time; drop "now-defunct" style compounds (handled by the lookahead)
      return { start: start + (m[1] ? m[1].length : 0), end, type: "DATE", resolve: () => "PRESENT_REF" };
    }
    if (m[3]) return { start, end, type: "DATE", resolve: () => "PRESENT_REF" };
    if (m[4] || m[5]) return { start, end, type: "DATE", resolve: () => "PAST_REF" };
    if (m[6]) {
      const s = start + m[0].indexOf(m[6]);
      return { start: s, end, type: "DATE", resolve: () => "FUTURE_REF" };
    }
    if (m[7]) return { start, end, type: "DATE", resolve: () => "FUTURE_REF" };
    // "will soon begin", "may soon seek", "soon will": a time ahead; "soon after the vote" is not one.
    if (m[8] || m[9]) return { start, end, type: "DATE", resolve: () => "FUTURE_REF" };
    void text;
    return null;
  },
  "gi",
);

export const RULES: readonly Rule[] = rules;

// Cheap whole-text prefilters: a rule whose keywords do not occur in the text is skipped.
const MONTHISH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/;
const UNITISH = /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni/i;
const PART_OF_DAY = /morning|afternoon|evening|night/i;
const SPELLED_YEAR = /[nN]ineteen|two thousand/;
const QUARTER = /quarter/i;
const NEED: Record<string, RegExp> = {
  iso: /\d{4}-\d\d-\d\d/,
  slash: /\d\/\d/,
  "nine-eleven": /9\/11/,
  mdy: MONTHISH,
  dmy: MONTHISH,
  "month-year": MONTHISH,
  month: MONTHISH,
  year: /\d{4}/,
  "short-year": /['’]\d\d/,
  decade: /\d0['’]?s|ties\b/i,
  century: /centur/i,
  weekday: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
  "spelled-year": SPELLED_YEAR,
  "spelled-month-year": SPELLED_YEAR,
  "week-of": /week of/,
  "rel-day": /today|tonight|yesterday|tomorrow/i,
  "this-morning": PART_OF_DAY,
  "daypart-day": PART_OF_DAY,
  "clock-daypart": PART_OF_DAY,
  "rel-unit": /(?:week|weekend|month|year|quarter|decade|day)\b/i,
  "the-weekend": /the weekend/i,
  "next-morning": /(?:following|next|previous|same) (?:morning|afternoon|evening|night)/i,
  "long-words": /long/i,
  "year-end": /year-end|year['’]s end|year end/i,
  "that-unit": /(?:that|the same) (?:day|week|month|year)/i,
  "the-year": /the (?:full )?(?:year|month|week|day)/i,
  "the-unit": /the (?:week|month|year|decade|quarter|century)/i,
  ago: UNITISH,
  duration: UNITISH,
  "vague-duration": /years|decades|months|weeks|days|hours|minutes|centuries/i,
  every: /every|each/i,
  "times-per": /once|twice|thrice|times|per |an? (?:year|month|week|day|quarter)/i,
  "set-word": /ly\b|basis/i,
  "around-the-clock": /(?:hours|days|weeks) an? /i,
  "the-quarter": /quarter|(?:latest|recent|just-ended) period/i,
  "year-earlier": /year-earlier|year-ago|prior-year|year-before|corresponding|comparable|same/i,
  "year-quarter": /year['’]s|the \d{4} (?:\w+[- ])?(?:quarter|period)/i,
  quarter: QUARTER,
  "two-quarters": QUARTER,
  "q-notation": /Q[1-4]/,
  half: /half/i,
  fiscal: /fiscal|FY/i,
  season: /spring|summer|fall|autumn|winter/i,
  holiday: /Christmas|Year|Day|Halloween|Thanksgiving|Easter|Friday|Monday|Juneteenth|Fourth/,
  "clock-ampm": /\d ?[AaPp]\.? ?[Mm]/,
  "clock-24": /\d:\d\d/,
  "clock-word": /noon|midnight|midday/i,
  oclock: /o['’]clock/i,
};

// A space in a keyword means one or more, as in the rules ("over the  weekend" with a double space).
// Rules sharing a keyword pattern share its object, so its paragraphs are found once (`holding` in candidates).
const spaced = new Map<RegExp, RegExp>();
for (const [name, re] of Object.entries(NEED)) {
  if (!re.source.includes(" ")) continue;
  if (!spaced.has(re)) spaced.set(re, new RegExp(re.source.replace(/ (?![?*+{])/g, " +"), re.flags));
  NEED[name] = spaced.get(re)!;
}

/** Same length and offsets as `text`; horizontal whitespace and lone line breaks become spaces. */
export function normalise(text: string): string {
  return text.replace(/[\t\u00a0\u2007\u202f\r\f\v]/g, " ").replace(/(?<!\n *)\n(?! *\n)/g, " ");
}

/**
 * Whether a pattern can see past a paragraph: it matches a line break (`\s`, `\W`, `\D`, a negated or
 * escaped-range class) or tests the input's edges (`^`, `$`). Such a rule scans the whole text; any other
 * matches the same inside a paragraph whether it reads the paragraph alone or the whole text.
 */
// The only characters the test below acts on: it goes from one to the next (it runs at import, in unoptimised code).
const SYNTAX_MARK = /[\\[\]^$]/g;
function nextMark(source: string, from: number): number {
  SYNTAX_MARK.lastIndex = from;
  return SYNTAX_MARK.exec(source)?.index ?? -1;
}
function seesAcrossParagraphs(source: string): boolean {
  let inClass = false;
  for (let i = nextMark(source, 0); i >= 0; i = nextMark(source, i + 1)) {
    const ch = source[i]!;
    if (ch === "\\") {
      const e = source[++i];
      if (e === "s" || e === "n" || e === "W" || e === "D" || e === "x" || e === "u" || e === "0" || e === "c" || e === "r") return true;
    } else if (inClass) {
      if (ch === "]") inClass = false;
    } else if (ch === "[") {
      inClass = true;
      if (source[i + 1] === "^") return true;
    } else if (ch === "^" || ch === "$") return true;
  }
  return false;
}
// A rule with keywords and no view past its paragraph reads only the paragraphs holding a keyword (every
// match holds one): most of an article's text is read by a few rules instead of all of them.
const NEED_ALL = new Map(Object.values(NEED).map((re) => [re, new RegExp(re.source, `${re.flags}g`)]));
const BY_PARAGRAPH = new Set(rules.filter((r) => NEED[r.name] && !seesAcrossParagraphs(r.re.source)).map((r) => r.name));

/** [start, end) of each non-empty paragraph of the normalised text (its only line breaks are paragraph breaks). */
function paragraphSpans(text: string): number[] {
  const spans: number[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    if (end > start) spans.push(start, end);
    if (nl < 0) return spans;
    start = nl + 1;
  }
}

/** All candidates from all rules, unfiltered (overlaps included). */
export function candidates(original: string): Cand[] {
  const text = normalise(original);
  const out: Cand[] = [];
  let spans: number[] | null = null;
  let texts: string[] = [];
  // Paragraphs holding each keyword pattern's match (several rules share one).
  const holding = new Map<RegExp, number[]>();
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const need = NEED[rule.name];
    if (!need || !BY_PARAGRAPH.has(rule.name)) {
      if (!need || need.test(text)) scan(rule, r, text, 0, text, out);
      continue;
    }
    if (!spans) {
      spans = paragraphSpans(text);
      for (let p = 0; p < spans.length; p += 2) texts.push(text.slice(spans[p], spans[p + 1]));
    }
    let hits = holding.get(need);
    if (!hits) holding.set(need, (hits = paragraphsHolding(NEED_ALL.get(need)!, text, spans)));
    for (const p of hits) scan(rule, r, texts[p]!, spans[2 * p]!, text, out);
  }
  return out;
}

/** Indices of the paragraphs where `re` (global) matches: one pass, each paragraph left at its first match. */
function paragraphsHolding(re: RegExp, text: string, spans: number[]): number[] {
  const out: number[] = [];
  let p = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (p < spans.length && spans[p + 1]! <= m.index) p += 2;
    if (p >= spans.length) break;
    out.push(p / 2);
    re.lastIndex = spans[p + 1]!;
  }
  return out;
}

/** The rule's matches in `part`, which starts at `offset` of `text` (the rules read their context in `text`). */
function scan(rule: Rule, rank: number, part: string, offset: number, text: string, out: Cand[]): void {
  const re = rule.re;
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const local = m.index;
    m.index += offset;
    const c = rule.make(m, text);
    if (c && c.end > c.start) {
      (c as Cand).kind = rule.name;
      (c as Cand).rank = rank;
      out.push(c as Cand);
    }
    // Allow overlapping starts for rules whose match begins with an optional modifier.
    if (m[0].length > 1 && !c) re.lastIndex = local + 1;
  }
}
