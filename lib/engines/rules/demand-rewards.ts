// Rewards and questioning: "The Justice Department is offering a $500,000 reward for information leading to the
// arrest of …" appeals to the public for information; "Authorities want to question the woman who …" asks her to
// come forward. Both are demands of whoever can answer them, made by whoever offers or wants.
import type { Token } from "../../text/tokens.ts";
import type { Entity } from "./actors.ts";
import { actorsIn, subjectOf } from "./demand-agents.ts";
import { DETERMINERS, wordScreen } from "./demand-words.ts";
import { clauseEnd, type DemandContext, type Found } from "./demands.ts";

const OFFERS = /^(?:offer|offers|offered|offering|post|posts|posted|posting|put|puts|announced|announces|doubled|raised|increased)$/;

/** "offered a reward of up to $2 million for information leading to …": the offer's subject asks for the information. */
const REWARD = /^rewards?$/;
const OFFERED = new Set(["offered"]);
/** No sentence without the noun readRewards reads, or a passive offer, can give it anything. */
export const rewardScreen = wordScreen(REWARD, OFFERED);

export function readRewards(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
    if (OFFERED.has(toks[i]!.lower)) {
      const found = offeredForInformation(ctx, si, toks, i);
      if (found) out.push(found);
      continue;
    }
    if (!REWARD.test(toks[i]!.lower)) continue;
    // Only a reward for information or help: "a reward for good behaviour" asks nothing of anyone.
    const f = toks.findIndex((q, k) => k > i && k <= i + 8 && q.lower === "for");
    if (f < 0 || !/^(?:information|info|tips?|help|assistance|clues?)$/.test(toks[f + 1]?.lower ?? "")) continue;
    // Back over the amount and the determiner ("a $500,000", "an initial"), to the verb of offering.
    let d = i - 1;
    while (d > 0 && i - d <= 5 && !DETERMINERS.has(toks[d]!.lower) && !OFFERS.test(toks[d]!.lower)) d--;
    const start = DETERMINERS.has(toks[d]!.lower) ? d : i;
    const v = DETERMINERS.has(toks[d]!.lower) ? d - 1 : d;
    if (!OFFERS.test(toks[v]?.lower ?? "")) continue;
    // "put up a reward": the particle stands between.
    const verb = toks[v]!.lower === "up" ? v - 1 : v;
    const by = subjectOf(ctx, si, toks, verb);
    const end = clauseEnd(toks, f + 1, false);
    if (!by || end <= f + 2) continue;
    out.push({ by, of: [], start: toks[start]!.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si });
  }
  return out;
}

/**
 * "A total of $650,000 is being offered in the United States for information leading to Kopp's arrest": a sum offered,
 * in the passive, for information. The offerer is the "by" phrase, else the state it is offered in (its authorities);
 * with neither, no one.
 */
function offeredForInformation(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  if (!/^(?:is|are|was|were|being|been)$/.test(toks[i - 1]!.lower)) return null;
  const f = toks.findIndex((q, k) => k > i && k <= i + 10 && q.lower === "for");
  if (f < 0 || !/^(?:information|info|tips?|help|assistance|clues?)$/.test(toks[f + 1]?.lower ?? "")) return null;
  // The sum: a money amount opening the subject ("$650,000", "A total of $650,000").
  const money = toks.findIndex((q, k) => k < i && /^[$€£]/.test(q.text));
  if (money < 0) return null;
  const by = toks.findIndex((q, k) => k > i && k < f && q.lower === "by");
  const named = by > 0 ? actorsIn(ctx, toks[by + 1]!.start, toks[f - 1]!.end) : actorsIn(ctx, toks[i + 1]!.start, toks[f - 1]!.end).filter((e) => e.kind === "country");
  if (!named.length || (by < 0 && toks[i + 1]?.lower !== "in")) return null;
  const end = clauseEnd(toks, f + 1, false);
  if (end <= f + 2) return null;
  return { by: named[0]!, of: [], start: toks[money]!.start, end: toks[end - 1]!.end, tokens: toks.slice(money, end), sentence: si };
}

const QUESTION = /^(?:question|interview|speak|talk)$/;

/** "Authorities want to question the woman who travelled with him": a want to question someone, at the "to" toks[j]. */
export function wantToQuestion(ctx: DemandContext, si: number, toks: Token[], j: number, by: Entity | undefined): Found[] | null {
  const v = toks[j + 1];
  if (!by || !v || !QUESTION.test(v.lower)) return null;
  // "speak to/with X", "talk to X": the one questioned follows the preposition.
  const o = /^(?:speak|talk)$/.test(v.lower) ? (/^(?:to|with)$/.test(toks[j + 2]?.lower ?? "") ? j + 3 : -1) : j + 2;
  if (o < 0 || !toks[o] || /^[,.;:!?]$/.test(toks[o]!.text)) return null;
  const end = clauseEnd(toks, o, false);
  if (end <= o) return null;
  const of = actorsIn(ctx, toks[o]!.start, toks[end - 1]!.end).filter((e) => e !== by).slice(0, 1);
  // Someone to be questioned: a named actor, or a person the relative clause describes ("the woman who …");
  // not "question the wisdom of the plan".
  if (!of.length && !toks.slice(o + 1, end).some((q) => q.lower === "who")) return null;
  return [{ by, of, start: toks[j + 1]!.start, end: toks[end - 1]!.end, tokens: toks.slice(j + 1, end), sentence: si }];
}
