// The load stage: raw bytes plus whatever the caller said about them → decoded text and its format.
// Everything that can be decided from bytes alone (size, binary content, charset) is decided here, so
// the cleaners only ever see text.
import type { ArticleFormat, ArticleInput, LoadedDocument } from "./article.ts";
import { PrecisError } from "./errors.ts";
import type { Warning } from "./schema/summary.ts";

const CANONICAL_TYPE: Record<ArticleFormat, string> = {
  html: "text/html",
  plain: "text/plain",
  markdown: "text/markdown",
  json: "application/json",
};

export function loadDocument(input: ArticleInput, options: { maxBytes: number }): LoadedDocument {
  const { bytes } = input;
  if (bytes.length === 0) throw new PrecisError("empty", "the document is empty (0 bytes)");
  // Checked before anything looks at the content: an oversized upload must cost nothing.
  if (bytes.length > options.maxBytes)
    throw new PrecisError("too_large", `the document is ${bytes.length} bytes; the limit is ${options.maxBytes}`);

  const declared = parseContentType(input.contentType);
  const magic = binaryMagic(bytes);
  if (magic) throw new PrecisError("binary", `the document is a ${magic} file, not text`);
  if (declared && isUnsupportedMediaType(declared.mediaType))
    throw new PrecisError("unsupported_type", `content type ${declared.mediaType} is not a text format`);

  const { text, charset, warnings } = decode(bytes, declared?.charset ?? null);
  if (!/[^\s\u200b\u2060\ufeff]/.test(text))
    throw new PrecisError("empty", "the document contains only whitespace");

  const format = detectFormat(text, declared?.mediaType ?? null, extensionOf(input.fileName));
  return { text, format, contentType: CANONICAL_TYPE[format], charset, warnings };
}

// ---------------------------------------------------------------------------------------------
// Content type and file name

interface ContentType {
  mediaType: string;
  charset: string | null;
}

function parseContentType(value: string | null | undefined): ContentType | null {
  if (!value?.trim()) return null;
  const [type, ...params] = value.split(";");
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1]!.toLowerCase();
  }
  return { mediaType: type!.trim().toLowerCase(), charset };
}

