// Cold start of the packaged Lambda handlers, from each deployment zip, as paired ratios against bare
// `node -e 0` (measured in rotating order in the same rounds, so machine noise hits all alike), in wall
// time and in the child process's own CPU time (user + system, all its threads): on a shared, loaded
// machine the wall time mostly measures waiting for a core, the CPU time what the start costs:
//   (a) starting Node and importing the handler;
//   (b) the same plus its first invocation on a new small article (rules engine) against the local S3
//       server (s3rver behind the signature-checking front, as `npm start` runs it). Lazy loading that the
//       first invocation undoes shows up here: (b) is the figure a user waits for.
// `npm run package` first; `node bench/cold-start.ts [--zip a.zip …] [--rounds N] [--no-invoke]` measures
// other zips (e.g. an older packaging) the same way, all in the same rounds. Target: (a) ≤ 1.5× bare Node.
import { spawn } from "node:child_process";
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

// Preloaded into every child (bare Node too, so both sides pay its one small file): writes the process's
// CPU time at exit to fd 3. Written on first use, into a folder removed when the process exits.
let cpuReport: string | undefined;
function cpuReportFile(): string {
  if (cpuReport) return cpuReport;
  const dir = mkdtempSync(join(tmpdir(), "precis-cold-cpu-"));
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  cpuReport = join(dir, "cpu-report.cjs");
  writeFileSync(cpuReport, `process.on("exit", () => { const u = process.cpuUsage(); require("node:fs").writeSync(3, String((u.user + u.system) / 1000)); });\n`);
  return cpuReport;
}

interface Timing {
  /** Wall ms from spawning the child to its exit. */
  ms: number;
  /** The child's own CPU ms (user + system, every thread), up to its exit event. */
  cpuMs: number;
}

/** Runs `node args` to its exit (asynchronously: the local S3 server answers from this process). */
function timed(args: string[], env: Record<string, string> = {}): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["-r", cpuReportFile(), ...args], {
      stdio: ["ignore", "ignore", "pipe", "pipe"],
      env: { PATH: process.env["PATH"] ?? "", AWS_REGION: "us-east-1", ...env },
    });
    let stderr = "";
    let cpu = "";
    child.stderr!.on("data", (d) => (stderr += d));
    child.stdio[3]!.on("data", (d) => (cpu += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      if (code === 0 && cpu) resolve({ ms, cpuMs: Number(cpu) });
      else reject(new Error(`node ${args.join(" ").slice(0, 200)} failed (${code}): ${stderr.slice(0, 800)}`));
    });
  });
}

/**
 * A first invocation needs a bucket: the local S3 server, as `npm start` runs it (s3rver behind the
 * signature-checking front), with Lambda's environment (credentials in env vars, as the runtime gives them).
 */
export interface BenchS3 {
  env: Record<string, string>;
  put(key: string, body: string | Uint8Array, contentType?: string): Promise<void>;
  close(): Promise<void>;
}

