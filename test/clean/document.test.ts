// The clean stage with its HTML reader given by the caller (lib/clean/document.ts): the handlers' path
// loads the reader only for the formats that can need it.
import { describe, expect, it } from "vitest";
import type { ArticleInput } from "../../lib/article.ts";
import { cleanDocumentWith, needsHtmlReader } from "../../lib/clean/document.ts";
import { cleanHtml } from "../../lib/clean/html/index.ts";
import { cleanDocument } from "../../lib/clean/index.ts";
import { loadDocument } from "../../lib/load.ts";

const STORY =
  "HOLLIN QUAY — Harbour pilots said on Wednesday they will stop guiding ships from 9 May unless the port authority restores their rest days. " +
  "The authority said it would answer the pilots by next week and that the roster change was needed to cover the winter season.";
const load = (text: string, contentType: string) => {
  const input: ArticleInput = { bytes: new TextEncoder().encode(text), contentType, fileName: null, url: null };
  return loadDocument(input, { maxBytes: 1e6 });
};

describe("cleanDocumentWith: the HTML reader is the caller's", () => {
  it("needs it for pages and JSON records (which can carry a page), not for plain text or Markdown", () => {
    expect(needsHtmlReader("html")).toBe(true);
    expect(needsHtmlReader("json")).toBe(true);
    expect(needsHtmlReader("plain")).toBe(false);
    expect(needsHtmlReader("markdown")).toBe(false);
  });

  it("cleans plain text and Markdown without it, as the synchronous API does", () => {
    for (const [text, type] of [[STORY, "text/plain"], [`# Pilots to strike\n\n${STORY}`, "text/markdown"]] as const) {
      const doc = load(text, type);
      expect(cleanDocumentWith(doc, { readHtml: null })).toEqual(cleanDocument(doc));
    }
  });

  it("reads a page and a JSON record's HTML body with the reader it is given", () => {
    const page = load(`<html><body><article><p>${STORY}</p></article></body></html>`, "text/html");
    const record = load(JSON.stringify({ title: "Pilots to strike", html: `<p>${STORY}</p>` }), "application/json");
    expect([page.format, record.format]).toEqual(["html", "json"]);
    for (const doc of [page, record]) {
      const cleaned = cleanDocumentWith(doc, { readHtml: cleanHtml });
      expect(cleaned).toEqual(cleanDocument(doc));
      expect(cleaned.text).toContain("Harbour pilots said on Wednesday");
    }
  });

  it("refuses a page when no reader is given (a caller's mistake, never a silent empty article)", () => {
    const page = load(`<html><body><p>${STORY}</p></body></html>`, "text/html");
    expect(() => cleanDocumentWith(page, { readHtml: null })).toThrow(/needs the HTML reader/);
  });
});
