// The test server itself: the wire format it speaks must be what the real API sends, or the engine's
// tests would prove nothing.
import OpenAI, { RateLimitError } from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { buildRequest } from "../../../lib/engines/openai/index.ts";
import { LLMExtraction } from "../../../lib/engines/openai/response-schema.ts";
import {
  apiError,
  completion,
  hang,
  rateLimited,
  refusal,
  serverError,
  smart,
  smartExtraction,
  startOpenAIServer,
  type OpenAIServer,
} from "../../support/openai-server.ts";
import { API_KEY, ARTICLE, METADATA, VALID_ANSWER } from "./helpers.ts";

let server: OpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const post = (path: string, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${API_KEY}` }, signal?: AbortSignal) =>
  fetch(`http://127.0.0.1:${server!.port}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
    signal,
  });
const chat = { model: "gpt-4.1-mini", messages: [{ role: "user", content: "hi" }] };

describe("the wire format", () => {
  it("a completion has the real fields and a usage that adds up", async () => {
    server = await startOpenAIServer([completion({ ok: true }, { model: "gpt-4.1-mini-2025-04-14" })]);
    const res = await post("/v1/chat/completions", chat);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{32}$/);
    const body = await res.json();
    expect(body).toMatchObject({
      object: "chat.completion",
      model: "gpt-4.1-mini-2025-04-14",
      choices: [{ index: 0, message: { role: "assistant", content: '{"ok":true}', refusal: null }, finish_reason: "stop", logprobs: null }],
    });
    expect(body.id).toMatch(/^chatcmpl-[A-Za-z0-9]{29}$/);
    expect(Number.isInteger(body.created)).toBe(true);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
    expect(body.usage.prompt_tokens_details).toEqual({ cached_tokens: 0, audio_tokens: 0 });
    expect(server.completionsServed).toBe(1);
  });

  it("a refusal has null content and the refusal text", async () => {
    server = await startOpenAIServer([refusal("No.")]);
    const body = await (await post("/v1/chat/completions", chat)).json();
    expect(body.choices[0].message).toMatchObject({ content: null, refusal: "No." });
  });

  it("429 carries the error body and Retry-After / retry-after-ms headers", async () => {
    server = await startOpenAIServer([rateLimited({ retryAfter: 7, retryAfterMs: 6500 })]);
    const res = await post("/v1/chat/completions", chat);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("7");
    expect(res.headers.get("retry-after-ms")).toBe("6500");
    expect(await res.json()).toEqual({
      error: { message: expect.stringMatching(/^Rate limit reached/), type: "tokens", param: null, code: "rate_limit_exceeded" },
    });
    expect(server.completionsServed).toBe(0);
  });

  it("errors use OpenAI's bodies: 500, a missing key, an unknown path, unparseable JSON", async () => {
    server = await startOpenAIServer([serverError(500)]);
    expect(await (await post("/v1/chat/completions", chat)).json()).toEqual({
      error: { message: "The server had an error while processing your request. Sorry about that!", type: "server_error", param: null, code: null },
    });
    const noKey = await post("/v1/chat/completions", chat, {});
    expect(noKey.status).toBe(401);
    expect((await noKey.json()).error.message).toMatch(/You didn't provide an API key/);
    const wrongPath = await post("/v1/completions", chat);
    expect(wrongPath.status).toBe(404);
    expect((await wrongPath.json()).error.message).toBe("Invalid URL (POST /v1/completions)");
    const badJson = await post("/v1/chat/completions", "{nope");
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error.message).toMatch(/could not parse the JSON body/);
  });

  it("rejects a strict schema OpenAI would reject, with OpenAI's message", async () => {
    server = await startOpenAIServer();
    const res = await post("/v1/chat/completions", {
      ...chat,
      response_format: {
        type: "json_schema",
        json_schema: { name: "x", strict: true, schema: { type: "object", properties: { a: { type: "string", minLength: 1 } }, required: ["a"], additionalProperties: false } },
      },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        message: "Invalid schema for response_format 'x': In context=('properties', 'a'), 'minLength' is not permitted.",
        type: "invalid_request_error",
        param: "response_format",
        code: "invalid_json_schema",
      },
    });
  });

  it("the official SDK reads it: completions parse, errors become typed errors with their headers", async () => {
    server = await startOpenAIServer([completion({ x: 1 }, { model: "m-1" }), rateLimited({ retryAfter: 3 })]);
    const client = new OpenAI({ apiKey: API_KEY, baseURL: server.url, maxRetries: 0 });
    const c = await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] });
    expect(c.model).toBe("m-1");
    expect(c.choices[0]!.message.content).toBe('{"x":1}');
    const e = await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] }).catch((x) => x);
    expect(e).toBeInstanceOf(RateLimitError);
    expect(e.headers.get("retry-after")).toBe("3");
    expect(e.code).toBe("rate_limit_exceeded");
  });
});

