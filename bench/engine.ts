// Throughput of the embedded rules engine on a ~1,000-word article (the fixture articles joined), on one
// core: `node bench/engine.ts` (or through `npm run bench`). Prints articles per second for the engine
// alone, the cleaner alone, and cleaning + engine on the same article served as a web page.
import { readdirSync, readFileSync } from "node:fs";
import { emptyMetadata } from "../lib/article.ts";
import { extractRules } from "../lib/engines/rules/index.ts";

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

export interface BenchResult {
  words: number;
  articles: number;
  articlesPerSecond: number;
  msPerArticle: number;
}

/**
 * Run `fn` in batches for about `seconds` after a warm-up; the rate is the median batch's, so that a
 * burst of load from other processes on a shared machine does not decide the figure.
 */
export function measure(fn: () => void, seconds = 2): { runs: number; ms: number; perRunMs: number } {
  for (let i = 0; i < 20; i++) fn();
  const batches: number[] = [];
  const started = performance.now();
  let runs = 0;
  while (performance.now() - started < seconds * 1000) {
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) fn();
    batches.push((performance.now() - t0) / 10);
    runs += 10;
  }
  batches.sort((a, b) => a - b);
  return { runs, ms: performance.now() - started, perRunMs: batches[batches.length >> 1]! };
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

const line = (label: string, perRunMs: number, words: number) =>
  console.log(`${label.padEnd(28)} ${(1000 / perRunMs).toFixed(0).padStart(5)} articles/s  (${perRunMs.toFixed(2)} ms per ${words}-word article)`);

/** Engine alone, and, beside it, the cleaner alone and cleaning + engine on the same article as a web page. */
export async function benchEngine(seconds = 2): Promise<BenchResult> {
  const text = benchArticle();
  const metadata = { ...emptyMetadata(), publishedAt: "2024-03-04" };
  const words = text.split(/\s+/).length;
  // Every run gets a different article (a distinct first line), so no cache carries work from one
  // article to the next: each figure is the cost of a new article.
  const texts = Array.from({ length: 64 }, (_, i) => `Bulletin number ${i + 1}.\n\n${text}`);
  let n = 0;
  const { runs, perRunMs } = measure(() => extractRules({ text: texts[n++ % texts.length]!, metadata }), seconds);
  line("rules engine alone", perRunMs, words);

  const { cleanArticle } = await import("../lib/clean/index.ts");
  const pages = texts.map((t) => new TextEncoder().encode(benchPage(t)));
  const clean = () => cleanArticle(pages[n++ % pages.length]!, { fileName: "bench.html" });
  line("cleaner alone (HTML)", measure(clean, seconds).perRunMs, words);
  const both = measure(() => {
    const c = clean();
    extractRules({ text: c.text, metadata: c.metadata });
  }, seconds);
  line("cleaner + rules engine (HTML)", both.perRunMs, words);
  return { words, articles: runs, articlesPerSecond: 1000 / perRunMs, msPerArticle: perRunMs };
}

if (import.meta.main) await benchEngine();
