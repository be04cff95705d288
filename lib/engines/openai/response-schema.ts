// The LLM's structured-output schema, built from the v1 item fields in lib/schema/summary.ts (never
// redefined here). On the wire it is a strict JSON Schema carrying the keywords the endpoint accepts;
// locally the answer is checked for structure, then salvaged field by field (salvage.ts) against the
// full zod schema: what the wire could not enforce never costs the whole answer.
import * as z from "../../schema/zod.ts";
import { zodResponseFormat } from "openai/helpers/zod";
import { makeParseableResponseFormat } from "openai/lib/parser";
import { createHash } from "node:crypto";
import { ActorFields, DateFields, DemandFields } from "../../schema/summary.ts";
import { salvageAnswer, type SalvagedAnswer } from "./salvage.ts";

export const RESPONSE_FORMAT_NAME = "precis_extraction";

export const LLMExtraction = z.object({
  summary: z.string().describe("Two or three sentences, only facts stated in the article"),
  actors: z.array(ActorFields).describe("Most central actor first"),
  demands: z.array(DemandFields),
  dates: z.array(DateFields),
});
export type LLMExtraction = z.infer<typeof LLMExtraction>;

/**
 * Keywords left out of the wire schema for any OpenAI-compatible server: older Azure API versions
 * reject `pattern`, local grammar engines ignore or choke on the rest. Enforced locally instead.
 */
export const WIRE_STRIPPED_KEYWORDS = ["minLength", "maxLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "$schema"] as const;

/**
 * What OpenAI's strict mode does not accept (its "supported properties" are pattern and format for
 * strings, minimum, maximum, exclusive bounds and multipleOf for numbers, minItems/maxItems for arrays): only
 * these are stripped when the endpoint is OpenAI, so the model gets the rest right in the first place.
 */
export const STRICT_STRIPPED_KEYWORDS = ["minLength", "maxLength", "$schema"] as const;

function stripKeywords(node: unknown, keywords: readonly string[]): void {
  if (Array.isArray(node)) {
    for (const n of node) stripKeywords(n, keywords);
    return;
  }
  if (!node || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  for (const k of keywords) delete record[k];
  for (const [key, child] of Object.entries(record)) {
    // `properties` maps names to schemas: a property literally called "pattern" must survive.
    if (key === "properties" && child && typeof child === "object") {
      for (const sub of Object.values(child)) stripKeywords(sub, keywords);
    } else if (key !== "enum" && key !== "required") stripKeywords(child, keywords);
  }
}

export interface WireOptions {
  /** Send the keywords OpenAI's strict mode supports (pattern, format, minimum/maximum, minItems/maxItems). */
  strictKeywords?: boolean;
}

/**
 * The `response_format` for `chat.completions.parse`: zodResponseFormat's strict JSON Schema with the
 * keywords the endpoint cannot take removed. Its parser returns the salvaged answer and the warnings
 * salvage wrote; it throws (SyntaxError, ZodError) only for invalid JSON or missing structure.
 */
export function responseFormat(options: WireOptions = {}) {
  const format = zodResponseFormat(LLMExtraction, RESPONSE_FORMAT_NAME);
  const wireFormat = { type: format.type, json_schema: { ...format.json_schema, schema: structuredClone(format.json_schema.schema) } };
  stripKeywords(wireFormat.json_schema.schema, options.strictKeywords ? STRICT_STRIPPED_KEYWORDS : WIRE_STRIPPED_KEYWORDS);
  return makeParseableResponseFormat(wireFormat, (content: string): SalvagedAnswer => salvageAnswer(content));
}

const wire = new Map<boolean, Record<string, unknown>>();
/** The JSON Schema exactly as sent (a fresh copy). */
export const wireSchema = (options: WireOptions = {}): Record<string, unknown> => {
  const strict = options.strictKeywords ?? false;
  if (!wire.has(strict)) wire.set(strict, responseFormat({ strictKeywords: strict }).json_schema.schema as Record<string, unknown>);
  return structuredClone(wire.get(strict)!);
};

/** Short stable hash of the wire schema: part of the engine fingerprint. */
export const schemaHash = (options: WireOptions = {}): string => createHash("sha256").update(JSON.stringify(wireSchema(options))).digest("hex").slice(0, 12);

/** Human-readable validation problems, for logs and for the repair prompt. */
export function describeValidationError(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues
      .slice(0, 20)
      .map((i) => `- at ${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`)
      .join("\n");
  }
  if (error instanceof SyntaxError) return `- the answer is not valid JSON: ${error.message}`;
  return `- ${error instanceof Error ? error.message : String(error)}`;
}
