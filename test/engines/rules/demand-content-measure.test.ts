// A demand's content ends where a clause of time begins, and the measure that opens that clause ("a day after",
// "two weeks before") goes with it: no content ends on "… Harlow Foods Inc. a day".
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const whats = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => d.what);

describe("the measure before 'after', 'before' or 'since' is no part of the content", () => {
  it.each([
    ["Kestrel Partners launched a $22-a-share tender offer for Harlow Foods Inc. a day after Harlow's board rejected a rival proposal.", "a $22-a-share tender offer for Harlow Foods Inc"],
    ["The Tessin Growers Union demanded a 6% raise from Orlin Mills Inc. two weeks after the strike began.", "a 6% raise from Orlin Mills Inc"],
    ["The nurses demanded a meeting with the hospital board only hours after the vote.", "a meeting with the hospital board"],
  ])("%s", (text, what) => {
    expect(whats(text)).toEqual([what]);
  });

  it("a measure that is the thing asked for stays: 'demanded a day of rest for the crews'", () => {
    expect(whats("The Tessin Growers Union demanded a day of rest for the crews after the harvest.")).toEqual(["a day of rest for the crews"]);
  });
});
