// Requirements a law, rule or treaty places on a party: "the bailout law passed by Congress requires thrifts to
// divest …", "…, which requires thrifts to divest …", "sets capital standards the thrift must meet". The body that
// made the rule demands it when the sentence names it ("passed by Congress", "the FDA's rule"); otherwise the rule
// itself, named as written, is the demander. A subject that is no rule ("the job requires patience") demands nothing.
import type { Token } from "../../text/tokens.ts";
import type { Entity } from "./actors.ts";
import { actorsIn, addresseesIn, subjectOf } from "./demand-agents.ts";
import { isAdjective, isVerbForm } from "./lexicon.ts";
import { DETERMINERS, POSSESSIVE_PRONOUNS, wordScreen } from "./demand-words.ts";
import { clauseEnd, type DemandContext, type Found } from "./demands.ts";

const RULEBOOK = /^(?:law|laws|act|legislation|rule|rules|regulation|regulations|treaty|statute|policy|resolution|charter|constitution|code|ordinance|directive|bill|accord|convention)$/;
const OBLIGES = /^(?:requires?|required|obliges?|obliged|obligates?|obligated|mandates?|mandated|compels?|compelled|forces?|forced)$/;
const STANDARDS = /^(?:standards|requirements|rules|conditions|criteria|guidelines|terms|regulations|targets|limits)$/;
const MEET = /^(?:meet|satisfy|follow|obey|comply|fulfill|fulfil|observe|abide|respect)$/;
const SETS = /^(?:sets|set|imposes|imposed|establishes|established|lays|laid|adopts|adopted|issues|issued|introduces|introduced)$/;

/** No sentence without one of the words readRequirements reads can give it anything. */
export const requirementScreen = wordScreen(OBLIGES, STANDARDS);

export function readRequirements(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 3; i++) {
    const w = toks[i]!.lower;
    if (OBLIGES.test(w)) {
      const found = ruleObliges(ctx, si, toks, i);
      if (found) out.push(found);
    } else if (STANDARDS.test(w)) {
      const found = standardsToMeet(ctx, si, toks, i);
      if (found) out.push(found);
    }
  }
  return out;
}

/** "The law requires X to …": the rule's maker (or the rule) demands the infinitive of X. */
function ruleObliges(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  // "was required to" is a passive, read with the obligations of the subject.
  if (/^(?:is|are|was|were|be|been|being)$/.test(toks[i - 1]!.lower)) return null;
  // "requires an unwed father, unlike a mother, to acknowledge …": over an aside in commas, to the infinitive.
  // "requires that an unwed father acknowledge …": the clause itself.
  if (toks[i + 1]!.lower === "that") {
    const by = ruleMaker(ctx, si, toks, i);
    const end = clauseEnd(toks, i + 2, false);
    if (!by || end <= i + 3) return null;
    let v = i + 2;
    while (v < end && !(/^\p{Ll}+$/u.test(toks[v]!.text) && isVerbForm(toks[v]!.lower) && !DETERMINERS.has(toks[v - 1]!.lower))) v++;
    return { by, of: addresseesIn(ctx, si, toks, i + 2, v).filter((e) => e !== by), start: toks[i + 2]!.start, end: toks[end - 1]!.end, tokens: toks.slice(i + 2, end), sentence: si };
  }
  const to = toks.findIndex((q, k) => k > i + 1 && k <= i + 12 && (q.lower === "to" || /^[.;:!?]$/.test(q.text)));
  const verb = toks[to + 1];
  if (to < 0 || toks[to]!.lower !== "to" || !verb || !/^\p{Ll}+$/u.test(verb.text) || DETERMINERS.has(verb.lower) || POSSESSIVE_PRONOUNS[verb.lower]) return null;
  const by = ruleMaker(ctx, si, toks, i);
  const end = clauseEnd(toks, to + 1, false);
  if (!by || end <= to + 1) return null;
  const of = addresseesIn(ctx, si, toks, i + 1, to).filter((e) => e !== by);
  return { by, of, start: toks[i + 1]!.start, end: toks[end - 1]!.end, tokens: toks.slice(i + 1, end), sentence: si };
}