export async function startBenchS3(): Promise<BenchS3> {
  const { startS3Front } = await import("../local/s3-front.ts");
  const { S3Client, PutObjectCommand } = await import("@aws-sdk/client-s3");
  const dir = mkdtempSync(join(tmpdir(), "precis-cold-s3-"));
  const bucket = "precis-articles";
  const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  const front = await startS3Front({ directory: dir, buckets: [bucket], credentials: { [credentials.accessKeyId]: credentials.secretAccessKey } });
  const client = new S3Client({ endpoint: front.url, region: "us-east-1", forcePathStyle: true, credentials });
  return {
    env: {
      PRECIS_S3_ENDPOINT: front.url,
      PRECIS_BUCKET: bucket,
      PRECIS_API_KEY: "bench-key-0123456789",
      PRECIS_LOG_LEVEL: "silent",
      // Each run summarizes a new article: no reuse of an earlier run's summary.
      PRECIS_SAME_STORY_REUSE: "off",
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_SESSION_TOKEN: "bench-session",
      AWS_EC2_METADATA_DISABLED: "true",
    },
    async put(key, body, contentType = "text/plain") {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
    },
    async close() {
      client.destroy();
      await front.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A small fictional article (the project's own fixture); each run gets a new first line, so each is new work.
const ARTICLE = readFileSync(join(ROOT, "test/fixtures/articles/labour-dispute.txt"), "utf8");
const articleFor = (run: number) => `Bulletin ${run}: talks resume at the Halvorsen plants.\n\n${ARTICLE}`;

/** What one first invocation of a handler is: its event (prepared before the process starts) and its success check. */
interface FirstInvocation {
  prepare(run: number): Promise<Record<string, string>>;
  /** Source run in the child after the handler returned `r`: exits non-zero unless it did real work. */
  check: string;
}

function firstInvocation(entry: string, s3: BenchS3, zipTag: string): FirstInvocation | null {
  if (entry.endsWith("on-upload.mjs"))
    return {
      async prepare(run) {
        const key = `incoming/cold/${zipTag}-${run}.txt`;
        await s3.put(key, articleFor(run));
        const event = { Records: [{ eventName: "ObjectCreated:Put", s3: { bucket: { name: s3.env["PRECIS_BUCKET"] }, object: { key, size: Buffer.byteLength(articleFor(run)) } } }] };
        return { BENCH_EVENT: JSON.stringify(event) };
      },
      check: `r.results.length === 1 && r.results[0].outcome === "summarized"`,
    };
  if (entry.endsWith("http.mjs"))
    return {
      async prepare(run) {
        const body = JSON.stringify({ text: articleFor(run), title: `Bulletin ${run}` });
        const event = {
          version: "2.0",
          rawPath: "/summaries",
          headers: { "content-type": "application/json", "x-api-key": s3.env["PRECIS_API_KEY"] },
          body,
          isBase64Encoded: false,
          requestContext: { http: { method: "POST", sourceIp: "127.0.0.1" }, requestId: `cold-${zipTag}-${run}` },
        };
        return { BENCH_EVENT: JSON.stringify(event) };
      },
      check: `r.statusCode === 200 && JSON.parse(r.body).actors !== undefined`,
    };
  return null;
}

export interface ColdStart {
  zip: string;
  handler: string;
  /** Bytes of the zip, and of the handler's own entry file unpacked. */
  zipBytes: number;
  entryBytes: number;
  /** Bytes of the files the handler imports before it runs (entry + static chunks). */
  importedBytes: number;
  /** Medians of wall and CPU ms. */
  bare: Timing;
  import: Timing;
  /** Medians of the per-round ratios import / bare, in wall and in CPU time. */
  ratio: number;
  cpuRatio: number;
  /** Import + the first invocation on a new small article against the local S3 server (null: no S3 given). */
  invoke: Timing | null;
  invokeRatio: number | null;
  invokeCpuRatio: number | null;
}

/**
 * The modules a handler reaches through its relative imports: the static ones (what a cold start reads
 * before the handler runs) or, with `dynamic`, also the chunks it can load later.
 */
export function reachable(files: Map<string, Buffer>, entry: string, dynamic = false): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  const statics = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[^"';()]*?from\s*)?"(\.\.?\/[^"]+)"/g;
  const dynamics = /\bimport\(\s*"(\.\.?\/[^"]+)"\s*\)/g;
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f) || !files.has(f)) continue;
    seen.add(f);
    const src = files.get(f)!.toString("utf8");
    for (const re of dynamic ? [statics, dynamics] : [statics]) for (const m of src.matchAll(re)) stack.push(join(dirname(f), m[1]!));
  }
  return [...seen];
}

interface Metafile {
  outputs: Record<string, { bytes: number; entryPoint?: string; imports: { path: string; kind: string }[]; inputs: Record<string, { bytesInOutput: number }> }>;
}

/** Bytes per package (or lib/ folder) in what a handler imports at start, from its esbuild metafile. */
export function importedAtStart(meta: Metafile, entryPoint: string): Map<string, number> {
  const outs = meta.outputs;
  const entry = Object.keys(outs).find((k) => outs[k]!.entryPoint === entryPoint);
  if (!entry) throw new Error(`${entryPoint}: not an entry point of this metafile`);
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const o = stack.pop()!;
    if (seen.has(o) || !outs[o]) continue;
    seen.add(o);
    for (const i of outs[o]!.imports) if (i.kind === "import-statement") stack.push(i.path);
  }
  const by = new Map<string, number>();
  for (const o of seen)
    for (const [input, { bytesInOutput }] of Object.entries(outs[o]!.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split("/").slice(0, 2).join("/");
      by.set(pkg, (by.get(pkg) ?? 0) + bytesInOutput);
    }
  return new Map([...by].sort((a, b) => b[1] - a[1]));
}

/** The largest contributors to what each handler of the last `npm run package` imports at start. */
function printImportedAtStart(): void {
  const dir = join(ROOT, ".esbuild/.build/functions");
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir).filter((n) => n.endsWith("-meta.json"))) {
    const handler = f.replace(/-meta\.json$/, "");
    const by = importedAtStart(JSON.parse(readFileSync(join(dir, f), "utf8")), `functions/${handler}.ts`);
    const top = [...by].slice(0, 8).map(([k, v]) => `${k} ${(v / 1024).toFixed(0)} KB`);
    console.log(`- ${handler}: imported at start, largest first (esbuild metafile): ${top.join(", ")}`);
  }
}

