// Word classes from compromise's built-in lexicon (≈25,000 entries), baked at build time into
// lexicon-data.ts (`npm run lexicon`): compromise itself unpacks its lexicon on first import, which cost
// a cold Lambda about 350 ms, and is not loaded at run time. Only the lexicon is used — compromise's
// full parse costs ~100 ms per 1,000 words, far over the engine's budget — so this is a plain dictionary
// look-up: first names, common words, places, verbs.
import { memoize } from "./memo.ts";
import { CLASS, WORDS } from "./lexicon-data.ts";

/**
 * The word's classes (CLASS bits), or undefined for a word the lexicon does not know. A binary search in
 * the sorted lines of WORDS ("<mask> <word>"), in place: building a Map of 25,000 words instead cost a
 * cold start more (tens of ms, run once in the interpreter) than the searches of a whole article.
 */
export const classesOf = memoize((word: string): number | undefined => {
  const key = word.toLowerCase().replace(/’/g, "'");
  // lo and hi are always the starts of lines (or the end of WORDS).
  let lo = 0;
  let hi = WORDS.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = WORDS.lastIndexOf("\n", mid - 1) + 1;
    const space = WORDS.indexOf(" ", start);
    let end = WORDS.indexOf("\n", space);
    if (end < 0) end = WORDS.length;
    const w = WORDS.slice(space + 1, end);
    if (w === key) return parseInt(WORDS.slice(start, space), 36);
    if (w < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
});
const known = (word: string) => classesOf(word) !== undefined;
const is = (word: string, classes: number) => ((classesOf(word) ?? 0) & classes) !== 0;

// Extra first names common in news copy that the lexicon lacks (Slavic, Arabic, East Asian, African …).
const MORE_FIRST_NAMES = new Set(
  `oleksiy oleksii oleksandr volodymyr dmytro dmitry dmitri sergei sergey vladimir yuri yury andriy mykhailo mykola
   vitali vitaliy vitaly kyrylo petro taras arseniy alexei aleksei alexey nikolai mikhail ivan igor oleg boris ramzan
   yevgeny yevgeniy yulia yuliya iryna olena anastasia svetlana tatiana natalia maria ekaterina sergiy
   emmanuel olaf rishi keir jacinta narendra recep tayyip xi li wang zhang liu chen yang kim moon yoon shinzo fumio
   jair luiz inacio andres manuel nicolas benjamin naftali yair ebrahim hassan ali mohammed muhammad mohammad ahmed
   abdel abdul fatima omar khalid tamim salman mahmoud ismail volker ursula charles ned antony lloyd jake
   kamala mikheil giorgi nikol ilham kassym shavkat emomali alexander aleksandr ilya jens mark mette jonas sanna
   olusegun bola muhammadu uhuru william cyril abiy paul yoweri jacob thabo nelson joko ferdinand rodrigo gloria
   jiang hu deng tsai lai ying wen shehbaz imran nawaz asif mahinda gotabaya ranil ashraf jose pedro
   gustavo gabriel javier sergio mauricio enrique`
    .split(/\s+/)
    .filter(Boolean),
);

/** A word the lexicon knows as a given name ("Steven", "Ned", "Dmitry"). */
export const isFirstName = memoize((word: string): boolean => MORE_FIRST_NAMES.has(word.toLowerCase()) || is(word, CLASS.firstName));
/** A word the lexicon knows as part of a person's name. */
export const isNameWord = memoize((word: string): boolean => MORE_FIRST_NAMES.has(word.toLowerCase()) || is(word, CLASS.name));
/** A known city, region or country name ("Geneva", "Delaware", "Crimea"). */
export const isPlaceName = memoize((word: string): boolean => is(word, CLASS.place));
/** A company or body the lexicon knows by one word ("Toyota", "Netflix"). */
export const isOrganizationName = memoize((word: string): boolean => is(word, CLASS.organization));
// Regular inflections the lexicon does not list ("marched", "packed", "resupplying").
const unknownInflected = (word: string, re: RegExp) => !known(word) && re.test(word);
/** A word the lexicon knows as a verb form, or an unknown word inflected like one. */
export const isVerbForm = memoize((word: string): boolean => is(word, CLASS.verb) || unknownInflected(word, /^\p{Ll}{2,}(?:ed|ing)$/u));
export const isPastTense = memoize((word: string): boolean =>
  is(word, CLASS.pastForm) || unknownInflected(word, /^\p{Ll}{2,}ed$/u));
export const isAdjective = memoize((word: string): boolean => is(word, CLASS.adjective));
/** An adjective the lexicon lacks, by its ending: "environmental", "electoral", "Legislative". */
export const hasAdjectiveEnding = (word: string): boolean => /^\p{L}\p{Ll}{3,}(?:al|ic|ive|ous|ful|ary)$/u.test(word);
/** A verb's bare form that can open a command ("stop", "free", "give"), not a past form or a noun only. */
export const isImperative = memoize((word: string): boolean =>
  COMMAND_VERBS.has(word) || is(word, CLASS.bareVerb));
// Bare verbs the lexicon lacks or lists only as adjectives, common at the head of a slogan or advice ("Free Ana Ruiz").
const COMMAND_VERBS = new Set(["free", "halt", "defend", "reopen", "close", "scrap", "apologize", "apologise", "notify"]);
/** An "-ly" word that is an adverb ("publicly"), not a noun like "rally", "ally" or "assembly". */
export const isLyAdverb = memoize((word: string): boolean => /ly$/.test(word) && (is(word, CLASS.adverb) || !known(word)));
/** "European", "Ukrainian": a demonym, never a name on its own. */
export const isDemonym = memoize((word: string): boolean => is(word, CLASS.demonym));
/** A role noun the lexicon lists ("president", "spokesperson", "activist"). */
export const isRoleNoun = memoize((word: string): boolean => is(word, CLASS.roleNoun));

/**
 * An ordinary English word rather than a name: in the lexicon as something other than a name or place, or
 * shaped like one (-ly, -ing, -tion …). `Secret` and `Key` at a sentence start are common words; `Peskov` is not.
 */
export const isCommonWord = memoize(function isCommonWord(word: string): boolean {
  if (is(word, CLASS.name | CLASS.place)) return false;
  if (is(word, CLASS.common)) return true;
  // "-ing" is a common word's ending only on a known verb ("Marching", "Hoping"), not on "Jinping" or "Xiaoping".
  const ing = /^(\p{L}{2,}?)(\p{L})?\2?ing$/iu.exec(word);
  if (ing) {
    const stem = word.slice(0, -3).toLowerCase();
    return [stem, `${stem}e`, stem.slice(0, -1)].some((v) => is(v, CLASS.verb));
  }
  return /^[\p{L}]{3,}(?:ly|tion|tions|ment|ments|ness|ity|ies|ous|ive|able|ible|ful|less|ward|wards)$/iu.test(word);
});
