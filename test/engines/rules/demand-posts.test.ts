// An embedded social-media post speaks in its author's voice: the signature under it ("— Name (@handle) date") says
// who "I" is. Its trailing link is no part of what it asks.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("an embedded post", () => {
  it("'I urge all residents to stay indoors' signed '— Lena Ortiz (@LenaOrtiz) November 1, 2019'", () => {
    expect(brief("Mayor Lena Ortiz turned to Twitter last month.\n\nThe air is toxic today.\n\nI urge all residents to stay indoors pic.twitter.com/AbCdEf123\n\n— Lena Ortiz (@LenaOrtiz) November 1, 2019")).toContainEqual({
      by: "Lena Ortiz",
      of: ["Residents"],
      what: "stay indoors",
    });
  });

  it("other wordings: the signature in the same paragraph; a request two lines above it", () => {
    expect(brief("Mayor Lena Ortiz spoke on Monday.\n\nI urge all residents to stay indoors\n— Lena Ortiz (@LenaOrtiz) November 1, 2019")).toContainEqual({ by: "Lena Ortiz", of: ["Residents"], what: "stay indoors" });
    expect(brief("Mayor Lena Ortiz spoke on Monday.\n\nI ask the council to close the pier now.\n\nWe cannot wait.\n\n— Lena Ortiz (@LenaOrtiz) November 1, 2019")).toContainEqual({ by: "Lena Ortiz", of: [], what: "the council to close the pier now" });
  });

  it("near miss: no signature, no speaker; a signature naming no one in the story credits no one", () => {
    expect(brief("Mayor Lena Ortiz spoke on Monday.\n\nI urge all residents to stay indoors.")).toEqual([]);
    expect(brief("Mayor Lena Ortiz spoke on Monday.\n\nI urge all residents to stay indoors\n— Piet Hals (@PietHals) November 1, 2019")).toEqual([]);
  });
});
