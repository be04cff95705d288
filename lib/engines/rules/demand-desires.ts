// Desideratives with a party to act: "Iran hopes terrorism will be uprooted through international cooperation",
// "officials hoped she would produce new aid". What X hopes another party will do (or hopes will be done) is X's
// demand; a hope for oneself ("hopes he will win", "hopes to win") or about events ("hopes the talks will go well")
// asks nothing of anyone. "I would like to see him come forward", "wants to see the council reopen the pier": what X
// would like to see another party do is X's demand of them; seeing a thing ("would like to see the report") asks nothing.
import type { Token } from "../../text/tokens.ts";
import { addresseesIn, entityEndingAt, resolvePronoun, subjectOf } from "./demand-agents.ts";
import { isAdjective, isImperative, isVerbForm } from "./lexicon.ts";
import { AUX, DETERMINERS, isNegation, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, wordScreen } from "./demand-words.ts";
import { clauseEnd, sameSide, type DemandContext, type Found } from "./demands.ts";

const HOPES = /^(?:hope|hopes|hoped|hoping|wish|wishes|wished)$/;

/** No sentence without one of the verbs readDesires reads can give it anything. */
export const desireScreen = wordScreen(HOPES);

export function readDesires(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 3; i++) {
    // "the hope that …", "Hopes were high": the noun.
    if (!HOPES.test(toks[i]!.lower) || !/^\p{Ll}/u.test(toks[i]!.text)) continue;
    // "expressed the hope that …": the noun, with whoever expressed it.
    const voiced = /^(?:hope|wish)$/.test(toks[i]!.lower) ? expressedAt(toks, i) : -1;
    if (voiced < 0 && DETERMINERS.has(toks[i - 1]!.lower)) continue;
    const start = toks[i + 1]!.lower === "that" ? i + 2 : i + 1;
    // The clause's modal: "the council will restore", "she would produce".
    let m = start;
    while (m < toks.length && m - start <= 8 && !/^(?:will|would|'ll)$/.test(toks[m]!.lower) && !/^[,.;:!?]$/.test(toks[m]!.text) && !(m > start && /^\p{Ll}+(?<!ing)$/u.test(toks[m]!.text) && isVerbForm(toks[m]!.lower) && !isAdjective(toks[m]!.lower) && !DETERMINERS.has(toks[m]!.lower) && !DETERMINERS.has(toks[m - 1]!.lower))) m++;
    if (m === start || !/^(?:will|would|'ll)$/.test(toks[m]?.lower ?? "")) continue;
    const by = subjectOf(ctx, si, toks, voiced >= 0 ? voiced : i);
    if (!by) continue;
    const first = toks[start]!;
    let of = SUBJECT_PRONOUNS[first.lower] ? [] : addresseesIn(ctx, si, toks, start, m);
    // "hoped she would …": a pronoun for another party than the one hoping.
    if (m === start + 1 && (first.lower === "he" || first.lower === "she" || first.lower === "they")) {
      const e = resolvePronoun(ctx, si, first, first.lower === "they" ? "plural" : "person");
      of = e ? [e] : [];
    }
    of = of.filter((e) => e !== by && !sameSide(e, by));
    // With no party named to act, only a passive asks something of someone: "will be uprooted".
    const passive = toks[m + 1]?.lower === "be" && /^\p{Ll}+(?:ed|en)$/u.test(toks[m + 2]?.text ?? "");
    if (!of.length && (!passive || SUBJECT_PRONOUNS[first.lower])) continue;
    // Read on from the modal: a quoted subject ("hopes ``sinister terrorism'' will …") closes its quote before it.
    const end = clauseEnd(toks, m, false);
    if (end <= m + 1) continue;
    out.push({ by, of, start: first.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si });
  }
  return out;
}

/** "expressed (the) hope that", "voiced its hope that": the expressing verb's index, else -1. */
function expressedAt(toks: Token[], i: number): number {
  let k = i - 1;
  if (DETERMINERS.has(toks[k]?.lower ?? "")) k--;
  return /^(?:expressed|expresses|express|voiced|voices|voice|conveyed)$/.test(toks[k]?.lower ?? "") && toks[i + 1]?.lower === "that" ? k : -1;
}

const SEE_WISH = /^(?:like|love|want|wants|wanted|wanting)$/;
// An object pronoun is the party asked: "to see him come forward".
const OBJECT_PRONOUNS: Record<string, "person" | "plural"> = Object.assign(Object.create(null), { him: "person", her: "person", them: "plural" });

/** "would like to see X do …", "wants to see X do …": X is asked to do it. */
export const seeWishScreen = wordScreen(SEE_WISH);

export function readSeeWishes(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  if (!/\b(?:like|love|want\w*) to see\b/i.test(ctx.sentences[si]!.text)) return out;
  for (let i = 1; i < toks.length - 4; i++) {
    if (!SEE_WISH.test(toks[i]!.lower) || toks[i + 1]!.lower !== "to" || toks[i + 2]!.lower !== "see") continue;
    // "would like", "'d love": a wish; a bare "like to see" is a habit ("I like to see the boats come in").
    if (/^(?:like|love)$/.test(toks[i]!.lower) && !/^(?:would|'d|’d)$/.test(toks[i - 1]!.lower)) continue;
    if (isNegation(toks[i - 1]!.lower) || isNegation(toks[i - 2]?.lower ?? "")) continue;
    const start = i + 3;
    // The party: an object pronoun, or a noun phrase of at most six words; then its bare verb.
    let v = start + 1;
    if (!OBJECT_PRONOUNS[toks[start]?.lower ?? ""]) {
      while (v < toks.length && v - start <= 6 && !bareVerb(toks, v)) {
        if (/^[,.;:!?“”"]$/.test(toks[v]!.text)) break;
        v++;
      }
    }
    if (!bareVerb(toks, v)) continue;
    const by = subjectOf(ctx, si, toks, i);
    if (!by) continue;
    const pron = OBJECT_PRONOUNS[toks[start]!.lower];
    const party = pron ? resolvePronoun(ctx, si, toks[start]!, pron) : entityEndingAt(ctx, si, toks, v - 1);
    const of = (party ? [party] : addresseesIn(ctx, si, toks, start, v)).filter((e) => e !== by && !sameSide(e, by));
    const end = clauseEnd(toks, v, false);
    if (end <= v + 1) continue;
    out.push({ by, of, start: toks[v]!.start, end: toks[end - 1]!.end, tokens: toks.slice(v, end), sentence: si });
  }
  return out;
}

/** A bare verb after the party: lower case, a verb form, not "-s"/"-ed", not after a determiner or a possessive. */
function bareVerb(toks: Token[], v: number): boolean {
  const q = toks[v];
  if (!q || !/^\p{Ll}+$/u.test(q.text) || DETERMINERS.has(q.lower) || AUX.has(q.lower) || /(?:ed|[^s]s)$/.test(q.lower)) return false;
  const p = toks[v - 1]!.lower;
  if (DETERMINERS.has(p) || POSSESSIVE_PRONOUNS[p] || /^(?:'s|'|’s|’|and|or|of)$/.test(p)) return false;
  return (isVerbForm(q.lower) || isImperative(q.lower)) && !/ing$/.test(q.lower);
}
