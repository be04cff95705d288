import { build } from "esbuild";
const r = await build({ entryPoints: ["functions/http.ts"], bundle: true, minify: true, platform: "node", target: "node24", format: "esm", outdir: "/tmp/http-eb/z", outExtension: { ".js": ".mjs" }, splitting: true, metafile: true, logLevel: "error" });
const agg={};for (const o of Object.values(r.metafile.outputs)) for (const [inp,v] of Object.entries(o.inputs)) if (inp.includes("node_modules/zod")) { const k=inp.replace(/.*node_modules\/zod\//,"").split("/").slice(0,3).join("/"); agg[k]=(agg[k]??0)+v.bytesInOutput; }
console.log(Object.entries(agg).sort((a,b)=>b[1]-a[1]).slice(0,12));
