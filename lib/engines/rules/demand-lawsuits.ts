// Lawsuits by what they seek: "filed a lawsuit in Chancery Court to block the tender offer", "filed a suit in state
// court seeking to nullify the agreement", "launched a suit in a Delaware court seeking the withdrawal of …". Whoever
// sues asks the court for the act; the court, when named, is asked. A suit someone only threatens or weighs ("could
// file suit") is none yet, and "a suit" worn or "suits" sold are no filings: only a filing verb opens one.
import type { Token } from "../../text/tokens.ts";
import { actorsIn, subjectOf } from "./demand-agents.ts";
import { isImperative, isVerbForm } from "./lexicon.ts";
import { DETERMINERS, FILES, isNegation, SUITS, wordScreen } from "./demand-words.ts";
import { clauseEnd, type DemandContext, type Found } from "./demands.ts";
import { hearsay } from "./demand-checks.ts";

const REFLEXIVE = /^(?:itself|himself|herself|themselves)$/;

const files = wordScreen(FILES);
const suits = wordScreen(SUITS);
/** A suit needs both its verb and its filing: no sentence without both can give readLawsuits anything. */
export const lawsuitScreen = (words: number): boolean => files(words) && suits(words);

export function readLawsuits(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let v = 1; v < toks.length - 3; v++) {
    if (!FILES.test(toks[v]!.lower)) continue;
    // "could file suit", "plans to file", "did not file": a suit weighed or not filed.
    if (/^(?:to|can|could|may|might|would|should)$/.test(toks[v - 1]!.lower) || isNegation(toks[v - 1]!.lower)) continue;
    // The filing: "a lawsuit", "suit", "a federal antitrust suit", within four words of the verb.
    let s = v + 1;
    while (s < toks.length && s - v <= 4 && !SUITS.test(toks[s]!.lower) && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[s]!.text)) s++;
    if (!SUITS.test(toks[s]?.lower ?? "") || (toks[s]!.lower === "action" && !/^(?:legal|court|class)$/.test(toks[s - 1]!.lower))) continue;
    // Over where it was filed ("in Delaware Chancery Court", "in state court in Los Angeles"), at most ten words.
    let k = s + 1;
    while (k < toks.length && k - s <= 10 && !/^(?:to|seeking|asking)$/.test(toks[k]!.lower) && !/^[,.;:!?“”"]$/.test(toks[k]!.text)) k++;
    const how = toks[k]?.lower ?? "";
    if (!/^(?:to|seeking|asking)$/.test(how)) continue;
    // "to block …" / "seeking to nullify …": the act asked for; "seeking the withdrawal of …": what is sought;
    // "asking the court to …" is read with the other triggers.
    let start = k + 1;
    if (how === "seeking" && toks[start]?.lower === "to") start++;
    if (how === "asking") continue;
    const first = toks[start];
    if (!first || !/^\p{Ll}/u.test(first.text) || (how === "to" && (DETERMINERS.has(first.lower) || !(isVerbForm(first.lower) || isImperative(first.lower))))) continue;
    // "DPC … had itself filed a suit": the subject before the reflexive.
    const by = subjectOf(ctx, si, toks, REFLEXIVE.test(toks[v - 1]!.lower) ? v - 1 : v);
    if (!by) continue;
    const end = clauseEnd(toks, start, how === "seeking" && start === k + 1);
    if (end <= start + 1) continue;
    const of = actorsIn(ctx, toks[s + 1]!.start, toks[k - 1]!.end).filter((e) => e !== by && e.kind === "organization").slice(0, 1);
    out.push({ by, of, start: first.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si });
  }
  return out;
}

// Suing to an end: "Acme sued Beta Corp. to block the merger", "sued the city, seeking to halt the demolition". The one
// who sues asks for the act; the one sued is whom it is asked of. Only a purpose clause right after whom they sued
// counts: "sued Beta last year and lost" seeks nothing the sentence says.
const SUES = /^(?:sued|sues|suing)$/;
export const suingScreen = wordScreen(SUES);

export function readSuits(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let v = 1; v < toks.length - 3; v++) {
    if (!SUES.test(toks[v]!.lower) || /^(?:to|can|could|may|might|would|should|was|were|been|being|be)$/.test(toks[v - 1]!.lower) || isNegation(toks[v - 1]!.lower)) continue;
    // Over whom they sued and where ("Beta Corp. in federal court"), at most ten words.
    let k = v + 1;
    while (k < toks.length && k - v <= 10 && !/^(?:to|seeking)$/.test(toks[k]!.lower) && !/^[.;:!?“”"]$/.test(toks[k]!.text)) k++;
    const how = toks[k]?.lower ?? "";
    let start = k + 1;
    if (how === "seeking" && toks[start]?.lower === "to") start++;
    const first = toks[start];
    if (!first || k === v + 1 || !/^\p{Ll}/u.test(first.text) || DETERMINERS.has(first.lower) || (start > k + 1 || how === "to" ? !(isVerbForm(first.lower) || isImperative(first.lower)) : false)) continue;
    if (how !== "to" && how !== "seeking") continue;
    const by = subjectOf(ctx, si, toks, v);
    if (!by || hearsay(toks, v)) continue;
    const end = clauseEnd(toks, start, how === "seeking" && start === k + 1);
    if (end <= start + 1) continue;
    const of = actorsIn(ctx, toks[v + 1]!.start, toks[k - 1]!.end).filter((e) => e !== by && e.kind !== "country").slice(0, 1);
    out.push({ by, of, start: first.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si });
  }
  return out;
}
