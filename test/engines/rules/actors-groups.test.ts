// Groups and bodies named by a common noun (issue 11): an actor once it acts, when a determiner or modifier
// pins it down and no named actor covers it. Fictional sentences.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const kinds = (text: string) => extractRules({ text, metadata: emptyMetadata() }).actors.map((a) => `${a.name} [${a.kind}]`);
const names = (text: string) => extractRules({ text, metadata: emptyMetadata() }).actors.map((a) => a.name);

describe("a group or body that acts, named once by a common noun", () => {
  it("a body with its article or a people's adjective, as the subject of an active verb", () => {
    expect(kinds("The treaty was signed in March, and the Moldovan parliament has already ratified it.")).toContain("Moldovan parliament [organization]");
    expect(kinds("The coast guard rescued four fishermen off Cape Dorran on Sunday.")).toContain("the coast guard [organization]");
    expect(kinds("Estonian police said on Tuesday they had detained six men.")).toContain("Estonian police [organization]");
    expect(kinds("A federal grand jury has been hearing evidence in the case since May.")).toContain("Federal grand jury [organization]");
  });

  it("people pinned down by a modifier or an owner, speaking or acting", () => {
    expect(names("Striking teachers marched on the ministry in Korvel.")).toContain("Striking teachers");
    expect(names("The dispute drags on, and the girl's Boston relatives are fighting for custody.")).toContain("Boston relatives");
    expect(names("Federal officials said the dam would be inspected in June.")).toContain("Federal officials");
  });

  it("one group for one kind of people in a story ('federal officials', 'federal health officials')", () => {
    const list = names("Federal officials said the dam was safe. Later, federal safety officials said it would be inspected.");
    expect(list.filter((n) => /officials/i.test(n))).toEqual(["Federal officials"]);
  });
});

describe("no actor for a group that does not act, is not pinned down, or belongs to a named one", () => {
  it("a passive or a verb it undergoes is no act", () => {
    expect(names("Two days later, striking miners were arrested near the pit.").some((n) => /miners/i.test(n))).toBe(false);
    expect(names("The storm hit at night, and local farmers lost their crops.").some((n) => /farmers/i.test(n))).toBe(false);
  });

  it("a bare plural, a count or a quantifier names no particular group", () => {
    expect(names("Officials said the bridge would reopen. Some residents said they were worried.")).toEqual([]);
    expect(names("Two officials resigned on Friday.")).toEqual([]);
  });

  it("an object is not a subject ('talks between lawyers and federal officials ended')", () => {
    expect(names("Talks between the lawyers and federal officials ended without a deal.").some((n) => /officials/i.test(n))).toBe(false);
  });

  it("a named actor covers it: a state's officials, a company's board, a union already named", () => {
    expect(names("Latvian officials said the border would stay open.")).toEqual(["Latvia"]);
    expect(names("Orrin Mills Inc. said its profit rose. In addition, the company's board authorized a buyback.").some((n) => /board/i.test(n))).toBe(false);
    const list = names("The Harbour Pilots Union called a strike on Monday. The union said talks had failed.");
    expect(list).toContain("Harbour Pilots Union");
    expect(list).not.toContain("the union");
    expect(names("Kestrel Air pilots said the schedule was unsafe.").some((n) => /pilots/i.test(n))).toBe(false);
  });
});

describe("a title alone is the person named with it before", () => {
  const run = (text: string) => extractRules({ text, metadata: emptyMetadata() });

  it("'the governor', 'the prime minister', 'the secretary' count for the one person holding the title", () => {
    const r = run("Gov. Mara Lind signed the budget on Monday. Later, the governor urged the legislature to pass the tax bill.");
    // The body addressed, named by its common noun, is an actor too.
    expect(r.actors.map((a) => a.name)).toEqual(["Mara Lind", "the legislature"]);
    expect(r.demands.map((d) => [d.by, d.of])).toEqual([["Mara Lind", ["the legislature"]]]);
    expect(run("Prime Minister Joel Abernath met union leaders. The prime minister demanded that the strike end by Friday.").demands.map((d) => d.by)).toEqual([
      "Joel Abernath",
    ]);
    expect(run("Secretary of State Ilse Marr flew to Oslo. The secretary called for a ceasefire.").demands.map((d) => d.by)).toEqual(["Ilse Marr"]);
  });

  it("two holders of the title, or a title of something else ('the president of the bank'), link no one", () => {
    expect(run("President Anne Korr met President Tomas Veld. The president called for a ceasefire.").demands.map((d) => d.by)).not.toContain("Anne Korr");
    expect(run("President Anne Korr met bankers. The president of the bank called for lower rates.").demands.map((d) => d.by)).not.toContain("Anne Korr");
  });
});
