#!/usr/bin/env node
// The actor audit (issue 11: junk, fragment or wrong-kind actors ≤ 2 %): runs the rules engine on the articles of the
// development gold sets (bench/real-news/sets.json: only those may be read and tuned on), prints every actor, and
// counts an editor's verdicts stored in audit-actors.verdicts.json, which holds verdicts for those articles only.
//   node bench/real-news/audit-actors.mjs            one line per actor (verdict, article, kind, name, role), then totals per set and overall
//   node bench/real-news/audit-actors.mjs --evidence the same with each actor's evidence sentence, to judge it
//   node bench/real-news/audit-actors.mjs --unjudged only the actors without a verdict, as JSON entries to judge
//   node bench/real-news/audit-actors.mjs --held-out the held-out sets instead (combines with the above), judged in
//                                                    audit-actors.held-out.verdicts.json: an out-of-sample figure, printed
//                                                    as HELD-OUT, never counted into the development TOTAL
// Verdicts: ok | junk (not an actor at all) | fragment (part of a name, or names glued) | wrong-kind |
// place-not-acting (a place only named as a location). Keys are `seed|name|kind`: a renamed actor needs a new verdict.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const dev = process.env.PRECIS_DEV_DIR ?? join(root, "..", "shared", "dev");
if (!existsSync(dev)) {
  console.log(`no dev data at ${dev}: nothing to audit (it is not part of a fresh clone)`);
  process.exit(0);
}

// Blind articles stay unread, so they are never audited; neither are articles in no set. Held-out articles are audited
// only on request, by the one helper a stop names to judge them, and apart from the development sets: their actors are
// the honest measure of the actor stage on news nobody tuned on.
const { SETS } = await import("./sets.ts");
const heldOut = process.argv.includes("--held-out");
const role = heldOut ? "held-out" : "development";
const articles = [];
for (const set of SETS.sets.filter((x) => x.role === role)) {
  for (const a of JSON.parse(readFileSync(join(here, set.gold), "utf8")).articles) articles.push({ seed: a.seed, source: a.source, set: set.gold });
}

const dir = mkdtempSync(join(tmpdir(), "audit-actors-"));
writeFileSync(join(dir, "list.json"), JSON.stringify({ articles }));
execFileSync(process.execPath, [join(here, "materialize.mjs"), "--gold", join(dir, "list.json"), dir], { stdio: "ignore" });

const { summarizeArticle } = await import("../../lib/pipeline.ts");
const { createEngine } = await import("../../lib/engines/index.ts");
const { loadConfig } = await import("../../lib/config.ts");
const config = loadConfig({ ...process.env, PRECIS_ENGINE: "rules" });
const engine = await createEngine(config);

// Held-out verdicts live in a file of their own, so that judging development actors never shows held-out output.
const verdictsFile = join(here, heldOut ? "audit-actors.held-out.verdicts.json" : "audit-actors.verdicts.json");
const verdicts = existsSync(verdictsFile) ? JSON.parse(readFileSync(verdictsFile, "utf8")).verdicts : {};
const BAD = ["junk", "fragment", "wrong-kind", "place-not-acting"];
const counts = { total: 0, unjudged: 0 };
const perSet = new Map(); // gold file -> { total, unjudged, bad }
const unjudged = {};
const onlyUnjudged = process.argv.includes("--unjudged");
const withEvidence = process.argv.includes("--evidence");

for (const a of articles) {
  const bytes = readFileSync(join(dir, a.seed));
  const summary = await summarizeArticle({ bytes, fileName: a.seed, contentType: null, publishedAt: null }, { engine, limits: config.limits });
  for (const actor of summary.actors) {
    const key = `${a.seed}|${actor.name}|${actor.kind}`;
    const verdict = verdicts[key];
    counts.total += 1;
    const set = perSet.get(a.set) ?? { total: 0, unjudged: 0, bad: 0 };
    perSet.set(a.set, set);
    set.total += 1;
    if (!verdict) set.unjudged += 1;
    else if (BAD.includes(verdict)) set.bad += 1;
    if (!verdict) {
      counts.unjudged += 1;
      unjudged[key] = "";
    } else counts[verdict] = (counts[verdict] ?? 0) + 1;
    const line = [verdict ?? "UNJUDGED", a.seed, actor.kind, actor.name, actor.role ?? ""];
    if (withEvidence) line.push(actor.evidence.replace(/\s+/g, " ").slice(0, 220));
    if (!onlyUnjudged) console.log(line.join("\t"));
  }
}

if (onlyUnjudged) {
  console.log(JSON.stringify(unjudged, null, 1));
} else {
  const rate = (bad, judged) => (judged ? `${((100 * bad) / judged).toFixed(1)} %` : "n/a");
  for (const [gold, x] of perSet) console.log(`SET ${gold} actors ${x.total} unjudged ${x.unjudged} bad ${x.bad} bad-rate ${rate(x.bad, x.total - x.unjudged)}`);
  const bad = BAD.reduce((n, v) => n + (counts[v] ?? 0), 0);
  const judged = counts.total - counts.unjudged;
  console.log(
    `${heldOut ? "HELD-OUT" : "TOTAL"} actors ${counts.total} articles ${articles.length} judged ${judged} unjudged ${counts.unjudged} ok ${counts.ok ?? 0} ` +
      BAD.map((v) => `${v} ${counts[v] ?? 0}`).join(" ") +
      ` bad-rate ${rate(bad, judged)}`,
  );
}
