// A typed client for the Précis HTTP API, for downstream apps: lists, fetches and validates summaries
// against the v1 schema (the zod schema schema/summary.v1.json is generated from), summarizes
// articles, and uploads files through presigned URLs. Works anywhere `fetch` does (Node 20+).
//
//   const precis = new PrecisClient({ baseUrl: "http://127.0.0.1:3000", apiKey: process.env.PRECIS_API_KEY! });
//   for await (const item of precis.all()) console.log(item.title, item.sameStoryAs);
//   const summary = await precis.get(id);               // validated: a Summary, or a SummaryValidationError
import * as z from "./schema/zod.ts";
import { Summary } from "./schema/summary.ts";
import { Problem as ProblemSchema } from "./http/problem.ts";
import { Accepted, CatalogItem, type JsonArticle, SummaryPage, UploadStatus, UploadTicket } from "./http/schemas.ts";

export { Summary } from "./schema/summary.ts";
export type { JsonArticle } from "./http/schemas.ts";
export type CatalogItem = z.infer<typeof CatalogItem>;
export type SummaryPage = z.infer<typeof SummaryPage>;
export type UploadTicket = z.infer<typeof UploadTicket>;
export type UploadStatus = z.infer<typeof UploadStatus>;
export type Accepted = z.infer<typeof Accepted>;
export type Problem = z.infer<typeof ProblemSchema>;

export interface ClientOptions {
  /** e.g. http://127.0.0.1:3000 or https://abc123.execute-api.us-east-1.amazonaws.com */
  baseUrl: string;
  apiKey: string;
  fetch?: typeof fetch;
  /** Per request (default 60 s). */
  timeoutMs?: number;
}

/** The API answered with a problem (RFC 9457) or an unexpected status. */
export class PrecisApiError extends Error {
  override name = "PrecisApiError";
  readonly status: number;
  readonly problem: Problem | null;
  constructor(status: number, problem: Problem | null, fallback: string) {
    super(problem ? `${status} ${problem.code}: ${problem.detail}` : fallback);
    this.status = status;
    this.problem = problem;
  }
  get code(): string | null {
    return this.problem?.code ?? null;
  }
}

/** A response that does not match the schema it should (the server and this client disagree). */
export class SummaryValidationError extends Error {
  override name = "SummaryValidationError";
  readonly issues: z.core.$ZodIssue[];
  constructor(what: string, error: z.ZodError) {
    super(`${what} does not match the schema: ${error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`);
    this.issues = error.issues;
  }
}

/** The summary is still being made (202): poll again after `retryAfterSeconds`. */
export class SummaryPendingError extends Error {
  override name = "SummaryPendingError";
  readonly id: string;
  readonly retryAfterSeconds: number;
  constructor(id: string, retryAfterSeconds: number) {
    super(`summary ${id} is still being made`);
    this.id = id;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Validates a value as a v1 summary; throws SummaryValidationError listing what does not match. */
export function validateSummary(value: unknown): Summary {
  const r = Summary.safeParse(value);
  if (!r.success) throw new SummaryValidationError("the summary", r.error);
  return r.data;
}

export type SummarizeResult = { status: "done"; summary: Summary } | { status: "accepted"; id: string; location: string };

export interface SummarizeOptions {
  /** Media type of a string/bytes article (default text/plain). */
  contentType?: "text/plain" | "text/html" | "text/markdown";
  engine?: "rules" | "openai";
  /** Ask for 202 and asynchronous processing (Prefer: respond-async). */
  async?: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class PrecisClient {
  readonly #base: string;
  readonly #key: string;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;

  constructor(options: ClientOptions) {
    this.#base = options.baseUrl.replace(/\/+$/, "");
    this.#key = options.apiKey;
    this.#fetch = options.fetch ?? fetch;
    this.#timeoutMs = options.timeoutMs ?? 60_000;
  }

  async #request(path: string, init: RequestInit & { auth?: boolean } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (init.auth !== false) headers.set("authorization", `Bearer ${this.#key}`);
    return this.#fetch(`${this.#base}${path}`, { ...init, headers, signal: init.signal ?? AbortSignal.timeout(this.#timeoutMs) });
  }

  async #fail(res: Response): Promise<never> {
    const text = await res.text().catch(() => "");
    let problem: Problem | null = null;
    try {
      const parsed = ProblemSchema.safeParse(JSON.parse(text));
      if (parsed.success) problem = parsed.data;
    } catch {
      // not JSON
    }
    throw new PrecisApiError(res.status, problem, `HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ""}`);
  }

  async #json<T>(res: Response, schema: z.ZodType<T>, what: string): Promise<T> {
    const r = schema.safeParse(await res.json());
    if (!r.success) throw new SummaryValidationError(what, r.error);
    return r.data;
  }

  async health(): Promise<{ status: "ok" }> {
    const res = await this.#request("/health", { auth: false });
    if (!res.ok) return this.#fail(res);
    return (await res.json()) as { status: "ok" };
  }

  /** One stored summary, validated. Throws SummaryPendingError while an accepted one is being made. */
  async get(id: string): Promise<Summary> {
    const res = await this.#request(`/summaries/${encodeURIComponent(id)}`);
    if (res.status === 202) {
      await res.body?.cancel();
      throw new SummaryPendingError(id, Number(res.headers.get("retry-after")) || 5);
    }
    if (!res.ok) return this.#fail(res);
    return this.#json(res, Summary, `summary ${id}`);
  }

