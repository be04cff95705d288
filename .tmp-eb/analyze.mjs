import { build } from "esbuild";
const splitting = process.argv[2] === "split";
for (const entry of ["functions/http.ts", "functions/on-upload.ts"]) {
  const r = await build({ entryPoints: [entry], bundle: true, minify: true, platform: "node", target: "node24", format: "esm", outdir: `/tmp/http-eb/out-${splitting ? "split" : "mono"}`, outExtension: { ".js": ".mjs" }, splitting, metafile: true, logLevel: "error",
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  const byPkg = {};
  for (const [out, o] of Object.entries(r.metafile.outputs)) {
    if (!out.endsWith(".mjs")) continue;
    for (const [inp, i] of Object.entries(o.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(inp); const k = (m ? m[1] : inp.split("/").slice(0,2).join("/"));
      byPkg[out+" "+k] = (byPkg[out+" "+k] ?? 0) + i.bytesInOutput;
    }
  }
  console.log(entry, Object.entries(r.metafile.outputs).filter(([k])=>k.endsWith(".mjs")).map(([k,o])=>`${k} ${o.bytes}`).join("\n  "));
  console.log(Object.entries(byPkg).sort((a,b)=>b[1]-a[1]).slice(0,14).map(([k,v])=>`   ${v} ${k}`).join("\n"));
}
