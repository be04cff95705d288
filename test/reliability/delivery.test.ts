// At-least-once, unordered delivery through the real local stack (s3rver → S3-shaped events → the
// Lambda handler, with Lambda's async retries), the OpenAI engine talking to the test server: one
// summary and exactly one successful LLM call per distinct (content, engine configuration).
import { createHash } from "node:crypto";
import type { S3Event } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorRecord, Summary } from "../../lib/schema/summary.ts";
import { loadConfig } from "../../lib/config.ts";
import { createRuntime, type Runtime } from "../../lib/runtime.ts";
import { META, stateKeys, decodeEventKey, type ClaimRecord } from "../../lib/store/index.ts";
import { processUpload } from "../../lib/process-upload.ts";
import { inspectChatRequest, rateLimited, refusal, serverError, smart } from "../support/openai-server.ts";
import { makeArticle } from "./support/articles.ts";
import { startReliabilityStack, type ReliabilityStack } from "./support/stack.ts";

let env: ReliabilityStack;
let rt: Runtime;
/** Articles whose marker is listed here get 500s (the LLM is "down" for them). */
const down = new Set<string>();
const flakyCalls = new Map<string, number>();

beforeAll(async () => {
  env = await startReliabilityStack({
    server: {
      script: (req) => {
        const article = inspectChatRequest(req.body).article ?? "";
        const tag = /Reference ([A-Z]+-[\w-]+)\./.exec(article)?.[1] ?? "";
        if (tag.startsWith("RACE-V1")) return smart({ delayMs: 1500 });
        if (tag.startsWith("REFUSE")) return refusal();
        if (down.has(tag)) return serverError(500);
        if (tag.startsWith("FLAKY")) {
          const n = (flakyCalls.get(tag) ?? 0) + 1;
          flakyCalls.set(tag, n);
          if (n === 1) return rateLimited({ retryAfter: 1 });
          if (n === 2) return serverError(503);
        }
        return smart();
      },
    },
  });
  rt = await createRuntime(loadConfig({ ...process.env, PRECIS_LOG_LEVEL: "silent" }));
});
afterAll(async () => env?.dispose());

