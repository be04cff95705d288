// Anchoring: turns a partially specified date ("June", "Thursday", "Dec. 7", "the third quarter",
// "last week") into a TIMEX3 value, given the reference date and the tense of the clause.
// Every function returns an X-placeholder value when there is no reference.
import {
  type YMD,
  addDays,
  addMonths,
  easter,
  fmtDay,
  fmtMonth,
  fmtWeek,
  isValidDate,
  nthWeekday,
  pad2,
  pad4,
  quarterOf,
  toDays,
  weekday,
} from "./calendar.ts";
import type { Tense } from "./tense.ts";
import { FLOATING_HOLIDAYS, FIXED_HOLIDAYS } from "./lexicon.ts";

/** "last"/"next"/"this" style modifier on a bare calendar name; "" = none (tense decides). */
export type Rel = "" | "last" | "this" | "next";

export interface Ctx {
  ref: YMD | null;
  /** Tense of the clause around the expression, else of the narrative (computed lazily). */
  tense(): Tense;
  /** The same from strong cues only (no conditionals or bare infinitives). */
  strongTense(): Tense;
  /** Strong cues in the expression's own clause only, without the narrative's lean ("neutral" if none). */
  clauseTense?(): Tense;
  /** The last absolute date mentioned before the expression, else the reference (narrative anchor). */
  anchor: YMD | null;
  /** Where in the text the expression that set `anchor` starts; null while it is the reference. */
  anchorFrom: number | null;
  /** Granularity of `anchor` ("2015" → year: "three years later" works, "two days later" stays at the year). */
  anchorGran: "day" | "month" | "year";
  /** The story's quarter ("the quarter" refers back to it). */
  lastQuarter: string | null;
  /** The quarter named most recently ("the 1988 period" is that quarter in 1988). */
  latestQuarter?: string | null;
}

const NEED: Record<string, number> = { day: 0, week: 0, weekend: 0, month: 1, quarter: 1, half: 1, year: 2, decade: 2, century: 2 };
const HAVE = { day: 0, month: 1, year: 2 } as const;
/** Shift the narrative anchor by n units ("two days later", "the following year"). */
export function anchoredShift(ctx: Ctx, unit: string, n: number): string {
  const a = ctx.anchor;
  if (!a) return shifted(null, unit, n);
  if ((NEED[unit] ?? 2) >= HAVE[ctx.anchorGran]) return shifted(a, unit, n);
  return shifted(a, ctx.anchorGran, 0);
}

/**
 * Pick the year for a yearless expression. `posOf(y)` places the expression in year y on the same axis
 * as `refPos` (days, months, quarters…). Past: the latest at or before the reference; future: the earliest
 * at or after it; neutral: the nearest (ties go to the past). `rel` forces last/this/next.
 */
export function chooseYear(refY: number, refPos: number, posOf: (y: number) => number | null, tense: Tense, rel: Rel = ""): number {
  const cands: Array<[number, number]> = [];
  for (let y = refY - 1; y <= refY + 1; y++) {
    const p = posOf(y);
    if (p !== null) cands.push([y, p]);
  }
  if (!cands.length) return refY;
  if (rel === "this") return refY;
  if (rel === "last") return cands.filter(([, p]) => p < refPos).at(-1)?.[0] ?? refY - 1;
  if (rel === "next") return cands.find(([, p]) => p > refPos)?.[0] ?? refY + 1;
  if (tense === "past") return cands.filter(([, p]) => p <= refPos).at(-1)?.[0] ?? refY;
  if (tense === "future") return cands.find(([, p]) => p >= refPos)?.[0] ?? refY;
  let best = cands[0]!;
  for (const c of cands) if (Math.abs(c[1] - refPos) < Math.abs(best[1] - refPos)) best = c;
  return best[0];
}

export function monthDay(ctx: Ctx, m: number, d: number, year: number | null, rel: Rel = "", wd: number | null = null): string {
  if (year !== null) return isValidDate(year, m, d) ? fmtDay({ y: year, m, d }) : `${pad4(year)}-${pad2(m)}-${pad2(d)}`;
  const ref = ctx.ref;
  if (!ref) return `XXXX-${pad2(m)}-${pad2(d)}`;
  const refDays = toDays(ref);
  const at = (yy: number) => (isValidDate(yy, m, d) ? toDays({ y: yy, m, d }) : null);
  // "Monday, Oct. 26": the year in which that day is that weekday, when one of the three is.
  if (wd !== null && !rel) {
    for (const yy of [ref.y, ref.y + 1, ref.y - 1]) if (at(yy) !== null && weekday({ y: yy, m, d }) === wd) return fmtDay({ y: yy, m, d });
  }
  let y = chooseYear(ref.y, refDays, at, ctx.tense(), rel);
  // A past-tense verb often reports the act, not the date ("was extended to Nov. 16", "set the vote
  // for March 15"): a date weeks ahead is meant rather than one nearly a year ago, which news would
  // write with its year.
  const chosen = at(y);
  const ahead = at(y + 1);
  if (!rel && chosen !== null && ahead !== null && refDays - chosen > 300 && ahead - refDays <= 90) y += 1;
  // Likewise a future-tense deadline just gone ("must return the boy by Jan. 14", reported Jan. 15)
  // is that day, not the same day next year, which news would write with its year.
  const behind = at(y - 1);
  if (!rel && chosen !== null && behind !== null && chosen - refDays > 300 && refDays - behind <= 60) y -= 1;
  return fmtDay({ y, m, d });
}

