// How the Lambda handlers are bundled: the one set of esbuild options, read by serverless-esbuild
// (serverless.yml custom.esbuild.config) and by the benches that build a handler themselves
// (bench/documents.ts), so the two cannot drift apart.
//
// Cold start: minified, one zip per function carrying only its own chunks, engines' dependencies loaded
// only when chosen (lib/engines/index.ts), the HTML reader only when a page arrives (lib/clean/document.ts),
// and source maps written beside the bundles (.esbuild/.build/)
// but kept out of the zips (serverless.yml package.patterns). `npm run bench` measures the import, and the
// import plus a first invocation, against bare Node. No V8 compile cache ships: Node files it under
// v<version>-<arch>-<V8 flags hash>-<uid> (v24.21.0-x64-964aae3f-0 here), so one written at package time
// (x64, root) is never read by Lambda (arm64, a sandbox user, a nodejs24.x patch that is Lambda's to
// change); /tmp, the only writable place, is empty at a cold start. Even read, it saved little: import
// 3.7× → 3.2-3.6× bare Node in CPU, a first invocation within noise (measured 2026-12, Node 24.21).
// V8 then mostly runs code, not compiles it.
const { basename, dirname, extname } = require("node:path");

// zod's classic API re-exports every locale as `z.locales.*` (1.6 MB of sources), which a namespace
// import keeps in the bundle; Précis only ever uses English, the default. Less code to compile at cold start.
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";\n',
      loader: "js",
      resolveDir: dirname(args.path),
    }));
  },
};

// The AWS SDK's browser user-agent provider imports `bowser` (a browser detector) dynamically. It is never
// called in Node, but esbuild would still write bowser as a chunk into every zip: left out instead (an
// external import that nothing resolves, and that nothing reaches).
const noBowser = {
  name: "no-bowser",
  setup(build) {
    build.onResolve({ filter: /^bowser$/ }, () => ({ path: "bowser", external: true }));
  },
};

// node:http imported as an ES module costs a cold start about 70 ms of CPU: building its namespace reads
// every export, and the lazy ones (WebSocket, MessageEvent …) load Node's own copy of undici, which the
// handlers never use. Required as CommonJS (the banner's `require`), only the exports used are read.
const httpAsRequire = {
  name: "http-as-require",
  setup(build) {
    build.onResolve({ filter: /^(node:)?http$/ }, (args) =>
      args.namespace === "http-as-require" ? { path: "node:http", external: true } : { path: "node:http", namespace: "http-as-require" },
    );
    build.onLoad({ filter: /.*/, namespace: "http-as-require" }, () => ({ contents: 'module.exports = require("node:http");\n', loader: "js" }));
  },
};

// serverless-esbuild builds each function into the same folder; with the chunks of each under a folder
// of its own (functions/<entry>-chunks/), each zip leaves out the other function's chunks
// (serverless.yml functions.*.package.patterns).
const chunksPerFunction = {
  name: "chunks-per-function",
  setup(build) {
    const entries = Object.values(build.initialOptions.entryPoints ?? {});
    if (entries.length !== 1) throw new Error("chunks-per-function: one entry point per build expected");
    const entry = String(entries[0]?.in ?? entries[0]);
    build.initialOptions.chunkNames = `${basename(entry, extname(entry))}-chunks/[name]-[hash]`;
  },
};

/** esbuild's own options for a handler bundle (one entry point per build; give `entryPoints` and `outdir`). */
const bundleOptions = {
  bundle: true,
  minify: true,
  // ES module builds first: the AWS SDK's dist-es tree-shakes and keeps its credential providers other
  // than env (sso, ini, process, web identity, IMDS: never used on Lambda, which gives credentials in
  // env vars) behind dynamic imports; its dist-cjs (the `main` default for platform node) does neither.
  mainFields: ["module", "main"],
  // What each bundle holds and why: .esbuild/.build/functions/<handler>-meta.json (bench/cold-start.ts
  // prints the largest packages a handler imports at start).
  metafile: true,
  // Dynamic imports become chunks of their own: an engine's dependencies (the tokenizer tables for
  // `openai`, the rules engine's lexicon for `rules`) are read only when that engine is created. The PDF
  // and Word readers (~3 MB of JavaScript) are chunks too, imported only when such a file arrives
  // (lib/load/documents.ts): a cold start that sees no document parses none of it. (They were `external`
  // once; the packager then left their node_modules out of the zips, and a PDF failed.)
  splitting: true,
  sourcemap: "external",
  target: "node24",
  platform: "node",
  format: "esm",
  outExtension: { ".js": ".mjs" },
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  plugins: [zodEnglishOnly, noBowser, httpAsRequire, chunksPerFunction],
};

// serverless-esbuild's config file: a function of the serverless instance giving its options (esbuild's
// and its own). It sets outExtension itself from outputFileExtension.
module.exports = () => {
  const { outExtension, ...options } = bundleOptions;
  return { ...options, keepOutputDirectory: true, outputFileExtension: outExtension[".js"] };
};
module.exports.bundleOptions = bundleOptions;
