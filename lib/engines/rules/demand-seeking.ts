// Seeking through an application: "six countries are applying for NATO membership", "applied for political asylum
// on the boy's behalf", "filed for custody". What is applied for is asked of whoever grants it; only things a body
// grants count ("applied for a job" is no demand), and a plan or an inability to apply is none yet.
import type { Token } from "../../text/tokens.ts";
import type { Entity } from "./actors.ts";
import { actorsIn, entityEndingAt, resolvePronoun, subjectOf } from "./demand-agents.ts";
import { AUX, POSSESSIVE_PRONOUNS, wordScreen } from "./demand-words.ts";
import { clauseEnd, type DemandContext, type Found } from "./demands.ts";

const APPLIES = /^(?:apply|applies|applied|applying|filed|files|filing)$/;
const GRANTED = /^(?:membership|asylum|permits?|licen[cs]es?|visas?|citizenship|residency|parole|bail|custody|accession|admission|entry|exemptions?|waivers?|injunctions?|extradition|refugee|recognition|statehood|independence)$/;

/** No sentence without one of the verbs readApplications reads can give it anything. */
export const applicationScreen = wordScreen(APPLIES);

export function readApplications(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  if (!/\b(?:appl|filed for|files for|filing for)/i.test(ctx.sentences[si]!.text)) return out;
  for (let i = 1; i < toks.length - 2; i++) {
    if (!APPLIES.test(toks[i]!.lower) || toks[i + 1]!.lower !== "for") continue;
    // "plans to apply", "cannot apply", "could file": not applied for yet.
    if (/^(?:to|can|cannot|could|may|might|must|should|would|not|n't|never)$/.test(toks[i - 1]!.lower)) continue;
    const start = i + 2;
    const end = clauseEnd(toks, start, true);
    // The thing applied for is the phrase's head, within its first four words: "a permit to build", "NATO membership".
    if (end <= start + 1 || !toks.slice(start, Math.min(end, start + 4)).some((q) => GRANTED.test(q.lower))) continue;
    const by = subjectOf(ctx, si, toks, i) ?? pluralSubject(ctx, toks, i);
    if (!by) continue;
    const of = actorsIn(ctx, toks[start]!.start, toks[end - 1]!.end).filter((e) => e !== by && (e.kind === "organization" || e.kind === "country"));
    out.push({ by, of, start: toks[start]!.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si });
  }
  return out;
}

/** "Six other countries are applying …": a plural common noun phrase opening the clause, as written. */
function pluralSubject(ctx: DemandContext, toks: Token[], i: number): Entity | undefined {
  let k = i - 1;
  while (k >= 0 && AUX.has(toks[k]!.lower)) k--;
  const head = toks[k];
  if (!head || !/^\p{Ll}{3,}s$/u.test(head.text)) return undefined;
  let s = k;
  while (s > 0 && k - s < 4 && /^[\p{L}\p{N}-]+$/u.test(toks[s - 1]!.text) && !/^(?:and|or|but|that|which|who|of|in|for|to|while|whereas|as|since|because|although)$/.test(toks[s - 1]!.lower)) s--;
  // Only at the start of the sentence or clause: "…, and six other countries are applying".
  if (s > 0 && !/^(?:[,;:]|while|whereas|and|but|as|since|because|although)$/.test(toks[s - 1]!.lower)) return undefined;
  return ctx.store.group(ctx.text.slice(toks[s]!.start, head.end), toks[s]!.start, head.end);
}

// Appeals against a ruling: "they will appeal the decision", "plan to appeal the ruling", "appealed to the 11th
// Circuit". The appellant asks a higher court to overturn it. ("appealed for calm" is read with the other triggers.)
const APPEALS = /^(?:appeal|appeals|appealed|appealing)$/;
const RULINGS = /^(?:ruling|decision|verdict|judgment|judgement|order|sentence|conviction|award|injunction)$/;

export const appealScreen = wordScreen(APPEALS);

export function readAppeals(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
    if (!APPEALS.test(toks[i]!.lower) || !/^\p{Ll}/u.test(toks[i]!.text)) continue;
    const p = toks[i - 1]!.lower;
    // "an appeal", "could appeal", "did not appeal": a noun, an option or no appeal.
    if (/^(?:a|an|the|its|his|her|their|could|might|may|not|n't|never|can|cannot)$/.test(p)) continue;
    const next = toks[i + 1]!.lower;
    const ruling = /^(?:the|that|this|its|his|her|their|a)$/.test(next) && toks.slice(i + 2, i + 5).some((q) => RULINGS.test(q.lower));
    const court = next === "to" && /^\p{Lu}/u.test(toks[i + 2]?.lower === "the" ? toks[i + 3]?.text ?? "" : toks[i + 2]!.text);
    if (!ruling && !court) continue;
    const by = subjectOf(ctx, si, toks, i);
    const end = clauseEnd(toks, i + 1, true);
    if (!by || end <= i + 2 || madeRuling(ctx, si, by)) continue;
    const of = court ? actorsIn(ctx, toks[i + 2]!.start, toks[end - 1]!.end).filter((e) => e !== by && e.kind === "organization").slice(0, 1) : [];
    out.push({ by, of, start: toks[i]!.start, end: toks[end - 1]!.end, tokens: toks.slice(i, end), sentence: si });
  }
  return out;
}

/** Whether the sentence names the actor as the maker of a ruling ("the INS decision", "the court's ruling"): no appellant. */
function madeRuling(ctx: DemandContext, si: number, by: Entity): boolean {
  const s = ctx.sentences[si]!;
  return ctx.store.within(s.start, s.end).some((m) => m.key === by.key && /^(?:['’]s)?\s+(?:\p{Ll}+\s+)?(?:ruling|decision|verdict|judgment|order)\b/u.test(ctx.text.slice(m.end, m.end + 30)));
}

/** "Hungary's application for NATO membership", "Elian's asylum application": the applicant's demand. */
const APPLICATION = /^applications?$/;
export const applicationNounScreen = wordScreen(APPLICATION);

export function readApplicationNouns(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 2; i < toks.length; i++) {
    if (!APPLICATION.test(toks[i]!.lower)) continue;
    // "Elian's asylum application": what is applied for before the noun; "application for X" after it.
    const granted = GRANTED.test(toks[i - 1]!.lower) ? i - 1 : -1;
    const owner = granted > 0 ? granted - 1 : i - 1;
    let by: Entity | undefined;
    const p = toks[owner]!;
    if (/^(?:'s|')$/.test(p.lower)) by = entityEndingAt(ctx, si, toks, owner - 1);
    else if (POSSESSIVE_PRONOUNS[p.lower]) by = resolvePronoun(ctx, si, p, POSSESSIVE_PRONOUNS[p.lower]!);
    if (!by) continue;
    if (granted > 0) {
      out.push({ by, of: [], start: toks[granted]!.start, end: toks[i]!.end, tokens: toks.slice(granted, i + 1), sentence: si });
      continue;
    }
    if (toks[i + 1]?.lower !== "for") continue;
    const end = clauseEnd(toks, i + 2, true);
    if (end <= i + 3 || !toks.slice(i + 2, Math.min(end, i + 6)).some((q) => GRANTED.test(q.lower))) continue;
    const of = actorsIn(ctx, toks[i + 2]!.start, toks[end - 1]!.end).filter((e) => e !== by && (e.kind === "organization" || e.kind === "country"));
    out.push({ by, of, start: toks[i + 2]!.start, end: toks[end - 1]!.end, tokens: toks.slice(i + 2, end), sentence: si });
  }
  return out;
}