function isUnsupportedMediaType(mediaType: string): boolean {
  if (/^(image|audio|video|font|model|multipart)\//.test(mediaType)) return true;
  // Text, but code or tables rather than prose: summarizing them would only spend tokens.
  if (/^(text|application)\/(javascript|ecmascript|x-javascript|css|csv|tab-separated-values|x-python|x-sh|x-shellscript|typescript|sql)$/.test(mediaType)) return true;
  return /^application\/(pdf|zip|gzip|x-gzip|x-tar|x-7z-compressed|x-bzip2|x-rar-compressed|vnd\.rar|msword|vnd\.ms-|vnd\.openxmlformats|vnd\.oasis|epub\+zip|wasm|x-executable|x-sharedlib|java-archive)/.test(
    mediaType,
  );
}

const formatOfMediaType = (mediaType: string | null): ArticleFormat | null => {
  if (!mediaType) return null;
  if (/^(text\/html|application\/xhtml\+xml|text\/xml|application\/xml)$/.test(mediaType)) return "html";
  if (/^text\/(markdown|x-markdown)$/.test(mediaType)) return "markdown";
  if (mediaType === "application/json" || /\+json$/.test(mediaType) || mediaType === "text/json") return "json";
  if (mediaType.startsWith("text/")) return "plain";
  return null; // application/octet-stream and friends: say nothing about the format
};

const extensionOf = (fileName: string | null | undefined): string | null =>
  /\.([a-z0-9]{1,10})$/i.exec(fileName ?? "")?.[1]?.toLowerCase() ?? null;

const formatOfExtension = (ext: string | null): ArticleFormat | null => {
  switch (ext) {
    case "html": case "htm": case "xhtml": case "shtml": case "php": case "asp": case "aspx": case "xml":
      return "html";
    case "md": case "markdown": case "mdown": case "mkd": case "mdx":
      return "markdown";
    case "json":
      return "json";
    case "txt": case "text":
      return "plain";
    default:
      return null;
  }
};

// ---------------------------------------------------------------------------------------------
// Binary content

// Magic numbers of the formats users actually drop in by mistake.
const MAGIC: [string, number[], number?][] = [
  ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["PDF", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["ZIP", [0x50, 0x4b, 0x03, 0x04]],
  ["ZIP", [0x50, 0x4b, 0x05, 0x06]],
  ["gzip", [0x1f, 0x8b]],
  ["bzip2", [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59]],
  ["xz", [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ["zstd", [0x28, 0xb5, 0x2f, 0xfd]],
  ["7z", [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ["RAR", [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ["Microsoft Office", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ["ELF", [0x7f, 0x45, 0x4c, 0x46]],
  ["WebAssembly", [0x00, 0x61, 0x73, 0x6d]],
  ["MP4", [0x66, 0x74, 0x79, 0x70], 4],
  ["RIFF (WebP/WAV/AVI)", [0x52, 0x49, 0x46, 0x46]],
  ["Ogg", [0x4f, 0x67, 0x67, 0x53, 0x00]],
];

function binaryMagic(bytes: Uint8Array): string | null {
  for (const [name, sig, offset = 0] of MAGIC) {
    if (bytes.length < offset + sig.length) continue;
    if (sig.every((b, i) => bytes[offset + i] === b)) return name;
  }
  return null;
}

// Control bytes other than tab, newline, vertical tab, form feed, carriage return and escape.
const isControlByte = (b: number) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b;

// ---------------------------------------------------------------------------------------------
// Charset

type Utf16 = "utf-16le" | "utf-16be";

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", skip: 2 };
  return null;
}

/** UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte, on the odd side for LE. */
function sniffUtf16(bytes: Uint8Array): Utf16 | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return "utf-16le";
  if (even > pairs * 0.3 && odd < pairs * 0.05) return "utf-16be";
  return null;
}

/** `<meta charset>`, `<meta http-equiv=Content-Type content="…; charset=…">` or an XML declaration. */
function declaredInDocument(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const xml = /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const meta = /<meta\b[^>]{0,400}?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

/** The WHATWG name TextDecoder knows this label by, or null for a label it does not know. */
function knownCharset(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

const hasNonAscii = (bytes: Uint8Array) => {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
};

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

type Decoded = { text: string; charset: string; warnings: Warning[] };

function decode(bytes: Uint8Array, transportLabel: string | null): Decoded {
  const bom = bomCharset(bytes);
  if (bom?.charset === "utf-8") return utf8WithReplacement(bytes.subarray(bom.skip), bom.skip);
  const transport = knownCharset(transportLabel);
  const utf16: Utf16 | null =
    (bom?.charset as Utf16 | undefined) ??
    sniffUtf16(bytes) ??
    (transport === "utf-16le" || transport === "utf-16be" ? (transport as Utf16) : null);
  if (utf16) {
    const body = bytes.subarray(bom ? bom.skip : 0);
    try {
      return finish(new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(body), utf16);
    } catch (e) {
      throw new PrecisError("invalid_encoding", `the document looks like ${utf16.toUpperCase()} but does not decode as it`, { cause: e });
    }
  }

  assertTextual(bytes);
  // A document that is valid UTF-8 and has non-ASCII bytes is UTF-8 whatever it claims: legacy text
  // almost never forms valid multi-byte sequences by accident, while mislabelled UTF-8 is common.
  const utf8 = hasNonAscii(bytes) ? tryUtf8(bytes) : null;
  if (utf8 !== null) return finish(utf8, "utf-8");

  // Per the HTML spec a <meta> cannot declare UTF-16 (it could not have been read), so that means UTF-8.
  const inDocument = knownCharset(declaredInDocument(bytes));
  const declared = transport ?? (inDocument?.startsWith("utf-16") ? "utf-8" : inDocument);
  if (declared && declared !== "utf-8") return finish(new TextDecoder(declared).decode(bytes), declared);
  // Undeclared (or declared UTF-8) and not valid UTF-8: UTF-8 is still the best reading, and a guess at
  // a legacy charset would silently garble a UTF-8 file with one bad byte. The bad bytes become U+FFFD,
  // and a warning names where they were.
  return utf8WithReplacement(bytes, 0);
}

function utf8WithReplacement(body: Uint8Array, base: number): Decoded {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
  const out = finish(text, "utf-8");
  const bad = invalidUtf8Offsets(body);
  if (!bad.length) return out;
  const shown = bad.slice(0, 10).map((o) => o + base);
  const message = `invalid UTF-8 at byte offset${bad.length > 1 ? "s" : ""} ${shown.join(", ")}${bad.length > shown.length ? ` and ${bad.length - shown.length} more` : ""}; replaced with U+FFFD`;
  return { ...out, warnings: [{ code: "invalid_utf8", message }] };
}

/** Byte offsets where an invalid UTF-8 sequence starts (each one TextDecoder replaces with U+FFFD). */
export function invalidUtf8Offsets(b: Uint8Array): number[] {
  const bad: number[] = [];
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    // Lead byte → sequence length and the allowed range of the second byte (no overlongs, surrogates or > U+10FFFF).
    let n = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 2;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 3;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 4;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    }
    if (n === 0) {
      bad.push(i++);
      continue;
    }
    let j = 1;
    for (; j < n && i + j < b.length; j++) {
      const x = b[i + j]!;
      if (x < (j === 1 ? lo : 0x80) || x > (j === 1 ? hi : 0xbf)) break;
    }
    if (j < n) {
      bad.push(i);
      i += j; // the maximal valid prefix is one replacement, as in the WHATWG decoder
    } else i += n;
  }
  return bad;
}

function assertTextual(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) if (isControlByte(bytes[i]!)) control++;
  if (control > Math.max(1, n * 0.02))
    throw new PrecisError("binary", `the document has ${control} control bytes in its first ${n}: it is not text`);
}

function finish(text: string, charset: string): Decoded {
  let bad = 0;
  for (let i = text.indexOf("\ufffd"); i !== -1; i = text.indexOf("\ufffd", i + 1)) bad++;
  if (bad > 16 && bad > text.length * 0.02)
    throw new PrecisError("invalid_encoding", `${bad} characters of the document cannot be decoded as ${charset}`);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, charset, warnings: [] };
}

// ---------------------------------------------------------------------------------------------
// Format

const HTML_DOCUMENT = /^(?:\s|<!--[^]{0,2000}?-->|<\?xml[^>]{0,200}>)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
const HTML_TAG = /<\/?(?:p|div|span|a|br|h[1-6]|article|section|main|ul|ol|li|table|img|meta|link|script|em|strong|b|i|blockquote)\b[^>]{0,500}>/gi;

function looksLikeHtml(text: string): "document" | "fragment" | null {
  const head = text.slice(0, 8192);
  if (HTML_DOCUMENT.test(head)) return "document";
  const tags = head.match(HTML_TAG)?.length ?? 0;
  return tags >= 3 && /^\s*</.test(head) ? "fragment" : null;
}

function looksLikeJson(text: string): boolean {
  const first = /\S/.exec(text)?.[0];
  if (first !== "{" && first !== "[") return false;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null;
  } catch {
    return false;
  }
}

const FRONT_MATTER = /^(?:---|\+\+\+)\r?\n(?:[^\n]*\n){0,80}?(?:---|\+\+\+)\r?(?:\n|$)/;

/** How strongly the text reads as Markdown: front matter is conclusive; otherwise count markup kinds. */
function markdownSignals(text: string): number {
  const head = text.slice(0, 20000);
  if (FRONT_MATTER.test(head)) return 10;
  const kinds = [
    /^#{1,6} \S/m,
    /\[[^\]\n]{1,200}\]\((?:https?:|\/|#)[^)\s]{0,500}\)/,
    /(?:^|\s)\*\*[^*\n]{1,200}\*\*/,
    /^\s{0,3}[-*+] \S/m,
    /^> \S/m,
    /^```/m,
    /!\[[^\]\n]{0,200}\]\(/,
  ];
  return kinds.filter((re) => re.test(head)).length;
}

/**
 * Content beats labels where the content is unambiguous (a full HTML page or a JSON record named
 * `.txt`); otherwise the declared type, then the extension, then weaker content signals decide.
 */
function detectFormat(text: string, mediaType: string | null, ext: string | null): ArticleFormat {
  const html = looksLikeHtml(text);
  if (html === "document") return "html";
  if (looksLikeJson(text)) return "json";
  const declared = formatOfMediaType(mediaType);
  const byExt = formatOfExtension(ext);
  const md = markdownSignals(text);
  switch (declared) {
    case "html":
      // Declared HTML with no markup at all is plain text: its line breaks are its paragraphs.
      return html || /<[a-z!/][^>]{0,500}>/i.test(text.slice(0, 65536)) ? "html" : "plain";
    case "markdown":
      return "markdown";
    case "plain":
      if (html) return "html";
      return md >= 3 ? "markdown" : "plain";
    case "json": // declared JSON that does not parse: read it for what it is
    case null:
      break;
  }
  if (byExt === "html" || byExt === "markdown") return byExt;
  if (html) return "html";
  if (byExt === "plain") return md >= 3 ? "markdown" : "plain";
  return md >= 2 ? "markdown" : "plain";
}
