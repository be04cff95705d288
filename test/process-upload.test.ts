// The upload pipeline step by step (lib/process-upload.ts) against an in-memory S3 that enforces
// conditional writes: size limits, the per-object log line, the claim across attempts, key
// collisions, superseded summaries, and the S3 requests per object.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../lib/config.ts";
import { PrecisError } from "../lib/errors.ts";
import { createGuard } from "../lib/store/locks.ts";
import { createLogger } from "../lib/log.ts";
import { processUpload } from "../lib/process-upload.ts";
import type { Runtime } from "../lib/runtime.ts";
import { ArticleBucket } from "../lib/store/bucket.ts";
import { createRulesEngine } from "../lib/engines/rules/index.ts";
import type { Engine, Extraction } from "../lib/engines/engine.ts";
import { ErrorRecord, Summary } from "../lib/schema/summary.ts";
import { makeArticle } from "./reliability/support/articles.ts";
import { MemoryS3 } from "./reliability/support/memory-s3.ts";

function setup(options: { engine?: Engine; env?: Record<string, string> } = {}) {
  const config = loadConfig({ PRECIS_ENGINE: "rules", PRECIS_MAX_BYTES: String(1024 * 1024), ...options.env });
  const s3 = new MemoryS3();
  const lines: string[] = [];
  const engine = options.engine ?? createRulesEngine();
  const rt: Runtime = {
    config,
    bucket: new ArticleBucket(s3.asClient(), config.bucket, config.prefixes),
    log: createLogger("info", (l) => lines.push(l)),
    apiKeys: [],
    engine: async () => engine,
  };
  const ref = (key: string) => ({ bucket: config.bucket, key });
  return { config, s3, rt, lines, ref, json: (key: string) => JSON.parse(s3.objects.get(key)?.body.toString("utf8") ?? "null") };
}

/** An engine that counts calls and fails as scripted before answering like the rules engine. */
function scriptedEngine(failures: Array<PrecisError | null>): Engine & { calls: number } {
  const rules = createRulesEngine();
  const engine = {
    name: "openai" as const,
    fingerprint: "openai:test-model:v1:scripted",
    calls: 0,
    async extract(req: Parameters<Engine["extract"]>[0]): Promise<Extraction> {
      const failure = failures[engine.calls++];
      if (failure) throw failure;
      return { ...(await rules.extract(req)), model: "test-model", calls: 1, usage: { inputTokens: 1200, outputTokens: 300 }, costUsd: 0.00096 };
    },
  };
  return engine;
}

describe("an object over the size limit is refused without being read", () => {
  it("from the size in the event: no GetObject at all", async () => {
    const { s3, rt, ref, json } = setup();
    s3.put("incoming/big.txt", Buffer.alloc(2 * 1024 * 1024, "a "));
    const out = await processUpload({ ...ref("incoming/big.txt"), size: 2 * 1024 * 1024 }, rt);
    expect(out).toMatchObject({ outcome: "failed", code: "too_large" });
    expect(s3.commands.filter((c) => c.startsWith("GetObject"))).toEqual([]);
    expect(ErrorRecord.parse(json("errors/big.txt.json")).error.code).toBe("too_large");
  });

  it("from Content-Length when the event has no size: the body stream is dropped unread", async () => {
    const { s3, rt, ref } = setup();
    s3.put("incoming/big.txt", Buffer.alloc(2 * 1024 * 1024, "a "));
    await expect(processUpload(ref("incoming/big.txt"), rt)).resolves.toMatchObject({ code: "too_large" });
    expect(s3.commands.some((c) => c.startsWith("GetObject incoming/big.txt"))).toBe(true);
    expect(s3.bytesRead).toBe(0);
  });

});

