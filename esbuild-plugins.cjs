// esbuild plugins for the Lambda bundles (serverless.yml custom.esbuild.plugins).
const { dirname } = require("node:path");

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

module.exports = [zodEnglishOnly];
