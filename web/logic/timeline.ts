// TIMEX3 values on a timeline: anchored values become UTC ranges and are sorted; durations, sets,
// values without a year and unknown values are listed apart.

export interface TimexRange {
  /** Inclusive start, UTC milliseconds. */
  start: number;
  /** Exclusive end, UTC milliseconds. */
  end: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SEASONS: Record<string, [number, number]> = { SP: [2, 5], SU: [5, 8], FA: [8, 11], WI: [11, 14] };
const PART_OF_DAY: Record<string, [number, number]> = { MO: [6, 12], MI: [12, 13], AF: [12, 18], EV: [18, 21], NI: [21, 30], DT: [9, 17] };

const utc = (y: number, m = 0, d = 1, h = 0, min = 0) => Date.UTC(y, m, d, h, min);

/** ISO week 1 contains 4 January; its Monday starts the week-year. */
function isoWeekStart(year: number, week: number): number {
  const jan4 = utc(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - dow * 86_400_000 + (week - 1) * 7 * 86_400_000;
}

/** The time a TIMEX3 value covers, or null when it is not anchored to the calendar. */
export function timexRange(value: string): TimexRange | null {
  const v = value.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?|T(MO|MI|AF|EV|NI|DT))?$/.exec(v))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    if (mo > 11 || d < 1 || d > 31) return null;
    if (m[4] !== undefined) {
      const h = Number(m[4]);
      if (m[5] !== undefined) {
        const start = utc(y, mo, d, h, Number(m[5]));
        return { start, end: start + 60_000 };
      }
      const start = utc(y, mo, d, h);
      return { start, end: start + 3_600_000 };
    }
    if (m[6] !== undefined) {
      const [from, to] = PART_OF_DAY[m[6]]!;
      return { start: utc(y, mo, d, from), end: utc(y, mo, d, to) };
    }
    return { start: utc(y, mo, d), end: utc(y, mo, d + 1) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
    const [y, mo] = [Number(m[1]), Number(m[2]) - 1];
    return mo > 11 ? null : { start: utc(y, mo), end: utc(y, mo + 1) };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v))) {
    const start = isoWeekStart(Number(m[1]), Number(m[2]));
    return m[3] ? { start: start + 5 * 86_400_000, end: start + 7 * 86_400_000 } : { start, end: start + 7 * 86_400_000 };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const q = (Number(m[2]) - 1) * 3;
    return { start: utc(Number(m[1]), q), end: utc(Number(m[1]), q + 3) };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(v))) {
    const h = (Number(m[2]) - 1) * 6;
    return { start: utc(Number(m[1]), h), end: utc(Number(m[1]), h + 6) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) {
    const [from, to] = SEASONS[m[2]!]!;
    return { start: utc(Number(m[1]), from), end: utc(Number(m[1]), to) };
  }
  if ((m = /^(\d{4})$/.exec(v))) return { start: utc(Number(m[1])), end: utc(Number(m[1]) + 1) };
  if ((m = /^(\d{3})$/.exec(v))) return { start: utc(Number(m[1]) * 10), end: utc(Number(m[1]) * 10 + 10) };
  if ((m = /^(\d{2})$/.exec(v))) return { start: utc(Number(m[1]) * 100), end: utc(Number(m[1]) * 100 + 100) };
  return null;
}

const UNITS: Record<string, [string, string]> = {
  Y: ["year", "years"], M: ["month", "months"], W: ["week", "weeks"], D: ["day", "days"],
  H: ["hour", "hours"], TM: ["minute", "minutes"], S: ["second", "seconds"], DE: ["decade", "decades"], CE: ["century", "centuries"],
};

function describeDuration(v: string): string | null {
  const m = /^PT?(.+)$/.exec(v);
  if (!m) return null;
  const timePart = v.startsWith("PT");
  const parts: string[] = [];
  const re = /(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHS])/g;
  let consumed = 0;
  for (let p = re.exec(m[1]!); p; p = re.exec(m[1]!)) {
    consumed += p[0].length;
    const unit = timePart && p[2] === "M" ? "TM" : p[2]!;
    const [one, many] = UNITS[unit]!;
    parts.push(p[1] === "X" ? `some ${many}` : `${p[1]} ${p[1] === "1" ? one : many}`);
  }
  return consumed === m[1]!.length && parts.length ? parts.join(" ") : null;
}

