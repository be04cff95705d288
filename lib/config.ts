// Configuration is read and validated here, once, at start-up. Nothing else reads process.env.
import * as z from "./schema/zod.ts";
import { EngineName } from "./schema/summary.ts";

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const prefix = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((p) => /^[A-Za-z0-9._-]+\/$/.test(p), "must be a single path segment ending in '/', e.g. 'incoming/'");

const Env = z.object({
  PRECIS_ENGINE: EngineName.optional(),
  PRECIS_BUCKET: z.string().min(3).default("precis-articles"),
  PRECIS_INCOMING_PREFIX: prefix("incoming/"),
  PRECIS_SUMMARIES_PREFIX: prefix("summaries/"),
  PRECIS_ERRORS_PREFIX: prefix("errors/"),
  PRECIS_MAX_BYTES: int(5 * 1024 * 1024),
  PRECIS_MAX_BODY_BYTES: int(1024 * 1024),
  PRECIS_MAX_ARTICLE_WORDS: int(50_000),
  PRECIS_WORK_BUDGET_MS: int(300_000),
  PRECIS_MAX_DOCUMENT_PAGES: int(200),
  PRECIS_API_KEY: z.string().optional(),
  PRECIS_API_KEYS_PARAMETER: z.string().optional(),
  PRECIS_LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  PRECIS_S3_ENDPOINT: z.url().optional(),
  PRECIS_S3_PORT: int(4569),
  PRECIS_HTTP_PORT: int(3000),
  PRECIS_DATA_DIR: z.string().default(".local-s3"),
  AWS_REGION: z.string().default("us-east-1"),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_API_KEY_PARAMETER: z.string().optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().default("gpt-4.1-mini"),
  OPENAI_TIMEOUT_MS: int(25_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).default(2),
  // Generous: only generated tokens are billed, and a truncated answer is paid for and thrown away.
  OPENAI_MAX_OUTPUT_TOKENS: int(16384),
  OPENAI_INPUT_TOKEN_BUDGET: int(12_000),
  OPENAI_PRICE_INPUT_PER_MTOK: z.coerce.number().nonnegative().optional(),
  OPENAI_PRICE_OUTPUT_PER_MTOK: z.coerce.number().nonnegative().optional(),
  OPENAI_STRICT_KEYWORDS: z.enum(["auto", "on", "off"]).default("auto"),
  // Reliability (lib/process-upload.ts, lib/idempotency.ts)
  PRECIS_CLAIM_LEASE_SECONDS: int(15 * 60),
  PRECIS_MAX_ATTEMPTS: int(3),
  PRECIS_METRICS_NAMESPACE: z.string().min(1).max(255).default("Precis"),
  // HTTP API, same-story linking and events (lib/http/, lib/similarity/, lib/events/)
  PRECIS_CORS_ORIGINS: z.string().default(""),
  PRECIS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  PRECIS_AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(0).default(10),
  PRECIS_SYNC_MAX_TOKENS: int(2000),
  PRECIS_HTTP_DEADLINE_MS: int(25_000),
  PRECIS_UPLOAD_URL_TTL_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(900),
  PRECIS_SAME_STORY_THRESHOLD: z.coerce.number().gt(0).max(1).default(0.35),
  PRECIS_SAME_STORY_REUSE: z.enum(["on", "off"]).default("on"),
  PRECIS_EVENT_BUS: z.string().min(1).optional(),
  PRECIS_EVENTBRIDGE_ENDPOINT: z.url().optional(),
  PRECIS_WEBHOOK_URL: z.url().optional(),
  PRECIS_WEBHOOK_SECRET: z.string().min(16).optional(),
});

export class ConfigError extends Error {
  override name = "ConfigError";
}

// USD per million tokens for models we know; OPENAI_PRICE_* override it for anything else.
const KNOWN_PRICES: Partial<Record<string, { input: number; output: number }>> = {
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4 },
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4o": { input: 2.5, output: 10 },
};

/**
 * The configuration: the environment schema above, shaped for the code. `Config` is inferred from it,
 * so a variable is declared once.
 */
