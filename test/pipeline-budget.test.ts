// The work budget (issue 12 §1): past it the pipeline stops with `too_complex`, a permanent error, and
// both paths say so — the S3 path with an errors/ record, the HTTP API with a problem — never a timeout.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Budget, RESULT_MARGIN_MS, withBudget } from "../lib/budget.ts";
import { createRulesEngine } from "../lib/engines/rules/index.ts";
import { isPrecisError } from "../lib/errors.ts";
import { summarizeArticle } from "../lib/pipeline.ts";
import { ErrorRecord, Summary } from "../lib/schema/summary.ts";
import { normalArticle } from "../bench/articles.ts";
import { startTestStack, type TestStack } from "./support/local-stack.ts";

// About 200 KB of ordinary prose: far more work than a few milliseconds allow, well within every size limit.
const big = normalArticle(200_000, 21);
const bytes = new TextEncoder().encode(big);
const limits = { maxObjectBytes: 5_000_000, maxArticleWords: 1_000_000 };

describe("Budget", () => {
  it("is cut to the invocation's remaining time minus the margin for writing the result", () => {
    expect(Budget.forInvocation(300_000, 29_000).ms).toBe(29_000 - RESULT_MARGIN_MS);
    expect(Budget.forInvocation(10_000, 600_000).ms).toBe(10_000);
    expect(Budget.forInvocation(10_000, null).ms).toBe(10_000);
    expect(Budget.forInvocation(10_000, 1_000).expired).toBe(true);
  });
});

describe("summarizeArticle in-process (the Lambda path)", () => {
  it("stops with too_complex (not retryable) when the budget runs out mid-way", async () => {
    const engine = createRulesEngine();
    const run = withBudget(Budget.forMs(5), () => summarizeArticle({ bytes, contentType: "text/plain" }, { engine, limits }));
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isPrecisError(error) && { code: error.code, retryable: error.retryable }).toEqual({ code: "too_complex", retryable: false });
  });

  it("finishes the same article within a generous budget", async () => {
    const engine = createRulesEngine();
    const summary = await withBudget(Budget.forMs(120_000), () => summarizeArticle({ bytes, contentType: "text/plain" }, { engine, limits }));
    expect(Summary.parse(summary).actors.length).toBeGreaterThan(0);
  });
});

describe("through the local stack, with a tiny budget", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ PRECIS_ENGINE: "rules", PRECIS_WORK_BUDGET_MS: "5", PRECIS_MAX_ARTICLE_WORDS: "1000000" });
  });
  afterAll(async () => stack?.dispose());

  it("the S3 path writes a too_complex error record, not retryable, and no summary", async () => {
    await stack.put("incoming/hostile/big.txt", bytes, "text/plain");
    await stack.idle();
    const record = ErrorRecord.parse(await stack.getJson("errors/hostile/big.txt.json"));
    expect(record.error).toMatchObject({ code: "too_complex", retryable: false });
    expect(record.error.message).toMatch(/budget/);
    expect(await stack.keys("summaries/hostile/")).toEqual([]);
  });

  it("POST /summaries answers 422 too_complex", async () => {
    const res = await fetch(`${stack.httpEndpoint}/summaries`, { method: "POST", body: bytes, headers: { authorization: `Bearer ${stack.apiKey}`, "content-type": "text/plain" } });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ status: 422, code: "too_complex" });
  });
});
