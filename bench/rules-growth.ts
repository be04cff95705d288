// Growth of the rules engine's own stages (mentions, entities, demands, actors, summary; not the date tagger)
// on the adversarial shapes of issue 12 §1, next to a normal article of the same size:
// `node bench/rules-growth.ts`. Prints ms at 10k/20k/40k/80k characters, each doubling's ratio, and the
// 80k time as a multiple of the normal article's.
import { emptyMetadata } from "../lib/article.ts";
import { splitParagraphs, splitSentences } from "../lib/text/sentences.ts";
import { EntityStore, actorDrafts } from "../lib/engines/rules/actors.ts";
import { findDemands } from "../lib/engines/rules/demands.ts";
import { findMentions, makeSentenceLookup } from "../lib/engines/rules/mentions.ts";
import { summarize } from "../lib/engines/rules/summary-sentences.ts";
import { benchArticle } from "./engine.ts";

function rulesStages(text: string): void {
  const metadata = { ...emptyMetadata(), publishedAt: "2024-03-04" };
  const sentences = splitSentences(text);
  const paragraphs = splitParagraphs(text);
  const lookup = makeSentenceLookup(paragraphs);
  const { mentions, junkSentences } = findMentions(text, sentences, metadata);
  const store = new EntityStore(mentions);
  const demands = findDemands({ text, sentences, junk: junkSentences, store, paragraphOf: (si) => lookup(sentences[si]!.start) });
  actorDrafts(store, text, sentences, junkSentences);
  summarize(sentences, junkSentences, demands);
}

// A fixed pseudo-random sequence, so every run measures the same text.
function words(seed: number): () => string {
  const pool = "the vote council said that Monday workers union plan city budget officials report new week talks local".split(" ");
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return pool[x % pool.length]!;
  };
}
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const SHAPES: Record<string, (n: number) => string> = {
  normal: (n) => {
    let t = benchArticle(Math.ceil(n / 5));
    while (t.length < n) t += "\n\n" + t;
    return t.slice(0, n);
  },
  "A, B, C and D demanded that": (n) => repeat("Alpha, Bravo, Charlie and Delta demanded that ", n),
  "random words, said/that/Monday, no stops": (n) => {
    const next = words(7);
    let t = "";
    while (t.length < n) t += next() + " ";
    return t.slice(0, n);
  },
  "capitalised run with one date": (n) => {
    const caps = repeat("Northern Alliance Council Harbor Authority Grand ", n - 20);
    return `${caps.slice(0, caps.length >> 1)} March 4, 2024 ${caps.slice(caps.length >> 1)}`;
  },
  "the vote on Monday and": (n) => repeat("the vote on Monday and ", n),
  "the company demanded, he said, that they": (n) => repeat("The company demanded that the union must agree, he said, and they want workers to ask for more, ", n),
};

function time(text: string): number {
  rulesStages(text);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    rulesStages(text);
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

const SIZES = [10_000, 20_000, 40_000, 80_000];
let normal80 = 0;
for (const [name, make] of Object.entries(SHAPES)) {
  const ms = SIZES.map((n) => time(make(n)));
  if (name === "normal") normal80 = ms[3]!;
  const ratios = ms.slice(1).map((m, i) => (m / Math.max(ms[i]!, 0.01)).toFixed(2));
  console.log(`${name.padEnd(42)} ${ms.map((m) => m.toFixed(1).padStart(8)).join(" ")} ms  doublings ${ratios.join(" ")}  80k/normal ${(ms[3]! / normal80).toFixed(2)}`);
}
