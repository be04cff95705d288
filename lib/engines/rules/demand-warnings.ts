// Warnings against an act: "the State Department warned Americans against all travel to Pakistan", "cautioned
// investors against buying …" ask whoever is warned (the public when no one is named) not to do it. A warning that
// tells ("warned that prices may rise") or announces ("warned of heavy snow") asks nothing; one with a condition is a
// threat, read in demand-conditions.ts.
import type { Token } from "../../text/tokens.ts";
import { addresseesIn, subjectOf } from "./demand-agents.ts";
import { DETERMINERS, isNegation, POSSESSIVE_PRONOUNS, wordScreen } from "./demand-words.ts";
import { isAdjective, isVerbForm } from "./lexicon.ts";
import { clauseEnd, sameSide, type DemandContext, type Found } from "./demands.ts";

const WARN_AGAINST = /^(?:warn|warns|warned|warning|caution|cautions|cautioned|cautioning|advise|advises|advised|advising)$/;
// "warned Tarvania (not) to send troops", "challenged the board to prove …": an order put as a warning or a dare.
const WARN_TO = /^(?:warn|warns|warned|warning|caution|cautions|cautioned|cautioning|challenge|challenges|challenged|challenging|dared|dares)$/;
/** No sentence without a verb of warning can give readWarningsAgainst anything. */
export const warningScreen = wordScreen(WARN_AGAINST, WARN_TO);

/**
 * "The Korvan government warned Tarvania not to send troops across the border": the one warned is asked to do, or
 * not to do, what follows "to". Not the passive ("drivers were warned to expect delays": no one named who warns them
 * here), nor "warned reporters to expect …", which informs.
 */
function warnedTo(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  if (DETERMINERS.has(toks[i - 1]?.lower ?? "") || /^(?:was|were|been|being|is|are|be)$/.test(toks[i - 1]?.lower ?? "") || isNegation(toks[i - 1]?.lower ?? "")) return null;
  let to = i + 1;
  while (to < toks.length && to - i <= 7 && toks[to]!.lower !== "to" && !isNegation(toks[to]!.lower) && !/^[,.;:!?“”"]$/.test(toks[to]!.text) && !/^(?:that|of|about|against|if|unless|and|or)$/.test(toks[to]!.lower)) to++;
  const not = isNegation(toks[to]?.lower ?? "") ? to : -1;
  if (not > 0) to++;
  if (to === i + 1 || (not > 0 && not === i + 1) || toks[to]?.lower !== "to") return null;
  const verb = toks[to + 1];
  // (The lexicon misses some bare verbs, "halt": any plain lower-case word that opens no noun phrase.)
  if (!verb || !/^\p{Ll}+$/u.test(verb.text) || DETERMINERS.has(verb.lower) || POSSESSIVE_PRONOUNS[verb.lower] || /(?:ing|ed)$/.test(verb.lower)) return null;
  const addressee = toks.slice(i + 1, not > 0 ? not : to);
  if (addressee.some((q) => /^(?:reporters|journalists|press|media|audience|viewers|readers)$/.test(q.lower) || (/^\p{Ll}/u.test(q.text) && isVerbForm(q.lower) && !isAdjective(q.lower) && !DETERMINERS.has(q.lower) && !/s$/.test(q.lower)))) return null;
  const by = subjectOf(ctx, si, toks, i);
  if (!by) return null;
  const start = not > 0 ? not : to + 1;
  const end = clauseEnd(toks, to + 1, false);
  if (end <= to + 1) return null;
  const of = addresseesIn(ctx, si, toks, i + 1, not > 0 ? not : to).filter((e) => e !== by && !sameSide(e, by));
  // An addressee the story does not name stays in the content ("warned the boy's relatives not to …").
  const from = of.length ? start : i + 1;
  return { by, of, start: toks[from]!.start, end: toks[end - 1]!.end, tokens: toks.slice(from, end), sentence: si };
}

export function readWarningsAgainst(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < toks.length - 2; i++) {
    const t = toks[i]!;
    if (WARN_TO.test(t.lower) && /^\p{Ll}/u.test(t.text)) {
      const found = warnedTo(ctx, si, toks, i);
      if (found) out.push(found);
    }
    if (!WARN_AGAINST.test(t.lower) || !/^\p{Ll}/u.test(t.text)) continue;
    // "a warning against travel to Kenya", "lifted a warning against …": the noun, whose issuer is not read here.
    if (DETERMINERS.has(toks[i - 1]?.lower ?? "") || isNegation(toks[i - 1]?.lower ?? "") || isNegation(toks[i - 2]?.lower ?? "")) continue;
    // The one warned: at most five words before "against", none of them a verb's start of a clause.
    let a = i + 1;
    // '… warned "against all travel …"': wire copy quotes the phrase.
    while (a < toks.length && a - i <= 6 && toks[a]!.lower !== "against" && !/^[,.;:!?]$/.test(toks[a]!.text) && !/^(?:that|of|about|to|if|unless)$/.test(toks[a]!.lower)) a++;
    if (toks[a]?.lower !== "against") continue;
    let start = a + 1;
    while (/^(?:[“"]|``)$/.test(toks[start]?.text ?? "")) start++;
    const end = clauseEnd(toks, start, true);
    if (end <= start || !namesAnAct(toks, start, end)) continue;
    const by = subjectOf(ctx, si, toks, i);
    if (!by) continue;
    const of = addresseesIn(ctx, si, toks, i + 1, a).filter((e) => e !== by && !sameSide(e, by));
    // The content keeps "against": what is asked is that the act not happen.
    out.push({ by, of, start: toks[a]!.start, end: toks[end - 1]!.end, tokens: toks.slice(a, end), sentence: si });
  }
  return out;
}

/**
 * Whether the warned-against phrase toks[start, end) names an act: a gerund ("giving the syrup"), or a noun that is
 * also a verb ("all travel to Pakistan", "any attack on …"). A mood or an attitude ("excessive optimism",
 * "complacency") is a caution about how to feel, asked of no one.
 */
function namesAnAct(toks: Token[], start: number, end: number): boolean {
  for (let k = start; k < Math.min(end, start + 4); k++) {
    const x = toks[k]!;
    if (!/^\p{Ll}/u.test(x.text)) return false;
    if (/^\p{Ll}{3,}ing$/u.test(x.text) || (isVerbForm(x.lower) && !DETERMINERS.has(x.lower) && !/^(?:all|any|further|more|new|such)$/.test(x.lower))) return true;
    if (!DETERMINERS.has(x.lower) && !/^(?:all|any|further|more|new|such)$/.test(x.lower) && !isAdjective(x.lower)) return false;
  }
  return false;
}
