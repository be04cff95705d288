// POST /summaries, GET /summaries, GET /summaries/{id}.
import { ConfigError } from "../../config.ts";
import { toPrecisError, PrecisError } from "../../errors.ts";
import { prepareDocument, type PreparedArticle, type SummarizeInput } from "../../pipeline.ts";
import { DOCX_TYPE, PDF_TYPE } from "../../load/documents.ts";
import { EngineName, SummaryId, type Summary } from "../../schema/summary.ts";
import type { Engine } from "../../engines/engine.ts";
import {
  apiOutputs,
  CursorError,
  errorRecordAt,
  findEntry,
  findPending,
  linking,
  listSummaries,
  processGuard,
  readSummaryWithEngine,
  recordEntry,
  recordPending,
  writeApiSummary,
} from "../../store/index.ts";
import { summarizeLinked } from "../../similarity/link.ts";
import { emitSummaryCreated } from "../../events/index.ts";
import type { Runtime } from "../../runtime.ts";
import { issuesOf, json, problem, problemFor, statusForCode } from "../problem.ts";
import { JsonArticle, ListQuery, SummaryQuery } from "../schemas.ts";
import type { HttpResponse, RouteContext } from "../types.ts";

const TEXT_TYPES = new Set(["text/plain", "text/html", "text/markdown", "text/x-markdown", PDF_TYPE, DOCX_TYPE]);
const EXTENSION: Record<string, string> = { "text/plain": "txt", "text/html": "html", "text/markdown": "md", "text/x-markdown": "md", "application/json": "json", [PDF_TYPE]: "pdf", [DOCX_TYPE]: "docx" };
export const mediaType = (h: string | undefined) => (h ?? "").split(";")[0]!.trim().toLowerCase();
/** How often a client should poll an accepted summary. */
const RETRY_AFTER_SECONDS = "5";

const prefersAsync = (h: string | undefined) => (h ?? "").split(",").some((p) => p.split(";")[0]!.trim().toLowerCase() === "respond-async");

/** The query of a request, minus the keys a route does not take (reported as issues by zod's strict()). */
const queryOf = (q: Record<string, string | undefined>) => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined));

type Parsed = { ok: true; input: SummarizeInput } | { ok: false; response: HttpResponse };

function parseArticle(ctx: RouteContext): Parsed {
  const { req } = ctx;
  const type = mediaType(req.headers["content-type"]);
  if (type === "application/json") {
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(req.body));
    } catch {
      return { ok: false, response: problem(400, "invalid_json", "the body is not valid UTF-8 JSON") };
    }
    const parsed = JsonArticle.safeParse(raw);
    if (!parsed.success) return { ok: false, response: problem(422, "invalid_body", "the JSON body is not an article", { errors: issuesOf(parsed.error, "body") }) };
    const b = parsed.data;
    // The envelope itself is the article (the JSON reader takes its text and metadata), so the id is the
    // hash of these bytes, whether it is summarized now or handed to the S3 path.
    return { ok: true, input: { bytes: req.body, contentType: "application/json", title: b.title ?? null, publishedAt: b.publishedAt ?? null, url: b.url ?? null } };
  }
  if (TEXT_TYPES.has(type)) return { ok: true, input: { bytes: req.body, contentType: req.headers["content-type"] ?? type } };
  return { ok: false, response: problem(415, "unsupported_media_type", `send text/plain, text/html, text/markdown, application/json, application/pdf or a .docx (${DOCX_TYPE}), not '${type || "nothing"}'`) };
}

/** Tokens the LLM would read (the tokenizer the OpenAI engine budgets with). */
async function articleTokens(prepared: PreparedArticle): Promise<number> {
  const { countTokens } = await import("../../engines/openai/chunking.ts");
  return countTokens(prepared.cleaned.text);
}

/**
 * Hands the article to the S3 path: it is written to incoming/api/<id> and summarized like any upload,
 * to the same summaries/api/<id>.json the synchronous path writes.
 */
