// One article-size check for every path (issue 12 §1): the same bytes get `too_large` from POST
// /summaries and from an S3 upload. Punctuation marks and symbols count toward the limit, like words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareArticle } from "../lib/prepare-article.ts";
import { isPrecisError } from "../lib/errors.ts";
import { ErrorRecord, Summary } from "../lib/schema/summary.ts";
import { normalArticle } from "../bench/articles.ts";
import { startTestStack, type TestStack } from "./support/local-stack.ts";

const LIMIT = 2000;
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** Ordinary prose of about `words` words. */
const prose = (words: number, seed: number) => {
  let text = normalArticle(words * 7, seed);
  while (wordsOf(text) > words) text = text.slice(0, text.lastIndexOf(" "));
  return text;
};

const cases = {
  // Over the limit in words alone.
  tooManyWords: prose(2600, 31),
  // Under it in words, over it once its runs of "!" and "—" count.
  tooManySymbols: `${prose(1500, 32)}\n\n${"Protest!!!!! ".repeat(50)}${"—".repeat(600)}`,
  // Under it both ways: summarized.
  fine: prose(1500, 33),
};

describe("prepareArticle's size check", () => {
  const refusal = (text: string) => {
    try {
      prepareArticle({ bytes: new TextEncoder().encode(text), contentType: "text/plain" }, { maxObjectBytes: 5e6, maxArticleWords: LIMIT });
      return null;
    } catch (e) {
      return isPrecisError(e) ? e.code : String(e);
    }
  };
  it("counts words, punctuation marks and symbols", () => {
    expect(wordsOf(cases.tooManySymbols)).toBeLessThan(LIMIT);
    expect(refusal(cases.tooManyWords)).toBe("too_large");
    expect(refusal(cases.tooManySymbols)).toBe("too_large");
    expect(refusal(cases.fine)).toBeNull();
  });
});

describe("the same limit on the HTTP and the S3 path", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ PRECIS_ENGINE: "rules", PRECIS_MAX_ARTICLE_WORDS: String(LIMIT) });
  });
  afterAll(async () => stack?.dispose());

  const viaHttp = async (text: string) => {
    const res = await fetch(`${stack.httpEndpoint}/summaries`, { method: "POST", body: text, headers: { authorization: `Bearer ${stack.apiKey}`, "content-type": "text/plain" } });
    const body = await res.json();
    return res.status === 200 ? (Summary.parse(body), "summarized") : `${res.status} ${body.code}`;
  };
  const viaS3 = async (name: string, text: string) => {
    await stack.put(`incoming/limits/${name}.txt`, text, "text/plain");
    await stack.idle();
    const summary = await stack.getJson(`summaries/limits/${name}.txt.json`);
    if (summary) return (Summary.parse(summary), "summarized");
    return ErrorRecord.parse(await stack.getJson(`errors/limits/${name}.txt.json`)).error.code;
  };

  it("refuses the same bytes on both paths, and summarizes an article under the limit on both", async () => {
    const results: Record<string, { http: string; s3: string }> = {};
    for (const [name, text] of Object.entries(cases)) results[name] = { http: await viaHttp(text), s3: await viaS3(name, text) };
    expect(results).toEqual({
      tooManyWords: { http: "413 too_large", s3: "too_large" },
      tooManySymbols: { http: "413 too_large", s3: "too_large" },
      fine: { http: "summarized", s3: "summarized" },
    });
  });
});
