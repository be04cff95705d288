// Clause shapes of demands found in real news (issue 11), each as a fictional case: the trigger, the agent
// (through reported speech, appositions and collective subjects), the addressee and the content.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";
import { splitSentences } from "../../../lib/text/sentences.ts";

const run = (text: string) => extractRules({ text, metadata: emptyMetadata() });
const brief = (text: string) => run(text).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("motions and petitions", () => {
  it("'moves that …' after a first verb the lexicon also lists as a noun ('raises')", () => {
    const d = brief("Councillor Rhona Pell raises a point of order on the flooding and moves that the sitting be adjourned until Thursday.");
    expect(d).toEqual([expect.objectContaining({ by: "Rhona Pell", what: expect.stringContaining("the sitting be adjourned until Thursday") })]);
  });

  it("'moved a motion for …', with a time phrase set off by a comma after the name", () => {
    const d = brief("Senator Ivo Marsh, on Monday moved a motion for the suspension of the budget debate.");
    expect(d).toEqual([expect.objectContaining({ by: "Ivo Marsh", what: "the suspension of the budget debate" })]);
  });

  it("a motion about something ('a motion on the deaths of …') states no demand by itself", () => {
    expect(brief("Senator Kemi Adaro raised a motion on the deaths of two former members of the chamber.")).toEqual([]);
  });

  it("honorifics before a name do not end the sentence that carries the motion", () => {
    const text = "Senate Leader Tade Bello raises a motion on the passing of Rt. Hon. O. K. Ladipo and Hon. Ruth Ama and moves that all business be suspended.";
    expect(splitSentences(text)).toHaveLength(1);
    expect(brief(text)).toEqual([expect.objectContaining({ by: "Tade Bello", what: "all business be suspended" })]);
  });

  it("'petitioned X to …' addresses X; a request filed with a body 'for permission to …' addresses that body", () => {
    expect(brief("Residents of Elmford petitioned the county council to reopen the library.")).toEqual([
      { by: "Residents", of: ["the county council"], what: "reopen the library" },
    ]);
    const d = brief("Orlen Freight Inc. said it had filed a request with the Maritime Licensing Board under the Harbour Act for permission to run night crossings.");
    expect(d).toEqual([{ by: "Orlen Freight Inc", of: ["Maritime Licensing Board"], what: "permission to run night crossings" }]);
  });
});

describe("reported speech", () => {
  it("'tweeted that X needs to be …': the tweet is the speaker's statement", () => {
    const d = brief("Mayor Dana Whitlock tweeted that the county's water plan “needs to be rewritten before winter,” adding that she would call a meeting.");
    expect(d).toEqual([expect.objectContaining({ by: "Dana Whitlock", what: expect.stringContaining("needs to be rewritten before winter") })]);
  });

  it("'X's lawyer said … that he wants …': the lawyer demands, not the person whose lawyer he is", () => {
    const d = brief("Marta Ilic's lawyer said on Friday that he wants the Harlow District Court to return her passport.");
    expect(d).toEqual([{ by: "Marta Ilic's lawyer", of: ["Harlow District Court"], what: "return her passport" }]);
  });

  it("an 'and' inside a name does not make the name's first part the subject", () => {
    const d = brief("The U.S. Fish and Wildlife Service has given the tenants until May 1 to remove the fences.");
    expect(d.map((x) => x.by)).toEqual(["Fish and Wildlife Service"]);
  });
});

describe("deadlines and conditions", () => {
  it("'has given Y until <time> to …' is a demand of Y", () => {
    const d = brief("The Harbor Authority has given the striking dock workers until noon Friday to clear the east pier.");
    expect(d).toEqual([{ by: "Harbor Authority", of: ["Striking dock workers"], what: "clear the east pier" }]);
  });

  it("an offer 'would … if <another actor> agreed to …' stated by a speaker demands the condition", () => {
    const d = brief("The Talvin Miners Union said it would end the strike if the Korr Mining Company agreed to restore the night-shift bonus.");
    expect(d).toEqual([expect.objectContaining({ by: "Talvin Miners Union", of: ["Korr Mining Company"], what: expect.stringContaining("restore the night-shift bonus") })]);
  });

  it("an ultimatum 'will … unless <another actor> …' demands what follows 'unless'", () => {
    const d = brief("The Talvin Miners Union warned it will strike on Monday unless the Korr Mining Company restores the bonus.");
    expect(d).toEqual([expect.objectContaining({ by: "Talvin Miners Union", of: ["Korr Mining Company"], what: "the Korr Mining Company restores the bonus" })]);
  });

  it("not a demand: a threat whose condition is what the speaker opposes, narration, or the speaker's own condition", () => {
    expect(brief("Mayor Ellen Ruiz said she would resign if the council passed the budget.")).toEqual([]);
    expect(brief("The ferry would leave the Korr Mining Company pier if the weather cleared.")).toEqual([]);
    expect(brief("Ellen Ruiz said she would run again if she felt well enough.")).toEqual([]);
    expect(brief("If asked, the Talvin Miners Union said it would help the Korr Mining Company.")).toEqual([]);
  });
});

describe("collective and event agents", () => {
  it("'a group including …' is the agent, named as written", () => {
    const d = brief("A group including several members of the Varga family of Ostrava urged the board to sell the company.");
    expect(d).toHaveLength(1);
    expect(d[0]!.by).toMatch(/^Group including .*Varga family/);
    expect(d[0]!.what).toBe("sell the company");
  });

  it("a rally or march demands through its participants ('a rally demanding …', 'the march called for …')", () => {
    const d = brief("Thousands of people gathered in Lorimer in a rally on Sunday demanding an inquiry into the mine collapse. The march called for the resignation of the mine's owner. The march ended peacefully.");
    expect(d).toEqual([
      { by: "Rally", of: [], what: "an inquiry into the mine collapse" },
      { by: "March", of: [], what: "the resignation of the mine's owner" },
    ]);
  });
});
