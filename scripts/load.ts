// `npm run load`: 1,000 uploads of mixed sizes through the S3 API of the local stack, then the figures:
// summaries, error records, lost, duplicates, throughput and upload-to-summary latency (p50/p90/p99),
// and the S3 requests the functions made per new object and per duplicate event (every event of the
// run delivered once more at the end, after the first delivery was handled).
//
//   npm run load                       rules engine, a stack of its own on ephemeral loopback ports
//   npm run load -- --openai           the OpenAI engine against the local OpenAI-compatible test server,
//                                      which injects 10 % 429s (Retry-After), 5 % 500s and 2 % hangs;
//                                      checks exactly one successful LLM call per distinct object
//   npm run load -- --count 200 --concurrency 32 --copies 2 --seed 7
//                                      fewer objects, more uploads in flight, every S3 event delivered
//                                      twice (at-least-once delivery), another article mix
//   npm run load -- --no-ceiling       skip the closing measure of bare s3rver (PUT/GET/HEAD per second)
//   npm run load -- --rate 10          paced uploads (10/s) instead of a burst: latency without a backlog
//   npm run load -- --s3 http://127.0.0.1:4569 [--bucket precis-articles]
//                                      against an `npm start` already running (rules or openai, as it
//                                      was started); duplicates are then not observable from outside
//
// Loopback only; every loop is bounded in count and in time (--timeout seconds, default 600).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ListObjectsV2Command, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { createS3Client } from "../lib/store/bucket.ts";
import { localEnvironment, startLocal, type LocalStack } from "../local/server.ts";
import { measureS3rver } from "../local/s3-ceiling.ts";
import { inspectChatRequest, rateLimited, serverError, hang, smart, startOpenAIServer, type OpenAIServer, type Reply } from "../test/support/openai-server.ts";
import { makeArticle, makeHtmlArticle } from "../test/reliability/support/articles.ts";

const { values: args } = parseArgs({
  options: {
    openai: { type: "boolean", default: false },
    count: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "16" },
    copies: { type: "string", default: "1" },
    seed: { type: "string", default: "1" },
    rate: { type: "string" },
    timeout: { type: "string", default: "600" },
    s3: { type: "string" },
    bucket: { type: "string", default: "precis-articles" },
    "no-ceiling": { type: "boolean", default: false },
  },
});
const COUNT = Math.min(10_000, Math.max(1, Number(args.count)));
const CONCURRENCY = Math.min(256, Math.max(1, Number(args.concurrency)));
const COPIES = Math.min(5, Math.max(1, Number(args.copies)));
const SEED = Number(args.seed);
/** Uploads per second (paced), or as fast as CONCURRENCY allows. */
const RATE = args.rate ? Math.min(1000, Math.max(0.1, Number(args.rate))) : null;
const DEADLINE = Date.now() + Math.min(3600, Number(args.timeout)) * 1000;
const RUN = `run-${Date.now().toString(36)}`;
const PREFIX = `load/${RUN}/`;

// ---------------------------------------------------------------------------------------------
// What is uploaded: a deterministic mix of sizes and formats

interface Item {
  key: string;
  tag: string;
  body: string;
  contentType: string;
}

