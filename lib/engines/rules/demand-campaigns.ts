// Campaigns for an outcome another party controls: "is fighting in the courts to keep the boy in Miami", "campaigned
// to free the hostages". What the campaign is for is the campaigner's demand.
// A fight is a campaign only in a contest over someone (the outcome names another actor) or in court; a sports or
// firefighting "fight" ("fought to keep their lead", "fought to contain the blaze") is no demand of anyone.
import type { Token } from "../../text/tokens.ts";
import { subjectOf } from "./demand-agents.ts";
import { DETERMINERS, isNegation, NP_STOP, wordScreen } from "./demand-words.ts";
import { GROUP_NOUNS } from "./gazetteer.ts";
import { clauseEnd, sameSide, type DemandContext, type Found } from "./demands.ts";

const FIGHT_VERBS = /^(?:fight|fights|fought|fighting|battle|battles|battled|battling|campaign|campaigns|campaigned|campaigning)$/;
// The outcomes a campaign wins from another party: custody, a release, a decision stopped or undone.
const CONTEST_VERBS = /^(?:keep|block|stop|prevent|overturn|reverse|halt|free|force|win|secure|bring|return|remove|oust|reinstate|reopen|save|get)$/;
/** No sentence without a word of fighting or campaigning can give readCampaigns anything. */
export const campaignScreen = wordScreen(FIGHT_VERBS);

export function readCampaigns(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < toks.length - 3; i++) {
    const t = toks[i]!;
    if (!FIGHT_VERBS.test(t.lower) || !/^\p{Ll}/u.test(t.text) || DETERMINERS.has(toks[i - 1]?.lower ?? "")) continue;
    if (isNegation(toks[i - 1]?.lower ?? "")) continue;
    // "fighting in the courts", "fight in federal court", "battling hard", "campaigning for years": before the "to".
    let j = i + 1;
    let court = false;
    if (toks[j]?.lower === "in") {
      let q = j + 1;
      while (q < toks.length && q - j <= 3 && !/^courts?$/.test(toks[q]!.lower)) q++;
      if (/^courts?$/.test(toks[q]?.lower ?? "")) {
        court = true;
        j = q + 1;
      }
    }
    if (toks[j]?.lower !== "to" || !CONTEST_VERBS.test(toks[j + 1]?.lower ?? "")) continue;
    // "a legal battle to", "their court fight to": the contest is in court.
    court ||= /^(?:legal|court|courtroom|custody)$/.test(toks[i - 1]?.lower ?? "");
    const v = j + 1;
    // "keep the Celtics at bay", "keep their lead": a contest over a thing or a score is no one's demand.
    let end = clauseEnd(toks, v, false);
    // "… to keep the boy in the United States and who have said …": a second relative clause is not the outcome.
    const and = toks.findIndex((q, x) => x > v && x < end - 1 && q.lower === "and" && /^(?:who|which)$/.test(toks[x + 1]!.lower));
    if (and > 0) end = and;
    if (end <= v + 1 || toks.slice(v, end).some((q) => q.lower === "bay")) continue;
    const by = subjectOf(ctx, si, toks, i);
    if (!by) continue;
    const others = ctx.store.within(toks[v + 1]!.start, toks[end - 1]!.end).map((m) => ctx.store.get(m.key)!).filter((e) => e !== by && !sameSide(e, by) && e.kind === "person");
    // The one contested over, named or pointed to ("the boy", "the hostages"), unless the fight is in court.
    if (!court && !others.length && !contested(toks, v + 1)) continue;
    out.push({ by, of: [], start: toks[v]!.start, end: toks[end - 1]!.end, tokens: toks.slice(v, end), sentence: si });
  }
  return out;
}

// People a contest is over, named by a common noun: "keep the boy in Miami", "free the hostages".
const PEOPLE = /^(?:boy|girl|child|children|baby|son|daughter|mother|father|man|woman|men|women|family|hostages?|prisoners?|detainees?|captives?|refugees?|migrants?)$/;

/** Whether the outcome toks[from, end) is over a person or people pointed to by a definite noun or a pronoun. */
function contested(toks: Token[], from: number): boolean {
  const x = toks[from]?.lower ?? "";
  // ("her" before a noun is a possessive: "keep her seat".)
  if (/^(?:him|them)$/.test(x) || (x === "her" && !/^\p{Ll}+$/u.test(toks[from + 1]?.text ?? "") ) || (x === "her" && /^(?:in|at|with|out|from|home|away|alive)$/.test(toks[from + 1]!.lower))) return true;
  if (!/^(?:the|his|her|their|its)$/.test(x)) return false;
  let k = from + 1;
  while (k < from + 4 && toks[k] && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k]!.text) && !NP_STOP.has(toks[k]!.lower) && !/^(?:in|of|on|at|to|for|with|from|by|and|or)$/.test(toks[k]!.lower) && !PEOPLE.test(toks[k]!.lower) && !GROUP_NOUNS.has(toks[k]!.lower)) k++;
  return PEOPLE.test(toks[k]?.lower ?? "") || GROUP_NOUNS.has(toks[k]?.lower ?? "");
}
