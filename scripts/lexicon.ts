// Writes lib/engines/rules/lexicon-data.ts: the word classes the rules engine asks about, baked from
// compromise's lexicon at build time. compromise unpacks its lexicon when it is first imported (about
// 350 ms of CPU, most of a cold Lambda's first invocation); the generated module is a plain table, and
// compromise is needed only here and in the tests that check the table (a devDependency).
//   npm run lexicon        (re-run after upgrading compromise or changing CLASSES; a test fails when stale)
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Each class the engine asks about, as the compromise tags that put a word in it; one bit each, in this order. */
export const CLASSES = {
  firstName: ["MaleName", "FemaleName", "FirstName"],
  name: ["MaleName", "FemaleName", "FirstName", "LastName", "Person"],
  place: ["City", "Region", "Country", "Place"],
  verb: ["PastTense", "PresentTense", "Infinitive", "Gerund", "Participle", "PhrasalVerb", "Verb", "Copula", "Modal"],
  // Tags of ordinary words (a word with a name or place tag is never common: lexicon.ts isCommonWord).
  common: [
    "Adjective", "Noun", "Singular", "Plural", "Uncountable", "PastTense", "PresentTense", "Infinitive", "Gerund",
    "Participle", "PhrasalVerb", "Verb", "Adverb", "Preposition", "Conjunction", "Determiner", "Pronoun", "Copula",
    "Modal", "Comparative", "Superlative", "Expression", "Negative", "QuestionWord", "Actor", "TextValue", "Ordinal",
    "Cardinal", "Possessive", "Reflexive", "Condition", "Value", "Duration", "Unit",
  ],
  organization: ["Organization"],
  pastForm: ["PastTense", "Participle"],
  adjective: ["Adjective"],
  bareVerb: ["Infinitive", "PhrasalVerb", "SwitchVerb"],
  adverb: ["Adverb"],
  demonym: ["Demonym"],
  roleNoun: ["Actor"],
} as const satisfies Record<string, readonly string[]>;

export type LexiconClass = keyof typeof CLASSES;

/** The bit mask of a word's compromise tags. */
export function classMask(tags: readonly string[]): number {
  let mask = 0;
  Object.values(CLASSES).forEach((set, bit) => {
    if (tags.some((t) => (set as readonly string[]).includes(t))) mask |= 1 << bit;
  });
  return mask;
}

// compromise lists a verb's bare form and a few inflections, and makes the rest while it parses, which the engine
// never does. A past form it also lists as an adjective ("threatened": Adj|Past) carries only the adjective's tag,
// and a word it decides in context ("tell", "sign": Noun|Verb) only the noun's. The past form gets its tag back;
// the noun-or-verb word only the bare-verb class (SwitchVerb), since in a noun phrase ("dock workers", "a
// court order") the engine must still read it as the noun.
const SWITCH_TAGS: Record<string, string> = Object.assign(Object.create(null), { "Adj|Past": "PastTense", "Noun|Verb": "SwitchVerb", "Actor|Verb": "SwitchVerb" });

interface Compromise {
  version: string;
  model(): { one: { lexicon: Record<string, string | string[]> }; two: { switches: Record<string, string> } };
  methods(): { two: { transform: { verb: { conjugate(inf: string, model: unknown): Record<string, string | undefined> } } } };
}

/**
 * compromise's lexicon as the engine reads it, word → tags: the lexicon itself, each switch word's verb tag, and
 * every one-word verb's regular past ("threaten" → "threatened") tagged PastTense.
 */
export async function compromiseLexicon(): Promise<{ version: string; lexicon: Record<string, string | string[]> }> {
  const nlp = (await import("compromise/two")).default as unknown as Compromise;
  const model = nlp.model();
  const tags = new Map<string, Set<string>>();
  const add = (word: string, tag: string) => (tags.get(word) ?? tags.set(word, new Set()).get(word)!).add(tag);
  for (const [word, t] of Object.entries(model.one.lexicon)) (Array.isArray(t) ? t : [t]).forEach((tag) => add(word, tag));
  for (const [word, sw] of Object.entries(model.two.switches)) if (SWITCH_TAGS[sw]) add(word, SWITCH_TAGS[sw]);
  // A verb's regular past ("-ed") where the lexicon lists that word as something else only; not a word it lacks:
  // the conjugator also makes non-words, and irregular forms are listed already ("told").
  const { conjugate } = nlp.methods().two.transform.verb;
  for (const [word, t] of [...tags]) {
    if (!(t.has("Infinitive") || t.has("SwitchVerb")) || word.includes(" ")) continue;
    const past = conjugate(word, model).PastTense;
    if (past && past !== word && tags.has(past) && /ed$/.test(past)) add(past, "PastTense");
  }
  const lexicon: Record<string, string[]> = Object.create(null);
  for (const [word, t] of tags) lexicon[word] = [...t];
  return { version: nlp.version, lexicon };
}

/** The source of lib/engines/rules/lexicon-data.ts. */
export async function lexiconModule(): Promise<string> {
  const { version, lexicon } = await compromiseLexicon();
  const lines: string[] = [];
  for (const [word, t] of Object.entries(lexicon)) {
    // Look-ups are lower-cased, so a key with a capital (a few emoticons) is never reached.
    if (word !== word.toLowerCase()) continue;
    if (/[\n\r\u2028\u2029]/.test(word)) throw new Error(`lexicon word with a line break: ${JSON.stringify(word)}`);
    lines.push(`${classMask(Array.isArray(t) ? t : [t]).toString(36)} ${word}`);
  }
  // Sorted by word in UTF-16 code-unit order, the order of JavaScript's `<` that the look-up's binary search uses.
  const wordOf = (line: string) => line.slice(line.indexOf(" ") + 1);
  lines.sort((a, b) => (wordOf(a) < wordOf(b) ? -1 : wordOf(a) > wordOf(b) ? 1 : 0));
  const names = Object.keys(CLASSES);
  const literal = lines.join("\n").replace(/[\\`]|\$\{/g, (c) => `\\${c}`);
  return [
    `// Generated by \`npm run lexicon\` (scripts/lexicon.ts) from compromise ${version}'s lexicon: do not edit.`,
    "// Every word the lexicon knows, lower-case, one a line, sorted (UTF-16 code units): the bit mask of its",
    "// classes in base 36 (bits: CLASS), a space, the word. One string, searched in place (lexicon.ts): nothing",
    "// to build at start.",
    `export const CLASS = { ${names.map((n, i) => `${n}: ${1 << i}`).join(", ")} } as const;`,
    "",
    `export const WORDS = \`${literal}\`;`,
    "",
  ].join("\n");
}

export const LEXICON_MODULE = fileURLToPath(new URL("../lib/engines/rules/lexicon-data.ts", import.meta.url));

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  writeFileSync(LEXICON_MODULE, await lexiconModule());
  console.error("wrote lib/engines/rules/lexicon-data.ts");
}
