// The layout rules on hand-placed text items: what a PDF's text layer holds, without a PDF.
import { describe, expect, it } from "vitest";
import { layoutParagraphs, type TextItem } from "../../lib/load/pdf-layout.ts";

const page = (items: TextItem[]) => ({ width: 612, height: 792, items });
/** Lines of body text set from `y` downwards, 10 pt type on 13 pt leading, at `x`. */
const lines = (texts: string[], x = 72, y = 700, width = 300): TextItem[] => texts.map((str, i) => ({ str, x, y: y - i * 13, width: Math.min(width, str.length * 5), size: 10 }));

describe("layoutParagraphs", () => {
  it("decodes ligature characters (ﬁ, ﬂ, ﬀ, ﬃ) and leaves other compatibility characters alone", () => {
    const out = layoutParagraphs([page(lines(["The ﬁrst ﬂight was oﬀered to the oﬃcials at 5 km² under the “ﬁnal” plan today."], 72, 700, 400))]);
    expect(out).toEqual(["The first flight was offered to the officials at 5 km² under the “final” plan today."]);
  });

  it("drops a raised footnote marker instead of gluing it to the word", () => {
    const items: TextItem[] = [
      { str: "The agreement", x: 72, y: 700, width: 65, size: 10 },
      { str: "2", x: 137.5, y: 703.5, width: 3, size: 6 },
      { str: " was signed on Monday by both parties.", x: 141, y: 700, width: 180, size: 10 },
    ];
    expect(layoutParagraphs([page(items)])).toEqual(["The agreement was signed on Monday by both parties."]);
  });

  it("rejoins words hyphenated at line ends, but keeps the hyphen of a compound the text writes hyphenated elsewhere", () => {
    const items = lines([
      "The well-known negotiator said the govern-",
      "ment would reply to the well-",
      "known demands by a soft\u00ad",
      "ware update before Friday, and the agree-",
      "ment stands.",
    ]);
    expect(layoutParagraphs([page(items)])).toEqual([
      "The well-known negotiator said the government would reply to the well-known demands by a software update before Friday, and the agreement stands.",
    ]);
  });

  it("starts paragraphs at a first-line indent and at a wider line gap", () => {
    const items = [
      ...lines(["The council met on Monday and voted to raise the", "harbour fees for the coming season.", "    "]),
      { str: "The mayor said the vote was close and that the", x: 84, y: 700 - 2 * 13, width: 230, size: 10 },
      ...lines(["fees would be reviewed in the autumn.", "", "Fishermen said they would appeal the decision", "before the end of the month."], 72, 700 - 3 * 13),
    ].filter((it) => it.str.trim());
    // the blank entry above leaves a 26 pt gap before "Fishermen"
    expect(layoutParagraphs([page(items)])).toEqual([
      "The council met on Monday and voted to raise the harbour fees for the coming season.",
      "The mayor said the vote was close and that the fees would be reviewed in the autumn.",
      "Fishermen said they would appeal the decision before the end of the month.",
    ]);
  });

  it("removes running headers, footers and page numbers that repeat across pages at the same height", () => {
    const body = (n: number) => lines([`Paragraph ${n} of the report describes the talks between the two`, "unions in detail."], 72, 600, 400);
    const pages = [1, 2, 3].map((n) =>
      page([
        { str: "Harbour Report — Spring issue", x: 72, y: 760, width: 150, size: 8 },
        ...body(n),
        { str: `${n}`, x: 300, y: 30, width: 5, size: 8 },
      ]),
    );
    expect(layoutParagraphs(pages)).toEqual([1, 2, 3].map((n) => `Paragraph ${n} of the report describes the talks between the two unions in detail.`));
  });
});
