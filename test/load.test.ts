import { describe, expect, it } from "vitest";
import type { ArticleInput } from "../lib/article.ts";
import { PrecisError } from "../lib/errors.ts";
import { invalidUtf8Offsets, loadDocument } from "../lib/load.ts";

const MB = 1024 * 1024;
const utf8 = (s: string) => new TextEncoder().encode(s);
const load = (bytes: Uint8Array, extra: Partial<ArticleInput> = {}, maxBytes = 5 * MB) => loadDocument({ bytes, ...extra }, { maxBytes });
const errorCode = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(PrecisError);
    return (e as PrecisError).code;
  }
};

function utf16(text: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(endian === "le" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

describe("loadDocument refuses what is not an article", () => {
  it("rejects zero bytes and whitespace-only documents as empty", () => {
    expect(errorCode(() => load(new Uint8Array()))).toBe("empty");
    expect(errorCode(() => load(utf8(" \n\t\u00a0\u200b\r\n")))).toBe("empty");
    expect(errorCode(() => load(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a])))).toBe("empty");
  });

  it("rejects a document over maxBytes before looking at its content", () => {
    // PNG magic and invalid UTF-16 both: only the size is checked.
    const big = new Uint8Array(1001).fill(0xff);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(errorCode(() => load(big, {}, 1000))).toBe("too_large");
    expect(errorCode(() => load(new Uint8Array(1000).fill(0x61), {}, 1000))).toBeNull();
  });

  it.each([
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ["ZIP (docx, epub)", [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]],
    ["gzip", [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]],
    ["JPEG", [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]],
  ])("rejects %s files as binary by their magic number", (_name, bytes) => {
    expect(errorCode(() => load(new Uint8Array([...bytes, ...utf8(" some trailing text")])))).toBe("binary");
  });

  it("rejects PDFs as binary, even one with a text layer: text has to be extracted first", () => {
    expect(errorCode(() => load(utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nBT (Hello) Tj ET")))).toBe("binary");
  });

  it("rejects bytes with many control characters as binary", () => {
    const bytes = new Uint8Array(2000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 7 === 0 ? 0x01 : 0x41;
    expect(errorCode(() => load(bytes))).toBe("binary");
  });

  it("rejects a non-text content type as unsupported_type, whatever the bytes", () => {
    expect(errorCode(() => load(utf8("Hello, this is text."), { contentType: "image/png" }))).toBe("unsupported_type");
    expect(errorCode(() => load(utf8("Hello"), { contentType: "video/mp4; codecs=avc1" }))).toBe("unsupported_type");
    expect(errorCode(() => load(utf8("Hello"), { contentType: "application/zip" }))).toBe("unsupported_type");
  });

  it("rejects UTF-16 that does not decode, and text full of replacement characters, as invalid_encoding", () => {
    const loneSurrogate = utf16("Hello world, this is an article.", "le", true);
    const broken = new Uint8Array([...loneSurrogate, 0x00, 0xd8, 0x41, 0x00]);
    expect(errorCode(() => load(broken))).toBe("invalid_encoding");
    expect(errorCode(() => load(utf8("Text \ufffd\ufffd ".repeat(40))))).toBe("invalid_encoding");
  });
});

describe("loadDocument decodes every charset users send", () => {
  const text = "Café au lait — “naïve” résumé";

  it("reads UTF-8 with and without a BOM (the BOM is not part of the text)", () => {
    expect(load(utf8(text))).toMatchObject({ text, charset: "utf-8" });
    expect(load(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toMatchObject({ text, charset: "utf-8" });
  });

  it("reads UTF-16 LE and BE, with a BOM and, from its NUL bytes, without one", () => {
    expect(load(utf16(text, "le", true))).toMatchObject({ text, charset: "utf-16le" });
    expect(load(utf16(text, "be", true))).toMatchObject({ text, charset: "utf-16be" });
    expect(load(utf16(text, "le", false))).toMatchObject({ text, charset: "utf-16le" });
    expect(load(utf16(text, "be", false))).toMatchObject({ text, charset: "utf-16be" });
  });

  it("honours <meta charset> and <meta http-equiv> in HTML", () => {
    const latin1 = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
    const page = `<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9 cr\u00e8me</p></body></html>`;
    expect(load(latin1(page))).toMatchObject({ charset: "windows-1252", format: "html" });
    expect(load(latin1(page)).text).toContain("Café crème");
    const equiv = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>\u0093Quoted\u0094 \u0096 dash</p></body></html>`;
    expect(load(latin1(equiv)).text).toContain("“Quoted” – dash");
  });

  it("honours the content type's charset parameter", () => {
    const cyrillic = new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in windows-1251
    expect(load(cyrillic, { contentType: "text/plain; charset=windows-1251" })).toMatchObject({ text: "Привет", charset: "windows-1251" });
  });

  it("decodes invalid UTF-8 as UTF-8 with replacement, and warns with the byte offsets (never a silent Windows-1252 guess)", () => {
    // "Café" in UTF-8 with one byte lost (0xc3 alone), and a stray 0x93 later on.
    const bytes = new Uint8Array([...utf8("Caf"), 0xc3, ...utf8(" ok, "), 0x93, ...utf8("quoted and d\u00e9j\u00e0 vu")]);
    const doc = load(bytes);
    expect(doc).toMatchObject({ text: "Caf\ufffd ok, \ufffdquoted and déjà vu", charset: "utf-8" });
    expect(doc.warnings).toEqual([{ code: "invalid_utf8", message: expect.stringMatching(/byte offsets 3, 9\b/) }]);
    expect(load(bytes, { contentType: "text/plain; charset=utf-8" })).toMatchObject({ charset: "utf-8", warnings: [{ code: "invalid_utf8" }] });
    // after a UTF-8 byte-order mark the offsets still count from the file's first byte
    expect(load(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).warnings![0]!.message).toMatch(/offsets 6, 12\b/);
    // valid UTF-8 has no warning
    expect(load(utf8("déjà vu, in plain UTF-8")).warnings).toEqual([]);
  });

  it("names each invalid UTF-8 sequence once, as the WHATWG decoder replaces them", () => {
    const offsets = (b: number[]) => invalidUtf8Offsets(new Uint8Array(b));
    expect(offsets([0x41, 0xe2, 0x82, 0x41])).toEqual([1]); // a truncated 3-byte sequence: one U+FFFD
    expect(offsets([0xc0, 0xaf])).toEqual([0, 1]); // overlong: both bytes are bad
    expect(offsets([0xed, 0xa0, 0x80])).toEqual([0, 1, 2]); // a surrogate
    expect(offsets([0xf0, 0x9f, 0x98, 0x80, 0xff])).toEqual([4]); // an emoji, then a bad byte
    for (const b of [[0x41, 0xe2, 0x82, 0x41], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80, 0xff]]) {
      const replaced = [...new TextDecoder().decode(new Uint8Array(b))].filter((c) => c === "\ufffd").length;
      expect(offsets(b)).toHaveLength(replaced);
    }
  });

  it("reads valid UTF-8 as UTF-8 even when it is labelled Latin-1 (a common server mistake)", () => {
    expect(load(utf8(text), { contentType: "text/plain; charset=iso-8859-1" })).toMatchObject({ text, charset: "utf-8" });
  });
});

describe("loadDocument detects the format", () => {
  const page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello there.</p></body></html>";

  it("from the content type", () => {
    expect(load(utf8("<p>Hi</p><p>there</p>"), { contentType: "text/html; charset=utf-8" })).toMatchObject({ format: "html", contentType: "text/html" });
    expect(load(utf8("# Title\n\nBody"), { contentType: "text/markdown" }).format).toBe("markdown");
    expect(load(utf8('{"title":"T","text":"Body"}'), { contentType: "application/json" }).format).toBe("json");
    expect(load(utf8("Just words."), { contentType: "text/plain" })).toMatchObject({ format: "plain", contentType: "text/plain" });
  });

  it("from the file extension when there is no content type", () => {
    expect(load(utf8("<div>Hi</div>"), { fileName: "story.htm" }).format).toBe("html");
    expect(load(utf8("Some *text*."), { fileName: "notes.md" }).format).toBe("markdown");
    expect(load(utf8("Plain words."), { fileName: "a.txt" }).format).toBe("plain");
  });

  it("from the content when the label is misleading: HTML or JSON named .txt", () => {
    expect(load(utf8(page), { fileName: "saved-page.txt" }).format).toBe("html");
    expect(load(utf8(page), { contentType: "text/plain" }).format).toBe("html");
    expect(load(utf8('{"headline":"T","articleBody":"B"}'), { fileName: "record.txt" }).format).toBe("json");
    expect(load(utf8(page), { contentType: "application/octet-stream" }).format).toBe("html");
  });

  it("reads declared HTML without a single tag as plain text, so its line breaks stay paragraphs", () => {
    expect(load(utf8("Line one.\n\nLine two."), { contentType: "text/html" }).format).toBe("plain");
  });

  it("recognises Markdown from front matter or several kinds of markup", () => {
    expect(load(utf8("---\ntitle: T\n---\nBody text.")).format).toBe("markdown");
    expect(load(utf8("# Title\n\nSee [the site](https://x.example) for **more**.\n\n- one\n- two")).format).toBe("markdown");
    expect(load(utf8("A plain sentence - with a dash.\n\nAnother one.")).format).toBe("plain");
  });
});
