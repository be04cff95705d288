import { describe, expect, it } from "vitest";
import { projectSpans } from "../../lib/text/project.ts";

describe("projectSpans", () => {
  it("maps a repeated word to each of its own places, not twice to the first", () => {
    const source = "Masthead line\n\nThe vote is on Friday.   Talks end Friday.";
    const cleaned = "The vote is on Friday. Talks end Friday.";
    const spans = [...cleaned.matchAll(/Friday/g)].map((m) => ({ start: m.index, end: m.index + 6 }));
    const out = projectSpans(cleaned, source, spans);
    expect(out.map((s) => s && source.slice(s.start, s.end))).toEqual(["Friday", "Friday"]);
    expect(out[0]!.start).toBe(source.indexOf("Friday"));
    expect(out[1]!.start).toBe(source.lastIndexOf("Friday"));
  });

  it("does not find a word inside a longer one", () => {
    const source = "Everyone knows the plan. It starts now.";
    const cleaned = "Everyone knows the plan. It starts now.";
    const at = cleaned.lastIndexOf("now");
    expect(projectSpans(cleaned, source, [{ start: at, end: at + 3 }])).toEqual([{ start: source.lastIndexOf("now"), end: source.lastIndexOf("now") + 3 }]);
  });
});
