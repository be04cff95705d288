import { build } from "esbuild";
const r = await build({ entryPoints: ["functions/http.ts","functions/on-upload.ts"], bundle: true, minify: true, platform: "node", target: "node24", format: "esm", outdir: "/tmp/http-eb/x", outExtension: { ".js": ".mjs" }, splitting: true, metafile: true, logLevel: "error" });
// static closure of each entry
for (const e of ["http","on-upload"]) {
  const outs = r.metafile.outputs; const start = Object.keys(outs).find(k => k.endsWith(`/${e}.mjs`));
  const seen = new Set(); const q=[start];
  while (q.length) { const k=q.pop(); if (seen.has(k)) continue; seen.add(k); for (const i of outs[k].imports) if (i.kind==="import-statement" && !i.external) q.push(i.path); }
  const agg = {}; let tot=0;
  for (const k of seen) for (const [inp, v] of Object.entries(outs[k].inputs)) { const m=/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(inp); const key=m?m[1]:inp.replace(/\/[^/]+$/,""); agg[key]=(agg[key]??0)+v.bytesInOutput; tot+=v.bytesInOutput; }
  console.log(e, "static", tot); console.log(Object.entries(agg).sort((a,b)=>b[1]-a[1]).slice(0,22).map(([k,v])=>"  "+v+" "+k).join("\n"));
}
