// Word classes from compromise's built-in lexicon (≈25,000 entries shipped inside the npm package).
// Only the lexicon is used — compromise's full parse costs ~100 ms per 1,000 words, far over the
// engine's budget — so this is a plain dictionary look-up: first names, common words, places, verbs.
import { memoize } from "./memo.ts";
import nlp from "compromise/two";

type Tags = string | string[];
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;

const NO_TAGS: string[] = [];
const tagsOf = (word: string): string[] => {
  const key = word.toLowerCase().replace(/’/g, "'");
  const t = Object.hasOwn(LEXICON, key) ? LEXICON[key] : undefined;
  return t === undefined ? NO_TAGS : Array.isArray(t) ? t : [t];
};

const has = (word: string, set: ReadonlySet<string>) => tagsOf(word).some((t) => set.has(t));

const FIRST_NAME = new Set(["MaleName", "FemaleName", "FirstName"]);
const NAME = new Set(["MaleName", "FemaleName", "FirstName", "LastName", "Person"]);
const PLACE = new Set(["City", "Region", "Country", "Place"]);
const VERB = new Set(["PastTense", "PresentTense", "Infinitive", "Gerund", "Participle", "PhrasalVerb", "Verb", "Copula", "Modal"]);
const COMMON = new Set([
  "Adjective", "Noun", "Singular", "Plural", "Uncountable", "PastTense", "PresentTense", "Infinitive", "Gerund",
  "Participle", "PhrasalVerb", "Verb", "Adverb", "Preposition", "Conjunction", "Determiner", "Pronoun", "Copula",
  "Modal", "Comparative", "Superlative", "Expression", "Negative", "QuestionWord", "Actor", "TextValue", "Ordinal",
  "Cardinal", "Possessive", "Reflexive", "Condition", "Value", "Duration", "Unit",
]);

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
export const isFirstName = memoize((word: string): boolean => MORE_FIRST_NAMES.has(word.toLowerCase()) || has(word, FIRST_NAME));
/** A word the lexicon knows as part of a person's name. */
export const isNameWord = memoize((word: string): boolean => MORE_FIRST_NAMES.has(word.toLowerCase()) || has(word, NAME));
/** A known city, region or country name ("Geneva", "Delaware", "Crimea"). */
export const isPlaceName = memoize((word: string): boolean => has(word, PLACE));
/** A company or body the lexicon knows by one word ("Toyota", "Netflix"). */
export const isOrganizationName = memoize((word: string): boolean => tagsOf(word).includes("Organization"));
// Regular inflections the lexicon does not list ("marched", "packed", "resupplying").
const unknownInflected = (word: string, re: RegExp) => tagsOf(word).length === 0 && re.test(word);
/** A word the lexicon knows as a verb form, or an unknown word inflected like one. */
export const isVerbForm = memoize((word: string): boolean => has(word, VERB) || unknownInflected(word, /^\p{Ll}{2,}(?:ed|ing)$/u));
export const isPastTense = memoize((word: string): boolean =>
  tagsOf(word).some((t) => t === "PastTense" || t === "Participle") || unknownInflected(word, /^\p{Ll}{2,}ed$/u));
export const isAdjective = memoize((word: string): boolean => tagsOf(word).includes("Adjective"));
/** A verb's bare form that can open a command ("stop", "free", "give"), not a past form or a noun only. */
export const isImperative = memoize((word: string): boolean =>
  COMMAND_VERBS.has(word) || tagsOf(word).includes("Infinitive") || tagsOf(word).includes("PhrasalVerb"));
// Bare verbs the lexicon lists only as nouns or adjectives, common at the head of a slogan ("Stop the war").
const COMMAND_VERBS = new Set(["stop", "end", "free", "return", "halt", "cancel", "respect", "protect", "defend", "fund", "reopen", "close", "ban", "scrap"]);
/** An "-ly" word that is an adverb ("publicly"), not a noun like "rally", "ally" or "assembly". */
export const isLyAdverb = memoize((word: string): boolean => /ly$/.test(word) && (tagsOf(word).includes("Adverb") || tagsOf(word).length === 0));
/** "European", "Ukrainian": a demonym, never a name on its own. */
export const isDemonym = memoize((word: string): boolean => tagsOf(word).includes("Demonym"));
/** A role noun the lexicon lists ("president", "spokesperson", "activist"). */
export const isRoleNoun = memoize((word: string): boolean => tagsOf(word).includes("Actor"));

/**
 * An ordinary English word rather than a name: in the lexicon as something other than a name or place, or
 * shaped like one (-ly, -ing, -tion …). `Secret` and `Key` at a sentence start are common words; `Peskov` is not.
 */
export const isCommonWord = memoize(function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.some((t) => NAME.has(t) || PLACE.has(t))) return false;
  if (tags.some((t) => COMMON.has(t))) return true;
  // "-ing" is a common word's ending only on a known verb ("Marching", "Hoping"), not on "Jinping" or "Xiaoping".
  const ing = /^(\p{L}{2,}?)(\p{L})?\2?ing$/iu.exec(word);
  if (ing) {
    const stem = word.slice(0, -3).toLowerCase();
    return [stem, `${stem}e`, stem.slice(0, -1)].some((v) => tagsOf(v).some((t) => VERB.has(t)));
  }
  return /^[\p{L}]{3,}(?:ly|tion|tions|ment|ments|ness|ity|ies|ous|ive|able|ible|ful|less|ward|wards)$/iu.test(word);
});
