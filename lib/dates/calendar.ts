// Calendar arithmetic on plain {y, m, d} triples (proleptic Gregorian, UTC, no time zones).

export interface YMD {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export const pad2 = (n: number) => String(n).padStart(2, "0");
export const pad4 = (n: number) => String(n).padStart(4, "0");

export function toDays(a: YMD): number {
  return Math.floor(Date.UTC(a.y, a.m - 1, a.d) / DAY_MS);
}
export function fromDays(days: number): YMD {
  const dt = new Date(days * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
export function addDays(a: YMD, n: number): YMD {
  return fromDays(toDays(a) + n);
}
/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(a: YMD): number {
  const w = new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
  return w === 0 ? 7 : w;
}
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
/** Add months to a (year, month) pair. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + n;
  return { y: Math.floor(t / 12), m: (t % 12 + 12) % 12 + 1 };
}

/** ISO 8601 week of a date. */
export function isoWeek(a: YMD): { y: number; w: number } {
  const days = toDays(a);
  const thursday = fromDays(days - weekday(a) + 4);
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((days - weekday(a) + 4 - jan1) / 7) + 1 };
}

export const fmtDay = (a: YMD) => `${pad4(a.y)}-${pad2(a.m)}-${pad2(a.d)}`;
export const fmtMonth = (y: number, m: number) => `${pad4(y)}-${pad2(m)}`;
export function fmtWeek(a: YMD): string {
  const w = isoWeek(a);
  return `${pad4(w.y)}-W${pad2(w.w)}`;
}

/** The nth ISO weekday of a month (n = −1: the last one). */
export function nthWeekday(y: number, m: number, wd: number, n: number): YMD {
  if (n > 0) {
    const first = weekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((wd - first + 7) % 7) + (n - 1) * 7 };
  }
  const lastD = daysInMonth(y, m);
  const last = weekday({ y, m, d: lastD });
  return { y, m, d: lastD - ((last - wd + 7) % 7) };
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): YMD {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** Parse "YYYY-MM-DD" or an ISO date-time (its calendar date as written). */
export function parseReference(ref: string | null | undefined): YMD | null {
  if (!ref) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ref.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}

export const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;
