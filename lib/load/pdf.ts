// PDF → text, through unpdf (PDF.js in one file, worker inlined: no worker script to ship or bundle).
// Imported lazily by lib/load/documents.ts, so a handler that never sees a PDF never loads PDF.js.
import type { getDocumentProxy } from "unpdf";
import type { DocumentMetadata } from "../article.ts";
import { PrecisError } from "../errors.ts";
import { layoutParagraphs, type PageItems } from "./pdf-layout.ts";

export interface PdfText {
  paragraphs: string[];
  metadata: DocumentMetadata;
  pages: number;
}

/** Fewer visible characters than this per page, on average, is a scan: the pages are pictures of text. */
const MIN_CHARS_PER_PAGE = 20;

export async function readPdf(bytes: Uint8Array, options: { maxPages: number }): Promise<PdfText> {
  // PDF.js rebuilds a broken cross-reference table by scanning, and would read a truncated file's
  // first pages as if they were all of it: a file that stops before its end marker is refused.
  if (!/%%EOF/.test(new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 2048)))))
    throw new PrecisError("invalid_document", "the PDF is truncated or corrupt: it has no end-of-file marker");
  // Imported here, not at the top: the Lambda bundle keeps unpdf external (serverless.yml), and a
  // static import would load it with the bundle.
  const { getDocumentProxy } = await import("unpdf");
  let pdf: Pdf;
  try {
    // A plain Uint8Array copy: PDF.js refuses a Buffer, and transfers (detaches) the array it is
    // given, while the caller still hashes the bytes.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: false });
  } catch (e) {
    throw openError(e);
  }
  try {
    if (pdf.numPages > options.maxPages)
      throw new PrecisError("too_large", `the PDF has ${pdf.numPages} pages; the limit is ${options.maxPages}`);
    const pages: PageItems[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await pageItems(pdf, n));
    const chars = pages.reduce((sum, p) => sum + p.items.reduce((s, it) => s + it.str.replace(/\s/g, "").length, 0), 0);
    if (chars < MIN_CHARS_PER_PAGE * pdf.numPages)
      throw new PrecisError(
        "no_text_layer",
        `the PDF has no text layer (${chars} characters on ${pdf.numPages} page${pdf.numPages === 1 ? "" : "s"}): it is a scan or images of text, and needs OCR before it can be summarized`,
      );
    return { paragraphs: layoutParagraphs(pages), metadata: await documentMetadata(pdf), pages: pdf.numPages };
  } catch (e) {
    if (e instanceof PrecisError) throw e;
    throw new PrecisError("invalid_document", `the PDF could not be read: ${messageOf(e)}`, { cause: e });
  } finally {
    await pdf.loadingTask.destroy().catch(() => {});
  }
}

function openError(e: unknown): PrecisError {
  const name = (e as { name?: string } | null)?.name ?? "";
  if (name === "PasswordException")
    return new PrecisError("encrypted", "the PDF is encrypted with a password: upload a copy without the password", { cause: e });
  return new PrecisError("invalid_document", `the file is not a readable PDF: ${messageOf(e)}`, { cause: e });
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

type Pdf = Awaited<ReturnType<typeof getDocumentProxy>>;

async function pageItems(pdf: Pdf, n: number): Promise<PageItems> {
  const page = await pdf.getPage(n);
  const [, , width, height] = page.view as [number, number, number, number];
  const content = await page.getTextContent();
  const items: PageItems["items"] = [];
  for (const item of content.items) {
    if (!("str" in item) || !item.str) continue;
    const [a, b, c, d, x, y] = item.transform as number[];
    // Rotated or vertical runs (margin notes, table headers) are not running text.
    if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || a! <= 0) continue;
    items.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.abs(d!) || item.height });
  }
  page.cleanup();
  return { width, height, items };
}

// ---------------------------------------------------------------------------------------------
// Metadata: the XMP packet first (what current tools write), then the info dictionary

// Titles that authoring tools write for the author: they are not the article's title.
const TOOL_TITLE = /^(?:untitled|microsoft (?:word|powerpoint) - .*|document\d*|.*\.(?:docx?|pdf|odt|rtf|indd|txt)|layout \d+|press release)$/i;

async function documentMetadata(pdf: Pdf): Promise<DocumentMetadata> {
  const { info, metadata } = (await pdf.getMetadata().catch(() => ({ info: {}, metadata: null }))) as {
    info: Record<string, unknown>;
    metadata: { get(name: string): unknown } | null;
  };
  const xmp = (name: string) => {
    const v = metadata?.get(name);
    return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v.join(", ") : null;
  };
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  const title = [xmp("dc:title"), str(info.Title)].find((t) => t && !TOOL_TITLE.test(t)) ?? null;
  const byline = xmp("dc:creator") ?? str(info.Author);
  const created = xmp("xmp:createdate") ?? isoOfPdfDate(str(info.CreationDate));
  const language = str(info.Language) ?? xmp("dc:language");
  // The creation date is when the file was made, often an export long after publication: it yields to
  // a date printed on the first page.
  return { declared: { title, byline, language }, fallback: { publishedAt: created ? created.slice(0, 10) : null } };
}

/** `D:20250303091500+01'00'` → `2025-03-03`. */
export function isoOfPdfDate(value: string | null): string | null {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value ?? "");
  if (!m) return null;
  const [, y, mo = "01", d = "01"] = m;
  return `${y}-${mo}-${d}`;
}
