#!/usr/bin/env node
// Scores one annotator's demands against another's with the demand matching of ../shared/tools/score-seeds.mjs,
// restated here: gold B is turned into the summary an engine would print (one demand per B demand: `by` its askers,
// `what` its `about`, `evidence` the sentences that carry it) and gold A's demands are looked for in it.
//   node bench/real-news/agreement/agree.mjs --a GOLD_A.json --b GOLD_B.json [--evidence EVIDENCE.json] [--strict-by]
// EVIDENCE.json (kept outside the repo: it is article text) is a list of {seed, about, evidence: [sentences]} for B's
// demands; without it B's demands carry only their `about`. --strict-by gives each B demand only its first asker, as an
// engine names one actor, instead of all of B's alternatives.
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const goldA = JSON.parse(readFileSync(opt("--a"), "utf8"));
const goldB = JSON.parse(readFileSync(opt("--b"), "utf8"));
const evidence = opt("--evidence") ? JSON.parse(readFileSync(opt("--evidence"), "utf8")) : [];
const strictBy = args.includes("--strict-by");

// The scorer's normalisation and whole-word test.
const norm = (s) =>
  String(s ?? "")
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
const words = (s) => norm(s).replace(/[^\p{L}\p{N}.' -]/gu, " ");
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const hasWords = (hay, needle) => {
  const n = words(needle).trim();
  return n.length > 0 && new RegExp(`(^|[^\\p{L}\\p{N}])${escape(n)}($|[^\\p{L}\\p{N}])`, "u").test(` ${words(hay)} `);
};
// A listed demand matches a gold one when its text and evidence hold every `all` group and its askers name one of `by`.
const matches = (d, g) =>
  g.all.every((group) => group.some((w) => hasWords(`${d.what} ${d.evidence}`, w))) &&
  g.by.some((b) => hasWords(d.by.join(" "), b));

const asOutput = (seed, g) => ({
  by: strictBy ? g.by.slice(0, 1) : g.by,
  what: g.about,
  evidence: (evidence.find((e) => e.seed === seed && e.about === g.about)?.evidence ?? []).join(" "),
});

const total = { must: [0, 0], should: [0, 0], listed: [0, 0] };
for (const a of goldA.articles) {
  const b = goldB.articles.find((x) => x.seed === a.seed);
  if (!b) throw new Error(`${a.seed}: not in ${opt("--b")}`);
  const listed = b.demands.map((g) => asOutput(a.seed, g));
  const lines = [];
  const count = { must: [0, 0], should: [0, 0] };
  for (const g of a.demands) {
    const hit = listed.some((d) => matches(d, g));
    count[g.tier][1] += 1;
    if (hit) count[g.tier][0] += 1;
    else lines.push(`  A's ${g.tier} not found: ${g.about}`);
  }
  const unmatched = listed.filter((d) => !a.demands.some((g) => matches(d, g)));
  for (const d of unmatched) lines.push(`  B's demand matches nothing in A: ${d.what}`);
  for (const k of ["must", "should"]) for (const i of [0, 1]) total[k][i] += count[k][i];
  total.listed[0] += listed.length - unmatched.length;
  total.listed[1] += listed.length;
  console.log(
    `${a.seed}: A must ${count.must[0]}/${count.must[1]}, A should ${count.should[0]}/${count.should[1]}, ` +
      `B's demands matched ${listed.length - unmatched.length}/${listed.length}`,
  );
  for (const l of lines) console.log(l);
}
const r = ([x, y]) => `${x}/${y}${y ? ` (${(x / y).toFixed(2)})` : ""}`;
const all = [total.must[0] + total.should[0], total.must[1] + total.should[1]];
console.log(`TOTAL A must found by B ${r(total.must)}, A should ${r(total.should)}, all A demands ${r(all)}, ` +
  `demand-precision of B against A ${r(total.listed)}`);
