// Throughput of the embedded rules engine on a ~1,000-word article (the fixture articles joined), on one
// core: `node bench/engine.ts` (or through `npm run bench`). Prints articles per CPU second for the engine
// alone, the cleaner alone, and cleaning + engine on the same article served as a web page, each also as
// a ratio to a baseline measured in the same run: Mozilla Readability on linkedom reading the same page.
// The ratios are what to compare between runs and commits; the rates depend on the machine.
import { readdirSync, readFileSync } from "node:fs";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { emptyMetadata } from "../lib/article.ts";
import { cleanArticle } from "../lib/clean/index.ts";
import { extractRules } from "../lib/engines/rules/index.ts";
import { collect, cpuMs } from "./cpu.ts";

const FIXTURES = new URL("../test/fixtures/articles/", import.meta.url);

/** A ~1,000-word cleaned article made of the fixture articles, in a fixed order. */
export function benchArticle(words = 1000): string {
  const parts: string[] = [];
  let count = 0;
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).sort();
  for (let i = 0; count < words; i++) {
    const text = readFileSync(new URL(files[i % files.length]!, FIXTURES), "utf8").trim();
    parts.push(text);
    count += text.split(/\s+/).length;
  }
  return parts.join("\n\n");
}

/** The bench article as a web page: navigation, a byline, related links and a footer around the text. */
export function benchPage(text = benchArticle()): string {
  const paragraphs = text.split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench article | Example News</title>
<meta property="article:published_time" content="2024-03-04T09:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>Bench article</h1><p class="byline">By Example Writer</p>${paragraphs.join("\n")}</article>
<aside><h2>Related</h2><ul><li><a href="/a">Another story</a></li></ul></aside>
<footer>© 2024 Example News. All rights reserved.</footer></body></html>`;
}

/** Runs per sample fill at least this much CPU time, so the kernel's tick-based accounting averages out. */
const SAMPLE_MS = 150;
const ROUNDS = 7;

interface Workload {
  label: string;
  run: () => void;
  runs: number;
  samples: number[];
}

/**
 * Every workload measured ROUNDS times, round-robin, so a burst of load from other processes spreads
 * over all of them; a sample is the mean CPU time of enough runs to fill SAMPLE_MS, after a full
 * collection (the garbage a run makes is still its own cost: collections during the sample count).
 */
function measureRounds(workloads: Workload[]): void {
  for (const w of workloads) {
    for (let i = 0; i < 20; i++) w.run(); // warm-up: compiled code, filled lexicon caches
    collect();
    const started = cpuMs();
    let n = 0;
    while (cpuMs() - started < SAMPLE_MS / 3) (w.run(), n++);
    w.runs = Math.max(1, Math.ceil((n * SAMPLE_MS) / Math.max(cpuMs() - started, 1)));
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const w of workloads) {
      collect();
      const started = cpuMs();
      for (let i = 0; i < w.runs; i++) w.run();
      w.samples.push((cpuMs() - started) / w.runs);
    }
  }
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]!;

export interface BenchResult {
  words: number;
  /** Articles per CPU second, and the same as a ratio to the baseline's rate, per workload. */
  rates: Record<string, { articlesPerCpuSecond: number; vsBaseline: number }>;
}

/** Engine alone, the cleaner alone and cleaning + engine on the same article as a web page, against the baseline. */
export async function benchEngine(): Promise<BenchResult> {
  const text = benchArticle();
  const metadata = { ...emptyMetadata(), publishedAt: "2024-03-04" };
  const words = text.split(/\s+/).length;
  // Every run gets a different article (a distinct first line), so no cache carries work from one
  // article to the next: each figure is the cost of a new article.
  const texts = Array.from({ length: 64 }, (_, i) => `Bulletin number ${i + 1}.\n\n${text}`);
  const pages = texts.map((t) => new TextEncoder().encode(benchPage(t)));
  const html = texts.map((t) => benchPage(t));
  let n = 0;
  const clean = () => cleanArticle(pages[n++ % pages.length]!, { fileName: "bench.html" });
  const workload = (label: string, run: () => void): Workload => ({ label, run, runs: 1, samples: [] });
  const baseline = workload("baseline: Readability (linkedom)", () => {
    new Readability(parseHTML(html[n++ % html.length]!).document as unknown as Document).parse();
  });
  const workloads = [
    baseline,
    workload("rules engine alone", () => extractRules({ text: texts[n++ % texts.length]!, metadata })),
    workload("cleaner alone (HTML)", clean),
    workload("cleaner + rules engine (HTML)", () => {
      const c = clean();
      extractRules({ text: c.text, metadata: c.metadata });
    }),
  ];
  measureRounds(workloads);

  console.log(`${words}-word article; CPU time, median of ${ROUNDS} round-robin samples; ratio = median of the per-round ratios to the baseline\n`);
  const rates: BenchResult["rates"] = {};
  for (const w of workloads) {
    const ms = median(w.samples);
    // Per round, so that a slower or faster stretch of the machine cancels out of the ratio.
    const vsBaseline = median(w.samples.map((s, i) => baseline.samples[i]! / s));
    rates[w.label] = { articlesPerCpuSecond: 1000 / ms, vsBaseline };
    const ratio = w === baseline ? "" : `  ${vsBaseline.toFixed(2)}× the baseline`;
    console.log(`${w.label.padEnd(34)} ${(1000 / ms).toFixed(0).padStart(5)} articles per CPU second  (${ms.toFixed(2)} ms)${ratio}`);
  }
  return { words, rates };
}

if (import.meta.main) await benchEngine();
