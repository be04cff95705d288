// The `openai` engine: any OpenAI-compatible chat-completions server (OpenAI, Azure OpenAI, vLLM,
// Ollama, llama.cpp) through the official SDK, with strict structured outputs.
//
//   article ─► chunks (token budget, paragraph boundaries, overlap; suspected instructions marked)
//          ─► one call per chunk ─► (refusal → `refused`; truncation → one retry with twice the output
//              budget; a local-only rule broken → salvaged in place (salvage.ts); invalid JSON or
//              missing structure → one repair round-trip) ─► merge ─► injection filter
//          ─► summary grounded (lib/ground.ts groundSummary) ─► drafts
//
// Grounding (locating evidence, dropping unfound items, offsets, date re-normalisation) is the
// pipeline's job (lib/ground.ts), for every engine alike.
import { createHash } from "node:crypto";
import type { ChatCompletionMessageParam, ChatCompletionParseParams } from "openai/resources/chat/completions";
import type { Config } from "../../config.ts";
import { PrecisError } from "../../errors.ts";
import { createLogger, type Logger } from "../../log.ts";
import type { ArticleMetadata } from "../../article.ts";
import type { Warning } from "../../schema/summary.ts";
import type { Engine, Extraction, ExtractionRequest } from "../engine.ts";
import { countTokens, MESSAGE_OVERHEAD_TOKENS, splitIntoChunks, type Chunk } from "./chunking.ts";
import { CompletionClient, DEFAULT_BASE_URL, defaultSleep, type CompletionOutcome, type Sleep } from "./client.ts";
import { filterInjectedItems } from "./injection.ts";
import { groundSummary } from "../../ground.ts";
import { mergeExtractions, type PartialExtraction } from "./merge.ts";
import { buildRepairMessage, buildUserMessage, PROMPT_VERSION, SYSTEM_PROMPT, type ChunkInfo } from "./prompt.ts";
import { responseFormat, schemaHash, wireSchema, type LLMExtraction } from "./response-schema.ts";

export { PROMPT_VERSION } from "./prompt.ts";

/** `{ ...config.openai, apiKey }` fits: the engine reads the settings below (the key already resolved). */
export type OpenAIEngineOptions = Pick<Config["openai"], "baseURL" | "model" | "timeoutMs" | "maxRetries" | "maxOutputTokens" | "inputTokenBudget" | "pricePerMTok"> & {
  /** Send strict-mode keywords (pattern, …) in the wire schema; null/absent: only to OpenAI itself. */
  strictKeywords?: boolean | null;
  apiKey: string;
  /** Chunks extracted at the same time for a long article. Default 4. */
  concurrency?: number;
  /** Longest Retry-After the engine waits for; beyond it the failure is thrown (retryable). Default 30 s. */
  maxRetryDelayMs?: number;
};

export interface OpenAIEngineDeps {
  fetch?: typeof globalThis.fetch;
  sleep?: Sleep;
  /** Jitter source, [0, 1). */
  random?: () => number;
  log?: Logger;
}

/** Servers known to take `max_completion_tokens` (required by OpenAI's reasoning models); others get `max_tokens`. */
export function usesMaxCompletionTokens(baseURL: string | null): boolean {
  if (!baseURL) return true;
  try {
    const host = new URL(baseURL).hostname;
    return host === "api.openai.com" || host.endsWith(".openai.azure.com") || host.endsWith(".cognitiveservices.azure.com");
  } catch {
    return false;
  }
}

/** OpenAI itself (not Azure, whose older API versions reject `pattern`): the wire schema can carry strict-mode keywords. */
export function isOpenAIEndpoint(baseURL: string | null): boolean {
  if (!baseURL) return true;
  try {
    return new URL(baseURL).hostname === "api.openai.com";
  } catch {
    return false;
  }
}

/** Whether the wire schema carries strict-mode keywords: as configured, else by endpoint. */
export const sendsStrictKeywords = (baseURL: string | null, configured?: boolean | null): boolean => configured ?? isOpenAIEndpoint(baseURL);

