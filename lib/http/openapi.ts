// The OpenAPI 3.1 document of the HTTP API, assembled in code: its paths come from the route table
// (table.ts), and every schema in it is generated from
// the zod schemas the handlers validate with (lib/http/schemas.ts, lib/schema/summary.ts,
// lib/events/schema.ts), so the document cannot drift from what the API accepts and answers.
import * as z from "../schema/zod.ts";
import { summaryJsonSchema } from "../schema/summary.ts";
import { SummaryCreatedDetail, SummaryCreatedEvent } from "../events/schema.ts";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, EVENT_ID_HEADER } from "../events/webhook.ts";
import { Problem, ProblemIssue } from "./problem.ts";
import { Accepted, CatalogItem, Health, JsonArticle, SummaryPage, UploadRequest, UploadStatus, UploadTicket } from "./schemas.ts";

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

const PROBLEM_RESPONSES = {
  BadRequest: [400, "The request is malformed: invalid JSON, query or path parameter (`errors` lists them)"],
  Unauthorized: [401, "No valid API key (Authorization: Bearer KEY, or x-api-key: KEY)"],
  NotFound: [404, "Nothing with that id"],
  ContentTooLarge: [413, "The body (or declared file) is over the limit; refused before any work"],
  UnsupportedMediaType: [415, "A media type the API does not read, or a binary document"],
  UnprocessableContent: [422, "Not an article: empty, too short, undecodable, or a JSON body that does not fit (`errors` lists why)"],
  TooManyRequests: [429, "Over the per-key request budget, or too many wrong keys from this client; see Retry-After"],
  BadGateway: [502, "The LLM failed or answered something unusable"],
  GatewayTimeout: [504, "The LLM timed out"],
} satisfies Record<string, [number, string]>;

const problemResponse = (description: string, extraHeaders: Json = {}) => ({
  description,
  headers: extraHeaders,
  content: { "application/problem+json": { schema: ref("Problem") } },
});

const errors = (...names: (keyof typeof PROBLEM_RESPONSES)[]) => Object.fromEntries(names.map((n) => [String(PROBLEM_RESPONSES[n][0]), responseRef(n)]));

const stripDialect = (s: Json) => {
  const { $schema: _s, ...rest } = s;
  return rest;
};

/** A schema in an operation: a component's name, or an inline JSON Schema. */
type SchemaRef = string | Json;
/** An answer: [description, schema, media type (default application/json), header names]. */
type Answer = [string, SchemaRef, string?, string[]?];

/** What the route table (table.ts) declares about a route for this document. */
export interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  /** Request headers it reads. */
  headers?: { name: string; description: string }[];
  /** Request body by media type. */
  body?: Record<string, SchemaRef>;
  /** Success answers by status. */
  ok: Record<number, Answer>;
  /** Problem answers (401 and 429 are added for every route that needs a key). */
  errors: (keyof typeof PROBLEM_RESPONSES)[];
}

/** The route table's view of a route: what the document needs. */
export interface DocumentedRoute {
  method: string;
  path: string;
  open?: boolean;
  query?: z.ZodObject;
  params?: Record<string, z.ZodType>;
  operation?: Operation;
}

const schemaOf = (s: SchemaRef) => (typeof s === "string" ? ref(s) : s);

function parameters(r: DocumentedRoute): Json[] {
  const out: Json[] = [];
  for (const [name, schema] of Object.entries(r.params ?? {})) {
    const js = stripDialect(z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as Json);
    out.push({ name, in: "path", required: true, ...(js["description"] ? { description: js["description"] } : {}), schema: js });
  }
  if (r.query) {
    const js = z.toJSONSchema(r.query, { target: "draft-2020-12", io: "input" }) as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, schema] of Object.entries(js.properties ?? {})) {
      const { description, ...rest } = schema;
      out.push({ name, in: "query", required: (js.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest });
    }
  }
  for (const h of r.operation?.headers ?? []) out.push({ name: h.name, in: "header", required: false, description: h.description, schema: { type: "string" } });
  return out;
}

function operationOf(r: DocumentedRoute & { operation: Operation }): Json {
  const op = r.operation;
  const responses: Json = {};
  for (const [status, [description, schema, mediaType, headers]] of Object.entries(op.ok)) {
    responses[status] = {
      description,
      ...(headers?.length ? { headers: Object.fromEntries(headers.map((h) => [h, { $ref: `#/components/headers/${h}` }])) } : {}),
      content: { [mediaType ?? "application/json"]: { schema: schemaOf(schema) } },
    };
  }
  const names = [...op.errors, ...(r.open ? [] : (["Unauthorized", "TooManyRequests"] as const))];
  Object.assign(responses, errors(...names));
  const params = parameters(r);
  return {
    operationId: op.operationId,
    tags: op.tags,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(r.open ? { security: [] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body ? { requestBody: { required: true, content: Object.fromEntries(Object.entries(op.body).map(([t, s]) => [t, { schema: schemaOf(s) }])) } } : {}),
    responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b))),
  };
}

/** OpenAPI paths from the route table: one operation per route that has one. */
export function pathsOf(routes: readonly DocumentedRoute[]): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    if (!r.operation) continue;
    (paths[r.path] ??= {})[r.method.toLowerCase()] = operationOf(r as DocumentedRoute & { operation: Operation });
  }
  return paths;
}

const cache = new WeakMap<readonly DocumentedRoute[], Json>();

export function openApiDocument(routes: readonly DocumentedRoute[]): Json {
  let doc = cache.get(routes);
  if (!doc) cache.set(routes, (doc = build(routes)));
  return doc;
}

function build(routes: readonly DocumentedRoute[]): Json {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Précis API",
      version: "1.0.0",
      summary: "Structured, grounded summaries of news articles: actors, demands and dates",
      description:
        "Every route but /health needs an API key. Failures are RFC 9457 problem details (application/problem+json) " +
        "with a stable `code`: an unknown path is 404, a known path with another method 405 (with Allow). " +
        "The summary format is versioned: schema/summary.v1.json (GET /schema).",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/", description: "This deployment" }],
    security: [{ bearerAuth: [] }, { apiKeyHeader: [] }],
    tags: [
      { name: "summaries", description: "Summarize articles and read stored summaries" },
      { name: "uploads", description: "Upload large files straight to the bucket" },
      { name: "meta", description: "Health, schemas and this document" },
    ],
    paths: pathsOf(routes),
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
        Link: { description: 'The next page: <…>; rel="next"', schema: { type: "string" } },
        "Retry-After": { description: "Seconds to wait before asking again", schema: { type: "integer" } },
      },
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "Authorization: Bearer <API key>" },
        apiKeyHeader: { type: "apiKey", in: "header", name: "x-api-key" },
      },
    },
  };
}
