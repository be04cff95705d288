// Word lists and regex fragments for the temporal tagger. Everything here is data: the patterns
// (patterns.ts) compile these fragments once at module load.

/** Month name (any accepted spelling, lower-cased, period removed) → 1..12. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Month names as written in running text: capitalised full names and period-abbreviations. */
export const MONTH_RE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?|" +
  "JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";

/** ISO weekday numbers, Monday = 1. */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
  sunday: 7, sun: 7,
};
export const WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/** Abbreviated weekdays are only trusted directly before a date ("Thu., Dec. 30"). */
export const WEEKDAY_ABBR_RE = "(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.";

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, "a dozen": 12, "half a dozen": 6, "a hundred": 100, "a couple of": 2, "a couple": 2,
  "couple of": 2, "a pair of": 2,
};
const TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const UNITS_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)";
/** A cardinal written out or in digits ("three", "twenty-five", "24", "1.5", "a", "a couple of"). */
export const NUM_RE =
  `(?:\\d+(?:\\.\\d+)?|${TENS}(?:[- ]${UNITS_WORD})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|` +
  "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a |one )?hundred|(?:half )?a dozen|" +
  "a couple(?: of)?|couple of|a pair of|an?)";
/** Vague quantities: values get an X ("several years" → PXY). */
export const VAGUE_RE = "(?:several|a few|few|many|some|numerous|a number of|countless|a couple of|couple of)";

export function parseNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w]!;
  const m = /^([a-z]+)[- ]([a-z]+)$/.exec(w);
  if (m && m[1]! in NUMBER_WORDS && m[2]! in NUMBER_WORDS) return NUMBER_WORDS[m[1]!]! + NUMBER_WORDS[m[2]!]!;
  const h = /^(?:a |one )?hundred$/.exec(w);
  if (h) return 100;
  return null;
}

/** Duration unit (singular, lower-case) → [TIMEX3 unit letter(s), is a time unit (needs "T")]. */
export const UNITS: Record<string, [string, boolean]> = {
  second: ["S", true], minute: ["M", true], hour: ["H", true],
  day: ["D", false], night: ["D", false], week: ["W", false], weekend: ["WE", false], fortnight: ["W", false],
  month: ["M", false], quarter: ["Q", false], year: ["Y", false], decade: ["DE", false], century: ["CE", false],
  millennium: ["ML", false],
};
export const UNIT_RE = "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))";
export const CAL_UNIT_RE = "(?:days?|weeks?|months?|years?|decades?)";

export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith("centur")) return "century";
  if (w.startsWith("millenni")) return "millennium";
  return w.replace(/s$/, "");
}

export const SEASONS: Record<string, string> = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };

export const PARTS_OF_DAY: Record<string, string> = {
  morning: "MO", afternoon: "AF", evening: "EV", night: "NI", tonight: "NI", overnight: "NI", midday: "MI",
};

/** Time zones accepted after a clock time; they are kept in the extent, not in the value. */
export const ZONE_RE =
  "(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|WIB|Z|local time|" +
  "(?:Moscow|Beijing|Kyiv|Kiev|London|Paris|Washington|New York|Tokyo|Eastern|Pacific|Central|Mountain) time)";

/** Fixed-date holidays: month, day. */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  "christmas": [12, 25], "christmas day": [12, 25], "christmas eve": [12, 24], "boxing day": [12, 26],
  "new year's day": [1, 1], "new year's eve": [12, 31], "new year": [1, 1], "new years": [1, 1],
  "new year's": [1, 1], "new years day": [1, 1], "new years eve": [12, 31],
  "independence day": [7, 4], "fourth of july": [7, 4], "july fourth": [7, 4], "july 4th": [7, 4],
  "halloween": [10, 31], "valentine's day": [2, 14], "valentines day": [2, 14], "st. patrick's day": [3, 17],
  "saint patrick's day": [3, 17], "st patrick's day": [3, 17], "veterans day": [11, 11], "veterans' day": [11, 11],
  "armistice day": [11, 11], "remembrance day": [11, 11], "bastille day": [7, 14], "may day": [5, 1],
  "juneteenth": [6, 19], "groundhog day": [2, 2], "all saints' day": [11, 1], "epiphany": [1, 6],
};

