// Everything a function needs, built once per cold start from the validated configuration.
import { loadConfig, type Config } from "./config.ts";
import { createEngine } from "./engines/index.ts";
import type { Engine } from "./engines/engine.ts";
import type { EngineName } from "./schema/summary.ts";
import { ArticleBucket, createS3Client } from "./store/bucket.ts";
import { createLogger, type Logger } from "./log.ts";
import { resolveApiKeys } from "./api-keys.ts";

export interface Runtime {
  config: Config;
  bucket: ArticleBucket;
  log: Logger;
  apiKeys: string[];
  /** Engines are created on first use: the rules engine needs nothing, the OpenAI one a key. */
  engine(name?: EngineName): Promise<Engine>;
}

export async function createRuntime(config: Config = loadConfig()): Promise<Runtime> {
  const engines = new Map<EngineName, Promise<Engine>>();
  const log = createLogger(config.logLevel);
  return {
    config,
    bucket: new ArticleBucket(createS3Client(config.s3), config.bucket, config.prefixes),
    log,
    apiKeys: await resolveApiKeys(config),
    engine(name = config.engine) {
      let e = engines.get(name);
      if (!e) {
        e = createEngine(config, name, log);
        e.catch(() => engines.delete(name));
        engines.set(name, e);
      }
      return e;
    },
  };
}

let shared: Promise<Runtime> | undefined;
/** The process-wide runtime (one per Lambda container). */
export function runtime(): Promise<Runtime> {
  shared ??= createRuntime();
  shared.catch(() => (shared = undefined));
  return shared;
}