/** Reasoning models (o-series, gpt-5 family) reject any temperature but the default. */
export const acceptsTemperature = (model: string): boolean => !/^(o\d|gpt-5)(?!.*-chat)/i.test(model.replace(/^.*\//, ""));

export interface BuildRequestArgs {
  text: string;
  metadata: ArticleMetadata;
  model: string;
  maxOutputTokens: number;
  baseURL?: string | null;
  chunk?: ChunkInfo;
  /** Strict-mode keywords in the wire schema; absent: decided by `baseURL`. */
  strictKeywords?: boolean | null;
  /** The rejected answer and why, for the one repair round-trip. */
  repair?: { answer: string; problems: string };
}

/** The exact body of a chat-completions call (`response_format` carries the SDK's zod parser). */
export function buildRequest(args: BuildRequestArgs): ChatCompletionParseParams {
  const messages: ChatCompletionMessageParam[] = [
    { role: "system", content: SYSTEM_PROMPT },
    { role: "user", content: buildUserMessage(args.text, args.metadata, args.chunk) },
  ];
  if (args.repair) {
    messages.push({ role: "assistant", content: args.repair.answer }, { role: "user", content: buildRepairMessage(args.repair.problems) });
  }
  const limit = usesMaxCompletionTokens(args.baseURL ?? null) ? { max_completion_tokens: args.maxOutputTokens } : { max_tokens: args.maxOutputTokens };
  return {
    model: args.model,
    messages,
    response_format: responseFormat({ strictKeywords: sendsStrictKeywords(args.baseURL ?? null, args.strictKeywords) }),
    ...(acceptsTemperature(args.model) ? { temperature: 0 } : {}),
    ...limit,
  };
}

/** The request as it goes over the wire, key redacted; the article can be elided for display. */
export function redactedRequest(
  body: ChatCompletionParseParams,
  options: { baseURL?: string | null; apiKey?: string | null; elideArticleTo?: number } = {},
): { method: "POST"; url: string; headers: Record<string, string>; body: unknown } {
  const key = options.apiKey ?? "";
  const redacted = key.length > 8 ? `${key.slice(0, 3)}…${key.slice(-4)}` : "…";
  const clone = JSON.parse(JSON.stringify(body)) as { messages: Array<{ role: string; content: string }> };
  const n = options.elideArticleTo;
  if (n !== undefined) {
    for (const m of clone.messages) {
      if (m.role !== "user") continue;
      m.content = m.content.replace(/(<<<ARTICLE [0-9a-f]+>>>\n)([\s\S]*?)(\n<<<END ARTICLE [0-9a-f]+>>>)/, (all, open: string, article: string, close: string) =>
        article.length <= 2 * n ? all : `${open}${article.slice(0, n)} […${article.length - 2 * n} characters…] ${article.slice(-n)}${close}`,
      );
    }
  }
  return {
    method: "POST",
    url: `${(options.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, "")}/chat/completions`,
    headers: { Authorization: `Bearer ${redacted}`, "Content-Type": "application/json" },
    body: clone,
  };
}

/** Tokens the fixed parts of a call cost: system prompt, schema, framing, metadata lines. */
export function promptOverheadTokens(metadata: ArticleMetadata, strictKeywords = false): number {
  const frame = buildUserMessage("", metadata, { index: 99, total: 99 });
  return countTokens(SYSTEM_PROMPT) + countTokens(JSON.stringify(wireSchema({ strictKeywords }))) + countTokens(frame) + 3 * MESSAGE_OVERHEAD_TOKENS + 3;
}

/** The floor on article tokens per chunk, however small the configured budget. */
export const MIN_CHUNK_TOKENS = 500;

/** How `extract` will split `text`: chunk budget and the chunks. */
export function planChunks(
  text: string,
  metadata: ArticleMetadata,
  inputTokenBudget: number,
  strictKeywords = false,
): { maxTokens: number; overlapTokens: number; chunks: Chunk[] } {
  const maxTokens = Math.max(MIN_CHUNK_TOKENS, inputTokenBudget - promptOverheadTokens(metadata, strictKeywords));
  const overlapTokens = Math.min(400, Math.floor(maxTokens * 0.05));
  return { maxTokens, overlapTokens, chunks: splitIntoChunks(text, { maxTokens, overlapTokens }) };
}

export function estimateCost(usage: { inputTokens: number; outputTokens: number }, price: Config["openai"]["pricePerMTok"]): number | null {
  if (!price) return null;
  return Math.round(((usage.inputTokens * price.input + usage.outputTokens * price.output) / 1e6) * 1e8) / 1e8;
}

/** The parts of the configuration that change what the engine returns (not timeouts, retries or prices). */
export function openAIFingerprint(options: Pick<Config["openai"], "model" | "baseURL" | "maxOutputTokens" | "inputTokenBudget"> & { strictKeywords?: boolean | null }): string {
  let server = DEFAULT_BASE_URL;
  try {
    const u = new URL(options.baseURL ?? DEFAULT_BASE_URL);
    server = `${u.host}${u.pathname.replace(/\/+$/, "")}`;
  } catch {
    server = options.baseURL ?? DEFAULT_BASE_URL;
  }
  // The prompt's wording is hashed too, so an edit that forgets to bump PROMPT_VERSION still re-extracts.
  const prompt = createHash("sha256")
    .update(SYSTEM_PROMPT)
    .update(buildUserMessage("", { title: "t", publishedAt: "2000-01-01", byline: null, publisher: "p", dateline: "d", language: "en", url: null }, { index: 2, total: 3 }))
    .update(buildRepairMessage(""))
    .digest("hex")
    .slice(0, 12);
  const relevant = { server, prompt, schema: schemaHash({ strictKeywords: sendsStrictKeywords(options.baseURL, options.strictKeywords) }), maxOutputTokens: options.maxOutputTokens, inputTokenBudget: options.inputTokenBudget };
  const h = createHash("sha256").update(JSON.stringify(relevant)).digest("hex").slice(0, 12);
  return `openai:${options.model}:${PROMPT_VERSION}:${h}`;
}

/** Runs `fn` over `items`, at most `limit` at a time, in order; the first failure aborts the rest. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i]!, i);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

class Tally {
  inputTokens = 0;
  outputTokens = 0;
  estimated = false;
  calls = 0;
  attempts = 0;
  model: string | null = null;
  add(o: CompletionOutcome) {
    this.inputTokens += o.usage.inputTokens;
    this.outputTokens += o.usage.outputTokens;
    this.estimated ||= o.usage.estimated;
    this.calls += 1;
    this.attempts += o.attempts;
    this.model ??= o.model;
  }
}

export function createOpenAIEngine(options: OpenAIEngineOptions, deps: OpenAIEngineDeps = {}): Engine {
  const log = deps.log ?? createLogger("info", (line) => process.stderr.write(line + "\n"));
  const client = new CompletionClient(
    {
      apiKey: options.apiKey || "no-key",
      baseURL: options.baseURL,
      timeoutMs: options.timeoutMs,
      maxRetries: options.maxRetries,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 30_000,
    },
    {
      fetch: deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      sleep: deps.sleep ?? defaultSleep,
      random: deps.random ?? Math.random,
      log,
    },
  );
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const strictKeywords = sendsStrictKeywords(options.baseURL, options.strictKeywords);

  /** One chunk: at most one truncation retry and one repair round-trip. */
  async function extractPart(
    text: string,
    metadata: ArticleMetadata,
    chunk: ChunkInfo,
    tally: Tally,
    warnings: Warning[],
    signal: AbortSignal,
  ): Promise<LLMExtraction> {
    let maxOutputTokens = options.maxOutputTokens;
    let repair: BuildRequestArgs["repair"];
    let enlarged = false;
    const where = chunk.total > 1 ? ` (part ${chunk.index} of ${chunk.total})` : "";
    for (;;) {
      const body = buildRequest({ text, metadata, model: options.model, maxOutputTokens, baseURL: options.baseURL, strictKeywords, chunk, repair });
      const out = await client.complete(body, { signal, label: `part ${chunk.index}/${chunk.total}` });
      tally.add(out);
      log.debug("openai completion", {
        part: chunk.index,
        of: chunk.total,
        kind: out.kind,
        finishReason: out.finishReason,
        model: out.model,
        inputTokens: out.usage.inputTokens,
        outputTokens: out.usage.outputTokens,
        ms: out.ms,
        attempts: out.attempts,
      });
      switch (out.kind) {
        case "ok":
          // Salvage notes name items by their place in this part's answer.
          warnings.push(...out.parsed.warnings.map((w) => (where ? { ...w, message: `${w.message}${where}` } : w)));
          return out.parsed.extraction;
        case "refused":
          throw new PrecisError("refused", `the model refused to process the article${where}: ${out.refusal}`, { retryable: false });
        case "truncated":
          if (enlarged) {
            throw new PrecisError("llm_invalid_output", `the answer${where} was cut off at ${maxOutputTokens} output tokens even after one retry with a doubled budget`, {
              retryable: false,
            });
          }
          enlarged = true;
          warnings.push({
            code: "llm_output_truncated",
            message: `the answer${where} was cut off at ${maxOutputTokens} output tokens; retried with ${maxOutputTokens * 2}`,
          });
          maxOutputTokens *= 2;
          continue;
        case "invalid":
          if (repair) {
            throw new PrecisError("llm_invalid_output", `the answer${where} failed validation again after a repair attempt:\n${out.problems}`, { retryable: false });
          }
          warnings.push({ code: "llm_output_repaired", message: `the answer${where} failed validation and was repaired: ${out.problems.replace(/\n/g, " ")}`.slice(0, 500) });
          repair = { answer: out.content || "(an empty answer)", problems: out.problems };
          continue;
      }
    }
  }

  return {
    name: "openai",
    fingerprint: openAIFingerprint(options),
    async extract(request: ExtractionRequest): Promise<Extraction> {
      const started = performance.now();
      const { text, metadata } = request;
      const plan = planChunks(text, metadata, options.inputTokenBudget, strictKeywords);
      const total = plan.chunks.length;
      const tally = new Tally();
      const partWarnings: Warning[][] = plan.chunks.map(() => []);
      // One failing part stops the others: the article fails as a whole.
      const controller = new AbortController();
      const onAbort = () => controller.abort(request.signal!.reason);
      request.signal?.addEventListener("abort", onAbort, { once: true });
      if (request.signal?.aborted) controller.abort(request.signal.reason);
      let parts: PartialExtraction[];
      try {
        parts = await mapLimited(plan.chunks, concurrency, async (chunk, i) => {
          try {
            return await extractPart(chunk.text, metadata, { index: i + 1, total }, tally, partWarnings[i]!, controller.signal);
          } catch (e) {
            controller.abort(e);
            throw e;
          }
        });
      } catch (e) {
        const usage = { inputTokens: tally.inputTokens, outputTokens: tally.outputTokens };
        log.warn("openai extraction failed", {
          model: tally.model ?? options.model,
          parts: total,
          calls: tally.calls,
          ...usage,
          costUsd: estimateCost(usage, options.pricePerMTok),
          code: e instanceof PrecisError ? e.code : "internal",
          retryable: e instanceof PrecisError ? e.retryable : true,
          error: e instanceof Error ? e.message : String(e),
        });
        throw e;
      } finally {
        request.signal?.removeEventListener("abort", onAbort);
      }
      const warnings = partWarnings.flat();
      if (total > 1) {
        warnings.unshift({
          code: "article_chunked",
          message: `the article (${countTokens(text)} tokens) was extracted in ${total} overlapping parts of at most ${plan.maxTokens} tokens and merged`,
        });
      }
      const merged = mergeExtractions(parts);
      warnings.push(...merged.warnings);
      const filtered = filterInjectedItems(text, merged);
      warnings.push(...filtered.warnings);
      // The summary is grounded like every item: nothing from a suspicious span, no name the article lacks.
      const summary = groundSummary(text, merged.summary, {
        suspicious: filtered.ranges,
        names: filtered.actors.flatMap((a) => [a.name, ...a.aliases]),
        planted: filtered.planted,
      });
      warnings.push(...summary.warnings);
      if (tally.estimated) warnings.push({ code: "usage_estimated", message: "the server reported no token usage; tokens were counted locally" });
      const usage = { inputTokens: tally.inputTokens, outputTokens: tally.outputTokens };
      const costUsd = estimateCost(usage, options.pricePerMTok);
      log.info("openai extraction", {
        model: tally.model ?? options.model,
        promptVersion: PROMPT_VERSION,
        parts: total,
        calls: tally.calls,
        attempts: tally.attempts,
        ...usage,
        costUsd,
        ms: Math.round(performance.now() - started),
        actors: filtered.actors.length,
        demands: filtered.demands.length,
        dates: filtered.dates.length,
      });
      return {
        summary: summary.summary,
        actors: filtered.actors,
        demands: filtered.demands,
        dates: filtered.dates,
        model: tally.model ?? options.model,
        promptVersion: PROMPT_VERSION,
        usage,
        costUsd,
        calls: tally.calls,
        warnings,
      };
    },
  };
}
