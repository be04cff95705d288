// What the page sends: the article's media type, the query and the body envelope; and how a failed
// answer (RFC 9457 problem details) reads to a person.

export type ArticleFormat = "text" | "html" | "markdown" | "pdf" | "docx";
export type FormatChoice = Exclude<ArticleFormat, "pdf" | "docx"> | "auto";

export const CONTENT_TYPE: Record<ArticleFormat, string> = {
  text: "text/plain; charset=utf-8",
  html: "text/html; charset=utf-8",
  markdown: "text/markdown; charset=utf-8",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** Documents go as their own bytes: a JSON envelope holds text only. */
export const isDocument = (f: ArticleFormat) => f === "pdf" || f === "docx";

const HTML_TAG = /<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|br|span|a\s+href|ul|ol|li|table|meta|title|script|style)\b[^>]*>/i;
const MARKDOWN = [/^#{1,6}\s+\S/m, /^\s*[-*+]\s+\S/m, /\[[^\]\n]+\]\([^)\s]+\)/, /(^|\s)\*\*[^*\n]+\*\*/, /^>\s+\S/m, /^```/m];

/** A pasted text's format: HTML when it has HTML tags, Markdown when it has two Markdown signs. */
export function guessFormat(text: string): ArticleFormat {
  const head = text.slice(0, 20_000);
  if (HTML_TAG.test(head)) return "html";
  return MARKDOWN.filter((re) => re.test(head)).length >= 2 ? "markdown" : "text";
}

/** A dropped file's format, from its name and the type the browser gives it. */
export function formatOfFile(name: string, type: string): ArticleFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === "pdf" || type === CONTENT_TYPE.pdf) return "pdf";
  if (ext === "docx" || type === CONTENT_TYPE.docx) return "docx";
  if (ext === "html" || ext === "htm" || ext === "xhtml" || type === "text/html") return "html";
  if (ext === "md" || ext === "markdown" || ext === "mdown" || type === "text/markdown") return "markdown";
  if (ext === "txt" || ext === "text" || type === "text/plain" || type === "") return "text";
  return null;
}

export interface SummarizeOptions {
  format: ArticleFormat;
  /** "" lets the server choose its configured engine. */
  engine: string;
  title?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
}

export interface PlannedRequest {
  path: string;
  contentType: string;
  /** "raw": send the article as it is; "json": send the envelope (needed to carry metadata). */
  envelope: null | ((text: string) => string);
}

/**
 * POST /summaries: the raw article when there is no metadata to send (so a file's own bytes and
 * charset reach the server untouched), else the JSON envelope. Always asks for the cleaner's audit
 * (`include=removed`), which a server that does not offer it ignores.
 */
export function planSummarize(o: SummarizeOptions): PlannedRequest {
  const q = new URLSearchParams();
  if (o.engine) q.set("engine", o.engine);
  q.set("include", "removed");
  const path = `summaries?${q}`;
  const title = o.title?.trim();
  const publishedAt = o.publishedAt?.trim();
  if ((!title && !publishedAt) || isDocument(o.format)) return { path, contentType: CONTENT_TYPE[o.format], envelope: null };
  const field = o.format === "text" ? "text" : o.format;
  return {
    path,
    contentType: "application/json",
    envelope: (text) => JSON.stringify({ [field]: text, ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}) }),
  };
}

/** A one-line message for a failed request, from its problem+json body when there is one. */
export function problemMessage(status: number, body: unknown): string {
  const o = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const detail = typeof o["detail"] === "string" ? o["detail"] : typeof o["message"] === "string" ? o["message"] : "";
  const errors = Array.isArray(o["errors"])
    ? o["errors"].map((e) => (e && typeof e === "object" ? String((e as Record<string, unknown>)["detail"] ?? "") : "")).filter(Boolean)
    : [];
  if (status === 401) return "The API key was refused. Enter a valid key.";
  if (status === 0) return "The server could not be reached.";
  const what = detail || `The server answered ${status}.`;
  return errors.length ? `${what} (${errors.join("; ")})` : what;
}