const put = (key: string, tag: string, seed = tag.length * 7919 + tag.charCodeAt(tag.length - 1)) => env.stack.put(key, makeArticle(seed, { tag }), "text/plain");
const eventsFor = (key: string): S3Event[] => env.stack.events.filter((e) => decodeEventKey(e.Records[0]!.s3.object.key) === key);
const summaryOf = async (rel: string) => Summary.parse(await env.stack.getJson(`summaries/${rel}.json`));
const waitFor = async (cond: () => boolean, ms = 10_000) => {
  for (const end = Date.now() + ms; !cond(); ) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe("duplicate delivery", () => {
  for (const copies of [2, 3, 4, 5]) {
    it(`the same event delivered ${copies} times at once: one summary, one LLM call`, async () => {
      const tag = `DUP-${copies}`;
      env.stack.delivery.copies = copies;
      try {
        await put(`incoming/dup/${tag}.txt`, tag);
        await env.stack.idle();
      } finally {
        env.stack.delivery.copies = 1;
      }
      expect(eventsFor(`incoming/dup/${tag}.txt`)).toHaveLength(1);
      const summary = await summaryOf(`dup/${tag}.txt`);
      expect(summary.summary.length).toBeGreaterThan(0);
      expect(env.served(tag)).toBe(1);
      expect(env.asked(tag)).toBe(1);
    });
  }

  it("the same events delivered again later, 2–5 times each and concurrently: no further LLM call, summaries untouched", async () => {
    const before = await Promise.all([2, 3, 4, 5].map((n) => env.head(`summaries/dup/DUP-${n}.txt.json`)));
    for (const n of [2, 3, 4, 5]) for (let i = 0; i < n; i++) env.stack.deliver(eventsFor(`incoming/dup/DUP-${n}.txt`)[0]!);
    await env.stack.idle();
    for (const n of [2, 3, 4, 5]) expect(env.served(`DUP-${n}`)).toBe(1);
    const after = await Promise.all([2, 3, 4, 5].map((n) => env.head(`summaries/dup/DUP-${n}.txt.json`)));
    expect(after.map((h) => h!.etag)).toEqual(before.map((h) => h!.etag));
  });

  it("records the idempotency key with the summary: content sha256, engine fingerprint, event sequencer and ETag", async () => {
    const head = await env.head("summaries/dup/DUP-2.txt.json");
    const event = eventsFor("incoming/dup/DUP-2.txt")[0]!.Records[0]!.s3.object;
    const engine = await rt.engine();
    expect(head!.metadata[META.sha256]).toMatch(/^[0-9a-f]{64}$/);
    expect(head!.metadata[META.engine]).toBe(engine.fingerprint);
    expect(head!.metadata[META.sequencer]).toBe(event.sequencer);
    expect(head!.metadata[META.sourceEtag]).toBe(event.eTag);
    const claim = (await env.stack.getJson(stateKeys.claim(head!.metadata[META.sha256]!, engine.fingerprint))) as ClaimRecord;
    expect(claim).toMatchObject({ state: "done", output: "summaries/dup/DUP-2.txt.json", attempt: 1, leaseUntil: null });
  });
});

describe("re-uploads", () => {
  it("identical content uploaded again to the same key does not call the LLM again", async () => {
    await put("incoming/re/same.txt", "RE-SAME");
    await env.stack.idle();
    const first = await env.head("summaries/re/same.txt.json");
    await put("incoming/re/same.txt", "RE-SAME");
    await put("incoming/re/same.txt", "RE-SAME");
    await env.stack.idle();
    expect(eventsFor("incoming/re/same.txt")).toHaveLength(3);
    expect(env.served("RE-SAME")).toBe(1);
    expect((await env.head("summaries/re/same.txt.json"))!.etag).toBe(first!.etag);
  });

  it("identical content under another key is summarized there without calling the LLM", async () => {
    await put("incoming/re/copy-of-same.txt", "RE-SAME");
    await env.stack.idle();
    expect(env.served("RE-SAME")).toBe(1);
    const copy = await summaryOf("re/copy-of-same.txt");
    const original = await summaryOf("re/same.txt");
    expect(copy.source.key).toBe("incoming/re/copy-of-same.txt");
    expect(copy.id).toBe(original.id);
    expect(copy.actors).toEqual(original.actors);
  });

  it("a changed object is summarized again (one more call), and its summary replaces the old one", async () => {
    await put("incoming/re/changing.txt", "RE-CHANGE-1");
    await env.stack.idle();
    await put("incoming/re/changing.txt", "RE-CHANGE-2");
    await env.stack.idle();
    expect(env.served("RE-CHANGE-1")).toBe(1);
    expect(env.served("RE-CHANGE-2")).toBe(1);
    expect((await summaryOf("re/changing.txt")).article.text).toContain("RE-CHANGE-2");
  });
});

describe("ordering: the newer version wins", () => {
  it("events delivered newest first: the older one is skipped, without an LLM call", async () => {
    const key = "incoming/order/queued.txt";
    env.stack.delivery.paused = true;
    try {
      await put(key, "ORDER-V1");
      await put(key, "ORDER-V2");
    } finally {
      env.stack.delivery.paused = false;
    }
    const [e1, e2] = eventsFor(key);
    expect(e1!.Records[0]!.s3.object.sequencer < e2!.Records[0]!.s3.object.sequencer).toBe(true);
    env.stack.deliver(e2!);
    await env.stack.idle();
    env.stack.deliver(e1!);
    await env.stack.idle();
    // even without the ETag that gives it away, the sequencer alone marks e1 as older
    const bare = structuredClone(e1!);
    delete (bare.Records[0]!.s3.object as { eTag?: string }).eTag;
    env.stack.deliver(bare);
    await env.stack.idle();
    expect((await summaryOf("order/queued.txt")).article.text).toContain("ORDER-V2");
    expect(env.asked("ORDER-V1")).toBe(0);
    expect(env.served("ORDER-V2")).toBe(1);
    expect((await env.head("summaries/order/queued.txt.json"))!.metadata[META.sequencer]).toBe(e2!.Records[0]!.s3.object.sequencer);
  });

  it("an older version still at the LLM when the newer one is written does not overwrite it", async () => {
    const key = "incoming/order/racing.txt";
    await put(key, "RACE-V1");
    await waitFor(() => env.asked("RACE-V1") === 1); // v1 has been read and is at the (slow) LLM
    await put(key, "RACE-V2");
    await env.stack.idle();
    expect(env.served("RACE-V1")).toBe(1);
    expect(env.served("RACE-V2")).toBe(1);
    const summary = await summaryOf("order/racing.txt");
    expect(summary.article.text).toContain("RACE-V2");
    expect(summary.article.text).not.toContain("RACE-V1");
  });

  it("an error record of an older version is removed once a newer version is summarized", async () => {
    await env.stack.put("incoming/order/fixed.txt", "   ", "text/plain");
    await env.stack.idle();
    expect(ErrorRecord.parse(await env.stack.getJson("errors/order/fixed.txt.json")).error.code).toBe("empty");
    await put("incoming/order/fixed.txt", "ORDER-FIXED");
    await env.stack.idle();
    expect(await env.stack.getJson("summaries/order/fixed.txt.json")).not.toBeNull();
    expect(await env.stack.getJson("errors/order/fixed.txt.json")).toBeNull();
  });
});

describe("failure routing", () => {
  it("throttling and 5xx are retried: the summary is made with exactly one successful call", async () => {
    await put("incoming/fail/flaky.txt", "FLAKY-1");
    await env.stack.idle();
    expect(env.asked("FLAKY-1")).toBe(3); // 429 (Retry-After: 1), 503, then 200
    expect(env.served("FLAKY-1")).toBe(1);
    expect(await summaryOf("fail/flaky.txt")).toBeTruthy();
  }, 20_000);

  it("a refusal is permanent: an error record, no retry, and identical content is not sent again", async () => {
    await put("incoming/fail/refused.txt", "REFUSE-1");
    await env.stack.idle();
    expect(ErrorRecord.parse(await env.stack.getJson("errors/fail/refused.txt.json")).error).toMatchObject({ code: "refused", retryable: false });
    expect(env.asked("REFUSE-1")).toBe(1);
    await put("incoming/fail/refused-again.txt", "REFUSE-1");
    await env.stack.idle();
    expect(ErrorRecord.parse(await env.stack.getJson("errors/fail/refused-again.txt.json")).error.code).toBe("refused");
    expect(env.asked("REFUSE-1")).toBe(1);
    expect(await env.stack.keys("summaries/fail/refused")).toEqual([]);
  });

  it("an LLM down through every Lambda attempt leaves a retryable error record; a redelivery later summarizes it once", async () => {
    down.add("DOWN-1");
    await put("incoming/fail/down.txt", "DOWN-1");
    await env.stack.idle();
    // 3 Lambda attempts × (1 + OPENAI_MAX_RETRIES 3) calls, none served
    expect(env.asked("DOWN-1")).toBe(12);
    expect(env.served("DOWN-1")).toBe(0);
    const record = ErrorRecord.parse(await env.stack.getJson("errors/fail/down.txt.json"));
    expect(record.error).toMatchObject({ code: "llm_failed", retryable: true });
    expect(record.error.message).toMatch(/gave up after 3 attempts/);
    // The operator redrives the event from the on-failure queue once the LLM is back.
    down.delete("DOWN-1");
    env.stack.deliver(eventsFor("incoming/fail/down.txt")[0]!);
    await env.stack.idle();
    expect(env.served("DOWN-1")).toBe(1);
    expect(await summaryOf("fail/down.txt")).toBeTruthy();
    expect(await env.stack.getJson("errors/fail/down.txt.json")).toBeNull();
  }, 40_000);
});

describe("the claim marker: in progress, expired, done", () => {
  const setup = async (tag: string) => {
    const key = `incoming/claim/${tag}.txt`;
    env.stack.delivery.paused = true; // this test is the only delivery
    try {
      await put(key, tag);
    } finally {
      env.stack.delivery.paused = false;
    }
    const body = (await env.text(key))!;
    const sha = createHash("sha256").update(body).digest("hex");
    const engine = await rt.engine();
    return { key, ref: { bucket: env.stack.bucket, key }, ckey: stateKeys.claim(sha, engine.fingerprint), sha, fingerprint: engine.fingerprint };
  };
  const marker = (c: { sha: string; fingerprint: string; key: string }, leaseUntil: number, attempt = 1): ClaimRecord => ({
    version: 1,
    state: "in_progress",
    sha256: c.sha,
    engine: c.fingerprint,
    key: c.key,
    attempt,
    startedAt: new Date(Date.now() - 5000).toISOString(),
    leaseUntil: new Date(leaseUntil).toISOString(),
    updatedAt: new Date().toISOString(),
  });

  it("in progress elsewhere (lease running): the delivery is retried later, the LLM is not called", async () => {
    const c = await setup("CLAIM-BUSY");
    await rt.bucket.writeJson(c.ckey, marker(c, Date.now() + 60_000));
    await expect(processUpload(c.ref, rt)).rejects.toMatchObject({ retryable: true, message: expect.stringMatching(/being summarized by another invocation/) });
    expect(env.asked("CLAIM-BUSY")).toBe(0);
    expect(await env.stack.getJson(`errors/claim/CLAIM-BUSY.txt.json`)).toBeNull();
  });

  it("in progress but its lease ran out (the holder died): taken over, summarized once", async () => {
    const c = await setup("CLAIM-DEAD");
    await rt.bucket.writeJson(c.ckey, marker(c, Date.now() - 1000));
    await expect(processUpload(c.ref, rt)).resolves.toMatchObject({ outcome: "summarized", llmCalls: 1 });
    expect(env.served("CLAIM-DEAD")).toBe(1);
    expect(await env.stack.getJson(c.ckey)).toMatchObject({ state: "done", attempt: 2 });
  });

  it("done, but the summary it points to is gone: summarized again", async () => {
    const c = await setup("CLAIM-GONE");
    await expect(processUpload(c.ref, rt)).resolves.toMatchObject({ outcome: "summarized" });
    await env.remove("summaries/claim/CLAIM-GONE.txt.json");
    await expect(processUpload(c.ref, rt)).resolves.toMatchObject({ outcome: "summarized", reused: false });
    expect(env.served("CLAIM-GONE")).toBe(2);
  });

  it("the handler's outcomes for a duplicate and for a stale delivery", async () => {
    const c = await setup("CLAIM-OUTCOMES");
    const [event] = eventsFor(c.key);
    const { sequencer, eTag } = event!.Records[0]!.s3.object;
    await expect(processUpload({ ...c.ref, sequencer, eTag }, rt)).resolves.toMatchObject({ outcome: "summarized" });
    await expect(processUpload({ ...c.ref, sequencer, eTag }, rt)).resolves.toMatchObject({ outcome: "duplicate", reason: "this version was already summarized" });
    const older = (BigInt(`0x${sequencer}`) - 1n).toString(16).toUpperCase();
    await expect(processUpload({ ...c.ref, sequencer: older }, rt)).resolves.toMatchObject({ outcome: "stale" });
    // a shorter sequencer is an older one: compared after left-padding
    await expect(processUpload({ ...c.ref, sequencer: "FF" }, rt)).resolves.toMatchObject({ outcome: "stale" });
    expect(env.served("CLAIM-OUTCOMES")).toBe(1);
  });
});
