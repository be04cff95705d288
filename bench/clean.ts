// Cleaner benchmark: quality (token-shingle precision/recall/F1, the article-extraction benchmark's
// measure) and speed (median and total ms, against Mozilla Readability on linkedom, same pages, same
// run), and tokens sent to the LLM before and after cleaning. With ../shared/dev/pages present it
// measures on those real pages (never seen by the fixtures' author) and names the worst ten; otherwise
// on the hand-written fixtures, where Readability on jsdom runs too.
//   node bench/clean.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { encode } from "gpt-tokenizer";
import { JSDOM, VirtualConsole } from "jsdom";
import { parseHTML } from "linkedom";
import { cleanArticle } from "../lib/clean/index.ts";
import { loadDocument } from "../lib/load.ts";

const HTML_DIR = new URL("../test/fixtures/clean/html/", import.meta.url);
const TEXT_DIR = new URL("../test/fixtures/clean/text/", import.meta.url);
const DEV_DIR = new URL("../../shared/dev/pages/", import.meta.url);

// Per page and extractor: time at least this many runs, and keep going until this much time is spent.
const MIN_RUNS = 3;
const MAX_RUNS = 30;
const TIME_PER_PAGE_MS = 20;

/** Word tokens as Python's `\w+` finds them (letters, digits, underscore; case kept). */
const tokens = (text: string) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

/** Multiset of n-token shingles (the article-extraction benchmarks' measure, n = 4). */
export function shingles(text: string, n = 4): Map<string, number> {
  const words = tokens(text);
  const out = new Map<string, number>();
  if (words.length < n) {
    if (words.length) out.set(words.join(" "), 1);
    return out;
  }
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(" ");
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  /** Nothing extracted: such a page counts for recall only (as in the benchmark). */
  empty?: boolean;
}

export function scoreText(predicted: string, expected: string): Score {
  const p = shingles(predicted);
  const e = shingles(expected);
  let overlap = 0;
  for (const [key, count] of p) overlap += Math.min(count, e.get(key) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const [tp, fp, fn] = [overlap, total(p) - overlap, total(e) - overlap];
  const precision = fp === 0 && fn === 0 ? 1 : tp + fp ? tp / (tp + fp) : 0;
  const recall = fp === 0 && fn === 0 ? 1 : tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, empty: total(p) === 0 };
}

/** Corpus figures: P and R averaged over the pages (P over pages with output), F1 of the two means. */
export function corpusScore(scores: Score[]): Score {
  const precision = mean(scores.filter((s) => !s.empty).map((s) => s.precision));
  const recall = mean(scores.map((s) => s.recall));
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface Page {
  name: string;
  bytes: Uint8Array;
  html: string;
  expected: string;
}

// Every extractor gets the same decoded text; ours decodes again inside its timing.
const decoded = (bytes: Uint8Array) => loadDocument({ bytes, contentType: "text/html" }, { maxBytes: Infinity }).text;

/** The HTML fixtures with their expected main text (`name.html` + `name.txt`). */
export function htmlPages(): Page[] {
  return readdirSync(HTML_DIR)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((file) => {
      const bytes = new Uint8Array(readFileSync(new URL(file, HTML_DIR)));
      return { name: file.replace(/\.html$/, ""), bytes, html: decoded(bytes), expected: readFileSync(new URL(file.replace(/\.html$/, ".txt"), HTML_DIR), "utf8") };
    });
}

/** The real dev pages (`../shared/dev/pages`, read in place, never copied), or null when absent. */
export function devPages(): Page[] | null {
  const truthFile = new URL("ground-truth.json", DEV_DIR);
  if (!existsSync(truthFile)) return null;
  const truth = JSON.parse(readFileSync(truthFile, "utf8")) as Record<string, { articleBody?: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const bytes = new Uint8Array(gunzipSync(readFileSync(new URL(`${id}.html.gz`, DEV_DIR))));
      return { name: id, bytes, html: decoded(bytes), expected: truth[id]!.articleBody ?? "" };
    });
}

type Extractor = (page: Page) => string;

const quietConsole = new VirtualConsole();

const PRECIS: Extractor = (page) => cleanArticle(page.bytes, { contentType: "text/html" }).text;
const READABILITY_LINKEDOM: Extractor = (page) => new Readability(parseHTML(page.html).document as unknown as Document).parse()?.textContent ?? "";
const READABILITY_JSDOM: Extractor = (page) => new Readability(new JSDOM(page.html, { virtualConsole: quietConsole }).window.document).parse()?.textContent ?? "";

function timeMs(run: Extractor, page: Page): number {
  const times: number[] = [];
  let spent = 0;
  run(page); // warm-up
  while (times.length < MAX_RUNS && (times.length < MIN_RUNS || spent < TIME_PER_PAGE_MS)) {
    const start = performance.now();
    run(page);
    const ms = performance.now() - start;
    times.push(ms);
    spent += ms;
  }
  return median(times);
}

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const f3 = (x: number) => x.toFixed(3);
const pad = (s: string, n: number) => s.padEnd(n);
const WORST = 10;