describe("one structured log line per object, with its CloudWatch metrics", () => {
  it("carries key, id, engine, tokens, cost, ms and outcome, and a valid EMF block", async () => {
    const engine = scriptedEngine([]);
    const { s3, rt, ref, lines } = setup({ engine });
    s3.put("incoming/a.txt", makeArticle(1, { tag: "LOG-1" }));
    await processUpload(ref("incoming/a.txt"), rt);
    const objectLines = lines.map((l) => JSON.parse(l)).filter((l) => l.message === "object processed");
    expect(objectLines).toHaveLength(1);
    const line = objectLines[0];
    expect(line).toMatchObject({ level: "info", key: "incoming/a.txt", engine: "openai", model: "test-model", outcome: "summarized", llmCalls: 1, costUsd: 0.00096 });
    expect(line.id).toMatch(/^[0-9a-f]{24}$/);
    expect(line.tokens).toEqual({ inputTokens: 1200, outputTokens: 300 });
    expect(typeof line.ms).toBe("number");
    // EMF: every metric named in _aws is a number at the root, every dimension a string at the root
    const directive = line._aws.CloudWatchMetrics[0];
    expect(directive.Namespace).toBe("Precis");
    expect(typeof line._aws.Timestamp).toBe("number");
    for (const m of directive.Metrics) expect(typeof line[m.Name]).toBe("number");
    for (const set of directive.Dimensions) for (const d of set) expect(typeof line[d]).toBe("string");
    expect(line).toMatchObject({ Objects: 1, InputTokens: 1200, OutputTokens: 300, LlmCalls: 1, Service: "precis", Outcome: "summarized", Engine: "openai" });
  });

  it("never contains the article's text, at any outcome", async () => {
    const { s3, rt, ref, lines } = setup();
    const text = makeArticle(2, { tag: "LOG-2" });
    s3.put("incoming/a.txt", text);
    s3.put("incoming/b.txt", text); // reused
    s3.put("incoming/short.txt", "Only a few words here, not an article at all.");
    for (const k of ["a.txt", "a.txt", "b.txt", "short.txt"]) await processUpload(ref(`incoming/${k}`), rt);
    const all = lines.join("\n");
    expect(lines.filter((l) => l.includes('"object processed"'))).toHaveLength(4);
    for (const sentence of text.split(/(?<=\.)\s+/).filter((s) => s.length > 40)) expect(all).not.toContain(sentence.slice(0, 40));
    expect(all).not.toContain("Only a few words here");
    expect(lines.map((l) => JSON.parse(l).outcome)).toEqual(["summarized", "duplicate", "summarized", "failed"]);
  });

});

