// The bad-input corpus: what users actually upload. Each case says what the pipeline must make of it —
// a valid summary, a clear error record with a stable code, or (for a folder marker) nothing — and
// carries a marker string from its text so the LLM test server can tell whether it was asked about it.
// Binary cases are generated here rather than committed.
import { readFileSync } from "node:fs";
import { deflateRawSync, gzipSync } from "node:zlib";
import type { ErrorCode, Summary } from "../../lib/schema/summary.ts";
import { makeArticle, makeHtmlArticle } from "./support/articles.ts";

export type Expectation =
  | { summary: true; check?: (s: Summary) => void }
  | { error: ErrorCode | ErrorCode[] }
  | { ignored: true };

export interface CorpusCase {
  name: string;
  /** The object key (under incoming/). */
  key: string;
  body: Uint8Array;
  contentType?: string;
  expect: Expectation;
  /** A string of the case's text: LLM requests containing it belong to this case. */
  marker?: string;
  /** How the object reaches the handler: uploaded (default), deleted after its event, or never there. */
  delivery?: "upload" | "deleted-before-read" | "never-existed";
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/bad/${name}`, import.meta.url));
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const cat = (...parts: Array<Uint8Array | number[]>) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p as Uint8Array))));

/** Windows-1252 for the characters our articles use (Latin-1 plus the 0x80–0x9F punctuation). */
function windows1252(s: string): Uint8Array {
  const extra: Record<string, number> = { "€": 0x80, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "…": 0x85 };
  return new Uint8Array([...s].map((c) => extra[c] ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
}

const utf16be = (s: string) => {
  const b = Buffer.from(s, "utf16le");
  b.swap16();
  return new Uint8Array(b);
};

/** Deterministic pseudo-random bytes. */
function noise(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const PNG = cat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52], noise(2000, 7));
const JPEG = cat([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46], noise(3000, 9));
const ELF = cat([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], noise(4000, 11));

/** A minimal but real ZIP archive holding one deflated text file. */
function zip(name: string, content: string): Uint8Array {
  const data = deflateRawSync(Buffer.from(content));
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(30 + nameBytes.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, data, central, nameBytes, end]));
}

/** A scanned-page PDF: an image XObject and no text operators, so no text layer. */
function scannedPdf(): Uint8Array {
  const image = noise(6000, 13);
  const head = `%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</XObject<</Im0 4 0 R>>>>/Contents 5 0 R>> endobj\n4 0 obj <</Type/XObject/Subtype/Image/Width 100/Height 60/ColorSpace/DeviceGray/BitsPerComponent 8/Length ${image.length}>>\nstream\n`;
  const tail = `\nendstream endobj\n5 0 obj <</Length 31>>\nstream\nq 612 0 0 792 0 0 cm /Im0 Do Q\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n`;
  return cat(Buffer.from(head, "latin1"), image, Buffer.from(tail, "latin1"));
}

const MAX_BYTES = 5 * 1024 * 1024;

export function buildCorpus(): CorpusCase[] {
  let seed = 1000;
  const article = (tag: string, paragraphs = 3) => makeArticle(seed++, { tag, paragraphs });
  const summary = (check?: (s: Summary) => void): Expectation => ({ summary: true, check });
  const cases: CorpusCase[] = [];
  const add = (c: Omit<CorpusCase, "key"> & { key?: string }, file: string) => cases.push({ ...c, key: c.key ?? `incoming/bad/${file}` });

  // --- Empty and whitespace --------------------------------------------------------------------
  add({ name: "zero-byte .txt", body: new Uint8Array(), contentType: "text/plain", expect: { error: "empty" } }, "zero.txt");
  add({ name: "zero-byte, no extension, no content type", body: new Uint8Array(), expect: { error: "empty" } }, "zero");
  add({ name: "zero-byte .html", body: new Uint8Array(), contentType: "text/html", expect: { error: "empty" } }, "zero.html");
  add({ name: "whitespace only", body: utf8("  \n\t\r\n   \n"), contentType: "text/plain", expect: { error: "empty" } }, "whitespace.txt");
  add({ name: "Unicode whitespace only (NBSP, em space, zero-width)", body: utf8("\u00a0\u2003\u200b\u2060\n\u3000"), contentType: "text/plain", expect: { error: "empty" } }, "unicode-space.txt");
  add({ name: "a UTF-8 byte-order mark and nothing else", body: new Uint8Array([0xef, 0xbb, 0xbf]), contentType: "text/plain", expect: { error: "empty" } }, "bom-only.txt");
  add({ name: "a UTF-16 byte-order mark and nothing else", body: new Uint8Array([0xff, 0xfe]), expect: { error: "empty" } }, "utf16-bom-only.txt");

  // --- Binary ------------------------------------------------------------------------------------
  add({ name: "PNG image", body: PNG, contentType: "image/png", expect: { error: "binary" } }, "photo.png");
  add({ name: "PNG named .txt, sent as text/plain (misleading extension)", body: PNG, contentType: "text/plain", expect: { error: "binary" } }, "picture.txt");
  add({ name: "ZIP archive", body: zip("story.txt", article("CORPUS-ZIP")), contentType: "application/zip", expect: { error: "binary" }, marker: "CORPUS-ZIP" }, "archive.zip");
  add({ name: "Word document (ZIP) without a body, sent as application/octet-stream", body: zip("word/document.xml", "<w:document/>"), contentType: "application/octet-stream", expect: { error: "invalid_document" } }, "story.docx");
  add({ name: "gzip file", body: new Uint8Array(gzipSync(article("CORPUS-GZ"))), contentType: "application/gzip", expect: { error: "binary" }, marker: "CORPUS-GZ" }, "story.txt.gz");
  add({ name: "gzip named .html, sent as text/html (misleading extension)", body: new Uint8Array(gzipSync(makeHtmlArticle(seed++, { tag: "CORPUS-GZHTML" }))), contentType: "text/html", expect: { error: "binary" }, marker: "CORPUS-GZHTML" }, "page.html");
  add({ name: "PDF with no text layer (a scanned page)", body: scannedPdf(), contentType: "application/pdf", expect: { error: "no_text_layer" } }, "scan.pdf");
  add({ name: "JPEG named .html", body: JPEG, contentType: "text/html", expect: { error: "binary" } }, "photo.html");
  add({ name: "random bytes, no magic number", body: noise(8192, 3), contentType: "application/octet-stream", expect: { error: "binary" } }, "noise.bin");
  add({ name: "text full of NUL and control bytes", body: utf8(article("CORPUS-NUL").replace(/ /g, "\u0000\u0001")), contentType: "text/plain", expect: { error: ["binary", "invalid_encoding"] }, marker: "CORPUS-NUL" }, "nul.txt");
  add({ name: "ELF executable", body: ELF, expect: { error: "binary" } }, "program");

  // --- Size ----------------------------------------------------------------------------------------
  {
    const big = Buffer.alloc(MAX_BYTES + 1, "The union demanded a pay rise. ");
    add({ name: "a file over the 5 MiB size limit (refused from its size)", body: new Uint8Array(big), contentType: "text/plain", expect: { error: "too_large" } }, "huge.txt");
    const line = article("CORPUS-5MB").replace(/\s*\n\s*/g, " ");
    const oneLine = Buffer.alloc(5_000_000, line + " ");
    add({ name: "a 5 MB single line of prose", body: new Uint8Array(oneLine), contentType: "text/plain", expect: { error: "too_large" }, marker: "CORPUS-5MB" }, "one-line.txt");
    const b64 = Buffer.from(noise(3_600_000, 17)).toString("base64");
    add({ name: "a 4.8 MB single line of base64", body: utf8(b64), contentType: "text/plain", expect: { error: ["too_large", "not_an_article", "binary"] } }, "blob.b64.txt");
    const blob = Buffer.from(noise(150_000, 19)).toString("base64");
    add(
      {
        name: "a 200 kB base64 blob named .txt",
        body: utf8(blob),
        marker: blob.slice(0, 40),
        contentType: "text/plain",
        expect: { error: ["not_an_article", "binary"] },
      },
      "blob.txt",
    );
    add(
      {
        name: "minified JavaScript sent as application/javascript",
        body: utf8("function a(b){return b*2}var c=[1,2,3].map(a);window.x=function(){return c.join(',')};".repeat(1500)),
        contentType: "application/javascript",
        expect: { error: ["unsupported_type", "not_an_article"] },
        marker: "function a(b){return b*2}",
      },
      "bundle.js",
    );
  }

  // --- Encodings -----------------------------------------------------------------------------------
  {
    const text = article("CORPUS-BADUTF8");
    const bytes = Buffer.from(text, "utf8");
    const at = bytes.indexOf(Buffer.from("demanded"));
    const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), bytes.subarray(at)]);
    add({ name: "invalid UTF-8 sequences inside an article", body: new Uint8Array(broken), contentType: "text/plain; charset=utf-8", expect: summary(), marker: "CORPUS-BADUTF8" }, "invalid-utf8.txt");
  }
  {
    const t = article("CORPUS-BOM-U16LE");
    add({ name: "UTF-16LE with BOM", body: cat([0xff, 0xfe], Buffer.from(t, "utf16le")), expect: summary((s) => expectIn(s, "CORPUS-BOM-U16LE")), marker: "CORPUS-BOM-U16LE" }, "utf16le-bom.txt");
  }
  {
    const t = article("CORPUS-BOM-U16BE");
    add({ name: "UTF-16BE with BOM", body: cat([0xfe, 0xff], utf16be(t)), expect: summary((s) => expectIn(s, "CORPUS-BOM-U16BE")), marker: "CORPUS-BOM-U16BE" }, "utf16be-bom.txt");
  }
  {
    const t = article("CORPUS-U16LE");
    add({ name: "UTF-16LE without BOM", body: new Uint8Array(Buffer.from(t, "utf16le")), contentType: "text/plain", expect: summary((s) => expectIn(s, "CORPUS-U16LE")), marker: "CORPUS-U16LE" }, "utf16le.txt");
  }
  {
    const t = article("CORPUS-U16BE");
    add({ name: "UTF-16BE without BOM", body: utf16be(t), expect: summary((s) => expectIn(s, "CORPUS-U16BE")), marker: "CORPUS-U16BE" }, "utf16be.txt");
  }
  {
    const t = article("CORPUS-1252").replace("told reporters", "told reporters at the café — “no comment” —");
    add(
      // Undeclared and not UTF-8: read as UTF-8, the bad bytes replaced and named in a warning (a charset
      // guess would silently garble the far more common UTF-8 file with one bad byte). Declared, it is read right (below).
      {
        name: "Windows-1252 with curly quotes and accents, no charset given",
        body: windows1252(t),
        contentType: "text/plain",
        expect: summary((s) => {
          expectIn(s, "told reporters at the caf", "no comment"); // the cleaner drops the U+FFFD
          if (!s.warnings.some((w) => w.code === "invalid_utf8" && /byte offsets \d+/.test(w.message))) throw new Error("no invalid_utf8 warning with byte offsets");
        }),
        marker: "CORPUS-1252",
      },
      "windows-1252.txt",
    );
  }
  {
    const h = makeHtmlArticle(seed++, { tag: "CORPUS-HTML1252" }).replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace("<h1>", "<h1>Café ");
    add({ name: "Windows-1252 HTML declaring its charset in <meta>", body: windows1252(h), contentType: "text/html", expect: summary((s) => expectIn(s, "CORPUS-HTML1252")), marker: "CORPUS-HTML1252" }, "windows-1252.html");
  }
  {
    const t = article("CORPUS-LATIN1").replace("told reporters", "told reporters in Zürich");
    add({ name: "ISO-8859-1 declared in the content type", body: new Uint8Array(Buffer.from(t, "latin1")), contentType: "text/plain; charset=ISO-8859-1", expect: summary((s) => expectIn(s, "Zürich")), marker: "CORPUS-LATIN1" }, "latin1.txt");
  }
  add({ name: "UTF-8 with a BOM", body: cat([0xef, 0xbb, 0xbf], utf8(article("CORPUS-U8BOM"))), contentType: "text/plain", expect: summary((s) => expect0(s.article.text.charCodeAt(0) !== 0xfeff)), marker: "CORPUS-U8BOM" }, "utf8-bom.txt");
  add({ name: "Windows line endings (CRLF)", body: utf8(article("CORPUS-CRLF").replace(/\n/g, "\r\n")), contentType: "text/plain", expect: summary((s) => expect0(!s.article.text.includes("\r"))), marker: "CORPUS-CRLF" }, "crlf.txt");

  // --- HTML ----------------------------------------------------------------------------------------
  add({ name: "HTML with only scripts and styles", body: fixture("scripts-styles-only.html"), contentType: "text/html", expect: { error: "not_an_article" }, marker: "getElementById" }, "scripts-only.html");
  add({ name: "HTML with only navigation and a footer", body: fixture("nav-only.html"), contentType: "text/html", expect: { error: "not_an_article" } }, "nav-only.html");
  {
    // Each case its own article: two copies of one story would be linked, and the second would reuse the
    // first's LLM extraction (lib/similarity/link.ts), so which one reached the LLM would depend on timing.
    const paragraphsOf = (tag: string) =>
      article(tag)
        .split("\n")
        .filter((l) => l.trim())
        .map((p) => `<p>${p}</p>`)
        .join("\n");
    const inner = paragraphsOf("CORPUS-DIVS");
    const html = `<!doctype html><html><head><title>Nested</title></head><body>${"<div>".repeat(10_000)}${inner}${"</div>".repeat(10_000)}</body></html>`;
    add({ name: "an article inside 10,000 nested <div>s", body: utf8(html), contentType: "text/html", expect: summary((s) => expectIn(s, "CORPUS-DIVS")), marker: "CORPUS-DIVS" }, "nested-divs.html");
    add({ name: "10,000 nested <div>s and no text", body: utf8(`<!doctype html><html><body>${"<div>".repeat(10_000)}${"</div>".repeat(10_000)}</body></html>`), contentType: "text/html", expect: { error: "not_an_article" } }, "nested-empty.html");
    add({ name: "10,000 unclosed <div>s around an article", body: utf8(`<html><body>${"<div>".repeat(10_000)}${paragraphsOf("CORPUS-OPENDIVS")}</body></html>`), contentType: "text/html", expect: summary(), marker: "CORPUS-OPENDIVS" }, "unclosed-divs.html");
  }

  // --- JSON ----------------------------------------------------------------------------------------
  add({ name: "JSON that is not an article", body: fixture("not-article.json"), contentType: "application/json", expect: { error: "not_an_article" }, marker: "elias@example.org" }, "users.json");
  add({ name: "a JSON array of numbers", body: utf8(JSON.stringify(Array.from({ length: 800 }, (_, i) => i * 7))), contentType: "application/json", expect: { error: "not_an_article" } }, "numbers.json");
  add(
    {
      name: "a JSON article record ({title, body})",
      body: utf8(JSON.stringify({ title: "Union presses council", published: "2024-03-01", body: article("CORPUS-JSON") })),
      contentType: "application/json",
      expect: summary((s) => expectIn(s, "CORPUS-JSON")),
      marker: "CORPUS-JSON",
    },
    "record.json",
  );

  // --- Misleading names and types ------------------------------------------------------------------
  add({ name: "an HTML page named .txt, sent as text/plain", body: utf8(makeHtmlArticle(seed++, { tag: "CORPUS-HTMLTXT" })), contentType: "text/plain", expect: summary((s) => expect0(!/<p>|<\/?article>/.test(s.article.text))), marker: "CORPUS-HTMLTXT" }, "page.txt");
  add({ name: "a plain-text article named .pdf, sent as application/octet-stream", body: utf8(article("CORPUS-FAKEPDF")), contentType: "application/octet-stream", expect: summary(), marker: "CORPUS-FAKEPDF" }, "report.pdf");
  add({ name: "a plain-text article named .jpg, no content type", body: utf8(article("CORPUS-FAKEJPG")), expect: summary(), marker: "CORPUS-FAKEJPG" }, "photo.jpg");
  add({ name: "an SVG image (XML with text) sent as image/svg+xml", body: utf8(`<svg xmlns="http://www.w3.org/2000/svg"><text>${article("CORPUS-SVG")}</text></svg>`), contentType: "image/svg+xml", expect: { error: "unsupported_type" }, marker: "CORPUS-SVG" }, "chart.svg");
  add({ name: "Markdown with front matter", body: utf8(`---\ntitle: Union presses council\ndate: 2024-03-01\n---\n\n# Union presses council\n\n${article("CORPUS-MD")}`), contentType: "text/markdown", expect: summary((s) => expect0(!s.article.text.includes("---"))), marker: "CORPUS-MD" }, "story.md");

