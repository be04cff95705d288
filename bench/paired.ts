// Speed of this checkout against another one (main's worktree, say), both loaded in this one process:
//   node bench/paired.ts /work/main [rounds]
// On a shared machine two separate bench runs differ by more than a speed commit gains; here the two
// versions take turns on the same articles, so load from other processes falls on both alike. Prints
// CPU ms per article for cleaner + engine, the engine alone and the date tagger alone, with the ratio
// this/other as the median of the per-round ratios.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { emptyMetadata } from "../lib/article.ts";
import { collect, cpuMs } from "./cpu.ts";
import { benchArticle, benchPage } from "./engine.ts";

const other = process.argv[2];
if (!other) throw new Error("usage: node bench/paired.ts OTHER_CHECKOUT [rounds]");
const ROUNDS = Number(process.argv[3] ?? 9);

async function load(root: URL) {
  const lib = (path: string) => import(new URL(`lib/${path}`, root).href);
  return {
    clean: (await lib("clean/index.ts")).cleanArticle as typeof import("../lib/clean/index.ts").cleanArticle,
    rules: (await lib("engines/rules/index.ts")).extractRules as typeof import("../lib/engines/rules/index.ts").extractRules,
    dates: (await lib("dates/index.ts")) as typeof import("../lib/dates/index.ts"),
  };
}
const versions = {
  other: await load(pathToFileURL(`${resolve(other)}/`)),
  this: await load(new URL("../", import.meta.url)),
};

// As in bench/engine.ts: every run a different article, so no cache carries work between runs.
const text = benchArticle();
const texts = Array.from({ length: 64 }, (_, i) => `Bulletin number ${i + 1}.\n\n${text}`);
const pages = texts.map((t) => new TextEncoder().encode(benchPage(t)));
const metadata = { ...emptyMetadata(), publishedAt: "2024-03-04" };
let n = 0;
const workloads = (v: typeof versions.this): Record<string, () => void> => ({
  "cleaner + engine": () => {
    const c = v.clean(pages[n++ % pages.length]!, { fileName: "bench.html" });
    v.rules({ text: c.text, metadata: c.metadata });
  },
  "engine alone": () => v.rules({ text: texts[n++ % texts.length]!, metadata }),
  "date tagger alone": () => {
    const t = texts[n++ % texts.length]!;
    v.dates.extractDates(t, { reference: v.dates.chooseReference(t, "2024-03-04") });
  },
});
const runs = { other: workloads(versions.other), this: workloads(versions.this) };
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]!;
const RUNS = 25;

for (const label of Object.keys(runs.this)) {
  for (const v of ["other", "this"] as const) for (let i = 0; i < 20; i++) runs[v][label]!(); // warm-up
  const ms = { other: [] as number[], this: [] as number[] };
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate who goes first, so neither always runs just after a collection of the other's garbage.
    for (const v of round % 2 ? (["this", "other"] as const) : (["other", "this"] as const)) {
      collect();
      const started = cpuMs();
      for (let i = 0; i < RUNS; i++) runs[v][label]!();
      ms[v].push((cpuMs() - started) / RUNS);
    }
    ratios.push(ms.this.at(-1)! / ms.other.at(-1)!);
  }
  console.log(`${label.padEnd(18)} other ${median(ms.other).toFixed(2)} ms  this ${median(ms.this).toFixed(2)} ms  this/other ${median(ratios).toFixed(3)}`);
}