/** One handler of one zip, unpacked: how to import it, and how to import it and invoke it once. */
interface Subject {
  zip: string;
  entry: string;
  files: Map<string, Buffer>;
  load: string[];
  invoked: (() => Promise<Timing>) | null;
  imported: Timing[];
  invokedT: Timing[];
}

/**
 * Every handler of every zip, measured in the same rounds against the same `node -e 0` runs, in rotating
 * order: zips compared side by side (e.g. this branch's packaging against main's) see the same machine load.
 */
export async function measureZips(zipPaths: string[], rounds: number, s3: BenchS3 | null): Promise<ColdStart[]> {
  const dirs: string[] = [];
  try {
    const subjects: Subject[] = [];
    for (const zipPath of zipPaths) {
      const dir = mkdtempSync(join(tmpdir(), "precis-cold-"));
      dirs.push(dir);
      const files = unzip(readFileSync(zipPath));
      for (const [name, data] of files) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), data);
      }
      // The handlers are the entry files: functions/<name>.mjs without a chunk hash.
      const entries = [...files.keys()].filter((n) => /^functions\/(on-upload|http)\.mjs$/.test(n));
      const zipTag = zipPath.replace(/\W+/g, "_").slice(-24);
      for (const entry of entries) {
        const url = pathToFileURL(join(dir, entry)).href;
        const load = ["-e", `import(${JSON.stringify(url)}).then((m) => { if (typeof m.handler !== "function") process.exit(3); })`];
        const first = s3 && firstInvocation(entry, s3, zipTag);
        const invoke = first && [
          "--input-type=module",
          "-e",
          `const m = await import(${JSON.stringify(url)}); const r = await m.handler(JSON.parse(process.env.BENCH_EVENT), { getRemainingTimeInMillis: () => 60000 });
         if (!(${first.check})) { console.error(JSON.stringify(r).slice(0, 600)); process.exit(4); }
         process.exit(0);`,
        ];
        let run = 0;
        const invoked = invoke ? async () => await timed(invoke, { ...s3!.env, ...(await first!.prepare(run++)) }) : null;
        subjects.push({ zip: zipPath, entry, files, load, invoked, imported: [], invokedT: [] });
      }
    }
    const env = s3?.env ?? {};
    // One warm-up of the disk cache for each (and a check that the invocation works).
    await timed(["-e", "0"]);
    for (const sub of subjects) {
      await timed(sub.load, env);
      await sub.invoked?.();
    }
    const bare: Timing[] = [];
    for (let i = 0; i < rounds; i++) {
      // Rotate which goes first, so a drift in machine load does not favour one side.
      const steps: (() => Promise<void>)[] = [
        async () => void bare.push(await timed(["-e", "0"])),
        ...subjects.flatMap((sub) => [
          async () => void sub.imported.push(await timed(sub.load, env)),
          ...(sub.invoked ? [async () => void sub.invokedT.push(await sub.invoked!())] : []),
        ]),
      ];
      for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!();
    }
    const medianTiming = (ts: Timing[]): Timing => ({ ms: median(ts.map((t) => t.ms)), cpuMs: median(ts.map((t) => t.cpuMs)) });
    const ratio = (ts: Timing[], k: keyof Timing) => median(ts.map((t, i) => t[k] / bare[i]![k]));
    return subjects.map((sub) => ({
      zip: sub.zip,
      handler: sub.entry,
      zipBytes: statSync(sub.zip).size,
      entryBytes: sub.files.get(sub.entry)!.length,
      importedBytes: reachable(sub.files, sub.entry).reduce((n, f) => n + sub.files.get(f)!.length, 0),
      bare: medianTiming(bare),
      import: medianTiming(sub.imported),
      ratio: ratio(sub.imported, "ms"),
      cpuRatio: ratio(sub.imported, "cpuMs"),
      invoke: sub.invoked ? medianTiming(sub.invokedT) : null,
      invokeRatio: sub.invoked ? ratio(sub.invokedT, "ms") : null,
      invokeCpuRatio: sub.invoked ? ratio(sub.invokedT, "cpuMs") : null,
    }));
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

