// A 60,000-word article: counted with the real tokenizer, split on paragraph boundaries with overlap,
// extracted part by part against the server, and merged into one result.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countTokens } from "../../../lib/engines/openai/chunking.ts";
import { planChunks } from "../../../lib/engines/openai/index.ts";
import { inspectChatRequest, startOpenAIServer, type OpenAIServer } from "../../support/openai-server.ts";
import { engineFor, longArticle, METADATA } from "./helpers.ts";
import type { Extraction } from "../../../lib/engines/engine.ts";

const TEXT = longArticle(60_000);
const BUDGET = 12_000;

describe("a 60,000-word article", () => {
  let server: OpenAIServer;
  let result: Extraction;
  beforeAll(async () => {
    server = await startOpenAIServer();
    const { engine } = engineFor(server, { inputTokenBudget: BUDGET });
    result = await engine.extract({ text: TEXT, metadata: METADATA });
  });
  afterAll(() => server.close());

  it("is really that long, and over the input budget", () => {
    expect(TEXT.split(/\s+/).length).toBeGreaterThanOrEqual(60_000);
    expect(countTokens(TEXT)).toBeGreaterThan(BUDGET * 4);
  });

  it("is sent in several parts, each within the input token budget as the server counts it", () => {
    const plan = planChunks(TEXT, METADATA, BUDGET);
    expect(plan.chunks.length).toBeGreaterThan(4);
    expect(server.requests).toHaveLength(plan.chunks.length);
    for (const req of server.requests) {
      expect(req.response.usage.prompt_tokens).toBeLessThanOrEqual(BUDGET);
      expect(inspectChatRequest(req.body).schemaProblems).toEqual([]);
    }
    const parts = server.requests.map((r) => inspectChatRequest(r.body).chunk);
    expect(parts.map((p) => p!.index).sort((a, b) => a - b)).toEqual(plan.chunks.map((_, i) => i + 1));
    expect(new Set(parts.map((p) => p!.total))).toEqual(new Set([plan.chunks.length]));
  });

  it("is cut on paragraph boundaries, each part a verbatim slice, consecutive parts overlapping", () => {
    const articles = server.requests
      .map((r) => inspectChatRequest(r.body))
      .sort((a, b) => a.chunk!.index - b.chunk!.index)
      .map((i) => i.article!);
    let previousEnd = 0;
    articles.forEach((part, i) => {
      const start = i === 0 ? 0 : TEXT.indexOf(part, 1);
      expect(start).toBeGreaterThanOrEqual(0);
      const end = start + part.length;
      // Starts a paragraph, ends a paragraph.
      expect(start === 0 || TEXT.slice(start - 2, start) === "\n\n").toBe(true);
      expect(end === TEXT.length || TEXT.slice(end, end + 2) === "\n\n").toBe(true);
      if (i > 0) expect(start).toBeLessThan(previousEnd);
      previousEnd = end;
    });
    expect(previousEnd).toBe(TEXT.length);
  });

  it("merges to one actor per real-world entity, aliases merged", () => {
    const names = result.actors.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of ["Russia", "NATO", "Dmitry Peskov", "Antony Blinken", "Ukraine", "Germany"]) {
      expect(names.filter((x) => x === n)).toHaveLength(1);
    }
    const russia = result.actors.find((a) => a.name === "Russia")!;
    expect(russia.aliases).toEqual(expect.arrayContaining(["the Kremlin", "Moscow"]));
    expect(names).not.toContain("Kremlin");
    expect(names).not.toContain("Peskov");
  });

  it("deduplicates demands and dates across parts", () => {
    const demandKeys = result.demands.map((d) => `${d.by}|${d.what}`);
    expect(new Set(demandKeys).size).toBe(demandKeys.length);
    expect(result.demands.filter((d) => d.by === "Russia" && /withdraw its forces/.test(d.what))).toHaveLength(1);
    expect(result.demands.filter((d) => d.by === "Ukraine")).toHaveLength(1);
    const dateKeys = result.dates.map((d) => `${d.value}|${d.about}`);
    expect(new Set(dateKeys).size).toBe(dateKeys.length);
  });

  it("keeps every evidence quote verbatim, the first part's summary, and usage summed over all calls", () => {
    for (const item of [...result.actors, ...result.demands, ...result.dates]) expect(TEXT).toContain(item.evidence);
    expect(result.summary.startsWith("Russia demanded on Monday")).toBe(true);
    expect(result.calls).toBe(server.requests.length);
    const served = server.requests.reduce(
      (s, r) => ({ input: s.input + r.response.usage.prompt_tokens, output: s.output + r.response.usage.completion_tokens }),
      { input: 0, output: 0 },
    );
    expect(result.usage).toEqual({ inputTokens: served.input, outputTokens: served.output });
    expect(result.warnings[0]).toMatchObject({ code: "article_chunked" });
  });
});