describe("scripting", () => {
  it("serves a queue, then the fallback; records every request body", async () => {
    server = await startOpenAIServer({ script: [serverError(503), apiError(400, { message: "bad" })], fallback: completion({ done: true }) });
    expect((await post("/v1/chat/completions", chat)).status).toBe(503);
    expect((await post("/v1/chat/completions", chat)).status).toBe(400);
    expect((await post("/v1/chat/completions", { ...chat, model: "third" })).status).toBe(200);
    expect(server.requests.map((r) => [r.answered, r.body.model])).toEqual([
      [503, "gpt-4.1-mini"],
      [400, "gpt-4.1-mini"],
      [200, "third"],
    ]);
  });

  it("answers as a function of the request", async () => {
    server = await startOpenAIServer((req) => (req.body.model === "down" ? serverError(502) : completion({ model: req.body.model })));
    expect((await post("/v1/chat/completions", { ...chat, model: "down" })).status).toBe(502);
    expect((await (await post("/v1/chat/completions", chat)).json()).choices[0].message.content).toBe('{"model":"gpt-4.1-mini"}');
  });

  it("can hang, and still closes promptly", async () => {
    server = await startOpenAIServer([hang()]);
    const e = await post("/v1/chat/completions", chat, undefined, AbortSignal.timeout(150)).catch((x) => x);
    expect(e.name).toBe("TimeoutError");
    expect(server.requests[0]!.answered).toBe("hang");
    const started = performance.now();
    await server.close();
    server = undefined;
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("the smart responder", () => {
  it("answers a schema-valid extraction of the article it is sent, every quote verbatim", async () => {
    server = await startOpenAIServer([smart()]);
    const body = buildRequest({ text: ARTICLE, metadata: METADATA, model: "gpt-4.1-mini", maxOutputTokens: 4096 });
    const res = await (await post("/v1/chat/completions", body)).json();
    const answer = LLMExtraction.parse(JSON.parse(res.choices[0].message.content));
    expect(answer.actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Russia", "NATO", "Dmitry Peskov", "Antony Blinken", "United States"]));
    expect(answer.actors.find((a) => a.name === "Russia")!.aliases).toEqual(expect.arrayContaining(["the Kremlin", "Moscow"]));
    expect(answer.demands.map((d) => d.by)).toContain("Russia");
    // Resolved against the publication date the prompt states (2022-01-12, a Wednesday).
    expect(answer.dates.find((d) => d.text === "Monday")!.value).toBe("2022-01-10");
    expect(answer.dates.find((d) => d.text === "Jan. 20")!.value).toBe("2022-01-20");
    for (const item of [...answer.actors, ...answer.demands, ...answer.dates]) expect(ARTICLE).toContain(item.evidence);
  });

  it("stops at the request's max tokens with finish_reason length, like a real model", async () => {
    server = await startOpenAIServer();
    const body = buildRequest({ text: ARTICLE, metadata: METADATA, model: "gpt-4.1-mini", maxOutputTokens: 50, baseURL: server.url });
    const res = await (await post("/v1/chat/completions", body)).json();
    expect(res.choices[0].finish_reason).toBe("length");
    expect(res.usage.completion_tokens).toBe(50);
    expect(() => JSON.parse(res.choices[0].message.content)).toThrow();
  });

  it("leaves years unknown when there is no publication date", () => {
    const x = smartExtraction("Talks were held on March 3 in Geneva, officials said on Monday.", null);
    expect(x.dates.map((d) => d.value)).toEqual(["XXXX-03-03", "XXXX-WXX-1"]);
  });

  it("matches the helpers' hand-written answer in shape", () => {
    expect(LLMExtraction.safeParse(VALID_ANSWER).success).toBe(true);
  });
});