async function handOff(ctx: RouteContext, prepared: PreparedArticle, preferenceApplied: boolean): Promise<HttpResponse> {
  const { req, rt } = ctx;
  const type = mediaType(req.headers["content-type"]);
  const out = apiOutputs(rt.config.prefixes, prepared.id);
  // The marker first: a poll that comes before the summary then answers 202, never 404.
  await recordPending(rt.bucket, { id: prepared.id, ...out, acceptedAt: new Date().toISOString() });
  await rt.bucket.writeBytes(out.incomingKey, req.body, req.headers["content-type"] ?? type);
  rt.log.info("accepted", { via: "http", id: prepared.id, key: out.incomingKey, outcome: "accepted" });
  const location = `/summaries/${prepared.id}`;
  return json(202, { id: prepared.id, status: "processing", location }, {
    location,
    "retry-after": RETRY_AFTER_SECONDS,
    ...(preferenceApplied ? { "preference-applied": "respond-async" } : {}),
  });
}

class Deadline extends Error {}

export async function postSummary(ctx: RouteContext): Promise<HttpResponse> {
  const { req, rt } = ctx;
  const query = SummaryQuery.safeParse(queryOf(req.query));
  if (!query.success) {
    return problem(400, "invalid_query", `engine must be one of ${EngineName.options.join(", ")}; include may be 'removed'`, { errors: issuesOf(query.error, "parameter") });
  }
  const engineName = query.data.engine ?? rt.config.engine;
  const parsed = parseArticle(ctx);
  if (!parsed.ok) return parsed.response;

  const link = linking(rt.bucket, processGuard.outputs, rt.config, rt.log);
  try {
    // Load, clean and refuse junk before anything costs money.
    const prepared = await prepareDocument(parsed.input, rt.config.limits);
    let engine: Engine;
    try {
      engine = await rt.engine(engineName);
    } catch (e) {
      if (e instanceof ConfigError) return problem(400, "engine_unavailable", `engine '${engineName}' is not available on this server: ${e.message}`);
      throw e;
    }

    // Identical content already summarized with this LLM configuration: answer from storage, never pay twice.
    if (engine.name === "openai") {
      const stored = await storedWithEngine(rt, prepared.id, engine.fingerprint);
      if (stored) return json(200, withRemoved(stored, prepared, query.data.include), { location: `/summaries/${stored.id}`, "x-precis-cache": "hit" });
    }

    // The S3 path runs the server's engine: only a request for that engine can be handed to it.
    const canHandOff = engineName === rt.config.engine;
    const asked = prefersAsync(req.headers["prefer"]);
    if (canHandOff && (asked || (engine.name === "openai" && (await articleTokens(prepared)) > rt.config.http.syncMaxTokens))) {
      return await handOff(ctx, prepared, asked);
    }

    let summary: Summary;
    let linked: Awaited<ReturnType<typeof summarizeLinked>>["linked"];
    if (engine.name === "openai") {
      // A long LLM call must not outlast API Gateway (29 s): cancel it at the deadline and hand off.
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort(new Deadline("deadline"));
          reject(new Deadline("deadline"));
        }, rt.config.http.deadlineMs);
      });
      const work = summarizeLinked(link.index, link.stored, prepared, { engine, signal: controller.signal }, link.options);
      work.catch(() => undefined);
      try {
        ({ summary, linked } = await Promise.race([work, deadline]));
      } catch (e) {
        if (!(e instanceof Deadline)) throw e;
        rt.log.warn("the LLM outlasted the HTTP deadline", { via: "http", id: prepared.id, deadlineMs: rt.config.http.deadlineMs, handedOff: canHandOff });
        if (canHandOff) return await handOff(ctx, prepared, false);
        return problem(504, "deadline", `the summary took longer than ${rt.config.http.deadlineMs} ms; retry with the server's default engine (which can finish asynchronously) or later`);
      } finally {
        clearTimeout(timer);
      }
    } else {
      ({ summary, linked } = await summarizeLinked(link.index, link.stored, prepared, { engine }, link.options));
    }

    const key = apiOutputs(rt.config.prefixes, summary.id).summaryKey;
    await writeApiSummary(rt.bucket, key, summary, engine.fingerprint);
    const [entry] = await Promise.all([recordEntry(rt.bucket, summary, key), linked.record(summary.id)]);
    if (entry.news) await emitSummaryCreated(rt.bucket.name, key, summary, { ...rt.config.events, region: rt.config.s3.region }, rt.log);
    rt.log.info("summarized", { via: "http", id: summary.id, engine: summary.engine.name, tokens: summary.engine.usage, costUsd: summary.engine.costUsd, sameStoryAs: summary.sameStoryAs, outcome: "summarized" });
    return json(200, withRemoved(summary, prepared, query.data.include), { location: `/summaries/${summary.id}` });
  } catch (e) {
    const err = toPrecisError(e);
    rt.log.warn("request failed", { via: "http", code: err.code, error: err.code === "internal" ? err.message : undefined });
    return problemFor(err);
  }
}

