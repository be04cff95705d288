// Grounding: every item an engine returns must be backed by a verbatim quote of the cleaned text.
// Quotes are located tolerantly (whitespace, quote styles, dashes, case) and their offsets recorded;
// an item whose quote is not in the text is dropped and counted in the warnings.
import type { Actor, DateItem, Demand, Span, Warning } from "./schema/summary.ts";
import type { ActorDraft, DateDraft, DemandDraft, Extraction } from "./engines/engine.ts";
import { splitSentences } from "./text/sentences.ts";
import { wholeWordOffsets } from "./text/tokens.ts";
import { type TimexMatch, tagsOf } from "./dates/index.ts";

/** Text with typographic variants folded, plus a map from each folded index back to the original. */
interface FoldedText {
  folded: string;
  origin: number[];
}

const FOLD: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "`": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u2033": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
  "\u2026": "...",
};

function fold(text: string): FoldedText {
  let folded = "";
  const origin: number[] = [];
  let lastWasSpace = true; // also trims leading whitespace
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!lastWasSpace) {
        folded += " ";
        origin.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    const mapped = (FOLD[ch] ?? ch).toLowerCase();
    for (const c of mapped) {
      folded += c;
      origin.push(i);
    }
  }
  if (folded.endsWith(" ")) {
    folded = folded.slice(0, -1);
    origin.pop();
  }
  return { folded, origin };
}

/** Locates quotes in one text; folding the text once serves every item. */
export class QuoteLocator {
  readonly text: string;
  readonly #folded: FoldedText;

  constructor(text: string) {
    this.text = text;
    this.#folded = fold(text);
  }

