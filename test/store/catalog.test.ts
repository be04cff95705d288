// The catalog (lib/store/catalog.ts) against an in-memory S3: entries, the stable listing order, cursors.
import { describe, expect, it } from "vitest";
import { ArticleBucket } from "../../lib/store/bucket.ts";
import { CursorError, findEntry, forgetEntry, listSummaries, recordEntry } from "../../lib/store/catalog.ts";
import type { Summary } from "../../lib/schema/summary.ts";
import { MemoryS3 } from "../reliability/support/memory-s3.ts";

const prefixes = { incoming: "incoming/", summaries: "summaries/", errors: "errors/" };
const bucketOn = (s3: MemoryS3) => new ArticleBucket(s3.asClient(), "b", prefixes);
const summary = (id: string, createdAt: string, title = `title ${id}`) =>
  ({ id, createdAt, article: { title, publisher: null }, engine: { name: "rules" }, sameStoryAs: [] }) as unknown as Summary;
const id = (c: string) => c.repeat(24);

describe("the catalog", () => {
  it("keeps the first createdAt of a content and lists it once, newest first by that time", async () => {
    const s3 = new MemoryS3();
    const bucket = bucketOn(s3);
    expect(await recordEntry(bucket, summary(id("a"), "2026-01-01T00:00:00.000Z"), "summaries/a.json")).toEqual({ news: true, first: true });
    expect(await recordEntry(bucket, summary(id("b"), "2026-01-02T00:00:00.000Z"), "summaries/b.json")).toEqual({ news: true, first: true });
    // A summarized again later, elsewhere: news, but it keeps its place and its first createdAt
    expect(await recordEntry(bucket, summary(id("a"), "2026-01-03T00:00:00.000Z", "new title"), "summaries/a2.json")).toEqual({ news: true, first: false });
    const page = await listSummaries(bucket, { limit: 10 });
    expect(page.items.map((i) => [i.id, i.createdAt, i.key])).toEqual([
      [id("b"), "2026-01-02T00:00:00.000Z", "summaries/b.json"],
      [id("a"), "2026-01-01T00:00:00.000Z", "summaries/a2.json"],
    ]);
    expect(page.items[1]!.title).toBe("new title");
    expect(page.nextCursor).toBeNull();
  });

  it("says a re-record of the very same summary is not news (no second event)", async () => {
    const bucket = bucketOn(new MemoryS3());
    const s = summary(id("c"), "2026-02-01T00:00:00.000Z");
    await recordEntry(bucket, s, "summaries/c.json");
    expect(await recordEntry(bucket, s, "summaries/c.json")).toEqual({ news: false, first: false });
  });

  it("pages with a cursor it made, and refuses one it did not", async () => {
    const bucket = bucketOn(new MemoryS3());
    for (const [i, c] of ["d", "e", "f"].entries()) await recordEntry(bucket, summary(id(c), `2026-03-0${i + 1}T00:00:00.000Z`), `summaries/${c}.json`);
    const one = await listSummaries(bucket, { limit: 2 });
    expect(one.items.map((i) => i.id)).toEqual([id("f"), id("e")]);
    const two = await listSummaries(bucket, { limit: 2, cursor: one.nextCursor });
    expect(two.items.map((i) => i.id)).toEqual([id("d")]);
    expect(two.nextCursor).toBeNull();
    await expect(listSummaries(bucket, { limit: 2, cursor: Buffer.from("state/ids/x").toString("base64url") })).rejects.toBeInstanceOf(CursorError);
  });

  it("forgets an entry only when it points at the superseded summary", async () => {
    const s3 = new MemoryS3();
    const bucket = bucketOn(s3);
    await recordEntry(bucket, summary(id("0"), "2026-04-01T00:00:00.000Z"), "summaries/g.json");
    await forgetEntry(bucket, id("0"), "summaries/other.json");
    expect(await findEntry(bucket, id("0"))).not.toBeNull();
    await forgetEntry(bucket, id("0"), "summaries/g.json");
    expect(await findEntry(bucket, id("0"))).toBeNull();
    expect((await listSummaries(bucket, { limit: 10 })).items).toEqual([]);
    expect([...s3.objects.keys()]).toEqual([]);
  });

  it("records new content with a conditional create and its marker, without reading first; known content is read and updated", async () => {
    const s3 = new MemoryS3();
    const bucket = bucketOn(s3);
    const first = summary(id("1"), "2026-05-01T00:00:00.000Z");
    expect(await recordEntry(bucket, first, "summaries/h.json")).toEqual({ news: true, first: true });
    expect(s3.commands).toEqual([`PutObject state/ids/${id("1")}.json`, expect.stringMatching(new RegExp(`^PutObject state/recent/\\d{13}_${id("1")}$`))]);
    s3.commands.length = 0;
    // The same content summarized again at another key: the create loses, the entry is read and updated
    // on that version; the listing marker stays where it was.
    expect(await recordEntry(bucket, summary(id("1"), "2026-05-02T00:00:00.000Z", "again"), "summaries/h2.json")).toEqual({ news: true, first: false });
    expect(s3.commands).toEqual([`PutObject state/ids/${id("1")}.json`, `GetObject state/ids/${id("1")}.json`, `PutObject state/ids/${id("1")}.json`]);
    expect([...s3.objects.keys()].filter((k) => k.startsWith("state/recent/"))).toHaveLength(1);
    expect(await findEntry(bucket, id("1"))).toMatchObject({ key: "summaries/h2.json", createdAt: "2026-05-01T00:00:00.000Z", title: "again" });
  });

  it("two deliveries recording one new content at once: one creates, the other updates; one marker", async () => {
    const s3 = new MemoryS3();
    const bucket = bucketOn(s3);
    const results = await Promise.all([
      recordEntry(bucket, summary(id("2"), "2026-06-01T00:00:00.000Z"), "summaries/i.json"),
      recordEntry(bucket, summary(id("2"), "2026-06-01T00:00:01.000Z"), "summaries/j.json"),
    ]);
    expect(results.map((r) => r.first).sort()).toEqual([false, true]);
    expect([...s3.objects.keys()].filter((k) => k.startsWith("state/recent/"))).toHaveLength(1);
    expect((await listSummaries(bucket, { limit: 10 })).items.map((i) => i.id)).toEqual([id("2")]);
  });

  it("finds nothing for a malformed id, without a request", async () => {
    const s3 = new MemoryS3();
    expect(await findEntry(bucketOn(s3), "../x")).toBeNull();
    expect(s3.commands).toEqual([]);
  });
});
