// Conditions and threats: what a speaker makes the price of an offer or a threat is demanded of whoever must
// meet it ("would return to the deal only if Western governments reconnected the bank", "threatened to cut the
// shelter's funding unless its director signed a pledge").
import type { Token } from "../../text/tokens.ts";
import type { Entity } from "./actors.ts";
import { isVerbForm } from "./lexicon.ts";
import { addresseesIn, subjectOf } from "./demand-agents.ts";
import { DETERMINERS, isNegation, SPEECH_VERBS, SUBJECT_PRONOUNS, wordScreen } from "./demand-words.ts";
import { clauseEnd, sameSide, type DemandContext, type Found } from "./demands.ts";

// Openers that always make a bargaining condition; a plain one only in a stated offer or threat.
const BARGAIN = [["only", "if"], ["provided", "that"], ["on", "condition", "that"]];
const PLAIN_CONDITION = new Set(["if", "unless"]);
/** Where the condition starts when an always-bargaining opener begins at toks[i], or -1. Word by word: tokens hold no spaces. */
function bargainAt(toks: Token[], i: number): number {
  for (const phrase of BARGAIN) {
    let k = 0;
    while (k < phrase.length && toks[i + k]?.lower === phrase[k]) k++;
    if (k === phrase.length) return i + k;
  }
  return -1;
}
/** A phrase needs each of its words, so its longest (the rarest, as a rule) stands for it in the screen. */
export const conditionScreen = wordScreen(PLAIN_CONDITION, BARGAIN.map((p) => p.reduce((a, b) => (b.length > a.length ? b : a))));

/**
 * Conditions: "Moscow said it would return to the deal only if Western governments reconnected the bank"
 * — the condition is what the speaker demands of the condition's subject.
 */
