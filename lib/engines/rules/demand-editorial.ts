// Editorials: wire copy of an editorial opens on "The New York Times said in an editorial on Thursday, April 6:";
// what follows is the paper's own voice, so its calls ("the Justice Department should revoke …", "acts of terror
// must be met with …", "the best outcome would be for the relatives to …") are the paper's demands.
import type { Token } from "../../text/tokens.ts";
import type { Entity } from "./actors.ts";
import { isPastTense } from "./lexicon.ts";
import { actorsIn, addresseesIn } from "./demand-agents.ts";
import { addresseeTo, clauseEnd, type DemandContext, type Found } from "./demands.ts";

const LEAD = /\b(?:said|says|wrote|writes|argued|commented)\s+in\s+(?:an|its)\s+(?:\w+\s+)?editorial\b/i;

/** The paper whose editorial the text is, and the first sentence in its voice; undefined for any other text. */
export function editorialVoice(ctx: DemandContext): { paper: Entity; from: number } | undefined {
  for (let si = 0; si < Math.min(4, ctx.sentences.length); si++) {
    const s = ctx.sentences[si]!;
    const m = LEAD.exec(s.text);
    if (!m) continue;
    const paper = actorsIn(ctx, s.start, s.start + m.index)[0];
    return paper ? { paper, from: si + 1 } : undefined;
  }
  return undefined;
}

// Words that put a modal in someone else's clause or in a condition: "foes can argue that Elian should …".
const EMBEDDED = /^(?:that|if|unless|whether|who|which|when|because|although|though|while|argue|argued|argues|say|said|says|believe|believes|think|thinks|claim|claims|insist|insists|as|than|what|how)$/;

/** The paper's calls in sentence si: "X should/must …" in a main clause, and "would be for X to …" / "time for X to …". */
export function readEditorialCalls(ctx: DemandContext, si: number, toks: Token[], paper: Entity): Found[] {
  // Quoted words are someone else's.
  if (toks.some((q) => /^[“”"`]/.test(q.text))) return [];
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
    const w = toks[i]!.lower;
    if (w === "for" && /^(?:be|time)$/.test(toks[i - 1]!.lower)) {
      const found = addresseeTo(ctx, si, toks, i + 1, paper, 6);
      if (found) out.push(...found);
      continue;
    }
    if (!(w === "should" || w === "must" || (w === "ought" && toks[i + 1]?.lower === "to"))) continue;
    const verb = w === "ought" ? i + 2 : i + 1;
    // "should have acted": hindsight.
    if (/^(?:have|not)$/.test(toks[verb]?.lower ?? "") && (toks[verb]!.lower === "have" || toks[verb + 1]?.lower === "have")) continue;
    let cs = i - 1;
    while (cs >= 0 && !/^[,;:—–]$/.test(toks[cs]!.text)) cs--;
    cs++;
    const subject = toks.slice(cs, i);
    if (!subject.length || subject.some((q) => EMBEDDED.test(q.lower)) || /^(?:we|i|you|it|this|that|there|they|he|she)$/.test(subject[0]!.lower)) continue;
    // A possessed thing ("Gonzalez's arrival should help …") predicts; it demands only in the passive ("must be met").
    const v = toks[verb]?.lower === "also" ? verb + 1 : verb;
    const passive = toks[v]?.lower === "be" && /^\p{Ll}/u.test(toks[v + 1]?.text ?? "") && (isPastTense(toks[v + 1]!.lower) || /(?:ed|en)$/.test(toks[v + 1]!.lower));
    // Who is acted on in the passive ("threats against tenants must be met") is not addressed.
    const of = passive || subject.some((q) => /^['’]s?$/.test(q.lower) || /['’]s$/.test(q.lower)) ? [] : addresseesIn(ctx, si, toks, cs, i).filter((e) => e !== paper);
    if (!of.length && !passive) continue;
    const end = clauseEnd(toks, verb, false);
    if (end <= verb + 1) continue;
    out.push({ by: paper, of, start: toks[cs]!.start, end: toks[end - 1]!.end, tokens: toks.slice(cs, end), sentence: si });
  }
  return out;
}