  /** Polls until the summary exists (or `timeoutMs` passes). */
  async waitFor(id: string, options: { timeoutMs?: number; intervalMs?: number } = {}): Promise<Summary> {
    const until = Date.now() + (options.timeoutMs ?? 120_000);
    for (;;) {
      try {
        return await this.get(id);
      } catch (e) {
        if (!(e instanceof SummaryPendingError) || Date.now() > until) throw e;
        await sleep(options.intervalMs ?? e.retryAfterSeconds * 1000);
      }
    }
  }

  /** One page of stored summaries, newest first. */
  async list(options: { limit?: number; cursor?: string | null } = {}): Promise<SummaryPage> {
    const q = new URLSearchParams();
    if (options.limit) q.set("limit", String(options.limit));
    if (options.cursor) q.set("cursor", options.cursor);
    const res = await this.#request(`/summaries${q.size ? `?${q}` : ""}`);
    if (!res.ok) return this.#fail(res);
    return this.#json(res, SummaryPage, "the summary page");
  }

  /** Every stored summary's listing entry, newest first, page by page. */
  async *all(options: { pageSize?: number } = {}): AsyncGenerator<CatalogItem> {
    let cursor: string | null = null;
    do {
      const page: SummaryPage = await this.list({ limit: options.pageSize ?? 100, cursor });
      yield* page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }

  /** Every stored summary in full, validated, newest first. */
  async *summaries(options: { pageSize?: number } = {}): AsyncGenerator<Summary> {
    for await (const item of this.all(options)) yield await this.get(item.id);
  }

  /** Summarizes an article: text (with its media type) or a JSON envelope with metadata. */
  async summarize(article: string | Uint8Array | JsonArticle, options: SummarizeOptions = {}): Promise<SummarizeResult> {
    const q = new URLSearchParams();
    if (options.engine) q.set("engine", options.engine);
    const isEnvelope = typeof article === "object" && !(article instanceof Uint8Array);
    const headers: Record<string, string> = { "content-type": isEnvelope ? "application/json" : (options.contentType ?? "text/plain") };
    if (options.async) headers["prefer"] = "respond-async";
    const body: BodyInit = isEnvelope ? JSON.stringify(article) : typeof article === "string" ? article : new Blob([article as Uint8Array<ArrayBuffer>]);
    const res = await this.#request(`/summaries${q.size ? `?${q}` : ""}`, { method: "POST", headers, body });
    if (res.status === 202) {
      const a = await this.#json(res, Accepted, "the acceptance");
      return { status: "accepted", id: a.id, location: a.location };
    }
    if (!res.ok) return this.#fail(res);
    return { status: "done", summary: await this.#json(res, Summary, "the summary") };
  }

  /** A presigned upload URL for a file (see upload()). */
  async createUpload(request: { fileName: string; contentType: string; bytes: number }): Promise<UploadTicket> {
    const res = await this.#request("/uploads", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request) });
    if (!res.ok) return this.#fail(res);
    return this.#json(res, UploadTicket, "the upload ticket");
  }

  async uploadStatus(uploadId: string): Promise<UploadStatus> {
    const res = await this.#request(`/uploads/${encodeURIComponent(uploadId)}`);
    if (!res.ok) return this.#fail(res);
    return this.#json(res, UploadStatus, "the upload status");
  }

  /** Uploads a file straight to the bucket (it never passes through the API) and returns its ticket. */
  async upload(fileName: string, bytes: Uint8Array | string, contentType = "text/plain"): Promise<UploadTicket> {
    const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
    const ticket = await this.createUpload({ fileName, contentType, bytes: data.byteLength });
    const put = await this.#fetch(ticket.url, { method: "PUT", headers: ticket.headers, body: new Blob([data as Uint8Array<ArrayBuffer>]), signal: AbortSignal.timeout(this.#timeoutMs) });
    if (!put.ok) throw new PrecisApiError(put.status, null, `the upload to S3 failed: HTTP ${put.status} ${(await put.text().catch(() => "")).slice(0, 200)}`);
    await put.body?.cancel().catch(() => undefined);
    return ticket;
  }

  /** Polls an upload until it is summarized (returns the summary) or failed (throws). */
  async waitForUpload(uploadId: string, options: { timeoutMs?: number; intervalMs?: number } = {}): Promise<Summary> {
    const until = Date.now() + (options.timeoutMs ?? 120_000);
    for (;;) {
      const s = await this.uploadStatus(uploadId);
      if (s.status === "summarized" && s.id) return this.get(s.id);
      if (s.status === "failed") throw new PrecisApiError(422, null, `the upload failed: ${s.error?.code}: ${s.error?.message}`);
      if (s.status === "expired") throw new PrecisApiError(410, null, "the upload URL expired before a file arrived");
      if (Date.now() > until) throw new Error(`upload ${uploadId} is still ${s.status}`);
      await sleep(options.intervalMs ?? 1000);
    }
  }

  /** The summary's JSON Schema (schema/summary.v1.json). */
  async schema(): Promise<Record<string, unknown>> {
    const res = await this.#request("/schema");
    if (!res.ok) return this.#fail(res);
    return (await res.json()) as Record<string, unknown>;
  }

  async openapi(): Promise<Record<string, unknown>> {
    const res = await this.#request("/openapi.json");
    if (!res.ok) return this.#fail(res);
    return (await res.json()) as Record<string, unknown>;
  }
}
