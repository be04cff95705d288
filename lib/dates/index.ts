// Temporal tagger (TIMEX3) for the embedded engine: recognition (patterns.ts), overlap resolution
// (longest match wins), tense-aware anchoring on the reference date (resolve.ts, tense.ts), and the
// DateDraft view for the engine.
import type { DateDraft } from "../engines/engine.ts";
import { type TextSpan, splitSentences } from "../text/sentences.ts";
import { type YMD, fmtDay, parseReference } from "./calendar.ts";
import { type Cand, type TimexType, candidates } from "./patterns.ts";
import { type Ctx, dayOf, parseDayValue } from "./resolve.ts";
import { type Tense, tenseAt } from "./tense.ts";

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
}

interface Resolved extends Cand {
  value: string;
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

const HOST_GAP = /^[\s,]*(?:(?:at|on|by|around|about|from|until|till|before|after|of)\s+)?(?:the\s+)?$/i;
const MERGE_GAP = /^,?[ \t\u00a0]*$/;

function run(text: string, reference: string | null | undefined, sentences: TextSpan[]): Array<Resolved & { sentence: number }> {
  const ref = parseReference(reference ?? null);
  const chosen = select(candidates(text), text.length) as Array<Resolved & { sentence: number }>;
  let anchor: YMD | null = ref;
  const tenseCache = new Map<number, Tense>();
  for (const c of chosen) {
    c.sentence = sentenceIndex(sentences, c.start);
    if (c.clock !== undefined) continue;
    const s = sentences[c.sentence];
    const ctx: Ctx = {
      ref,
      anchor,
      tense: () => {
        let t = tenseCache.get(c.start);
        if (t === undefined) {
          t = s && c.start >= s.start ? tenseAt(s, s.text, c.start - s.start, c.end - s.start) : "neutral";
          tenseCache.set(c.start, t);
        }
        return t;
      },
    };
    c.value = c.resolve(ctx);
    if (c.type === "DATE" && /^\d{4}-\d{2}-\d{2}$/.test(c.value) && c.kind !== "rel-day") {
      anchor = parseDayValue(c.value);
    }
  }
  // Clock times take their day from an adjacent date ("3 p.m. Thursday", "Dec. 7 at 10 a.m.").
  const refDay = ref ? fmtDay(ref) : "XXXX-XX-XX";
  const drop = new Set<number>();
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i]!;
    if (c.clock === undefined) continue;
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
    const day = host !== null ? dayOf(chosen[host]!.value)! : refDay;
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

/** Tag every temporal expression in `text`: sorted by start, non-overlapping. */
export function tagDates(text: string, options: TagOptions = {}): TimexMatch[] {
  if (!text) return [];
  const sentences = splitSentences(text);
  return run(text, options.reference, sentences).map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type as TimexType,
    value: c.value,
  }));
}

// ---------------------------------------------------------------------------------------------
// DateDrafts for the engine

const ATTRIBUTION =
  /,?\s*(?:(?:according to|said|says|told|added|announced|reported|noted|stated)\b[^,;]*$)|^[^,;]*\b(?:said|says|told|added)\s+(?:that\s+)?/i;
const LEAD_PREP = /^(?:(?:on|in|at|by|since|until|from|during|for|of|as of|before|after|around|about|last|this|next)\s+)+/i;
const TRAIL_PREP = /\s+(?:on|in|at|by|since|until|from|during|for|of|as of|before|after|around|about|the|a|an|and|or|but|that|which|,)$/i;

/** A short description of what happens at the time: the clause around the expression, minus the expression. */
function aboutOf(sentence: TextSpan, start: number, end: number): string | null {
  const s = sentence.text;
  const a = start - sentence.start;
  const b = end - sentence.start;
  // Clause boundaries: ; : — ( ) and quotes; commas only when the clause would stay long enough.
  const hard = /[;:\u2014\u2013()"“”]|\s-\s/g;
  let cs = 0;
  let ce = s.length;
  for (let m = hard.exec(s); m; m = hard.exec(s)) {
    if (m.index + m[0].length <= a) cs = m.index + m[0].length;
    else if (m.index >= b) {
      ce = m.index;
      break;
    }
  }
  let left = s.slice(cs, a);
  let right = s.slice(b, ce);
  // Drop a trailing attribution ("…, officials said.") and terminal punctuation.
  right = right.replace(/[.!?]+["”’)]*\s*$/, "");
  right = right.replace(ATTRIBUTION, "");
  left = left.replace(/^[^,]*\b(?:said|says|told)\b\s*(?:that\s+)?/i, (x) => (x.length < left.length ? "" : x));
  left = left.replace(TRAIL_PREP, "").replace(TRAIL_PREP, "");
  right = right.replace(/^[\s,]+/, "").replace(LEAD_PREP, "");
  let words = `${left.trim()} ${right.trim()}`
    .replace(/\s+,/g, ",")
    .replace(/^[\s,;]+|[\s,;]+$/g, "")
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length) return null;
  if (words.length > 12) {
    // Keep the 12 words nearest the expression.
    const leftWords = left.trim() ? left.trim().split(/\s+/) : [];
    const li = leftWords.length;
    let from = Math.max(0, li - 6);
    let to = from + 12;
    if (to > words.length) {
      to = words.length;
      from = Math.max(0, to - 12);
    }
    words = words.slice(from, to);
  }
  const out = words.join(" ").replace(/^[,;]\s*|[,;]$/g, "").trim();
  if (!out || !/[A-Za-z]{2,}/.test(out)) return null;
  return out;
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
  const sentences = splitSentences(text);
  const tagged = run(text, options.reference, sentences);
  const out: DateDraft[] = [];
  const seen = new Set<string>();
  for (const c of tagged) {
    const t: TimexMatch = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value: c.value };
    if (!reportable(t)) continue;
    const s = sentences[c.sentence] ?? { text, start: 0, end: text.length };
    const about = aboutOf(s, c.start, c.end);
    const key = `${t.value}\u0000${(about ?? "").toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: t.text, type: t.type, value: t.value, about, evidence: s.text });
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
export function chooseReference(text: string, publishedAt: string | null): string | null {
  const pub = parseReference(publishedAt);
  if (!pub) {
    // No publication date: a full date in the first lines (a dateline) is the best anchor we have.
    const head = text.slice(0, 400);
    const first = tagDates(head, { reference: null }).find((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.value));
    return first ? first.value : null;
  }
  const pubDay = fmtDay(pub);
  if (!text) return pubDay;
  const sentences = splitSentences(text);
  const tagged = run(text, pubDay, sentences);
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