describe("the claim across attempts", () => {
  const transient = () => new PrecisError("llm_failed", "the LLM call timed out (gave up after 4 attempts)", { retryable: true });

  it("a transient failure releases the claim at once; the retry takes it over and the LLM is paid once", async () => {
    const engine = scriptedEngine([transient()]);
    const { s3, rt, ref, json } = setup({ engine });
    s3.put("incoming/t.txt", makeArticle(3));
    await expect(processUpload(ref("incoming/t.txt"), rt)).rejects.toMatchObject({ retryable: true });
    const claimKeyName = [...s3.objects.keys()].find((k) => k.startsWith("state/claims/"))!;
    expect(json(claimKeyName)).toMatchObject({ state: "failed", attempt: 1, error: { retryable: true } });
    await expect(processUpload(ref("incoming/t.txt"), rt)).resolves.toMatchObject({ outcome: "summarized" });
    expect(json(claimKeyName)).toMatchObject({ state: "done", attempt: 2 });
    expect(engine.calls).toBe(2);
    expect(Summary.parse(json("summaries/t.txt.json")).engine.calls).toBe(1);
  });

  it("the last attempt of a transient failure leaves a retryable error record (and still throws)", async () => {
    const engine = scriptedEngine([transient(), transient(), transient()]);
    const { s3, rt, ref, json } = setup({ engine });
    s3.put("incoming/t.txt", makeArticle(4));
    for (let i = 0; i < 2; i++) await expect(processUpload(ref("incoming/t.txt"), rt)).rejects.toThrow();
    expect(json("errors/t.txt.json")).toBeNull();
    await expect(processUpload(ref("incoming/t.txt"), rt)).rejects.toThrow();
    expect(ErrorRecord.parse(json("errors/t.txt.json")).error).toMatchObject({ code: "llm_failed", retryable: true });
  });

  it("a permanent failure is final for that content and engine configuration", async () => {
    const engine = scriptedEngine([new PrecisError("refused", "the model refused to process the article")]);
    const { s3, rt, ref, json } = setup({ engine });
    const text = makeArticle(5);
    s3.put("incoming/r1.txt", text);
    s3.put("incoming/r2.txt", text);
    await expect(processUpload(ref("incoming/r1.txt"), rt)).resolves.toMatchObject({ outcome: "failed", code: "refused" });
    await expect(processUpload(ref("incoming/r2.txt"), rt)).resolves.toMatchObject({ outcome: "failed", code: "refused" });
    expect(engine.calls).toBe(1);
    expect(ErrorRecord.parse(json("errors/r2.txt.json")).error.message).toMatch(/not retried/);
  });

  it("two containers (separate locks) at once on a store enforcing conditional writes: one paid extraction", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const rules = createRulesEngine();
    let calls = 0;
    const slow: Engine = { name: "openai", fingerprint: "openai@slow", extract: async (r) => (calls++, await gate, rules.extract(r)) };
    const { s3, rt, ref } = setup({ engine: slow });
    s3.put("incoming/c.txt", makeArticle(6));
    const a = processUpload(ref("incoming/c.txt"), rt, { guard: createGuard() });
    await new Promise((r) => setTimeout(r, 20));
    const b = processUpload(ref("incoming/c.txt"), rt, { guard: createGuard() });
    await expect(b).rejects.toThrow(/being summarized by another invocation/);
    release();
    await expect(a).resolves.toMatchObject({ outcome: "summarized" });
    await expect(processUpload(ref("incoming/c.txt"), rt, { guard: createGuard() })).resolves.toMatchObject({ outcome: "duplicate" });
    expect(calls).toBe(1);
  });

  it("ignores objects outside incoming/ and from other buckets, writing nothing", async () => {
    const { s3, rt, config } = setup();
    s3.put("summaries/x.txt.json", "{}");
    await expect(processUpload({ bucket: config.bucket, key: "summaries/x.txt.json" }, rt)).resolves.toMatchObject({ outcome: "ignored" });
    await expect(processUpload({ bucket: "someone-else", key: "incoming/x.txt" }, rt)).resolves.toMatchObject({ outcome: "ignored" });
    expect([...s3.objects.keys()]).toEqual(["summaries/x.txt.json"]);
  });
});

