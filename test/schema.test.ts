import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { summaryJsonSchema, errorRecordJsonSchema } from "../lib/schema/summary.ts";

describe("the versioned JSON Schema files", () => {
  it("schema/summary.v1.json is exactly what the zod schema generates (run `npm run schema` after a compatible change)", () => {
    const committed = JSON.parse(readFileSync(new URL("../schema/summary.v1.json", import.meta.url), "utf8"));
    expect(committed).toEqual(summaryJsonSchema());
  });
  it("schema/error.v1.json is exactly what the zod schema generates", () => {
    const committed = JSON.parse(readFileSync(new URL("../schema/error.v1.json", import.meta.url), "utf8"));
    expect(committed).toEqual(errorRecordJsonSchema());
  });
});
