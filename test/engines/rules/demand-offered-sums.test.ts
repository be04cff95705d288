// A sum offered in the passive for information is a reward: "$650,000 is being offered in the United States for
// information leading to Kopp's arrest". The offerer is the "by" phrase, else the state it is offered in.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, what: d.what }));

describe("a sum offered for information", () => {
  it("'A total of $650,000 is being offered in the United States for information leading to …'", () => {
    expect(brief("A total of $650,000 is being offered in the United States for information leading to Piet Hals's arrest.")).toContainEqual({
      by: "United States",
      what: "$650,000 is being offered in the United States for information leading to Piet Hals's arrest",
    });
  });

  it("other wordings: 'has been offered by the Tarvo Police Department for information about …', 'was offered by … for tips'", () => {
    expect(brief("$50,000 has been offered by the Tarvo Police Department for information about the fire.")).toContainEqual({
      by: "Tarvo Police Department",
      what: "$50,000 has been offered by the Tarvo Police Department for information about the fire",
    });
    expect(brief("$10,000 was offered by the Tarvo Police Department for tips on the missing girl.")).toContainEqual({
      by: "Tarvo Police Department",
      what: "$10,000 was offered by the Tarvo Police Department for tips on the missing girl",
    });
  });

  it("near miss: no offerer, a price, a sale", () => {
    expect(brief("$50,000 was offered for information about the fire.")).toEqual([]);
    expect(brief("$5 million was offered in Canada for the company's assets.")).toEqual([]);
    expect(brief("The house was offered in Canada for $650,000.")).toEqual([]);
  });
});
