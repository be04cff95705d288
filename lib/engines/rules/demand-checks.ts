// Checks on a found demand before it is listed: shapes that a trigger word matches but an editor would not call
// a demand of anyone (issue 11, "listed demands that are right"). Each looks only at the words before the content
// in its sentence (`lead`) and the content itself, so it applies whichever reader found the demand.
import { GROUP_NOUNS, ORG_WORDS, ROLE_NOUNS } from "./gazetteer.ts";
import { isRoleNoun, isVerbForm } from "./lexicon.ts";

// "A Kellogg officer, who asked not to be named, said …": a source's condition for speaking, not a demand.
const ANONYMITY = /^(?:not to be (?:named|identified|quoted)|anonymity)\b/i;

// "on the FBI's most wanted list", "a wanted poster": "wanted" as an adjective.
const WANTED_ADJECTIVE = /\bmost[- ]wanted\s*$/i;
const WANTED_THING = /^(?:lists?|posters?|notices?|fugitives?|m[ae]n)\b/i;

// "Ford could turn up the heat by … urging holders to …", "might be receptive to any request by Egan for …":
// a demand someone could make is not one made. Only the clause holding the trigger counts ("…, it said it could").
const MAYBE = /\b(?:could|might)\b/i;
const ANY_REQUEST = /\bany\s+(?:\w+\s+)?(?:requests?|demands?|calls?|appeals?|pleas?)\s+(?:by|from)\b/i;
// "the same way we would want someone to protect us": a comparison, not a demand.
const COMPARISON = /\b(?:the same way|just as|as if|as though)\s+(?:\S+\s+){0,4}would\b/i;

