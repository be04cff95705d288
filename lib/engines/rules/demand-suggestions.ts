// Suggestions with a mandative clause: "Castro suggested Elian and his relatives stay at the residence", "the board
// suggested that residents boil their water". Only a bare verb after the clause's subject makes it a proposal; a
// finite one reports or infers ("the evidence suggests that he was there", "suggested the plan is flawed").
import type { Token } from "../../text/tokens.ts";
import { addresseesIn, subjectOf } from "./demand-agents.ts";
import { isAdjective, isVerbForm } from "./lexicon.ts";
import { AUX, DETERMINERS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS } from "./demand-words.ts";
import { clauseEnd, sameSide, type DemandContext, type Found } from "./demands.ts";

// Not "proposed": a party proposing where someone stay or what is done offers as often as it asks.
const SUGGESTS = /^(?:suggest|suggests|suggested|suggesting|recommended|recommends|recommend)$/;
// Bare forms that state a belief or a state, not an act someone can be asked to do.
const STATIVE = /^(?:want|know|think|believe|feel|seem|appear|like|mean|understand|own|need|deserve|exist|lack)$/;

export function readSuggestions(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  if (!/\b(?:suggest|recommend)/i.test(ctx.sentences[si]!.text)) return out;
  for (let i = 1; i < toks.length - 3; i++) {
    if (!SUGGESTS.test(toks[i]!.lower)) continue;
    let start = i + 1;
    while (/^(?:only|instead|also|privately|publicly)$/.test(toks[start]?.lower ?? "")) start++;
    if (toks[start]?.lower === "that") start++;
    const first = toks[start];
    // The clause opens on its subject: a name, or a determiner's noun phrase; not "suggested the plan." alone.
    if (!first || !(/^\p{Lu}/u.test(first.text) || DETERMINERS.has(first.lower) || /^\p{Ll}+s$/u.test(first.text)) || POSSESSIVE_PRONOUNS[first.lower] === "speaker" || SUBJECT_PRONOUNS[first.lower]) continue;
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
    // Mandative: a bare verb, not "is/was/will", not "-s", "-ed" or "-ing".
    if (!verbAt(toks, v) || AUX.has(verb) || /(?:ed|ing)$/.test(verb) || (/[^s]s$/.test(verb) && verb !== "focus") || STATIVE.test(verb)) continue;
    const by = subjectOf(ctx, si, toks, i);
    if (!by) continue;
    const of = addresseesIn(ctx, si, toks, start, v).filter((e) => e !== by && !sameSide(e, by));
    // From an opening quotation mark before the verb, so that the quotation's close does not end the clause.
    const end = clauseEnd(toks, toks[v - 1]!.text === "“" ? v - 1 : v, false);
    if (end <= v + 1) continue;
    out.push({ by, of, start: first.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si });
  }
  return out;
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