export async function benchClean(): Promise<void> {
  const dev = devPages();
  const pages = dev ?? htmlPages();
  const extractors: [string, Extractor][] = [["precis", PRECIS], ["readability+linkedom", READABILITY_LINKEDOM]];
  if (!dev) extractors.push(["readability+jsdom", READABILITY_JSDOM]);
  const names = extractors.map(([n]) => n);
  const scores = new Map<string, Score[]>(names.map((n) => [n, []]));
  const times = new Map<string, number[]>(names.map((n) => [n, []]));

  if (dev) console.log(`clean: ${pages.length} real pages (../shared/dev/pages), token-shingle P/R (n=4, Python \\w+ tokens) against the hand-marked text`);
  else {
    console.log(`clean: ${pages.length} HTML fixture pages (test/fixtures/clean/html), token-shingle P/R (n=4) against the expected text`);
    console.log("(../shared/dev/pages is absent; the cleaner was developed against these pages: a regression check, not an unbiased estimate)");
  }
  const label = (name: string) => (name.length > 20 ? name.slice(0, 12) : name);
  console.log(`${pad("page", 20)} ${names.map((n) => pad(`${n} P R`, 24)).join(" ")}`);
  for (const page of pages) {
    const cells: string[] = [];
    for (const [name, run] of extractors) {
      const score = scoreText(run(page), page.expected);
      scores.get(name)!.push(score);
      times.get(name)!.push(timeMs(run, page));
      cells.push(pad(`${f3(score.precision)} ${f3(score.recall)}`, 24));
    }
    console.log(`${pad(label(page.name), 20)} ${cells.join(" ")}`);
  }
  console.log("");
  for (const name of names) {
    const c = corpusScore(scores.get(name)!);
    const t = times.get(name)!;
    console.log(`${pad(name, 22)} P ${f3(c.precision)}  R ${f3(c.recall)}  F1 ${f3(c.f1)}   median ${median(t).toFixed(2)} ms/page, total ${sum(t).toFixed(0)} ms`);
  }
  const ours = times.get("precis")!;
  for (const other of names.slice(1)) {
    const t = times.get(other)!;
    console.log(`speed ratio vs ${other} (their ms / ours): median ${(median(t) / median(ours)).toFixed(2)}x, total ${(sum(t) / sum(ours)).toFixed(2)}x`);
  }

  const ranked = pages.map((page, i) => ({ page, score: scores.get("precis")![i]! })).sort((a, b) => a.score.f1 - b.score.f1);
  console.log(`\nworst ${WORST} pages for precis (F1, P, R):`);
  for (const { page, score } of ranked.slice(0, WORST)) console.log(`  ${pad(label(page.name), 14)} F1 ${f3(score.f1)}  P ${f3(score.precision)}  R ${f3(score.recall)}`);

  console.log("\ntokens sent to the LLM (gpt-tokenizer), raw input → cleaned text:");
  let before = 0;
  let after = 0;
  for (const { name, raw, clean } of tokenRows(htmlPages())) {
    const [b, a] = [encode(raw).length, encode(clean).length];
    before += b;
    after += a;
    console.log(`  ${pad(name, 26)} ${String(b).padStart(7)} → ${String(a).padStart(6)}  (${((a / b) * 100).toFixed(1)}%)`);
  }
  console.log(`  ${pad("total", 26)} ${String(before).padStart(7)} → ${String(after).padStart(6)}  (${((after / before) * 100).toFixed(1)}%)`);
  benchNesting();
}

const NESTING = [100_000, 200_000, 400_000];
const DOUBLING_TARGET = 2.3;
const NESTING_ROUNDS = 9;

/** Cleaning time under n nested <div>s (issue 12): each doubling of the depth must at most ~double the time. */
export function benchNesting(): void {
  const pages = NESTING.map((n) => `<html><body>${"<div>".repeat(n)}<p>A paragraph of words at the bottom of the nesting, long enough to be read.</p>${"</div>".repeat(n)}</body></html>`);
  const once = (html: string) => {
    const start = performance.now();
    cleanArticle(html, { contentType: "text/html", maxBytes: Infinity });
    return performance.now() - start;
  };
  once(pages[0]!); // warm-up
  // Sizes take turns in every round, so a busy moment on a shared machine hits all of them alike.
  const best = NESTING.map(() => Infinity);
  for (let round = 0; round < NESTING_ROUNDS; round++) pages.forEach((html, i) => (best[i] = Math.min(best[i]!, once(html))));
  console.log(`\nnested <div>s (best of ${NESTING_ROUNDS} interleaved rounds, in-process):`);
  best.forEach((ms, i) => {
    const ratio = i ? ` (×${(ms / best[i - 1]!).toFixed(2)} for ×2 depth; target ≤ ${DOUBLING_TARGET})` : "";
    console.log(`  ${String(NESTING[i]).padStart(7)} ${ms.toFixed(0).padStart(6)} ms${ratio}`);
  });
}

/** Every fixture the cleaner has: the HTML pages and the text articles in their messy formats. */
function tokenRows(pages: Page[]): { name: string; raw: string; clean: string }[] {
  const rows = pages.map((p) => ({ name: `${p.name}.html`, raw: p.html, clean: cleanArticle(p.bytes, { contentType: "text/html" }).text }));
  for (const file of readdirSync(TEXT_DIR).filter((f) => !f.includes(".expected.")).sort()) {
    const bytes = new Uint8Array(readFileSync(new URL(file, TEXT_DIR)));
    rows.push({ name: file, raw: new TextDecoder().decode(bytes), clean: cleanArticle(bytes, { fileName: file }).text });
  }
  return rows;
}

if (import.meta.main) await benchClean();
