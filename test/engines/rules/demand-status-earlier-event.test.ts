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

describe("a hold-out's own refusal does not answer the demand it holds out for", () => {
  it.each([
    ["Syria", "Syria said it would not negotiate until Israel withdraws from the Golan Heights."],
    ["Tessin Growers Union", "The Tessin Growers Union said it will not return to the table until Orlin Mills Inc. restores the summer bonus."],
    ["Orlin Liberation Front", "The Orlin Liberation Front said it would not lay down its arms until the Tessin government releases its leaders."],
  ])("%s: made, not rejected", (by, text) => {
    expect(statusOf(text, by)).toBe("made");
  });

  it("the other side's answer, told after, still decides: '… Israel rejected the condition'", () => {
    expect(statusOf("Syria said it would not negotiate until Israel withdraws from the Golan Heights. Israel rejected the condition on Monday.", "Syria")).toBe("rejected");
  });
});