const withRemoved = (summary: Summary, prepared: PreparedArticle, include: string | undefined) =>
  include === "removed" ? { ...summary, removed: prepared.cleaned.removed } : summary;

async function storedWithEngine(rt: Runtime, id: string, fingerprint: string): Promise<Summary | null> {
  const entry = await findEntry(rt.bucket, id);
  if (!entry) return null;
  const stored = await readSummaryWithEngine<Summary>(rt.bucket, entry.key);
  return stored && stored.engine === fingerprint ? stored.value : null;
}

export async function getSummary(ctx: RouteContext): Promise<HttpResponse> {
  const { rt } = ctx;
  const id = ctx.params["id"] ?? "";
  if (!SummaryId.safeParse(id).success) return problem(400, "invalid_id", "a summary id is 24 lowercase hex digits", { errors: [{ parameter: "id", detail: "24 lowercase hex digits" }] });
  const entry = await findEntry(rt.bucket, id);
  const summary = entry ? await rt.bucket.readJson(entry.key) : null;
  if (summary) return json(200, summary, { "cache-control": "private, no-cache" });

  const pending = await findPending(rt.bucket, id);
  if (!pending) return problem(404, "not_found", `no summary with id ${id}`, { id });
  const failed = await errorRecordAt(rt.bucket, pending.errorKey);
  if (failed) return problem(statusForCode(failed.code, failed.message), failed.code, failed.message, { id });
  const direct = await rt.bucket.readJson(pending.summaryKey); // written, catalog entry still on its way
  if (direct) return json(200, direct, { "cache-control": "private, no-cache" });
  const location = `/summaries/${id}`;
  return json(202, { id, status: "processing", location }, { location, "retry-after": RETRY_AFTER_SECONDS, "cache-control": "no-store" });
}

export async function getSummaries(ctx: RouteContext): Promise<HttpResponse> {
  const { req, rt } = ctx;
  const q = ListQuery.safeParse(queryOf(req.query));
  if (!q.success) return problem(400, "invalid_query", "limit must be 1–100; cursor must come from a previous page", { errors: issuesOf(q.error, "parameter") });
  try {
    const page = await listSummaries(rt.bucket, { limit: q.data.limit, cursor: q.data.cursor ?? null });
    const headers: Record<string, string> = { "cache-control": "private, no-cache" };
    if (page.nextCursor) headers["link"] = `</summaries?limit=${q.data.limit}&cursor=${encodeURIComponent(page.nextCursor)}>; rel="next"`;
    return json(200, page, headers);
  } catch (e) {
    if (e instanceof CursorError) return problem(400, "invalid_query", e.message, { errors: [{ parameter: "cursor", detail: e.message }] });
    if (e instanceof PrecisError) return problemFor(e);
    throw e;
  }
}
