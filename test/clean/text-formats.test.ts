import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ArticleMetadata } from "../../lib/article.ts";
import { cleanArticle } from "../../lib/clean/index.ts";

// Articles in the messy shapes users paste: a spun republication, wire copy, a scraped page dump,
// hard-wrapped text, a Markdown export and JSON records. Each has the exact text a reader should get.
const dir = new URL("../fixtures/clean/text/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir));
const expected = (name: string) => readFileSync(new URL(name.replace(/\.\w+$/, ".expected.txt"), dir), "utf8").trim();
const clean = (name: string) => cleanArticle(read(name), { fileName: name });
const kinds = (name: string) => clean(name).removed.map((r) => `${r.kind}: ${r.text}`);

describe("a spun republication (date line, site name, glued teasers, template residue)", () => {
  const name = "spun-republish.txt";

  it("keeps exactly the article's paragraphs", () => {
    expect(clean(name).text).toBe(expected(name));
  });

  it("reads the masthead into metadata: date line, site name, title", () => {
    expect(clean(name).metadata).toMatchObject<Partial<ArticleMetadata>>({
      publishedAt: "2025-03-03",
      publisher: "Daily Ledger Online",
      title: "Mayor Delia Ruiz, transit union attain tentative deal amid rising fear over strike",
    });
  });

  it("records each dropped piece with its reason", () => {
    expect(kinds(name)).toEqual(
      expect.arrayContaining([
        "date: March 3, 2025",
        "site-header: Daily Ledger Online",
        "site-header: Stories That Matter To You",
        "reading-time: 5 min read",
        "template-residue: {that a}",
        "teaser: ALSO READ: Transit riders brace for chaos as strike deadline nears in City",
        "teaser: ALSO READ: Ruiz to union: ‘We will not balance the budget on your backs’",
        "teaser: SEE: Empty platforms and packed roads during the 2019 walkout | In Photos",
        "teaser: ALSO READ: Ruiz says she once drove a night bus to pay for college in USA",
        "teaser: ALSO READ: Ruiz warns of service cuts if state aid falls short",
        "copyright: Copyright © 2025 Daily Ledger Online. All Rights Reserved",
      ]),
    );
  });
});

describe("wire copy (title line, dateline, one long paragraph, trailer)", () => {
  const name = "wire-copy.txt";

  it("splits glued sentences, turns misdirected opening quotes round and drops the credit trailer", () => {
    expect(clean(name).text).toBe(expected(name));
  });

  it("reads the dateline and takes the agency for the publisher", () => {
    expect(clean(name).metadata).toMatchObject({
      title: "Harbor pilots, port authority reach deal as cargo backlog grows…",
      dateline: "PORTLAND, Maine (AP)",
      publisher: "AP",
      language: "en",
    });
  });

  it("records the trailer", () => {
    expect(kinds(name)).toContain("trailer: Associated Press writer Luis Ortega in Boston contributed to this report. Read More");
  });
});

describe("wire copy with the dateline on a line of its own", () => {
  const story =
    "Ferry crews end strike after pay deal\n\nKESTREL BAY, March 4 (Coastline News) --\n\nFerry crews returned to work on Tuesday after the operator agreed to a 6 percent raise.\n\nThe union said the deal runs until June.\n";

  it("keeps the dateline as the opening words of the story, not a title, and reads it", () => {
    const out = cleanArticle(story, { fileName: "ferry.txt" });
    expect(out.text.split("\n\n")[0]).toBe("KESTREL BAY, March 4 (Coastline News) -- Ferry crews returned to work on Tuesday after the operator agreed to a 6 percent raise.");
    expect(out.metadata).toMatchObject({ title: "Ferry crews end strike after pay deal", dateline: "KESTREL BAY, March 4 (Coastline News)" });
  });

  it("does the same when the dateline is the first line", () => {
    const out = cleanArticle(story.slice(story.indexOf("KESTREL")), { fileName: "ferry.txt" });
    expect(out.text.startsWith("KESTREL BAY, March 4 (Coastline News) -- Ferry crews")).toBe(true);
    expect(out.metadata.title).toBeNull();
  });
});

describe("a plain story that opens with a long question", () => {
  it("keeps the opening question as the story's first sentence, not as its title", () => {
    const story =
      "The harbor board asked today whether the old ferry pier, closed since the storm, could ever be rebuilt at a cost the town can bear?\n\nEngineers will report in June.\n";
    const out = cleanArticle(story, { fileName: "pier.txt" });
    expect(out.text.startsWith("The harbor board asked today")).toBe(true);
    expect(out.metadata.title).toBeNull();
  });

  it("still takes a short question line for the title", () => {
    const out = cleanArticle("Can the old pier be saved?\n\nThe harbor board met today. Engineers will report in June.\n", { fileName: "pier.txt" });
    expect(out.metadata.title).toBe("Can the old pier be saved?");
  });
});

describe("a scraped page dump (menu, share row, ads, related list, comments)", () => {
  const name = "scraped-dump.txt";

  it("keeps only the article", () => {
    expect(clean(name).text).toBe(expected(name));
  });

  it("reads byline and date lines, and the publisher from the copyright line", () => {
    expect(clean(name).metadata).toMatchObject({
      title: "Region's orchards brace for smaller apple harvest after late frost",
      byline: "Amelia Stone",
      publishedAt: "2024-08-12",
      publisher: "Valley Gazette",
    });
  });

  it("says why each line went", () => {
    const k = kinds(name);
    expect(k).toEqual(expect.arrayContaining(["nav: Skip to content", "share: Tweet", "ad: Advertisement", "ad: Story continues below advertisement", "social: Follow us on Facebook for more local news", "related: Related Articles", "comments: Comments (3)"]));
  });
});

describe("hard-wrapped text", () => {
  it("joins wrapped lines into paragraphs and keeps blank-line breaks", () => {
    expect(clean("hard-wrapped.txt").text).toBe(expected("hard-wrapped.txt"));
    expect(clean("hard-wrapped.txt").metadata.title).toBe("Library Board Approves Sunday Opening Hours");
  });
});

describe("a Markdown export", () => {
  const name = "blog-export.md";

  it("turns markup into text and drops share rows, images, related posts and the sign-off", () => {
    expect(clean(name).text).toBe(expected(name));
  });

  it("takes metadata from the front matter", () => {
    expect(clean(name).metadata).toMatchObject({
      title: "What I learned running a repair café for a year",
      publishedAt: "2024-10-05T09:00:00+01:00",
      byline: "Jun Takahashi",
      publisher: "Mend & Make",
      language: "en-GB",
    });
  });
});

describe("JSON records", () => {
  it("cleans an HTML body inside a wrapper object, with schema.org-style fields", () => {
    const r = clean("record-html.json");
    expect(r.text).toBe(expected("record-html.json"));
    expect(r.metadata).toEqual({
      title: "Ferry operator orders two electric boats for island routes",
      publishedAt: "2024-04-18T10:30:00Z",
      byline: "Ola Nilsen, Kari Berg",
      publisher: "Fjord Times",
      dateline: null,
      language: "en",
      url: "https://fjord.example/2024/04/18/electric-ferries",
    });
  });

  it("cleans a plain body in an array, dropping the repeated title and the credit line", () => {
    const r = clean("record-plain.json");
    expect(r.text).toBe(expected("record-plain.json"));
    expect(r.metadata).toMatchObject({ title: "Town hall clock stops after 140 years", publishedAt: "2024-07-10", publisher: "Weekly Bugle", url: "https://bugle.example/clock" });
  });

  it("accepts text, body, content or html, and a string author", () => {
    for (const key of ["text", "body", "content", "html"]) {
      const r = cleanArticle(JSON.stringify({ title: "T", [key]: "<p>One sentence of the article.</p>", author: "Jane Doe", date: "2024-01-02" }));
      expect(r.text).toBe("One sentence of the article.");
      expect(r.metadata).toMatchObject({ title: "T", byline: "Jane Doe", publishedAt: "2024-01-02" });
    }
  });
});

describe("scripts without spaces between words", () => {
  it("reads a Chinese masthead and drops the related list and copyright line", () => {
    const text = [
      "地铁五号线南延段下月开通试运营",
      "2024年5月13日",
      "本市交通运输局周一宣布，地铁五号线南延段将于下月二十八日开通试运营，新增车站六座。",
      "南延段起自现有终点站东湖公园，向南经过科技园区和大学城，终至南湖新区。",
      "相关新闻",
      "地铁三号线二期工程进展顺利",
      "版权所有 江城日报社",
    ].join("\n\n");
    const r = cleanArticle(text);
    expect(r.text).toBe("本市交通运输局周一宣布，地铁五号线南延段将于下月二十八日开通试运营，新增车站六座。\n\n南延段起自现有终点站东湖公园，向南经过科技园区和大学城，终至南湖新区。");
    expect(r.metadata).toMatchObject({ title: "地铁五号线南延段下月开通试运营", publishedAt: "2024-05-13", language: "zh" });
  });
});
