// API keys for the HTTP API: from PRECIS_API_KEY locally; in AWS from an SSM SecureString
// (PRECIS_API_KEYS_PARAMETER, comma-separated keys), fetched once per cold start.
import { createHash, timingSafeEqual } from "node:crypto";
import type { Config } from "./config.ts";

export async function resolveApiKeys(config: Config): Promise<string[]> {
  if (!config.apiKeysParameter) return config.apiKeys;
  const { SSMClient, GetParameterCommand } = await import("@aws-sdk/client-ssm");
  const out = await new SSMClient({ region: config.s3.region }).send(
    new GetParameterCommand({ Name: config.apiKeysParameter, WithDecryption: true }),
  );
  return [...config.apiKeys, ...(out.Parameter?.Value ?? "").split(",").map((k) => k.trim()).filter(Boolean)];
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Constant-time check of a presented key against every valid key (hashing first equalises lengths). */
export function isValidApiKey(presented: string | null | undefined, keys: string[]): boolean {
  if (!presented) return false;
  const p = digest(presented);
  let ok = false;
  for (const k of keys) ok = timingSafeEqual(p, digest(k)) || ok;
  return ok;
}
