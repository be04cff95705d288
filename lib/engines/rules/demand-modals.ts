// Deontic modals read as demands: where "should"/"ought (not) to" puts its verb, a passive call with no one named
// ("the custody should be worked out between …"), and the shapes that only look like one — a schedule ("should be
// completed by March"), a condition ("if the board should fail"), a question ("Why should …?"). Also an argument
// for a subjunctive ("has argued from the start that the boy not be denied …"), which carries no modal at all.
import type { Token } from "../../text/tokens.ts";
import { isImperative, isPastTense, isVerbForm } from "./lexicon.ts";
import type { Entity } from "./actors.ts";
import { actorsIn, addresseesIn, entityEndingAt, resolvePronoun, subjectOf } from "./demand-agents.ts";
import { DETERMINERS, NP_STOP, POSSESSIVE_PRONOUNS, wordScreen } from "./demand-words.ts";
import { clauseEnd, type DemandContext, type Found } from "./demands.ts";

// "shouldn't" is one token: the tokenizer keeps contractions whole.
export const ADVISORY_MODALS = new Set(["should", "shouldn't", "ought"]);
/** The verb after an advisory modal at toks[i] ("should go", "shouldn't go", "ought to go", "ought not to go"), or -1. */
export function advisoryVerbAt(toks: Token[], i: number): number {
  const w = toks[i]!.lower;
  if (!ADVISORY_MODALS.has(w)) return -1;
  if (w !== "ought") return i + 1;
  if (toks[i + 1]?.lower === "to") return i + 2;
  return toks[i + 1]?.lower === "not" && toks[i + 2]?.lower === "to" ? i + 3 : -1;
}

// Passives that report a schedule or a remark, not a call: "should be completed by March", "it should be noted".
const NOT_CALLED_FOR = /^(?:completed|finished|known|announced|released|published|reached|concluded|seen|felt|noted|said|remembered|recalled|stressed|pointed|mentioned|expected|considered)$/;
const SCHEDULE = /^(?:by (?:the end|early|late|mid|next|then|\d|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)\w*)|next (?:week|month|year)|soon|shortly|within (?:a|an|the next|\w+) (?:days?|weeks?|months?|years?|hours?)|later this|this (?:week|month|year|spring|summer|fall|autumn|winter))/;

/** "should be worked out", "should not be denied": a call that names no one, only what is to happen. */
export function deonticPassive(toks: Token[], i: number): boolean {
  let v = advisoryVerbAt(toks, i);
  if (v < 0) return false;
  if (toks[v]?.lower === "not") v++;
  const part = toks[v + 1];
  if (toks[v]?.lower !== "be" || !part || !/^\p{Ll}/u.test(part.text) || NOT_CALLED_FOR.test(part.lower)) return false;
  if (!isPastTense(part.lower) && !/(?:ed|en)$/.test(part.lower)) return false;
  for (let k = v + 2; k < Math.min(toks.length, v + 14) && !/^[.;:!?]$/.test(toks[k]!.text); k++) {
    if (SCHEDULE.test(toks.slice(k, k + 3).map((q) => q.text).join(" "))) return false;
  }
  return true;
}

