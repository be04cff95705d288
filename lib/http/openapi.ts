// The OpenAPI 3.1 document of the HTTP API, assembled in code: every schema in it is generated from
// the zod schemas the handlers validate with (lib/http/schemas.ts, lib/schema/summary.ts,
// lib/events/schema.ts), so the document cannot drift from what the API accepts and answers.
import { z } from "zod";
import { summaryJsonSchema, SummaryId } from "../schema/summary.ts";
import { SummaryCreatedDetail, SummaryCreatedEvent } from "../events/schema.ts";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, EVENT_ID_HEADER } from "../events/webhook.ts";
import { Problem, ProblemIssue } from "./problem.ts";
import { Accepted, CatalogItem, Health, JsonArticle, SummaryPage, UploadId, UploadRequest, UploadStatus, UploadTicket } from "./schemas.ts";

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` });

/** JSON Schemas of the API's shapes, with references between them as OpenAPI component refs. */
function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  const named: Record<string, z.ZodType> = {
    Problem,
    ProblemIssue,
    JsonArticle,
    Accepted,
    CatalogItem,
    SummaryPage,
    UploadRequest,
    UploadTicket,
    UploadStatus,
    Health,
    SummaryCreatedEvent,
    SummaryCreatedDetail,
  };
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}`, unrepresentable: "any" }).schemas as Record<string, Json>;
  const schemas: Record<string, Json> = {};
  for (const [id, s] of Object.entries(out)) {
    const { $id: _id, $schema: _schema, ...rest } = s;
    schemas[id] = rest;
  }
  // The summary: exactly the versioned JSON Schema (schema/summary.v1.json, GET /schema).
  const { $schema: _s, ...summary } = summaryJsonSchema();
  schemas["Summary"] = summary;
  return schemas;
}

const PROBLEM_RESPONSES: Record<string, [number, string]> = {
  BadRequest: [400, "The request is malformed: invalid JSON, query or path parameter (`errors` lists them)"],
  Unauthorized: [401, "No valid API key (Authorization: Bearer KEY, or x-api-key: KEY)"],
  NotFound: [404, "Nothing with that id"],
  ContentTooLarge: [413, "The body (or declared file) is over the limit; refused before any work"],
  UnsupportedMediaType: [415, "A media type the API does not read, or a binary document"],
  UnprocessableContent: [422, "Not an article: empty, too short, undecodable, or a JSON body that does not fit (`errors` lists why)"],
  TooManyRequests: [429, "Over the per-key request budget; see Retry-After"],
  BadGateway: [502, "The LLM failed or answered something unusable"],
  GatewayTimeout: [504, "The LLM timed out"],
};

const problemResponse = (description: string, extraHeaders: Json = {}) => ({
  description,
  headers: extraHeaders,
  content: { "application/problem+json": { schema: ref("Problem") } },
});

const errors = (...names: string[]) => Object.fromEntries(names.map((n) => [String(PROBLEM_RESPONSES[n]![0]), responseRef(n)]));

const stripDialect = (s: Json) => {
  const { $schema: _s, ...rest } = s;
  return rest;
};

let cached: Json | undefined;

export function openApiDocument(): Json {
  cached ??= build();
  return cached;
}