/** A reader's rendering of a TIMEX3 value: "10 Jan 2022", "Jan 2022", "3 days", "10 Jan (year unknown)". */
export function describeTimex(value: string, type?: string): string {
  const v = value.trim();
  if (!v) return "not resolved";
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(v))) {
    const day = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]}`;
    const year = m[1] === "XXXX" ? " (year unknown)" : ` ${m[1]}`;
    return `${day}${year}${m[4] !== undefined ? `, ${m[4]}:${m[5]}` : ""}`;
  }
  if ((m = /^(\d{4}|XXXX)-(\d{2})$/.exec(v))) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1] === "XXXX" ? "(year unknown)" : m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v))) return `${m[3] ? "weekend of " : ""}week ${Number(m[2])}, ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return `H${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return `${{ SP: "spring", SU: "summer", FA: "autumn", WI: "winter" }[m[2]!]} ${m[1]}`;
  if (/^\d{4}$/.test(v)) return v;
  if (/^\d{3}$/.test(v)) return `the ${v}0s`;
  if (/^\d{2}$/.test(v)) return `the ${Number(v) + 1}th century`;
  if (v === "PRESENT_REF") return "now";
  if (v === "PAST_REF") return "the past";
  if (v === "FUTURE_REF") return "the future";
  if (v.startsWith("P")) {
    const d = describeDuration(v);
    if (d) return type === "SET" ? `every ${d.replace(/^1 /, "")}` : d;
  }
  return v;
}

export interface DateLike {
  text: string;
  type: string;
  value: string;
  spans: ReadonlyArray<{ start: number; end: number }>;
}

export type TimelineEntry<T> =
  | { kind: "date"; item: T; index: number; range: TimexRange }
  | { kind: "published"; value: string; range: TimexRange };

export interface Timeline<T> {
  /** Anchored dates (and the publication date, when known) in time order. */
  entries: Array<TimelineEntry<T>>;
  /** Durations, sets, values without a year and unresolved values, in text order. */
  unanchored: Array<{ item: T; index: number }>;
}

const firstOffset = (d: DateLike) => d.spans[0]?.start ?? Number.MAX_SAFE_INTEGER;

/**
 * Dates in time order: earlier start first; at the same start the wider range (the year before its
 * days); then text order. The publication date, when given, is placed among them.
 */
export function buildTimeline<T extends DateLike>(dates: readonly T[], publishedAt?: string | null): Timeline<T> {
  const entries: Array<TimelineEntry<T>> = [];
  const unanchored: Array<{ item: T; index: number }> = [];
  dates.forEach((item, index) => {
    const range = item.type === "DATE" || item.type === "TIME" ? timexRange(item.value) : null;
    if (range) entries.push({ kind: "date", item, index, range });
    else unanchored.push({ item, index });
  });
  const pub = publishedAt ? timexRange(publishedAt.slice(0, 10)) : null;
  if (pub && publishedAt) entries.push({ kind: "published", value: publishedAt.slice(0, 10), range: pub });
  entries.sort((a, b) => {
    if (a.range.start !== b.range.start) return a.range.start - b.range.start;
    if (a.range.end !== b.range.end) return b.range.end - a.range.end;
    if (a.kind !== b.kind) return a.kind === "published" ? 1 : -1;
    return a.kind === "date" && b.kind === "date" ? firstOffset(a.item) - firstOffset(b.item) : 0;
  });
  unanchored.sort((a, b) => firstOffset(a.item) - firstOffset(b.item));
  return { entries, unanchored };
}

/** The UTC year a range starts in (timeline year headings). */
export const yearOf = (r: TimexRange) => new Date(r.start).getUTCFullYear();

/** `describeTimex` under a year heading: the year is already said once, so it is left out ("10 Jan", "Q3"). */
export function describeInYear(value: string, year: number, type?: string): string {
  const full = describeTimex(value, type);
  const y = String(year);
  if (full === y) return "the year";
  const m = /^(\d{4})/.exec(value.trim());
  if (!m || m[1] !== y) return full;
  return full.replace(new RegExp(`,? ${y}(?=$|,)`), "");
}

export interface YearGroup<T> {
  year: number;
  entries: Array<TimelineEntry<T>>;
}

/** Timeline entries grouped under one heading per year, in time order. */
export function groupByYear<T>(entries: ReadonlyArray<TimelineEntry<T>>): Array<YearGroup<T>> {
  const groups: Array<YearGroup<T>> = [];
  for (const e of entries) {
    const y = yearOf(e.range);
    const last = groups.at(-1);
    if (last && last.year === y) last.entries.push(e);
    else groups.push({ year: y, entries: [e] });
  }
  return groups;
}
