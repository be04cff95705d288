// Demands lost for their agent (issue 11). On the development sets' articles it lists
//   - every trigger the demand readers dropped because no agent was found, that with an agent would have been a demand
//     (the engine is run with a stand-in agent, `DemandContext.agentless`, which the engine itself never sets), and
//   - every demand whose agent is wrong: its content matches a gold demand the scorer counts as missed, its `by` does not.
// The held-out sets are counted only (no article, sentence or demand of theirs is printed); blind sets never run.
//   node bench/real-news/agentless.ts            the dev lists, then the counts
//   node bench/real-news/agentless.ts --counts   the counts only
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { splitParagraphs, splitSentences } from "../../lib/text/sentences.ts";
import { EntityStore, type Entity } from "../../lib/engines/rules/actors.ts";
import { findDemands } from "../../lib/engines/rules/demands.ts";
import { findMentions, makeSentenceLookup } from "../../lib/engines/rules/mentions.ts";
import { tokenize } from "../../lib/text/tokens.ts";
import { prepareDocument, summarizeArticle } from "../../lib/pipeline.ts";
import { createEngine } from "../../lib/engines/index.ts";
import { loadConfig } from "../../lib/config.ts";
import { SETS } from "./sets.ts";

const here = new URL(".", import.meta.url).pathname;
const dev = join(here, "..", "..", "..", "shared", "dev");
if (!existsSync(dev)) {
  console.log(`no dev data at ${dev}: nothing to list (it is not part of a fresh clone)`);
  process.exit(0);
}
const countsOnly = process.argv.includes("--counts");
const config = loadConfig({ PRECIS_ENGINE: "rules" });
const engine = await createEngine(config);

interface GoldDemand {
  by: string[];
  all: string[][];
  about: string;
  tier: string;
}
// The scorer's matching (../shared/tools/score-seeds.mjs), so that "missed" here is "missed" there.
const norm = (s: string) => s.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/[–—]/g, "-").replace(/\s+/g, " ").trim().toLowerCase();
const words = (s: string) => norm(s).replace(/[^\p{L}\p{N}.' -]/gu, " ");
const hasWords = (hay: string, needle: string) => {
  const n = words(needle).trim();
  return n.length > 0 && new RegExp(`(^|[^\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}\\p{N}])`, "u").test(` ${words(hay)} `);
};
const contentMatches = (d: { what: string; evidence: string }, g: GoldDemand) => g.all.every((group) => group.some((w) => hasWords(`${d.what} ${d.evidence}`, w)));
const byMatches = (by: string, g: GoldDemand) => g.by.some((b) => hasWords(by, b));

const STAND_IN: Entity = { key: "agentless", name: "(no agent)", kind: "group", role: null, mentions: [], demandsBy: 0, demandsOf: 0 };

const totals = new Map<string, { triggers: number; wouldBe: number; mustWrong: number; wrong: number }>();
for (const set of SETS.sets.filter((s) => s.role !== "blind")) {
  const gold = JSON.parse(readFileSync(join(here, set.gold), "utf8")) as { articles: Array<{ seed: string; demands: GoldDemand[] }> };
  const dir = mkdtempSync(join(tmpdir(), "agentless-"));
  writeFileSync(join(dir, "list.json"), JSON.stringify({ articles: gold.articles }));
  execFileSync(process.execPath, [join(here, "materialize.mjs"), "--gold", join(dir, "list.json"), dir], { stdio: "ignore" });
  const show = set.role === "development" && !countsOnly;
  const t = { triggers: 0, wouldBe: 0, mustWrong: 0, wrong: 0 };
  totals.set(set.gold, t);
  for (const a of gold.articles) {
    const input = { bytes: new Uint8Array(readFileSync(join(dir, a.seed))), fileName: a.seed, contentType: null, publishedAt: null };
    // What the engine lists, and which gold demands it finds with the wrong agent.
    const summary = await summarizeArticle(input, { engine, limits: config.limits });
    for (const g of a.demands) {
      if (summary.demands.some((d) => contentMatches(d, g) && byMatches(d.by, g))) continue;
      const near = summary.demands.filter((d) => contentMatches(d, g));
      if (!near.length) continue;
      t.wrong++;
      if (g.tier === "must") t.mustWrong++;
      if (show) for (const d of near) console.log(`WRONG\t${set.gold}\t${a.seed}\t${g.tier}\tgold by ${g.by.join("|")}\tgot ${d.by}\t${g.about}\t${d.what.slice(0, 80)}\t${d.evidence.replace(/\s+/g, " ").slice(0, 240)}`);
    }
    // The same extraction's demand stage, with a stand-in for every agent not found.
    const { cleaned } = await prepareDocument(input, config.limits);
    const text = cleaned.text;
    const sentences = splitSentences(text);
    const paragraphOf = makeSentenceLookup(splitParagraphs(text));
    const { mentions, junkSentences } = findMentions(text, sentences, cleaned.metadata);
    const triggers = new Map<string, { si: number; word: string; form: string }>();
    const demands = findDemands({
      text,
      sentences,
      junk: junkSentences,
      store: new EntityStore(mentions),
      paragraphOf: (si) => paragraphOf(sentences[si]!.start),
      agentless: (si, i, form) => {
        const word = tokenize(text, sentences[si]!.start, sentences[si]!.end)[i]!.text;
        triggers.set(`${si}|${i}`, { si, word, form });
        return STAND_IN;
      },
    });
    t.triggers += triggers.size;
    for (const d of demands.filter((x) => x.by === STAND_IN.name)) {
      t.wouldBe++;
      if (!show) continue;
      const trig = [...triggers.values()].filter((x) => sentences[x.si]!.text === d.evidence).map((x) => `${x.word}/${x.form}`);
      const gold = a.demands.find((g) => contentMatches(d, g));
      const missed = gold && !summary.demands.some((x) => contentMatches(x, gold) && byMatches(x.by, gold));
      console.log(`AGENTLESS\t${set.gold}\t${a.seed}\t${trig.join(",")}\t${gold ? `gold ${gold.tier} ${missed ? "MISSED" : "found"} by ${gold.by.join("|")}` : "no gold"}\t${d.what.slice(0, 80)}\t${d.evidence.replace(/\s+/g, " ").slice(0, 240)}`);
    }
  }
}
console.log("set\trole\ttriggers without agent\twould be demands\tgold demands with a wrong agent (must)");
for (const [gold, t] of totals) console.log(`${gold}\t${SETS.sets.find((s) => s.gold === gold)!.role}\t${t.triggers}\t${t.wouldBe}\t${t.wrong} (${t.mustWrong})`);
