import { describe, expect, it } from "vitest";
import { cleanArticle, cleanDocument, DEFAULT_MAX_BYTES } from "../../lib/clean/index.ts";
import { PrecisError } from "../../lib/errors.ts";

// Any input either cleans or fails with a PrecisError. Speed lives in `npm run bench`; here a
// per-test timeout only catches the catastrophic backtracking that would hang a Lambda for minutes.

const PARAGRAPH = "The committee met on Tuesday to discuss the budget, and members agreed to revisit the plan next month. ";
const HANG_GUARD_MS = 20_000;

const outcome = (input: string, contentType?: string): string => {
  try {
    return cleanArticle(input, { contentType, maxBytes: 8 << 20 }).text.length > 0 ? "text" : "empty text";
  } catch (e) {
    if (e instanceof PrecisError) return e.code;
    throw e;
  }
};

describe("deep nesting", () => {
  it("reads a paragraph under 10,000 nested <div>s without overflowing the stack", () => {
    const page = `<!doctype html><html><body>${"<div>".repeat(10_000)}<p>${PARAGRAPH}</p>${"</div>".repeat(10_000)}</body></html>`;
    expect(cleanArticle(page, { contentType: "text/html" }).text).toBe(PARAGRAPH.trim());
  });

  it("survives 10,000 unclosed elements and deeply nested JSON and Markdown quotes", () => {
    expect(outcome(`<html><body>${"<div><span>".repeat(10_000)}${PARAGRAPH}`, "text/html")).toBe("text");
    expect(outcome(`${"[".repeat(5000)}${"]".repeat(5000)}`)).toBe("not_an_article");
    expect(outcome(`${"> ".repeat(50_000)}quoted words`, "text/markdown")).toBe("text");
  });
});

describe("5 MB on a single line", () => {
  const fiveMb = (unit: string) => unit.repeat(Math.ceil(5_000_000 / unit.length)).slice(0, 5_000_000);
  it.each([
    ["prose", fiveMb(PARAGRAPH), "text/plain"],
    ["one long word", fiveMb("a"), "text/plain"],
    ["glued sentences", fiveMb("word.Word"), "text/plain"],
    ["glued acronyms", fiveMb("ABC.Def"), "text/plain"],
    ["teaser markers", fiveMb("end.ALSO READ: Headline hereRussia went. "), "text/plain"],
    ["misdirected quotes", fiveMb("” The said.” "), "text/plain"],
    ["template braces", fiveMb("{that a} {{x}} [caption id=1] "), "text/plain"],
    ["URLs", fiveMb("www.example.com/Path.Thing"), "text/plain"],
    ["unclosed Markdown", fiveMb("** [x]( _a "), "text/markdown"],
    ["Markdown links", fiveMb("**bold [link](http://x.example) _em_ "), "text/markdown"],
    ["one HTML paragraph", `<!doctype html><body><p>${fiveMb(PARAGRAPH)}</p></body>`, "text/html"],
    ["unclosed tags", fiveMb("<<a <b <p x="), "text/html"],
  ])("%s ends in text or a PrecisError code", (_name, input, contentType) => {
    expect(outcome(input, contentType)).toMatch(/^(text|empty text|[a-z_]+)$/);
  }, HANG_GUARD_MS);
});

describe("the error contract", () => {
  it("rejects more than 5 MiB by default, and honours maxBytes", () => {
    expect(() => cleanArticle(new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x61))).toThrow(expect.objectContaining({ code: "too_large" }));
    expect(() => cleanArticle("x".repeat(100), { maxBytes: 99 })).toThrow(expect.objectContaining({ code: "too_large" }));
  });

  it("throws only PrecisErrors on hostile or nonsensical input", () => {
    const inputs = [
      "",
      "   ",
      "<",
      "<html",
      "<!--",
      "<script>",
      "{",
      "[]",
      '{"text": 5}',
      '{"text": ["", {"text": null}]}',
      "---\n---",
      "---\ntitle: x\n",
      "\u0000\u0001\u0002",
      "\ufeff",
      "Share\nTweet",
      "___",
      "ALSO READ:",
      "”",
      "{}",
      "<html><body><nav>Home</nav></body></html>",
      '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"Body text of the article."}</script>',
      "#",
      "# Only a heading",
    ];
    for (const input of inputs)
      for (const contentType of [undefined, "text/html", "text/plain", "text/markdown", "application/json"]) expect(() => outcome(input, contentType)).not.toThrow();
  });

  it("cleanDocument accepts any loaded document and reports not_an_article when nothing is left", () => {
    expect(() => cleanDocument({ text: "<nav><a href='/'>Home</a></nav>", format: "html", contentType: "text/html", charset: "utf-8" })).toThrow(
      expect.objectContaining({ code: "not_an_article" }),
    );
    expect(cleanDocument({ text: "A sentence.", format: "plain", contentType: "text/plain", charset: "utf-8" }, { url: "https://x.example/a" }).metadata.url).toBe("https://x.example/a");
  });

  it("uses the publisher's JSON-LD articleBody when the page renders its text with scripts", () => {
    const body = "The museum will reopen in May after a two-year renovation. Curators have rehung the whole collection. Entry stays free.";
    const page = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Museum to reopen","articleBody":"${body}"}</script></head><body><div id="root"></div><script>render()</script></body></html>`;
    const r = cleanArticle(page, { contentType: "text/html" });
    expect(r.text).toBe(body);
    expect(r.metadata.title).toBe("Museum to reopen");
  });
});
