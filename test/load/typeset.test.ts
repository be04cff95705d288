// A PDF from a real typesetter (Debian's groff: justified two-column text, its own hyphenation and
// typographic quotes), not one laid out by the test. .ci/run installs groff; like the browser tests,
// this runs wherever groff is present and refuses to skip when CI is set.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prepareDocument } from "../../lib/pipeline.ts";
import { COLUMNS_ARTICLE, COLUMNS_DECK, COLUMNS_TITLE, RELEASE_ARTICLE, RELEASE_TITLE } from "./articles.ts";

const hasGroff = existsSync("/usr/bin/gropdf");
const escape = (s: string) => s.replace(/\\/g, "\\e").replace(/^([.'])/, "\\&$1").replace(/—/g, "\\(em");

function groffPdf(): Uint8Array {
  const source = [".nr PO 1i", ".nr LL 6.5i", ".TL", COLUMNS_TITLE, ".LP", ...COLUMNS_DECK, ".2C", ...COLUMNS_ARTICLE.flatMap((p) => [".PP", escape(p)])].join("\n");
  return execFileSync("groff", ["-ms", "-Tpdf"], { input: source });
}

describe.skipIf(!hasGroff && !process.env["CI"])("a two-column PDF typeset by groff", () => {
  it("reads as the article: columns in order, groff's hyphenation undone, title and date from the first page", async () => {
    const bytes = groffPdf();
    // The premise: groff hyphenated some words at line ends.
    const { getDocumentProxy } = await import("unpdf");
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const items = (await (await pdf.getPage(1)).getTextContent()).items as { str: string }[];
    expect(items.filter((i) => /\p{Ll}-$/u.test(i.str)).length).toBeGreaterThan(2);

    const { cleaned } = await prepareDocument({ bytes, fileName: "ferry.pdf" }, { maxObjectBytes: 5e6 });
    // groff sets ' as a typographic apostrophe.
    expect(cleaned.text).toBe(COLUMNS_ARTICLE.join("\n\n").replace(/'/g, "’"));
    expect(cleaned.metadata).toMatchObject({ title: COLUMNS_TITLE, publishedAt: "2025-03-04", dateline: "PORT AVEREL" });
  });

  it("a multi-page press release with groff's running header and page footer reads as the release", async () => {
    const paragraphs = [...RELEASE_ARTICLE, ...RELEASE_ARTICLE.map((p) => p.replace("Northgate", "Eastgate")), ...RELEASE_ARTICLE.map((p) => p.replace("Northgate", "Westgate"))];
    const source = [".ds LH Northgate Water", ".ds CH Press release", ".ds RH June 2025", ".ds CF Page %", ".TL", RELEASE_TITLE, ".LP", "June 10, 2025", ...paragraphs.flatMap((p) => [".PP", escape(p)])].join("\n");
    const bytes = execFileSync("groff", ["-ms", "-Tpdf"], { input: source });
    const { cleaned } = await prepareDocument({ bytes, fileName: "release.pdf" }, { maxObjectBytes: 5e6 });
    expect(cleaned.text).toBe(paragraphs.join("\n\n").replace(/'/g, "’"));
    expect(cleaned.metadata).toMatchObject({ title: RELEASE_TITLE, publishedAt: "2025-06-10" });
  });
});
