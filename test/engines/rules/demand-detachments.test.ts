// An order to part of a force: "ordered 10 of his men from a force of 500 near the rebel headquarters to conduct the
// search" names the detachment and where it is drawn from before the "to"; the order is still read.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, what: d.what }));

describe("an order to a detachment", () => {
  it("'ordered 10 of his men from a force of 500 near the headquarters in Tarvo to conduct the search'", () => {
    expect(brief("Gen. Piet Hals spoke on Thursday. He said he received information from the guerrillas, and recently ordered 10 of his men from a force of 500 near the headquarters in Tarvo to conduct the search.")).toContainEqual({
      by: "Piet Hals",
      what: "10 of his men from a force of 500 near the headquarters in Tarvo to conduct the search",
    });
  });

  it("other wordings: 'told dozens of her officers at the northern garrison to guard …', 'ordered some of the troops …'", () => {
    expect(brief("Colonel Ana Ruiz told dozens of her officers at the northern garrison in Tarvo to guard the bridge.")).toContainEqual({ by: "Ana Ruiz", what: "dozens of her officers at the northern garrison in Tarvo to guard the bridge" });
    expect(brief("Colonel Ana Ruiz ordered some of the troops stationed near the border post at Tarvo to guard the bridge.")).toContainEqual({ by: "Ana Ruiz", what: "some of the troops stationed near the border post at Tarvo to guard the bridge" });
  });

  it("near miss: ordering things is no order to anyone", () => {
    expect(brief("Colonel Ana Ruiz ordered pizza for 10 of her men from the canteen near the northern garrison.")).toEqual([]);
    expect(brief("Colonel Ana Ruiz ordered 10 of the new trucks from a factory near the border to replace the old fleet.")).toEqual([]);
  });
});
