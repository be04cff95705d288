// Concurrent deliveries in *different* Lambda containers: no shared memory, only the bucket. In AWS the
// claim marker's conditional writes (If-None-Match: *, If-Match) are what keep the LLM call single;
// the local stack's S3 front (local/s3-front.ts) enforces them the way S3 does, and counts its refusals.
// Each simulated container has its own runtime, engine and in-process locks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { loadConfig } from "../../lib/config.ts";
import { createRuntime, type Runtime } from "../../lib/runtime.ts";
import { createGuard, stateKeys, type ClaimRecord } from "../../lib/store/index.ts";
import { processUpload, type UploadOutcome } from "../../lib/process-upload.ts";
import { inspectChatRequest, smart } from "../support/openai-server.ts";
import { makeArticle } from "./support/articles.ts";
import { startReliabilityStack, type ReliabilityStack } from "./support/stack.ts";

let env: ReliabilityStack;

beforeAll(async () => {
  // A slow LLM: every container reaches the claim while the first one is still at the LLM.
  env = await startReliabilityStack({ server: { script: () => smart({ delayMs: 1000 }) } });
  env.stack.delivery.paused = true; // the simulated containers below are the only deliveries
});
afterAll(async () => {
  await env?.dispose();
});

async function containers(n: number, endpoint: string) {
  return Promise.all(
    Array.from({ length: n }, async () => ({
      rt: await createRuntime(loadConfig({ ...process.env, PRECIS_S3_ENDPOINT: endpoint, PRECIS_LOG_LEVEL: "silent" })),
      guard: createGuard(),
    })),
  );
}

const settle = (ps: Promise<UploadOutcome>[]) => Promise.allSettled(ps);
const served = (tag: string) => env.llm.requests.filter((r) => r.answered === 200 && (inspectChatRequest(r.body).article ?? "").includes(tag)).length;

describe("several containers, one bucket with conditional writes", () => {
  it("5 containers handling the same delivery at once: one claims, the others are retried, one LLM call", async () => {
    const key = "incoming/containers/same.txt";
    await env.stack.put(key, makeArticle(101, { tag: "CONTAINERS-1" }), "text/plain");
    const fleet = await containers(5, env.stack.s3Endpoint);
    const refusedBefore = env.stack.s3Refused.PreconditionFailed ?? 0;
    const ref = { bucket: env.stack.bucket, key };
    const first = await settle(fleet.map((c) => processUpload(ref, c.rt, { guard: c.guard })));
    const summarized = first.filter((r) => r.status === "fulfilled" && r.value.outcome === "summarized");
    const busy = first.filter((r) => r.status === "rejected");
    expect(summarized).toHaveLength(1);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const r of busy) expect(String((r as PromiseRejectedResult).reason.message)).toMatch(/being summarized by another invocation/);
    expect(env.stack.s3Refused.PreconditionFailed ?? 0).toBeGreaterThan(refusedBefore); // the conditional write is what stopped them
    // Lambda retries the failed ones: each now finds the work done.
    const retried = await settle(busy.map((_, i) => processUpload(ref, fleet[i]!.rt, { guard: fleet[i]!.guard })));
    for (const r of retried) expect(r).toMatchObject({ status: "fulfilled", value: { outcome: "duplicate" } });
    expect(served("CONTAINERS-1")).toBe(1);
  });

  it("3 containers finding the same expired claim: one takes it over (If-Match), one LLM call", async () => {
    const key = "incoming/containers/expired.txt";
    const body = makeArticle(102, { tag: "CONTAINERS-2" });
    await env.stack.put(key, body, "text/plain");
    const fleet = await containers(3, env.stack.s3Endpoint);
    const engine = await fleet[0]!.rt.engine();
    const sha = createHash("sha256").update(body).digest("hex");
    const dead: ClaimRecord = {
      version: 1,
      state: "in_progress",
      sha256: sha,
      engine: engine.fingerprint,
      key,
      attempt: 1,
      startedAt: new Date(Date.now() - 600_000).toISOString(),
      leaseUntil: new Date(Date.now() - 1000).toISOString(),
      updatedAt: new Date(Date.now() - 600_000).toISOString(),
    };
    await fleet[0]!.rt.bucket.writeJson(stateKeys.claim(sha, engine.fingerprint), dead);
    const ref = { bucket: env.stack.bucket, key };
    const results = await settle(fleet.map((c) => processUpload(ref, c.rt, { guard: c.guard })));
    expect(results.filter((r) => r.status === "fulfilled" && r.value.outcome === "summarized")).toHaveLength(1);
    expect(served("CONTAINERS-2")).toBe(1);
  });
});
