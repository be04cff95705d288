// Word uploads: built with the docx library in the test, read through the pipeline.
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun } from "docx";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { prepareDocument } from "../../lib/pipeline.ts";

const limits = { maxObjectBytes: 5_000_000 };
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const prepare = (bytes: Uint8Array, extra: { fileName?: string; contentType?: string } = {}) => prepareDocument({ bytes, ...extra }, limits);

const when = "2025-05-02T09:00:00Z";

/** A short fictional statement with a heading, paragraphs, a bulleted list, tracked changes and a comment. */
async function statementDocx(): Promise<Uint8Array> {
  const doc = new Document({
    creator: "Office of the Harbourmaster",
    title: "Statement on the north pier closure",
    comments: { children: [{ id: 0, author: "Editor", date: new Date(when), children: [new Paragraph("CHECK THE FIGURE WITH FINANCE BEFORE SENDING")] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: "Statement on the north pier closure", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun("The harbourmaster announced on Thursday that the north pier will close for "),
              new DeletedTextRun({ id: 1, author: "Editor", date: when, text: "two weeks" }),
              new InsertedTextRun({ id: 2, author: "Editor", date: when, text: "three weeks" }),
              new TextRun(" of repairs from May 12, after divers found corroded piles under the landing stage."),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun("The fishermen's cooperative demanded that the harbour board cover the cost of moving boats to the south basin, estimated at "),
              new CommentRangeStart(0),
              new TextRun("12,000 pounds"),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new TextRun(". The board said it would decide at its meeting on May 8."),
            ],
          }),
          new Paragraph({ text: "What changes for pier users", heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: "Ferries will berth at the south basin during the works.", bullet: { level: 0 } }),
          new Paragraph({ text: "Anglers will not be allowed on the pier until the repairs are finished.", bullet: { level: 0 } }),
          new Paragraph("The harbourmaster apologised for the disruption and said the pier would reopen before the summer festival."),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe("a .docx upload", async () => {
  const bytes = await statementDocx();

  it("really holds a tracked deletion, a tracked insertion and a comment (the test's premise)", async () => {
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    expect(xml).toMatch(/<w:del\b[^>]*>.*<w:delText[^>]*>two weeks<\/w:delText>/s);
    expect(xml).toMatch(/<w:ins\b[^>]*>.*three weeks/s);
    expect(await (await JSZip.loadAsync(bytes)).file("word/comments.xml")!.async("string")).toMatch(/CHECK THE FIGURE/);
  });

  it("reads headings, paragraphs and list items as the document now stands: deletions and comments left out", async () => {
    const p = await prepare(bytes, { fileName: "statement.docx" });
    expect(p.cleaned.text).toBe(
      [
        "The harbourmaster announced on Thursday that the north pier will close for three weeks of repairs from May 12, after divers found corroded piles under the landing stage.",
        "The fishermen's cooperative demanded that the harbour board cover the cost of moving boats to the south basin, estimated at 12,000 pounds. The board said it would decide at its meeting on May 8.",
        "What changes for pier users",
        "Ferries will berth at the south basin during the works.",
        "Anglers will not be allowed on the pier until the repairs are finished.",
        "The harbourmaster apologised for the disruption and said the pier would reopen before the summer festival.",
      ].join("\n\n"),
    );
    expect(p.cleaned.text).not.toMatch(/two weeks|CHECK THE FIGURE|\[/);
    expect(p.source.contentType).toBe(DOCX);
  });

  it("takes title and author from the document properties", async () => {
    const p = await prepare(bytes, { fileName: "statement.docx" });
    expect(p.cleaned.metadata).toMatchObject({ title: "Statement on the north pier closure", byline: "Office of the Harbourmaster" });
  });

  it("is recognised by its bytes (a ZIP holding word/document.xml) whatever the name and type say", async () => {
    const p = await prepare(bytes, { fileName: "upload", contentType: "application/octet-stream" });
    expect(p.source.contentType).toBe(DOCX);
  });
});

describe("Word files that are not read", () => {
  it("a legacy .doc (OLE compound file) → unsupported_type naming the accepted formats", async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(prepare(ole, { fileName: "old.doc" })).rejects.toMatchObject({ code: "unsupported_type", message: expect.stringMatching(/\.docx.*PDF/) });
    await expect(prepare(ole, { contentType: "application/msword" })).rejects.toMatchObject({ code: "unsupported_type" });
  });

  it("an OpenDocument text (.odt) → unsupported_type naming the accepted formats", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
    zip.file("content.xml", "<office:document-content/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(prepare(bytes, { fileName: "notes.odt" })).rejects.toMatchObject({ code: "unsupported_type", message: expect.stringMatching(/\.docx/) });
  });

  it("a password-protected .docx (an OLE container) → encrypted", async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(prepare(ole, { fileName: "locked.docx" })).rejects.toMatchObject({ code: "encrypted" });
  });

  it("a truncated .docx → invalid_document", async () => {
    const bytes = await statementDocx();
    await expect(prepare(bytes.subarray(0, Math.floor(bytes.length / 2)), { fileName: "cut.docx" })).rejects.toMatchObject({ code: "invalid_document" });
  });
});
