// The library entry: each stage of the pipeline, usable on its own.
export { loadDocument } from "./load.ts";
export { loadInput } from "./load/documents.ts";
export { cleanArticle, cleanDocument } from "./clean/index.ts";
export { tagDates, extractDates, chooseReference, type TimexMatch } from "./dates/index.ts";
export { createEngine } from "./engines/index.ts";
export { createRulesEngine } from "./engines/rules/index.ts";
export { createOpenAIEngine } from "./engines/openai/index.ts";
export { groundExtraction, QuoteLocator } from "./ground.ts";
export { prepareDocument, summarizeArticle, summarizePrepared } from "./pipeline.ts";
export { prepareArticle } from "./prepare-article.ts";
export { loadConfig, ConfigError, type Config } from "./config.ts";
export { PrecisError } from "./errors.ts";
export * from "./schema/summary.ts";
export * from "./client.ts";
export type * from "./article.ts";
export type { Engine, Extraction, ExtractionRequest } from "./engines/engine.ts";
