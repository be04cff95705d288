// Builds the test documents in the test run itself: PDFs through pdf-lib (laid out here, with real
// line wrapping, hyphenation and columns), Word files through docx. All text is fictional.
import { crc32, deflateSync } from "node:zlib";
import { PDFDocument, PDFFont, StandardFonts, rgb } from "pdf-lib";
import { COLUMNS_ARTICLE, COLUMNS_DECK, COLUMNS_TITLE, RELEASE_ARTICLE, RELEASE_DECK, RELEASE_TITLE } from "./articles.ts";

export interface Column {
  x: number;
  width: number;
}

interface Flow {
  size: number;
  leading: number;
  /** First-line indent of a paragraph; 0 means paragraphs are set apart by a blank line instead. */
  indent: number;
}

/**
 * Wraps paragraphs into lines of at most `width` points. A word that does not fit and has 8+ letters
 * is hyphenated, keeping at least 3 letters on each side: real line-end hyphens, as a typesetter makes.
 */
export function wrap(paragraph: string, font: PDFFont, size: number, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = "";
  let room = width - indent;
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= room;
  const push = () => {
    lines.push(line);
    line = "";
    room = width;
  };
  for (const word of paragraph.split(" ")) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (/^[a-z]{8,}[,.]?$/i.test(word)) {
      let cut = 0;
      for (let i = 3; i <= word.replace(/[,.]$/, "").length - 3; i++) if (fits(`${line ? `${line} ` : ""}${word.slice(0, i)}-`)) cut = i;
      if (cut) {
        line = `${line ? `${line} ` : ""}${word.slice(0, cut)}-`;
        push();
        line = word.slice(cut);
        continue;
      }
    }
    push();
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface PageSpec {
  /** Page furniture repeated on every page. */
  header?: string;
  footer?: (page: number) => string;
  title?: string;
  /** Lines under the title, spanning the columns (date line, dateline). */
  deck?: string[];
  columns: Column[];
  flow: Flow;
  /** Superscript footnote markers: after the n-th occurrence of a word, a raised marker. */
  footnoteAfter?: { word: string; marker: string };
  pageSize?: [number, number];
}

/** Lays paragraphs into the columns of as many pages as they need. */
export async function layoutPdf(paragraphs: string[], spec: PageSpec, info: { title?: string; author?: string; created?: Date } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const sans = await doc.embedFont(StandardFonts.Helvetica);
  const [W, H] = spec.pageSize ?? [612, 792];
  const { size, leading, indent } = spec.flow;
  if (info.title) doc.setTitle(info.title);
  if (info.author) doc.setAuthor(info.author);
  doc.setCreationDate(info.created ?? new Date("2025-02-27T10:00:00Z"));
  doc.setModificationDate(info.created ?? new Date("2025-02-27T10:00:00Z"));

  let pageNo = 0;
  let page = doc.addPage([W, H]);
  let col = 0;
  let top = H - 72;
  let y = 0;
  const newPage = (first: boolean) => {
    if (!first) page = doc.addPage([W, H]);
    pageNo++;
    if (spec.header) page.drawText(spec.header, { x: 54, y: H - 40, size: 8, font: sans });
    if (spec.footer) page.drawText(spec.footer(pageNo), { x: 54, y: 30, size: 8, font: sans });
    top = H - 72;
    if (first && spec.title) {
      page.drawText(spec.title, { x: 54, y: top - 18, size: 20, font: bold });
      top -= 34;
      for (const d of spec.deck ?? []) {
        page.drawText(d, { x: 54, y: top - 11, size: 10, font: sans });
        top -= 16;
      }
      top -= 10;
    }
    col = 0;
    y = top;
  };
  newPage(true);
  const bottom = 60;
  let footnote = spec.footnoteAfter;
  for (const [p, paragraph] of paragraphs.entries()) {
    const c = spec.columns[col]!;
    const lines = wrap(paragraph, font, size, c.width, indent);
    if (indent === 0 && p > 0 && y !== top) y -= leading; // block paragraphs: a blank line between
    for (const [i, line] of lines.entries()) {
      if (y - leading < bottom) {
        col++;
        if (col >= spec.columns.length) newPage(false);
        y = top;
      }
      y -= leading;
      const x = spec.columns[col]!.x + (i === 0 ? indent : 0);
      page.drawText(line, { x, y, size, font, color: rgb(0, 0, 0) });
      if (footnote) {
        const at = ` ${footnote.word} `;
        const idx = ` ${line} `.indexOf(at);
        if (idx !== -1) {
          const before = line.slice(0, idx + footnote.word.length);
          page.drawText(footnote.marker, { x: x + font.widthOfTextAtSize(before, size) + 0.5, y: y + size * 0.35, size: size * 0.6, font });
          footnote = undefined;
        }
      }
    }
  }
  return doc.save();
}

/** A page with nothing but a picture on it: what a scanner makes. */
export async function scanLikePdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // An 8×8 grey PNG, built byte by byte so the test needs no image file.
  const png = await doc.embedPng(greyPng());
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([612, 792]);
    page.drawImage(png, { x: 0, y: 0, width: 612, height: 792 });
  }
  return doc.save();
}

/** A grey-noise PNG, like a photographed page, built with zlib so the test needs no image file. */
function greyPng(width = 170, height = 220): Uint8Array {
  const raw = Buffer.alloc((width + 1) * height);
  let seed = 7;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = 200 + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 56);
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/**
 * A PDF encrypted with the standard security handler and a user password. Written by hand (no npm
 * library writes encrypted PDFs): the /Encrypt dictionary's /U entry does not match the empty
 * password, so a reader needs the password to open it, as with any password-protected file.
 */
export function encryptedPdf(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
    "<< /Length 44 >>\nstream\n" + "\x9a\x11\x02\x7f".repeat(11) + "\nendstream",
    `<< /Filter /Standard /V 1 /R 2 /O <${"6b".repeat(32)}> /U <${"3c".repeat(32)}> /P -44 >>`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (const [i, o] of objects.entries()) {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${"ab".repeat(16)}> <${"ab".repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(body, (ch) => ch.charCodeAt(0));
}

// The two documents whose cleaned text the tests assert exactly.

/** A two-column story over two pages: running header and footer, hyphenated line ends, a footnote marker. */
export const twoColumnPdf = () =>
  layoutPdf(COLUMNS_ARTICLE, {
    header: "THE AVEREL COURIER · Thursday edition",
    footer: (n) => `Page ${n}`,
    title: COLUMNS_TITLE,
    deck: COLUMNS_DECK,
    columns: [{ x: 54, width: 240 }, { x: 318, width: 240 }],
    flow: { size: 10, leading: 13, indent: 12 },
    footnoteAfter: { word: "rota,", marker: "1" },
    pageSize: [612, 380],
  });

/** A three-page, one-column press release whose info dictionary carries a tool-made title. */
export const pressReleasePdf = () =>
  layoutPdf(
    RELEASE_ARTICLE,
    {
      header: "Northgate Water — Press Office",
      footer: (n) => `northgatewater.example     ${n} of 3`,
      title: RELEASE_TITLE,
      deck: RELEASE_DECK,
      columns: [{ x: 72, width: 468 }],
      flow: { size: 11, leading: 15, indent: 0 },
      pageSize: [612, 420],
    },
    { title: "Microsoft Word - release_final.docx", author: "Press Office" },
  );
