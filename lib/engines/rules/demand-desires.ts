// Desideratives with a party to act: "Iran hopes terrorism will be uprooted through international cooperation",
// "officials hoped she would produce new aid". What X hopes another party will do (or hopes will be done) is X's
// demand; a hope for oneself ("hopes he will win", "hopes to win") or about events ("hopes the talks will go well")
// asks nothing of anyone.
import type { Token } from "../../text/tokens.ts";
import { addresseesIn, resolvePronoun, subjectOf } from "./demand-agents.ts";
import { isAdjective, isVerbForm } from "./lexicon.ts";
import { DETERMINERS, SUBJECT_PRONOUNS } from "./demand-words.ts";
import { clauseEnd, sameSide, type DemandContext, type Found } from "./demands.ts";

const HOPES = /^(?:hope|hopes|hoped|hoping|wish|wishes|wished)$/;

export function readDesires(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  if (!/\b(?:hop|wish)/i.test(ctx.sentences[si]!.text)) return out;
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
