import { describe, expect, it } from "vitest";
import { unglue } from "../../lib/clean/glue.ts";
import { cleanArticle } from "../../lib/clean/index.ts";
import { junkLineKind } from "../../lib/clean/junk.ts";
import { splitByline } from "../../lib/clean/metadata.ts";

// Leftovers seen on real pages (issue 15), each covered by a general rule and checked on fictional
// text written for these tests.

const PARAGRAPHS = [
  "The harbour board voted on Tuesday to extend the night service of the Marlow Bay ferry by two hours, after a year of complaints from shift workers.",
  "The extension costs about four hundred thousand dollars a year, which the board will take from its reserve fund until the next budget.",
  "Commuter groups welcomed the vote but said the weekend timetable still leaves the east shore without a boat after nine in the evening.",
];
const page = (inside: string, after = "") =>
  `<html><body><main><h1>Night ferry service extended</h1>${inside}<div class="story">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}${after}</div></main></body></html>`;
const clean = (html: string) => cleanArticle(html, { contentType: "text/html" });

describe("boxes before the story", () => {
  it("drops a 'Highlights' box of bullet points, whatever its class", () => {
    const { text, removed } = clean(page(`<div class="box"><h4>Highlights</h4><ul><li>The night ferry runs two hours longer.</li><li>The reserve fund pays for it.</li></ul></div>`));
    expect(text.startsWith(PARAGRAPHS[0]!)).toBe(true);
    expect(text).not.toMatch(/Highlights|reserve fund pays/);
    expect(removed.map((r) => r.kind)).toContain("highlights");
  });

  it("drops a fact check's claim box and its verdict", () => {
    const classed = clean(page(`<div class="claim-review"><p>Claim: The ferry will stop running at night.</p><p>Rating: False</p></div>`));
    const marked = clean(page(`<p itemprop="claimReviewed">The ferry will stop running at night.</p><p>Our rating: Mostly false</p>`));
    for (const { text } of [classed, marked]) {
      expect(text.startsWith(PARAGRAPHS[0]!)).toBe(true);
      expect(text).not.toMatch(/stop running at night|Rating|rating/);
    }
  });
});

