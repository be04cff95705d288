// Closed word classes the demand readers and the agent finders share.

export const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "this", "these", "those", "such", "any", "no", "that"]);
export type PronounKind = "person" | "thing" | "plural" | "speaker";
export const POSSESSIVE_PRONOUNS: Record<string, PronounKind> = Object.assign(Object.create(null), { its: "thing", his: "person", her: "person", their: "plural", our: "speaker", my: "speaker" });
export const SUBJECT_PRONOUNS: Record<string, PronounKind> = Object.assign(Object.create(null), { it: "thing", he: "person", she: "person", they: "plural", we: "speaker", i: "speaker" });
export const NOUN_MODIFIERS = new Set(["new", "key", "main", "latest", "renewed", "core", "central", "fresh", "initial", "original", "several", "many", "some", "other", "repeated", "growing", "security", "maximalist", "unrealistic", "impractical", "sweeping", "list", "top", "chief", "principal", "formal", "public", "written", "brand-new", "primary", "basic", "specific", "particular", "urgent", "ransom", "wage", "pay", "union", "workers'", "two", "three", "four", "five", "final"]);
export const AUX = new Set(["has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may", "might", "can", "did", "does", "do", "be", "been", "being", "also", "again", "now", "repeatedly", "publicly", "previously", "reportedly", "formally", "already", "then", "still", "further", "long", "not", "actually", "once", "recently", "originally", "first", "explicitly", "privately", "openly", "strongly", "just", "even", "only", "always", "never", "to"]);
export const NP_STOP = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "that", "which", "who", "amid", "while", "as", "after", "before", "because", "since", "despite", "during", "if", "unless", "but", "so", "when", "where", "whether", "though", "although", "according"]);
// Verbs that report what someone said, past and present: the one list every reader asking "is this an attribution?"
// starts from, each adding only the verbs of its own question. Present forms that are also plural nouns ("states",
// "notes", "posts") are left out, since some readers match raw text.
export const SPEECH_VERBS = ["said", "says", "told", "tells", "added", "adds", "stated", "wrote", "writes", "insisted", "insists", "declared", "declares", "announced", "announces", "stressed", "argued", "argues", "contended", "contends", "maintained", "maintains", "noted", "warned", "warns", "explained", "explains", "mentioned", "tweeted", "posted"];
/** The alternation, for patterns: `\b(?:${SPEECH}|according to)\b`. */
export const SPEECH = SPEECH_VERBS.join("|");
export const SPEECH_VERB = new RegExp(`^(?:${SPEECH})$`);

/** Filing a suit: the verb ("filed", "brought") and the filing ("suit", "a complaint"). */
export const FILES = /^(?:filed|files|file|filing|launched|launches|launch|brought|brings|bring|lodged|lodges|lodge)$/;
export const SUITS = /^(?:suit|suits|lawsuit|lawsuits|complaint|complaints|petition|petitions|motion|motions|action)$/;

/** A sentence's token words, lower-cased, one space between and one at each end: the string reader screens test. */
export const sentenceWords = (toks: ReadonlyArray<{ lower: string }>): string => ` ${toks.map((t) => t.lower).join(" ")} `;

/**
 * A reader's screen, made from the word lists its trigger is tested against (a Set or array of words, or an anchored
 * pattern /^…$/ a token's lower-case form must match): false only when no token of the sentence is in any of them.
 * Sound by construction: a token t matching /^P$/ puts " t " into sentenceWords, where / (?:P) / finds it; so a
 * word added to a list is screened in with no second list to keep in step.
 */
export function wordScreen(...lists: Array<RegExp | Iterable<string>>): (words: string) => boolean {
  const parts = lists.map((list) => {
    if (!(list instanceof RegExp)) return { source: [...list].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), flags: "" };
    if (!/^\^[^]*[^\\]\$$/.test(list.source) || topLevelBar(list.source)) throw new Error(`wordScreen: not an anchored word pattern: ${list}`);
    return { source: list.source.slice(1, -1), flags: list.flags.replace(/[gy]/g, "") };
  });
  // One pattern per flag set, so that each list keeps its own case and Unicode rules.
  const res = [...new Set(parts.map((p) => p.flags))].map((flags) => new RegExp(` (?:${parts.filter((p) => p.flags === flags).map((p) => `(?:${p.source})`).join("|")}) `, flags));
  return res.length === 1 ? (words) => res[0]!.test(words) : (words) => res.some((re) => re.test(words));
}

/** Whether a pattern has an alternation outside all groups ("^a|b$" anchors each side only once). */
function topLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}
