import { describe, expect, it } from "vitest";
import { buildTimeline, describeInYear, describeTimex, groupByYear, timexRange } from "../../web/logic/timeline.ts";

const date = (value: string, text = value, at = 0, type = "DATE") => ({ text, type, value, spans: [{ start: at, end: at + text.length }] });
const iso = (ms: number) => new Date(ms).toISOString();

describe("TIMEX3 values on a timeline", () => {
  it("turns anchored values into UTC ranges", () => {
    const r = (v: string) => {
      const x = timexRange(v);
      return x && [iso(x.start), iso(x.end)];
    };
    expect(r("2022-01-10")).toEqual(["2022-01-10T00:00:00.000Z", "2022-01-11T00:00:00.000Z"]);
    expect(r("2021-12-30T15:35")).toEqual(["2021-12-30T15:35:00.000Z", "2021-12-30T15:36:00.000Z"]);
    expect(r("2021-12-30TEV")).toEqual(["2021-12-30T18:00:00.000Z", "2021-12-30T21:00:00.000Z"]);
    expect(r("2022-01")).toEqual(["2022-01-01T00:00:00.000Z", "2022-02-01T00:00:00.000Z"]);
    expect(r("2021-W51")).toEqual(["2021-12-20T00:00:00.000Z", "2021-12-27T00:00:00.000Z"]);
    expect(r("2026-W01")).toEqual(["2025-12-29T00:00:00.000Z", "2026-01-05T00:00:00.000Z"]);
    expect(r("2022-Q2")).toEqual(["2022-04-01T00:00:00.000Z", "2022-07-01T00:00:00.000Z"]);
    expect(r("2021-WI")).toEqual(["2021-12-01T00:00:00.000Z", "2022-03-01T00:00:00.000Z"]);
    expect(r("2014")).toEqual(["2014-01-01T00:00:00.000Z", "2015-01-01T00:00:00.000Z"]);
    expect(r("199")).toEqual(["1990-01-01T00:00:00.000Z", "2000-01-01T00:00:00.000Z"]);
    for (const v of ["", "P3D", "PT50M", "XXXX-01-10", "PRESENT_REF", "2022-13", "2022-02-40", "next week"]) expect(timexRange(v)).toBeNull();
  });

  it("sorts dates in time order, the wider range first, and places the publication date among them", () => {
    const dates = [
      date("2022-01-10", "Jan. 10", 100),
      date("2021-12-30T15:35", "3:35 p.m.", 200, "TIME"),
      date("2021-12-30", "Thursday", 10),
      date("P3D", "three days", 50, "DURATION"),
      date("2014", "In 2014", 900),
      date("2022", "early 2022", 800),
      date("XXXX-06-01", "June 1", 30),
      date("", "some day", 5),
    ];
    const t = buildTimeline(dates, "2021-12-30");
    expect(t.entries.map((e) => (e.kind === "published" ? `published ${e.value}` : e.item.text))).toEqual([
      "In 2014",
      "Thursday",
      "published 2021-12-30",
      "3:35 p.m.",
      "early 2022",
      "Jan. 10",
    ]);
    expect(t.unanchored.map((u) => u.item.text)).toEqual(["some day", "June 1", "three days"]);
    expect(t.entries.find((e) => e.kind === "date" && e.item.text === "Jan. 10")).toMatchObject({ index: 0 });
  });

  it("keeps text order for equal values and works without a publication date", () => {
    const t = buildTimeline([date("2022-01-10", "b", 50), date("2022-01-10", "a", 5)], null);
    expect(t.entries.map((e) => (e.kind === "date" ? e.item.text : "")).join()).toBe("a,b");
  });

  it("describes values for a reader", () => {
    expect(describeTimex("2022-01-10")).toBe("10 Jan 2022");
    expect(describeTimex("2021-12-30T15:35")).toBe("30 Dec 2021, 15:35");
    expect(describeTimex("XXXX-01-10")).toBe("10 Jan (year unknown)");
    expect(describeTimex("2022-01")).toBe("Jan 2022");
    expect(describeTimex("2021-W51")).toBe("week 51, 2021");
    expect(describeTimex("2022-Q3")).toBe("Q3 2022");
    expect(describeTimex("2021-SU")).toBe("summer 2021");
    expect(describeTimex("199")).toBe("the 1990s");
    expect(describeTimex("P3D", "DURATION")).toBe("3 days");
    expect(describeTimex("PT50M", "DURATION")).toBe("50 minutes");
    expect(describeTimex("P1Y6M", "DURATION")).toBe("1 year 6 months");
    expect(describeTimex("PXY", "DURATION")).toBe("some years");
    expect(describeTimex("P1W", "SET")).toBe("every week");
    expect(describeTimex("PRESENT_REF")).toBe("now");
    expect(describeTimex("")).toBe("not resolved");
    expect(describeTimex("weird")).toBe("weird");
  });
});

describe("year groups", () => {
  it("puts each year's entries under one heading and leaves the year out of them", () => {
    const dates = [
      date("2022-01-10T09:30", "9:30 a.m. Jan. 10", 100, "TIME"),
      date("2021-12-30", "Thursday", 10),
      date("2021-Q3", "the third quarter", 40),
      date("2022-01", "January", 60),
      date("2022", "this year", 70),
    ];
    const groups = groupByYear(buildTimeline(dates, "2021-12-30").entries);
    expect(groups.map((g) => g.year)).toEqual([2021, 2022]);
    const labels = groups.map((g) => g.entries.map((e) => (e.kind === "published" ? `pub ${describeInYear(e.value, g.year)}` : describeInYear(e.item.value, g.year, e.item.type))));
    expect(labels).toEqual([
      ["Q3", "30 Dec", "pub 30 Dec"],
      ["the year", "Jan", "10 Jan, 09:30"],
    ]);
    for (const l of labels.flat()) expect(l).not.toMatch(/20\d\d/);
  });
  it("keeps a year that differs from the heading (an ISO week that starts in the previous December)", () => {
    expect(describeInYear("2026-W01", 2025)).toBe("week 1, 2026");
    expect(describeInYear("199", 1990)).toBe("the 1990s");
  });
});
