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
  OPENAI_TIMEOUT_MS: int(45_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).default(3),
  OPENAI_MAX_OUTPUT_TOKENS: int(4096),
  OPENAI_INPUT_TOKEN_BUDGET: int(12_000),
  OPENAI_PRICE_INPUT_PER_MTOK: z.coerce.number().nonnegative().optional(),
  OPENAI_PRICE_OUTPUT_PER_MTOK: z.coerce.number().nonnegative().optional(),
});

export interface Config {
  engine: EngineName;
  bucket: string;
  prefixes: { incoming: string; summaries: string; errors: string };
  limits: { maxObjectBytes: number; maxBodyBytes: number };
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
    limits: { maxObjectBytes: e.PRECIS_MAX_BYTES, maxBodyBytes: e.PRECIS_MAX_BODY_BYTES },
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
  };
}