export function printColdStarts(results: ColdStart[]): void {
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  const ms = (t: Timing | null) => (t === null ? "–" : `${t.ms.toFixed(0)} / ${t.cpuMs.toFixed(0)}`);
  const x = (n: number | null) => (n === null ? "–" : `${n.toFixed(2)}×`);
  console.log("wall / CPU ms of the child process; ratios against `node -e 0` in the same round, wall and CPU");
  console.log("| zip | handler | zip size | entry file | imported at start | node -e 0 | (a) import | (a) wall | (a) CPU | (b) import + first invocation | (b) wall | (b) CPU |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results)
    console.log(
      `| ${r.zip.replace(ROOT, "")} | ${r.handler} | ${mb(r.zipBytes)} | ${mb(r.entryBytes)} | ${mb(r.importedBytes)} | ${ms(r.bare)} | ${ms(r.import)} | ${x(r.ratio)} | ${x(r.cpuRatio)} | ${ms(r.invoke)} | ${x(r.invokeRatio)} | ${x(r.invokeCpuRatio)} |`,
    );
}

export async function benchColdStart(argv: string[] = []): Promise<void> {
  const rounds = Number(argv[argv.indexOf("--rounds") + 1]) || 11;
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
  const s3 = argv.includes("--no-invoke") ? null : await startBenchS3();
  try {
    const results = await measureZips(zips, rounds, s3);
    printColdStarts(results);
    console.log("");
    printImportedAtStart();
    const worst = (f: (r: ColdStart) => number | null) => Math.max(...results.map((r) => f(r) ?? 0)).toFixed(2);
    console.log(
      `\nworst (a) import ${worst((r) => r.ratio)}× bare Node in wall time, ${worst((r) => r.cpuRatio)}× in CPU time (target ≤ 1.5×); ` +
        `worst (b) import + first invocation ${worst((r) => r.invokeRatio)}× wall, ${worst((r) => r.invokeCpuRatio)}× CPU`,
    );
    console.log(`(${rounds} rotating rounds each, medians of per-round ratios; (b): a new ${ARTICLE.split(/\s+/).length + 8}-word article, rules engine, local S3 server on 127.0.0.1)`);
  } finally {
    await s3?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchColdStart(process.argv.slice(2));
