// Deontic modals read as demands: where "should"/"ought (not) to" puts its verb, a passive call with no one named
// ("the custody should be worked out between …"), and the shapes that only look like one — a schedule ("should be
// completed by March"), a condition ("if the board should fail"), a question ("Why should …?"). Also an argument
// for a subjunctive ("has argued from the start that the boy not be denied …"), which carries no modal at all.
import type { Token } from "../../text/tokens.ts";
import { isImperative, isPastTense } from "./lexicon.ts";
import { addresseesIn, subjectOf } from "./demand-agents.ts";
import { NP_STOP } from "./demand-words.ts";
import { clauseEnd, type DemandContext, type Found } from "./demands.ts";

/** The verb after an advisory modal at toks[i] ("should go", "ought to go", "ought not to go"), or -1. */
export function advisoryVerbAt(toks: Token[], i: number): number {
  const w = toks[i]!.lower;
  if (w === "should") return i + 1;
  if (w !== "ought") return -1;
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

/** "Why should the board …?": the modal's sentence or quotation ends on a question mark. */
export function questionModal(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length; k++) {
    const x = toks[k]!.text;
    if (x === "?") return true;
    if (/^(?:[.!;”]|")$/.test(x)) return toks[k - 1]?.text === "?";
  }
  return false;
}

/** "made their case that": the index of "made" when toks[k] is "case" in that idiom. */
export function madeCaseAt(toks: Token[], k: number): number {
  if (toks[k]?.lower !== "case" || toks[k + 1]?.lower !== "that") return -1;
  const m = /^(?:their|its|his|her|the|a|our)$/.test(toks[k - 1]?.lower ?? "") ? k - 2 : -1;
  return m >= 0 && /^(?:made|make|makes|making|pressed|presses|stated|states|argued)$/.test(toks[m]!.lower) ? m : -1;
}

const ARGUE = /^(?:argue|argues|argued|arguing|contend|contends|contended|maintain|maintains|maintained)$/;

/**
 * "has argued from the start that the boy not be denied due process", "made the case that the pier be sold": an
 * argument for a subjunctive demands it. "argued that the boy was not denied …" asserts, and is left alone.
 */
export function readArguedSubjunctive(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let c = 0; c < toks.length - 3; c++) {
    const made = madeCaseAt(toks, c);
    if (!ARGUE.test(toks[c]!.lower) && made < 0) continue;
    // "argued (from the start) that": a short adverbial at most.
    let that = c + 1;
    while (that < toks.length && that - c <= 5 && toks[that]!.lower !== "that" && !/^[.;:!?“”"]$/.test(toks[that]!.text)) that++;
    if (toks[that]?.lower !== "that") continue;
    // The clause's first verb: bare "be", or "not" and a bare verb, after a subject of at most eight words.
    let v = that + 2;
    while (v < toks.length && v - that <= 9 && !NP_STOP.has(toks[v]!.lower) && !/^[,.;:!?“”"]$/.test(toks[v]!.text) && toks[v]!.lower !== "be" && toks[v]!.lower !== "not" && !/^(?:do|does|did)$/.test(toks[v]!.lower)) v++;
    const x = toks[v]?.lower;
    const subjunctive = x === "be" || (x === "not" && (toks[v + 1]?.lower === "be" || isImperative(toks[v + 1]?.lower ?? "")));
    if (!subjunctive) continue;
    const by = subjectOf(ctx, si, toks, made >= 0 ? made : c);
    if (!by) continue;
    const end = clauseEnd(toks, that + 1, false);
    if (end <= v + 1) continue;
    const of = addresseesIn(ctx, si, toks, that + 1, v).filter((e) => e !== by);
    out.push({ by, of, start: toks[that + 1]!.start, end: toks[end - 1]!.end, tokens: toks.slice(that + 1, end), sentence: si });
  }
  return out;
}
