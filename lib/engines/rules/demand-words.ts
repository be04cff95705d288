// Closed word classes the demand readers and the agent finders share.

export const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "this", "these", "those", "such", "any", "no", "that"]);
export type PronounKind = "person" | "thing" | "plural" | "speaker";
export const POSSESSIVE_PRONOUNS: Record<string, PronounKind> = Object.assign(Object.create(null), { its: "thing", his: "person", her: "person", their: "plural", our: "speaker", my: "speaker" });
export const SUBJECT_PRONOUNS: Record<string, PronounKind> = Object.assign(Object.create(null), { it: "thing", he: "person", she: "person", they: "plural", we: "speaker", i: "speaker" });
export const NOUN_MODIFIERS = new Set(["new", "key", "main", "latest", "renewed", "core", "central", "fresh", "initial", "original", "several", "many", "some", "other", "repeated", "growing", "security", "maximalist", "unrealistic", "impractical", "sweeping", "list", "top", "chief", "principal", "formal", "public", "written", "brand-new", "primary", "basic", "specific", "particular", "urgent", "ransom", "wage", "pay", "union", "workers'", "two", "three", "four", "five", "final"]);
export const AUX = new Set(["has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may", "might", "can", "did", "does", "do", "be", "been", "being", "also", "again", "now", "repeatedly", "publicly", "previously", "reportedly", "formally", "already", "then", "still", "further", "long", "not", "actually", "once", "recently", "originally", "first", "explicitly", "privately", "openly", "strongly", "just", "even", "only", "always", "never", "to"]);
export const NP_STOP = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "that", "which", "who", "amid", "while", "as", "after", "before", "because", "since", "despite", "during", "if", "unless", "but", "so", "when", "where", "whether", "though", "although", "according"]);
/**
 * A negation: "not", "never", "cannot", and a contracted one, which the tokenizer keeps whole ("doesn't", "won't",
 * "shouldn't"; curly apostrophes are straight in `lower`).
 */
export const isNegation = (w: string): boolean => w === "not" || w === "never" || w === "cannot" || w.endsWith("n't");
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

// Reader screens. Each reader module makes its screens with wordScreen from the very word lists its trigger is
// tested against, so a word added to a list is screened in with no second list to keep in step. Every screen owns a
// bit; each listed word maps to the bits of the screens that list it, so one Map look-up per token answers all of them.
const SCREEN_BITS = new Map<string, number>();
let screens = 0;

/** The screens a sentence's tokens pass, as bits: the argument every screen takes. */
export function sentenceWords(toks: ReadonlyArray<{ lower: string }>): number {
  let bits = 0;
  for (const t of toks) bits |= SCREEN_BITS.get(t.lower) ?? 0;
  return bits;
}

/**
 * A screen true when some token's lower-case form is in one of the lists: a Set or array of words, or a pattern
 * /^…$/ with a finite language (literal letters, (?:…|…) groups, [..] classes, "?"), whose every word is listed.
 */
export function wordScreen(...lists: Array<RegExp | Iterable<string>>): (words: number) => boolean {
  if (screens === 31) throw new Error("wordScreen: out of bits; give sentenceWords a second number");
  const bit = 1 << screens++;
  for (const list of lists) {
    for (const w of list instanceof RegExp ? wordsOf(list) : list) SCREEN_BITS.set(w, (SCREEN_BITS.get(w) ?? 0) | bit);
  }
  return (words) => (words & bit) !== 0;
}

/** Every word an anchored pattern of finite language matches; throws on any pattern it cannot list in full. */
export function wordsOf(re: RegExp): string[] {
  const src = re.source;
  if (re.flags.replace(/[gyu]/g, "") || src[0] !== "^" || src[src.length - 1] !== "$" || src[src.length - 2] === "\\") throw new Error(`wordsOf: ${re}`);
  let at = 1;
  // alternatives := sequence ("|" sequence)*; sequence := (atom "?"?)*; atom := letter | "(?:" alternatives ")" | "[" letters "]"
  const alternatives = (): string[] => {
    const out = sequence();
    while (src[at] === "|") {
      at++;
      out.push(...sequence());
    }
    return out;
  };
  const sequence = (): string[] => {
    let out = [""];
    while (at < src.length - 1 && src[at] !== "|" && src[at] !== ")") {
      let atom: string[];
      const c = src[at]!;
      if (src.startsWith("(?:", at)) {
        at += 3;
        atom = alternatives();
        if (src[at++] !== ")") throw new Error(`wordsOf: ${re}`);
      } else if (c === "[") {
        const end = src.indexOf("]", at);
        atom = [...src.slice(at + 1, end)];
        if (end < 0 || atom.some((x) => !/^[\p{L}'’ -]$/u.test(x)) || atom.includes("-")) throw new Error(`wordsOf: ${re}`);
        at = end + 1;
      } else if (/^[\p{L}\d'’ -]$/u.test(c)) {
        atom = [c];
        at++;
      } else throw new Error(`wordsOf: ${re}`);
      if (src[at] === "?") {
        at++;
        atom = ["", ...atom];
      }
      out = out.flatMap((a) => atom.map((b) => a + b));
    }
    return out;
  };
  // One sequence between the anchors: "^a|b$" anchors each side only once, and stops here at its "|".
  const words = sequence();
  if (at !== src.length - 1) throw new Error(`wordsOf: ${re}`);
  return words;
}
