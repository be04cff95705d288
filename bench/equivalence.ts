// Output fingerprint for speed work: SHA-256 of the cleaner's output and of the rules engine's JSON over
// the test fixtures, the seeds, the real pages and the TimeML texts. A change meant only to be faster
// must leave every hash as it was.
//   node bench/equivalence.ts            one line per corpus: count, cleaner hash, engine hash
//   node bench/equivalence.ts --items    and one line per item (never for the unseen TimeML articles)
// The real data is read in place from ../shared when it is there; the unseen TimeML articles (the blind gold set and
// the rest of the reserved pool, bench/real-news/sets.json) are hashed only all together, so no figure about one of
// them is ever printed.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { extractRules } from "../lib/engines/rules/index.ts";
import { cleanArticle } from "../lib/clean/index.ts";
import { isUnseen } from "./real-news/sets.ts";

const ROOT = new URL("../", import.meta.url);
const SHARED = new URL("../shared/", ROOT);
const listItems = process.argv.includes("--items");

interface Item {
  name: string;
  bytes: Uint8Array;
  options: { fileName?: string; contentType?: string };
  publishedAt?: string;
}

function walk(dir: URL): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(new URL(f, dir)).isDirectory() ? walk(new URL(`${f}/`, dir)).map((g) => `${f}/${g}`) : [f]));
}

const fileItems = (dir: URL, prefix: string): Item[] =>
  walk(dir).map((f) => ({ name: `${prefix}${f}`, bytes: new Uint8Array(readFileSync(new URL(f, dir))), options: { fileName: f } }));

const pages = (): Item[] =>
  walk(new URL("dev/pages/", SHARED))
    .filter((f) => f.endsWith(".html.gz"))
    .map((f) => ({ name: `pages/${f.slice(0, 12)}`, bytes: new Uint8Array(gunzipSync(readFileSync(new URL(`dev/pages/${f}`, SHARED)))), options: { contentType: "text/html" } }));

async function timeml(unseen: boolean): Promise<Item[]> {
  const dir = new URL("dev/timeml/data/dev/", SHARED);
  if (!existsSync(dir)) return [];
  const { parseTml } = (await import(new URL("dev/timeml/lib/tml.mjs", SHARED).href)) as { parseTml: (xml: string, id: string) => { text: string; dct: string } };
  const enc = new TextEncoder();
  return walk(dir)
    .filter((f) => f.endsWith(".tml") && isUnseen(`timeml/data/dev/${f}`) === unseen)
    .map((f) => {
      const doc = parseTml(readFileSync(new URL(f, dir), "utf8"), f);
      return { name: `timeml/${f}`, bytes: enc.encode(doc.text), options: { contentType: "text/plain" }, publishedAt: doc.dct };
    });
}

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const failure = (e: unknown) => `ERROR ${(e as { code?: string }).code ?? ""} ${e instanceof Error ? e.message : String(e)}`;

function fingerprint(item: Item): { clean: string; engine: string } {
  let cleaned;
  try {
    cleaned = cleanArticle(item.bytes, item.options);
  } catch (e) {
    return { clean: failure(e), engine: "" };
  }
  const metadata = item.publishedAt ? { ...cleaned.metadata, publishedAt: item.publishedAt } : cleaned.metadata;
  let engine: string;
  try {
    engine = JSON.stringify(extractRules({ text: cleaned.text, metadata }));
  } catch (e) {
    engine = failure(e);
  }
  return { clean: JSON.stringify(cleaned), engine };
}

const corpora: [string, Item[], boolean][] = [
  ["fixtures", fileItems(new URL("test/fixtures/", ROOT), "fixtures/"), true],
  ["seeds", fileItems(new URL("seeds/", SHARED), "seeds/"), true],
  ["pages", pages(), true],
  ["timeml", await timeml(false), true],
  ["timeml-unseen", await timeml(true), false],
];
for (const [name, items, itemized] of corpora) {
  const clean = createHash("sha256");
  const engine = createHash("sha256");
  for (const item of items) {
    const f = fingerprint(item);
    clean.update(`${item.name}\0${f.clean}\0`);
    engine.update(`${item.name}\0${f.engine}\0`);
    if (listItems && itemized) console.log(`  ${item.name} ${sha(f.clean).slice(0, 16)} ${sha(f.engine).slice(0, 16)}`);
  }
  console.log(`${name.padEnd(16)} ${String(items.length).padStart(4)}  clean ${clean.digest("hex").slice(0, 16)}  engine ${engine.digest("hex").slice(0, 16)}`);
}
