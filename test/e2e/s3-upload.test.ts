// End to end through real S3 calls: an object uploaded under incoming/ ends as a summary or an error
// record, written by the same handler Lambda runs, triggered by an S3-shaped event.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Summary, ErrorRecord } from "../../lib/schema/summary.ts";
import { startTestStack, type TestStack } from "../support/local-stack.ts";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/e2e/${name}`, import.meta.url));

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ PRECIS_ENGINE: "rules" });
});
afterAll(async () => stack?.dispose());

describe("an upload to incoming/", () => {
  it("produces summaries/<rel>.json, a valid v1 summary of the cleaned article", async () => {
    await stack.put("incoming/harbor-strike.txt", fixture("harbor-strike.txt"), "text/plain");
    await stack.idle();
    const summary = Summary.parse(await stack.getJson("summaries/harbor-strike.txt.json"));
    expect(summary.source).toMatchObject({ bucket: "precis-articles", key: "incoming/harbor-strike.txt", contentType: "text/plain" });
    expect(summary.engine.name).toBe("rules");
    expect(summary.article.text).not.toMatch(/ALSO READ|Copyright|4 min read/);
    const names = summary.actors.flatMap((a) => [a.name, ...a.aliases]).join(" | ");
    expect(names).toMatch(/Harbor Workers Union/);
    expect(names).toMatch(/Kovacs/);
    expect(summary.demands.some((d) => /pay rise|night shifts/.test(d.what))).toBe(true);
    // every item is grounded: its first span covers its evidence in the cleaned text
    for (const item of [...summary.actors, ...summary.demands, ...summary.dates]) {
      expect(item.spans.length).toBeGreaterThan(0);
      const [span] = item.spans;
      expect(summary.article.text.slice(span!.start, span!.end).length).toBeGreaterThan(0);
    }
  });

  it("reads HTML pages, keeping the article and its metadata", async () => {
    await stack.put("incoming/news/council vote.html", fixture("council-vote.html"), "text/html");
    await stack.idle();
    const summary = Summary.parse(await stack.getJson("summaries/news/council vote.html.json"));
    expect(summary.article.title).toBe("Council orders review of bridge closure");
    expect(summary.article.publishedAt).toMatch(/^2025-06-12/);
    expect(summary.article.text).toMatch(/Mill Street Bridge/);
    expect(summary.article.text).not.toMatch(/cookies|Related stories|All rights reserved/);
  });

  it("decodes keys the way S3 encodes them in events: spaces, '+', '%' and unicode", async () => {
    const key = "incoming/odd names/a+b 100% café.txt";
    await stack.put(key, fixture("harbor-strike.txt"), "text/plain");
    await stack.idle();
    const summary = Summary.parse(await stack.getJson("summaries/odd names/a+b 100% café.txt.json"));
    expect(summary.source.key).toBe(key);
  });

  it("links an upload to the same story uploaded before (a spun copy), and not to an unrelated one", async () => {
    const story = (name: string) => readFileSync(new URL(`../http/fixtures/${name}`, import.meta.url));
    await stack.put("incoming/same-story/original.txt", story("ferry-strike.txt"), "text/plain");
    await stack.put("incoming/same-story/unrelated.txt", story("orchard-frost.txt"), "text/plain");
    await stack.idle();
    await stack.put("incoming/same-story/spun.txt", story("ferry-strike-spun.txt"), "text/plain");
    await stack.idle();
    const [original, unrelated, spun] = await Promise.all(
      ["original", "unrelated", "spun"].map(async (n) => Summary.parse(await stack.getJson(`summaries/same-story/${n}.txt.json`))),
    );
    expect(spun.sameStoryAs).toContain(original.id);
    expect(spun.sameStoryAs).not.toContain(unrelated.id);
  });

  it("turns junk into errors/<rel>.json with a stable code, and no summary", async () => {
    await stack.put("incoming/junk.txt", "   \n\t  ", "text/plain");
    await stack.put("incoming/picture.txt", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), "text/plain");
    await stack.put("incoming/fragment.txt", "Just a short note.", "text/plain");
    await stack.idle();
    const codes = await Promise.all(["junk.txt", "picture.txt", "fragment.txt"].map(async (k) => ErrorRecord.parse(await stack.getJson(`errors/${k}.json`)).error.code));
    expect(codes).toEqual(["empty", "binary", "not_an_article"]);
    expect(await stack.keys("summaries/junk")).toEqual([]);
  });

  it("ignores objects outside incoming/ (its own outputs never trigger it again)", async () => {
    await stack.put("elsewhere/story.txt", fixture("harbor-strike.txt"), "text/plain");
    await stack.idle();
    expect(await stack.keys("summaries/elsewhere")).toEqual([]);
    expect(await stack.keys("errors/elsewhere")).toEqual([]);
    // the summaries and error records written above did not produce summaries of summaries
    expect((await stack.keys("summaries/")).filter((k) => k.includes(".json.json"))).toEqual([]);
  });
});