function items(): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < COUNT; i++) {
    const tag = `LOAD-${RUN}-${i}`;
    const seed = SEED * 100_003 + i;
    const bucket = i % 10; // 40 % short, 30 % medium, 20 % long, 10 % HTML pages
    const [body, ext, contentType] =
      bucket < 4
        ? [makeArticle(seed, { tag, paragraphs: 1 + (i % 3) }), "txt", "text/plain"]
        : bucket < 7
          ? [makeArticle(seed, { tag, paragraphs: 6 + (i % 5) }), "txt", "text/plain"]
          : bucket < 9
            ? [makeArticle(seed, { tag, paragraphs: 20 + (i % 12) }), "md", "text/markdown"]
            : [makeHtmlArticle(seed, { tag, paragraphs: 4 + (i % 20) }), "html", "text/html"];
    out.push({ key: `incoming/${PREFIX}${String(i).padStart(5, "0")}.${ext}`, tag, body, contentType });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The fault-injecting LLM: a seeded choice per request

function faults(seed: number) {
  let x = seed >>> 0 || 1;
  const random = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const tally = { ok: 0, "429": 0, "500": 0, hang: 0 };
  const script = (): Reply => {
    const r = random();
    if (r < 0.1) return tally["429"]++, rateLimited({ retryAfter: 1 });
    if (r < 0.15) return tally["500"]++, serverError(500);
    if (r < 0.17) return tally.hang++, hang();
    return tally.ok++, smart();
  };
  return { script, tally };
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// S3 requests made by the functions (every S3 client but this script's own), by command

const s3Counts = new Map<string, number>();
const ownClients = new WeakSet<S3Client>();
const originalSend = S3Client.prototype.send;
S3Client.prototype.send = function (this: S3Client, command: { constructor: { name: string } }, ...rest: unknown[]) {
  if (!ownClients.has(this)) {
    const name = command.constructor.name.replace(/Command$/, "");
    s3Counts.set(name, (s3Counts.get(name) ?? 0) + 1);
  }
  return (originalSend as (...a: unknown[]) => unknown).apply(this, [command, ...rest]);
} as typeof S3Client.prototype.send;
function takeCounts(): Map<string, number> {
  const out = new Map(s3Counts);
  s3Counts.clear();
  return out;
}
const perObject = (counts: Map<string, number>, n: number) => {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / n).toFixed(2)}`);
  return `${(total / Math.max(1, n)).toFixed(2)}${parts.length ? ` (${parts.join(", ")})` : ""}`;
};

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const fmt = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(0)} ms` : "n/a");

async function listAll(s3: S3Client, bucket: string, prefix: string): Promise<Map<string, Date | null>> {
  const found = new Map<string, Date | null>();
  let token: string | undefined;
  for (let page = 0; page < 100; page++) {
    const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token, MaxKeys: 1000 }));
    for (const o of out.Contents ?? []) found.set(o.Key!, o.LastModified ?? null);
    if (!out.IsTruncated) break;
    token = out.NextContinuationToken;
  }
  return found;
}

