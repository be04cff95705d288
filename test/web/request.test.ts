import { describe, expect, it } from "vitest";
import { formatOfFile, guessFormat, planSummarize, problemMessage } from "../../web/logic/request.ts";

describe("what the page sends", () => {
  it("recognizes pasted HTML and Markdown, and takes the rest as plain text", () => {
    expect(guessFormat("<!doctype html><html><body><p>Hi</p></body></html>")).toBe("html");
    expect(guessFormat("Intro\n<p>Dockworkers walked out.</p>")).toBe("html");
    expect(guessFormat("# Port strike\n\nDockworkers [walked out](https://example.com) on **Monday**.")).toBe("markdown");
    expect(guessFormat("Dockworkers walked out on Monday. Prices rose 3 < 4 > 2.\n\n- one list item only")).toBe("text");
    expect(guessFormat("March 3, 2025\n\nDockworkers walked out.")).toBe("text");
  });

  it("reads a file's format from its name, then its type", () => {
    expect(formatOfFile("story.HTML", "")).toBe("html");
    expect(formatOfFile("story.md", "")).toBe("markdown");
    expect(formatOfFile("story", "text/markdown")).toBe("markdown");
    expect(formatOfFile("story.txt", "text/plain")).toBe("text");
    expect(formatOfFile("scan.pdf", "application/pdf")).toBe("pdf");
  });

  it("sends the article as it is, with its media type, unless there is metadata to carry", () => {
    const plain = planSummarize({ format: "markdown", engine: "rules" });
    expect(plain).toMatchObject({ path: "summaries?engine=rules&include=removed", contentType: "text/markdown; charset=utf-8", envelope: null });
    expect(planSummarize({ format: "text", engine: "", title: " ", publishedAt: "" }).path).toBe("summaries?include=removed");

    const withMeta = planSummarize({ format: "html", engine: "", publishedAt: "2021-12-30", title: " Call " });
    expect(withMeta.contentType).toBe("application/json");
    expect(JSON.parse(withMeta.envelope!("<p>x</p>"))).toEqual({ html: "<p>x</p>", title: "Call", publishedAt: "2021-12-30" });
    expect(JSON.parse(planSummarize({ format: "text", engine: "", publishedAt: "2021-12-30" }).envelope!("x"))).toEqual({ text: "x", publishedAt: "2021-12-30" });
  });

  it("turns problem details into one readable line", () => {
    expect(problemMessage(422, { status: 422, code: "not_an_article", detail: "no article text found" })).toBe("no article text found");
    expect(problemMessage(422, { detail: "the JSON body is not an article", errors: [{ pointer: "/", detail: "exactly one of text, html or markdown is required" }] }))
      .toBe("the JSON body is not an article (exactly one of text, html or markdown is required)");
    expect(problemMessage(401, { detail: "x" })).toMatch(/API key/);
    expect(problemMessage(0, null)).toMatch(/could not be reached/);
    expect(problemMessage(502, null)).toBe("The server answered 502.");
  });
});
