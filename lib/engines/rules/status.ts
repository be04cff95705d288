// A demand's status from cues around it: in the demand's own sentence (outside the demanded content)
// or in the next sentence when that sentence is about the same demand.
import { memoize } from "./memo.ts";
import { npHead } from "./demand-checks.ts";
import type { DemandStatus } from "../../schema/summary.ts";

const REJECTED =
  /\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|non-?starters?|dismiss(?:es|ed|ing)?|declin(?:e|es|ed|ing)(?! to (?:comment|say|elaborate|confirm|respond|specify|be (?:named|identified)|speculate|discuss the))(?=\s+(?:to|the|a|an|its|his|her|their|this|that|these|those|such|any|all|him|them|it)\b)|declin(?:es|ed)(?=\s*[.;]|\s*$)|turn(?:s|ed)? down|(?<!\bnot |n['’]t )rul(?:e|es|ed) out|dominated out|rebuff(?:s|ed)?|spurn(?:s|ed)?|brush(?:es|ed)? aside|unacceptable|out of the question|(?:will|would|could|did|does|do|has|have|had) not (?:accept|agree|meet|comply|give in|bow|grant|approve)|won['’]t (?:accept|agree|meet|comply|give in|bow)|no intention of (?:meeting|complying|accepting)|said no|overreach|(?:have|has|had|were|was) not been met|(?:will|would|did) not (?:step down|resign|quit|back down|budge|pay|negotiate))\b/i;
// Negated ("did not accept", "never agreed to"), an acceptance is none: the refusal pattern reads it instead.
const ACCEPTED =
  /(?<!\b(?:not|never|n['’]t|no longer|refused to|declined to|won['’]t)\s+)\b(?:accept(?:s|ed|ing)?|agree(?:s|d)? to\b|grant(?:s|ed)|concede(?:s|d)|compl(?:y|ied|ies) with|met (?:the|their|its|his|her)\s+(?:\w+\s+)?demands?|gave in|give in|caved|bow(?:s|ed)? to|acced(?:e|ed|es)|approv(?:e|ed|es)|sign(?:s|ed)? off on|heeded|released the|paid the ransom|reinstat(?:ed|es))\b/i;
const PENDING =
  /\b(?:to be (?:discussed|considered|mentioned|talked about|negotiated|reviewed)|(?:will|would) (?:consider|review|study|respond|look at)|(?:is|are|was|were) (?:considering|reviewing|weighing|studying)|deferr?(?:ed|s)?|postpon(?:ed|es)|(?:is|are|was|were) scheduled|(?:would|will) (?:weigh|decide|rule)|nothing has been decided|no decision|under (?:review|consideration)|no (?:immediate )?response|(?:did|has|have) not (?:yet )?respond(?:ed)?|yet to respond|awaiting|receptive|responsive|open to|deadline|talks (?:are|were) (?:set|scheduled|expected)|negotiations? (?:continue|are continuing|resume))\b/i;

// Words that show the next sentence is about the demand (or its addressee's answer).
const DEMAND_REFERENCE = /\b(?:demands?|requests?|calls? for|(?:those|these|the|such) (?:needs|calls|requires)|proposals?|terms|ultimatum|conditions|the (?:request|demand|call|proposal|idea|plan))\b/i;

const CONTENT_WORD = /[\p{L}]{5,}/gu;
// The same for text of Latin letters, punctuation and symbols (most articles), with no Unicode property class,
// which V8 runs about twice as fast: exactly the letters \p{L} holds below U+0250.
const CONTENT_WORD_LATIN = /[A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]{5,}/g;
const NOT_LATIN = /[^\u0000-\u024F\u2000-\u206F\u20AC]/;
const STOP = new Set(["that", "this", "with", "from", "have", "will", "would", "their", "there", "which", "about", "been", "were", "they", "into", "than", "over", "ever", "never", "allowed"]);

export interface StatusInput {
  /** The demand's sentence, and the text of the demanded content inside it. */
  sentence: string;
  content: string;
  /** The sentence after it, if in the same paragraph or the next. */
  next: string | null;
  /** Up to six sentences after it and three before it (nearest first), same or neighbouring paragraphs. */
  later?: string[];
  earlier?: string[];
  /** Names and aliases of the addressees, and of every actor other than the demander and addressees. */
  addressees: string[];
  others?: () => string[];
  /** Whether a (lower-case) word is part of the name of an actor other than the demander. */
  inOtherName: (word: string) => boolean;
  /** Whether a sentence states a demand of its own (its cues are about that one). */
  isDemandSentence?: (sentence: string) => boolean;
}

// A cue in a condition is no answer: "… ready to tighten sanctions if Moscow refused".
const CONDITIONAL = /\b(?:if|unless|whether|should)\s+(?:\S+\s+){0,5}$/i;

