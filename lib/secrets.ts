// The OpenAI API key. Locally it is OPENAI_API_KEY; in AWS it never appears in serverless.yml or the
// function's environment: OPENAI_API_KEY_PARAMETER names an SSM SecureString, read once per cold start
// with decryption. A Secrets Manager secret works through the same call, via SSM's reference path
// `/aws/reference/secretsmanager/<secret-id>` (a JSON secret may hold the key as OPENAI_API_KEY).
import { PrecisError } from "./errors.ts";

/** What the key lookup needs from the configuration (`Config` satisfies it). */
export interface OpenAIKeyConfig {
  openai: { apiKey: string | null; apiKeyParameter?: string | null };
  s3: { region: string };
}

/** The slice of an SSM client this module uses; `SSMClient` from @aws-sdk/client-ssm satisfies it. */
export interface SsmLike {
  send(command: unknown): Promise<{ Parameter?: { Value?: string } }>;
}
export type SsmClientFactory = (region: string) => SsmLike | Promise<SsmLike>;

const defaultFactory: SsmClientFactory = async (region) => {
  const { SSMClient } = await import("@aws-sdk/client-ssm");
  return new SSMClient({ region }) as unknown as SsmLike;
};

// One fetch per parameter per container; a failure is forgotten so the next invocation tries again.
const cache = new Map<string, Promise<string>>();

/** For tests: forget cached keys. */
export function clearOpenAIKeyCache(): void {
  cache.clear();
}

/** A parameter value as a key: the plain string, or from a JSON secret `{ "OPENAI_API_KEY": "…" }`. */
export function keyFromSecretValue(value: string): string | null {
  const v = value.trim();
  if (v.startsWith("{")) {
    try {
      const o = JSON.parse(v) as Record<string, unknown>;
      for (const name of ["OPENAI_API_KEY", "openai_api_key", "apiKey", "api_key", "key"]) {
        const k = o[name];
        if (typeof k === "string" && k.trim()) return k.trim();
      }
      return null;
    } catch {
      // not JSON after all: a key that starts with "{" is unlikely but is taken as is
    }
  }
  return v || null;
}

async function fetchKey(name: string, region: string, factory: SsmClientFactory): Promise<string> {
  const { GetParameterCommand } = await import("@aws-sdk/client-ssm");
  const client = await factory(region);
  let value: string | undefined;
  try {
    const out = await client.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
    value = out.Parameter?.Value;
  } catch (e) {
    const kind = (e as { name?: string }).name ?? "Error";
    const hint =
      kind === "ParameterNotFound"
        ? "it does not exist in this account and region"
        : kind === "AccessDeniedException"
          ? "the function's role needs ssm:GetParameter on it (and kms:Decrypt on its key)"
          : (e as Error).message;
    // Not the article's fault: thrown as retryable so the event is retried / kept, not marked failed.
    throw new PrecisError("llm_failed", `cannot read the OpenAI API key from SSM parameter '${name}' (${kind}): ${hint}`, { retryable: true, cause: e });
  }
  const key = value === undefined ? null : keyFromSecretValue(value);
  if (!key) throw new PrecisError("llm_failed", `SSM parameter '${name}' holds no OpenAI API key`, { retryable: true });
  return key;
}

/**
 * The API key: OPENAI_API_KEY if set (local runs), else the SSM parameter named by
 * OPENAI_API_KEY_PARAMETER (fetched once, decrypted), else null (a local server may need none).
 */
export async function resolveOpenAIKey(config: OpenAIKeyConfig, ssmClientFactory: SsmClientFactory = defaultFactory): Promise<string | null> {
  if (config.openai.apiKey) return config.openai.apiKey;
  const name = config.openai.apiKeyParameter?.trim();
  if (!name) return null;
  let pending = cache.get(name);
  if (!pending) {
    pending = fetchKey(name, config.s3.region, ssmClientFactory);
    cache.set(name, pending);
    pending.catch(() => cache.delete(name));
  }
  return pending;
}