describe("standfirst", () => {
  const standfirst = "Shift workers on the east shore get a later boat home, paid for from the harbour reserve.";
  const withDescription = (header: string, body: string[]) =>
    `<html><head><meta property="og:description" content="${standfirst}"></head><body><header class="story-head"><h1>Night ferry service extended</h1>${header}</header><article>${body.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;

  it("drops the page's description shown again between the headline and the body", () => {
    const { text, removed } = clean(withDescription(`<p>${standfirst}</p>`, PARAGRAPHS));
    expect(text).toBe(PARAGRAPHS.join("\n\n"));
    expect(removed).toContainEqual({ kind: "standfirst", text: standfirst });
  });

  it("keeps a first paragraph in the body that the description repeats, and a lede that it does not", () => {
    expect(clean(withDescription("", [standfirst, ...PARAGRAPHS])).text.startsWith(standfirst)).toBe(true);
    const lede = "The ferry will now leave the west pier at half past eleven every night, two hours later than before.";
    expect(clean(withDescription(`<p>${lede}</p>`, PARAGRAPHS)).text.startsWith(lede)).toBe(true);
  });
});

describe("lines that are never the article's", () => {
  it("a copyright line with '@' for '©', and stray caption labels", () => {
    const { text } = clean(page("", `<p>@ 2019 Harbor Ledger Media</p><p>Caption</p><p>Image copyright</p>`));
    expect(text).toBe(PARAGRAPHS.join("\n\n"));
    expect(junkLineKind("@2021 Example Media Group")).toBe("copyright");
    expect(junkLineKind("Media caption")).toBe("caption");
    expect(junkLineKind("438.3K")).toBe("counter");
    expect(junkLineKind("12 km")).toBeNull();
  });

  it("leaves sentences that only mention those words", () => {
    expect(junkLineKind("Reach the newsroom @ harbor desk 2019 was a good year.")).toBeNull();
    expect(junkLineKind("The caption under the photo was wrong, the board said.")).toBeNull();
    expect(junkLineKind("Rating agencies downgraded the port authority on Friday.")).toBeNull();
  });

  it("a caption marked on a <span> inside a paragraph, and a credit inside a <figure>", () => {
    const { text } = clean(
      page("", `<p><span class="imgCaption">Riders wait on the east pier. <span class="credit">(Image: Harbor Ledger)</span></span></p><figure><img src="x.jpg"><cite>Jo Ames/Harbor Ledger</cite></figure>`),
    );
    expect(text).toBe(PARAGRAPHS.join("\n\n"));
  });
});

describe("a list of headlines inside the story", () => {
  it("ends at the next sentence; a headline asking a question does not end it", () => {
    const text = [...PARAGRAPHS, "Don't miss", "Could the night ferry run all year round from next spring?", "Harbour board names a new chair", "The board will publish the new timetable in April."].join("\n\n");
    const out = cleanArticle(text, { contentType: "text/plain" }).text;
    expect(out).toBe([...PARAGRAPHS, "The board will publish the new timetable in April."].join("\n\n"));
  });
});

describe("lines an article does keep", () => {
  it("a bracketed source or a typed-out address standing alone between text", () => {
    const { text } = clean(page("", `<p>[<a href="https://board.example/minutes">Harbor Board minutes</a>]</p><p>The board meets again in March.</p><p><a href="https://board.example/x">https://board.example/x</a></p><p>Riders can comment until Friday.</p>`));
    expect(text).toContain("[Harbor Board minutes]");
    expect(text).toContain("https://board.example/x");
  });

  it("but not a run of links, nor a call to action", () => {
    const { text } = clean(page("", `<p><a href="/a">Book ferry tickets</a></p><p>The board meets again in March.</p><p><a href="/b">[Timetable]</a></p><p><a href="/c">[Fares]</a></p><p>Riders can comment until Friday.</p>`));
    expect(text).not.toMatch(/Book ferry tickets|Timetable|Fares/);
  });

  it("a quoted social post", () => {
    const { text } = clean(page("", `<blockquote class="twitter-tweet"><p>Night ferry extended by two hours from May. <a href="https://t.example/1">pic.example/ferry</a></p>— Marlow Riders (@marlowriders) <a href="https://social.example/1">March 3, 2024</a></blockquote><p>The board meets again in March.</p>`));
    expect(text).toContain("Night ferry extended by two hours from May.");
  });
});

describe("bylines", () => {
  it("split into author, publisher and time", () => {
    expect(splitByline("Jane Doe Associated Press Published 11:34 PM EST Nov 19, 2019")).toEqual({ author: "Jane Doe", publisher: "Associated Press", publishedAt: "2019-11-19" });
    expect(splitByline("By Ana Ruiz and Tom Hale, Reuters")).toEqual({ author: "Ana Ruiz and Tom Hale", publisher: "Reuters", publishedAt: null });
    expect(splitByline("Mark Ellis | The Harbor Ledger | Updated 10:20 am", "The Harbor Ledger")).toEqual({ author: "Mark Ellis", publisher: "The Harbor Ledger", publishedAt: null });
    expect(splitByline("Par Claire Dubois — Publié le 17 juin 2024")).toEqual({ author: "Claire Dubois", publisher: null, publishedAt: "2024-06-17" });
    expect(splitByline("Published 3 hours ago").author).toBeNull();
  });

  it("never keep a date or a 'Published' label in the article's byline", () => {
    const html = `<html><body><article><h1>Night ferry service extended</h1><div class="byline">Jane Doe Associated Press Published 11:34 PM EST Nov 19, 2019</div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const { metadata } = clean(html);
    expect(metadata.byline).toBe("Jane Doe");
    expect(metadata.publisher).toBe("Associated Press");
    expect(metadata.publishedAt).toBe("2019-11-19");
  });
});

describe("glue repair keeps names and abbreviations", () => {
  it.each(["News from Example.Net - the weekly digest", "Listed at Harbor.Com and Marlow.Org", "The U.S. Coast Guard", "a game in St. Louis", "talks at No. 10 Downing Street", "a.m. and p.m. ferries"])("%s", (text) => {
    expect(unglue(text)).toBe(text);
  });

  it("still splits sentences glued at a capital", () => {
    expect(unglue("met in Geneva.White House aides")).toBe("met in Geneva. White House aides");
    expect(unglue("the Yard.In the morning")).toBe("the Yard. In the morning");
  });
});