function build(): Json {
  const idParam = { name: "id", in: "path", required: true, description: "The summary's id", schema: stripDialect(z.toJSONSchema(SummaryId, { target: "draft-2020-12" }) as Json) };
  const accepted = {
    description: "Accepted: summarized asynchronously; poll Location",
    headers: { Location: { $ref: "#/components/headers/Location" }, "Retry-After": { $ref: "#/components/headers/Retry-After" } },
    content: { "application/json": { schema: ref("Accepted") } },
  };
  const summaryOk = {
    description: "The summary",
    headers: { Location: { $ref: "#/components/headers/Location" } },
    content: { "application/json": { schema: ref("Summary") } },
  };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Précis API",
      version: "1.0.0",
      summary: "Structured, grounded summaries of news articles: actors, demands and dates",
      description:
        "Every route but /health needs an API key. Failures are RFC 9457 problem details (application/problem+json) " +
        "with a stable `code`. The summary format is versioned: schema/summary.v1.json (GET /schema).",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/", description: "This deployment" }],
    security: [{ bearerAuth: [] }, { apiKeyHeader: [] }],
    tags: [
      { name: "summaries", description: "Summarize articles and read stored summaries" },
      { name: "uploads", description: "Upload large files straight to the bucket" },
      { name: "meta", description: "Health, schemas and this document" },
    ],
    paths: {
      "/health": {
        get: {
          operationId: "health",
          tags: ["meta"],
          summary: "Liveness (the only route open without a key)",
          security: [],
          responses: { "200": { description: "Up", content: { "application/json": { schema: ref("Health") } } } },
        },
      },
      "/schema": {
        get: {
          operationId: "getSchema",
          tags: ["meta"],
          summary: "The summary's JSON Schema (draft 2020-12), as committed in schema/summary.v1.json",
          responses: {
            "200": { description: "The JSON Schema", content: { "application/schema+json": { schema: { type: "object" } } } },
            ...errors("Unauthorized", "TooManyRequests"),
          },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "getOpenApi",
          tags: ["meta"],
          summary: "This document",
          responses: {
            "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } },
            ...errors("Unauthorized", "TooManyRequests"),
          },
        },
      },
      "/summaries": {
        post: {
          operationId: "createSummary",
          tags: ["summaries"],
          summary: "Summarize an article and store the summary",
          description:
            "Answers 200 with the summary. With the `openai` engine an article too long to finish within API Gateway's limit " +
            "(or any article sent with `Prefer: respond-async`) is accepted with 202 and summarized asynchronously: poll Location. " +
            "Copies of a stored story are linked (`sameStoryAs`).",
          parameters: [
            { name: "engine", in: "query", required: false, description: "The engine (default: the server's)", schema: { type: "string", enum: ["rules", "openai"] } },
            { name: "include", in: "query", required: false, description: "`removed`: add what the cleaner cut (not stored)", schema: { type: "string", enum: ["removed"] } },
            { name: "Prefer", in: "header", required: false, description: "`respond-async`: always answer 202 and summarize asynchronously", schema: { type: "string" } },
          ],
          requestBody: {
            required: true,
            content: {
              "text/plain": { schema: { type: "string" } },
              "text/html": { schema: { type: "string" } },
              "text/markdown": { schema: { type: "string" } },
              "application/pdf": { schema: { type: "string", format: "binary" } },
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { schema: { type: "string", format: "binary" } },
              "application/json": { schema: ref("JsonArticle") },
            },
          },
          responses: {
            "200": summaryOk,
            "202": accepted,
            ...errors("BadRequest", "Unauthorized", "ContentTooLarge", "UnsupportedMediaType", "UnprocessableContent", "TooManyRequests", "BadGateway", "GatewayTimeout"),
          },
        },
        get: {
          operationId: "listSummaries",
          tags: ["summaries"],
          summary: "Stored summaries, newest first",
          parameters: [
            { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
            { name: "cursor", in: "query", required: false, description: "`nextCursor` of the previous page", schema: { type: "string" } },
          ],
          responses: {
            "200": {
              description: "A page",
              headers: { Link: { description: 'The next page: <…>; rel="next"', schema: { type: "string" } } },
              content: { "application/json": { schema: ref("SummaryPage") } },
            },
            ...errors("BadRequest", "Unauthorized", "TooManyRequests"),
          },
        },
      },
      "/summaries/{id}": {
        get: {
          operationId: "getSummary",
          tags: ["summaries"],
          summary: "One stored summary",
          description: "202 while an accepted article is still being summarized; its failure, if it failed, as a problem (422, 502, 504…).",
          parameters: [idParam],
          responses: {
            "200": { description: "The summary", content: { "application/json": { schema: ref("Summary") } } },
            "202": accepted,
            ...errors("BadRequest", "Unauthorized", "NotFound", "UnprocessableContent", "TooManyRequests", "BadGateway", "GatewayTimeout"),
          },
        },
      },
      "/uploads": {
        post: {
          operationId: "createUpload",
          tags: ["uploads"],
          summary: "A presigned S3 PUT URL for a file to summarize",
          description:
            "PUT the file to `url` with `headers`; it lands under incoming/uploads/<uploadId>/ and is summarized there. " +
            "Poll `status` for the outcome: the summary's id is the hash of the file, known once it is read.",
          requestBody: { required: true, content: { "application/json": { schema: ref("UploadRequest") } } },
          responses: {
            "201": {
              description: "Where to upload",
              headers: { Location: { $ref: "#/components/headers/Location" } },
              content: { "application/json": { schema: ref("UploadTicket") } },
            },
            ...errors("BadRequest", "Unauthorized", "ContentTooLarge", "UnsupportedMediaType", "UnprocessableContent", "TooManyRequests"),
          },
        },
      },
      "/uploads/{uploadId}": {
        get: {
          operationId: "getUpload",
          tags: ["uploads"],
          summary: "What became of an upload",
          parameters: [{ name: "uploadId", in: "path", required: true, schema: stripDialect(z.toJSONSchema(UploadId, { target: "draft-2020-12" }) as Json) }],
          responses: {
            "200": { description: "Its status", content: { "application/json": { schema: ref("UploadStatus") } } },
            ...errors("BadRequest", "Unauthorized", "NotFound", "TooManyRequests"),
          },
        },
      },
    },
    webhooks: {
      summaryCreated: {
        post: {
          operationId: "summaryCreated",
          summary: "A new summary (EventBridge in AWS: source 'precis', detail-type 'Summary Created'; locally PRECIS_WEBHOOK_URL)",
          description: `The body is the EventBridge event. Verify ${SIGNATURE_HEADER} (HMAC-SHA256 of the raw body with PRECIS_WEBHOOK_SECRET) before parsing; refuse old events by their \`time\`.`,
          security: [],
          parameters: [
            { name: SIGNATURE_HEADER, in: "header", required: true, description: "sha256=<hex HMAC-SHA256 of the raw body>", schema: { type: "string", pattern: "^sha256=[0-9a-f]{64}$" } },
            { name: TIMESTAMP_HEADER, in: "header", required: true, description: "Unix seconds when sent", schema: { type: "string" } },
            { name: EVENT_ID_HEADER, in: "header", required: true, schema: { type: "string" } },
          ],
          requestBody: { required: true, content: { "application/json": { schema: ref("SummaryCreatedEvent") } } },
          responses: { "200": { description: "Received (any 2xx)" } },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      responses: Object.fromEntries(
        Object.entries(PROBLEM_RESPONSES).map(([name, [, description]]) => [
          name,
          problemResponse(description, name === "TooManyRequests" ? { "Retry-After": { $ref: "#/components/headers/Retry-After" } } : {}),
        ]),
      ),
      headers: {
        Location: { description: "Where the resource is (or will be)", schema: { type: "string" } },
        "Retry-After": { description: "Seconds to wait before asking again", schema: { type: "integer" } },
      },
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "Authorization: Bearer <API key>" },
        apiKeyHeader: { type: "apiKey", in: "header", name: "x-api-key" },
      },
    },
  };
}
