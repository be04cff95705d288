import { describe, expect, it } from "vitest";
import { groupStories, parseSummaryPage, type StoredItem } from "../../web/logic/stories.ts";

const item = (id: string, createdAt: string, sameStoryAs: string[] = [], title = id): StoredItem => ({ id, title, createdAt, sameStoryAs, engine: null, publisher: null });
const ids = (groups: ReturnType<typeof groupStories>) => groups.map((g) => [g.lead.id, ...g.copies.map((c) => c.id)]);

describe("stored summaries", () => {
  it("reads catalog entries and whole summaries, in the common envelopes", () => {
    const entry = { id: "a".repeat(24), key: "summaries/api/a.json", createdAt: "2026-11-28T05:00:00Z", title: "Port strike", sameStoryAs: ["b".repeat(24)] };
    const summary = { id: "c".repeat(24), createdAt: "2026-11-27T05:00:00Z", article: { title: "Council vote", publisher: "AP" }, engine: { name: "rules" }, sameStoryAs: [] };
    expect(parseSummaryPage({ items: [entry, summary, { nope: 1 }, null], nextCursor: "next-1" })).toEqual({
      items: [
        { id: entry.id, title: "Port strike", createdAt: entry.createdAt, sameStoryAs: entry.sameStoryAs, engine: null, publisher: null },
        { id: summary.id, title: "Council vote", createdAt: summary.createdAt, sameStoryAs: [], engine: "rules", publisher: "AP" },
      ],
      nextCursor: "next-1",
    });
    expect(parseSummaryPage({ summaries: [entry], cursor: "c2" }).nextCursor).toBe("c2");
    expect(parseSummaryPage([entry]).items).toHaveLength(1);
    expect(parseSummaryPage({ data: [entry] }).nextCursor).toBeNull();
    expect(parseSummaryPage("nonsense")).toEqual({ items: [], nextCursor: null });
  });

  it("groups copies of one story, linked in either direction and transitively, newest first", () => {
    const items = [
      item("n1", "2026-11-28T10:00:00Z", ["o1"]),
      item("x", "2026-11-28T09:00:00Z"),
      item("o2", "2026-11-27T10:00:00Z"),
      item("o1", "2026-11-26T10:00:00Z", ["o2"]),
      item("y", "2026-11-25T10:00:00Z", ["not-in-the-list"]),
    ];
    expect(ids(groupStories(items))).toEqual([["n1", "o2", "o1"], ["x"], ["y"]]);
  });

  it("orders a group by its newest copy and counts an id seen twice once", () => {
    const items = [item("a", "2026-11-28T10:00:00Z"), item("b", "2026-11-20T10:00:00Z", ["c"]), item("c", "2026-11-29T10:00:00Z"), item("a", "2026-11-28T10:00:00Z")];
    expect(ids(groupStories(items))).toEqual([["c", "b"], ["a"]]);
  });

  it("keeps list order for entries without a usable date", () => {
    const items = [{ ...item("p", ""), createdAt: null }, { ...item("q", "bad") }];
    expect(ids(groupStories(items))).toEqual([["p"], ["q"]]);
  });
});
