import { describe, expect, it } from "vitest";
import { memoize } from "../../../lib/engines/rules/memo.ts";

describe("memoize", () => {
  it("answers each string once, falsy and undefined answers included", () => {
    const calls: string[] = [];
    const answer = memoize((s: string) => {
      calls.push(s);
      return s === "none" ? undefined : s === "no" ? false : s.length;
    });
    for (const s of ["harbor", "no", "none", "harbor", "no", "none"]) answer(s);
    expect(calls).toEqual(["harbor", "no", "none"]);
    expect([answer("harbor"), answer("no"), answer("none")]).toEqual([6, false, undefined]);
  });

  it("forgets everything once it holds `limit` answers, and answers the same again", () => {
    const calls: string[] = [];
    const upper = memoize((s: string) => (calls.push(s), s.toUpperCase()), 2);
    expect(["a", "b", "c", "a"].map(upper)).toEqual(["A", "B", "C", "A"]);
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});
