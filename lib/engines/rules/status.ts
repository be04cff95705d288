// A demand's status from cues around it: in the demand's own sentence (outside the demanded content)
// or in the next sentence when that sentence is about the same demand.
import type { DemandStatus } from "../../schema/summary.ts";

const REJECTED =
  /\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|non-?starters?|dismiss(?:es|ed|ing)?|declin(?:e|es|ed|ing)(?! to (?:comment|say|elaborate|confirm|respond|specify|be (?:named|identified)|speculate|discuss the))|turn(?:s|ed)? down|rul(?:e|es|ed) out|rebuff(?:s|ed)?|spurn(?:s|ed)?|brush(?:es|ed)? aside|unacceptable|out of the question|(?:will|would|could) not (?:accept|agree|meet|comply|give in|bow)|won['’]t (?:accept|agree|meet|comply|give in|bow)|no intention of (?:meeting|complying|accepting)|said no|overreach)\b/i;
const ACCEPTED =
  /\b(?:accept(?:s|ed|ing)?|agree(?:s|d)? to (?:the|their|its|his|her|this|these|those|all|some|most|a|an)\b|grant(?:s|ed)|concede(?:s|d)|compl(?:y|ied|ies) with|met (?:the|their|its|his|her)\s+(?:\w+\s+)?demands?|gave in|give in|caved|bow(?:s|ed)? to|acced(?:e|ed|es)|approv(?:e|ed|es)|sign(?:s|ed)? off on|heeded|released the|paid the ransom|reinstat(?:ed|es))\b/i;
const PENDING =
  /\b(?:to be (?:discussed|considered|mentioned|talked about|negotiated|reviewed)|will (?:consider|review|study|respond)|(?:is|are|was|were) (?:considering|reviewing|weighing|studying)|under (?:review|consideration)|no (?:immediate )?response|(?:did|has|have) not (?:yet )?respond(?:ed)?|yet to respond|awaiting|receptive|responsive|open to|deadline|talks (?:are|were) (?:set|scheduled|expected)|negotiations? (?:continue|are continuing|resume))\b/i;

// Words that show the next sentence is about the demand (or its addressee's answer).
const DEMAND_REFERENCE = /\b(?:demands?|requests?|calls? for|(?:those|these|the|such) (?:needs|calls|requires)|proposals?|terms|ultimatum|conditions|the (?:request|demand|call|proposal|idea|plan))\b/i;

const CONTENT_WORD = /[\p{L}]{5,}/gu;
const STOP = new Set(["that", "this", "with", "from", "have", "will", "would", "their", "there", "which", "about", "been", "were", "they", "into", "than", "over", "ever", "never", "allowed"]);

export interface StatusInput {
  /** The demand's sentence, and the text of the demanded content inside it. */
  sentence: string;
  content: string;
  /** The sentence after it, if in the same paragraph or the next. */
  next: string | null;
  /** Names and aliases of the addressees. */
  addressees: string[];
}

function cue(text: string): DemandStatus | null {
  const hits: Array<[number, DemandStatus]> = [];
  for (const [re, status] of [[REJECTED, "rejected"], [ACCEPTED, "accepted"], [PENDING, "pending"]] as const) {
    const m = re.exec(text);
    if (m) hits.push([m.index, status]);
  }
  if (!hits.length) return null;
  hits.sort((a, b) => a[0] - b[0]);
  return hits[0]![1];
}

export function demandStatus({ sentence, content, next, addressees }: StatusInput): DemandStatus {
  const at = content ? sentence.indexOf(content) : -1;
  const outside = at >= 0 ? `${sentence.slice(0, at)} … ${sentence.slice(at + content.length)}` : sentence;
  const same = cue(outside);
  if (same) return same;
  if (next) {
    const words = new Set([...content.toLowerCase().matchAll(CONTENT_WORD)].map((m) => m[0]).filter((w) => !STOP.has(w)));
    const nextLower = next.toLowerCase();
    const related =
      DEMAND_REFERENCE.test(next) ||
      addressees.some((a) => a && next.includes(a)) ||
      [...words].some((w) => nextLower.includes(w));
    if (related) {
      const c = cue(next);
      if (c) return c;
    }
  }
  return "made";
}
