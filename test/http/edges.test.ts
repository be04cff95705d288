// The API's edges, through real HTTP on loopback and through the Lambda adapter: pre-flights, unknown
// routes and methods, undecodable paths, oversized bodies, non-web URLs and wrong keys.
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handler as lambdaHandler } from "../../functions/http.ts";
import { Problem } from "../../lib/http/problem.ts";
import { startTestStack, type TestStack } from "../support/local-stack.ts";

const ORIGIN = "https://app.example";
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ PRECIS_ENGINE: "rules", PRECIS_CORS_ORIGINS: ORIGIN, PRECIS_AUTH_FAILURES_PER_MINUTE: "5" });
});
afterAll(async () => {
  await stack?.dispose();
});

const url = (path: string) => `${stack.httpEndpoint}${path}`;
const auth = () => ({ authorization: `Bearer ${stack.apiKey}` });
async function expectProblem(res: Response, status: number, code: string): Promise<Problem> {
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = Problem.parse(await res.json());
  expect({ status: res.status, code: body.code }).toEqual({ status, code });
  return body;
}

/** An API Gateway HTTP API (payload 2.0) event, as AWS sends it to functions/http.ts. */
function gatewayEvent(method: string, path: string, headers: Record<string, string> = {}, body?: string): APIGatewayProxyEventV2 {
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: "",
    headers,
    requestContext: {
      accountId: "1",
      apiId: "a",
      domainName: "x",
      domainPrefix: "x",
      http: { method, path, protocol: "HTTP/1.1", sourceIp: "203.0.113.9", userAgent: "t" },
      requestId: "r",
      routeKey: "$default",
      stage: "$default",
      time: "",
      timeEpoch: 0,
    },
    body,
    isBase64Encoded: false,
  };
}

describe("CORS pre-flight", () => {
  it("answers OPTIONS from an allowed origin with 204 and the CORS headers, before any key", async () => {
    const res = await fetch(url("/summaries"), { method: "OPTIONS", headers: { origin: ORIGIN, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" } });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(res.headers.get("access-control-allow-methods")).toMatch(/POST/);
    expect(res.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    expect(res.headers.get("allow")).toBe("POST, GET, OPTIONS");
  });

  it("gives another origin no CORS headers", async () => {
    const res = await fetch(url("/summaries"), { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("is answered the same by the Lambda adapter", async () => {
    const out = await lambdaHandler(gatewayEvent("OPTIONS", "/summaries/0123456789abcdef01234567", { origin: ORIGIN, "access-control-request-method": "GET" }));
    expect(out.statusCode).toBe(204);
    expect(out.headers?.["access-control-allow-origin"]).toBe(ORIGIN);
    expect(out.headers?.["allow"]).toBe("GET, OPTIONS");
  });
});

describe("routing", () => {
  it("answers an unknown route with a problem+json 404, locally and in the Lambda adapter", async () => {
    await expectProblem(await fetch(url("/nothing/here"), { headers: auth() }), 404, "not_found");
    const out = await lambdaHandler(gatewayEvent("GET", "/nothing/here", auth()));
    expect(out.statusCode).toBe(404);
    expect(JSON.parse(out.body!)).toMatchObject({ code: "not_found", instance: "/nothing/here" });
  });

  it("answers a known path with the wrong method 405 with Allow", async () => {
    const res = await fetch(url("/summaries"), { method: "DELETE", headers: auth() });
    await expectProblem(res, 405, "method_not_allowed");
    expect(res.headers.get("allow")).toBe("POST, GET, OPTIONS");
    const one = await fetch(url("/summaries/0123456789abcdef01234567"), { method: "PUT", headers: auth(), body: "x" });
    await expectProblem(one, 405, "method_not_allowed");
    expect(one.headers.get("allow")).toBe("GET, OPTIONS");
  });

  it("answers a path parameter that is not valid percent-encoding 400, and only after the key", async () => {
    await expectProblem(await fetch(url("/summaries/%E0%A4%A")), 401, "unauthorized");
    const body = await expectProblem(await fetch(url("/summaries/%E0%A4%A"), { headers: auth() }), 400, "invalid_path");
    expect(body.errors).toEqual([{ parameter: "id", detail: expect.any(String) }]);
    await expectProblem(await fetch(url("/uploads/%FF"), { headers: auth() }), 400, "invalid_path");
    const out = await lambdaHandler(gatewayEvent("GET", "/summaries/%E0%A4%A", auth()));
    expect(out.statusCode).toBe(400);
  });
});

describe("bodies", () => {
  it("answers a body over API Gateway's 10 MiB with 413, not a reset", async () => {
    const big = new Uint8Array(11 * 1024 * 1024).fill(0x61);
    const res = await fetch(url("/summaries"), { method: "POST", headers: { ...auth(), "content-type": "text/plain" }, body: big });
    expect(res.status).toBe(413);
    // and the server goes on answering
    expect((await fetch(url("/health"))).status).toBe(200);
  });

  it("refuses a non-web url in the JSON envelope (422), and stores an https one", async () => {
    const text = "The Harbour Board of Westmere said on Tuesday that the ferry pier would reopen in May after repairs. ".repeat(4);
    for (const bad of ["javascript:alert(1)", "data:text/html,hi", "ftp://files.example/a"]) {
      const res = await fetch(url("/summaries"), { method: "POST", headers: { ...auth(), "content-type": "application/json" }, body: JSON.stringify({ text, url: bad }) });
      const p = await expectProblem(res, 422, "invalid_body");
      expect(p.errors).toEqual([{ pointer: "/url", detail: expect.stringMatching(/http/) }]);
    }
    const ok = await fetch(url("/summaries"), { method: "POST", headers: { ...auth(), "content-type": "application/json" }, body: JSON.stringify({ text, url: "https://news.example/pier" }) });
    expect(ok.status).toBe(200);
    expect((await ok.json()).source.url).toBe("https://news.example/pier");
  });
});

// Last: it locks this client (127.0.0.1) out for the rest of the minute.
describe("wrong keys", () => {
  it("are throttled per client: after the budget, 429 with Retry-After, even for the right key", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await fetch(url("/summaries"), { headers: { authorization: `Bearer guess-${i}` } })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const res = await fetch(url("/summaries"), { headers: auth() });
    await expectProblem(res, 429, "too_many_failures");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    // the open routes stay open
    expect((await fetch(url("/health"))).status).toBe(200);
  });
});
