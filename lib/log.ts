// Structured JSON logs, one object per line (CloudWatch parses them; a line with an `_aws` block is also
// an embedded-metric-format document, see lib/metrics.ts). Never log article text or secrets: fields
// whose names say they hold either are replaced by "[redacted]" at every level but debug, whatever a
// caller passes.
type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Field names that hold article text or credentials (compared case-insensitively, at any depth). */
const SENSITIVE = /^(text|article|articletext|body|content|html|prompt|messages|apikey|api_key|openaiapikey|authorization|password|secret|secretaccesskey|token|accesstoken|x-api-key)$/i;
/** Values that look like credentials wherever they appear. */
const SECRET_VALUE = /\b(sk-[A-Za-z0-9_-]{16,}|precis_[A-Za-z0-9_-]{16,}|AKIA[0-9A-Z]{16})\b/g;

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.replace(SECRET_VALUE, "[redacted]");
  if (!value || typeof value !== "object" || depth > 6) return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value instanceof Error) return redact(value.message, depth + 1);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = SENSITIVE.test(k) && v !== null && v !== undefined ? "[redacted]" : redact(v, depth + 1);
  return out;
}

export function createLogger(level: Level | "silent", write: (line: string) => void = (l) => process.stdout.write(l + "\n")): Logger {
  const at = (l: Level) => (message: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[l] < ORDER[level]) return;
    const safe = l === "debug" ? fields : (redact(fields) as Record<string, unknown>);
    write(JSON.stringify({ level: l, time: new Date().toISOString(), message, ...safe }));
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
