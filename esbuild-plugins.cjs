// esbuild plugins for the Lambda bundles (serverless.yml custom.esbuild.plugins).
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

module.exports = [zodEnglishOnly, chunksPerFunction];
