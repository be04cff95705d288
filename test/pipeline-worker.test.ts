// Locally, summarizing runs in worker threads (issue 12 §1): while one large article is being worked
// on, /health and other requests are answered. Asserted on order, not on timing: /health is sent once
// the article's extraction is running in a worker, and answered before that task finishes.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Summary } from "../lib/schema/summary.ts";
import { normalArticle } from "../bench/articles.ts";
import { startTestStack, type TestStack } from "./support/local-stack.ts";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ PRECIS_ENGINE: "rules", PRECIS_MAX_ARTICLE_WORDS: "1000000" });
});
afterAll(async () => stack?.dispose());

describe("the local server while a large article is summarized", () => {
  it("answers /health and GET /summaries before the article's work is done", async () => {
    const big = normalArticle(400_000, 41); // within the 1 MiB body limit; seconds of work
    const order: string[] = [];
    const posted = fetch(`${stack.httpEndpoint}/summaries`, {
      method: "POST",
      body: big,
      headers: { authorization: `Bearer ${stack.apiKey}`, "content-type": "text/plain" },
    }).then(async (res) => {
      order.push("summary");
      return { status: res.status, body: await res.json() };
    });

    // Preparing the article is the first task; once it is done and the extraction is running, ask.
    const before = stack.workers.completed;
    await vi.waitFor(() => expect(stack.workers.completed > before && stack.workers.active > 0).toBe(true), { timeout: 60_000, interval: 2 });
    const running = stack.workers.completed;

    const health = await fetch(`${stack.httpEndpoint}/health`);
    order.push("health");
    const list = await fetch(`${stack.httpEndpoint}/summaries?limit=5`, { headers: { authorization: `Bearer ${stack.apiKey}` } });
    order.push("list");
    // The extraction that was running when /health was asked is still running: nothing waited for it.
    const stillRunning = stack.workers.completed === running;

    expect(health.status).toBe(200);
    expect(list.status).toBe(200);
    const { status, body } = await posted;
    expect(status).toBe(200);
    expect(Summary.parse(body).article.wordCount).toBeGreaterThan(30_000);
    expect(order).toEqual(["health", "list", "summary"]);
    expect(stillRunning).toBe(true);
  });
});

describe("the worker pool's prepare task", () => {
  it("returns the same-story fingerprint of the cleaned text, so linking need not compute it on the server's thread", async () => {
    const { createWorkerPool } = await import("../local/worker.ts");
    const { storyFingerprint } = await import("../lib/similarity/fingerprint.ts");
    const pool = createWorkerPool(1);
    try {
      const text =
        "Harbour pilots in Westmere demanded on Monday that the port authority restore the night shift by March 9. " +
        "The authority's director, Ilse Maren, said the board would meet on Thursday to discuss the request from the pilots' union.";
      const prepared = await pool.prepare({ bytes: new TextEncoder().encode(text), contentType: "text/plain" }, { maxObjectBytes: 1e6 }, Date.now() + 60_000);
      expect(prepared.fingerprint).toEqual(storyFingerprint(prepared.cleaned.text));
      expect(prepared.fingerprint!.anchors).toContain("westmere");
    } finally {
      await pool.close();
    }
  });
});