/** The subject of the verb at i when it is a rule: its maker if named in it, else the rule as written. */
function ruleMaker(ctx: DemandContext, si: number, toks: Token[], i: number): Entity | undefined {
  let e = i - 1;
  // "…legislation, which requires": the antecedent before the comma.
  if (/^(?:which|that)$/.test(toks[e]!.lower)) e -= toks[e - 1]?.text === "," ? 2 : 1;
  // Back to the phrase's start: a boundary, or twelve words.
  let s = e;
  // A verb before the phrase ends it ("follow the new legislation, which …"), but not a participle with its
  // maker ("the law passed by Congress").
  const verbBefore = (k: number) => /^\p{Ll}+(?<!ing)$/u.test(toks[k]!.text) && isVerbForm(toks[k]!.lower) && !isAdjective(toks[k]!.lower) && !RULEBOOK.test(toks[k]!.lower) && toks[k + 1]?.lower !== "by";
  while (s > 0 && e - s < 12 && !/^[,.;:!?“”"(]$/.test(toks[s - 1]!.text) && !/^(?:that|which|because|after|before|since|and|but|under|of)$/.test(toks[s - 1]!.lower) && !verbBefore(s - 1)) s--;
  const book = toks.findIndex((q, k) => k >= s && k <= e && RULEBOOK.test(q.lower) && /^\p{Ll}/u.test(q.text));
  if (book < 0) return undefined;
  // "passed by Congress", "adopted by the council": the maker after "by".
  const byAt = toks.findIndex((q, k) => k > book && k < e && q.lower === "by");
  if (byAt > 0) {
    const maker = actorsIn(ctx, toks[byAt + 1]!.start, toks[e]!.end)[0];
    if (maker) return maker;
  }
  // "the FDA's rule", "Congress's law": the possessor.
  if (/^(?:'s|')$/.test(toks[book - 1]?.lower ?? "")) {
    const maker = actorsIn(ctx, toks[s]!.start, toks[book - 1]!.end)[0];
    if (maker) return maker;
  }
  return ctx.store.group(ctx.text.slice(toks[s]!.start, toks[book]!.end), toks[s]!.start, toks[book]!.end);
}

/** "sets capital standards the thrift must meet": whoever sets the standards demands they be met. */
function standardsToMeet(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  let m = i + 1;
  if (toks[m]?.lower === "that") m++;
  const np = m;
  while (m < toks.length && m - np <= 6 && !/^(?:must|has|have)$/.test(toks[m]!.lower) && !/^[,.;:!?]$/.test(toks[m]!.text)) m++;
  if (m === np || toks[m]?.lower !== "must" && toks[m + 1]?.lower !== "to") return null;
  const meet = toks[m]!.lower === "must" ? m + 1 : m + 2;
  if (!MEET.test(toks[meet]?.lower ?? "")) return null;
  // The setter: the subject of "sets/imposed" right before the standards (and their modifiers).
  let v = i - 1;
  while (v > 0 && i - v <= 5 && !SETS.test(toks[v]!.lower) && !/^[,.;:!?]$/.test(toks[v]!.text)) v--;
  if (!SETS.test(toks[v]?.lower ?? "")) return null;
  const by = subjectOf(ctx, si, toks, v) ?? ruleSubject(ctx, toks, v);
  const end = clauseEnd(toks, meet, false);
  if (!by || end <= meet) return null;
  const of = addresseesIn(ctx, si, toks, np, m).filter((e) => e !== by);
  return { by, of, start: toks[v + 1]!.start, end: toks[end - 1]!.end, tokens: toks.slice(v + 1, end), sentence: si };
}

/** A rule named as the subject before the verb at v ("The new federal act (FIRREA) sets …"), as written. */
function ruleSubject(ctx: DemandContext, toks: Token[], v: number): Entity | undefined {
  // The rule's noun within twelve words before the verb, over an aside ("The new act, known as FIRREA, sets").
  let e = v - 1;
  while (e >= 0 && v - e <= 12 && !RULEBOOK.test(toks[e]!.lower) && !/^[.;:!?“”"]$/.test(toks[e]!.text)) e--;
  if (e < 0 || !RULEBOOK.test(toks[e]!.lower) || !/^\p{Ll}/u.test(toks[e]!.text)) return undefined;
  let s = e;
  while (s > 0 && e - s < 6 && !/^[,.;:!?“”"(]$/.test(toks[s - 1]!.text) && !/^(?:that|which|and|but|of|under|by)$/.test(toks[s - 1]!.lower)) s--;
  return ctx.store.group(ctx.text.slice(toks[s]!.start, toks[e]!.end), toks[s]!.start, toks[e]!.end);
}
