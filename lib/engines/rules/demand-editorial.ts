// Editorials: wire copy of an editorial opens on "The New York Times said in an editorial on Thursday, April 6:";
// what follows is the paper's own voice, so its calls ("the Justice Department should revoke …", "acts of terror
// must be met with …", "the best outcome would be for the relatives to …") are the paper's demands.
import type { Token } from "../../text/tokens.ts";
import type { Entity } from "./actors.ts";
import { isPastTense } from "./lexicon.ts";
import { actorsIn, addresseesIn } from "./demand-agents.ts";
import { advisoryVerbAt } from "./demand-modals.ts";
import { SPEECH } from "./demand-words.ts";
import { addresseeTo, clauseEnd, type DemandContext, type Found } from "./demands.ts";

const LEAD = new RegExp(String.raw`\b(?:${SPEECH}|commented)\s+in\s+(?:an|its)\s+(?:\w+\s+)?editorial\b`, "i");

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

const PARENTHETICAL = /^(?:though|although|even|while|if|once|now|as|like|unlike|despite|who|which|whose|perhaps)$/;

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
    const verb = w === "must" ? i + 1 : advisoryVerbAt(toks, i);
    if (verb < 0) continue;
    // "should have acted": hindsight.
    if (/^(?:have|not)$/.test(toks[verb]?.lower ?? "") && (toks[verb]!.lower === "have" || toks[verb + 1]?.lower === "have")) continue;
    let cs = i - 1;
    while (cs >= 0 && !/^[,;:—–]$/.test(toks[cs]!.text)) cs--;
    cs++;
    // "Gonzalez and Elian, though free to return, should remain": the subject stands before the parenthetical.
    let subjectEnd = i;
    if (cs === i && cs > 1) {
      let p = cs - 2;
      while (p >= 0 && !/^[,;:—–]$/.test(toks[p]!.text)) p--;
      if (p >= 0 && toks[p]!.text === "," && PARENTHETICAL.test(toks[p + 1]!.lower)) {
        subjectEnd = p;
        cs = p - 1;
        while (cs >= 0 && !/^[,;:—–]$/.test(toks[cs]!.text)) cs--;
        cs++;
      }
    }
    // "But Washington ought not to …": the opening conjunction links to the sentence before, it is not the call's.
    if (/^(?:but|and|yet|so|still)$/.test(toks[cs]!.lower) && cs < subjectEnd - 1) cs++;
    const subject = toks.slice(cs, subjectEnd);
    if (!subject.length || subject.some((q) => EMBEDDED.test(q.lower)) || /^(?:we|i|you|it|this|that|there|they|he|she)$/.test(subject[0]!.lower)) continue;
    // A possessed thing ("Gonzalez's arrival should help …") predicts; it demands only in the passive ("must be met").
    const v = toks[verb]?.lower === "also" ? verb + 1 : verb;
    const passive = toks[v]?.lower === "be" && /^\p{Ll}/u.test(toks[v + 1]?.text ?? "") && (isPastTense(toks[v + 1]!.lower) || /(?:ed|en)$/.test(toks[v + 1]!.lower));
    // Who is acted on in the passive ("threats against tenants must be met") is not addressed.
    const of = passive || subject.some((q) => /^['’]s?$/.test(q.lower) || /['’]s$/.test(q.lower)) ? [] : addresseesIn(ctx, si, toks, cs, subjectEnd).filter((e) => e !== paper);
    if (!of.length && !passive) continue;
    const end = clauseEnd(toks, verb, false);
    if (end <= verb + 1) continue;
    out.push({ by: paper, of, start: toks[cs]!.start, end: toks[end - 1]!.end, tokens: toks.slice(cs, end), sentence: si });
  }
  return out;
}
