// The logger's redaction (lib/log.ts) and the embedded CloudWatch metrics (lib/metrics.ts).
import { describe, expect, it } from "vitest";
import { createLogger, redact } from "../lib/log.ts";
import { emfFields } from "../lib/metrics.ts";

describe("log lines and metrics", () => {
  it("the logger redacts text and credentials whatever a caller passes (but not at debug)", () => {
    const lines: string[] = [];
    const log = createLogger("debug", (l) => lines.push(l));
    log.info("x", { text: "the article", nested: { apiKey: "k", authorization: "Bearer abc" }, note: "key sk-abcdefghijklmnopqrstuvwx here", tokens: { inputTokens: 3 } });
    const line = JSON.parse(lines[0]!);
    expect(line.text).toBe("[redacted]");
    expect(line.nested).toEqual({ apiKey: "[redacted]", authorization: "[redacted]" });
    expect(line.note).toBe("key [redacted] here");
    expect(line.tokens).toEqual({ inputTokens: 3 });
    expect(redact({ body: null })).toEqual({ body: null });
  });

  it("emfFields leaves out metrics without a value and dimension sets with a missing dimension", () => {
    const f = emfFields("NS", { Service: "s" }, [["Service"], ["Service", "Engine"]], [
      { name: "A", unit: "Count", value: 1 },
      { name: "B", unit: "Count", value: null },
    ]) as any;
    expect(f._aws.CloudWatchMetrics[0].Metrics).toEqual([{ Name: "A", Unit: "Count" }]);
    expect(f._aws.CloudWatchMetrics[0].Dimensions).toEqual([["Service"]]);
    expect(f.B).toBeUndefined();
  });
});
