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

describe("advice columns: the columnist's answer orders, the letter does not", () => {
  const column = [
    "DEAR MARGO: My sister borrows my car every weekend and returns it with an empty tank. Please tell me what to do. -- RUNNING ON EMPTY IN RENO",
    "DEAR RUNNING ON EMPTY: Tell your sister that the car stays home unless she fills it up. If she objects, hide the keys. You should have said something months ago.",
    "DEAR MARGO: Our landlord never answers the phone. -- WAITING IN WACO",
    "DEAR WAITING: Write to the landlord and keep a copy of every letter.",
  ].join("\n\n");

  it("imperatives and 'you should' in the answers are the columnist's demands", () => {
    const d = brief(column);
    expect(d.map((x) => x.by)).toEqual(["Margo", "Margo", "Margo", "Margo"]);
    expect(d.map((x) => x.what)).toEqual([
      "Tell your sister that the car stays home unless she fills it up",
      "hide the keys",
      "You should have said something months ago",
      "Write to the landlord and keep a copy of every letter",
    ]);
  });

  it("near miss: the reader's own plea in the letter is no order, and one salutation makes no column", () => {
    expect(brief(column).some((x) => /tell me what to do/.test(x.what))).toBe(false);
    expect(brief("Dear colleagues: Thank you for coming. Keep the doors closed during the drill.")).toEqual([]);
  });

  it("near miss: a news story's opening noun is no imperative", () => {
    expect(brief("DEAR EDITOR: The bridge is closed. -- A READER\n\nDEAR READER: Experience shows the bridge reopens in May.")).toEqual([]);
  });
});

describe("institutions insisting and rules requiring", () => {
  it("'insists any deal give …' without 'that' is a mandative clause", () => {
    const d = brief("The Harbour Council met on Monday. The Harbour Council insists any lease give fishermen free access to the north quay.");
    expect(d).toEqual([expect.objectContaining({ by: "Harbour Council", what: "any lease give fishermen free access to the north quay" })]);
  });

  it("near miss: 'insists the report was accurate' asserts, it demands nothing", () => {
    expect(brief("Mayor Ada Li insists the audit report was accurate.")).toEqual([]);
  });

  it("'under department policy, X are required to …' is the department's demand", () => {
    const text = "The Transport Department issued new guidance on Monday. Under department policy, inspectors are required to test every brake before a bus leaves the depot.";
    expect(brief(text)).toEqual([expect.objectContaining({ by: "Transport Department", what: expect.stringContaining("required to test every brake") })]);
  });

  it("'X has a duty to …, the council said' is the council's demand", () => {
    const text = "The Regional Water Council met on Friday. Every town has a duty to report leaks within a day, the council said.";
    expect(brief(text)).toEqual([expect.objectContaining({ by: "Regional Water Council", what: "Every town has a duty to report leaks within a day" })]);
  });

  it("near miss: an obligation with no one setting it, or one the speaker bears, is no demand", () => {
    expect(brief("Under the new rules, drivers are required to carry their licence.")).toEqual([]);
    expect(brief("The Elm Street tenants said they were required to pay their rent in cash.")).toEqual([]);
  });
});

describe("money claims and placards", () => {
  it("'filed claims totaling $…' and 'filed a claim for $…' are the filer's money claims", () => {
    expect(brief("Orca Cruise Lines Inc. has filed claims totaling $2.4 billion in the bankruptcy court.").map((x) => x.by)).toEqual(["Orca Cruise Lines Inc"]);
    expect(brief("Orca Cruise Lines Inc. has filed a claim for $2.4 billion in damages.")).toEqual([
      expect.objectContaining({ by: "Orca Cruise Lines Inc", what: "$2.4 billion in damages" }),
    ]);
  });

  it("near miss: 'the claim that …' asserts", () => {
    expect(brief("Orca Cruise Lines Inc. rejected the claim that its ships were unsafe.")).toEqual([]);
  });

  it("'carried placards reading “…”' demands what the placards say; a greeting on a banner does not", () => {
    expect(brief('About 300 protesters carried placards reading "Stop the evictions in Marlow" outside the town hall.')).toEqual([
      expect.objectContaining({ by: "Protesters", what: "Stop the evictions in Marlow" }),
    ]);
    expect(brief('Fans waved banners reading "Happy birthday" at the stadium.')).toEqual([]);
  });

  it("'a letter from X to Y asks for …' is X's, and '“I urge …,” he tweeted' is the person named before", () => {
    expect(brief("A letter from the boy's grandmothers to Ruth Keller and Dan Moss asks for the boy's return.").map((x) => x.by)).toEqual(["the boy's grandmothers"]);
    const d = brief('Governor Lena Marsh visited the shelters on Friday. "I urge all residents to stay off the roads," she tweeted.');
    expect(d).toEqual([expect.objectContaining({ by: "Lena Marsh", what: expect.stringContaining("stay off the roads") })]);
  });
});