describe("S3 requests per object (the figures `npm run load` prints)", () => {
  const withSequencer = (key: string, sequencer: string) => ({ bucket: "precis-articles", key, sequencer });

  it("a new object with the rules engine: two HEADs, its GET, one story band, the summary and the catalog (created, not read); no listing, no claim", async () => {
    const { s3, rt, config } = setup();
    s3.put("incoming/n.txt", makeArticle(21, { tag: "REQ-1" }));
    const out = await processUpload({ ...withSequencer("incoming/n.txt", "0A"), bucket: config.bucket }, rt);
    expect(out).toMatchObject({ outcome: "summarized" });
    const byVerb = (v: string) => s3.commands.filter((c) => c.startsWith(`${v} `));
    expect(byVerb("HeadObject")).toEqual(["HeadObject summaries/n.txt.json", "HeadObject errors/n.txt.json"]);
    expect(byVerb("ListObjects")).toEqual([]);
    expect(s3.commands.filter((c) => c.includes("state/claims/"))).toEqual([]);
    // GET: the upload, its story band; PUT: the summary, the band, the catalog entry (If-None-Match), the listing marker
    expect(byVerb("GetObject")).toEqual(["GetObject incoming/n.txt", expect.stringMatching(/^GetObject state\/stories\//)]);
    const id = (out as { id: string }).id;
    const puts = byVerb("PutObject");
    expect(puts).toHaveLength(4);
    expect(puts).toEqual(expect.arrayContaining(["PutObject summaries/n.txt.json", expect.stringMatching(/^PutObject state\/stories\//), `PutObject state/ids/${id}.json`, expect.stringMatching(new RegExp(`^PutObject state/recent/\\d{13}_${id}$`))]));
    expect(s3.commands.length).toBe(8);
  });

  it("a duplicate event: the summary's HEAD and nothing else", async () => {
    const { s3, rt, config } = setup();
    s3.put("incoming/n.txt", makeArticle(22, { tag: "REQ-2" }));
    const ref = { ...withSequencer("incoming/n.txt", "0B"), bucket: config.bucket };
    await processUpload(ref, rt);
    s3.commands.length = 0;
    await expect(processUpload(ref, rt)).resolves.toMatchObject({ outcome: "duplicate" });
    expect(s3.commands).toEqual(["HeadObject summaries/n.txt.json"]);
  });

  it("writes nothing under summaries/ but summaries, and all internal state under state/", async () => {
    const { s3, rt, ref } = setup();
    s3.put("incoming/a.txt", makeArticle(23, { tag: "REQ-3" }));
    s3.put("incoming/b.txt", "Only a few words here, not an article at all.");
    await processUpload(ref("incoming/a.txt"), rt);
    await processUpload(ref("incoming/b.txt"), rt);
    const keys = [...s3.objects.keys()];
    expect(keys.filter((k) => k.startsWith("summaries/"))).toEqual(["summaries/a.txt.json"]);
    expect(keys.filter((k) => !/^(incoming|summaries|errors|state)\//.test(k))).toEqual([]);
    expect(keys.some((k) => k.startsWith("state/ids/"))).toBe(true);
    expect(keys.some((k) => k.startsWith("state/stories/"))).toBe(true);
  });
});

describe("the newest version of a key decides (issue 12 §3)", () => {
  it("a failing overwrite removes the older summary and its catalog entry; a fixed one brings them back", async () => {
    const { s3, rt, config, json } = setup();
    const key = "incoming/v.txt";
    s3.put(key, makeArticle(24, { tag: "VER-1" }));
    const first = await processUpload({ bucket: config.bucket, key, sequencer: "01" }, rt);
    expect(first).toMatchObject({ outcome: "summarized" });
    const id = (first as { id: string }).id;
    expect(json(`state/ids/${id}.json`)).toMatchObject({ key: "summaries/v.txt.json" });
    s3.put(key, new Uint8Array([0, 1, 2, 0, 0xff, 0, 3, 0, 0, 4]));
    await expect(processUpload({ bucket: config.bucket, key, sequencer: "02" }, rt)).resolves.toMatchObject({ outcome: "failed", code: "binary" });
    expect(json("summaries/v.txt.json")).toBeNull();
    expect(json(`state/ids/${id}.json`)).toBeNull();
    expect([...s3.objects.keys()].filter((k) => k.startsWith("state/recent/"))).toEqual([]);
    // the older version's event, late: stale, nothing comes back
    await expect(processUpload({ bucket: config.bucket, key, sequencer: "01" }, rt)).resolves.toMatchObject({ outcome: "stale" });
    s3.put(key, makeArticle(24, { tag: "VER-1" }));
    await expect(processUpload({ bucket: config.bucket, key, sequencer: "03" }, rt)).resolves.toMatchObject({ outcome: "summarized" });
    expect(json("errors/v.txt.json")).toBeNull();
    expect(Summary.parse(json("summaries/v.txt.json")).id).toBe(id);
  });
});

describe("the API's prefix is not writable by uploaders (issue 12 §2)", () => {
  it("refuses incoming/api/<id> holding other content, without touching the API's summary", async () => {
    const { s3, rt, ref, json } = setup();
    const article = makeArticle(25, { tag: "API-1" });
    s3.put("incoming/probe.txt", article);
    const probe = (await processUpload(ref("incoming/probe.txt"), rt)) as { id: string };
    s3.put(`summaries/api/${probe.id}.json`, JSON.stringify({ id: probe.id, original: true }));
    s3.put(`incoming/api/${probe.id}`, makeArticle(26, { tag: "API-2" }));
    await expect(processUpload(ref(`incoming/api/${probe.id}`), rt)).resolves.toMatchObject({ outcome: "failed", code: "refused" });
    expect(json(`summaries/api/${probe.id}.json`)).toEqual({ id: probe.id, original: true });
    // the very content its id names is a hand-off like the API's own
    s3.put(`incoming/api/${probe.id}`, article);
    await expect(processUpload(ref(`incoming/api/${probe.id}`), rt)).resolves.toMatchObject({ outcome: "summarized", id: probe.id });
    s3.put("incoming/api/story.txt", article);
    await expect(processUpload(ref("incoming/api/story.txt"), rt)).resolves.toMatchObject({ outcome: "failed", code: "refused" });
  });
});
