// The API key from SSM Parameter Store: fetched once per container, decrypted, never from plain config
// in AWS. The SSM client is replaced through the factory parameter (no AWS calls in tests).
import { GetParameterCommand } from "@aws-sdk/client-ssm";
import { afterEach, describe, expect, it } from "vitest";
import { PrecisError } from "../lib/errors.ts";
import { clearOpenAIKeyCache, keyFromSecretValue, resolveOpenAIKey, type SsmLike } from "../lib/secrets.ts";

afterEach(() => clearOpenAIKeyCache());

const config = (apiKey: string | null, apiKeyParameter: string | null) => ({ openai: { apiKey, apiKeyParameter }, s3: { region: "eu-west-1" } });

function fakeSsm(answer: (input: { Name?: string; WithDecryption?: boolean }) => Promise<{ Parameter?: { Value?: string } }>) {
  const calls: Array<{ region: string; input: { Name?: string; WithDecryption?: boolean } }> = [];
  const factory = (region: string): SsmLike => ({
    async send(command: unknown) {
      expect(command).toBeInstanceOf(GetParameterCommand);
      const input = (command as GetParameterCommand).input;
      calls.push({ region, input });
      return answer(input);
    },
  });
  return { calls, factory };
}

describe("resolveOpenAIKey", () => {
  it("uses OPENAI_API_KEY when set, without touching SSM", async () => {
    const ssm = fakeSsm(async () => ({ Parameter: { Value: "sk-ssm" } }));
    expect(await resolveOpenAIKey(config("sk-env", "/precis/openai"), ssm.factory)).toBe("sk-env");
    expect(ssm.calls).toEqual([]);
  });

  it("reads the SecureString named by OPENAI_API_KEY_PARAMETER, with decryption, once per container", async () => {
    const ssm = fakeSsm(async () => ({ Parameter: { Value: "sk-from-ssm\n" } }));
    const cfg = config(null, "/precis/prod/openai-api-key");
    const keys = await Promise.all([resolveOpenAIKey(cfg, ssm.factory), resolveOpenAIKey(cfg, ssm.factory)]);
    expect(keys).toEqual(["sk-from-ssm", "sk-from-ssm"]);
    expect(await resolveOpenAIKey(cfg, ssm.factory)).toBe("sk-from-ssm");
    expect(ssm.calls).toEqual([{ region: "eu-west-1", input: { Name: "/precis/prod/openai-api-key", WithDecryption: true } }]);
  });

  it("reads a Secrets Manager secret through SSM's reference path, JSON or plain", async () => {
    const ssm = fakeSsm(async () => ({ Parameter: { Value: '{"OPENAI_API_KEY":"sk-in-json"}' } }));
    expect(await resolveOpenAIKey(config(null, "/aws/reference/secretsmanager/precis/openai"), ssm.factory)).toBe("sk-in-json");
    expect(keyFromSecretValue("sk-plain")).toBe("sk-plain");
    expect(keyFromSecretValue('{"api_key":"sk-x"}')).toBe("sk-x");
    expect(keyFromSecretValue('{"other":"x"}')).toBeNull();
  });

  it("is null when neither is configured (a local server may need no key)", async () => {
    expect(await resolveOpenAIKey(config(null, null))).toBeNull();
  });

  it("a missing parameter is a clear, retryable error, and is not cached", async () => {
    let fail = true;
    const ssm = fakeSsm(async () => {
      if (fail) throw Object.assign(new Error("not found"), { name: "ParameterNotFound" });
      return { Parameter: { Value: "sk-later" } };
    });
    const cfg = config(null, "/precis/missing");
    const e = await resolveOpenAIKey(cfg, ssm.factory).catch((x) => x);
    expect(e).toBeInstanceOf(PrecisError);
    expect(e).toMatchObject({ retryable: true });
    expect(e.message).toMatch(/'\/precis\/missing' \(ParameterNotFound\): it does not exist/);
    fail = false;
    expect(await resolveOpenAIKey(cfg, ssm.factory)).toBe("sk-later");
  });

  it("access denied names the permissions the role needs", async () => {
    const ssm = fakeSsm(async () => {
      throw Object.assign(new Error("denied"), { name: "AccessDeniedException" });
    });
    const e = await resolveOpenAIKey(config(null, "/precis/k"), ssm.factory).catch((x) => x);
    expect(e.message).toMatch(/ssm:GetParameter.*kms:Decrypt/);
  });

  it("an empty parameter is an error", async () => {
    const ssm = fakeSsm(async () => ({ Parameter: { Value: "  " } }));
    const e = await resolveOpenAIKey(config(null, "/precis/empty"), ssm.factory).catch((x) => x);
    expect(e.message).toMatch(/holds no OpenAI API key/);
  });
});