const CUES = [
  [new RegExp(REJECTED.source, "gi"), "rejected"],
  [new RegExp(ACCEPTED.source, "gi"), "accepted"],
  [new RegExp(PENDING.source, "gi"), "pending"],
] as const;

// Each nearby sentence is read for the demands around it: its answers are remembered (by limit and text).
const cueOf = memoize((key: string) => {
  const cut = key.indexOf("\u0000");
  return findCue(key.slice(cut + 1), cut < 0 ? Infinity : Number(key.slice(0, cut)));
}, 2000);
const cue = (text: string, within = Infinity): DemandStatus | null => cueOf(within === Infinity ? text : `${within}\u0000${text}`);

function cueHits(text: string, within: number): Array<[number, DemandStatus]> {
  const hits: Array<[number, DemandStatus]> = [];
  for (const [g, status] of CUES) {
    for (const m of text.matchAll(g)) {
      if (m.index! > within) break;
      if (CONDITIONAL.test(text.slice(Math.max(0, m.index! - 30), m.index))) continue;
      hits.push([m.index!, status]);
    }
  }
  return hits.sort((a, b) => a[0] - b[0]);
}

function findCue(text: string, within: number): DemandStatus | null {
  return cueHits(text, within)[0]?.[1] ?? null;
}

/**
 * With several answers in one sentence ("agreed to suspend work … but rejected the call for an inquiry"),
 * the one just before the demand's own words.
 */
function cueNear(text: string, words: Set<string>): DemandStatus | null {
  const hits = cueHits(text, Infinity);
  if (hits.length < 2) return hits[0]?.[1] ?? null;
  const lower = text.toLowerCase();
  let best: [number, DemandStatus] | null = null;
  for (const w of words) {
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      const before = hits.filter(([i]) => i < at).pop();
      if (before && (!best || at - before[0] < best[0])) best = [at - before[0], before[1]];
    }
  }
  return best?.[1] ?? hits[0]![1];
}

