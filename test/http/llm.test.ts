// The HTTP API with the `openai` engine, against a loopback OpenAI-compatible server: 202 and the
// asynchronous finish through the S3 path, 502 and 504, the deadline hand-off, the rate limit, and
// not paying twice for one story.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Summary } from "../../lib/schema/summary.ts";
import { loadConfig } from "../../lib/config.ts";
import { createRuntime, type Runtime } from "../../lib/runtime.ts";
import { handleHttp } from "../../lib/http/app.ts";
import { Problem } from "../../lib/http/problem.ts";
import type { Engine } from "../../lib/engines/engine.ts";
import { startTestStack, type TestStack } from "../support/local-stack.ts";
import { completion, hang, inspectChatRequest, smart, smartExtraction, startOpenAIServer, type OpenAIServer } from "../support/openai-server.ts";
import { startWebhookReceiver, type Receiver } from "./support/receivers.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const MAIN = "main-key-0123456789";
const BURST = "burst-key-0123456789";
const LIMIT = 40;

let stack: TestStack;
let llm: OpenAIServer;
let hook: Receiver;
beforeAll(async () => {
  llm = await startOpenAIServer((r) => {
    const raw = r.raw;
    if (raw.includes("GARBLEMARKER")) return completion("Sorry, here is some prose instead of JSON.");
    if (raw.includes("HANGMARKER")) return hang();
    if (raw.includes("ODDCAMEOMARKER")) {
      // Valid against the wire schema (which carries no pattern for this endpoint), not against the local one.
      const info = inspectChatRequest(r.body);
      const x = smartExtraction(info.article!, info.publicationDate);
      for (const d of x.demands) d.cameo = `CAMEO ${d.cameo}`;
      return completion(x, { followsSchema: true });
    }
    return smart();
  });
  hook = await startWebhookReceiver();
  hook.status = 500; // a consumer that is down must not fail a summary
  stack = await startTestStack({
    PRECIS_ENGINE: "openai",
    OPENAI_BASE_URL: llm.url,
    OPENAI_API_KEY: "sk-test-0123456789abcdef",
    OPENAI_TIMEOUT_MS: "1000",
    OPENAI_MAX_RETRIES: "0",
    PRECIS_SYNC_MAX_TOKENS: "1000",
    PRECIS_API_KEY: `${MAIN},${BURST}`,
    PRECIS_RATE_LIMIT_PER_MINUTE: String(LIMIT),
    PRECIS_WEBHOOK_URL: hook.url,
    PRECIS_WEBHOOK_SECRET: "local-webhook-secret-0123456789",
  });
});
afterAll(async () => {
  await stack?.dispose();
  await llm?.close();
  await hook?.close();
});

const post = (body: string, headers: Record<string, string> = {}, query = "") =>
  fetch(`${stack.httpEndpoint}/summaries${query}`, { method: "POST", body, headers: { authorization: `Bearer ${MAIN}`, "content-type": "text/plain", ...headers } });
const get = (path: string, key = MAIN) => fetch(`${stack.httpEndpoint}${path}`, { headers: { "x-api-key": key } });
const completions = () => llm.requests.length;
const LONG = ["ferry-strike.txt", "tram-strike.txt", "orchard-frost.txt", "museum-reopening.txt"].map(fixture).join("\n\n");
/** Another long article, not the same story as LONG (whose extraction would otherwise be reused). */
const OTHER_LONG = ["court-order.txt", "health-advisory.txt", "local-zoning.txt", "tenants-repairs.txt", "police-appeal.txt", "players-union.txt", "company-recall.txt", "election-recount.txt"]
  .map((f) => readFileSync(new URL(`../fixtures/articles/${f}`, import.meta.url), "utf8"))
  .join("\n\n");

let original: Summary;

describe("synchronous LLM summaries", () => {
  it("answers 200 with an LLM summary, even when the webhook consumer is down", async () => {
    const before = completions();
    const res = await post(fixture("ferry-strike.txt"));
    expect(res.status, await res.clone().text()).toBe(200);
    original = Summary.parse(await res.json());
    expect(original.engine).toMatchObject({ name: "openai", calls: 1 });
    expect(completions() - before).toBe(1);
    await hook.waitFor(2); // one delivery, retried once
  });

  it("never pays twice for identical content: the stored summary answers", async () => {
    const before = completions();
    const res = await post(fixture("ferry-strike.txt"));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-precis-cache")).toBe("hit");
    expect(Summary.parse(await res.json()).id).toBe(original.id);
    expect(completions()).toBe(before);
  });

  it("reuses a linked story's extraction when it grounds in the copy (a reprint): no LLM call", async () => {
    const before = completions();
    const reprint = `${fixture("ferry-strike.txt")}\n\nALSO READ: Kestrelport council approves new bike lanes\n`;
    const res = await post(reprint);
    expect(res.status).toBe(200);
    const s = Summary.parse(await res.json());
    expect(s.id).not.toBe(original.id);
    expect(s.sameStoryAs).toEqual([original.id]);
    expect(s.engine).toMatchObject({ name: "openai", calls: 0, usage: null, costUsd: 0 });
    expect(s.warnings.map((w) => w.code)).toContain("extraction_reused");
    expect(s.actors.map((a) => a.name)).toEqual(original.actors.map((a) => a.name));
    expect(completions()).toBe(before);
  });

  it("asks the LLM for a spun copy (its quotes do not ground) and still links it", async () => {
    const before = completions();
    const res = await post(fixture("ferry-strike-spun.txt"));
    expect(res.status).toBe(200);
    const s = Summary.parse(await res.json());
    expect(s.sameStoryAs).toContain(original.id);
    expect(s.engine.calls).toBe(1);
    expect(s.warnings.map((w) => w.code)).not.toContain("extraction_reused");
    expect(completions() - before).toBe(1);
  });

  it("runs ?engine=rules synchronously whatever the server's engine", async () => {
    const res = await post(fixture("museum-reopening.txt"), {}, "?engine=rules");
    expect(res.status).toBe(200);
    expect(Summary.parse(await res.json()).engine.name).toBe("rules");
  });
});

