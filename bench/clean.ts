// Cleaner benchmark: quality (token-shingle precision/recall/F1 against hand-written expected texts),
// speed (median ms per page, against Mozilla Readability on linkedom and on jsdom, same pages, same
// run) and tokens sent to the LLM before and after cleaning.
//   node_modules/.bin/node bench/clean.ts
import { readdirSync, readFileSync } from "node:fs";
import { Readability } from "@mozilla/readability";
import { encode } from "gpt-tokenizer";
import { JSDOM, VirtualConsole } from "jsdom";
import { parseHTML } from "linkedom";
import { cleanArticle } from "../lib/clean/index.ts";
import { loadDocument } from "../lib/load.ts";

const HTML_DIR = new URL("../test/fixtures/clean/html/", import.meta.url);
const TEXT_DIR = new URL("../test/fixtures/clean/text/", import.meta.url);

// Per page and extractor: time at least this many runs, and keep going until this much time is spent.
const MIN_RUNS = 3;
const MAX_RUNS = 30;
const TIME_PER_PAGE_MS = 20;

/** Lowercased word tokens. */
const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

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
}

export function scoreText(predicted: string, expected: string): Score {
  const p = shingles(predicted);
  const e = shingles(expected);
  let overlap = 0;
  for (const [key, count] of p) overlap += Math.min(count, e.get(key) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const precision = total(p) ? overlap / total(p) : 0;
  const recall = total(e) ? overlap / total(e) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface Page {
  name: string;
  bytes: Uint8Array;
  html: string;
  expected: string;
}

/** The HTML fixtures with their expected main text (`name.html` + `name.txt`). */
export function htmlPages(): Page[] {
  return readdirSync(HTML_DIR)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((file) => {
      const bytes = new Uint8Array(readFileSync(new URL(file, HTML_DIR)));
      // Every extractor gets the same decoded text; ours decodes again inside its timing.
      const html = loadDocument({ bytes, contentType: "text/html" }, { maxBytes: Infinity }).text;
      return { name: file.replace(/\.html$/, ""), bytes, html, expected: readFileSync(new URL(file.replace(/\.html$/, ".txt"), HTML_DIR), "utf8") };
    });
}

type Extractor = (page: Page) => string;

const quietConsole = new VirtualConsole();

const EXTRACTORS: [name: string, run: Extractor][] = [
  ["precis", (page) => cleanArticle(page.bytes, { contentType: "text/html" }).text],
  ["readability+linkedom", (page) => new Readability(parseHTML(page.html).document as unknown as Document).parse()?.textContent ?? ""],
  ["readability+jsdom", (page) => new Readability(new JSDOM(page.html, { virtualConsole: quietConsole }).window.document).parse()?.textContent ?? ""],
];

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
const f3 = (x: number) => x.toFixed(3);
const pad = (s: string, n: number) => s.padEnd(n);

export async function benchClean(): Promise<void> {
  const pages = htmlPages();
  const names = EXTRACTORS.map(([n]) => n);
  const scores = new Map<string, Score[]>(names.map((n) => [n, []]));
  const times = new Map<string, number[]>(names.map((n) => [n, []]));

  console.log(`clean: ${pages.length} HTML fixture pages (test/fixtures/clean/html), token-shingle P/R/F1 (n=4) against the expected text`);
  console.log("(the cleaner was developed against these pages: its scores here are a regression check, not an unbiased estimate)");
  console.log(`${pad("page", 20)} ${names.map((n) => pad(n, 26)).join(" ")}`);
  for (const page of pages) {
    const cells: string[] = [];
    for (const [name, run] of EXTRACTORS) {
      const score = scoreText(run(page), page.expected);
      scores.get(name)!.push(score);
      times.get(name)!.push(timeMs(run, page));
      cells.push(pad(`${f3(score.precision)} ${f3(score.recall)} ${f3(score.f1)}`, 26));
    }
    console.log(`${pad(page.name, 20)} ${cells.join(" ")}`);
  }
  console.log("");
  for (const name of names) {
    const s = scores.get(name)!;
    console.log(
      `${pad(name, 22)} mean P ${f3(mean(s.map((x) => x.precision)))}  R ${f3(mean(s.map((x) => x.recall)))}  F1 ${f3(mean(s.map((x) => x.f1)))}   median ${median(times.get(name)!).toFixed(2)} ms/page`,
    );
  }
  const ours = median(times.get("precis")!);
  console.log(
    `speed ratio (their median ms / ours): vs readability+linkedom ${(median(times.get("readability+linkedom")!) / ours).toFixed(1)}x, ` +
      `vs readability+jsdom ${(median(times.get("readability+jsdom")!) / ours).toFixed(1)}x`,
  );

  console.log("\ntokens sent to the LLM (gpt-tokenizer), raw input → cleaned text:");
  let before = 0;
  let after = 0;
  for (const { name, raw, clean } of tokenRows(pages)) {
    const [b, a] = [encode(raw).length, encode(clean).length];
    before += b;
    after += a;
    console.log(`  ${pad(name, 26)} ${String(b).padStart(7)} → ${String(a).padStart(6)}  (${((a / b) * 100).toFixed(1)}%)`);
  }
  console.log(`  ${pad("total", 26)} ${String(before).padStart(7)} → ${String(after).padStart(6)}  (${((after / before) * 100).toFixed(1)}%)`);
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