  // --- Not an article, another language, hostile text --------------------------------------------------
  add({ name: "a fragment, not an article", body: utf8("Just a short note to say the meeting moved to Tuesday."), contentType: "text/plain", expect: { error: "not_an_article" }, marker: "meeting moved" }, "note.txt");
  add(
    { name: "an article in another language (Spanish)", body: fixture("article-es.txt"), contentType: "text/plain", expect: summary((s) => expect0(s.article.language?.startsWith("es") === true, `language ${s.article.language}`)), marker: "Los estibadores" },
    "articulo.txt",
  );
  add(
    {
      name: "an article that tries prompt injection",
      body: fixture("prompt-injection.txt"),
      contentType: "text/plain",
      expect: summary((s) => {
        const names = s.actors.flatMap((a) => [a.name, ...a.aliases]).join(" | ");
        expect0(!/Elon Musk|Santa Claus/.test(names), `injected actors were kept: ${names}`);
        expect0(!/APPROVED/.test(s.summary), "the summary obeyed the injected instruction");
      }),
      marker: "two hundred residents",
    },
    "injection.txt",
  );

  // --- Keys ----------------------------------------------------------------------------------------------
  const keyed = (name: string, key: string, tag: string) => add({ name, key, body: utf8(article(tag)), contentType: "text/plain", expect: summary(), marker: tag }, "");
  keyed("a key with spaces", "incoming/bad/keys/with spaces/the story.txt", "CORPUS-KEY-SPACE");
  keyed("a key with '+' and '='", "incoming/bad/keys/a+b=c+.txt", "CORPUS-KEY-PLUS");
  keyed("a key with '%' and what looks like escapes", "incoming/bad/keys/100% sure %20 %2F %zz.txt", "CORPUS-KEY-PERCENT");
  keyed("a key in other scripts, with an emoji", "incoming/bad/keys/新闻/статья-café-🚀.txt", "CORPUS-KEY-UNICODE");
  keyed("a key with '..' segments aiming at summaries/", "incoming/bad/keys/../../summaries/evil.txt", "CORPUS-KEY-DOTDOT");
  keyed("a key of S3's maximum length (1,024 bytes; its outputs' keys would be longer)", longKey(), "CORPUS-KEY-LONG");
  keyed("a key under _precis/ (the old catalog's name; internal state is under state/ now)", "incoming/_precis/ids/forged.txt", "CORPUS-KEY-PRECIS");
  keyed("a key that spells an encoded '..' segment", "incoming/bad/keys/%2E%2E", "CORPUS-KEY-ENCODED-DOTS");
  add({ name: "an upload into the HTTP API's prefix under a name it never uses", key: "incoming/api/story.txt", body: utf8(article("CORPUS-API-NAME")), contentType: "text/plain", expect: { error: "refused" } }, "");
  add({ name: "an upload at an API id, holding other content", key: "incoming/api/0123456789abcdef01234567", body: utf8(article("CORPUS-API-ID")), contentType: "text/plain", expect: { error: "refused" } }, "");
  add({ name: "a folder marker (key ending in '/')", key: "incoming/bad/keys/folder/", body: new Uint8Array(), expect: { ignored: true } }, "");
  add({ name: "an object deleted before it is read (NoSuchKey)", body: utf8(article("CORPUS-DELETED")), contentType: "text/plain", expect: { error: "not_found" }, marker: "CORPUS-DELETED", delivery: "deleted-before-read" }, "deleted.txt");
  add({ name: "an event for a key that never existed", body: new Uint8Array(), expect: { error: "not_found" }, delivery: "never-existed" }, "never-there.txt");

  return cases;
}

/** 1,024 bytes in segments of at most 200 (s3rver stores keys as file paths; a file name holds 255). */
function longKey(): string {
  const segments: string[] = [];
  let key = "incoming/bad/keys/";
  while (Buffer.byteLength(key) + 201 + 4 < 1024) {
    const seg = "long-name-".repeat(20);
    segments.push(seg);
    key += seg + "/";
  }
  return key + "x".repeat(1024 - 4 - Buffer.byteLength(key)) + ".txt";
}

// Checks inside `check` throw plain errors; the test reports them.
function expect0(ok: boolean, message = "check failed"): void {
  if (!ok) throw new Error(message);
}
function expectIn(s: Summary, ...needles: string[]): void {
  for (const n of needles) if (!s.article.text.includes(n)) throw new Error(`the article text lacks ${JSON.stringify(n)}`);
}
