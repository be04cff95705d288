// Status only from evidence: an answer told in a clause of time ("a day after the board rejected …") happened before
// the demand, so it is no answer to it; an answer told after the demand still is.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const statusOf = (text: string, by: string) => extractRules({ text, metadata: emptyMetadata() }).demands.find((d) => d.by === by)?.status;

describe("an earlier event in the demand's sentence does not answer it", () => {
  it.each([
    ["Kestrel Partners", "Kestrel Partners launched a $22-a-share tender offer for Harlow Foods Inc. a day after Harlow's board rejected a merger proposal from Ardent Capital."],
    ["Kestrel Partners", "Two weeks after the Harlow board turned down a bid from Ardent Capital, Kestrel Partners urged Harlow Foods Inc. to sell its bakery unit."],
    ["Tessin Growers Union", "Months after the Orlin Water Board refused a similar request from the city, the Tessin Growers Union demanded that the board restore the summer quotas."],
  ])("%s: not rejected", (by, text) => {
    const status = statusOf(text, by);
    expect(status).toBeDefined();
    expect(status).not.toBe("rejected");
  });

  it("an answer told after the demand still decides: '…, which the board rejected after two days of talks'", () => {
    expect(statusOf("The Tessin Growers Union demanded a 6% raise from the Orlin Water Board, which the board rejected after two days of talks.", "Tessin Growers Union")).toBe("rejected");
  });
});