export function readConditions(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
    let start = bargainAt(toks, i);
    // A plain "if"/"unless" is a bargaining condition only in a stated offer or threat, and only when
    // it asks something of another actor (checked below); "only if" and "on condition that" always are.
    let plain = false;
    if (start < 0) {
      if (!PLAIN_CONDITION.has(toks[i]!.lower) || /^(?:as|even|only|what|whether)$/.test(toks[i - 1]!.lower) || /^(?:asked|necessary|needed|needs|so|any|possible|true|not|anything|ever|approved|elected|convicted|confirmed)$/.test(toks[i + 1]!.lower)) continue;
      start = i + 1;
      plain = true;
    }
    // The condition-setter: the subject of the nearest "would/will" before it, in the same clause.
    let m = i - 1;
    while (m >= 0 && !/^(?:would|will|could|can|'ll)$/.test(toks[m]!.lower) && !(plain && /^[;:“”"]$/.test(toks[m]!.text))) m--;
    if (m < 0 || (plain && !/^(?:would|will|'ll)$/.test(toks[m]!.lower))) continue;
    // "… he would go alone if …, Castro said": an offer or threat someone states, not narration.
    if (plain && !toks.some((q) => CONDITION_SPEECH.has(q.lower))) continue;
    const by = subjectOf(ctx, si, toks, m);
    if (!by) continue;
    const end = clauseEnd(toks, start, false);
    if (end <= start + 1) continue;
    let v = start;
    while (v < end && !isVerbForm(toks[v]!.lower)) v++;
    const of = (v > start ? addresseesIn(ctx, si, toks, start, v) : []).filter((e) => e !== by && !sameSide(e, by));
    // "will not stay on the case unless they are paid": a threat whose price is the speaker's own pay.
    if (plain && toks[i]!.lower === "unless" && SUBJECT_PRONOUNS[toks[start]!.lower] && /^(?:are|is|were|was|get|gets|got|be)$/.test(toks[start + 1]?.lower ?? "") && /^(?:paid|compensated|reimbursed)$/.test(toks[start + 2]?.lower ?? "")) {
      out.push({ by, of: [], start: toks[m]!.start, end: toks[end - 1]!.end, tokens: toks.slice(m, end), sentence: si });
      continue;
    }
    // "would strike Iraq unless it gave …": a pronoun opening the condition is the one actor the act is aimed at.
    if (plain && toks[i]!.lower === "unless" && /^(?:it|they)$/.test(toks[start]!.lower)) {
      const target = addresseesIn(ctx, si, toks, m + 1, i).filter((e) => e !== by && !sameSide(e, by));
      if (target.length !== 1) continue;
      of.splice(0, of.length, target[0]!);
    } else if (plain && (!of.length || SUBJECT_PRONOUNS[toks[start]!.lower])) continue;
    // "would resign if the council passed the budget" is a threat whose demand is the opposite of the
    // condition; a plain "if" counts only when the condition is a concession ("if Washington promised …").
    const verb = toks.findIndex((q, x) => x >= start && x < end && /^\p{Ll}/u.test(q.text) && isVerbForm(q.lower));
    if (plain && toks[i]!.lower === "if" && !CONCESSION.test(toks[verb]?.lower ?? "")) continue;
    // "if the Authority agreed to release the ship": what is asked is the release; the addressee is already named.
    if (plain && toks[i]!.lower === "if") start = toks[verb + 1]?.lower === "to" ? verb + 2 : verb + 1;
    if (end <= start + 1) continue;
    out.push({ by, of, start: toks[start]!.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si });
  }
  return out;
}

/**
 * Holding out until another side acts: "the council said it will not lift the sanctions until the inspectors certify
 * …", "the troops will stay until Iraq complies" — what the other side must do first is demanded of it. Only when the
 * speaker refuses ("not", "never") or persists ("remain", "continue"), the wait is for an actor named in the
 * condition, and its act is a concession or compliance ("until the rebels disarm", not "until the rain stops").
 */
export function readHoldOuts(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  if (!toks.some((q) => CONDITION_SPEECH.has(q.lower))) return out;
  for (let i = 2; i < toks.length - 2; i++) {
    if (!UNTIL.has(toks[i]!.lower)) continue;
    let m = i - 1;
    while (m >= 0 && i - m <= 14 && !HOLD_MODAL.test(toks[m]!.lower) && !/^[,;:“”"]$/.test(toks[m]!.text)) m--;
    if (m < 0 || !HOLD_MODAL.test(toks[m]!.lower)) continue;
    // "won't lift … until": the refusal is in the modal itself.
    const between = toks.slice(m + 1, i);
    if (!isNegation(toks[m]!.lower) && !between.some((q) => HOLD_OUT.test(q.lower))) continue;
    const start = i + 1;
    const end = clauseEnd(toks, start, false);
    let v = start;
    // ("leaves" is a verb here, whatever the lexicon says of the plural noun.)
    while (v < end && !(/^\p{Ll}/u.test(toks[v]!.text) && (isVerbForm(toks[v]!.lower) || CONCESSION.test(toks[v]!.lower) || COMPLIANCE.test(toks[v]!.lower)))) v++;
    if (v >= end || v === start || !(CONCESSION.test(toks[v]!.lower) || COMPLIANCE.test(toks[v]!.lower))) continue;
    // "… said the troops will remain until …": with no actor for a subject, the speaker holds out.
    const said = toks.findLastIndex((q, x) => x < m && SPEECH_VERBS.includes(q.lower));
    const by = subjectOf(ctx, si, toks, m) ?? (said > 0 ? subjectOf(ctx, si, toks, said) : undefined);
    if (!by) continue;
    const of = addresseesIn(ctx, si, toks, start, v).filter((e) => e !== by && !sameSide(e, by));
    // "will not lay down their arms until the army leaves the province": a party named only by a common noun is asked
    // too, when it is to act on something ("until the storm ends" asks no one).
    const unnamed = !of.length && /^(?:the|its|their)$/.test(toks[start]!.lower) && v - start <= 3 && v + 1 < end && toks.slice(start + 1, v).every((q) => /^\p{Ll}+$/u.test(q.text));
    if (!of.length && !unnamed) continue;
    out.push({ by, of, start: toks[start]!.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si });
  }
  return out;
}

const HOLD_OUT = /^(?:not|never|remain|stay|continue|keep|hold|maintain)$/;
const HOLD_MODAL = /^(?:would|will|'ll|wo|won't|wouldn't)$/;
const COMPLIANCE = /^(?:compl(?:y|ies|ied)|certif(?:y|ies|ied)|disarm(?:s|ed)?|fulfil(?:l|ls|led|s)?|honou?r(?:s|ed)?|implement(?:s|ed)?|abides?|surrender(?:s|ed)?|cooperate[sd]?|eliminate[sd]?|destroy(?:s|ed)?|dismantle[sd]?|leaves?|left|pull(?:s|ed)?|free[sd]?|ratif(?:y|ies|ied)|approve[sd]?|resign(?:s|ed)?|step(?:s|ped)?|admit(?:s|ted)?)$/;

const CONCESSION = /^(?:promise[sd]?|guarantee[sd]?|agree[sd]?|allow(?:s|ed)?|let|lets|give|gives|gave|grant(?:s|ed)?|accept(?:s|ed)?|meet|meets|met|pay|pays|paid|release[sd]?|return(?:s|ed)?|hand(?:s|ed)?|withdr[ae]ws?|withdrawn|drop(?:s|ped)?|lift(?:s|ed)?|stop(?:s|ped)?|end(?:s|ed)?|restore[sd]?|apologi[sz]e[sd]?|recogni[sz]e[sd]?|assure[sd]?|commit(?:s|ted)?|pledge[sd]?|sign(?:s|ed)?|provide[sd]?|offer(?:s|ed)?|reinstate[sd]?|resume[sd]?|reopen(?:s|ed)?)$/;
const CONDITION_SPEECH = new Set([...SPEECH_VERBS, "threatened", "threatens", "offered", "offers", "promised", "promises", "vowed", "vows", "pledged", "pledges"]);

const THREATEN = new Set(["threaten", "threatens", "threatened", "threatening"]);
// A warning with a condition is a threat put politely: "warning Iraq of military strikes if it doesn't back down".
const WARN = new Set(["warn", "warns", "warned", "warning"]);
const UNTIL = new Set(["until"]);
const until = wordScreen(UNTIL);
const conditionSpeech = wordScreen(CONDITION_SPEECH);
/** A hold-out needs its "until" and a stated offer or threat: no sentence without both can give readHoldOuts anything. */
export const holdOutScreen = (words: number): boolean => until(words) && conditionSpeech(words);
/** No sentence without a form of "threaten" or "warn" can give readThreats anything. */
export const threatScreen = wordScreen(THREATEN, WARN);
// "if they did not", "if it doesn't": the negated auxiliary of a condition, apart or contracted (one token).
const NEGATED_AUX = /^(?:do|does|did|is|are|was|were|would|will|wo|could|can|ca|has|have|had)n't$/;

/**
 * Threats: "threatened to cut off its funding unless the director signed a pledge", "… if the director did not
 * sign …": what the condition asks is demanded of its subject. A threat with a plain "if" ("threatened to sue if
 * the deal went through") demands the opposite of its condition, unsaid, and is left alone. A warning is read the
 * same way when it carries such a condition ("warned Iraq of strikes if it does not back down"); without one it
 * tells, and asks nothing ("warned that prices may rise").
 */
export function readThreats(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < toks.length - 4; i++) {
    const warns = WARN.has(toks[i]!.lower) && /^\p{Ll}/u.test(toks[i]!.text);
    if (!warns && (!THREATEN.has(toks[i]!.lower) || toks[i + 1]!.lower !== "to")) continue;
    if (toks.slice(Math.max(0, i - 2), i).some((q) => isNegation(q.lower))) continue;
    // "a warning", "the warnings": the noun, whose owner this reader does not look for.
    if (warns && DETERMINERS.has(toks[i - 1]?.lower ?? "")) continue;
    // The one warned, named right after the verb: "warned Iraq of …", "warning the rebels that …".
    const warned = warns ? warnedParty(ctx, si, toks, i) : [];
    // The condition, in the threat's own clause.
    let k = i + 2;
    while (k < toks.length && k - i <= 30 && !/^(?:unless|if)$/.test(toks[k]!.lower) && !/^[.;:!?—–]$/.test(toks[k]!.text)) k++;
    const cond = toks[k]?.lower;
    if (cond !== "unless" && cond !== "if") continue;
    if (/^(?:even|as|only)$/.test(toks[k - 1]!.lower) || /^(?:otherwise|necessary|needed|possible)$/.test(toks[k + 1]?.lower ?? "")) continue;
    const c = k + 1;
    // The condition's verb: after "did not"/"doesn't"/"fails to" for "if", the first finite verb after the subject for "unless".
    let v = c;
    if (cond === "if") {
      while (v < toks.length && v - c <= 10 && toks[v]!.lower !== "not" && !NEGATED_AUX.test(toks[v]!.lower) && !/^(?:fails?|failed|refuses?|refused)$/.test(toks[v]!.lower)) v++;
      if (v - c > 10 || v >= toks.length) continue;
      if (toks[v]!.lower === "not" && !/^(?:did|does|do|would|will|could|can|is|are|was|were)$/.test(toks[v - 1]?.lower ?? "")) continue;
      const subjectEnd = toks[v]!.lower === "not" ? v - 1 : v;
      v += toks[v + 1]?.lower === "to" ? 2 : 1;
      out.push(...threatFound(ctx, si, toks, i, c, subjectEnd, v, true, warned));
    } else {
      // The lexicon knows few regular verbs ("raises"): the subject is looked for in at most six words.
      while (v < toks.length && v - c < 6 && !(/^\p{Ll}/u.test(toks[v]!.text) && isVerbForm(toks[v]!.lower))) v++;
      out.push(...threatFound(ctx, si, toks, i, c, v, c, false, warned));
    }
  }
  return out;
}

/** Who is warned at toks[i]: the actors between the verb and "of"/"that"/"about"/"against" or a clause's start. */
function warnedParty(ctx: DemandContext, si: number, toks: Token[], i: number): Entity[] {
  let e = i + 1;
  while (e < toks.length && e - i <= 6 && !/^(?:of|that|about|against|to|if|unless|it|they|he|she|we)$/.test(toks[e]!.lower) && !/^[,.;:!?“”"]$/.test(toks[e]!.text)) e++;
  return e > i + 1 ? addresseesIn(ctx, si, toks, i + 1, e) : [];
}

/**
 * The threat at toks[i] whose condition's subject is toks[c, subjectEnd) and whose asked act starts at v (c for
 * "unless"). `warned`: whom a warning names; the condition's pronoun subject is them ("warning Iraq … if it …"), and a
 * warning needs someone named in its condition.
 */
function threatFound(ctx: DemandContext, si: number, toks: Token[], i: number, c: number, subjectEnd: number, v: number, named: boolean, warned: Entity[]): Found[] {
  const by = subjectOf(ctx, si, toks, i);
  if (!by || v >= toks.length) return [];
  const warns = WARN.has(toks[i]!.lower);
  const pronoun = warns && subjectEnd === c + 1 && SUBJECT_PRONOUNS[toks[c]!.lower] !== undefined;
  const of = (pronoun ? warned : addresseesIn(ctx, si, toks, c, subjectEnd)).filter((e) => e !== by && !sameSide(e, by));
  if (warns && !of.length) return [];
  // With no one named to meet it, the whole condition is the content ("unless wages rise"); "if … did not" needs one.
  if (!of.length && named) return [];
  const start = of.length && named ? v : c;
  const end = clauseEnd(toks, v, false);
  if (end <= v) return [];
  return [{ by, of, start: toks[start]!.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si }];
}
