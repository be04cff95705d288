// A ruling named by a gerund: "made a reasonable decision in ruling that the boy … should be reunited with his father".
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, what: d.what }));

describe("a ruling named by a gerund", () => {
  it("'The Tarvanian Immigration Service made a reasonable decision in ruling that Ana Ruiz, …, should be reunited …'", () => {
    expect(brief("The Tarvanian Immigration Service made a reasonable decision Wednesday in ruling that Ana Ruiz, the 6-year-old girl who survived the crossing, should be reunited with her father in Korvia.")).toContainEqual({
      by: "Tarvanian Immigration Service",
      what: "Ana Ruiz, the 6-year-old girl who survived the crossing, should be reunited with her father in Korvia",
    });
  });

  it("other wordings: 'erred by deciding that … must', 'acted when determining that … should'", () => {
    expect(brief("The Tarvanian Labour Court erred by deciding that the dockers must return to work.")).toContainEqual({ by: "Tarvanian Labour Court", what: "the dockers must return to work" });
    expect(brief("The Tarvanian Labour Court acted quickly when determining that the port should reopen on Monday.")).toContainEqual({ by: "Tarvanian Labour Court", what: "the port should reopen on Monday" });
  });

  it("near miss: a ruling on something, no modal, or a guess", () => {
    expect(brief("The Tarvanian Labour Court was slow in ruling on the dockers' case.")).toEqual([]);
    expect(brief("The Tarvanian Labour Court was right in ruling that the dockers had broken the law.")).toEqual([]);
  });
});
