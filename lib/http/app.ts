// The HTTP API as a pure function of a request: no Lambda or Node types here. functions/http.ts adapts
// API Gateway events to it; the local server adapts Node requests to API Gateway events.
//
// Every route is declared once, in table.ts; serverless.yml's `functions.http.events` lists the same
// routes (test/http/contract.test.ts keeps them and the OpenAPI document in step).
import type { Runtime } from "../runtime.ts";
import { isValidApiKey } from "../api-keys.ts";
import { toPrecisError } from "../errors.ts";
import { AuthFailures, presentedKey, rateHeaders, RateLimiter } from "./auth.ts";
import { corsHeaders, preflightHeaders } from "./cors.ts";
import { problem } from "./problem.ts";
import { decodeParams, matchPath } from "./router.ts";
import { COMPILED } from "./table.ts";
import type { HttpRequest, HttpResponse } from "./types.ts";

export type { HttpRequest, HttpResponse } from "./types.ts";
export { problem } from "./problem.ts";

export { ROUTES, type Route } from "./table.ts";

// One per container: the budgets are per instance (see RateLimiter).
let limiter: { perMinute: number; limiter: RateLimiter } | undefined;
function rateLimiter(perMinute: number): RateLimiter {
  if (!limiter || limiter.perMinute !== perMinute) limiter = { perMinute, limiter: new RateLimiter(perMinute) };
  return limiter.limiter;
}
let failures: { perMinute: number; failures: AuthFailures } | undefined;
function authFailures(perMinute: number): AuthFailures {
  if (!failures || failures.perMinute !== perMinute) failures = { perMinute, failures: new AuthFailures(perMinute) };
  return failures.failures;
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
  const matching = COMPILED.flatMap((c) => {
    const raw = matchPath(c, req.path);
    return raw ? [{ c, raw }] : [];
  });
  if (matching.length === 0) return problem(404, "not_found", `no route for ${req.path}`);
  const allow = [...new Set(matching.map(({ c }) => c.route.method)), "OPTIONS"].join(", ");
  // A CORS pre-flight: answered before any key is asked for (browsers never send one with it).
  if (req.method === "OPTIONS") return { status: 204, headers: { ...preflightHeaders(req, rt.config.http.corsOrigins), allow }, body: "" };
  const hit = matching.find(({ c }) => c.route.method === req.method || (req.method === "HEAD" && c.route.method === "GET"));
  if (!hit) return problem(405, "method_not_allowed", `${req.method} is not allowed on ${req.path}`, {}, { allow });
  const { route } = hit.c;

  let limitHeaders: Record<string, string> = {};
  if (!route.open) {
    // Wrong keys are counted per client: past the budget, even a right key waits (no guessing at speed).
    const client = req.sourceIp ?? "unknown";
    const guard = authFailures(rt.config.http.authFailuresPerMinute);
    const blocked = guard.blocked(client);
    if (blocked) return problem(429, "too_many_failures", `too many wrong API keys from this client; retry in ${blocked} s`, {}, { "retry-after": String(blocked) });
    const key = presentedKey(req.headers);
    if (!isValidApiKey(key, rt.apiKeys)) {
      if (key) guard.fail(client); // a wrong key, not a missing one, is a guess
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
  const params = decodeParams(hit.raw);
  if (!params) {
    const names = Object.keys(hit.raw);
    return problem(400, "invalid_path", "a path parameter is not valid percent-encoded UTF-8", { errors: names.map((parameter) => ({ parameter, detail: "not valid percent-encoded UTF-8" })) }, limitHeaders);
  }
  const res = await route.handle({ req, rt, params });
  return { ...res, headers: { ...res.headers, ...limitHeaders } };
}
