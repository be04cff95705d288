// The API's contract with other apps: one route table (lib/http/app.ts) = serverless.yml = the
// OpenAPI document; the document is valid OpenAPI 3.1; the summary's JSON Schema v1 is never broken
// in place.
import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { ROUTES } from "../../lib/http/app.ts";
import { openApiDocument } from "../../lib/http/openapi.ts";
import { readWiring } from "../../local/wiring.ts";
import { Summary, summaryJsonSchema } from "../../lib/schema/summary.ts";
import { validateSummary, SummaryValidationError } from "../../lib/client.ts";
import { schemaShape, type FieldShape } from "./support/schema-shape.ts";

const doc = openApiDocument(ROUTES) as any;
const routeKeys = (rs: readonly { method: string; path: string }[]) => rs.map((r) => `${r.method} ${r.path}`).sort();

describe("the route table", () => {
  it("is exactly the http function's events in serverless.yml (what API Gateway and npm start route)", () => {
    const http = readWiring().find((f) => f.name === "http")!;
    expect(routeKeys(http.http.filter((r) => !r.catchAll))).toEqual(routeKeys(ROUTES));
    // and everything else reaches the handler too ($default), which answers 404 or 405 as problem+json
    expect(http.http.filter((r) => r.catchAll)).toHaveLength(1);
  });

  it("is exactly the OpenAPI document's operations (the web page's files aside)", () => {
    const ops = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) => Object.keys(item).map((m) => ({ method: m.toUpperCase(), path })));
    expect(routeKeys(ops)).toEqual(routeKeys(ROUTES.filter((r) => r.operation)));
  });

  it("leaves only /health (and the static web page) open; the document says so too", () => {
    expect(ROUTES.filter((r) => r.open && r.operation).map((r) => r.path)).toEqual(["/health"]);
    expect(doc.paths["/health"].get.security).toEqual([]);
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const op of Object.values(item)) if (path !== "/health") expect(op.security, path).toBeUndefined(); // the global key requirement applies
    }
    expect(doc.security).toEqual([{ bearerAuth: [] }, { apiKeyHeader: [] }]);
  });
});

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 (@seriousme/openapi-schema-validator), and every $ref resolves", async () => {
    const validator = new Validator();
    const res = await validator.validate(structuredClone(doc));
    expect(res.errors ?? [], JSON.stringify(res.errors, null, 2)).toEqual([]);
    expect(res.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    const resolved = JSON.stringify(validator.resolveRefs());
    expect(resolved).not.toMatch(/"\$ref":"#\/components/);
    // and the validator does catch a broken document
    const broken = structuredClone(doc);
    broken.paths["/summaries"].post.responses["200"] = { content: {} }; // a response needs a description
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("embeds the summary's JSON Schema exactly as committed in schema/summary.v1.json", () => {
    const committed = JSON.parse(readFileSync(new URL("../../schema/summary.v1.json", import.meta.url), "utf8"));
    const { $schema: _s, ...withoutDialect } = committed;
    expect(doc.components.schemas.Summary).toEqual(withoutDialect);
  });

  it("is generated from the zod schemas the handlers use (no hand-written shapes)", () => {
    const s = doc.components.schemas;
    expect(s.JsonArticle.properties).toHaveProperty("markdown");
    expect(s.JsonArticle.additionalProperties).toBe(false);
    expect(s.Problem.required).toEqual(expect.arrayContaining(["type", "title", "status", "code", "detail"]));
    expect(s.SummaryPage.properties.items.items).toEqual({ $ref: "#/components/schemas/CatalogItem" });
    expect(s.SummaryCreatedEvent.properties.detail).toEqual({ $ref: "#/components/schemas/SummaryCreatedDetail" });
    expect(s.SummaryCreatedDetail.required).toEqual(expect.arrayContaining(["id", "bucket", "key", "title", "actors", "createdAt"]));
    // every error status the API answers is documented as problem+json
    const statuses = new Set<string>();
    for (const item of Object.values(doc.paths as Record<string, Record<string, any>>)) for (const op of Object.values(item)) for (const s of Object.keys(op.responses)) statuses.add(s);
    for (const s of ["400", "401", "404", "413", "415", "422", "429", "502", "504"]) expect(statuses).toContain(s);
    expect(doc.webhooks.summaryCreated.post.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/SummaryCreatedEvent" });
  });
});

describe("the summary's JSON Schema, v1", () => {
  const frozen = JSON.parse(readFileSync(new URL("./fixtures/summary.v1.shape.json", import.meta.url), "utf8")) as Record<string, FieldShape>;
  const current = schemaShape(summaryJsonSchema());

  it("keeps every v1 field with its type, and required fields required (a breaking change is a v2 beside v1)", () => {
    for (const [path, was] of Object.entries(frozen)) {
      const now = current[path];
      expect(now, `v1 field '${path}' was removed`).toBeDefined();
      expect(now!.types, `v1 field '${path}' changed type`).toEqual(was.types);
      expect(now!.required, `v1 field '${path}' changed required-ness`).toBe(was.required);
      if (was.enum) expect(now!.enum, `v1 field '${path}' lost enum values`).toEqual(expect.arrayContaining(was.enum));
    }
  });

  it("adds nothing required to a v1 object (summaries stored under v1 must stay valid)", () => {
    const parent = (p: string) => p.replace(/(\.[^.[\]]+|\[\])$/, "");
    const added = Object.entries(current).filter(([p, f]) => !(p in frozen) && f.required && (parent(p) === p || parent(p) in frozen || !p.includes(".")));
    expect(added.map(([p]) => p)).toEqual([]);
  });

  it("still accepts a summary stored under v1", () => {
    const stored = JSON.parse(readFileSync(new URL("./fixtures/summary.v1.sample.json", import.meta.url), "utf8"));
    expect(Summary.safeParse(stored).success).toBe(true);
    expect(validateSummary(stored).id).toBe(stored.id);
  });

  it("is what the client validates against: a summary that does not match is refused with its issues", () => {
    const stored = JSON.parse(readFileSync(new URL("./fixtures/summary.v1.sample.json", import.meta.url), "utf8"));
    const broken = { ...stored, actors: [{ ...stored.actors[0], kind: "alien" }] };
    expect(() => validateSummary(broken)).toThrow(SummaryValidationError);
    expect(() => validateSummary({ ...stored, id: "not-an-id" })).toThrow(/id/);
  });
});
