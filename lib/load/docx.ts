// Word (.docx) → text, through mammoth: each heading, paragraph and list item a paragraph of its own.
// Plain text rather than mammoth's HTML: a Word file has no navigation or sidebars, and the HTML
// cleaner's page rules (a heading over a list reads as a menu) would cut real content. mammoth reads
// the document as it now stands: tracked insertions kept, tracked deletions and comments left out.
// Imported lazily by lib/load/documents.ts.
import type JSZip from "jszip";
import type { DocumentMetadata } from "../article.ts";
import { PrecisError } from "../errors.ts";

export interface DocxText {
  text: string;
  metadata: DocumentMetadata;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  // Imported here, not at the top: the Lambda bundle keeps both external (serverless.yml), and a
  // static import would load them with the bundle.
  const [{ default: JSZip }, { default: mammoth }] = await Promise.all([import("jszip"), import("mammoth")]);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new PrecisError("invalid_document", `the Word file is truncated or corrupt: ${messageOf(e)}`, { cause: e });
  }
  if (zip.file("EncryptedPackage") || !zip.file("word/document.xml"))
    throw new PrecisError("invalid_document", "the file is a ZIP archive without a Word document in it (no word/document.xml)");
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    throw new PrecisError("invalid_document", `the Word document could not be read: ${messageOf(e)}`, { cause: e });
  }
  return { text, metadata: await coreProperties(zip) };
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

// Titles that Word fills in by itself or from a template.
const TOOL_TITLE = /^(?:untitled|document\d*|title|.*\.docx?)$/i;

/** docProps/core.xml: `dc:title`, `dc:creator`, `dcterms:created` (Dublin Core, as in XMP). */
async function coreProperties(zip: JSZip): Promise<DocumentMetadata> {
  const xml = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  const field = (tag: string) => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
    return m ? decodeXml(m[1]!).trim() || null : null;
  };
  const title = field("dc:title");
  const created = field("dcterms:created");
  return {
    declared: { title: title && !TOOL_TITLE.test(title) ? title : null, byline: field("dc:creator"), language: field("dc:language") },
    // Like a PDF's: when the file was made, which a date in the text beats.
    fallback: { publishedAt: created && /^\d{4}-\d{2}-\d{2}/.test(created) ? created.slice(0, 10) : null },
  };
}

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()]!,
  );
