// One chat completion, made trustworthy: `client.chat.completions.parse` through the official SDK,
// our own retry loop (exponential backoff with jitter, Retry-After honoured but bounded), a per-attempt
// timeout that covers the whole response (headers and body), and errors classified into PrecisErrors.
import OpenAI, { APIConnectionError, APIError, APIUserAbortError } from "openai";
import { ContentFilterFinishReasonError, LengthFinishReasonError } from "openai/error";
import type { ChatCompletionParseParams } from "openai/resources/chat/completions";
import * as z from "../../schema/zod.ts";
import { PrecisError } from "../../errors.ts";
import type { Logger } from "../../log.ts";
import { countTokens, MESSAGE_OVERHEAD_TOKENS } from "./chunking.ts";
import { describeValidationError } from "./response-schema.ts";
import type { SalvagedAnswer } from "./salvage.ts";

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface ClientSettings {
  apiKey: string;
  baseURL: string | null;
  timeoutMs: number;
  maxRetries: number;
  /** A server asking to wait longer than this (Retry-After) is not waited for: the failure is thrown, retryable. */
  maxRetryDelayMs: number;
}

export interface ClientDeps {
  fetch: typeof globalThis.fetch;
  sleep: Sleep;
  random: () => number;
  log: Logger;
}

export const DEFAULT_BASE_URL = "https://api.openai.com/v1";
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 8_000;

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  /** True when the server sent no `usage` and the tokens were counted locally. */
  estimated: boolean;
}

/** What one 2xx completion said. */
export type AttemptOutcome = {
  id: string | null;
  model: string | null;
  finishReason: string | null;
  content: string | null;
  usage: TokenUsage;
} & (
  | { kind: "ok"; parsed: SalvagedAnswer }
  | { kind: "refused"; refusal: string }
  | { kind: "truncated" }
  | { kind: "invalid"; problems: string }
);

/** A 2xx completion, whatever it said, with what it took to get it. */
export type CompletionOutcome = AttemptOutcome & {
  /** Wall time of the successful attempt. */
  ms: number;
  /** HTTP attempts made, including failed ones. */
  attempts: number;
};

export const defaultSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/** Milliseconds the server asked us to wait: `retry-after-ms` (Azure, OpenAI), else `Retry-After` in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers | undefined | null, now = Date.now()): number | null {
  if (!headers) return null;
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "" && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const ra = headers.get("retry-after");
  if (ra === null || ra.trim() === "") return null;
  if (Number.isFinite(Number(ra))) return Math.max(0, Number(ra) * 1000);
  const at = Date.parse(ra);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Exponential backoff with "equal jitter": half the step fixed, half random. */
export function backoffMs(retry: number, random: () => number): number {
  const step = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retry);
  return Math.round(step / 2 + random() * (step / 2));
}

/** Why an attempt failed, and whether trying again can help. */
interface Failure {
  retry: boolean;
  /** Thrown when not retrying (or when the retries are used up, for a retryable failure). */
  error: PrecisError;
  retryAfterMs: number | null;
  status: number | null;
}

/** Something wrong with a 2xx response itself (no JSON, no choices): a glitch, worth another attempt. */
class MalformedResponse extends Error {
  override name = "MalformedResponse";
}

const serverSays = (e: APIError) => {
  const msg = (e.error as { message?: unknown } | undefined)?.message;
  return typeof msg === "string" && msg ? msg : e.message;
};

