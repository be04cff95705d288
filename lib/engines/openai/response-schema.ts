// The LLM's structured-output schema, built from the v1 item fields in lib/schema/summary.ts (never
// redefined here). Locally it is validated with the full zod schema (minimum lengths, the CAMEO code
// pattern); on the wire it is a strict JSON Schema that every OpenAI-compatible server accepts.
import { z } from "zod";
import { zodResponseFormat } from "openai/helpers/zod";
import { createHash } from "node:crypto";
import { ActorFields, DateFields, DemandFields } from "../../schema/summary.ts";

export const RESPONSE_FORMAT_NAME = "precis_extraction";

export const LLMExtraction = z.object({
  summary: z.string().describe("Two or three sentences, only facts stated in the article"),
  actors: z.array(ActorFields).describe("Most central actor first"),
  demands: z.array(DemandFields),
  dates: z.array(DateFields),
});
export type LLMExtraction = z.infer<typeof LLMExtraction>;

/**
 * Keywords outside the subset that strict structured outputs accept on every server we target
 * (OpenAI rejects e.g. `minLength` with a 400; older Azure API versions reject `pattern`; local
 * grammar engines ignore them). They stay enforced by the local zod validation, and a violation
 * goes through the repair round-trip.
 */
export const WIRE_STRIPPED_KEYWORDS = ["minLength", "maxLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "$schema"] as const;

function stripKeywords(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) stripKeywords(n);
    return;
  }
  if (!node || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  for (const k of WIRE_STRIPPED_KEYWORDS) delete record[k];
  for (const [key, child] of Object.entries(record)) {
    // `properties` maps names to schemas: a property literally called "pattern" must survive.
    if (key === "properties" && child && typeof child === "object") {
      for (const sub of Object.values(child)) stripKeywords(sub);
    } else if (key !== "enum" && key !== "required") stripKeywords(child);
  }
}

/**
 * The `response_format` for `chat.completions.parse`: zodResponseFormat's strict JSON Schema with the
 * unportable keywords removed; its parser (non-enumerable, kept) validates with the full zod schema.
 */
export function responseFormat() {
  const format = zodResponseFormat(LLMExtraction, RESPONSE_FORMAT_NAME);
  stripKeywords(format.json_schema.schema);
  return format;
}

let wire: Record<string, unknown> | undefined;
/** The JSON Schema exactly as sent (a fresh copy). */
export const wireSchema = (): Record<string, unknown> => structuredClone((wire ??= responseFormat().json_schema.schema as Record<string, unknown>));

/** Short stable hash of the wire schema: part of the engine fingerprint. */
export const schemaHash = (): string => createHash("sha256").update(JSON.stringify(wireSchema())).digest("hex").slice(0, 12);

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