export function month(ctx: Ctx, m: number, year: number | null, rel: Rel = ""): string {
  if (year !== null) return fmtMonth(year, m);
  const ref = ctx.ref;
  if (!ref) return `XXXX-${pad2(m)}`;
  // The month just gone is "last month", never "last February": that is the year before, as "last Tuesday" is
  // never yesterday; likewise the coming month is "next month", so "next April" said in March is a year on.
  const refPos = ref.y * 12 + ref.m + (rel === "last" ? -1 : rel === "next" ? 1 : 0);
  return fmtMonth(chooseYear(ref.y, refPos, (yy) => yy * 12 + m, ctx.tense(), rel), m);
}

const SEASON_IDX: Record<string, number> = { SP: 0, SU: 1, FA: 2, WI: 3 };
function seasonPos(ref: YMD): number {
  const m = ref.m;
  if (m <= 2) return (ref.y - 1) * 4 + 3;
  if (m <= 5) return ref.y * 4;
  if (m <= 8) return ref.y * 4 + 1;
  if (m <= 11) return ref.y * 4 + 2;
  return ref.y * 4 + 3;
}
export function season(ctx: Ctx, s: string, year: number | null, rel: Rel = ""): string {
  if (year !== null) return `${pad4(year)}-${s}`;
  const ref = ctx.ref;
  if (!ref) return `XXXX-${s}`;
  const idx = SEASON_IDX[s]!;
  if (rel === "this") return `${pad4(ref.y)}-${s}`;
  return `${pad4(chooseYear(ref.y, seasonPos(ref), (yy) => yy * 4 + idx, ctx.tense(), rel))}-${s}`;
}

export function quarter(ctx: Ctx, q: number, year: number | null, rel: Rel = ""): string {
  if (year !== null) return `${pad4(year)}-Q${q}`;
  const ref = ctx.ref;
  if (!ref) return `XXXX-Q${q}`;
  const refPos = ref.y * 4 + quarterOf(ref.m) - 1;
  const tense = ctx.tense();
  // Results for a quarter come after it ends: "expects to report third-quarter earnings" in
  // October is the quarter just ended, not next year's.
  const pos = tense === "future" && !rel ? refPos - 1 : refPos;
  return `${pad4(chooseYear(ref.y, pos, (yy) => yy * 4 + q - 1, tense, rel))}-Q${q}`;
}

export function half(ctx: Ctx, h: number, year: number | null): string {
  if (year !== null) return `${pad4(year)}-H${h}`;
  const ref = ctx.ref;
  if (!ref) return `XXXX-H${h}`;
  const refPos = ref.y * 2 + (ref.m <= 6 ? 0 : 1);
  return `${pad4(chooseYear(ref.y, refPos, (yy) => yy * 2 + h - 1, ctx.tense()))}-H${h}`;
}

/** A bare weekday: past → the most recent (today included), future → the next (today included). */
export function weekdayDate(ctx: Ctx, wd: number, rel: Rel = "", possessive = false): YMD | null {
  const ref = ctx.ref;
  if (!ref) return null;
  const cur = weekday(ref);
  const back = (cur - wd + 7) % 7; // days back to the most recent such weekday (0 = today)
  const fwd = (wd - cur + 7) % 7; // days forward to the next one (0 = today)
  // Yesterday is "Tuesday" or "yesterday", never "last Tuesday": that is the week before (and
  // tomorrow is not "next Wednesday").
  if (rel === "last") return addDays(ref, -(back <= 1 ? back + 7 : back));
  if (rel === "next") return addDays(ref, fwd <= 1 ? fwd + 7 : fwd);
  if (rel === "this") return addDays(ref, wd - cur); // the same ISO week
  // News reports weekdays gone by far more often than ones to come: only a strong future cue looks
  // ahead; with no cue near, the narrative (this sentence, the one before) decides.
  const t = ctx.strongTense();
  // "Tuesday's ruling": an event already on record, unless its own clause looks ahead ("Tuesday's
  // vote will decide"); a story's general lean does not move it.
  if (possessive && !(t === "future" && (ctx.clauseTense?.() ?? t) === "future")) return addDays(ref, -back);
  if (t === "future") return addDays(ref, fwd);
  if (t === "past") return addDays(ref, -back);
  // A present-tense cue, or none in the sentence or the one before (a headline): the nearest.
  return fwd < back ? addDays(ref, fwd) : addDays(ref, -back);
}

