// Demand phrasing families missed on unseen news (issue 11), each as fictional sentences: the shape that must
// become a demand with the right agent, and its near miss that must not (or must not credit the wrong actor).
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const run = (text: string) => extractRules({ text, metadata: emptyMetadata() });
const brief = (text: string) => run(text).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("who writes a letter asks, not whom it is sent to", () => {
  it("'wrote a letter to X asking for …' is the writers' demand", () => {
    const d = brief("The Elm Street Tenants Association wrote a letter to Mayor Ilse Varga and Councillor Tom Reddy asking for the heating to be repaired.");
    expect(d).toEqual([expect.objectContaining({ by: "Elm Street Tenants Association", what: expect.stringContaining("heating to be repaired") })]);
  });

  it("'sent X a petition demanding …' is the senders'", () => {
    const d = brief("The Dockers Guild sent Governor Ana Pell a petition demanding a safety inspection of the east quay.");
    expect(d.map((x) => x.by)).toEqual(["Dockers Guild"]);
  });

  it("near miss: the recipient who answers the letter is not its writer", () => {
    const d = brief("Mayor Ilse Varga, replying to a letter from the tenants, urged the landlord to repair the heating.");
    expect(d.map((x) => x.by)).toEqual(["Ilse Varga"]);
  });
});

describe("crowds named by whom they back", () => {
  it("'supporters of X rallied … to urge X to …' is the supporters' demand of X", () => {
    const d = brief("Thousands of supporters of Gen. Tomas Bako rallied in Kerville on Tuesday to urge Bako to stand in the spring election.");
    expect(d).toEqual([{ by: "Supporters of Gen. Tomas Bako", of: ["Tomas Bako"], what: "stand in the spring election" }]);
  });

  it("near miss: 'the leader of the union' still speaks for the union", () => {
    const d = brief("The leader of the Harbour Pilots Union urged the port authority to reopen the channel.");
    expect(d.map((x) => x.by)).toEqual(["Harbour Pilots Union"]);
  });

  it("a people named by place and plural ('Kosovo Serbs') chanting is that group, not the place", () => {
    const d = brief('About 200 Kosovo Serbs protested outside the embassy, chanting "Stop the shelling of Orvik!"');
    expect(d).toEqual([expect.objectContaining({ by: "Kosovo Serbs", what: "Stop the shelling of Orvik" })]);
  });
});

describe("slogans and posts", () => {
  it("'shouted slogans such as “…”' demands what the slogan says", () => {
    expect(brief('The marchers shouted slogans such as "Free the Delta Five!"')).toEqual([
      expect.objectContaining({ by: "Marchers", what: "Free the Delta Five" }),
    ]);
  });

  it("near miss: slogans with no words quoted demand nothing readable", () => {
    expect(brief("The marchers shouted slogans against the new tax.")).toEqual([]);
  });

  it("'tweeted: “I urge …”' is the tweeter's demand", () => {
    const d = brief('Mayor Rina Okafor tweeted: "I urge all residents to stay indoors until the smoke clears."');
    expect(d).toEqual([expect.objectContaining({ by: "Rina Okafor", what: expect.stringContaining("stay indoors") })]);
  });
});
