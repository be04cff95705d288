// Responses: JSON, and RFC 9457 problem details for every failure, with the validation issues listed.
import * as z from "../schema/zod.ts";
import type { PrecisError } from "../errors.ts";
import type { HttpResponse } from "./types.ts";

export const json = (status: number, value: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers: { "content-type": "application/json; charset=utf-8", ...headers },
  body: JSON.stringify(value, null, 2),
});

export const TITLES: Record<number, string> = {
  400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed", 413: "Content Too Large",
  415: "Unsupported Media Type", 422: "Unprocessable Content", 429: "Too Many Requests", 500: "Internal Server Error",
  502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
};

export const ProblemIssue = z
  .object({
    pointer: z.string().optional().describe("JSON Pointer (RFC 6901) into the request body"),
    parameter: z.string().optional().describe("The query or path parameter at fault"),
    detail: z.string(),
  })
  .describe("One validation issue");
export type ProblemIssue = z.infer<typeof ProblemIssue>;

export const Problem = z
  .object({
    type: z.string().describe("https://precis.dev/problems/<code>"),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe("Stable machine-readable reason, e.g. 'not_an_article', 'too_large', 'unauthorized'"),
    detail: z.string(),
    instance: z.string().optional().describe("The request path"),
    errors: z.array(ProblemIssue).optional().describe("Validation issues, when the request was invalid"),
    id: z.string().optional().describe("The summary id concerned, when there is one"),
  })
  .describe("RFC 9457 problem details");
export type Problem = z.infer<typeof Problem>;

/** RFC 9457 problem details. `code` is the stable machine-readable reason. */
export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): HttpResponse {
  return {
    status,
    headers: { "content-type": "application/problem+json", ...headers },
    body: JSON.stringify({ type: `https://precis.dev/problems/${code}`, title: TITLES[status] ?? "Error", status, code, detail, ...extra }, null, 2),
  };
}

/** zod issues as problem issues: body fields as JSON Pointers, query/path fields as parameters. */
export function issuesOf(error: z.ZodError, where: "body" | "parameter"): ProblemIssue[] {
  return error.issues.map((i) =>
    where === "body"
      ? { pointer: "/" + i.path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/"), detail: i.message }
      : { parameter: i.path.map(String).join(".") || "(query)", detail: i.message },
  );
}

// Pipeline error codes → HTTP status.
export const STATUS_FOR: Record<string, number> = {
  empty: 422, not_an_article: 422, binary: 415, unsupported_type: 415, invalid_encoding: 422, too_large: 413, too_complex: 422,
  no_text_layer: 422, encrypted: 422, invalid_document: 422,
  refused: 422, llm_invalid_output: 502, llm_failed: 502, not_found: 404, key_outside_prefix: 400, internal: 500,
};

export const statusForCode = (code: string, message = "") => (code === "llm_failed" && /timed? ?out/i.test(message) ? 504 : (STATUS_FOR[code] ?? 500));

export function problemFor(e: PrecisError, extra: Record<string, unknown> = {}): HttpResponse {
  return problem(statusForCode(e.code, e.message), e.code, e.code === "internal" ? "internal error" : e.message, extra);
}
