// Publication dates as pages write them ("May 20, 2024", "20 mai 2024", "2024-05-20T09:30:00Z") →
// ISO 8601. ISO input is kept as found; a written date becomes YYYY-MM-DD (its time of day and zone
// are too often ambiguous to be worth guessing).

const MONTHS: Record<string, number> = {};
const addMonths = (names: string[]) => names.forEach((n, i) => n.split("|").forEach((name) => (MONTHS[name] = i + 1)));
addMonths(["january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun", "july|jul", "august|aug", "september|sep|sept", "october|oct", "november|nov", "december|dec"]);
addMonths(["janvier|janv", "février|fevrier|févr|fevr", "mars", "avril|avr", "mai", "juin", "juillet|juil", "août|aout", "septembre", "octobre", "novembre", "décembre|decembre|déc"]);
addMonths(["enero|ene", "febrero", "marzo", "abril|abr", "mayo", "junio", "julio", "agosto|ago", "septiembre|setiembre|set", "octubre", "noviembre", "diciembre|dic"]);
addMonths(["januar|jänner|jän", "februar", "märz|maerz|mär", "april", "mai", "juni", "juli", "august", "september", "oktober|okt", "november", "dezember|dez"]);
addMonths(["gennaio|gen", "febbraio", "marzo", "aprile", "maggio|mag", "giugno|giu", "luglio|lug", "agosto", "settembre", "ottobre|ott", "novembre", "dicembre"]);
addMonths(["janeiro", "fevereiro|fev", "março|marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro|out", "novembro", "dezembro"]);
addMonths(["januari", "februari", "maart|mrt", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]);

const MONTH = "([A-Za-zÀ-ÿ]{3,10})\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?";
const YEAR = "(\\d{4})";
const WEEKDAY = "(?:[A-Za-zÀ-ÿ]{3,10}\\.?,?\\s+)?";
// "May 20, 2024" / "Monday, May 20 2024"
const MONTH_DAY_YEAR = new RegExp(`${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}`, "i");
// "20 May 2024" / "20. Mai 2024" / "20 de mayo de 2024" / "mardi 21 mai 2024"
const DAY_MONTH_YEAR = new RegExp(`${WEEKDAY}${DAY}\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+|del\\s+)?${YEAR}`, "i");
const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:\s?(Z|[+-]\d{2}:?\d{2}))?)?/;
const NUMERIC_YMD = /(\d{4})[/.](\d{1,2})[/.](\d{1,2})/;
const NUMERIC_DMY = /(\d{1,2})([/.])(\d{1,2})\2(\d{4})/;
// 2024年5月13日 (Chinese, Japanese), 2024년 5월 13일 (Korean)
const CJK_YMD = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;

const pad = (n: number) => String(n).padStart(2, "0");

function ymd(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** The first date written in `text`, with where it was found. */
export function findDate(text: string): FoundDate | null {
  // Every form below has a four-digit year: without one, none of them is tried.
  if (!/\d{4}/.test(text)) return null;
  const found: FoundDate[] = [];
  const iso = ISO.exec(text);
  if (iso) {
    const date = ymd(+iso[1]!, +iso[2]!, +iso[3]!);
    if (date) {
      // A time of day makes it a date-time: keep it as found, with the `T` separator ISO requires.
      const value = iso[4] ? iso[0].replace(" ", "T").replace(/\s/g, "") : date;
      found.push({ iso: value, index: iso.index, length: iso[0].length });
    }
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy && MONTHS[mdy[1]!.toLowerCase()]) {
    const date = ymd(+mdy[3]!, MONTHS[mdy[1]!.toLowerCase()]!, +mdy[2]!);
    if (date) found.push({ iso: date, index: mdy.index, length: mdy[0].length });
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy && MONTHS[dmy[2]!.toLowerCase()]) {
    const date = ymd(+dmy[3]!, MONTHS[dmy[2]!.toLowerCase()]!, +dmy[1]!);
    if (date) found.push({ iso: date, index: dmy.index, length: dmy[0].length });
  }
  const cjk = CJK_YMD.exec(text);
  if (cjk) {
    const date = ymd(+cjk[1]!, +cjk[2]!, +cjk[3]!);
    if (date) found.push({ iso: date, index: cjk.index, length: cjk[0].length });
  }
  const numericYmd = NUMERIC_YMD.exec(text);
  if (numericYmd) {
    const date = ymd(+numericYmd[1]!, +numericYmd[2]!, +numericYmd[3]!);
    if (date) found.push({ iso: date, index: numericYmd.index, length: numericYmd[0].length });
  }
  const numeric = NUMERIC_DMY.exec(text);
  if (numeric) {
    const [a, b] = [+numeric[1]!, +numeric[3]!];
    // 20.05.2024 is always day-first; with slashes only an unambiguous order is taken.
    const dayFirst = numeric[2] === "." || a > 12;
    const monthFirst = numeric[2] === "/" && b > 12 && a <= 12;
    const date = dayFirst ? ymd(+numeric[4]!, b, a) : monthFirst ? ymd(+numeric[4]!, a, b) : null;
    if (date) found.push({ iso: date, index: numeric.index, length: numeric[0].length });
  }
  found.sort((x, y) => x.index - y.index);
  return found[0] ?? null;
}

/** A date value from metadata (`datePublished`, `article:published_time`, an RFC 2822 string) as ISO. */
export function isoDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? (findDate(text)?.iso ?? null) : null;
}

// What may surround a date on a date line: "Published: May 20, 2024 at 10:05 a.m. EDT | Updated 2h ago".
const DATE_LINE_NOISE =
  /(?<![\p{L}\p{N}])(?:published|updated|posted|last (?:updated|modified)|modified|on|at|page|le|el|am|um|à|a las|às|alle|publié|mis à jour|actualizado|publicado|veröffentlicht|aktualisiert|pubblicato|aggiornato|time|date|\d{1,2}[:.h]\d{2}(?::\d{2})?|[ap]\.?m\.?|[a-z]{2,4}t|utc|gmt|z|\d+\s*(?:min|mins|minutes?|hours?|hrs?|h|days?)\s*ago|ago)(?![\p{L}\p{N}])|[|•·,:()\-–—/]/giu;

/** When `line` is only a date (with "Published", a time, separators), that date. */
export function dateLine(line: string): string | null {
  if (line.length > 120) return null;
  const found = findDate(line);
  if (!found) return null;
  const rest = (line.slice(0, found.index) + " " + line.slice(found.index + found.length)).replace(DATE_LINE_NOISE, " ");
  // A second date ("Updated May 21, 2024") may follow the first.
  const leftover = rest.replace(/\s+/g, " ").trim();
  if (leftover === "" || (findDate(leftover) && leftover.length < 60)) return found.iso;
  return null;
}