const ConfigSchema = Env.transform((e) => {
  const apiKey = e.OPENAI_API_KEY?.trim() || null;
  const known = KNOWN_PRICES[e.OPENAI_MODEL];
  return {
    engine: e.PRECIS_ENGINE ?? (apiKey || e.OPENAI_API_KEY_PARAMETER ? "openai" : "rules"),
    bucket: e.PRECIS_BUCKET,
    prefixes: { incoming: e.PRECIS_INCOMING_PREFIX, summaries: e.PRECIS_SUMMARIES_PREFIX, errors: e.PRECIS_ERRORS_PREFIX },
    limits: {
      maxObjectBytes: e.PRECIS_MAX_BYTES,
      maxBodyBytes: e.PRECIS_MAX_BODY_BYTES,
      /**
       * Longer cleaned text is refused (`too_large`) before any engine runs, on every path: words plus
       * punctuation marks and symbols. The longest features run to ~20,000 words, and a megabyte-scale
       * "article" would cost dozens of LLM calls.
       */
      maxArticleWords: e.PRECIS_MAX_ARTICLE_WORDS,
      /** The most time one article may take (lib/budget.ts); the invocation's remaining time cuts it shorter. */
      workBudgetMs: e.PRECIS_WORK_BUDGET_MS,
      /** A longer PDF is refused (`too_large`) before its text is read. */
      maxDocumentPages: e.PRECIS_MAX_DOCUMENT_PAGES,
    },
    apiKeys: (e.PRECIS_API_KEY ?? "").split(",").map((k) => k.trim()).filter(Boolean),
    /** SSM parameter holding the API keys in AWS. */
    apiKeysParameter: e.PRECIS_API_KEYS_PARAMETER ?? null,
    logLevel: e.PRECIS_LOG_LEVEL,
    s3: { endpoint: e.PRECIS_S3_ENDPOINT ?? null, region: e.AWS_REGION },
    local: { s3Port: e.PRECIS_S3_PORT, httpPort: e.PRECIS_HTTP_PORT, dataDir: e.PRECIS_DATA_DIR },
    openai: {
      apiKey,
      /** SSM parameter (SecureString) holding the key in AWS. */
      apiKeyParameter: e.OPENAI_API_KEY_PARAMETER ?? null,
      baseURL: e.OPENAI_BASE_URL ?? null,
      model: e.OPENAI_MODEL,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
      maxRetries: e.OPENAI_MAX_RETRIES,
      maxOutputTokens: e.OPENAI_MAX_OUTPUT_TOKENS,
      inputTokenBudget: e.OPENAI_INPUT_TOKEN_BUDGET,
      pricePerMTok:
        e.OPENAI_PRICE_INPUT_PER_MTOK !== undefined && e.OPENAI_PRICE_OUTPUT_PER_MTOK !== undefined
          ? { input: e.OPENAI_PRICE_INPUT_PER_MTOK, output: e.OPENAI_PRICE_OUTPUT_PER_MTOK }
          : (known ?? null),
      /** Strict-mode keywords (pattern, …) in the wire schema; null: only when the endpoint is OpenAI. */
      strictKeywords: e.OPENAI_STRICT_KEYWORDS === "auto" ? null : e.OPENAI_STRICT_KEYWORDS === "on",
    },
    reliability: {
      /**
       * How long an in-progress claim on an object holds when the invocation's own deadline is unknown
       * (in Lambda the claim lasts until the function's timeout): past it, another delivery takes over.
       */
      claimLeaseMs: e.PRECIS_CLAIM_LEASE_SECONDS * 1000,
      /** Deliveries of one event before a transient failure is recorded (1 + Lambda's maximumRetryAttempts). */
      maxAttempts: e.PRECIS_MAX_ATTEMPTS,
    },
    /** CloudWatch namespace of the embedded-metric-format lines. */
    metricsNamespace: e.PRECIS_METRICS_NAMESPACE,
    http: {
      /** Origins answered with CORS headers by the handler itself (locally; in AWS API Gateway does CORS). "*" for any. */
      corsOrigins: e.PRECIS_CORS_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean),
      /** Requests per API key per minute, per function instance; 0 turns the limit off. */
      rateLimitPerMinute: e.PRECIS_RATE_LIMIT_PER_MINUTE,
      /** Wrong API keys one client may send per minute (per instance) before it gets 429; 0 turns it off. */
      authFailuresPerMinute: e.PRECIS_AUTH_FAILURES_PER_MINUTE,
      /** An `openai` article longer than this (tokens) is accepted (202) and finished through the S3 path. */
      syncMaxTokens: e.PRECIS_SYNC_MAX_TOKENS,
      /** A synchronous LLM summary still running after this is cancelled and handed to the S3 path (202). */
      deadlineMs: e.PRECIS_HTTP_DEADLINE_MS,
      /** Lifetime of a presigned upload URL. */
      uploadUrlTtlSeconds: e.PRECIS_UPLOAD_URL_TTL_SECONDS,
    },
    sameStory: {
      /** Similarity score (0–1) from which two articles are linked as the same story. */
      threshold: e.PRECIS_SAME_STORY_THRESHOLD,
      /** Reuse a linked story's LLM extraction when it grounds in the new text, instead of paying again. */
      reuse: e.PRECIS_SAME_STORY_REUSE === "on",
    },
    events: {
      /** EventBridge bus for "Summary Created" events (`default` in AWS); null: no EventBridge events. */
      bus: e.PRECIS_EVENT_BUS ?? null,
      /** EventBridge endpoint override (LocalStack, tests). */
      eventBridgeEndpoint: e.PRECIS_EVENTBRIDGE_ENDPOINT ?? null,
      /** A URL that receives each event as an HMAC-signed POST (local consumers); null: none. */
      webhookUrl: e.PRECIS_WEBHOOK_URL ?? null,
      webhookSecret: e.PRECIS_WEBHOOK_SECRET ?? null,
    },
  };
});

export type Config = z.output<typeof ConfigSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join("\n")}`);
  }
  const config = parsed.data;
  // The function triggers on `incoming/` and writes to the other two: if they overlapped, each
  // output would trigger the function again, forever.
  const all = Object.values(config.prefixes);
  for (const a of all)
    for (const b of all)
      if (a !== b && (a.startsWith(b) || b.startsWith(a)))
        throw new ConfigError(`invalid configuration: prefixes ${a} and ${b} overlap (the function would trigger itself)`);
  if (new Set(all).size !== all.length) throw new ConfigError("invalid configuration: incoming, summaries and errors prefixes must differ");
  // An unsigned webhook would let anyone who can reach the consumer forge events.
  if (config.events.webhookUrl && !config.events.webhookSecret) throw new ConfigError("invalid configuration: PRECIS_WEBHOOK_URL needs PRECIS_WEBHOOK_SECRET (at least 16 characters) to sign the events");
  return config;
}
