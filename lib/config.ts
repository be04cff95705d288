// Configuration is read and validated here, once, at start-up. Nothing else reads process.env.
import { z } from "zod";
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
  // Reliability (lib/process-upload.ts, lib/idempotency.ts)
  PRECIS_CLAIM_LEASE_SECONDS: int(15 * 60),
  PRECIS_MAX_ATTEMPTS: int(3),
  PRECIS_MAX_ARTICLE_WORDS: int(50_000),
  PRECIS_METRICS_NAMESPACE: z.string().min(1).max(255).default("Precis"),
  // HTTP API, same-story linking and events (lib/http/, lib/similarity/, lib/events/)
  PRECIS_CORS_ORIGINS: z.string().default(""),
  PRECIS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(120),
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

export interface Config {
  engine: EngineName;
  bucket: string;
  prefixes: { incoming: string; summaries: string; errors: string };
  /** `maxDocumentPages`: a longer PDF is refused (`too_large`) before its text is read. */
  limits: { maxObjectBytes: number; maxBodyBytes: number; maxDocumentPages: number };
  apiKeys: string[];
  /** SSM parameter holding the API keys in AWS. */
  apiKeysParameter: string | null;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  s3: { endpoint: string | null; region: string };
  local: { s3Port: number; httpPort: number; dataDir: string };
  openai: {
    apiKey: string | null;
    /** SSM parameter (SecureString) holding the key in AWS. */
    apiKeyParameter: string | null;
    baseURL: string | null;
    model: string;
    timeoutMs: number;
    maxRetries: number;
    maxOutputTokens: number;
    inputTokenBudget: number;
    pricePerMTok: { input: number; output: number } | null;
  };
  reliability: {
    /**
     * How long an in-progress claim on an object holds when the invocation's own deadline is unknown
     * (in Lambda the claim lasts until the function's timeout): past it, another delivery takes over.
     */
    claimLeaseMs: number;
    /** Deliveries of one event before a transient failure is recorded (1 + Lambda's maximumRetryAttempts). */
    maxAttempts: number;
    /**
     * Longer cleaned text is refused (`too_large`) before any engine runs: the longest features run to
     * ~20,000 words, and a megabyte-scale "article" would cost dozens of LLM calls.
     */
    maxArticleWords: number;
  };
  /** CloudWatch namespace of the embedded-metric-format lines. */
  metricsNamespace: string;
  http: {
    /** Origins answered with CORS headers by the handler itself (locally; in AWS API Gateway does CORS). "*" for any. */
    corsOrigins: string[];
    /** Requests per API key per minute, per function instance; 0 turns the limit off. */
    rateLimitPerMinute: number;
    /** An `openai` article longer than this (tokens) is accepted (202) and finished through the S3 path. */
    syncMaxTokens: number;
    /** A synchronous LLM summary still running after this is cancelled and handed to the S3 path (202). */
    deadlineMs: number;
    /** Lifetime of a presigned upload URL. */
    uploadUrlTtlSeconds: number;
  };
  sameStory: {
    /** Similarity score (0–1) from which two articles are linked as the same story. */
    threshold: number;
    /** Reuse a linked story's LLM extraction when it grounds in the new text, instead of paying again. */
    reuse: boolean;
  };
  events: {
    /** EventBridge bus for "Summary Created" events (`default` in AWS); null: no EventBridge events. */
    bus: string | null;
    /** EventBridge endpoint override (LocalStack, tests). */
    eventBridgeEndpoint: string | null;
    /** A URL that receives each event as an HMAC-signed POST (local consumers); null: none. */
    webhookUrl: string | null;
    webhookSecret: string | null;
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

// USD per million tokens for models we know; OPENAI_PRICE_* override it for anything else.
const KNOWN_PRICES: Record<string, { input: number; output: number }> = {
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4 },
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4o": { input: 2.5, output: 10 },
};

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const prefixes = { incoming: e.PRECIS_INCOMING_PREFIX, summaries: e.PRECIS_SUMMARIES_PREFIX, errors: e.PRECIS_ERRORS_PREFIX };
  // The function triggers on `incoming/` and writes to the other two: if they overlapped, each
  // output would trigger the function again, forever.
  const all = Object.values(prefixes);
  for (const a of all)
    for (const b of all)
      if (a !== b && (a.startsWith(b) || b.startsWith(a)))
        throw new ConfigError(`invalid configuration: prefixes ${a} and ${b} overlap (the function would trigger itself)`);
  if (new Set(all).size !== all.length) throw new ConfigError("invalid configuration: incoming, summaries and errors prefixes must differ");

