// PDF uploads, end to end through the load and clean stages, on documents built in the test.
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { prepareDocument } from "../../lib/pipeline.ts";
import { getDocumentProxy } from "unpdf";
import { COLUMNS_ARTICLE, COLUMNS_TITLE, RELEASE_ARTICLE, RELEASE_TITLE } from "./articles.ts";
import { encryptedPdf, layoutPdf, pressReleasePdf, scanLikePdf, twoColumnPdf } from "./make-documents.ts";

const limits = { maxObjectBytes: 5_000_000 };
const prepare = (bytes: Uint8Array, extra: { fileName?: string; contentType?: string } = {}, more: Partial<typeof limits & { maxDocumentPages: number }> = {}) =>
  prepareDocument({ bytes, ...extra }, { ...limits, ...more });

describe("a two-column PDF page reads as the article reads", async () => {
  const bytes = await twoColumnPdf();

  it("is laid out as the test means: two pages, two columns, running header, hyphenated line ends", async () => {
    const pdf = await getDocumentProxy(bytes.slice());
    expect(pdf.numPages).toBe(2);
    const items: { str: string; x: number }[] = [];
    for (let n = 1; n <= 2; n++)
      for (const it of (await (await pdf.getPage(n)).getTextContent()).items as { str: string; transform: number[] }[]) items.push({ str: it.str, x: it.transform[4]! });
    expect(items.filter((it) => it.str === "THE AVEREL COURIER · Thursday edition")).toHaveLength(2);
    expect(items.some((it) => it.x > 300 && /\w{2,}$/.test(it.str))).toBe(true); // a right column
    const hyphenated = items.filter((it) => /\p{Ll}-$/u.test(it.str));
    expect(hyphenated.length).toBeGreaterThan(1);
  });

  it("gives exactly the article's paragraphs: columns in order, furniture gone, hyphens rejoined, footnote marker dropped", async () => {
    const p = await prepare(bytes, { fileName: "ferry.pdf" });
    expect(p.cleaned.text).toBe(COLUMNS_ARTICLE.join("\n\n"));
  });

  it("reads title, date line and dateline from the first page", async () => {
    const { cleaned, source } = await prepare(bytes, { fileName: "ferry.pdf" });
    expect(cleaned.metadata).toMatchObject({ title: COLUMNS_TITLE, publishedAt: "2025-03-04", dateline: "PORT AVEREL" });
    expect(source.contentType).toBe("application/pdf");
  });
});

describe("a multi-page press release PDF", async () => {
  const bytes = await pressReleasePdf();

  it("spans pages and gives exactly the release's paragraphs, without the running header and page footer", async () => {
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(1);
    const p = await prepare(bytes, { fileName: "release.pdf" });
    expect(p.cleaned.text).toBe(RELEASE_ARTICLE.join("\n\n"));
  });

  it("takes the author from the info dictionary, ignores a tool-made title, and prefers the printed date to the file's creation date", async () => {
    const { cleaned } = await prepare(bytes, { fileName: "release.pdf" });
    expect(cleaned.metadata).toMatchObject({ title: RELEASE_TITLE, byline: "Press Office", publishedAt: "2025-06-10", dateline: "NORTHGATE" });
  });

  it("a real title in the info dictionary wins over the first line, and the creation date fills in when no date is printed", async () => {
    const body = RELEASE_ARTICLE.slice(0, 4);
    const pdf = await layoutPdf(body, { columns: [{ x: 72, width: 468 }], flow: { size: 11, leading: 15, indent: 0 } }, { title: "Northgate Water tariff proposal", author: "Helena Strand", created: new Date("2025-06-09T08:00:00Z") });
    const { cleaned } = await prepare(pdf);
    expect(cleaned.metadata).toMatchObject({ title: "Northgate Water tariff proposal", byline: "Helena Strand", publishedAt: "2025-06-09" });
  });

  it("is recognised by its bytes, whatever the name and content type say", async () => {
    const p = await prepare(bytes, { fileName: "upload.bin", contentType: "application/octet-stream" });
    expect(p.source.contentType).toBe("application/pdf");
    expect(p.cleaned.text).toBe(RELEASE_ARTICLE.join("\n\n"));
  });
});

describe("PDFs that cannot be summarized get a clear error, before any engine runs", () => {
  it("a scan (pages that are only images) → no_text_layer, saying OCR is needed", async () => {
    await expect(prepare(await scanLikePdf(2), { fileName: "scan.pdf" })).rejects.toMatchObject({ code: "no_text_layer", message: expect.stringMatching(/OCR/) });
  });

  it("a password-protected PDF → encrypted", async () => {
    await expect(prepare(encryptedPdf(), { fileName: "locked.pdf" })).rejects.toMatchObject({ code: "encrypted" });
  });

  it("a truncated PDF → invalid_document", async () => {
    const whole = await pressReleasePdf();
    for (const cut of [0.3, 0.7, 0.98]) {
      await expect(prepare(whole.subarray(0, Math.floor(whole.length * cut)), { fileName: "cut.pdf" })).rejects.toMatchObject({ code: "invalid_document" });
    }
  });

  it("garbage after a PDF header → invalid_document", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7\n" + "garbage ".repeat(200) + "\n%%EOF\n");
    await expect(prepare(bytes)).rejects.toMatchObject({ code: "invalid_document" });
  });

  it("a file declared a PDF that is neither a PDF nor text → invalid_document; text named .pdf is read as text", async () => {
    const junk = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251);
    await expect(prepare(junk, { contentType: "application/pdf" })).rejects.toMatchObject({ code: "invalid_document" });
    await expect(prepare(junk, { fileName: "report.docx" })).rejects.toMatchObject({ code: "invalid_document" });
    const text = new TextEncoder().encode(RELEASE_ARTICLE.join("\n\n"));
    await expect(prepare(text, { fileName: "report.pdf", contentType: "application/pdf" })).resolves.toMatchObject({ source: { contentType: "text/plain" } });
  });

  it("more pages than the limit → too_large, and the limit is configurable", async () => {
    const bytes = await pressReleasePdf();
    await expect(prepare(bytes, {}, { maxDocumentPages: 1 })).rejects.toMatchObject({ code: "too_large", message: expect.stringMatching(/pages; the limit is 1/) });
    await expect(prepare(bytes, {}, { maxDocumentPages: 5 })).resolves.toBeTruthy();
  });

  it("a PDF whose text is too short to be an article → not_an_article, like any other input", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText("Quarterly figures attached for your review.", { x: 50, y: 700, size: 12, font });
    await expect(prepare(await doc.save())).rejects.toMatchObject({ code: "not_an_article" });
  });
});
