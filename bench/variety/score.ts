// Demand variety corpora: made-up sentences and short paragraphs, each tagged with the demands an editor would list
// (or none), written from how news is phrased rather than from any gold set's misses. Prints the share of items the
// rules engine reads right, per family, and each failure:
//   node bench/variety/score.ts bench/variety/<corpus>.json [--quiet]
// An expected demand is found when a listed demand names one of its `by` and holds every one of its `words` in its
// content or evidence (the real-news scorer's rule). An item with no expected demand passes when none is listed.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { emptyMetadata } from "../../lib/article.ts";
import { extractRules } from "../../lib/engines/rules/index.ts";

const Expected = z.strictObject({ by: z.array(z.string()).min(1), words: z.array(z.string()).min(1) });
export const Corpus = z.strictObject({
  about: z.string(),
  items: z.array(z.strictObject({ id: z.string(), family: z.string(), text: z.string(), expect: z.array(Expected) })),
});
export type Corpus = z.infer<typeof Corpus>;

const norm = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ");
const has = (hay: string, needle: string) => {
  const n = norm(needle).trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${n}($|[^\\p{L}\\p{N}])`, "u").test(norm(hay));
};

export interface ItemResult {
  id: string;
  family: string;
  pass: boolean;
  listed: string[];
}

export function scoreCorpus(corpus: Corpus): ItemResult[] {
  return corpus.items.map((item) => {
    const { demands } = extractRules({ text: item.text, metadata: emptyMetadata() });
    const listed = demands.map((d) => `${d.by}: ${d.what}`);
    const found = (e: z.infer<typeof Expected>) =>
      demands.some((d) => e.by.some((b) => has(d.by, b)) && e.words.every((w) => has(`${d.what} ${d.evidence}`, w)));
    const pass = item.expect.length === 0 ? demands.length === 0 : item.expect.every(found);
    return { id: item.id, family: item.family, pass, listed };
  });
}

if (import.meta.main) {
  const file = process.argv[2];
  if (!file) throw new Error("usage: node bench/variety/score.ts CORPUS.json [--quiet]");
  const results = scoreCorpus(Corpus.parse(JSON.parse(readFileSync(file, "utf8"))));
  const families = new Map<string, [number, number]>();
  for (const r of results) {
    const f = families.get(r.family) ?? [0, 0];
    families.set(r.family, [f[0] + (r.pass ? 1 : 0), f[1] + 1]);
    if (!r.pass && !process.argv.includes("--quiet")) console.log(`FAIL ${r.id}: ${r.listed.join(" | ") || "(no demand)"}`);
  }
  for (const [f, [p, n]] of [...families].sort()) console.log(`${f.padEnd(28)} ${p}/${n}`);
  const passed = results.filter((r) => r.pass).length;
  console.log(`TOTAL ${passed}/${results.length} (${((100 * passed) / results.length).toFixed(0)} %)`);
}
