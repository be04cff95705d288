// The route table: every route of the HTTP API, declared once — method and path, whether it needs a
// key, its query and path schemas (zod), its operationId and its answers. The handler dispatches on it
// (app.ts), the OpenAPI document's paths are generated from it (openapi.ts), and serverless.yml lists
// the same routes for API Gateway (test/http/contract.test.ts keeps them in step).
import type { z } from "zod";
import { SummaryId } from "../schema/summary.ts";
import { openApiDocument, type Operation } from "./openapi.ts";
import { json } from "./problem.ts";
import { compilePath, type PathPattern } from "./router.ts";
import { ListQuery, SummaryQuery, UploadId } from "./schemas.ts";
import { health, schema, web } from "./routes/meta.ts";
import { getSummaries, getSummary, postSummary } from "./routes/summaries.ts";
import { getUpload, postUpload } from "./routes/uploads.ts";
import type { HttpResponse, RouteContext } from "./types.ts";

export interface Route {
  method: "GET" | "POST";
  /** API Gateway route syntax: /summaries/{id} */
  path: string;
  /** Served without an API key. */
  open?: boolean;
  /** The query it takes (documented from this schema; the handler validates with it). */
  query?: z.ZodObject;
  /** Its path parameters' schemas. */
  params?: Record<string, z.ZodType>;
  /** The OpenAPI operation (operationId, answers, body); absent for the web page's files, which are not API. */
  operation?: Operation;
  handle(ctx: RouteContext): Promise<HttpResponse> | HttpResponse;
}

const ACCEPTED = "Accepted: summarized asynchronously; poll Location";

export const ROUTES: readonly Route[] = [
  {
    method: "GET",
    path: "/health",
    open: true,
    operation: { operationId: "health", tags: ["meta"], summary: "Liveness (the only route open without a key)", ok: { 200: ["Up", "Health"] }, errors: [] },
    handle: health,
  },
  {
    method: "GET",
    path: "/schema",
    operation: {
      operationId: "getSchema",
      tags: ["meta"],
      summary: "The summary's JSON Schema (draft 2020-12), as committed in schema/summary.v1.json",
      ok: { 200: ["The JSON Schema", { type: "object" }, "application/schema+json"] },
      errors: [],
    },
    handle: schema,
  },
  {
    method: "GET",
    path: "/openapi.json",
    operation: { operationId: "getOpenApi", tags: ["meta"], summary: "This document", ok: { 200: ["OpenAPI 3.1", { type: "object" }] }, errors: [] },
    handle: () => json(200, openApiDocument(ROUTES), { "cache-control": "public, max-age=300" }),
  },
  {
    method: "POST",
    path: "/summaries",
    query: SummaryQuery,
    operation: {
      operationId: "createSummary",
      tags: ["summaries"],
      summary: "Summarize an article and store the summary",
      description:
        "Answers 200 with the summary. With the `openai` engine an article too long to finish within API Gateway's limit " +
        "(or any article sent with `Prefer: respond-async`) is accepted with 202 and summarized asynchronously: poll Location. " +
        "Copies of a stored story are linked (`sameStoryAs`).",
      headers: [{ name: "Prefer", description: "`respond-async`: always answer 202 and summarize asynchronously" }],
      body: { "text/plain": { type: "string" }, "text/html": { type: "string" }, "text/markdown": { type: "string" }, "application/pdf": { type: "string", format: "binary" }, "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { type: "string", format: "binary" }, "application/json": "JsonArticle" },
      ok: { 200: ["The summary", "Summary", "application/json", ["Location"]], 202: [ACCEPTED, "Accepted", "application/json", ["Location", "Retry-After"]] },
      errors: ["BadRequest", "ContentTooLarge", "UnsupportedMediaType", "UnprocessableContent", "BadGateway", "GatewayTimeout"],
    },
    handle: postSummary,
  },
  {
    method: "GET",
    path: "/summaries",
    query: ListQuery,
    operation: {
      operationId: "listSummaries",
      tags: ["summaries"],
      summary: "Stored summaries, newest first",
      ok: { 200: ["A page (the next one in Link: <…>; rel=\"next\")", "SummaryPage", "application/json", ["Link"]] },
      errors: ["BadRequest"],
    },
    handle: getSummaries,
  },
  {
    method: "GET",
    path: "/summaries/{id}",
    params: { id: SummaryId },
    operation: {
      operationId: "getSummary",
      tags: ["summaries"],
      summary: "One stored summary",
      description: "202 while an accepted article is still being summarized; its failure, if it failed, as a problem (422, 502, 504…).",
      ok: { 200: ["The summary", "Summary"], 202: [ACCEPTED, "Accepted", "application/json", ["Location", "Retry-After"]] },
      errors: ["BadRequest", "NotFound", "UnprocessableContent", "BadGateway", "GatewayTimeout"],
    },
    handle: getSummary,
  },
  {
    method: "POST",
    path: "/uploads",
    operation: {
      operationId: "createUpload",
      tags: ["uploads"],
      summary: "A presigned S3 PUT URL for a file to summarize",
      description:
        "PUT the file to `url` with exactly `headers` (its length is signed); it lands under incoming/uploads/<uploadId>/ and is summarized there. " +
        "Poll `status` for the outcome: the summary's id is the hash of the file, known once it is read.",
      body: { "application/json": "UploadRequest" },
      ok: { 201: ["Where to upload", "UploadTicket", "application/json", ["Location"]] },
      errors: ["BadRequest", "ContentTooLarge", "UnsupportedMediaType", "UnprocessableContent"],
    },
    handle: postUpload,
  },
  {
    method: "GET",
    path: "/uploads/{uploadId}",
    params: { uploadId: UploadId },
    operation: { operationId: "getUpload", tags: ["uploads"], summary: "What became of an upload", ok: { 200: ["Its status", "UploadStatus"] }, errors: ["BadRequest", "NotFound"] },
    handle: getUpload,
  },
  // The web page's files (lib/web/): static, so open like /health, and not part of the API document.
  { method: "GET", path: "/", open: true, handle: web },
  { method: "GET", path: "/assets/{name}", open: true, handle: web },
];

export interface CompiledRoute extends PathPattern {
  route: Route;
}

export const COMPILED: readonly CompiledRoute[] = ROUTES.map((route) => ({ ...compilePath(route.path), route }));
