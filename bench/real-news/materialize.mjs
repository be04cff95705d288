#!/usr/bin/env node
// Writes the real-news benchmark inputs into OUTDIR from ../shared/dev (third-party text stays there).
//   node bench/real-news/materialize.mjs [--gold GOLD.json] OUTDIR
// GOLD defaults to bench/real-news/gold.json; the other sets and their roles are listed in bench/real-news/sets.json.
// pages/<id>.html.gz  -> OUTDIR/<id12>.html   (the page as served, so cleaning is exercised)
// timeml/.../<DOC>.tml -> OUTDIR/<DOC>.html   (minimal HTML: title, article:published_time = the DCT, one <p> per line)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dev = process.env.PRECIS_DEV_DIR ?? join(root, "..", "shared", "dev");
const args = process.argv.slice(2);
const at = args.indexOf("--gold");
const goldFile = at >= 0 ? resolve(args[at + 1] ?? "") : join(root, "bench", "real-news", "gold.json");
const out = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1))[0];
if (!out || (at >= 0 && !args[at + 1])) {
  console.error("usage: node bench/real-news/materialize.mjs [--gold GOLD.json] OUTDIR");
  process.exit(2);
}
if (!existsSync(dev)) {
  console.log(`no dev data at ${dev}: nothing to materialize (it is not part of a fresh clone)`);
  process.exit(0);
}

const gold = JSON.parse(readFileSync(goldFile, "utf8"));
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
// TimeML text is XML: its own entities are decoded once the tags are gone.
const unxml = (s) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

function timemlHtml(tml) {
  const dct = /<DCT>[\s\S]*?value="([^"]+)"/.exec(tml)?.[1];
  const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(tml)?.[1]?.trim();
  // Wire typesetting codes (`&UR;`, `&LR;`, `&QL;` in the New York Times service's copy) are layout, not text.
  const text = unxml(/<TEXT>([\s\S]*?)<\/TEXT>/.exec(tml)[1].replace(/<[^>]*>/g, "")).replace(/&[A-Z]{2};/g, "");
  const lines = text.split(/\n/).map((l) => l.trim()).filter(Boolean);
  // "(Undated)" stands where the dateline would be: there is none.
  if (lines[0] === "(Undated)") lines.shift();
  // A wire dateline alone on its line opens the first paragraph, as in the wire copy: AP's "HAVANA (AP) --", the
  // New York Times service's "MIAMI _".
  const dateline = /\((AP|Reuters)\)\s*(--|_|—)?$|^[A-Z][A-Z.' -]*(, [A-Z][A-Za-z.]*)? _$/;
  if (lines.length > 1 && dateline.test(lines[0])) lines.splice(0, 2, `${lines[0]} ${lines[1]}`);
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    title ? `<title>${esc(title)}</title>` : "",
    dct ? `<meta property="article:published_time" content="${esc(dct)}">` : "",
    "</head><body><article>",
    title ? `<h1>${esc(title)}</h1>` : "",
    ...lines.map((l) => `<p>${esc(l)}</p>`),
    "</article></body></html>",
    "",
  ]
    .filter((l) => l !== "")
    .join("\n");
}

mkdirSync(out, { recursive: true });
let written = 0;
for (const art of gold.articles) {
  const src = join(dev, art.source);
  if (!existsSync(src)) {
    console.error(`missing ${art.source}`);
    process.exitCode = 1;
    continue;
  }
  const body = art.source.endsWith(".gz") ? gunzipSync(readFileSync(src)) : timemlHtml(readFileSync(src, "utf8"));
  writeFileSync(join(out, art.seed), body);
  written += 1;
}
console.log(`wrote ${written} of ${gold.articles.length} articles to ${out}`);
