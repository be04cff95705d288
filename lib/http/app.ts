// The HTTP API as a pure function of a request: no Lambda or Node types here. functions/http.ts adapts
// API Gateway events to it; the local server adapts Node requests to API Gateway events.
import { z } from "zod";
import type { Runtime } from "../runtime.ts";
import { isValidApiKey } from "../api-keys.ts";
import { toPrecisError, type PrecisError } from "../errors.ts";
import { prepareArticle, summarizePrepared } from "../pipeline.ts";
import { EngineName, summaryJsonSchema } from "../schema/summary.ts";
import { recordSummary } from "../catalog.ts";

export interface HttpRequest {
  method: string;
  path: string;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  body: Uint8Array;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const json = (status: number, value: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers: { "content-type": "application/json; charset=utf-8", ...headers },
  body: JSON.stringify(value, null, 2),
});

const TITLES: Record<number, string> = {
  400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed", 413: "Content Too Large",
  415: "Unsupported Media Type", 422: "Unprocessable Content", 429: "Too Many Requests", 500: "Internal Server Error",
  502: "Bad Gateway", 504: "Gateway Timeout",
};

/** RFC 9457 problem details. `code` is the stable machine-readable reason. */
export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}): HttpResponse {
  return {
    status,
    headers: { "content-type": "application/problem+json" },
    body: JSON.stringify({ type: `https://precis.dev/problems/${code}`, title: TITLES[status] ?? "Error", status, code, detail, ...extra }, null, 2),
  };
}

// Pipeline error codes → HTTP status.
const STATUS_FOR: Record<string, number> = {
  empty: 422, not_an_article: 422, binary: 415, unsupported_type: 415, invalid_encoding: 422, too_large: 413,
  refused: 422, llm_invalid_output: 502, llm_failed: 502, not_found: 404, key_outside_prefix: 400, internal: 500,
};

function problemFor(e: PrecisError): HttpResponse {
  if (e.code === "llm_failed" && /timed? ?out/i.test(e.message)) return problem(504, e.code, e.message);
  return problem(STATUS_FOR[e.code] ?? 500, e.code, e.code === "internal" ? "internal error" : e.message);
}

const JsonArticle = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    markdown: z.string().optional(),
    title: z.string().optional(),
    publishedAt: z.iso.date().or(z.iso.datetime({ offset: true })).optional(),
    url: z.url().optional(),
  })
  .strict()
  .refine((b) => [b.text, b.html, b.markdown].filter((v) => v !== undefined).length === 1, {
    message: "exactly one of text, html or markdown is required",
  });

const TEXT_TYPES = new Set(["text/plain", "text/html", "text/markdown", "text/x-markdown"]);
const mediaType = (h: string | undefined) => (h ?? "").split(";")[0]!.trim().toLowerCase();

function presentedKey(headers: HttpRequest["headers"]): string | null {
  const auth = headers["authorization"];
  if (auth && /^bearer\s+/i.test(auth)) return auth.replace(/^bearer\s+/i, "").trim();
  return headers["x-api-key"]?.trim() || null;
}

async function postSummary(req: HttpRequest, rt: Runtime): Promise<HttpResponse> {
  const type = mediaType(req.headers["content-type"]);
  const engineParam = req.query["engine"];
  const engineName = engineParam === undefined ? rt.config.engine : EngineName.safeParse(engineParam).data;
  if (!engineName) return problem(400, "invalid_query", `engine must be one of ${EngineName.options.join(", ")}`);

  let input: Parameters<typeof prepareArticle>[0];
  if (type === "application/json") {
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(req.body));
    } catch {
      return problem(400, "invalid_json", "the body is not valid UTF-8 JSON");
    }
    const parsed = JsonArticle.safeParse(raw);
    if (!parsed.success) {
      return problem(422, "invalid_body", "the JSON body is not an article", {
        errors: parsed.error.issues.map((i) => ({ pointer: "/" + i.path.join("/"), detail: i.message })),
      });
    }
    const b = parsed.data;
    const [contentType, text] = b.html !== undefined ? ["text/html", b.html] : b.markdown !== undefined ? ["text/markdown", b.markdown] : ["text/plain", b.text!];
    input = { bytes: new TextEncoder().encode(text), contentType, title: b.title ?? null, publishedAt: b.publishedAt ?? null, url: b.url ?? null };
  } else if (TEXT_TYPES.has(type)) {
    input = { bytes: req.body, contentType: req.headers["content-type"] ?? type };
  } else {
    return problem(415, "unsupported_media_type", `send text/plain, text/html, text/markdown or application/json, not '${type || "nothing"}'`);
  }

  try {
    const prepared = prepareArticle(input, rt.config.limits);
    const summary = await summarizePrepared(prepared, { engine: await rt.engine(engineName) });
    const key = `${rt.config.prefixes.summaries}api/${summary.id}.json`;
    await rt.bucket.writeJson(key, summary, { "precis-id": summary.id });
    await recordSummary(rt.bucket, summary, key);
    rt.log.info("summarized", { via: "http", id: summary.id, engine: summary.engine.name, tokens: summary.engine.usage, costUsd: summary.engine.costUsd, outcome: "summarized" });
    return json(200, summary, { location: `/summaries/${summary.id}` });
  } catch (e) {
    const err = toPrecisError(e);
    rt.log.warn("request failed", { via: "http", code: err.code, error: err.code === "internal" ? err.message : undefined });
    return problemFor(err);
  }
}

interface Route {
  method: string;
  path: RegExp;
  open?: boolean;
  handle(req: HttpRequest, rt: Runtime, params: string[]): Promise<HttpResponse> | HttpResponse;
}

const ROUTES: Route[] = [
  { method: "GET", path: /^\/health$/, open: true, handle: () => json(200, { status: "ok" }) },
  { method: "GET", path: /^\/schema$/, handle: () => json(200, summaryJsonSchema(), { "content-type": "application/schema+json" }) },
  { method: "POST", path: /^\/summaries$/, handle: postSummary },
];

export async function handleHttp(req: HttpRequest, rt: Runtime): Promise<HttpResponse> {
  const matching = ROUTES.filter((r) => r.path.test(req.path));
  if (matching.length === 0) return problem(404, "not_found", `no route for ${req.path}`);
  const route = matching.find((r) => r.method === req.method);
  if (!route) return { ...problem(405, "method_not_allowed", `${req.method} is not allowed on ${req.path}`), headers: { "content-type": "application/problem+json", allow: matching.map((r) => r.method).join(", ") } };
  if (!route.open && !isValidApiKey(presentedKey(req.headers), rt.apiKeys)) {
    return { ...problem(401, "unauthorized", "a valid API key is required (Authorization: Bearer KEY or x-api-key: KEY)"), headers: { "content-type": "application/problem+json", "www-authenticate": 'Bearer realm="precis"' } };
  }
  // Checked before any parsing: an oversized body costs nothing but this comparison.
  if (req.body.byteLength > rt.config.limits.maxBodyBytes) {
    return problem(413, "too_large", `the body is ${req.body.byteLength} bytes; the limit is ${rt.config.limits.maxBodyBytes}`);
  }
  return route.handle(req, rt, route.path.exec(req.path)!.slice(1));
}