export function weekdayValue(ctx: Ctx, wd: number, rel: Rel = "", possessive = false): string {
  const d = weekdayDate(ctx, wd, rel, possessive);
  return d ? fmtDay(d) : `XXXX-WXX-${wd}`;
}

/** The date of a holiday in a given year, or null when unknown. */
export function holidayIn(name: string, y: number): YMD | null {
  const key = name.toLowerCase().replace(/’/g, "'").replace(/^the /, "").replace(/\s+/g, " ");
  const fixed = FIXED_HOLIDAYS[key];
  if (fixed) return { y, m: fixed[0], d: fixed[1] };
  const fl = FLOATING_HOLIDAYS[key];
  if (!fl) return null;
  if (fl === "easter") return easter(y);
  if (fl === "good friday") return addDays(easter(y), -2);
  if (fl === "easter monday") return addDays(easter(y), 1);
  if (fl === "black friday") return addDays(nthWeekday(y, 11, 4, 4), key === "cyber monday" ? 4 : 1);
  if (fl === "election day") return addDays(nthWeekday(y, 11, 1, 1), 1);
  return nthWeekday(y, fl[0], fl[1], fl[2]);
}

export function holiday(ctx: Ctx, name: string, year: number | null, rel: Rel = ""): string {
  if (year !== null) {
    const d = holidayIn(name, year);
    return d ? fmtDay(d) : pad4(year);
  }
  const ref = ctx.ref;
  if (!ref) {
    const d = holidayIn(name, 2001);
    const fixed = FIXED_HOLIDAYS[name.toLowerCase().replace(/’/g, "'").replace(/^the /, "").replace(/\s+/g, " ")];
    return fixed && d ? `XXXX-${pad2(d.m)}-${pad2(d.d)}` : "XXXX-XX-XX";
  }
  let tense = ctx.tense();
  // "New Year" with no tense cue is the coming one.
  if (tense === "neutral" && /^new year/i.test(name)) tense = "future";
  const y = chooseYear(ref.y, toDays(ref), (yy) => {
    const d = holidayIn(name, yy);
    return d ? toDays(d) : null;
  }, tense, rel);
  const d = holidayIn(name, y);
  return d ? fmtDay(d) : pad4(y);
}

/** Shift a reference by n calendar units and format at that unit's granularity. */
export function shifted(ref: YMD | null, unit: string, n: number): string {
  if (!ref) {
    switch (unit) {
      case "day": return "XXXX-XX-XX";
      case "week": return "XXXX-WXX";
      case "weekend": return "XXXX-WXX-WE";
      case "month": return "XXXX-XX";
      case "quarter": return "XXXX-QX";
      case "decade": return "XXX";
      case "century": return "XX";
      default: return "XXXX";
    }
  }
  switch (unit) {
    case "day":
      return fmtDay(addDays(ref, n));
    case "week":
      return fmtWeek(addDays(ref, 7 * n));
    case "weekend": {
      // The weekend of the week n weeks away; "last weekend" from a weekday is the one just gone.
      const wd = weekday(ref);
      const base = n < 0 && wd < 6 ? addDays(ref, 7 * (n + 1) - wd) : addDays(ref, 7 * n);
      return `${fmtWeek(base)}-WE`;
    }
    case "month": {
      const r = addMonths(ref.y, ref.m, n);
      return fmtMonth(r.y, r.m);
    }
    case "quarter": {
      const t = ref.y * 4 + quarterOf(ref.m) - 1 + n;
      return `${pad4(Math.floor(t / 4))}-Q${(t % 4) + 1}`;
    }
    case "half": {
      const t = ref.y * 2 + (ref.m <= 6 ? 0 : 1) + n;
      return `${pad4(Math.floor(t / 2))}-H${(t % 2) + 1}`;
    }
    case "year":
      return pad4(ref.y + n);
    case "decade":
      return String(Math.floor(ref.y / 10) + n);
    case "century":
      return pad2(Math.floor(ref.y / 100) + n);
    default:
      return pad4(ref.y + n);
  }
}

/** The TIMEX3 date part of a day-level value, or null. */
export function dayOf(value: string): string | null {
  const m = /^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)/.exec(value);
  return m ? m[0] : null;
}

export function parseDayValue(value: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}
