// Metadata that reads the same in every format: datelines and bylines in the text, titles with the
// site name stuck on, and merging what several sources say (first confident source wins).
import type { ArticleMetadata } from "../article.ts";
import { emptyMetadata } from "../article.ts";
import { dateLine, findDate } from "./dates.ts";
import { collapseWhitespace } from "./unicode.ts";

const AGENCIES: Record<string, string> = {
  AP: "AP",
  "ASSOCIATED PRESS": "AP",
  REUTERS: "Reuters",
  AFP: "AFP",
  UPI: "UPI",
  DPA: "dpa",
  EFE: "EFE",
  ANSA: "ANSA",
  PTI: "PTI",
  IANS: "IANS",
  ANI: "ANI",
  XINHUA: "Xinhua",
  TASS: "TASS",
  KYODO: "Kyodo",
  BLOOMBERG: "Bloomberg",
  CNN: "CNN",
  "BBC NEWS": "BBC News",
};

export interface Dateline {
  /** As written, without the dash: `WILMINGTON, Del. (AP)`. */
  dateline: string;
  agency: string | null;
}

// "WILMINGTON, Del. (AP) —", "LONDON (Reuters) -", "(Reuters) -", "NEW DELHI:", "PARÍS, 3 mar (EFE).-",
// "CAIRO, March 3 (Agency) --"
const DATELINE_HEAD =
  /^((?:\p{Lu}[\p{L}'’.\- ]{1,40}?)(?:,\s*\p{Lu}[\p{L}.]{1,15}(?: \p{Lu}[\p{L}.]{1,15}){0,2})?(?:,\s*(?:\d{1,2} \p{L}{3,10}\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}{0,6}\.? \d{1,2}))?)?\s*(\((?:[\p{L}&.]+(?: [\p{L}&.]+){0,2})\))?\s*/u
    .source;
const DATELINE = new RegExp(`${DATELINE_HEAD}(?:\\.?[-–—]+|:)(?=\\s*\\p{L}|\\s*["“])`, "u");
// Wire copy may set the dateline on a line of its own, the story starting on the next one.
const DATELINE_ALONE = new RegExp(`${DATELINE_HEAD}\\.?[-–—]+\\s*$`, "u");

// All-caps openers that are labels or organisations, not places.
const NOT_A_PLACE =
  /^(?:UPDATE|UPDATED|EDITOR'S NOTE|EDITORS NOTE|CORRECTION|BREAKING|BREAKING NEWS|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|WATCH|LISTEN|NOTE|FILE|PHOTO|VIDEO|LIVE|SPOILER|WARNING|DISCLAIMER|ALSO READ|READ MORE|SEE ALSO|RELATED|NATO|NASA|FIFA|UEFA|OPEC|UNICEF|UNESCO|OECD|ASEAN|NAFTA|IMF|WHO|FBI|CIA|NHS|NFL|NBA|MLB|NHL|GOP|USA)$/;

/** The dateline opening a paragraph of wire copy, or standing alone on its line, if there is one. */
export function findDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph.slice(0, 160)) ?? DATELINE_ALONE.exec(paragraph);
  if (!m) return null;
  const place = m[1]?.trim() ?? "";
  const agencyText = m[2]?.slice(1, -1).trim() ?? null;
  const agency = agencyText ? (AGENCIES[agencyText.toUpperCase()] ?? null) : null;
  // Without a known agency only an all-caps place reads as a dateline ("PARIS —", "HARBOR CITY
  // (Coastline News) —"), not "Meanwhile —" or "NATO —".
  const placeWord = place.split(",")[0]!;
  if (!agency && (!/^[\p{Lu}\s.'’-]{4,}$/u.test(placeWord) || NOT_A_PLACE.test(placeWord))) return null;
  const dateline = collapseWhitespace(`${place} ${m[2] ?? ""}`);
  return dateline ? { dateline, agency } : null;
}

/** A dateline with nothing after it on its line: the story starts on the next one. */
export const isDatelineAlone = (line: string) => DATELINE_ALONE.test(line) && findDateline(line) !== null;

const BYLINE = /^(?:by|written by|words by|story by|par|por|von|di|door|texte|text|author|autor|auteur)\s*:?\s+(\p{Lu}[^\n]{1,150})$/iu;

/** "By Jane Doe and John Roe, Associated Press" → "Jane Doe and John Roe"; null when not a byline. */
export function bylineOf(line: string): string | null {
  const m = BYLINE.exec(line.trim());
  if (!m) return null;
  let name = m[1]!.replace(/\s*[|•·]\s*.*$/, "").trim();
  const parts = name.split(/,\s*/);
  if (parts.length > 1 && AGENCIES[parts[parts.length - 1]!.toUpperCase()]) name = parts.slice(0, -1).join(", ");
  // A byline is names, not a sentence.
  if (/[.!?]$/.test(name) && !/\b\p{Lu}\.$/u.test(name)) return null;
  if (name.split(/\s+/).length > 12) return null;
  return name;
}

export interface BylineParts {
  author: string | null;
  publisher: string | null;
  publishedAt: string | null;
}

// Where the names end in a byline box that also shows the time: "Published", "Updated", a clock time
// or a written date.
const BYLINE_TIME = /\b(?:(?:last )?updated|published|posted|modified|publié|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert|pubblicato|aggiornato)(?![\p{L}])|\b\d{1,2}:\d{2}\b/iu;
const BY_PREFIX = /^(?:by|written by|words by|story by|par|por|von|di|door|author|autor|auteur)\s*:?\s+/i;
const AGENCY_AT_END = new RegExp(`(?:^|[\\s,|•·—–-]+)(${Object.keys(AGENCIES).map((a) => a.replace(/ /g, "\\s+")).join("|")})$`, "i");

/**
 * A byline box's text split into who wrote it, for whom, and when: "Jane Doe Associated Press
 * Published 11:34 PM EST Nov 19, 2019" → Jane Doe / Associated Press / 2019-11-19. A byline never
 * keeps a date or a "Published" label; `publisher` (the page's own, when known) is cut from its end too.
 */
export function splitByline(text: string, publisher: string | null = null): BylineParts {
  let rest = collapseWhitespace(text).replace(BY_PREFIX, "");
  let publishedAt: string | null = null;
  const date = findDate(rest);
  const label = BYLINE_TIME.exec(rest);
  const cut = Math.min(date?.index ?? Infinity, label?.index ?? Infinity);
  if (cut < Infinity) {
    publishedAt = date?.iso ?? null;
    rest = rest.slice(0, cut);
  }
  rest = rest.replace(/[\s,|•·—–:-]+(?:on|at|le|el|am)?\s*$/iu, "").replace(/[\s,|•·—–:-]+$/u, "");
  let found: string | null = null;
  const agency = AGENCY_AT_END.exec(rest);
  if (agency && agency.index > 0) {
    found = agency[1]!;
    rest = rest.slice(0, agency.index);
  } else if (publisher && rest.length > publisher.length && rest.toLowerCase().endsWith(publisher.toLowerCase())) {
    found = publisher;
    rest = rest.slice(0, rest.length - publisher.length);
  }
  rest = rest.replace(/[\s,|•·—–:-]+$/u, "").replace(BY_PREFIX, "").trim();
  return { author: /\p{L}/u.test(rest) ? rest : null, publisher: found, publishedAt };
}

// "14/06/2023 by Tom Welling": the date before the byline. The lazy head is tried at every space, so the
// word is looked for first.
const DATE_BY = /^(.*?)\s+(?:by|par|por|von)\s+(\p{Lu}.*)$/iu;
const BY_WORD = /\s(?:by|par|por|von)\s/iu;

/**
 * A line of article metadata: a date, a byline, or both ("Published 14/06/2023 by Tom Welling",
 * "By Jane Doe | May 20, 2024", "Par Claire Dubois — Publié le 17 juin 2024"). Null for anything else.
 */
export function metaLine(line: string): { publishedAt: string | null; byline: string | null } | null {
  const text = line.trim();
  if (text.length > 160) return null;
  const date = dateLine(text);
  if (date) return { publishedAt: date, byline: null };
  // Split at the separators such lines use, then read each part as a byline or a date.
  const parts = text.split(/\s+[|•·—–-]\s+|\s*[|•·]\s*/).filter(Boolean);
  let byline: string | null = null;
  let publishedAt: string | null = null;
  for (const part of parts) {
    const by = BY_WORD.test(part) ? DATE_BY.exec(part) : null;
    if (by && dateLine(by[1]!)) {
      publishedAt ??= dateLine(by[1]!);
      byline ??= bylineOf(`By ${by[2]}`);
    } else if (bylineOf(part)) byline ??= bylineOf(part);
    else if (dateLine(part)) publishedAt ??= dateLine(part);
    else if (!(publishedAt || byline) || findDate(part) || part.split(/\s+/).length > 4) return null;
  }
  return publishedAt || byline ? { publishedAt, byline } : null;
}

/**
 * "Headline | Site Name", "Site Name - Headline" → "Headline": the part that names the site goes.
 * Without a known site name, a short part beside a long one is taken for it.
 */
export function stripSiteFromTitle(title: string, publisher: string | null): string {
  const parts = title.split(/\s+[|–—·•»]\s+|\s+-\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const words = (s: string) => s.split(/\s+/).length;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const isSite = (part: string) => (publisher ? norm(part) === norm(publisher) : false);
  if (isSite(last) || (!isSite(first) && words(last) <= 4 && words(first) >= 4)) return title.slice(0, title.lastIndexOf(last)).replace(/\s+\S+\s*$/, "").trim();
  if (isSite(first) || (words(first) <= 4 && words(last) >= 4)) return title.slice(first.length).replace(/^\s*\S+\s+/, "").trim();
  return title;
}

/** Combine metadata from several sources; earlier sources win field by field. */
export function mergeMetadata(...sources: Partial<ArticleMetadata>[]): ArticleMetadata {
  const out = emptyMetadata();
  for (const source of sources)
    for (const key of Object.keys(out) as (keyof ArticleMetadata)[]) {
      const value = source[key];
      if (out[key] === null && typeof value === "string" && value.trim()) out[key] = collapseWhitespace(value);
    }
  return out;
}
