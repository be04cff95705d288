// Picks the engine the configuration asks for. The rules engine needs nothing; the OpenAI engine
// needs a key (from the environment, or from SSM in AWS) unless it talks to a local server.
import { ConfigError, type Config } from "../config.ts";
import type { Engine } from "./engine.ts";
import type { EngineName } from "../schema/summary.ts";
import type { Logger } from "../log.ts";

export type { Engine, Extraction, ExtractionRequest } from "./engine.ts";

export async function createEngine(config: Config, name: EngineName = config.engine, log?: Logger): Promise<Engine> {
  if (name === "rules") {
    const { createRulesEngine } = await import("./rules/index.ts");
    return createRulesEngine();
  }
  const { resolveOpenAIKey } = await import("../secrets.ts");
  const apiKey = (await resolveOpenAIKey(config)) ?? (config.openai.baseURL ? "no-key" : null);
  if (!apiKey) throw new ConfigError("engine 'openai' needs OPENAI_API_KEY (or OPENAI_API_KEY_PARAMETER in AWS, or OPENAI_BASE_URL for a local server)");
  const { createOpenAIEngine } = await import("./openai/index.ts");
  return createOpenAIEngine({ ...config.openai, apiKey }, log ? { log } : {});
}
