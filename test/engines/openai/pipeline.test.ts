// The whole path for one HTML article: load → clean → the openai engine → grounding → a v1 Summary,
// against the test server. Checks what the server received (cleaned text, not HTML, no teasers; the
// publication date from the page's metadata) and what comes out (grounded, usage and cost recorded).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectChatRequest, startOpenAIServer, type OpenAIServer } from "../../support/openai-server.ts";
import { engineFor } from "./helpers.ts";
import * as pipeline from "../../../lib/pipeline.ts";

const HTML = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Russia demands NATO pull back | Example News</title>
<meta property="article:published_time" content="2022-01-12T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Russia demands NATO pull back</h1>
<p>Russia demanded on Monday that NATO withdraw its forces from Eastern Europe, the Kremlin said.</p>
<p>ALSO READ: Ten things to know about the Baltic states</p>
<p>Kremlin spokesman Dmitry Peskov said Moscow expects a written answer by Jan. 20. Peskov urged Washington to respond quickly.</p>
<p>U.S. Secretary of State Antony Blinken rejected the demand on Tuesday. Blinken said the United States would not abandon its allies.</p>
</article>
<footer>© 2022 Example News</footer>
</body></html>`;

describe("the pipeline with the openai engine", () => {
  let server: OpenAIServer;
  beforeAll(async () => {
    server = await startOpenAIServer();
  });
  afterAll(() => server.close());

  it("sends cleaned, delimited text and the page's publication date, and returns a grounded summary", async () => {
    const { engine } = engineFor(server);
    const summary = await pipeline.summarizeArticle(
      { bytes: new TextEncoder().encode(HTML), contentType: "text/html; charset=utf-8", fileName: "russia.html" },
      { engine, limits: { maxObjectBytes: 1 << 20 } },
    );
    const seen = inspectChatRequest(server.requests.at(-1)!.body);
    expect(seen.htmlTags).toEqual([]);
    expect(seen.boilerplate).toEqual([]);
    expect(seen.article).not.toMatch(/Home|Baltic states|©/);
    expect(seen.article).toContain("Russia demanded on Monday that NATO withdraw its forces");
    expect(seen.publicationDate).toBe("2022-01-12");
    expect(seen.schemaProblems).toEqual([]);

    expect(summary.engine).toMatchObject({ name: "openai", model: "gpt-4.1-mini", calls: 1 });
    expect(summary.engine.usage!.inputTokens).toBe(server.requests.at(-1)!.response.usage.prompt_tokens);
    expect(summary.engine.costUsd).toBeGreaterThan(0);
    expect(summary.actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Russia", "NATO", "Antony Blinken"]));
    for (const a of summary.actors) {
      const s = a.spans[0]!;
      expect(summary.article.text.slice(s.start, s.end).length).toBeGreaterThan(0);
    }
    for (const d of summary.demands) expect(summary.article.text.slice(d.spans[0]!.start, d.spans[0]!.end)).toBe(d.evidence);
  });
});
