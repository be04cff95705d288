// Demands read from a lawsuit's purpose, from "would like to see X do …", and agents a modifier or a relative hid
// (issue 11): each with fictional sentences and a near miss.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const run = (text: string) => extractRules({ text, metadata: emptyMetadata() });
const brief = (text: string) => run(text).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("a lawsuit asks the court for what it seeks", () => {
  it("'filed a lawsuit in … Court to block …' is the filer's demand, of the court named", () => {
    const d = brief("Harbor Foods Inc. said it filed a lawsuit in Delaware Chancery Court to block a tender offer by Kestrel Partners, alleging that the offer breaks a standstill agreement.");
    expect(d).toContainEqual({ by: "Harbor Foods Inc", of: ["Delaware Chancery Court"], what: "block a tender offer by Kestrel Partners" });
  });

  it("'filed a suit in state court seeking to nullify …' reads the act sought", () => {
    const d = brief("The Harbor Guild filed a suit in state court seeking to nullify the lease on the east pier.");
    expect(d).toEqual([expect.objectContaining({ by: "Harbor Guild", what: "nullify the lease on the east pier" })]);
  });

  it("near miss: a suit only weighed, or none filed, asks nothing yet", () => {
    expect(brief("The Harbor Guild could file a lawsuit to stop the sale of the pier.")).toEqual([]);
    expect(brief("The Harbor Guild did not file a lawsuit to stop the sale of the pier.")).toEqual([]);
  });
});

describe("what someone would like to see another party do", () => {
  it("'would like to see X reopen …' is the speaker's demand of X", () => {
    const d = brief("Mayor Ilse Varga said she would like to see the Harbor Guild reopen the pier before winter.");
    expect(d).toEqual([{ by: "Ilse Varga", of: ["Harbor Guild"], what: "reopen the pier before winter" }]);
  });

  it("'wants to see the council reopen …' too", () => {
    expect(brief("Tomas Reyes wants to see the council reopen the pier.").map((x) => x.what)).toEqual(["reopen the pier"]);
  });

  it("near miss: seeing a thing, or liking to see one, asks nothing of anyone", () => {
    expect(brief("Tomas Reyes would like to see the report.")).toEqual([]);
    expect(brief("Tomas Reyes said he likes to see the ferries come in.")).toEqual([]);
  });
});

describe("agents hidden by a modifier or by a possessor", () => {
  it("'Chile's exiled government has formally asked X to …' is Chile's demand", () => {
    const d = brief("The ministry disclosed that Chile's exiled government has formally asked the United Nations to enforce the embargo.");
    expect(d).toEqual([expect.objectContaining({ by: "Chile", of: ["United Nations"], what: "enforce the embargo" })]);
  });

  it("a relative who speaks is not the possessor: 'Pell's stepmother, who …, said: “I would like to see him …”'", () => {
    const d = brief("Anton Pell fled in March. Pell's stepmother, who married Pell's father in 1990, said Thursday from her home: ``I would like to see him come forward.''");
    expect(d.map((x) => [x.by, x.what])).toEqual([["Pell's stepmother", "come forward"]]);
  });

  it("near miss: a named speaker before the quotation stays the speaker", () => {
    const d = brief("Anton Pell fled in March. Tomas Reyes said: ``I would like to see him come forward.''");
    expect(d.map((x) => x.by)).toEqual(["Tomas Reyes"]);
  });
});

describe("an opening participle has the main clause's subject", () => {
  it("'Calling for X, Y said, …' is Y's demand", () => {
    const d = brief("Calling for an amended charter with a new preamble, republican Ilse Varga said, ``We need the smell of pine in this.''");
    expect(d).toContainEqual(expect.objectContaining({ by: "Ilse Varga", what: expect.stringContaining("amended charter with a new preamble") }));
  });

  it("near miss: an opening participle with no one to speak for it is no one's demand", () => {
    expect(brief("Calling for calm was the only answer.")).toEqual([]);
  });
});

describe("a threat's condition opening on a pronoun", () => {
  it("'would strike X unless it gave …' asks it of X", () => {
    const d = brief("Norway said it would strike Chile unless it gave the inspectors access to all sites.");
    expect(d).toEqual([expect.objectContaining({ by: "Norway", of: ["Chile"], what: expect.stringContaining("gave the inspectors access to all sites") })]);
  });

  it("near miss: with no one the act is aimed at, the pronoun is the speaker's own price", () => {
    expect(brief("The union said it would strike unless it got a raise.")).toEqual([]);
  });
});
