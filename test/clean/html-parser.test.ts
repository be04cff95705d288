import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../lib/clean/index.ts";
import { MAX_DEPTH, parseHtml } from "../../lib/clean/html/dom.ts";
import { parseTags } from "../../lib/clean/html/parser.ts";

/** The tag events as a compact trace: `<p>`, `</p>`, and text in quotes. */
function trace(html: string): string {
  const out: string[] = [];
  parseTags(html, {
    onopentag: (name) => out.push(`<${name}>`),
    onclosetag: (name) => out.push(`</${name}>`),
    ontext: (text) => out.push(JSON.stringify(text)),
  });
  return out.join("");
}

describe("tag events (linear-time parser)", () => {
  it("closes what HTML closes implicitly", () => {
    expect(trace("<p>one<div>two</div>")).toBe('<p>"one"</p><div>"two"</div>');
    expect(trace("<ul><li>a<li>b</ul>")).toBe('<ul><li>"a"</li><li>"b"</li></ul>');
    expect(trace("<table><tr><td>1<td>2</table>")).toBe('<table><tr><td>"1"</td><td>"2"</td></tr></table>');
  });

  it("closes every element once, void and unclosed ones too", () => {
    expect(trace("<div><img src=x><span>a")).toBe('<div><img></img><span>"a"</span></div>');
    expect(trace("<div><b>x</div>")).toBe('<div><b>"x"</b></div>');
  });

  it("ignores an end tag that closes nothing, except a stray </p> or </br>", () => {
    expect(trace("<div>a</span>b</div>")).toBe('<div>"a""b"</div>');
    expect(trace("a</p>b</br>c")).toBe('"a"<p></p>"b"<br></br>"c"');
  });

  it("self-closes inside SVG only, so a drawing does not swallow the page", () => {
    expect(trace("<svg><path d=1/></svg><p>x</p>")).toBe('<svg><path></path></svg><p>"x"</p>');
    expect(trace("<div/>a")).toBe('<div>"a"</div>');
  });

  it("decodes entities in text and attributes, first attribute wins", () => {
    const attrs: Record<string, string>[] = [];
    parseTags('<a href="?a=1&amp;b=2" HREF="no">Tom &amp; Jerry&nbsp;</a>', { onopentag: (_n, a) => attrs.push(a), onclosetag: () => {}, ontext: () => {} });
    expect(attrs).toEqual([{ href: "?a=1&b=2" }]);
    expect(trace("Tom &amp; Jerry")).toBe('"Tom ""&"" Jerry"');
  });
});

describe("deep nesting is bounded", () => {
  it(`builds at most ${MAX_DEPTH} levels and keeps the words of the flattened ones apart`, () => {
    const n = 100_000;
    const page = parseHtml(`<html><body>${"<div>".repeat(n)}<p>Deep words</p><p>more words</p>${"</div>".repeat(n)}<p>after</p></body></html>`, []);
    let depth = 0;
    for (const el of page.elements) {
      let d = 0;
      for (let a = el.parent; a && d <= MAX_DEPTH + 1; a = a.parent) d++;
      depth = Math.max(depth, d);
    }
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH);
    expect(page.elements.length).toBeLessThan(MAX_DEPTH + 10);
    expect(cleanArticle(`<html><body>${"<div>".repeat(n)}<p>Deep words here.</p><p>More words here.</p>${"</div>".repeat(n)}</body></html>`, { contentType: "text/html", maxBytes: 8 << 20 }).text).toMatch(
      /^Deep words here\.\s+More words here\.$/,
    );
  });
});
