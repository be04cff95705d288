// Value-F1 of the tagger over the annotated fixtures (relaxed match, as TempEval-3: a gold expression
// counts when a system expression overlaps it and has the same value).
// Run directly for a report: node_modules/.bin/node test/dates/score.ts [-v]
import { readFileSync } from "node:fs";
import { tagDates, type TimexMatch } from "../../lib/dates/index.ts";

export interface Case {
  ref: string | null;
  text: string;
  expect: Array<[string, string] | [string, string, string]>;
}
export interface Gold {
  start: number;
  end: number;
  text: string;
  value: string;
  type?: string;
}

export function loadCases(): Record<string, Case[]> {
  const raw = JSON.parse(readFileSync(new URL("../fixtures/dates/cases.json", import.meta.url), "utf8"));
  return raw.categories;
}

/** Gold spans of a case: each expected text located left to right. */
export function goldOf(c: Case): Gold[] {
  const out: Gold[] = [];
  let from = 0;
  for (const [t, value, type] of c.expect) {
    const at = c.text.indexOf(t, from);
    if (at < 0) throw new Error(`fixture: "${t}" not in "${c.text}"`);
    out.push({ start: at, end: at + t.length, text: t, value, type });
    from = at + t.length;
  }
  return out;
}

export interface Score {
  gold: number;
  system: number;
  matched: number;
  valueCorrect: number;
  precision: number;
  recall: number;
  f1: number;
  errors: string[];
}

export function score(docs: Array<{ text: string; gold: Gold[]; system: TimexMatch[] }>): Score {
  let gold = 0;
  let system = 0;
  let matched = 0;
  let valueCorrect = 0;
  const errors: string[] = [];
  for (const d of docs) {
    gold += d.gold.length;
    system += d.system.length;
    const used = new Set<number>();
    for (const g of d.gold) {
      const i = d.system.findIndex((s, k) => !used.has(k) && s.start < g.end && g.start < s.end);
      if (i < 0) {
        errors.push(`MISS  ${JSON.stringify(g.text)} ${g.value}   in: ${d.text.slice(Math.max(0, g.start - 50), g.end + 50).replace(/\n/g, " ")}`);
        continue;
      }
      used.add(i);
      matched++;
      const s = d.system[i]!;
      if (s.value === g.value || (g.value.includes("T") && s.value.startsWith(g.value))) valueCorrect++;
      else errors.push(`VALUE ${JSON.stringify(s.text)} got ${s.value} want ${g.value}   in: ${d.text.slice(Math.max(0, g.start - 50), g.end + 50).replace(/\n/g, " ")}`);
    }
    d.system.forEach((s, k) => {
      if (!used.has(k)) errors.push(`EXTRA ${JSON.stringify(s.text)} ${s.value}   in: ${d.text.slice(Math.max(0, s.start - 50), s.end + 50).replace(/\n/g, " ")}`);
    });
  }
  const precision = system ? valueCorrect / system : 1;
  const recall = gold ? valueCorrect / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, system, matched, valueCorrect, precision, recall, f1, errors };
}

/** The short cases plus the annotated articles. */
export function allDocs(): Array<{ text: string; gold: Gold[]; system: TimexMatch[] }> {
  const docs: Array<{ text: string; gold: Gold[]; system: TimexMatch[] }> = [];
  for (const cases of Object.values(loadCases())) {
    for (const c of cases) docs.push({ text: c.text, gold: goldOf(c), system: tagDates(c.text, { reference: c.ref }) });
  }
  for (const a of loadArticles()) {
    docs.push({ text: a.text, gold: a.gold, system: tagDates(a.text, { reference: a.ref }) });
  }
  return docs;
}

export interface Article {
  name: string;
  ref: string | null;
  text: string;
  gold: Gold[];
}

/**
 * Annotated articles: test/fixtures/dates/articles/*.txt with inline markup
 * `[[expression|VALUE]]` (the markup is stripped; offsets refer to the stripped text). The first line
 * is `REF: YYYY-MM-DD`.
 */
export function loadArticles(): Article[] {
  const dir = new URL("../fixtures/dates/articles/", import.meta.url);
  let names: string[] = [];
  try {
    names = (await_readdir(dir) as string[]).filter((n) => n.endsWith(".txt")).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const raw = readFileSync(new URL(name, dir), "utf8");
    const nl = raw.indexOf("\n");
    const ref = raw.slice(0, nl).replace(/^REF:\s*/, "").trim();
    const body = raw.slice(nl + 1);
    const gold: Gold[] = [];
    let text = "";
    let last = 0;
    const re = /\[\[([^|\]]+)\|([^\]]+)\]\]/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      text += body.slice(last, m.index);
      gold.push({ start: text.length, end: text.length + m[1]!.length, text: m[1]!, value: m[2]! });
      text += m[1];
      last = m.index + m[0].length;
    }
    text += body.slice(last);
    return { name, ref: ref === "null" ? null : ref, text, gold };
  });
}

import { readdirSync } from "node:fs";
function await_readdir(dir: URL): string[] {
  return readdirSync(dir);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = score(allDocs());
  if (process.argv.includes("-v")) for (const e of s.errors) console.log(e);
  console.log(
    `gold ${s.gold}  system ${s.system}  overlap ${s.matched}  value-correct ${s.valueCorrect}  ` +
      `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  value-F1 ${s.f1.toFixed(3)}`,
  );
}
