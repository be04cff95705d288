// Seeking through an application: "six countries are applying for NATO membership", "applied for political asylum
// on the boy's behalf", "filed for custody". What is applied for is asked of whoever grants it; only things a body
// grants count ("applied for a job" is no demand), and a plan or an inability to apply is none yet.
import type { Token } from "../../text/tokens.ts";
import { actorsIn, subjectOf } from "./demand-agents.ts";
import { clauseEnd, type DemandContext, type Found } from "./demands.ts";

const APPLIES = /^(?:apply|applies|applied|applying|filed|files|filing)$/;
const GRANTED = /^(?:membership|asylum|permits?|licen[cs]es?|visas?|citizenship|residency|parole|bail|custody|accession|admission|entry|exemptions?|waivers?|injunctions?|extradition|refugee|recognition|statehood|independence)$/;

export function readApplications(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
    if (!APPLIES.test(toks[i]!.lower) || toks[i + 1]!.lower !== "for") continue;
    // "plans to apply", "cannot apply", "could file": not applied for yet.
    if (/^(?:to|can|cannot|could|may|might|must|should|would|not|n't|never)$/.test(toks[i - 1]!.lower)) continue;
    const start = i + 2;
    const end = clauseEnd(toks, start, true);
    // The thing applied for is the phrase's head, within its first four words: "a permit to build", "NATO membership".
    if (end <= start + 1 || !toks.slice(start, Math.min(end, start + 4)).some((q) => GRANTED.test(q.lower))) continue;
    const by = subjectOf(ctx, si, toks, i);
    if (!by) continue;
    const of = actorsIn(ctx, toks[start]!.start, toks[end - 1]!.end).filter((e) => e !== by && (e.kind === "organization" || e.kind === "country"));
    out.push({ by, of, start: toks[start]!.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si });
  }
  return out;
}