describe("answers valid on the wire", () => {
  it("an odd CAMEO code is salvaged: 200 and a stored summary after one call, not a 502 after two", async () => {
    const before = completions();
    const text =
      "The Riverside Tenants Association demanded on Monday that the city housing office repair the heating in three apartment blocks before winter, association chair Lena Ortiz said. The housing office said it would review the request. ODDCAMEOMARKER";
    const res = await post(text);
    expect(res.status, await res.clone().text()).toBe(200);
    const s = Summary.parse(await res.json());
    expect(completions() - before).toBe(1);
    expect(s.engine.calls).toBe(1);
    expect(s.demands.length).toBeGreaterThan(0);
    expect(s.demands.every((d) => d.cameo === null || /^10\d{0,2}$/.test(d.cameo))).toBe(true);
    expect(s.warnings.filter((w) => w.code === "llm_value_normalized").map((w) => w.message)).toContain(`demands[0].cameo: "CAMEO ${s.demands[0]!.cameo}" read as "${s.demands[0]!.cameo}"`);
    const stored = Summary.parse(await (await get(`/summaries/${s.id}`)).json());
    expect(stored.demands).toEqual(s.demands);
  });
});

describe("LLM failures", () => {
  it("502 when the LLM answers something unusable", async () => {
    const res = await post(`${fixture("museum-reopening.txt")}\n\nThe archive code is GARBLEMARKER.`);
    expect(res.status).toBe(502);
    expect(Problem.parse(await res.json())).toMatchObject({ status: 502, code: "llm_invalid_output" });
  });

  it("504 when the LLM times out", async () => {
    const res = await post(`${fixture("museum-reopening.txt")}\n\nThe archive code is HANGMARKER.`);
    expect(res.status).toBe(504);
    const p = Problem.parse(await res.json());
    expect(p).toMatchObject({ status: 504, code: "llm_failed" });
    expect(p.detail).toMatch(/timed out/);
  });
});

describe("202 Accepted for articles the LLM would take too long on", () => {
  it("accepts a long article without calling the LLM, and the S3 path finishes it", async () => {
    const before = completions();
    const res = await post(LONG);
    expect(res.status).toBe(202);
    const { id, location } = await res.json();
    expect(res.headers.get("location")).toBe(`/summaries/${id}`);
    expect(completions()).toBe(before); // nothing paid inside the request
    const pending = await get(location);
    expect([200, 202]).toContain(pending.status);
    await stack.idle();
    const done = await get(location);
    expect(done.status).toBe(200);
    const s = Summary.parse(await done.json());
    expect(s).toMatchObject({ id, engine: { name: "openai" } });
    expect(s.source.key).toBe(`incoming/api/${id}`);
  });

  it("reports an asynchronous failure on the summary's URL as the problem it became", async () => {
    const res = await post(`${OTHER_LONG}\n\nThe archive code is GARBLEMARKER.`);
    expect(res.status).toBe(202);
    const { id } = await res.json();
    await stack.idle();
    const poll = await get(`/summaries/${id}`);
    expect(poll.status).toBe(502);
    expect(Problem.parse(await poll.json())).toMatchObject({ code: "llm_invalid_output", id });
  });

  it("hands a synchronous call that outlasts the deadline to the S3 path, cancelling the LLM call", async () => {
    const base = await createRuntime(loadConfig({ ...process.env, PRECIS_HTTP_DEADLINE_MS: "1000", PRECIS_LOG_LEVEL: "silent" }));
    let aborted = false;
    const slow: Engine = {
      name: "openai",
      fingerprint: "slow-test-engine",
      extract: (req) =>
        new Promise((_, reject) =>
          req.signal?.addEventListener("abort", () => {
            aborted = true;
            reject(new Error("aborted"));
          }),
        ),
    };
    const rt: Runtime = { ...base, engine: async () => slow };
    const body = new TextEncoder().encode(fixture("orchard-frost.txt"));
    const started = Date.now();
    const res = await handleHttp({ method: "POST", path: "/summaries", headers: { authorization: `Bearer ${MAIN}`, "content-type": "text/plain" }, query: {}, body }, rt);
    expect(res.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(aborted).toBe(true);
    const { id } = JSON.parse(res.body);
    expect(await stack.keys(`incoming/api/${id}`)).toEqual([`incoming/api/${id}`]);
    await stack.idle();
    expect((await get(`/summaries/${id}`)).status).toBe(200);
  });
});

describe("the rate limit", () => {
  it("answers 429 with Retry-After past the per-key budget, and other keys carry on", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) statuses.push((await get("/schema", BURST)).status);
    expect(statuses.slice(0, LIMIT).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(LIMIT)).toEqual([429, 429]);
    const limited = await get("/schema", BURST);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");
    expect(Problem.parse(await limited.json())).toMatchObject({ status: 429, code: "rate_limited" });
    expect((await get("/schema")).status).toBe(200);
    expect((await fetch(`${stack.httpEndpoint}/health`)).status).toBe(200);
  });
});