/** "if the board should fail", "whether the board should …": the modal sits in a condition or an indirect question. */
export function conditionalModal(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    const x = toks[k]!.lower;
    if (/^(?:if|unless|whether|lest)$/.test(x)) return true;
    if (/^(?:[,;:“”"]|that)$/.test(x)) return false;
  }
  return false;
}

/**
 * "Why should the board …?": the modal's sentence or quotation ends on a question mark. "decide what steps, if any,
 * need to be taken": the modal sits in an indirect question a verb governs.
 */
export function questionModal(toks: Token[], i: number): boolean {
  for (let k = i - 1, words = 0; k > 0 && words < 4; k--) {
    const x = toks[k]!.lower;
    // ", if any,": a parenthetical inside the question's subject.
    if (x === "," && toks[k - 1]?.lower === "any" && toks[k - 2]?.lower === "if") {
      k -= 3;
      continue;
    }
    if (/^[,;:“”"]$/.test(x)) break;
    if (/^(?:what|which|how|whom)$/.test(x)) {
      if (/^\p{Ll}/u.test(toks[k - 1]!.text) && isVerbForm(toks[k - 1]!.lower) && !DETERMINERS.has(toks[k - 1]!.lower)) return true;
      break;
    }
    words++;
  }
  for (let k = i + 1; k < toks.length; k++) {
    const x = toks[k]!.text;
    if (x === "?") return true;
    if (/^(?:[.!;”]|")$/.test(x)) return toks[k - 1]?.text === "?";
  }
  return false;
}

/**
 * "Castro must be dreaming if …": a progressive after "must" guesses. "they'll have to go find him": a future
 * "have to" foretells what someone will face, it asks nothing of them.
 */
export function guessOrConsequence(toks: Token[], i: number): boolean {
  const w = toks[i]!.lower;
  if (w === "must") return toks[i + 1]?.lower === "be" && /^\p{Ll}{3,}ing$/u.test(toks[i + 2]?.text ?? "");
  return (w === "have" || w === "has") && /^(?:will|would)$|['’](?:ll|d)$/.test(toks[i - 1]?.lower ?? "");
}

const CASE = new Set(["case"]);
/** "made their case that": the index of "made" when toks[k] is "case" in that idiom. */
export function madeCaseAt(toks: Token[], k: number): number {
  if (!CASE.has(toks[k]?.lower ?? "") || toks[k + 1]?.lower !== "that") return -1;
  const m = /^(?:their|its|his|her|the|a|our)$/.test(toks[k - 1]?.lower ?? "") ? k - 2 : -1;
  return m >= 0 && /^(?:made|make|makes|making|pressed|presses|stated|states|argued)$/.test(toks[m]!.lower) ? m : -1;
}

// Word classes read at every token: set look-ups, not a regular expression run per word.
const ARGUE = new Set(["argue", "argues", "argued", "arguing", "contend", "contends", "contended", "maintain", "maintains", "maintained"]);

/**
 * The first verb of the clause after toks[that] when the clause is mandative: bare "be", "not" and a bare verb
 * (a subjunctive: "that the boy not be denied"), or "should"/"must"; -1 for any other ("that the boy was …").
 */
function mandativeVerbAt(toks: Token[], that: number, modals: boolean): number {
  let v = that + 2;
  while (v < toks.length && v - that <= 9 && !NP_STOP.has(toks[v]!.lower) && !/^[,.;:!?“”"]$/.test(toks[v]!.text) && toks[v]!.lower !== "be" && toks[v]!.lower !== "not" && !/^(?:do|does|did)$/.test(toks[v]!.lower)) v++;
  const x = toks[v]?.lower;
  if (x === "be" || (x === "not" && (toks[v + 1]?.lower === "be" || isImperative(toks[v + 1]?.lower ?? "")))) return v;
  return modals && (x === "should" || x === "must") ? v : -1;
}

/**
 * "has argued from the start that the boy not be denied due process", "made the case that the pier be sold": an
 * argument for a subjunctive demands it. "argued that the boy was not denied …" asserts, and is left alone.
 */
/** No sentence without an arguing verb or the "case" of "made the case that" can give readArguedSubjunctive anything. */
export const arguedScreen = wordScreen(ARGUE, CASE);

export function readArguedSubjunctive(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let c = 0; c < toks.length - 3; c++) {
    const made = madeCaseAt(toks, c);
    if (!ARGUE.has(toks[c]!.lower) && made < 0) continue;
    // "argued (from the start) that": a short adverbial at most.
    let that = c + 1;
    while (that < toks.length && that - c <= 5 && toks[that]!.lower !== "that" && !/^[.;:!?“”"]$/.test(toks[that]!.text)) that++;
    if (toks[that]?.lower !== "that") continue;
    const v = mandativeVerbAt(toks, that, false);
    if (v < 0) continue;
    const by = subjectOf(ctx, si, toks, made >= 0 ? made : c);
    if (by) out.push(...contentFrom(ctx, si, toks, that, v, by));
  }
  return out;
}

const RULING_NOUNS = new Set(["ruling", "decision", "determination", "order", "directive", "finding"]);
// A stance stated with a copula: "the union's position is that the board must …".
const STANCE_NOUNS = new Set(["position", "message", "stance", "view", "argument", "demand", "request", "proposal"]);

/**
 * "the Harbor Board's ruling that the boy should be returned", "the union's position is that the board must …", "the decision by the board that the boy be
 * returned": a body's ruling, named as a noun, demands its mandative content. "the ruling that was issued" is a
 * relative clause, and "the decision that the pier will close" reports.
 */
/** No sentence without a ruling or stance noun can give readRulingNoun anything. */
export const rulingNounScreen = wordScreen(RULING_NOUNS, STANCE_NOUNS);

export function readRulingNoun(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let n = 1; n < toks.length - 3; n++) {
    const stance = STANCE_NOUNS.has(toks[n]!.lower) && /^(?:is|was|remains|remained)$/.test(toks[n + 1]?.lower ?? "");
    if (!RULING_NOUNS.has(toks[n]!.lower) && !stance) continue;
    // The owner: "the board's ruling", "the INS ruling", "their message", or "the decision by the board that".
    let that = stance ? n + 2 : n + 1;
    let by: Entity | undefined;
    const kind = POSSESSIVE_PRONOUNS[toks[n - 1]!.lower];
    // "their" too seldom finds its group to be trusted with an agent.
    if (kind === "person" || kind === "thing") by = resolvePronoun(ctx, si, toks[n - 1]!, kind);
    else if (kind) continue;
    else if (toks[that]?.lower === "by") {
      while (that < toks.length && that - n <= 7 && toks[that]!.lower !== "that" && !/^[,.;:!?“”"]$/.test(toks[that]!.text)) that++;
      by = actorsIn(ctx, toks[n + 2]?.start ?? 0, toks[that - 1]!.end)[0];
    } else {
      const owner = /^['’]s?$/.test(toks[n - 1]!.text) ? n - 2 : n - 1;
      by = owner >= 0 && /^\p{Lu}/u.test(toks[owner]!.text) ? entityEndingAt(ctx, si, toks, owner) : undefined;
    }
    if (!by || toks[that]?.lower !== "that" || !isNpStart(toks[that + 1])) continue;
    const v = mandativeVerbAt(toks, that, true);
    if (v < 0) continue;
    // The sentence goes on after the content: "the ruling that the boy should be returned angered the relatives".
    const main = toks.findIndex((q, k) => k > v + 2 && /^\p{Ll}+ed$/u.test(q.text) && isPastTense(q.lower) && !/^(?:be|been|being|was|were|is|are|have|has|had)$/.test(toks[k - 1]!.lower));
    out.push(...contentFrom(ctx, si, main > 0 ? toks.slice(0, main) : toks, that, v, by));
  }
  return out;
}

// The clause's subject opens on a noun phrase, not on a verb ("the ruling that was issued").
const isNpStart = (t: Token | undefined) => !!t && (/^\p{Lu}/u.test(t.text) || DETERMINERS.has(t.lower) || !!POSSESSIVE_PRONOUNS[t.lower]);

/** The content clause after toks[that], its subject (before the verb at v) addressed. */
function contentFrom(ctx: DemandContext, si: number, toks: Token[], that: number, v: number, by: Entity): Found[] {
  const end = clauseEnd(toks, that + 1, false);
  if (end <= v + 1) return [];
  const subject = addresseesIn(ctx, si, toks, that + 1, v);
  // "its position is that it must …": about the owner itself, no demand of anyone.
  if (subject.includes(by)) return [];
  const of = subject;
  return [{ by, of, start: toks[that + 1]!.start, end: toks[end - 1]!.end, tokens: toks.slice(that + 1, end), sentence: si }];
}
