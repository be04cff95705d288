// Vows to punish: "Clinton vowed to hunt down and bring to justice those responsible for the bombings", "pledged to
// track down the gunmen". A leader's vow against the culprits demands that they face justice; a vow of one's own good
// works ("vowed to lower taxes", "pledged to find a solution") asks nothing of anyone.
import type { Token } from "../../text/tokens.ts";
import { actorsIn, subjectOf } from "./demand-agents.ts";
import { isNegation, wordScreen } from "./demand-words.ts";
import { clauseEnd, sameSide, type DemandContext, type Found } from "./demands.ts";

const VOWS = /^(?:vow|vows|vowed|vowing|pledge|pledges|pledged|pledging|swore|swear|swears|promise|promises|promised|promising)$/;
/** No sentence without a verb of vowing can give readVows anything. */
export const vowScreen = wordScreen(VOWS);
// Always aimed at someone: "hunt down", "track down", "bring … to justice", "punish", "prosecute".
const PURSUE = /^(?:hunt|track|punish|prosecute|pursue)$/;
// Aimed at someone only with the culprits for object: "find those responsible", "catch the killers".
const CATCH = /^(?:find|catch|arrest|capture|apprehend)$/;
const CULPRITS = /^(?:those|whoever|the|all)$/;

export function readVows(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < toks.length - 3; i++) {
    if (!VOWS.test(toks[i]!.lower) || toks[i + 1]!.lower !== "to" || !/^\p{Ll}/u.test(toks[i]!.text)) continue;
    if (isNegation(toks[i - 1]?.lower ?? "")) continue;
    const v = i + 2;
    const verb = toks[v]!.lower;
    const justice = verb === "bring" && toks.slice(v + 1, v + 12).some((q, n, a) => q.lower === "to" && a[n + 1]?.lower === "justice");
    const culprits = CATCH.test(verb) && CULPRITS.test(toks[v + 1]?.lower ?? "") && culpritAhead(toks, v + 1);
    if (!PURSUE.test(verb) && !justice && !culprits) continue;
    const end = clauseEnd(toks, v, false);
    if (end <= v + 1) continue;
    const by = subjectOf(ctx, si, toks, i);
    if (!by) continue;
    const of = actorsIn(ctx, toks[v]!.start, toks[end - 1]!.end).filter((e) => e !== by && !sameSide(e, by) && e.kind !== "country");
    out.push({ by, of, start: toks[v]!.start, end: toks[end - 1]!.end, tokens: toks.slice(v, end), sentence: si });
  }
  return out;
}

/** "those responsible", "whoever did this", "the killers": the object at toks[k] names the culprits. */
function culpritAhead(toks: Token[], k: number): boolean {
  const x = toks[k]!.lower;
  if (x === "whoever") return true;
  const next = toks[k + 1]?.lower ?? "";
  if (x === "those") return /^(?:responsible|who|behind|guilty)$/.test(next);
  return /^(?:killers|bombers|attackers|gunmen|perpetrators|culprits|terrorists|murderers|assailants|kidnappers|abductors|hijackers|arsonists|snipers)$/.test(next);
}
