// Advice columns ("DEAR ABBY: … -- GROUNDED IN GRAND RAPIDS" / "DEAR GROUNDED: Tell your husband …"):
// the columnist's answer tells the reader what to do. Its imperatives and "you should …" are the columnist's
// demands of the letter writer; the letters themselves, and any text outside an answer, demand nothing here.
import { tokenize, type Token } from "../../text/tokens.ts";
import { escapeRegExp } from "../../text/regexp.ts";
import { isImperative, isVerbForm } from "./lexicon.ts";
import type { DemandContext, Found } from "./demands.ts";

// A salutation opening a paragraph: "DEAR ABBY:", "Dear Dr. Roach:", "DEAR GROUNDED IN OHIO:".
const SALUTATION = /(?:^|\n)[ \t]*(?:DEAR|Dear)[ \t]+((?:Dr\.|DR\.|Mr\.|MR\.|Ms\.|MS\.|Mrs\.|MRS\.)?[ \t]*[\p{Lu}][\p{L}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}'’.-]*){0,4})[ \t]*:/gu;
// Words that open an answer sentence without being an order: "Please" is skipped, these are not verbs here.
const NOT_ORDERS = /^(?:thank|thanks|congratulations|sorry|yes|no|well|good|bless|welcome|hello|hi|dear|let's)$/;
const MAX_WORDS = 40;
// "You have a right to be upset", "You are entitled to feel hurt": the columnist grants a feeling; nothing to do.
const FEELING_GRANTED = /^you\s+(?:have\s+(?:a|every)\s+right|are\s+(?:entitled|right)|have\s+every\s+reason)\s+to\s+(?:be|feel)\b/i;

interface Salutation {
  name: string;
  start: number;
  end: number;
  /** Where the paragraph's text begins, after the colon. */
  body: number;
}

/** The columnist's demands in an advice column; nothing for any other text. */
export function readAdviceColumn(ctx: DemandContext): Found[] {
  // Cheap gate: most articles have no salutation at all.
  if (!/\b(?:DEAR|Dear) /.test(ctx.text)) return [];
  const salutations: Salutation[] = [];
  for (const m of ctx.text.matchAll(SALUTATION)) {
    const start = m.index! + m[0].indexOf(m[1]!);
    salutations.push({ name: m[1]!.trim(), start, end: start + m[1]!.trim().length, body: m.index! + m[0].length });
  }
  // The columnist is whom the letters are addressed to: the name saluted most often, at least twice,
  // or once when answered by another salutation ("DEAR ABBY: …" then "DEAR GROUNDED: …").
  const counts = new Map<string, number>();
  for (const s of salutations) counts.set(s.name.toUpperCase(), (counts.get(s.name.toUpperCase()) ?? 0) + 1);
  const first = salutations[0];
  if (!first || salutations.length < 2) return [];
  const columnistKey = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const columnistAt = salutations.find((s) => s.name.toUpperCase() === columnistKey)!;
  // The column answers only after a letter to the columnist.
  const answers = salutations.filter((s) => s.name.toUpperCase() !== columnistKey && s.start > columnistAt.start);
  if (!answers.length) return [];
  const name = titleCase(columnistAt.name);
  const columnist = ctx.store.group(name, columnistAt.start, columnistAt.end, "person");
  const out: Found[] = [];
  for (const a of answers) {
    // The answer runs to the next salutation (the next letter), or the end of the text.
    const next = salutations.find((s) => s.start > a.start);
    let until = next ? next.start : ctx.text.length;
    // A columnist never names the column in an answer: "Dear Abby is written by …", "Contact Dear Abby at www…" is
    // the column's colophon, where the answer has ended.
    // As the name is written, capitalised: "with prudence" does not end Dear Prudence's answer.
    const colophon = new RegExp(String.raw`\b(?:${escapeRegExp(name)}|${escapeRegExp(name.toUpperCase())})\b`, "u");
    for (const s of ctx.sentences) {
      if (s.start >= a.body && s.start < until && colophon.test(s.text)) {
        until = s.start;
        break;
      }
    }
    ctx.sentences.forEach((s, si) => {
      if (s.end <= a.body || s.start >= until || ctx.junk.has(si)) return;
      const from = Math.max(s.start, a.body);
      const toks = tokenize(ctx.text, from, Math.min(s.end, until));
      const found = answerOrder(toks, si, columnist);
      if (found) out.push(found);
    });
  }
  return out;
}

/** "Tell your husband that …", "Please call …", "Don't let him …", "You should …": the order, else null. */
function answerOrder(toks: Token[], si: number, by: Found["by"]): Found | null {
  let k = 0;
  while (toks[k] && /^[“"(]$/.test(toks[k]!.text)) k++;
  // "If he refuses, upgrade your own seat": the order after a leading condition.
  if (/^(?:if|when|once|until|unless|before|after|next|instead)$/.test(toks[k]?.lower ?? "")) {
    const comma = toks.findIndex((t, q) => q > k && q <= k + 15 && t.text === ",");
    if (comma < 0) return null;
    k = comma + 1;
  }
  if (toks[k]?.lower === "please") k++;
  const first = toks[k];
  if (!first) return null;
  let start = k;
  if (/^(?:don't|do|never)$/.test(first.lower)) {
    // "Don't let him …", "Do not sign …", "Never lend …".
    const verb = first.lower === "do" ? (toks[k + 1]?.lower === "not" ? toks[k + 2] : undefined) : toks[k + 1];
    if (!verb || !isImperative(verb.lower)) return null;
  } else if (first.lower === "you" && /^(?:should|must|need|ought|have)$/.test(toks[k + 1]?.lower ?? "")) {
    // "You should have notified the police": advice, even about the past.
    start = k;
  } else if (!/^\p{L}\p{Ll}+$/u.test(first.text) || NOT_ORDERS.test(first.lower) || !isOrder(first.lower, toks[k + 1])) {
    // "Your neighbor was wrong, and you should have called the police": advice later in the sentence.
    const you = toks.findIndex((t, q) => q > k && t.lower === "you" && /^(?:should|must)$/.test(toks[q + 1]?.lower ?? "") && /^(?:,|and|but|so|then)$/.test(toks[q - 1]!.lower));
    if (you < 0) return null;
    start = you;
  }
  if (FEELING_GRANTED.test(toks.slice(start, start + 8).map((t) => t.text).join(" "))) return null;
  let end = toks.length;
  while (end > start && /^[.!?”")\s]$/.test(toks[end - 1]!.text)) end--;
  if (end - start < 2 || end - start > MAX_WORDS) return null;
  return { by, of: [], start: toks[start]!.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si };
}

/** A bare verb opening the sentence, not a noun subject ("Experience shows …") nor a name ("Tom's …", "Tom, …"). */
function isOrder(word: string, next: Token | undefined): boolean {
  if (!next || /^(?:'s|’s|,|:)$/.test(next.lower)) return false;
  if (!isImperative(word)) return false;
  // A finite verb or modal after it makes it the subject: "Experience shows", "Parents should".
  return !/^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did)$/.test(next.lower) && !(/^\p{Ll}+s$/u.test(next.text) && !/(?:ss|us|is|as|ys|ours)$/.test(next.lower)) && !(/^\p{Ll}+ed$/u.test(next.text) && isVerbForm(next.lower));
}


function titleCase(s: string): string {
  return s.replace(/[\p{L}'’]+/gu, (w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w));
}