export function classifyFailure(e: unknown, ctx: { timedOut: boolean; timeoutMs: number; model: string; baseURL: string }): Failure {
  const transient = (message: string, status: number | null = null, retryAfter: number | null = null): Failure => ({
    retry: true,
    error: new PrecisError("llm_failed", message, { retryable: true, cause: e }),
    retryAfterMs: retryAfter,
    status,
  });
  const permanent = (message: string, status: number | null): Failure => ({
    retry: false,
    error: new PrecisError("llm_failed", message, { retryable: false, cause: e }),
    retryAfterMs: null,
    status,
  });
  if (ctx.timedOut) return transient(`the LLM call timed out after ${ctx.timeoutMs} ms`);
  if (e instanceof MalformedResponse) return transient(`the LLM server sent a malformed response: ${e.message}`);
  if (e instanceof APIUserAbortError) return transient("the LLM call was aborted");
  if (e instanceof APIConnectionError) return transient(`could not reach the LLM server at ${ctx.baseURL}: ${e.message}`);
  if (e instanceof APIError && typeof e.status === "number") {
    const s = e.status;
    const said = serverSays(e);
    const headers = e.headers as Headers | undefined;
    if (s === 429 && (e.code === "insufficient_quota" || e.type === "insufficient_quota")) {
      // Billing, not load: no point retrying now, but not the article's fault either. Thrown, so
      // Lambda's retries and the on-failure destination keep the event until the quota is fixed.
      return { ...transient(`the LLM account is out of quota (429 insufficient_quota): ${said}`, s), retry: false };
    }
    if (s === 408 || s === 409 || s === 429 || s >= 500) {
      return transient(`the LLM server answered ${s}${e.code ? ` ${e.code}` : ""}: ${said}`, s, retryAfterMs(headers));
    }
    if (s === 401) {
      return permanent(
        `the LLM server rejected the API key (401${e.code ? ` ${e.code}` : ""}): check OPENAI_API_KEY, or the SSM parameter named by OPENAI_API_KEY_PARAMETER. Server said: ${said}`,
        s,
      );
    }
    if (s === 403) return permanent(`the API key may not use model '${ctx.model}' at ${ctx.baseURL} (403): ${said}`, s);
    if (s === 404) return permanent(`model '${ctx.model}' or ${ctx.baseURL}/chat/completions was not found (404): ${said}`, s);
    return permanent(`the LLM server rejected the request (${s}${e.code ? ` ${e.code}` : ""}): ${said}`, s);
  }
  if (e instanceof PrecisError) return { retry: false, error: e, retryAfterMs: null, status: null };
  // Anything else is a bug on our side; not worth a network retry.
  const message = e instanceof Error ? e.message : String(e);
  return { retry: false, error: new PrecisError("internal", `LLM call failed: ${message}`, { retryable: true, cause: e }), retryAfterMs: null, status: null };
}

interface RawCompletion {
  id?: string;
  model?: string;
  choices?: Array<{ finish_reason?: string | null; message?: { content?: string | null; refusal?: string | null } }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
}

function usageOf(raw: RawCompletion, body: ChatCompletionParseParams): TokenUsage {
  const u = raw.usage;
  if (u && Number.isFinite(u.prompt_tokens) && Number.isFinite(u.completion_tokens)) {
    return { inputTokens: u.prompt_tokens!, outputTokens: u.completion_tokens!, estimated: false };
  }
  const input = body.messages.reduce((n, m) => n + MESSAGE_OVERHEAD_TOKENS + countTokens(typeof m.content === "string" ? m.content : JSON.stringify(m.content ?? "")), 3);
  const output = countTokens(raw.choices?.[0]?.message?.content ?? "");
  return { inputTokens: input, outputTokens: output, estimated: true };
}

export class CompletionClient {
  readonly settings: ClientSettings;
  readonly deps: ClientDeps;
  readonly baseURL: string;

  constructor(settings: ClientSettings, deps: ClientDeps) {
    this.settings = settings;
    this.deps = deps;
    this.baseURL = (settings.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  }

  /** One HTTP attempt. Resolves with any 2xx completion; throws on anything else. */
  async #attempt(body: ChatCompletionParseParams, signal: AbortSignal): Promise<AttemptOutcome> {
    // `parse` throws on truncation and on output that fails validation, without the completion; the
    // tap keeps the raw 2xx body so usage is still counted and the repair prompt can show the answer.
    let raw: RawCompletion | null = null;
    let sawOk = false;
    const baseFetch = this.deps.fetch;
    const tap: typeof globalThis.fetch = async (input, init) => {
      const res = await baseFetch(input, init);
      if (res.ok) {
        sawOk = true;
        try {
          raw = (await res.clone().json()) as RawCompletion;
        } catch {
          raw = null;
        }
      }
      return res;
    };
    // Everything explicit: the SDK would otherwise read OPENAI_BASE_URL, OPENAI_ORG_ID… from the environment.
    const client = new OpenAI({
      apiKey: this.settings.apiKey,
      baseURL: this.baseURL,
      organization: null,
      project: null,
      adminAPIKey: null,
      webhookSecret: null,
      maxRetries: 0,
      timeout: this.settings.timeoutMs,
      fetch: tap,
      logLevel: "off",
    });
    const common = (r: RawCompletion) => ({
      id: r.id ?? null,
      model: r.model ?? null,
      finishReason: r.choices?.[0]?.finish_reason ?? null,
      content: r.choices?.[0]?.message?.content ?? null,
      usage: usageOf(r, body),
    });
    try {
      const completion = await client.chat.completions.parse(body, { signal });
      if (!raw) raw = completion as unknown as RawCompletion;
      const choice = completion.choices[0];
      if (!choice) throw new MalformedResponse("the completion has no choices");
      const base = common(raw);
      if (choice.message.refusal) return { ...base, kind: "refused", refusal: choice.message.refusal };
      if (!choice.message.parsed) return { ...base, kind: "invalid", problems: "- the answer is empty: it must be one JSON object" };
      return { ...base, kind: "ok", parsed: choice.message.parsed as SalvagedAnswer };
    } catch (e) {
      const r = raw as RawCompletion | null;
      if (r?.choices?.length) {
        if (e instanceof LengthFinishReasonError) return { ...common(r), kind: "truncated" };
        if (e instanceof ContentFilterFinishReasonError) return { ...common(r), kind: "refused", refusal: "the provider's content filter stopped the answer (finish_reason: content_filter)" };
        if (e instanceof SyntaxError || e instanceof z.ZodError) return { ...common(r), kind: "invalid", problems: describeValidationError(e) };
      }
      if (sawOk && !signal.aborted) throw new MalformedResponse(`a 2xx response that is not a chat completion (${e instanceof Error ? e.message : String(e)})`);
      throw e;
    }
  }

