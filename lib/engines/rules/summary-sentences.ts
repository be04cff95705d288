// The summary: two or three whole sentences from the article — the lead, the most demand-dense
// sentence and, when short enough, the next one — with datelines and attribution clutter removed.
import type { DemandDraft } from "../engine.ts";
import type { TextSpan } from "../../text/sentences.ts";
import { SPEECH } from "./demand-words.ts";

const MAX_CHARS = 480;

// A wire dateline: "KESTON FALLS, May 2 (Harbour Wire) - " (any agency's name, set off by a dash), "WILMINGTON, Del.
// (AP)" (an agency's acronym), "PARIS —". The place is in capitals: a title before an acronym ("Director of the
// Bureau (FBI)") is not one. The New York Times' wire sets the dash as an underscore ("MIAMI _ The"); a date may
// follow the place without an agency ("LONDON, June 3 — ").
const DATELINE = /^[\p{Lu}][\p{Lu} .'’-]{2,},\s*(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}\s*)?\(\p{Lu}[\p{L}&.'’ -]{1,30}\)\s*[—–-]+\s*|^(?:[\p{Lu}][\p{Lu} .'’-]*(?:,\s*[\p{Lu}][\p{L}.'’ -]*)?\s*)?(?:\d{1,2}\s*)?\((?:AP|Reuters|AFP|UPI|PTI|[A-Z]{2,8})\)\s*[—–_-]*\s*|^[\p{Lu}][\p{Lu} .'’-]{2,}(?:,\s*[\p{Lu}][\p{L}.]*\.?(?:\s+\d{1,2})?)?\s+[—–_-]+\s*/u;
const LEAD_IN = /^(?:At the same time|Meanwhile|Separately|Also|However|In addition|On \p{Lu}\p{Ll}+|Earlier|Later|Still),\s+/u;
// ", Kremlin spokesperson Dmitry Peskov said Thursday." / ", according to a senior official who …" / ", officials said."
const TRAILING_ATTRIBUTION = new RegExp(
  String.raw`,?\s*(?:[“"]?\s*)?(?:,\s*)?(?:according to|in line with)\b[^.!?]*(?=[.!?]["”]?$)|,\s+(?:[\p{L}’'.-]+\s+){0,6}(?:${SPEECH}|told reporters)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|later))?(?=[.!?]["”]?$)`,
  "u",
);

// "Net - The union …": the tail of a site name or label before a dash, left by the page.
const FRAGMENT_LEAD = /^[\p{L}\p{N}.]{1,12}\s+[-–—|]\s+(?=\p{Lu})/u;
// A sentence leaning on one before it: a pronoun subject, or a demonstrative.
// Also a pronoun subject after an opening phrase ("In hopes of a ruling, they have …") and an unnamed
// speaker set in ("In the aftermath, she said, NATO must …").
const DANGLING = /^(?:He|She|They|It|His|Her|Their|Its|This|These|Those|That|Such|But|And|Also|However)\b|^[^,“"]{1,80},\s+(?:he|she|they)\s+(?!said\b|says\b)|,\s+(?:he|she|they)\s+(?:said|says|added)\s*,/;
// A claim reported from posts or videos, and a verdict calling a claim false.
const REPORTED_CLAIM = /\b(?:claim(?:s|ed)?|alleg(?:es|ed)|purport(?:s|ed))\s+(?:that\b)?/i;
const CLAIM_SOURCE = /\b(?:posts?|videos?|users?|accounts?|memes?|messages?|rumou?rs?|viral|social media|online|website)\b/i;
// A broadcaster naming themselves ("CNN headline news, I'm Sachi Koto.", "For The World, I'm Nancy Marshall in
// Washington.", "This is Ann Reyes reporting."): a transcript's sign-on or sign-off, not what happened.
const SIGN_ON = /(?:^|[\s,])(?:I['’]m|I am|[Tt]his is)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)+(?:\s+(?:in|at|for|reporting)\b[^.!?]*)?[.!?]["”]?$/u;
const VERDICT = /\b(?:(?:is|was|are|were) (?:false|untrue|not true|baseless|misleading|fabricated|wrong)|no evidence|debunked|falsely|fact[- ]check)/i;

export function cleanSentence(s: string): string {
  let out = s.replace(FRAGMENT_LEAD, "").replace(DATELINE, "").replace(LEAD_IN, "");
  out = out.replace(TRAILING_ATTRIBUTION, "");
  // A space the page set before a comma or full stop ("Ahmad Lawan , on Tuesday") is not the writer's.
  out = out.replace(/,(\s*[”"])(?=[.!?]?$)/u, "$1").replace(/\s+/g, " ").replace(/ ([,.;:])(?=\s|$)/g, "$1").trim();
  if (!/[.!?]["”’]?$/.test(out)) out += ".";
  return openingQuote(out) + out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * The opening mark of a quotation the sentence starts inside: the second sentence of a quote ("We are asking
 * the board to …," the chair said.) closes a mark it never opened, which reads as a fragment on its own.
 */
function openingQuote(s: string): string {
  const close = s.indexOf("”");
  if (close >= 0 && !s.slice(0, close).includes("“")) return "“";
  // A straight mark closes when punctuation comes right before it ("table," the chair said).
  const straight = s.indexOf('"');
  return straight > 0 && /[,.!?]/.test(s[straight - 1]!) && (s.match(/"/g)!.length % 2 === 1) ? '"' : "";
}

export function summarize(sentences: TextSpan[], junk: Set<number>, demands: DemandDraft[]): string {
  // A claim the article calls false (a post's claim, then "That claim is false") is never repeated as a fact.
  const falseClaim = (i: number) => {
    const t = sentences[i]!.text;
    if (VERDICT.test(t) && REPORTED_CLAIM.test(t) && !/\b(?:false|falsely|no evidence)\b/i.test(t.slice(0, 12))) return true;
    if (!REPORTED_CLAIM.test(t) || !CLAIM_SOURCE.test(t)) return false;
    return [1, 2].some((d) => i + d < sentences.length && VERDICT.test(sentences[i + d]!.text));
  };
  const prose = sentences.map((s, i) => ({ s, i })).filter(({ s, i }) => !junk.has(i) && hasWords(s.text, 6) && /[.!?"”]$/.test(s.text));
  if (!prose.length) return sentences.find((_, i) => !junk.has(i))?.text ?? "";
  // Cleaned only for sentences about to be picked (cleaning every sentence would cost more than the
  // rest), and each of those once.
  const cleaned = new Map<number, string>();
  const clean = (i: number) => {
    let c = cleaned.get(i);
    if (c === undefined) cleaned.set(i, (c = cleanSentence(sentences[i]!.text)));
    return c;
  };
  const readable = (i: number) => /^[\p{Lu}\p{N}“"‘'(]/u.test(clean(i)) && !falseClaim(i) && !SIGN_ON.test(sentences[i]!.text);
  const lead = prose.find(({ i }) => readable(i) && !DANGLING.test(clean(i))) ?? prose[0]!;
  // Demand density: demands stated in the sentence, weighted by how many distinct actors make them.
  const score = new Map<number, number>();
  const byText = new Map(prose.map((p) => [p.s.text, p] as const));
  for (const d of demands) {
    const hit = byText.get(d.evidence);
    if (hit) score.set(hit.i, (score.get(hit.i) ?? 0) + 1 + (d.status !== "made" ? 0.5 : 0));
  }
  const ranked = [...score.entries()].filter(([i]) => i !== lead.i).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const picked = [lead.i];
  let length = clean(lead.i).length;
  for (const [i] of ranked) {
    if (picked.length >= 3) break;
    const c = clean(i);
    // "He testified that …" without the sentence naming him reads as nobody: skip it unless it follows a picked one.
    if ((DANGLING.test(c) && !picked.includes(i - 1)) || !readable(i)) continue;
    if (picked.length >= 2 && length + c.length > MAX_CHARS) break;
    picked.push(i);
    length += c.length;
  }
  if (picked.length === 1) {
    const second = prose.find(({ i }) => i !== lead.i && readable(i) && !DANGLING.test(clean(i)));
    if (second) picked.push(second.i);
  }
  return picked
    .sort((a, b) => a - b)
    .map(clean)
    .join(" ");
}

/** Whether `text.split(/\s+/)` has at least `n` pieces, counted without splitting the text. */
function hasWords(text: string, n: number): boolean {
  const gap = /\s+/g;
  let words = 1;
  while (words < n && gap.test(text)) words++;
  return words >= n;
}
