// The HTTP API as a pure function of a request: no Lambda or Node types here. functions/http.ts adapts
// API Gateway events to it; the local server adapts Node requests to API Gateway events.
//
// Every route is declared once, below; serverless.yml's `functions.http.events` lists the same routes
// (test/http/contract.test.ts keeps them and the OpenAPI document in step).
import type { Runtime } from "../runtime.ts";
import { isValidApiKey } from "../api-keys.ts";
import { toPrecisError } from "../errors.ts";
import { presentedKey, rateHeaders, RateLimiter } from "./auth.ts";
import { corsHeaders, preflightHeaders } from "./cors.ts";
import { problem } from "./problem.ts";
import { getSummaries, getSummary, postSummary } from "./routes/summaries.ts";
import { getUpload, postUpload } from "./routes/uploads.ts";
import { health, openapi, schema, web } from "./routes/meta.ts";
import type { HttpRequest, HttpResponse, RouteContext } from "./types.ts";

export type { HttpRequest, HttpResponse } from "./types.ts";
export { problem } from "./problem.ts";

export interface Route {
  method: "GET" | "POST";
  /** API Gateway route syntax: /summaries/{id} */
  path: string;
  /** Served without an API key. */
  open?: boolean;
  /** Part of the API (and its OpenAPI document); false for the web page's files. */
  api?: boolean;
  handle(ctx: RouteContext): Promise<HttpResponse> | HttpResponse;
}

export const ROUTES: readonly Route[] = [
  { method: "GET", path: "/health", open: true, handle: health },
  { method: "GET", path: "/schema", handle: schema },
  { method: "GET", path: "/openapi.json", handle: openapi },
  { method: "POST", path: "/summaries", handle: postSummary },
  { method: "GET", path: "/summaries", handle: getSummaries },
  { method: "GET", path: "/summaries/{id}", handle: getSummary },
  { method: "POST", path: "/uploads", handle: postUpload },
  { method: "GET", path: "/uploads/{uploadId}", handle: getUpload },
  { method: "GET", path: "/", open: true, api: false, handle: web },
  { method: "GET", path: "/assets/{name}", open: true, api: false, handle: web },
];

interface Compiled {
  route: Route;
  pattern: RegExp;
  params: string[];
}

const COMPILED: Compiled[] = ROUTES.map((route) => {
  const params: string[] = [];
  const source = route.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{([^}]+)\}/g, (_m, name: string) => {
    params.push(name);
    return "([^/]+)";
  });
  return { route, pattern: new RegExp(`^${source}$`), params };
});

// One per container: the budget is per instance (see RateLimiter).
let limiter: { perMinute: number; limiter: RateLimiter } | undefined;
function rateLimiter(perMinute: number): RateLimiter {
  if (!limiter || limiter.perMinute !== perMinute) limiter = { perMinute, limiter: new RateLimiter(perMinute) };
  return limiter.limiter;
}

export async function handleHttp(req: HttpRequest, rt: Runtime): Promise<HttpResponse> {
  const started = performance.now();
  const cors = corsHeaders(req, rt.config.http.corsOrigins);
  let res: HttpResponse;
  try {
    res = await dispatch(req, rt);
  } catch (e) {
    const err = toPrecisError(e);
    rt.log.error("request crashed", { via: "http", method: req.method, path: req.path, error: err.message });
    res = problem(500, "internal", "internal error");
  }
  const out = { ...res, headers: { ...res.headers, ...cors } };
  if (res.status >= 400 && res.headers["content-type"]?.startsWith("application/problem+json")) {
    // The request path as the occurrence (RFC 9457 `instance`).
    try {
      const body = JSON.parse(res.body) as Record<string, unknown>;
      if (body["instance"] === undefined) out.body = JSON.stringify({ ...body, instance: req.path }, null, 2);
    } catch {
      // not ours to touch
    }
  }
  rt.log.debug("request", { via: "http", method: req.method, path: req.path, status: out.status, ms: Math.round(performance.now() - started) });
  return out;
}

async function dispatch(req: HttpRequest, rt: Runtime): Promise<HttpResponse> {
  const matching = COMPILED.filter((c) => c.pattern.test(req.path));
  if (matching.length === 0) return problem(404, "not_found", `no route for ${req.path}`);
  if (req.method === "OPTIONS") {
    const headers = preflightHeaders(req, rt.config.http.corsOrigins);
    return { status: 204, headers: { ...headers, allow: [...new Set(matching.map((c) => c.route.method)), "OPTIONS"].join(", ") }, body: "" };
  }
  const hit = matching.find((c) => c.route.method === req.method);
  if (!hit) {
    return problem(405, "method_not_allowed", `${req.method} is not allowed on ${req.path}`, {}, { allow: [...new Set(matching.map((c) => c.route.method))].join(", ") });
  }
  let limitHeaders: Record<string, string> = {};
  if (!hit.route.open) {
    const key = presentedKey(req.headers);
    if (!isValidApiKey(key, rt.apiKeys)) {
      return problem(401, "unauthorized", "a valid API key is required (Authorization: Bearer KEY or x-api-key: KEY)", {}, { "www-authenticate": 'Bearer realm="precis"' });
    }
    const decision = rateLimiter(rt.config.http.rateLimitPerMinute).take(key!);
    if (decision) {
      limitHeaders = rateHeaders(decision);
      if (!decision.allowed) {
        return problem(429, "rate_limited", `more than ${decision.limit} requests a minute with this key; retry in ${decision.resetSeconds} s`, {}, { ...limitHeaders, "retry-after": String(decision.resetSeconds) });
      }
    }
  }
  // Checked before any parsing: an oversized body costs nothing but this comparison.
  if (req.body.byteLength > rt.config.limits.maxBodyBytes) {
    return problem(413, "too_large", `the body is ${req.body.byteLength} bytes; the limit is ${rt.config.limits.maxBodyBytes}`, {}, limitHeaders);
  }
  const m = hit.pattern.exec(req.path)!;
  const params = Object.fromEntries(hit.params.map((p, i) => [p, safeDecode(m[i + 1]!)]));
  const res = await hit.route.handle({ req, rt, params });
  return { ...res, headers: { ...res.headers, ...limitHeaders } };
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
