// Suggestions with a mandative clause: "Castro suggested Elian and his relatives stay at the residence", "the board
// suggested that residents boil their water". Only a bare verb after the clause's subject makes it a proposal; a
// finite one reports or infers ("the evidence suggests that he was there", "suggested the plan is flawed"). A gerund
// after the verb names the act proposed ("recommends replacing the pipes", "advised avoiding travel"), and so does an act
// noun after "recommend" ("recommended a suspension of dividend payments"). Whom it is put to may come first: "would
// recommend to its board that the dividend be reinstated".
import type { Token } from "../../text/tokens.ts";
import type { Entity } from "./actors.ts";
import { addresseesIn, entityEndingAt, resolvePronoun, subjectOf, TIME_WORDS } from "./demand-agents.ts";
import { isAdjective, isPastTense, isVerbForm } from "./lexicon.ts";
import { AUX, DETERMINERS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, wordScreen } from "./demand-words.ts";
import { clauseEnd, sameSide, type DemandContext, type Found } from "./demands.ts";

// Not "proposed": a party proposing where someone stay or what is done offers as often as it asks.
const SUGGESTS = /^(?:suggest|suggests|suggested|suggesting|recommended|recommends|recommend|advise|advises|advised)$/;
// Bare forms that state a belief or a state, not an act someone can be asked to do.
const STATIVE = /^(?:want|know|think|believe|feel|seem|appear|like|mean|understand|own|need|deserve|exist|lack)$/;

// The nouns, with their mandative "that": "a suggestion that Sununu offer to resign", "the board's recommendation that …".
const SUGGESTION_NOUNS = /^(?:suggestion|suggestions|recommendation|recommendations)$/;
/** No sentence without one of the verbs or nouns readSuggestions reads can give it anything. */
export const suggestionScreen = wordScreen(SUGGESTS, SUGGESTION_NOUNS);

