import { describe, expect, it } from "vitest";
import { ActorFields, DateFields, DemandFields } from "../../../lib/schema/summary.ts";
import { LLMExtraction, responseFormat, WIRE_STRIPPED_KEYWORDS, wireSchema } from "../../../lib/engines/openai/response-schema.ts";
import { MAX_NESTING, strictSchemaProblems } from "../../support/openai-server.ts";
import { VALID_ANSWER } from "./helpers.ts";

const walk = (node: unknown, visit: (n: Record<string, unknown>, depth: number) => void, depth = 0): void => {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit, depth));
  if (!node || typeof node !== "object") return;
  const r = node as Record<string, unknown>;
  visit(r, depth);
  for (const [k, v] of Object.entries(r)) {
    if (k === "properties") for (const p of Object.values(v as object)) walk(p, visit, depth + 1);
    else if (k !== "enum" && k !== "required") walk(v, visit, depth);
  }
};

describe("the structured-output schema", () => {
  const schema = wireSchema() as any;

  it("is accepted by strict mode: every object closed, every property required, no unsupported keyword", () => {
    expect(strictSchemaProblems(schema)).toEqual([]);
    walk(schema, (n) => {
      if (n.type === "object") {
        expect(n.additionalProperties).toBe(false);
        expect([...(n.required as string[])].sort()).toEqual(Object.keys(n.properties as object).sort());
      }
      for (const k of WIRE_STRIPPED_KEYWORDS) expect(n).not.toHaveProperty(k);
    });
  });

  it("nests well within the API's limit", () => {
    let deepest = 0;
    walk(schema, (_, d) => (deepest = Math.max(deepest, d)));
    expect(deepest).toBeLessThanOrEqual(3);
    expect(deepest).toBeLessThan(MAX_NESTING);
  });

  it("is built from the v1 item fields, not redefined: same property names, nullable instead of optional", () => {
    expect(Object.keys(schema.properties.actors.items.properties)).toEqual(Object.keys(ActorFields.shape));
    expect(Object.keys(schema.properties.demands.items.properties)).toEqual(Object.keys(DemandFields.shape));
    expect(Object.keys(schema.properties.dates.items.properties)).toEqual(Object.keys(DateFields.shape));
    expect(schema.properties.actors.items.properties.role.type).toEqual(["string", "null"]);
    expect(schema.properties.demands.items.properties.status.enum).toEqual(DemandFields.shape.status.options);
    expect(schema.properties.actors.items.properties.name.description).toBe(ActorFields.shape.name.description);
  });

  it("stays strict locally: what the wire schema cannot say, zod still checks", () => {
    expect(LLMExtraction.safeParse(VALID_ANSWER).success).toBe(true);
    const badCameo = structuredClone(VALID_ANSWER);
    badCameo.demands[0]!.cameo = "0241";
    expect(LLMExtraction.safeParse(badCameo).success).toBe(false);
    const emptyName = structuredClone(VALID_ANSWER);
    emptyName.actors[0]!.name = "";
    expect(LLMExtraction.safeParse(emptyName).success).toBe(false);
    const missing = structuredClone(VALID_ANSWER) as any;
    delete missing.dates[0].about;
    expect(LLMExtraction.safeParse(missing).success).toBe(false);
  });

  it("is the response_format zodResponseFormat builds (strict json_schema, named)", () => {
    const rf = responseFormat();
    expect(rf.type).toBe("json_schema");
    expect(rf.json_schema.strict).toBe(true);
    expect(rf.json_schema.name).toBe("precis_extraction");
  });
});

describe("the test server's strict-schema check", () => {
  it("reports what OpenAI would reject", () => {
    expect(strictSchemaProblems({ type: "object", properties: { a: { type: "string" } }, additionalProperties: false })).toEqual([
      "In context=(), 'required' is required to be supplied and to be an array including every key in properties. Missing 'a'.",
    ]);
    expect(strictSchemaProblems({ type: "object", properties: { a: { type: "string", minLength: 1 } }, required: ["a"], additionalProperties: false })[0]).toMatch(
      /'minLength' is not permitted/,
    );
    expect(strictSchemaProblems({ type: "object", properties: {}, required: [] })[0]).toMatch(/additionalProperties/);
  });
});