  // An unsigned webhook would let anyone who can reach the consumer forge events.
  if (e.PRECIS_WEBHOOK_URL && !e.PRECIS_WEBHOOK_SECRET) throw new ConfigError("invalid configuration: PRECIS_WEBHOOK_URL needs PRECIS_WEBHOOK_SECRET (at least 16 characters) to sign the events");
  const apiKey = e.OPENAI_API_KEY?.trim() || null;
  const engine = e.PRECIS_ENGINE ?? (apiKey || e.OPENAI_API_KEY_PARAMETER ? "openai" : "rules");
  const known = KNOWN_PRICES[e.OPENAI_MODEL];
  const pricePerMTok =
    e.OPENAI_PRICE_INPUT_PER_MTOK !== undefined && e.OPENAI_PRICE_OUTPUT_PER_MTOK !== undefined
      ? { input: e.OPENAI_PRICE_INPUT_PER_MTOK, output: e.OPENAI_PRICE_OUTPUT_PER_MTOK }
      : (known ?? null);
  return {
    engine,
    bucket: e.PRECIS_BUCKET,
    prefixes,
    limits: { maxObjectBytes: e.PRECIS_MAX_BYTES, maxBodyBytes: e.PRECIS_MAX_BODY_BYTES, maxDocumentPages: e.PRECIS_MAX_DOCUMENT_PAGES },
    apiKeysParameter: e.PRECIS_API_KEYS_PARAMETER ?? null,
    apiKeys: (e.PRECIS_API_KEY ?? "").split(",").map((k) => k.trim()).filter(Boolean),
    logLevel: e.PRECIS_LOG_LEVEL,
    s3: { endpoint: e.PRECIS_S3_ENDPOINT ?? null, region: e.AWS_REGION },
    local: { s3Port: e.PRECIS_S3_PORT, httpPort: e.PRECIS_HTTP_PORT, dataDir: e.PRECIS_DATA_DIR },
    openai: {
      apiKey,
      apiKeyParameter: e.OPENAI_API_KEY_PARAMETER ?? null,
      baseURL: e.OPENAI_BASE_URL ?? null,
      model: e.OPENAI_MODEL,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
      maxRetries: e.OPENAI_MAX_RETRIES,
      maxOutputTokens: e.OPENAI_MAX_OUTPUT_TOKENS,
      inputTokenBudget: e.OPENAI_INPUT_TOKEN_BUDGET,
      pricePerMTok,
    },
    reliability: { claimLeaseMs: e.PRECIS_CLAIM_LEASE_SECONDS * 1000, maxAttempts: e.PRECIS_MAX_ATTEMPTS, maxArticleWords: e.PRECIS_MAX_ARTICLE_WORDS },
    metricsNamespace: e.PRECIS_METRICS_NAMESPACE,
    http: {
      corsOrigins: e.PRECIS_CORS_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean),
      rateLimitPerMinute: e.PRECIS_RATE_LIMIT_PER_MINUTE,
      syncMaxTokens: e.PRECIS_SYNC_MAX_TOKENS,
      deadlineMs: e.PRECIS_HTTP_DEADLINE_MS,
      uploadUrlTtlSeconds: e.PRECIS_UPLOAD_URL_TTL_SECONDS,
    },
    sameStory: { threshold: e.PRECIS_SAME_STORY_THRESHOLD, reuse: e.PRECIS_SAME_STORY_REUSE === "on" },
    events: {
      bus: e.PRECIS_EVENT_BUS ?? null,
      eventBridgeEndpoint: e.PRECIS_EVENTBRIDGE_ENDPOINT ?? null,
      webhookUrl: e.PRECIS_WEBHOOK_URL ?? null,
      webhookSecret: e.PRECIS_WEBHOOK_SECRET ?? null,
    },
  };
}
