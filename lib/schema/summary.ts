// The summary format, v1: the single source of truth. The TypeScript types below, the committed
// JSON Schema (schema/summary.v1.json) and the LLM's structured-output schema all derive from it.
// A breaking change means a v2 module beside this one, never an edit in place.
import * as z from "./zod.ts";

export const SCHEMA_VERSION = "1" as const;

/** A [start, end) range of JavaScript string indices into `article.text`. */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .describe("Character offsets (UTF-16 code units, end exclusive) into article.text");
export type Span = z.infer<typeof Span>;

export const ActorKind = z.enum(["person", "organization", "country", "group", "other"]);
export type ActorKind = z.infer<typeof ActorKind>;

export const DemandStatus = z.enum(["made", "accepted", "rejected", "pending", "unknown"]);
export type DemandStatus = z.infer<typeof DemandStatus>;

export const DateType = z.enum(["DATE", "TIME", "DURATION", "SET"]);
export type DateType = z.infer<typeof DateType>;

// Item fields an engine produces. Optional facts are `nullable`, never optional, so the same shapes
// are valid for OpenAI's strict structured outputs (every property required).
export const ActorFields = z.object({
  name: z.string().min(1).describe("Canonical name, e.g. 'Joe Biden', 'Russia', 'NATO'"),
  kind: ActorKind,
  role: z.string().nullable().describe("Role or title as stated in the text, e.g. 'Kremlin spokesperson'"),
  aliases: z.array(z.string()).describe("Other surface forms in the text: 'Biden', 'the Kremlin', 'Moscow'"),
  evidence: z.string().describe("A verbatim quote from the article that mentions the actor"),
});

export const DemandFields = z.object({
  by: z.string().min(1).describe("Name of the actor who demands (one of actors[].name)"),
  of: z.array(z.string()).describe("Names of the actors the demand is addressed to"),
  what: z.string().min(1).describe("The demanded content as a clean clause"),
  status: DemandStatus,
  cameo: z
    .string()
    .regex(/^10\d{0,2}$/)
    .nullable()
    .describe("CAMEO code of the demand (PLOVER REQUEST): '10' plus up to two digits, e.g. '104' political reform, '1042' policy change, '1053' release of persons; null when unclear"),
  evidence: z.string().describe("A verbatim quote from the article stating the demand"),
});

export const DateFields = z.object({
  text: z.string().min(1).describe("The date expression as written, e.g. 'Jan. 10'"),
  type: DateType,
  value: z
    .string()
    .describe("TIMEX3 value resolved against the publication date: 2022-01-10, 2022-01, 2022, XXXX-01-10, 2021-12-30T15:35, P3D; '' when unknown"),
  about: z.string().nullable().describe("What happens at that time"),
  evidence: z.string().describe("A verbatim quote from the article containing the date expression"),
});

export const Actor = ActorFields.extend({
  salience: z.number().min(0).max(1).describe("Relative importance in the article, 1 = most salient"),
  spans: z.array(Span).describe("Where the actor is mentioned; the first span is the evidence"),
});
export type Actor = z.infer<typeof Actor>;

export const Demand = DemandFields.extend({ spans: z.array(Span).describe("Where the evidence is in article.text") });
export type Demand = z.infer<typeof Demand>;

export const DateItem = DateFields.extend({ spans: z.array(Span).describe("Where the evidence is in article.text") });
export type DateItem = z.infer<typeof DateItem>;

export const Warning = z.object({
  code: z.string().describe("Stable machine-readable code, e.g. 'evidence_not_found'"),
  message: z.string(),
});
export type Warning = z.infer<typeof Warning>;

export const Source = z.object({
  bucket: z.string().nullable(),
  key: z.string().nullable(),
  fileName: z.string().nullable(),
  contentType: z.string().describe("The media type the article was read as"),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  url: z.string().nullable(),
});
export type Source = z.infer<typeof Source>;

export const ArticleMeta = z.object({
  title: z.string().nullable(),
  publishedAt: z.string().nullable().describe("ISO 8601 date or date-time from the article's metadata"),
  byline: z.string().nullable(),
  publisher: z.string().nullable(),
  dateline: z.string().nullable().describe("e.g. 'WILMINGTON, Del. (AP)'"),
  language: z.string().nullable().describe("BCP 47 language tag, e.g. 'en'"),
  wordCount: z.number().int().nonnegative(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Usage = z.object({
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
});
export type Usage = z.infer<typeof Usage>;

export const EngineName = z.enum(["rules", "openai"]);
export type EngineName = z.infer<typeof EngineName>;

export const EngineInfo = z.object({
  name: EngineName.describe("'rules' is the embedded deterministic engine; 'openai' an OpenAI-compatible LLM"),
  model: z.string().nullable(),
  promptVersion: z.string(),
  usage: Usage.nullable(),
  costUsd: z.number().nonnegative().nullable(),
  ms: z.number().nonnegative(),
  calls: z.number().int().nonnegative().describe("LLM calls made for this summary"),
});
export type EngineInfo = z.infer<typeof EngineInfo>;

export const SummaryId = z.string().regex(/^[0-9a-f]{24}$/).describe("Stable id derived from the content hash");

export const Summary = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: SummaryId,
    createdAt: z.iso.datetime(),
    source: Source,
    article: ArticleMeta.extend({
      text: z.string().describe("The cleaned article text; all spans index into it"),
    }),
    summary: z.string().describe("Two or three sentences"),
    actors: z.array(Actor),
    demands: z.array(Demand),
    dates: z.array(DateItem),
    sameStoryAs: z.array(SummaryId).describe("Ids of stored summaries of the same story"),
    engine: EngineInfo,
    warnings: z.array(Warning),
  })
  .describe("Précis article summary, schema v1");
export type Summary = z.infer<typeof Summary>;

export const ErrorCode = z.enum([
  "empty",
  "too_large",
  /** The work budget (derived from the invocation's remaining time) ran out: hostile or pathological input. */
  "too_complex",
  "binary",
  "invalid_encoding",
  "unsupported_type",
  "no_text_layer",
  "encrypted",
  "invalid_document",
  "not_an_article",
  "not_found",
  "key_outside_prefix",
  "refused",
  "llm_invalid_output",
  "llm_failed",
  "internal",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** What a failed object leaves behind at errors/<rel>.json. */
export const ErrorRecord = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: SummaryId.nullable(),
    createdAt: z.iso.datetime(),
    source: Source.partial().extend({ bucket: z.string().nullable(), key: z.string().nullable() }),
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      retryable: z.boolean(),
    }),
  })
  .describe("Précis error record, schema v1");
export type ErrorRecord = z.infer<typeof ErrorRecord>;

/** The JSON Schema of the summary, as committed in schema/summary.v1.json. */
export function summaryJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://precis.dev/schema/summary.v1.json",
    ...z.toJSONSchema(Summary, { target: "draft-2020-12" }),
  };
}

export function errorRecordJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://precis.dev/schema/error.v1.json",
    ...z.toJSONSchema(ErrorRecord, { target: "draft-2020-12" }),
  };
}
