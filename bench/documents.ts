// Documents: PDF reading speed, and what the PDF and Word readers cost a handler that never sees one.
// `node bench/documents.ts` (or through `npm run bench`). Each figure is a ratio against a baseline
// measured in the same run:
// - pages per second reading a 2-column PDF, against the text path on the same article;
// - import time of the upload handler's module graph in a fresh process (as `npm start` runs it),
//   against the same graph with PDF.js loaded eagerly;
// - import time of the handler bundled as the Lambda bundles are (esbuild.config.cjs: the readers in
//   chunks of their own), against the same bundle with the two document readers stubbed out: what the
//   readers add to a Lambda cold start that sees no document.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { build, type BuildOptions, type Plugin } from "esbuild";
import { readPdf } from "../lib/load/pdf.ts";
import { prepareArticle } from "../lib/prepare-article.ts";
import { layoutPdf } from "../test/load/make-documents.ts";
import { benchArticle } from "./engine.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const RUNS = 9;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Median ms of `fn` over batches after a warm-up (batches resist bursts of load from other processes). */
async function measure(fn: () => Promise<unknown>, batches = 7): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < batches; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** ms to import `script`'s modules in a fresh Node process (the process's own start-up excluded). */
function importOnce(script: string): number {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", `const t0 = performance.now(); ${script}; console.log(performance.now() - t0);`], {
    cwd: ROOT,
    env: { ...process.env, PRECIS_LOG_LEVEL: "silent", PRECIS_ENGINE: "rules" },
    encoding: "utf8",
  });
  return Number(out.trim().split("\n").pop());
}

/** Median import times of two scripts, run alternately so that load from other processes hits both alike. */
function importMs(a: string, b: string): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ta.push(importOnce(a));
    tb.push(importOnce(b));
  }
  return [median(ta), median(tb)];
}

/** Replaces lib/load/pdf.ts and docx.ts with modules that have no dependencies. */
const stubReaders: Plugin = {
  name: "stub-document-readers",
  setup(b) {
    b.onResolve({ filter: /\/load\/(pdf|docx)\.ts$/ }, (args) => ({ path: args.path, namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export const readPdf = () => { throw new Error('stub'); }; export const readDocx = readPdf;", loader: "js" }));
  },
};

// The Lambda bundles' options (serverless.yml reads the same file).
const { bundleOptions } = createRequire(import.meta.url)("../esbuild.config.cjs") as { bundleOptions: BuildOptions & { plugins: Plugin[] } };

/** Bundles the upload handler into `outdir` as the Lambda bundle is (`plugins` first); returns its entry file. */
async function bundle(outdir: string, plugins: Plugin[]): Promise<string> {
  await build({
    ...bundleOptions,
    entryPoints: [`${ROOT}functions/on-upload.ts`],
    outdir,
    sourcemap: false,
    metafile: false,
    logLevel: "error",
    plugins: [...plugins, ...bundleOptions.plugins],
  });
  return `${outdir}on-upload.mjs`;
}

export async function benchDocuments(): Promise<void> {
  // --- PDF reading speed
  const text = benchArticle(6000);
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim());
  const pdf = await layoutPdf(paragraphs, { header: "BENCH COURIER", footer: (n) => `Page ${n}`, columns: [{ x: 54, width: 240 }, { x: 318, width: 240 }], flow: { size: 10, leading: 13, indent: 12 } });
  const { pages } = await readPdf(pdf, { maxPages: 1000 });
  const pdfMs = await measure(() => readPdf(pdf, { maxPages: 1000 }));
  const txt = new TextEncoder().encode(paragraphs.join("\n\n"));
  const txtMs = await measure(async () => prepareArticle({ bytes: txt, contentType: "text/plain" }, { maxObjectBytes: 1e8 }));
  console.log(`PDF: ${pages} pages, ${text.split(/\s+/).length} words, 2 columns`);
  console.log(`  read (PDF.js + layout)      ${pdfMs.toFixed(1)} ms   ${((pages * 1000) / pdfMs).toFixed(0)} pages/s`);
  console.log(`  baseline: same text as .txt ${txtMs.toFixed(1)} ms   (load + clean)`);
  console.log(`  ratio PDF / text:           ${(pdfMs / txtMs).toFixed(1)}×`);

  // --- Cold start of a handler that never sees a document (sources, as npm start runs them)
  const [handler, eager] = importMs(`await import("./functions/on-upload.ts")`, `await import("./functions/on-upload.ts"); await (await import("unpdf")).getResolvedPDFJS()`);
  console.log(`\nCold start, upload handler module graph (fresh process, median of ${RUNS}):`);
  console.log(`  handler as shipped (readers lazy)  ${handler.toFixed(0)} ms`);
  console.log(`  baseline: PDF.js loaded eagerly    ${eager.toFixed(0)} ms`);
  console.log(`  ratio lazy / eager:                ${(handler / eager).toFixed(2)}`);

  // --- Cold start of the bundled handler (what Lambda loads)
  const dir = `${ROOT}node_modules/.cache/precis-bench/`;
  mkdirSync(dir, { recursive: true });
  try {
    const withEntry = await bundle(`${dir}with-readers/`, []);
    const withoutEntry = await bundle(`${dir}without-readers/`, [stubReaders]);
    const [withReaders, without] = importMs(`await import(${JSON.stringify(withEntry)})`, `await import(${JSON.stringify(withoutEntry)})`);
    console.log(`\nCold start, bundled handler (esbuild.config.cjs, as the Lambda bundle; median of ${RUNS}):`);
    console.log(`  as shipped (readers lazy, chunks)   ${withReaders.toFixed(0)} ms`);
    console.log(`  baseline: readers stubbed out      ${without.toFixed(0)} ms`);
    console.log(`  ratio:                             ${(withReaders / without).toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDocuments();