describe("asking for, and threats priced in pay", () => {
  it("'ask X for more funding to protect …': the 'to' belongs to what is asked for", () => {
    expect(brief("Governor Ana Pell said she would ask the Marlow County Council for more emergency funding to repair the levees.")).toEqual([
      { by: "Ana Pell", of: ["Marlow County Council"], what: "more emergency funding to repair the levees" },
    ]);
  });

  it("near miss: 'asked X to pay for …' still addresses X with an infinitive", () => {
    expect(brief("The Marlow Tenants Union asked the city to pay for the repairs.")).toEqual([
      { by: "Marlow Tenants Union", of: ["the city"], what: "pay for the repairs" },
    ]);
  });

  it("'will not stay on unless they are paid' is the speakers' demand to be paid", () => {
    const d = brief("Lawyers for Tom Reyes said they will not stay on the case unless they are paid.");
    expect(d).toEqual([expect.objectContaining({ by: "Lawyers", what: "they will not stay on the case unless they are paid" })]);
  });

  it("near miss: 'unless they are sure' prices nothing", () => {
    expect(brief("Lawyers for Tom Reyes said they will not appeal unless they are sure of winning.")).toEqual([]);
  });
});

describe("wire copy quotes ``like this''", () => {
  it("a chant, a quoted 'must' and a quoted 'we must' read the same as with curly quotes", () => {
    expect(brief("About 300 Kosovo Serbs protested outside the embassy, chanting ``Stop the shelling of Orvik!''")).toEqual([
      expect.objectContaining({ by: "Kosovo Serbs", what: "Stop the shelling of Orvik" }),
    ]);
    expect(brief("``The harbour board must reopen the east quay,'' union leader Mara Voss said.")).toEqual([
      expect.objectContaining({ by: "Mara Voss", what: "The harbour board must reopen the east quay" }),
    ]);
    expect(brief("``We must find those responsible and bring them to justice,'' Governor Lena Marsh said.")).toEqual([
      expect.objectContaining({ by: "Lena Marsh", what: "We must find those responsible and bring them to justice" }),
    ]);
  });

  it("near miss: 'we must' inside a sentence, 'I must say' and 'must not have' are no demands", () => {
    expect(brief("``I must say I was surprised,'' Governor Lena Marsh said.")).toEqual([]);
    expect(brief("``If it rains, we must stay home,'' Governor Lena Marsh said.").filter((d) => /stay home/.test(d.what))).toEqual([]);
    expect(brief("``Tom Reyes must not have written the letter himself,'' Governor Lena Marsh said.")).toEqual([]);
  });

  it("a quoted title inside a demanded noun phrase stays in it", () => {
    expect(brief("Neal Orr demanded a new web host for his ``Harbour Files'' site.").map((d) => d.what)).toEqual(["a new web host for his ``Harbour Files'' site"]);
  });
});

describe("lists of slogans, and advice later in an answer's sentence", () => {
  it("each imperative slogan of a list is a demand; a slogan that is no order is skipped", () => {
    const d = brief("The demonstrators chanted slogans such as ``Landlords out of Marlow'' and ``Stop the evictions in Marlow.''");
    expect(d).toEqual([expect.objectContaining({ by: "Demonstrators", what: "Stop the evictions in Marlow" })]);
    expect(brief('Protesters chanted "Stop the evictions!" and "Free Ana Ruiz!"').map((x) => x.what)).toEqual(["Stop the evictions", "Free Ana Ruiz"]);
  });

  it("', and you should have …' in a columnist's answer is advice; 'you should' in the letter is not", () => {
    const column = "DEAR MARGO: A man grabbed my purse and you should see my bruises. -- ROBBED IN RENO\n\nDEAR ROBBED: The man was a thief, and you should have called the police right away.";
    expect(brief(column)).toEqual([{ by: "Margo", of: [], what: "you should have called the police right away" }]);
  });
});