// "wanted his works to flow from characters …", "want our membership of NATO to serve as a catalyst": a wish about
// a thing, not a demand of someone; "want the court to act", "want the law to be repealed" stay demands.
const WISH = /\b(?:want|wants|wanted|wanting|wish|wishes|wished)\s+(?:his|her|its|their|our|my|the|this|that)\s+([\p{L}'’-]+)(?:\s+of\s+[^,;]+?)?\s+to\s+(\p{Ll}+)/u;
const ACTING_NOUNS = new Set(
  `government governments authorities authority officials leaders leadership people public world country countries
   nation nations city state states court courts judge company companies firm board council committee west allies
   members voters community communities family families crowd party parties side team administration regime army
   police military boy girl child children kids son sons daughter daughters man men woman women baby agency
   ministry department bank banks union management employer employers owners lawmakers congress parliament
   legislature senate house everyone someone somebody anyone anybody others ones`
    .split(/\s+/)
    .filter(Boolean),
);
const ORG_NOUNS = new Set([...ORG_WORDS].map((w) => w.toLowerCase()));
const actingNoun = (w: string) =>
  /^\p{Lu}/u.test(w) || ACTING_NOUNS.has(w) || GROUP_NOUNS.has(w) || ROLE_NOUNS.has(w) || ORG_NOUNS.has(w) || isRoleNoun(w) || /(?:er|or|ist|ian)s?$/.test(w);

// "information about requests for asylum", "amid calls for his resignation": a plural noun after a preposition,
// with no owner named, says nobody in particular asked; the sentence's speaker only reports it.
const UNOWNED_NOUN = /\b(?:about|of|on|over|regarding|amid|despite|to|after|following)\s+(?:(?:new|more|further|repeated|growing|renewed|fresh|mounting|widespread)\s+)?(?:requests|demands|calls|appeals|pleas)\s+(?:for\s+)?$/i;

// "something that Jaguar doesn't want over the next 14 months": a time phrase alone is no content.
const TIME_ONLY = /^(?:over|during|within|for|in|until) the (?:next|past|last|coming|following)\b[^,;]*$/i;

const PRONOUN_SUBJECTS = ["he", "she", "it", "they", "we", "i"];
/** Whether `text` ends on `name` as a whole word, or on its possessive ("Reno's"). Both lower-case. */
function endsOnName(text: string, name: string): boolean {
  const bare = /['’]s$/.test(text) ? text.slice(0, -2) : null;
  return [text, bare].some((t) => t !== null && t.endsWith(name) && (t.length === name.length || !/\p{L}/u.test(t[t.length - name.length - 1]!)));
}
/**
 * Whether the demander (one of `names`, or a pronoun) is the subject of "could"/"might" in the clause: the name,
 * then at most two words, just before the modal. Plain string tests, so no pattern is built per call.
 */
function demanderMaybe(clause: string, names: string[]): boolean {
  const m = MAYBE.exec(clause);
  if (!m) return false;
  const subjects = [...names.filter((n) => n.length > 1).map((n) => n.toLowerCase()), ...PRONOUN_SUBJECTS];
  let rest = clause.slice(Math.max(0, m.index - 60), m.index).toLowerCase();
  for (let words = 0; words <= 2; words++) {
    const space = /\s+$/.exec(rest);
    if (!space) return false;
    const head = rest.slice(0, space.index);
    if (subjects.some((s) => endsOnName(head, s))) return true;
    const word = /\S+$/.exec(head);
    if (!word) return false;
    rest = head.slice(0, word.index);
  }
  return false;
}

/** Why a found demand is not one, or null when it stands. `names`: the demander's name and the forms it is written in. */
export function notADemand(lead: string, content: string, names: string[] = []): string | null {
  const what = content.trim();
  if (ANONYMITY.test(what)) return "anonymity";
  if (WANTED_ADJECTIVE.test(lead) || (/\bwanted\s*$/i.test(lead) && WANTED_THING.test(what))) return "wanted as an adjective";
  const clause = lead.split(/[,;:]\s|\s[—–]\s|\s--?\s|\s_\s/).pop() ?? lead;
  if (demanderMaybe(clause, names) || ANY_REQUEST.test(clause) || COMPARISON.test(clause)) return "hypothetical";
  const wish = WISH.exec(`${clause.slice(-80)} ${what}`);
  if (wish && wish[2] !== "be" && !actingNoun(wish[1]!.toLowerCase()) && !/^\p{Lu}/u.test(wish[1]!)) return "wish about a thing";
  if (TIME_ONLY.test(what)) return "time phrase only";
  if (UNOWNED_NOUN.test(lead)) return "nobody's request";
  return null;
}

const NP_PREPOSITION = /\s(?:from|of|for|to|on|in|with|by|at|against|over|about|that|which|and|or)\s/i;
/**
 * The head noun of a short noun-phrase demand ("new guarantees from the U.S. and NATO" → "guarantee"), else null:
 * one demander's "its calls for security guarantees" and "its demands for new guarantees" are one demand.
 */
export function npHead(content: string): string | null {
  const chunk = content.trim().split(NP_PREPOSITION)[0]!.replace(/[^\p{L}\s'’-]/gu, " ").trim();
  const words = chunk.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 4 || content.split(/\s+/).length > 12) return null;
  if (words.some((w, i) => (i > 0 && /^(?:the|a|an|its|his|her|their|our)$/i.test(w)) || /ing$/.test(w))) return null;
  if (isVerbForm(words[0]!.toLowerCase()) && words.length > 1) return null;
  const head = words[words.length - 1]!.toLowerCase().replace(/['’]s?$/, "");
  if (head.length < 4 || /^\p{Lu}/u.test(words[words.length - 1]!)) return null;
  return head.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
}

// Content cut too wide, trimmed where an editor would cut it:
// "pressed anew for a trial …" (an adverb before "for"), "after the meeting she thought Elian should stay" (the
// speaker's own framing before the demanded clause), "to buy the shares but doesn't own any yet" (the main clause
// going on after "but").
const ADVERB_FOR = /^(?:anew|again|hard|harder|further|strongly|publicly|privately|repeatedly|instead)\s+for\s+/i;
const FRAMING = /^(?:[^,;]*?\s)?(?:he|she|they|we|I)\s+(?:thought|thinks|believed|believes|felt|feels)\s+(?:that\s+)?(?=\S.*\b(?:should|must|ought to|has to|have to)\b)/;
const BUT_MAIN = /\s+but\s+(?:(?:does|do|did|has|have|had|is|are|was|were|will|would|can|could)(?:\s+not|n['’]t)?|doesn['’]t|don['’]t|didn['’]t|won['’]t)\b.*$/i;
export function trimContent(what: string): string {
  const out = what.replace(ADVERB_FOR, "").replace(FRAMING, "").replace(BUT_MAIN, "");
  return out.split(/\s+/).length >= 2 ? out : what;
}