export function readSuggestions(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 3; i++) {
    const noun = SUGGESTION_NOUNS.test(toks[i]!.lower) && toks[i + 1]?.lower === "that";
    if (!SUGGESTS.test(toks[i]!.lower) && !noun) continue;
    let start = i + 1;
    while (/^(?:only|instead|also|privately|publicly)$/.test(toks[start]?.lower ?? "")) start++;
    // "would recommend to its board today that …": whom it is put to, then the clause.
    let to: [number, number] | null = null;
    if (toks[start]?.lower === "to") {
      const that = toks.findIndex((q, k) => k > start + 1 && k <= start + 9 && q.lower === "that");
      if (that < 0 || toks.slice(start, that).some((q) => /^[,.;:!?“”"]$/.test(q.text))) continue;
      let e = that;
      while (e > start + 2 && TIME_WORDS.has(toks[e - 1]!.lower)) e--;
      to = [start + 1, e];
      start = that;
    }
    if (toks[start]?.lower === "that") start++;
    const first = toks[start];
    // "management recommended a suspension of dividend payments": the act proposed, named by its noun.
    const act = actNoun(ctx, si, toks, i, start);
    if (act) {
      out.push(act);
      continue;
    }
    // "The board recommends replacing the pipes", "advised avoiding travel": a gerund names the act proposed.
    const gerund = noun ? null : gerundAct(ctx, si, toks, i, start);
    if (gerund) {
      out.push(gerund);
      continue;
    }
    // The clause opens on its subject: a name, or a determiner's noun phrase; not "suggested the plan." alone.
    // A pronoun subject only after whom the proposal is put to ("recommended to shareholders that they reject …").
    if (!first || !(/^\p{Lu}/u.test(first.text) || DETERMINERS.has(first.lower) || /^\p{Ll}+s$/u.test(first.text) || (to && SUBJECT_PRONOUNS[first.lower])) || POSSESSIVE_PRONOUNS[first.lower] === "speaker" || (SUBJECT_PRONOUNS[first.lower] && !to)) continue;
    // The subject's verb: the first plain lower-case verb form within eight words.
    let v = start + 1;
    while (v < toks.length && v - start <= 8 && !verbAt(toks, v)) {
      // A verb phrase in quotation marks is still the clause's verb: "that Americans “exercise caution”".
      if (/^[“"]$/.test(toks[v]!.text) && verbAt(toks, v + 1)) {
        v++;
        break;
      }
      if (/^[,.;:!?“”"]$/.test(toks[v]!.text)) break;
      v++;
    }
    const verb = toks[v]?.lower ?? "";
    // Mandative: a bare verb ("that the dividend be reinstated"), or "should" after "recommend" ("suggesting that the car
    // should be able to …" predicts), not "is/was/will", not "-s", "-ed" or "-ing".
    if (!verbAt(toks, v) || (AUX.has(verb) && verb !== "be" && !(verb === "should" && /^recommend/.test(toks[i]!.lower))) || /(?:ed|ing)$/.test(verb) || (/[^s]s$/.test(verb) && verb !== "focus") || STATIVE.test(verb)) continue;
    const by = noun ? suggestionOwner(ctx, si, toks, i) : subjectOf(ctx, si, toks, i);
    if (!by) continue;
    const of = [...(to ? addresseesIn(ctx, si, toks, to[0], to[1]) : []), ...addresseesIn(ctx, si, toks, start, v)].filter((e, x, all) => e !== by && !sameSide(e, by) && all.indexOf(e) === x);
    // From an opening quotation mark before the verb, so that the quotation's close does not end the clause.
    let end = clauseEnd(toks, toks[v - 1]!.text === "“" ? v - 1 : v, false);
    // "The board's recommendation that residents boil their water came on Monday": the noun's own verb ends it.
    if (noun) for (let k = v + 2; k < end; k++) if (/^\p{Ll}+$/u.test(toks[k]!.text) && (/^(?:was|were|is|are|has|had|have|will|would)$/.test(toks[k]!.lower) || (isPastTense(toks[k]!.lower) && !DETERMINERS.has(toks[k - 1]!.lower)))) end = Math.min(end, k);
    if (end <= v + 1) continue;
    out.push({ by, of, start: first.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si });
  }
  return out;
}

/**
 * Whose suggestion the noun at toks[i] is: its possessor ("his suggestion", "the board's recommendation"), or, for
 * "was meant to be taken as a suggestion that …", the subject of the verb "as" follows (a message, and its sender).
 */
function suggestionOwner(ctx: DemandContext, si: number, toks: Token[], i: number): Entity | undefined {
  let d = i - 1;
  while (d > 0 && /^(?:clear|strong|explicit|implicit|new|formal|public)$/.test(toks[d]!.lower)) d--;
  const p = toks[d];
  if (!p) return undefined;
  if (POSSESSIVE_PRONOUNS[p.lower] && POSSESSIVE_PRONOUNS[p.lower] !== "speaker") return resolvePronoun(ctx, si, p, POSSESSIVE_PRONOUNS[p.lower]!);
  if (/^(?:'s|'|’s|’)$/.test(p.lower) && d > 0) return entityEndingAt(ctx, si, toks, d - 1);
  const participle = toks[d - 2];
  if (/^(?:a|an|the)$/.test(p.lower) && toks[d - 1]?.lower === "as" && participle && /^\p{Ll}+$/u.test(participle.text) && (/(?:ed|en)$/.test(participle.lower) || isPastTense(participle.lower) || /^(?:read|seen)$/.test(participle.lower))) return subjectOf(ctx, si, toks, d - 2);
  // "made a suggestion that", "put forward the recommendation that": whoever makes it.
  const v = toks[d - 1]?.lower === "forward" ? d - 2 : d - 1;
  if (/^(?:a|an|the|its|their)$/.test(p.lower) && /^(?:made|makes|make|put|puts|offered|offers|issued|issues|gave|gives|repeated|renewed)$/.test(toks[v]?.lower ?? "")) return subjectOf(ctx, si, toks, v);
  return undefined;
}

// A verb after a noun phrase: a verb form (the lexicon lists "stay" only as a noun, so a bare word before a
// preposition counts too), never right after a determiner, a possessive or "and".
const PARTICLE_AFTER = /^(?:at|in|on|with|away|home|out|up|down|off|for|until|by|to|from|into|behind|here|there)$/;
function verbAt(toks: Token[], v: number): boolean {
  const q = toks[v];
  if (!q || !/^\p{Ll}+$/u.test(q.text) || DETERMINERS.has(q.lower)) return false;
  const p = toks[v - 1]!.lower;
  if (DETERMINERS.has(p) || POSSESSIVE_PRONOUNS[p] || /^(?:and|or|'s|')$/.test(p)) return false;
  return isVerbForm(q.lower) || AUX.has(q.lower) || (!/s$/.test(q.lower) && !isAdjective(q.lower) && PARTICLE_AFTER.test(toks[v + 1]?.lower ?? ""));
}

// Nouns of an act: "a suspension of dividends", "the removal of the chairman", "a cut in pay", "a 10% reduction in staff".
const ACT_NOUN = /^\p{Ll}{4,}(?:tion|sion|ment|al|ure)$/u;
const OBSERVERS = /\b(?:analysts?|experts?|economists?|researchers?|strategists?)\b/i;
/** "recommended a suspension of dividend payments": a proposal named by its act noun, after "recommend" or "suggest" only. */
function actNoun(ctx: DemandContext, si: number, toks: Token[], i: number, start: number): Found | null {
  if (!/^(?:recommend|suggest)/.test(toks[i]!.lower) || !/^(?:a|an|the)$/.test(toks[start]?.lower ?? "")) return null;
  let n = start + 1;
  while (n < start + 3 && /^[\p{Ll}\d%-]+$/u.test(toks[n]?.text ?? "") && !ACT_NOUN.test(toks[n]!.lower)) n++;
  if (!ACT_NOUN.test(toks[n]?.lower ?? "") || !/^(?:of|in|on|to)$/.test(toks[n + 1]?.lower ?? "")) return null;
  if (/^(?:was|were|is|are|be|been|being)$/.test(toks[i - 1]?.lower ?? "")) return null;
  const end = clauseEnd(toks, start, true);
  if (end <= n + 2) return null;
  const by = subjectOf(ctx, si, toks, i);
  if (!by || OBSERVERS.test(by.name)) return null;
  const of = addresseesIn(ctx, si, toks, n + 1, end).filter((e) => e !== by && !sameSide(e, by) && e.kind === "organization");
  return { by, of, start: toks[start]!.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si, np: true };
}

// "-ing" words that are no act: "suggested nothing", "recommended everything".
const NOT_ACTS = /^(?:nothing|something|anything|everything|during|according|including|morning|evening|meeting|building|funding|spring|thing|king|ring|string)$/;
/** The gerund phrase after "recommends"/"suggested"/"advised" at toks[i], as the subject's proposal; else null. */
function gerundAct(ctx: DemandContext, si: number, toks: Token[], i: number, start: number): Found | null {
  const g = toks[start];
  if (!g || !/^\p{Ll}{3,}ing$/u.test(g.text) || NOT_ACTS.test(g.lower) || !isVerbForm(g.lower)) return null;
  // "advised" takes a gerund only as its object: "advised leaving", not "was advised, leaving …".
  if (/^(?:was|were|is|are|be|been|being)$/.test(toks[i - 1]?.lower ?? "")) return null;
  const end = clauseEnd(toks, start, false);
  // "suggests rising prices will slow growth": the "-ing" word opens a clause with a verb of its own, an inference.
  if (end <= start + 1 || clauseOfItsOwn(toks, start + 1, end)) return null;
  const by = subjectOf(ctx, si, toks, i);
  // Observers assess: "Analysts recommend buying the shares" is commentary, not a party's demand.
  if (!by || /\b(?:analysts?|experts?|economists?|researchers?|strategists?)\b/i.test(by.name)) return null;
  const of = addresseesIn(ctx, si, toks, start + 1, end).filter((e) => e !== by && !sameSide(e, by) && e.kind === "organization");
  return { by, of, start: g.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si };
}

/** Whether a finite verb follows the "-ing" word's own phrase, before any preposition or relative word. */
function clauseOfItsOwn(toks: Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const x = toks[k]!.lower;
    if (/^(?:will|would|is|are|was|were|has|have|had|could|may|might|can|should|must|shall)$/.test(x)) return true;
    if (/^(?:where|who|which|that|when|in|on|to|for|with|at|from|by|of|into|up|and|or)$/.test(x)) return false;
  }
  return false;
}