  /** The span of `quote` in the text, or null. Prefers an exact match at or after `from`. */
  locate(quote: string, from = 0): Span | null {
    const q = quote.trim();
    if (!q) return null;
    const exact = this.text.indexOf(q, from);
    if (exact >= 0) return { start: exact, end: exact + q.length };
    const anyExact = this.text.indexOf(q);
    if (anyExact >= 0) return { start: anyExact, end: anyExact + q.length };
    const fq = fold(q).folded.replace(/^["']+|["']+$/g, "").trim();
    if (!fq) return null;
    const { folded, origin } = this.#folded;
    const at = folded.indexOf(fq);
    if (at < 0) return null;
    return { start: origin[at]!, end: origin[at + fq.length - 1]! + 1 };
  }

  /** The span of `quote` inside `within` (a span of the text), or null. */
  locateIn(quote: string, within: Span): Span | null {
    const q = quote.trim();
    if (!q) return null;
    const exact = this.text.indexOf(q, within.start);
    if (exact >= 0 && exact + q.length <= within.end) return { start: exact, end: exact + q.length };
    const fq = fold(q).folded.replace(/^["']+|["']+$/g, "").trim();
    if (!fq) return null;
    const { folded, origin } = this.#folded;
    // First folded position at or after within.start (origin is non-decreasing).
    let lo = 0;
    let hi = origin.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (origin[mid]! < within.start) lo = mid + 1;
      else hi = mid;
    }
    const at = folded.indexOf(fq, lo);
    if (at < 0) return null;
    const span = { start: origin[at]!, end: origin[at + fq.length - 1]! + 1 };
    return span.end <= within.end ? span : null;
  }

  /** Every whole-word, case-sensitive occurrence of `term`. */
  occurrences(term: string, limit = 100): Span[] {
    const t = term.trim();
    if (t.length < 2) return [];
    return wholeWordOffsets(this.text, t, limit).map((start) => ({ start, end: start + t.length }));
  }
}

export interface GroundedItems {
  actors: Actor[];
  demands: Demand[];
  dates: DateItem[];
  warnings: Warning[];
}

const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.start}:${s.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function groundActor(locator: QuoteLocator, a: ActorDraft, warnings: Warning[]): Omit<Actor, "salience"> & { salience?: number } | null {
  const mentions = uniqueSpans([a.name, ...a.aliases].flatMap((n) => locator.occurrences(n))).sort(byStart);
  const evidenceSpan = locator.locate(a.evidence);
  if (evidenceSpan) return { ...a, spans: uniqueSpans([evidenceSpan, ...mentions]) };
  // An actor is a name, not a claim: a mention of the name is evidence enough when the quote is off.
  const first = mentions[0];
  if (first) {
    warnings.push({ code: "evidence_replaced", message: `actor '${a.name}': quote not found; using its first mention` });
    return { ...a, evidence: locator.text.slice(first.start, first.end), spans: mentions };
  }
  warnings.push({ code: "evidence_not_found", message: `actor '${a.name}' dropped: neither its quote nor its name is in the text` });
  return null;
}

function groundDemand(locator: QuoteLocator, d: DemandDraft, warnings: Warning[]): Demand | null {
  const span = locator.locate(d.evidence);
  if (span) return { ...d, spans: [span] };
  warnings.push({ code: "evidence_not_found", message: `demand by '${d.by}' dropped: its quote is not in the text` });
  return null;
}

/** Comparable when one value refines the other (2022 vs 2022-01-10) or they are equal. */
const compatible = (a: string, b: string) => a === b || a.startsWith(b) || b.startsWith(a);

function groundDate(locator: QuoteLocator, d: DateDraft, reference: string | null, warnings: Warning[]): DateItem | null {
  const evidence = locator.locate(d.evidence);
  if (!evidence) {
    warnings.push({ code: "evidence_not_found", message: `date '${d.text}' dropped: its quote is not in the text` });
    return null;
  }
  const local = locator.locateIn(d.text, evidence);
  const spans: Span[] = [local ?? evidence];
  // Cross-check the engine's value with the local tagger on the same words: an LLM resolving "Thursday"
  // against the wrong week, or inventing a year, is caught here. The whole text is tagged once (and
  // remembered), so each date costs a lookup, not a re-tagging of its sentence.
  const tagged = local ? tagCovering(locator.text, reference, local) : undefined;
  if (tagged && tagged.value && d.value && !compatible(tagged.value, d.value) && !/X/.test(tagged.value)) {
    // The tagger reads the words of one quote: it knows the calendar, not the story's narrative day.
    const value = reconcileDate(tagged.text, tagged.value, d.value);
    if (value === null) {
      warnings.push({ code: "date_unconfirmed", message: `date '${d.text}': kept the engine's value ${d.value}; the tagger read ${tagged.value}, which its words alone do not settle` });
      return { ...d, spans };
    }
    warnings.push({ code: "date_renormalized", message: `date '${d.text}': value ${d.value} contradicts the text; re-normalised to ${value}` });
    return { ...d, value, type: tagged.type, spans };
  }
  return { ...d, spans };
}

/** The tagger's expression covering `span` (allowing one trailing character), if any. */
function tagCovering(text: string, reference: string | null, span: Span): Readonly<TimexMatch> | undefined {
  const tags = tagsOf(text, reference);
  let lo = 0;
  let hi = tags.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tags[mid]!.start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const t = tags[lo - 1];
  return t && span.end <= t.end + 1 ? t : undefined;
}

/** Salience from mentions, first position and role in demands, scaled so the top actor is 1. */
function rankActors(actors: Array<Omit<Actor, "salience"> & { salience?: number }>, demands: Demand[], textLength: number): Actor[] {
  const scored = actors.map((a) => {
    if (a.salience !== undefined) return { ...a, salience: a.salience };
    const first = a.spans.reduce((m, s) => Math.min(m, s.start), textLength);
    const demandsBy = demands.filter((d) => d.by === a.name).length;
    const demandsOf = demands.filter((d) => d.of.includes(a.name)).length;
    const score = Math.log2(1 + a.spans.length) + 2 * demandsBy + demandsOf + (1 - first / Math.max(1, textLength));
    return { ...a, salience: score };
  });
  const max = Math.max(1e-9, ...scored.map((a) => a.salience));
  return scored
    .map((a) => ({ ...a, salience: Math.round((a.salience / max) * 1000) / 1000 }))
    .sort((x, y) => y.salience - x.salience || x.name.localeCompare(y.name));
}

export function groundExtraction(text: string, extraction: Pick<Extraction, "actors" | "demands" | "dates">, reference: string | null): GroundedItems {
  const locator = new QuoteLocator(text);
  const warnings: Warning[] = [];
  const actors = extraction.actors.map((a) => groundActor(locator, a, warnings)).filter((a) => a !== null);
  const demands = extraction.demands.map((d) => groundDemand(locator, d, warnings)).filter((d) => d !== null);
  const dates = extraction.dates.map((d) => groundDate(locator, d, reference, warnings)).filter((d) => d !== null);
  const known = new Set(actors.flatMap((a) => [a.name, ...a.aliases]));
  for (const d of demands) {
    if (!known.has(d.by)) warnings.push({ code: "unknown_actor", message: `demand by '${d.by}' names no listed actor` });
  }
  return { actors: rankActors(actors, demands, text.length), demands, dates, warnings };
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const dayOf = (value: string): Date | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
};

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
const WITH_YEAR = /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:1[6-9]|20)\d{2}\b/;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`, "i");

/**
 * What an LLM date's value becomes when the tagger reads the same words differently; null keeps the
 * engine's value. The tagger wins what the words themselves say: a written year or full date; a
 * month and day (the engine's year kept: which year is meant depends on the story, not the words);
 * a weekday the engine's day is not; or a reading months away. A clock time or a relative day
 * depends on an anchor the tagger reading one quote does not know (the day of earlier talks).
 */
export function reconcileDate(expression: string, taggerValue: string, engineValue: string): string | null {
  if (WITH_YEAR.test(expression)) return taggerValue;
  if (MONTH_DAY.test(expression)) {
    const [t, e] = [/^(\d{4})(-\d{2}-\d{2})/.exec(taggerValue), /^(\d{4})(-\d{2}-\d{2})/.exec(engineValue)];
    if (t && e) return t[2] === e[2] ? null : `${e[1]}${taggerValue.slice(4)}`;
    return taggerValue;
  }
  const [t, e] = [dayOf(taggerValue), dayOf(engineValue)];
  if (!t || !e) return null;
  if (Math.abs(t.getTime() - e.getTime()) > 45 * 86_400_000) return taggerValue;
  const named = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}`, "i").test(expression));
  return named >= 0 && e.getUTCDay() !== named ? taggerValue : null;
}