function contentWords(s: string): Set<string> {
  const out = new Set<string>();
  const lower = s.toLowerCase();
  const re = NOT_LATIN.test(lower) ? CONTENT_WORD : CONTENT_WORD_LATIN;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) if (!STOP.has(m[0])) out.add(m[0]);
  return out;
}
// The later sentences are lower-cased for every demand near them: once per sentence is enough.
const lowerOf = memoize((s: string) => s.toLowerCase(), 2000);
const LETTER = /[\p{L}\p{N}]/u;
// The character next to a name is mostly ASCII: decided without the regex there.
function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(ch);
}
/** Whether `text` names any of `names` as whole words (case-sensitive; a leading "the" is ignored). */
function mentionsAny(text: string, names: string[]): boolean {
  for (const raw of names) {
    const n = raw.startsWith("the ") ? raw.slice(4) : raw;
    if (n.length < 2) continue;
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
      if (!isLetter(text[at - 1]) && !isLetter(text[at + n.length])) return true;
    }
  }
  return false;
}
// An answer naming the demand: "rejected the proposal", "deferred that question", "refused to negotiate".
// Not "offer": "accepted the offer" answers a bidder's proposal, not a demand made of the one who accepts.
const ANSWER_NOUN = /\b(?:demands?|requests?|calls?|proposals?|terms|ultimatum|conditions|order|ruling|question|issue|matter|idea|plan|appeal)\b/gi;
const ANSWER_DETERMINER = /(?:\b(?:a|an|the|that|this|their|its|his|her|those|these|such)|\S['’]s)\s+(?:\S+\s+)?$/i;
const ANSWER_REFUSAL = /\b(?:refus\w*|declin\w*|agreed|offered) to (?:negotiate|pay|meet|comply|release|accept|discuss|give|grant|hand over|talk)\b/i;
// Each later sentence is asked these questions once per demand near it: remember the answers.
const answersDemand = memoize((s: string) => ANSWER_REFUSAL.test(s) || namesDemand(s), 2000);
/** "rejected the proposal", "deferred that question": the answer names the demand. */
const namesDemand = memoize((s: string) => {
  for (const m of s.matchAll(ANSWER_NOUN)) {
    if (ANSWER_DETERMINER.test(s.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
}, 2000);

const REFUSE_TO_DEAL = /\b(?:refus\w*|declin\w*) to (?:negotiate|talk|discuss|comply|accept|meet with)\b/i;
const NEGATIVE_ANSWER = /\b(?:will|would|did|does|do|could|can) not\b|\b(?:won['’]t|can['’]t|refus\w* to|declin\w* to)\b/i;
const ANSWER_VERB = /\b(?:refus\w*|declin\w*|agree[sd]?) to\b|\b(?:will|would|did|does|do) not\b|\bwon['’]t\b/i;

const DEMANDER_GOES_ON = /^[^,;]{0,40}?,?\s+and\s+(?:also\s+)?(?:said|says|added|warned|noted|stressed|vowed|threatened|insisted)\b.*$/is;
const DESCRIBING_RELATIVE = /,\s+(?:which|who)\b[^,;]*,/gi;
// An earlier event told in a clause of time ("a day after the board rejected a proposal from Ardent") happened before
// the demand, so it cannot be the answer to it.
const EARLIER_EVENT = /\b(?:(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+)?(?:after|since)\s+[^,;]*/gi;
// A refusal held until a condition is met ("would not negotiate until Israel withdraws", "won't accept any offer unless
// …") is the demander's own way of asking, or a threat: no answer.
const HELD_UNTIL = /\b(?:will|would|shall|won['’]t|wouldn['’]t)\s+[^,;.]{0,60}?\b(?:until|unless|till)\b/gi;
const QUOTED = /[“"][^”"]*[”"]/g;
const unquoted = (s: string) => s.replace(QUOTED, " ");

export function demandStatus(input: StatusInput): DemandStatus {
  const { sentence, content, next, addressees } = input;
  const at = content ? sentence.indexOf(content) : -1;
  // A relative clause set off by commas describes an actor ("The IMF, which approved a rescue package in July, is
  // pressing …"): its verbs answer nothing.
  // After the content, "and said it would not …" goes on with the demander's own words, which answer nothing.
  const after = at >= 0 ? sentence.slice(at + content.length).replace(DEMANDER_GOES_ON, "") : "";
  const outside = (at >= 0 ? `${sentence.slice(0, at)} … ${after}` : sentence).replace(DESCRIBING_RELATIVE, ",").replace(EARLIER_EVENT, " ").replace(HELD_UNTIL, " ");
  // A pending cue in the demand's own sentence ("In its latest deadline, …") says the answer is awaited;
  // an answer reported after it ("have refused to sign") still decides.
  const same = cue(outside);
  if (same && same !== "pending") return same;
  // Words of a name ("ferry" in "the ferry Marisol" and in "Elmwick Ferry Company") do not tie a sentence to the demand.
  const words = new Set([...contentWords(content)].filter((w) => !input.inOtherName(w)));
  const wordList = [...words];
  const demandHead = npHead(content);
  // A content of one word ties a sentence to the demand only when it is the demanded thing ("approved six visas"):
  // the one incidental word of "hand the boat over to its owner" ties nothing.
  const sharesContent = (s: string, need: number) => (wordList.length >= 2 ? overlaps(s, need) : !!demandHead && lowerOf(s).includes(demandHead));
  const overlaps = (s: string, need = 1) => {
    if (!wordList.length) return false;
    const lower = lowerOf(s);
    let n = 0;
    for (const w of wordList) if (lower.includes(w) && ++n >= Math.min(need, wordList.length)) return true;
    return false;
  };
  if (next && !input.isDemandSentence?.(next)) {
    // The addressee named only inside another speaker's quotation ("… any NATO activity … is an overreach," an analyst
    // wrote) does not make the sentence the addressee's answer.
    const related = DEMAND_REFERENCE.test(next) || mentionsAny(unquoted(next), addressees) || sharesContent(next, 1);
    if (related) {
      const c = cue(next);
      if (c) return c;
    }
  }
  // Later in the story: the addressee answering ("Manila rejected the demand"), the content coming back
  // ("the hospital agreed to the staffing ratios"), or another actor answering the demand by name.
  const others = input.others ?? (() => []);
  for (const s of (input.later ?? []).slice(next ? 1 : 0)) {
    if (input.isDemandSentence?.(s)) continue;
    const head = s.slice(0, 80);
    // The addressee answering: about the demand itself, its content, or in so many words ("would not step down").
    const byAddressee =
      addressees.length > 0 && mentionsAny(head, addressees) && (answersDemand(s) || overlaps(s) || ANSWER_VERB.test(s));
    const byContent = answersDemand(s) ? overlaps(s, 1) : sharesContent(s, 2);
    // Another actor answers by naming the demand ("rejected the request") or by refusing to deal at all
    // ("refused to negotiate"); its refusal of a particular act ("refused to pay the fees") is about another demand.
    const byOther = !byAddressee && !byContent && (namesDemand(s) || REFUSE_TO_DEAL.test(s)) && mentionsAny(head, others());
    if (!byAddressee && !byContent && !byOther) continue;
    // "Norway would not halt exploration": the addressee saying no to the demand's own content.
    if (byAddressee && overlaps(s) && NEGATIVE_ANSWER.test(s)) return "rejected";
    const c = byContent ? cueNear(s, words) : cue(s, byOther && !byAddressee ? 80 : Infinity);
    if (c) return c;
  }
  // Or earlier, when the story leads with the answer: "The Kremlin rejected a call by European leaders …".
  for (const s of input.earlier ?? []) {
    if (addressees.length && mentionsAny(s.slice(0, 80), addressees) && answersDemand(s)) {
      const c = cue(s);
      if (c === "rejected" || c === "accepted") return c;
    }
  }
  return same ?? "made";
}
