// The gate before any engine runs: what is refused as "not an article", and what gets through.
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MIN_PROSE_SHARE, proseShare } from "../lib/pipeline.ts";
import { prepareArticle } from "../lib/prepare-article.ts";

const ARTICLES = new URL("./fixtures/articles/", import.meta.url);
const prepare = (text: string, contentType = "text/plain") =>
  prepareArticle({ bytes: new TextEncoder().encode(text), contentType }, { maxObjectBytes: 5_000_000 });
const wrap = (s: string, width: number) => s.match(new RegExp(`.{1,${width}}`, "g"))!.join("\n");

describe("proseShare: how much of a text is shaped like words", () => {
  it("is above 0.9 for every fixture article, in every format", () => {
    const files = readdirSync(ARTICLES).filter((f) => /\.(txt|md)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(proseShare(readFileSync(new URL(f, ARTICLES), "utf8")), f).toBeGreaterThan(0.9);
  });

  it("counts numbers, acronyms, camelCase names and caseless scripts as words", () => {
    expect(proseShare("NATO and the EU met McDonald's and iPhone makers on 12.5 percent, COVID-19 and U.S. rules")).toBe(1);
    expect(proseShare("外交部发言人表示 会谈 将于 周一 举行")).toBe(1);
    expect(proseShare("Министр заявил, что переговоры продолжатся")).toBe(1);
  });

  it("is far below the threshold for base64, hex dumps and minified code", () => {
    const bytes = randomBytes(30_000);
    expect(proseShare(bytes.toString("base64"))).toBeLessThan(MIN_PROSE_SHARE);
    expect(proseShare(wrap(bytes.toString("base64"), 76))).toBeLessThan(MIN_PROSE_SHARE);
    expect(proseShare(wrap(bytes.toString("hex"), 32).replace(/(.{8})/g, "$1 "))).toBeLessThan(MIN_PROSE_SHARE);
    expect(proseShare("var a=b7x(q3),Zk9=fN2(a);function fN2(x){return x4Q+Zz0}".repeat(50))).toBeLessThan(MIN_PROSE_SHARE);
  });
});

describe("prepareArticle refuses what is not an article, before it costs anything", () => {
  it("refuses a base64 blob sent as text/plain, wrapped or not, as not_an_article", () => {
    const blob = randomBytes(20_000).toString("base64");
    for (const body of [blob, wrap(blob, 76)]) {
      expect(() => prepare(body)).toThrow(expect.objectContaining({ code: "not_an_article", message: expect.stringMatching(/does not read as prose/) }));
    }
  });

  it("refuses a fragment under the word minimum as not_an_article", () => {
    expect(() => prepare("The union demanded a pay rise on Monday.")).toThrow(expect.objectContaining({ code: "not_an_article" }));
  });

  it("refuses code and tables by their content type as unsupported_type", () => {
    const body = readFileSync(new URL("activist-investor.txt", ARTICLES), "utf8");
    for (const type of ["application/javascript", "text/javascript", "text/css", "text/csv", "text/tab-separated-values"]) {
      expect(() => prepare(body, type), type).toThrow(expect.objectContaining({ code: "unsupported_type" }));
    }
  });

  it("lets a real article through, with its word count", () => {
    const prepared = prepare(readFileSync(new URL("activist-investor.txt", ARTICLES), "utf8"));
    expect(prepared.wordCount).toBeGreaterThan(100);
    expect(prepared.id).toMatch(/\S/);
  });
});
