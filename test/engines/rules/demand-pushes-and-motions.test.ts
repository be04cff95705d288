// Pushing or lobbying for an act ("has been pushing hard to resolve …", "lobbied to block …") and a motion in court
// ("moved to dismiss the lawsuit") are demands; moving house or pushing through a crowd are not.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, what: d.what }));

describe("pushing and lobbying for an act", () => {
  it("in three tenses, with an adverb and after a parenthesis", () => {
    expect(brief("The Harbour Guild lobbied to block the sale of the pier.")).toEqual([{ by: "Harbour Guild", what: "block the sale of the pier" }]);
    expect(brief("The Harbour Guild is pushing hard to reopen the night ferry.")).toEqual([{ by: "Harbour Guild", what: "reopen the night ferry" }]);
    expect(brief("Aides said Thursday that the Harbour Guild, through its lawyers in Velmar, has been pushing to settle the case.")).toEqual([
      { by: "Harbour Guild", what: "settle the case" },
    ]);
  });

  it("near miss: pushing through to a place asks nothing", () => {
    expect(brief("The Harbour Guild pushed to the front of the queue.")).toEqual([]);
  });
});

describe("a motion in court", () => {
  it("'moved to dismiss', 'have moved to quash', after a leading phrase", () => {
    expect(brief("The Harbour Guild moved to dismiss the lawsuit on Monday.")).toEqual([{ by: "Harbour Guild", what: "dismiss the lawsuit on Monday" }]);
    expect(brief("Lawyers for Lena Ortiz have moved to quash the subpoena.")).toContainEqual({ by: "Lena Ortiz", what: "quash the subpoena" });
    expect(brief("In a filing on Friday, the Harbour Guild moved to suppress the emails.")).toEqual([{ by: "Harbour Guild", what: "suppress the emails" }]);
  });

  it("near miss: moving house or taking a step is no motion", () => {
    expect(brief("The Harbour Guild moved to Chicago in 1990.")).toEqual([]);
    expect(brief("The Harbour Guild moved to end the practice.")).toEqual([]);
  });
});

describe("an order that sets something in motion", () => {
  it("'ordered the strikes', 'has ordered a citywide curfew', 'ordered an immediate review of …'", () => {
    expect(brief("President Ana Vell said Thursday that she had ordered the strikes after receiving new evidence.")).toEqual([{ by: "Ana Vell", what: "the strikes" }]);
    expect(brief("The mayor has ordered a citywide curfew after the riots.")).toEqual([{ by: "the mayor", what: "a citywide curfew" }]);
    expect(brief("Governor Lena Ortiz ordered an immediate review of the prison's records.")).toEqual([{ by: "Lena Ortiz", what: "an immediate review of the prison's records" }]);
  });

  it("near miss: goods ordered are no directive", () => {
    expect(brief("The Korvan airline ordered 10 new aircraft from its supplier.")).toEqual([]);
    expect(brief("The Korvan airline ordered a new fleet of jets.")).toEqual([]);
    expect(brief("The chef ordered a fresh batch of eggs.")).toEqual([]);
  });
});
