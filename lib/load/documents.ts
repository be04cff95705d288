// Documents (PDF, Word) before the text loader: recognised by their bytes first, then by the declared
// content type or the file extension. Their readers are imported only when such a file arrives, so
// a handler that only ever sees text never loads PDF.js or mammoth.
import type { ArticleInput, LoadedDocument } from "../article.ts";
import { PrecisError } from "../errors.ts";
import { loadDocument } from "../load.ts";

export const PDF_TYPE = "application/pdf";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** What the project reads, for the messages that refuse something else. */
export const ACCEPTED_FORMATS = "PDF (with a text layer), Word .docx, HTML, plain text, Markdown or JSON";

/** A PDF over this many pages is refused before its text is read. */
export const DEFAULT_MAX_PAGES = 200;

export type DocumentKind = "pdf" | "docx" | "doc" | "odt";

export interface LoadOptions {
  maxBytes: number;
  maxPages?: number;
}

/** Any upload → decoded text (or HTML) and its format. */
export async function loadInput(input: ArticleInput, options: LoadOptions): Promise<LoadedDocument> {
  const { bytes } = input;
  // The same size and emptiness rules as text, before anything parses a document.
  if (bytes.length === 0 || bytes.length > options.maxBytes) return loadDocument(input, options);
  const kind = documentKind(input);
  // Named or typed as a document but not one by its bytes: text is read as text (content beats labels,
  // as everywhere); anything else is a broken document.
  if ((kind === "pdf" && !pdfMagic(bytes)) || (kind === "docx" && !hasMagic(bytes, ZIP))) {
    try {
      return loadDocument({ ...input, contentType: null }, options); // the declared type was wrong
    } catch (e) {
      if (e instanceof PrecisError && (e.code === "binary" || e.code === "invalid_encoding"))
        throw new PrecisError("invalid_document", `the file is declared a ${kind === "pdf" ? "PDF" : "Word document"} but is not one, nor text`, { cause: e });
      throw e;
    }
  }
  switch (kind) {
    case null:
      return loadDocument(input, options);
    case "pdf": {
      const { readPdf } = await import("./pdf.ts");
      const pdf = await readPdf(bytes, { maxPages: options.maxPages ?? DEFAULT_MAX_PAGES });
      return { text: pdf.paragraphs.join("\n\n"), format: "plain", contentType: PDF_TYPE, charset: "utf-8", metadata: pdf.metadata };
    }
    case "docx": {
      const { readDocx } = await import("./docx.ts");
      const docx = await readDocx(bytes);
      return { text: docx.text, format: "plain", contentType: DOCX_TYPE, charset: "utf-8", metadata: docx.metadata };
    }
    case "doc":
      if (hasMagic(bytes, OLE) && (declaresDocx(input) || extensionOf(input.fileName) === "docx"))
        throw new PrecisError("encrypted", "the Word file is encrypted with a password: save a copy without the password");
      throw new PrecisError("unsupported_type", `legacy Word (.doc) files are not read: save it as .docx or PDF. Accepted: ${ACCEPTED_FORMATS}`);
    case "odt":
      throw new PrecisError("unsupported_type", `OpenDocument files are not read: save it as .docx or PDF. Accepted: ${ACCEPTED_FORMATS}`);
  }
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const hasMagic = (bytes: Uint8Array, sig: number[], at = 0) => bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

/** Readers tolerate up to 1 KiB of junk before `%PDF-` (some servers and mailers prepend it). */
function pdfMagic(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = head.indexOf(0x25); i !== -1; i = head.indexOf(0x25, i + 1)) if (hasMagic(head, PDF_MAGIC, i)) return true;
  return false;
}

/** An entry name in a ZIP archive: names are stored uncompressed, in each local header and the directory. */
const zipHas = (bytes: Uint8Array, name: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name, 0, "latin1");

const mediaTypeOf = (contentType: string | null | undefined) => (contentType ?? "").split(";")[0]!.trim().toLowerCase();
const extensionOf = (fileName: string | null | undefined) => /\.([a-z0-9]{1,10})$/i.exec(fileName ?? "")?.[1]?.toLowerCase() ?? null;
const declaresDocx = (input: ArticleInput) => mediaTypeOf(input.contentType) === DOCX_TYPE;

export function documentKind(input: ArticleInput): DocumentKind | null {
  const { bytes } = input;
  if (pdfMagic(bytes)) return "pdf";
  if (hasMagic(bytes, ZIP)) {
    if (zipHas(bytes, "word/document.xml")) return "docx";
    if (zipHas(bytes, "application/vnd.oasis.opendocument")) return "odt";
  }
  if (hasMagic(bytes, OLE)) return "doc";
  const type = mediaTypeOf(input.contentType);
  const ext = extensionOf(input.fileName);
  // Declared as a document but not one by its bytes: the reader says what is wrong with it.
  if (type === PDF_TYPE || ext === "pdf") return "pdf";
  if (type === DOCX_TYPE || ext === "docx") return "docx";
  if (type === "application/msword" || ext === "doc") return "doc";
  if (type.startsWith("application/vnd.oasis.opendocument") || ext === "odt") return "odt";
  return null;
}
