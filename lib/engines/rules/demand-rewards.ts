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
/** No sentence without the noun readRewards reads can give it anything. */
export const rewardScreen = wordScreen(REWARD);

export function readRewards(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
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
