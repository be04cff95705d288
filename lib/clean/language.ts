// The article's language when the page does not declare it: the script for non-Latin text, the
// commonest function words for Latin-script languages. Enough to tag a news article, not to
// classify a tweet.

const STOPWORDS: Record<string, string> = {
  en: "the and of to in is that for it was on with as he said his are by be at from this have not but they has were an which who their",
  fr: "le la les de des et est un une du en que qui dans pour pas sur au avec il elle ont sont été par ce plus cette mais aux",
  es: "el la los las de del y en que es un una por con para se no su al lo como más pero sus ha fue este esta son",
  de: "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus er hat dass sie nach wird bei",
  it: "il lo la gli le di del della che è un una per con non sono ha da nel alla anche come più ma questo dei delle",
  pt: "o a os as de do da dos das e em um uma que é para com não por no na se mais foi ao pelo pela seu sua",
  nl: "de het een en van in is dat op te zijn met voor niet er aan ook als bij door maar om naar heeft werd",
};

// Word → the languages it is a function word of.
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS))
  for (const w of words.split(" ")) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);
// A few thousand characters tell the language as well as the whole article.
const SAMPLE_CHARS = 5000;

const SCRIPTS: [lang: string, re: RegExp][] = [
  ["ja", /[\u3040-\u30ff]/g],
  ["ko", /[\uac00-\ud7af]/g],
  ["zh", /[\u4e00-\u9fff]/g],
  ["ar", /[\u0600-\u06ff]/g],
  ["he", /[\u0590-\u05ff]/g],
  ["ru", /[\u0400-\u04ff]/g],
  ["el", /[\u0370-\u03ff]/g],
  ["hi", /[\u0900-\u097f]/g],
  ["th", /[\u0e00-\u0e7f]/g],
];

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 40) return null;
  for (const [lang, re] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (n < letters * 0.3) continue;
    // Kana marks Japanese even among kanji; Ukrainian has letters Russian lacks; Persian likewise.
    if (lang === "ru") return /[іїєґ]/i.test(sample) ? "uk" : "ru";
    if (lang === "ar") return /[پچژگ]/.test(sample) ? "fa" : "ar";
    if (lang === "zh" && /[\u3040-\u30ff]/.test(sample)) return "ja";
    return lang;
  }
  const counts = new Map<string, number>();
  let words = 0;
  for (const w of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    words++;
    for (const lang of LANGUAGES_OF.get(w[0]) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < Math.max(3, words * 0.08)) return null;
  return !second || best[1] > second[1] * 1.3 ? best[0] : null;
}

/** `fr_FR`, `en-us`, `EN` → `fr-FR`, `en-US`, `en`. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}|[a-z]{4}))?\b/i.exec(tag?.trim() ?? "");
  if (!m) return null;
  const primary = m[1]!.toLowerCase();
  if (!m[2]) return primary;
  const sub = m[2].length === 4 ? m[2][0]!.toUpperCase() + m[2].slice(1).toLowerCase() : m[2].toUpperCase();
  return `${primary}-${sub}`;
}