  /**
   * A completion with retries: 408/409/429/5xx, connection errors and timeouts are retried up to
   * `maxRetries` times; Retry-After / retry-after-ms are honoured (up to `maxRetryDelayMs`). A transient
   * failure that outlives the retries is thrown as `llm_failed`, retryable; a 4xx as `llm_failed`, permanent.
   */
  async complete(body: ChatCompletionParseParams, options: { signal?: AbortSignal; label?: string } = {}): Promise<CompletionOutcome> {
    const { timeoutMs, maxRetries, maxRetryDelayMs } = this.settings;
    const outer = options.signal;
    for (let attempt = 0; ; attempt++) {
      if (outer?.aborted) throw new PrecisError("llm_failed", "the LLM call was cancelled before it started", { retryable: true, cause: outer.reason });
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new Error(`timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      const onOuterAbort = () => controller.abort(outer!.reason);
      outer?.addEventListener("abort", onOuterAbort, { once: true });
      const started = performance.now();
      let failure: Failure;
      try {
        const result = await this.#attempt(body, controller.signal);
        return { ...result, ms: Math.round(performance.now() - started), attempts: attempt + 1 };
      } catch (e) {
        if (outer?.aborted) throw new PrecisError("llm_failed", "the LLM call was cancelled", { retryable: true, cause: e });
        failure = classifyFailure(e, { timedOut, timeoutMs, model: body.model, baseURL: this.baseURL });
      } finally {
        clearTimeout(timer);
        outer?.removeEventListener("abort", onOuterAbort);
      }
      const fields = { label: options.label, attempt: attempt + 1, status: failure.status, error: failure.error.message };
      if (!failure.retry) {
        this.deps.log.warn("openai call failed", { ...fields, retryable: failure.error.retryable });
        throw failure.error;
      }
      if (attempt >= maxRetries) {
        this.deps.log.warn("openai call failed, retries exhausted", fields);
        throw new PrecisError("llm_failed", `${failure.error.message} (gave up after ${attempt + 1} attempts)`, { retryable: true, cause: failure.error.cause });
      }
      let delay = backoffMs(attempt, this.deps.random);
      if (failure.retryAfterMs !== null) {
        if (failure.retryAfterMs > maxRetryDelayMs) {
          this.deps.log.warn("openai call failed, server asks to wait too long", { ...fields, retryAfterMs: failure.retryAfterMs });
          throw new PrecisError(
            "llm_failed",
            `${failure.error.message} (the server asks to retry after ${Math.round(failure.retryAfterMs)} ms, more than the ${maxRetryDelayMs} ms this call may wait)`,
            { retryable: true, cause: failure.error.cause },
          );
        }
        // Never earlier than asked; a little jitter on top so parallel callers do not return in lockstep.
        delay = Math.ceil(failure.retryAfterMs + this.deps.random() * Math.min(250, failure.retryAfterMs * 0.1));
      }
      this.deps.log.info("openai retry", { ...fields, delayMs: delay });
      try {
        await this.deps.sleep(delay, outer);
      } catch (e) {
        throw new PrecisError("llm_failed", "the LLM call was cancelled while waiting to retry", { retryable: true, cause: e });
      }
    }
  }
}
