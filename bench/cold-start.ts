// Cold start of the packaged Lambda handlers: the time to start Node and import each handler from its
// deployment zip, as a paired ratio against bare `node -e 0` (the two alternate, so machine noise hits
// both alike). `npm run package` first; `node bench/cold-start.ts [--zip a.zip …] [--rounds N]` measures
// other zips (e.g. an older packaging) the same way. Target: ≤ 1.5× bare Node.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { inflateRawSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The files of a zip (stored or deflated entries: what the packager writes). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip file");
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLen);
    at += 46 + nameLen + extraLen + commentLen;
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    if (!name.endsWith("/")) files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
  }
  return files;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function timed(args: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env: { PATH: process.env["PATH"] ?? "", AWS_REGION: "us-east-1" } });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${r.stderr.toString().slice(0, 500)}`);
  return ms;
}

export interface ColdStart {
  zip: string;
  handler: string;
  /** Bytes of the zip, and of the handler's own entry file unpacked. */
  zipBytes: number;
  entryBytes: number;
  bareMs: number;
  importMs: number;
  /** Median of the per-pair ratios. */
  ratio: number;
}

export function measureZip(zipPath: string, rounds: number): ColdStart[] {
  const dir = mkdtempSync(join(tmpdir(), "precis-cold-"));
  try {
    const files = unzip(readFileSync(zipPath));
    for (const [name, data] of files) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    // The handlers are the entry files: functions/<name>.mjs without a chunk hash.
    const entries = [...files.keys()].filter((n) => /^functions\/[a-z-]+\.mjs$/.test(n) && !/^functions\/(chunk|openai|rules|web|secrets|chunking|dist|bowser|event)/.test(n));
    const out: ColdStart[] = [];
    for (const entry of entries) {
      const url = pathToFileURL(join(dir, entry)).href;
      const load = ["-e", `import(${JSON.stringify(url)}).then((m) => { if (typeof m.handler !== "function") process.exit(3); })`];
      timed(load); // one warm-up of the disk cache for each
      timed(["-e", "0"]);
      const bare: number[] = [];
      const imported: number[] = [];
      const ratios: number[] = [];
      for (let i = 0; i < rounds; i++) {
        // Alternate which goes first, so a drift in machine load does not favour one side.
        const [b, m] = i % 2 ? [timed(["-e", "0"]), timed(load)] : (([m2, b2]) => [b2, m2])([timed(load), timed(["-e", "0"])]);
        bare.push(b);
        imported.push(m);
        ratios.push(m / b);
      }
      out.push({ zip: zipPath, handler: entry, zipBytes: statSync(zipPath).size, entryBytes: files.get(entry)!.length, bareMs: median(bare), importMs: median(imported), ratio: median(ratios) });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printColdStarts(results: ColdStart[]): void {
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  console.log("| zip | handler | zip size | entry file | node -e 0 (ms) | import (ms) | ratio |");
  console.log("|---|---|---|---|---|---|---|");
  for (const r of results)
    console.log(`| ${r.zip.replace(ROOT, "")} | ${r.handler} | ${mb(r.zipBytes)} | ${mb(r.entryBytes)} | ${r.bareMs.toFixed(1)} | ${r.importMs.toFixed(1)} | ${r.ratio.toFixed(2)}× |`);
}

export async function benchColdStart(argv: string[] = []): Promise<void> {
  const rounds = Number(argv[argv.indexOf("--rounds") + 1]) || 15;
  const zips: string[] = [];
  argv.forEach((a, i) => a === "--zip" && argv[i + 1] && zips.push(argv[i + 1]!));
  if (!zips.length) {
    const dir = join(ROOT, ".serverless");
    if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith(".zip")) zips.push(join(dir, f));
  }
  if (!zips.length) {
    console.log("(no packaged zips: run `npm run package` first)");
    return;
  }
  const results = zips.flatMap((z) => measureZip(z, rounds));
  printColdStarts(results);
  const worst = Math.max(...results.map((r) => r.ratio));
  console.log(`\nworst ratio ${worst.toFixed(2)}× bare Node (target ≤ 1.5×; ${rounds} alternating pairs each, medians)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchColdStart(process.argv.slice(2));
