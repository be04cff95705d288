// The HTTP API through real HTTP on loopback, served by the same handler API Gateway invokes.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Summary } from "../../lib/schema/summary.ts";
import { startTestStack, type TestStack } from "../support/local-stack.ts";

const article = readFileSync(new URL("../fixtures/e2e/harbor-strike.txt", import.meta.url), "utf8");

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ PRECIS_ENGINE: "rules", PRECIS_MAX_BODY_BYTES: "65536" });
});
afterAll(async () => stack?.dispose());

const post = (body: BodyInit, headers: Record<string, string>, path = "/summaries") =>
  fetch(`${stack.httpEndpoint}${path}`, { method: "POST", body, headers });
const auth = () => ({ authorization: `Bearer ${stack.apiKey}` });

describe("POST /summaries", () => {
  it("summarizes a text/plain body synchronously and stores the summary", async () => {
    const res = await post(article, { ...auth(), "content-type": "text/plain" });
    expect(res.status).toBe(200);
    const summary = Summary.parse(await res.json());
    expect(res.headers.get("location")).toBe(`/summaries/${summary.id}`);
    expect(summary.engine.name).toBe("rules");
    expect(summary.actors.length).toBeGreaterThan(0);
    expect(await stack.getJson(`summaries/api/${summary.id}.json`)).toEqual(summary);
  });

  it("accepts a JSON envelope with metadata, which overrides what the text says", async () => {
    const res = await post(JSON.stringify({ text: article, title: "Port strike", publishedAt: "2025-03-03" }), { "x-api-key": stack.apiKey, "content-type": "application/json" });
    expect(res.status).toBe(200);
    const summary = Summary.parse(await res.json());
    expect(summary.article).toMatchObject({ title: "Port strike", publishedAt: "2025-03-03" });
  });

  it("refuses a request without a valid key with 401 problem+json", async () => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: "Bearer wrong" }, { "x-api-key": "" }];
    for (const headers of attempts) {
      const res = await post(article, { ...headers, "content-type": "text/plain" });
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
      expect(await res.json()).toMatchObject({ status: 401, code: "unauthorized" });
    }
  });

  it("answers bad input with the matching problem status", async () => {
    const cases: Array<[BodyInit, string, number, string]> = [
      ["x".repeat(70_000), "text/plain", 413, "too_large"],
      [article, "image/png", 415, "unsupported_media_type"],
      ["{not json", "application/json", 400, "invalid_json"],
      [JSON.stringify({ text: article, html: "<p>x</p>" }), "application/json", 422, "invalid_body"],
      ["Too short to be news.", "text/plain", 422, "not_an_article"],
    ];
    for (const [body, type, status, code] of cases) {
      const res = await post(body, { ...auth(), "content-type": type });
      expect({ status: res.status, code: (await res.json()).code }).toEqual({ status, code });
    }
  });

  it("rejects an unknown engine with 400", async () => {
    const res = await post(article, { ...auth(), "content-type": "text/plain" }, "/summaries?engine=magic");
    expect(res.status).toBe(400);
  });
});

describe("GET /health", () => {
  it("is the one route open without a key", async () => {
    const res = await fetch(`${stack.httpEndpoint}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});