/** Floating holidays: [month, ISO weekday, nth (−1 = last)], or a special key resolved in calendar.ts. */
export const FLOATING_HOLIDAYS: Record<string, [number, number, number] | "easter" | "good friday" | "easter monday" | "black friday" | "election day"> = {
  "thanksgiving": [11, 4, 4], "thanksgiving day": [11, 4, 4],
  "memorial day": [5, 1, -1], "labor day": [9, 1, 1], "labour day": [9, 1, 1],
  "martin luther king day": [1, 1, 3], "martin luther king jr. day": [1, 1, 3], "mlk day": [1, 1, 3],
  "presidents day": [2, 1, 3], "presidents' day": [2, 1, 3], "president's day": [2, 1, 3],
  "columbus day": [10, 1, 2], "indigenous peoples' day": [10, 1, 2],
  "mother's day": [5, 7, 2], "mothers day": [5, 7, 2], "father's day": [6, 7, 3], "fathers day": [6, 7, 3],
  "easter": "easter", "easter sunday": "easter", "good friday": "good friday", "easter monday": "easter monday",
  "black friday": "black friday", "cyber monday": "black friday", "election day": "election day",
};

export const HOLIDAY_RE =
  "(?:Christmas(?: Day| Eve)?|Boxing Day|New Year'?s?(?: Day| Eve)?|New Year|Independence Day|(?:the )?Fourth of July|" +
  "July (?:Fourth|4th)|Halloween|Valentine'?s Day|(?:St\\.?|Saint) Patrick'?s Day|Veterans'? Day|Armistice Day|" +
  "Remembrance Day|Bastille Day|May Day|Juneteenth|Groundhog Day|All Saints' Day|Thanksgiving(?: Day)?|" +
  "Memorial Day|Labou?r Day|Martin Luther King(?: Jr\\.?)? Day|MLK Day|Presidents'? Day|President's Day|Columbus Day|" +
  "Indigenous Peoples' Day|Mother'?s Day|Father'?s Day|Easter(?: Sunday| Monday)?|Good Friday|Black Friday|" +
  "Cyber Monday|Election Day)";

/** Ordinals as words or digits, for "the third quarter", "the 20th century". */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21, "twenty first": 21, last: -1, final: -1,
};
export function parseOrdinal(word: string): number | null {
  const w = word.toLowerCase();
  const d = /^(\d+)(?:st|nd|rd|th)?$/.exec(w);
  if (d) return Number(d[1]);
  return ORDINALS[w] ?? null;
}

/**
 * Words after a 4-digit number that make it a count, not a year ("2,000 troops", "1500 people").
 * Kept short and news-oriented; an unknown plural noun does not reject a year ("2014 elections").
 */
export const COUNT_NOUNS = new Set(
  (
    "people persons men women children kids troops soldiers members workers employees jobs residents deaths " +
    "cases votes voters miles kilometers kilometres km meters metres feet ft foot pounds lbs tons tonnes barrels " +
    "shares units homes houses cars vehicles dollars euros yen yuan rubles roubles rupees pesos students users " +
    "copies points calories refugees migrants police officers protesters demonstrators fighters civilians " +
    "patients doctors teachers prisoners detainees hostages passengers flights km/h mph rpm megawatts mw gw " +
    "households families companies firms acres hectares words pages rounds missiles rockets tanks aircraft planes " +
    "drones jets ships boats beds seats delegates signatures items products tweets posts visitors tourists " +
    "participants attendees fans spectators others more times percent per plus hours hrs minutes mins seconds " +
    "degrees bn billion million thousand mln gallons liters litres bags boxes acres sq square cubic"
  ).split(" "),
);

/** Prepositions and modifiers that make a bare month name, season or year a date ("in May", "since March"). */
export const DATE_CUES = new Set(
  (
    "in on since until till by from through throughout before after during of early late mid last next this " +
    "between around to and or each every past coming until since circa in-between end beginning start middle"
  ).split(" "),
);