async function main() {
  const external = args.s3 ?? null;
  let stack: LocalStack | null = null;
  let llm: OpenAIServer | null = null;
  let dataDir: string | null = null;
  const injected = faults(SEED);

  // Handler log lines (JSON on stdout; engine lines on stderr) are captured, not printed.
  const handled: Array<{ key: string; outcome: string; at: number; llmCalls: number }> = [];
  const engineLines = { retries: 0, failures: 0 };
  const failedInvocations: string[] = [];
  const realStdout = process.stdout.write.bind(process.stdout);
  const realStderr = process.stderr.write.bind(process.stderr);
  const capture = (line: string) => {
    for (const l of line.split("\n")) {
      if (!l.startsWith("{")) continue;
      try {
        const o = JSON.parse(l);
        if (o.message === "object processed") handled.push({ key: o.key, outcome: o.outcome, at: Date.now(), llmCalls: o.llmCalls ?? 0 });
        else if (o.message === "openai retry") engineLines.retries++;
        else if (o.message === "openai extraction failed") engineLines.failures++;
        else if (String(o.message).startsWith("invocation failed after retries")) failedInvocations.push(l);
      } catch {
        /* not ours */
      }
    }
  };

  let s3: S3Client;
  let bucket = args.bucket!;
  if (external) {
    s3 = new S3Client({ endpoint: external, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
  } else {
    if (args.openai) llm = await startOpenAIServer({ script: injected.script });
    dataDir = mkdtempSync(join(tmpdir(), "precis-load-"));
    stack = await startLocal({ bucket, s3Port: 0, httpPort: 0, dataDir, log: (l) => capture(l) });
    stack.delivery.copies = COPIES;
    Object.assign(process.env, localEnvironment(stack, "load-test-key"), {
      PRECIS_LOG_LEVEL: "info",
      PRECIS_ENGINE: args.openai ? "openai" : "rules",
      ...(llm ? { OPENAI_BASE_URL: llm.url, OPENAI_API_KEY: "sk-load-test-0000000000000000", OPENAI_TIMEOUT_MS: "2000", OPENAI_MAX_RETRIES: "3" } : {}),
    });
    process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === "string" && chunk.startsWith("{")) return capture(chunk), true;
      return (realStdout as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write;
    process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === "string" && chunk.startsWith("{")) return capture(chunk), true;
      return (realStderr as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stderr.write;
    // The uploads' client is configured as the functions' is (no CRC32 on top of the signed payload hash,
    // keep-alive, the middleware chain resolved once): its CPU is counted in the figures.
    s3 = createS3Client({ endpoint: stack.s3Endpoint, region: "us-east-1" });
    ownClients.add(s3);
    bucket = stack.bucket;
  }
  const say = (s: string) => realStdout(s + "\n");

  const all = items();
  const bytes = all.reduce((n, it) => n + Buffer.byteLength(it.body), 0);
  say(
    `Précis load: ${COUNT} uploads (${(bytes / 1e6).toFixed(1)} MB, ${Math.round(bytes / COUNT)} B average), ${RATE ? `${RATE}/s paced` : `a burst, ${CONCURRENCY} in flight`}, ` +
      `engine ${args.openai ? "openai → fault-injecting test server (10% 429 + Retry-After, 5% 500, 2% hang)" : external ? "as started" : "rules"}` +
      `${COPIES > 1 ? `, every event delivered ${COPIES}×` : ""}${external ? `, against ${external}` : ""}`,
  );

  // Upload, bounded concurrency. Latency is measured from each PUT's acknowledgement.
  const uploadedAt = new Map<string, number>();
  const started = Date.now();
  const cpuAtStart = process.cpuUsage();
  const mainAtStart = process.threadCpuUsage();
  const threadsAtStart = await stack?.threadsCpu();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < all.length && Date.now() < DEADLINE) {
        const i = next++;
        const it = all[i]!;
        if (RATE) await new Promise((r) => setTimeout(r, Math.max(0, started + (i * 1000) / RATE - Date.now())));
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: it.key, Body: it.body, ContentType: it.contentType }));
        uploadedAt.set(it.key, Date.now());
      }
    }),
  );
  const uploadsDone = Date.now();

  // Wait until every upload has a summary or an error record (polling the bucket), or the deadline.
  const summaryKey = (k: string) => `summaries/${k.slice("incoming/".length)}.json`;
  const errorKey = (k: string) => `errors/${k.slice("incoming/".length)}.json`;
  const firstSeen = new Map<string, number>();
  let summaries = new Map<string, Date | null>();
  let errors = new Map<string, Date | null>();
  // In-process, the handlers' own log lines tell when every upload is handled: the bucket is listed once,
  // to check, instead of every 100 ms (listing hundreds of keys is s3rver work the product never does).
  const settled = () => new Set(handled.filter((h) => h.outcome !== "retrying" && h.outcome !== "in_progress").map((h) => h.key)).size + failedInvocations.length;
  if (stack) while (Date.now() < DEADLINE && settled() < uploadedAt.size) await new Promise((r) => setTimeout(r, 50));
  for (let poll = 0; Date.now() < DEADLINE && poll < 100_000; poll++) {
    [summaries, errors] = await Promise.all([listAll(s3, bucket, `summaries/${PREFIX}`), listAll(s3, bucket, `errors/${PREFIX}`)]);
    const now = Date.now();
    for (const it of all) if (!firstSeen.has(it.key) && (summaries.has(summaryKey(it.key)) || errors.has(errorKey(it.key)))) firstSeen.set(it.key, now);
    if (firstSeen.size >= uploadedAt.size && (!stack || poll > 0)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (stack) await Promise.race([stack.idle(), new Promise((r) => setTimeout(r, Math.max(0, DEADLINE - Date.now())))]);
  const finished = Date.now();
  // Every thread of this process (handlers, workers, the S3 thread, this script's uploads): the machine's
  // cost of an object, steadier than throughput when other work shares the cores.
  const cpu = process.cpuUsage(cpuAtStart);
  const mainCpu = process.threadCpuUsage(mainAtStart);
  const threadsCpu = await stack?.threadsCpu();
  const firstRound = takeCounts();
  const firstDeliveries = handled.length;

  // Duplicates: every event of this run delivered once more, after the first deliveries were handled.
  let duplicateRound: Map<string, number> | null = null;
  let redelivered = 0;
  if (stack) {
    const mine = stack.events.filter((e) => decodeURIComponent(e.Records[0]!.s3.object.key.replace(/\+/g, " ")).startsWith(`incoming/${PREFIX}`));
    takeCounts();
    for (const e of mine) stack.deliver(e);
    redelivered = mine.length;
    await Promise.race([stack.idle(), new Promise((r) => setTimeout(r, Math.max(0, DEADLINE - Date.now())))]);
    duplicateRound = takeCounts();
  }

  // Latency: in-process, the handler's own log line marks the moment the summary was written (the
  // write precedes it); against an external stack, the polling time (100 ms resolution).
  const doneAt = new Map<string, number>();
  for (const h of handled) if ((h.outcome === "summarized" || h.outcome === "failed") && !doneAt.has(h.key)) doneAt.set(h.key, h.at);
  const latencies: number[] = [];
  for (const [key, up] of uploadedAt) {
    const at = doneAt.get(key) ?? firstSeen.get(key);
    if (at !== undefined) latencies.push(Math.max(0, at - up));
  }
  latencies.sort((a, b) => a - b);

  const summarized = all.filter((it) => summaries.has(summaryKey(it.key))).length;
  const errored = all.filter((it) => errors.has(errorKey(it.key))).length;
  const lost = all.filter((it) => uploadedAt.has(it.key) && !summaries.has(summaryKey(it.key)) && !errors.has(errorKey(it.key))).length;
  const lastDone = Math.max(...[...doneAt.values(), ...firstSeen.values()]);

  // Duplicates: a second "summarized" for one key (summary written twice), and LLM calls beyond one per object.
  const writes = new Map<string, number>();
  for (const h of handled) if (h.outcome === "summarized") writes.set(h.key, (writes.get(h.key) ?? 0) + 1);
  const duplicateWrites = [...writes.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
  const outcomes = new Map<string, number>();
  for (const h of handled) outcomes.set(h.outcome, (outcomes.get(h.outcome) ?? 0) + 1);

  say("");
  say(`  uploaded            ${uploadedAt.size} in ${((uploadsDone - started) / 1000).toFixed(1)} s`);
  say(`  summaries           ${summarized}`);
  say(`  error records       ${errored}`);
  say(`  lost                ${lost}`);
  if (stack) {
    say(`  duplicates          ${duplicateWrites} (summaries written more than once)`);
    say(`  deliveries          ${handled.length} handled (with the redelivery round): ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(", ")}`);
    say(`  failed invocations  ${failedInvocations.length} (would go to the on-failure queue)`);
  } else {
    say(`  duplicates          not observable from outside the stack (run without --s3)`);
  }
  const span = (lastDone - started) / 1000;
  say(`  throughput          ${(summarized / span).toFixed(1)} summaries/s (${summarized} in ${span.toFixed(1)} s, first upload to last summary)`);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (stack) say(`  CPU                 ${(cpuMs / Math.max(1, uploadedAt.size)).toFixed(1)} ms per new object (all threads of the process, the uploads included; ${(cpuMs / Math.max(1, finished - started)).toFixed(2)} cores busy on average)`);
  if (stack && threadsAtStart && threadsCpu) {
    // Where it goes: the runner's thread (handlers, AWS SDK, this script's uploads), the S3 server's
    // thread (front and s3rver), the compute workers (cleaning, extraction), and the rest (libuv's file
    // system pool, the collector's helper threads).
    const per = (micros: number) => (micros / 1000 / Math.max(1, uploadedAt.size)).toFixed(1);
    const main = mainCpu.user + mainCpu.system;
    const s3Thread = threadsCpu.s3 - threadsAtStart.s3;
    const compute = threadsCpu.compute - threadsAtStart.compute;
    say(`                      runner thread ${per(main)}, S3 thread ${per(s3Thread)}, compute workers ${per(compute)}, other ${per(cpu.user + cpu.system - main - s3Thread - compute)} ms`);
  }
  if (stack) {
    say(`  S3 requests         ${perObject(firstRound, uploadedAt.size)} per new object (${uploadedAt.size} objects, ${firstDeliveries} deliveries)`);
    if (duplicateRound) say(`                      ${perObject(duplicateRound, Math.max(1, redelivered))} per duplicate event (${redelivered} redelivered)`);
  }
  say(`  latency             upload → summary: p50 ${fmt(percentile(latencies, 50))}, p90 ${fmt(percentile(latencies, 90))}, p99 ${fmt(percentile(latencies, 99))}, max ${fmt(latencies.at(-1) ?? NaN)}${stack ? "" : " (100 ms polling)"}`);

  let ok = lost === 0 && summarized === COUNT && duplicateWrites === 0;
  if (llm) {
    const perObject = new Map<string, number>();
    for (const r of llm.requests) {
      if (r.answered !== 200) continue;
      const tag = /Reference (LOAD-[\w-]+)\./.exec(inspectChatRequest(r.body).article ?? "")?.[1];
      if (tag) perObject.set(tag, (perObject.get(tag) ?? 0) + 1);
    }
    const extra = [...perObject.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
    const answered = { 200: 0, 429: 0, 500: 0, hang: 0 } as Record<string, number>;
    for (const r of llm.requests) answered[String(r.answered ?? "hang")] = (answered[String(r.answered ?? "hang")] ?? 0) + 1;
    const tokens = llm.requests.filter((r) => r.answered === 200).reduce((n, r) => n + (r.response?.usage?.total_tokens ?? 0), 0);
    say(`  LLM requests        ${llm.requests.length}: ${answered[200]} ok, ${answered[429]} × 429, ${answered[500]} × 500, ${answered.hang} hung (client timeout 2 s); engine retries ${engineLines.retries}`);
    say(`  LLM successes       ${llm.completionsServed} for ${perObject.size} distinct objects: ${extra} extra (${extra === 0 ? "exactly one successful call per object" : "SOME OBJECTS WERE PAID FOR TWICE"}), ${tokens.toLocaleString("en")} tokens`);
    ok &&= extra === 0 && perObject.size === COUNT;
  }
  if (stack && !args["no-ceiling"]) {
    // The local S3 server's own ceiling, measured now (the stack is idle): the end-to-end figure cannot
    // pass what s3rver serves at this run's requests per object.
    const c = await measureS3rver({ objectBytes: Math.round(bytes / COUNT), requests: Math.min(500, Math.max(100, COUNT)), concurrency: CONCURRENCY });
    const per = (name: string) => (firstRound.get(name) ?? 0) / Math.max(1, uploadedAt.size);
    const secondsPerObject = (1 + per("PutObject")) / c.put + per("GetObject") / c.get + per("HeadObject") / c.head + [...firstRound].filter(([k]) => !/^(Put|Get|Head)Object$/.test(k)).reduce((n, [, v]) => n + v / Math.max(1, uploadedAt.size) / c.get, 0);
    say(`  s3rver alone        PUT ${c.put.toFixed(0)}/s, GET ${c.get.toFixed(0)}/s, HEAD ${c.head.toFixed(0)}/s (${Math.round(bytes / COUNT)} B objects, ${CONCURRENCY} in flight, unsigned, no SDK, one thread)`);
    say(`                      ceiling at this run's requests per new object: ${(1 / secondsPerObject).toFixed(1)} objects/s (s3rver's time alone, the upload's own PUT included)`);
    // The figure as a ratio to that baseline, both measured in this run under the same load of the machine.
    say(`  end to end          ${((summarized / span) * secondsPerObject).toFixed(2)} × that ceiling (${(summarized / span).toFixed(1)} summaries/s against ${(1 / secondsPerObject).toFixed(1)} objects/s, measured in this run)`);
  }
  say("");
  say(ok ? "OK: every upload ended in exactly one summary." : "NOT OK: see the figures above.");

  process.stdout.write = realStdout;
  process.stderr.write = realStderr;
  s3.destroy();
  if (stack) await stack.close();
  if (llm) await llm.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  // Exit now: sockets and timers left open (keep-alive, hung test requests) held the process for minutes.
  process.exit(ok ? 0 : 1);
}

await main();
