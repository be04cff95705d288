// Growth of the date stage (tagging, date drafts with their `about`, date grounding) on adversarial
// shapes, next to a normal article of the same size, measured in one process.
// Run: node_modules/.bin/node test/dates/growth.ts   (not a test: timings belong in measurements)
import { readdirSync, readFileSync } from "node:fs";
import { chooseReference, extractDates } from "../../lib/dates/index.ts";
import { groundExtraction } from "../../lib/ground.ts";

const SIZES = [10_000, 20_000, 40_000, 80_000];
const REF = "2024-03-04";

function fill(unit: (i: number) => string, size: number): string {
  let s = "";
  for (let i = 0; s.length < size; i++) s += unit(i);
  return s.slice(0, size);
}
// A fixed pseudo-random sequence: the same input on every run.
function rng(seed: number) {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const WORDS = "the council vote budget plan city union workers talks court judge ruling strike wages port road school river".split(" ");
const CAPS = "Northern Regional Transit Authority Board Chairman Deputy Minister Harbour Workers Union General Council".split(" ");

const dir = new URL("../fixtures/dates/articles/", import.meta.url);
const normalText = readdirSync(dir)
  .filter((n) => n.endsWith(".txt"))
  .map((n) => readFileSync(new URL(n, dir), "utf8").replace(/^REF:.*\n/, "").replace(/\[\[([^|\]]+)\|[^\]]+\]\]/g, "$1"))
  .join("\n\n");

const SHAPES: Record<string, (size: number) => string> = {
  normal: (size) => fill(() => normalText + "\n\n", size),
  "the vote on Monday and …": (size) => fill(() => "the vote on Monday and ", size),
  "capitalised run, one date": (size) => {
    const r = rng(7);
    const half = fill(() => CAPS[Math.floor(r() * CAPS.length)]! + " ", size / 2);
    return (half + "said on March 15 " + fill(() => CAPS[Math.floor(r() * CAPS.length)]! + " ", size / 2)).slice(0, size);
  },
  "random words with said/that/Monday, no full stops": (size) => {
    const r = rng(11);
    const pool = [...WORDS, "said", "that", "Monday"];
    return fill(() => pool[Math.floor(r() * pool.length)]! + " ", size);
  },
};

/** CPU milliseconds of this process (the machine is shared: wall time would measure the neighbours). */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function stage(text: string): number {
  const t0 = cpuMs();
  const reference = chooseReference(text, REF);
  const dates = extractDates(text, { reference });
  groundExtraction(text, { actors: [], demands: [], dates }, reference);
  return cpuMs() - t0;
}

/**
 * Per-run time: batches of runs lasting at least 30 ms (a single short run is lost in timer and
 * collector noise), best of three batches; a fresh copy of the text each run (the tagger remembers
 * its last inputs).
 */
function time(text: string): number {
  const once = Math.max(0.05, stage(text + "\n"));
  const runs = Math.max(1, Math.ceil(30 / once));
  let best = Infinity;
  for (let batch = 0; batch < 3; batch++) {
    let total = 0;
    for (let k = 0; k < runs; k++) total += stage(text + " ".repeat(batch * runs + k + 1));
    best = Math.min(best, total / runs);
  }
  return best;
}

for (const make of Object.values(SHAPES)) stage(make(20_000)); // warm-up: every code path compiled
const table: Record<string, number[]> = {};
for (const [name, make] of Object.entries(SHAPES)) table[name] = SIZES.map((n) => time(make(n)));
const normal = table.normal!;
console.log(`date stage, CPU ms at ${SIZES.map((n) => `${n / 1000}k`).join(" / ")} chars; doubling ratios; × normal at 80k`);
for (const [name, ms] of Object.entries(table)) {
  const ratios = ms.slice(1).map((v, i) => v / Math.max(ms[i]!, 0.05));
  console.log(
    `${name.padEnd(52)} ${ms.map((v) => v.toFixed(1).padStart(8)).join(" ")}   ×${ratios.map((x) => x.toFixed(2)).join(" ×")}   ${(ms[3]! / normal[3]!).toFixed(2)}× normal`,
  );
}