// ---------------------------------------------------------------------------------------------
// The summary sentence. It is the model's own wording, so it cannot be located like a quote; it is
// grounded word by word instead: a sentence is dropped when it uses words the article has only inside
// text addressed to an AI, names an actor that rests only on such text, or names something the article
// never mentions. Nothing left: the article's own lead sentences stand in.

export interface SummaryGrounding {
  /** Spans of the text that address an AI (see lib/engines/openai/injection.ts). */
  suspicious?: Span[];
  /** Names and aliases of the kept actors: a summary may name an actor by its canonical name. */
  names?: string[];
  /** Names of actors dropped as planted. */
  planted?: string[];
}

const MONTHS_AND_DAYS = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(" "),
);

const wordFold = (w: string) => w.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

export function groundSummary(text: string, summary: string, options: SummaryGrounding = {}): { summary: string; warnings: Warning[] } {
  const suspicious = options.suspicious ?? [];
  const inside = (at: number) => suspicious.some((r) => r.start <= at && at < r.end);
  const warnings: Warning[] = [];
  // Every word of the text (folded) with its offsets, once.
  const where = new Map<string, number[]>();
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const k = wordFold(m[0]);
    const list = where.get(k);
    if (list) list.push(m.index);
    else where.set(k, [m.index]);
  }
  const stems = new Set([...where.keys()].filter((k) => k.length >= 5).map((k) => k.slice(0, 5)));
  const nameWords = new Set((options.names ?? []).flatMap((n) => n.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(wordFold));
  const plantedWords = new Set(
    (options.planted ?? [])
      .flatMap((n) => n.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])
      .map(wordFold)
      .filter((w) => w.length >= 3 && !nameWords.has(w) && (where.get(w) ?? []).every(inside)),
  );

  const why = (sentence: string): string | null => {
    const words = [...sentence.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
    for (const [i, m] of words.entries()) {
      const w = m[0];
      const k = wordFold(w);
      if (k.length < 3) continue;
      const at = where.get(k) ?? [];
      if (plantedWords.has(k)) return `it names '${w}', an actor planted in text addressed to an AI`;
      if (at.length && at.every(inside)) return `'${w}' appears in the article only in text addressed to an AI`;
      const name = /^\p{Lu}/u.test(w) && i > 0;
      if (name && !at.length && !nameWords.has(k) && !MONTHS_AND_DAYS.has(k) && !(k.length >= 5 && stems.has(k.slice(0, 5)))) {
        return `it names '${w}', which the article does not mention`;
      }
    }
    return null;
  };

  const kept: string[] = [];
  const sentences = splitSentences(summary);
  for (const s of sentences) {
    const reason = why(s.text);
    if (reason) warnings.push({ code: "summary_sentence_dropped", message: `summary sentence ${JSON.stringify(s.text)} dropped: ${reason}` });
    else kept.push(s.text);
  }
  if (kept.length || !sentences.length) return { summary: kept.length === sentences.length ? summary : kept.join(" "), warnings };
  // Nothing of the model's summary stands: the lead of the article, outside any suspicious span.
  const lead: string[] = [];
  for (const s of splitSentences(text)) {
    if (suspicious.some((r) => s.start < r.end && r.start < s.end)) continue;
    if (lead.length && lead.join(" ").length + s.text.length > 400) break;
    lead.push(s.text);
    if (lead.length === 2) break;
  }
  warnings.push({ code: "summary_replaced", message: "no sentence of the model's summary is grounded in the article; its lead sentences stand in" });
  return { summary: lead.join(" "), warnings };
}
