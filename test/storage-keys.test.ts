import { describe, expect, it } from "vitest";
import { decodeEventKey, encodeEventKey, errorKey, relativeKey, summaryKey } from "../lib/storage/keys.ts";

const prefixes = { incoming: "incoming/", summaries: "summaries/", errors: "errors/" };

describe("bucket layout", () => {
  it("maps incoming/<rel> to summaries/<rel>.json and errors/<rel>.json", () => {
    const rel = relativeKey("incoming/2025/story.html", prefixes);
    expect(summaryKey(rel, prefixes)).toBe("summaries/2025/story.html.json");
    expect(errorKey(rel, prefixes)).toBe("errors/2025/story.html.json");
  });
  it("refuses keys outside incoming/ and folder markers", () => {
    for (const key of ["summaries/x.json", "errors/x.json", "x.txt", "incoming/", "incoming/dir/"]) {
      expect(() => relativeKey(key, prefixes)).toThrow(expect.objectContaining({ code: "key_outside_prefix" }));
    }
  });
  it("encodes dot segments so no HTTP layer can resolve them out of the prefix", () => {
    expect(summaryKey(relativeKey("incoming/../../etc/passwd", prefixes), prefixes)).toBe("summaries/%2E%2E/%2E%2E/etc/passwd.json");
  });
  it("keeps the catalog's reserved segment out of users' reach", () => {
    expect(summaryKey("_precis/ids/x", prefixes)).toBe("summaries/%5Fprecis/ids/x.json");
  });
  it("shortens keys that would exceed S3's 1,024-byte limit, uniquely", () => {
    const long = "é".repeat(505) + ".txt";
    const a = summaryKey(long, prefixes);
    const b = summaryKey(long.replace(/^é/, "e"), prefixes);
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(1024);
    expect(a).not.toBe(b);
  });
  it("decodes event keys the way S3 encodes them", () => {
    const key = "incoming/odd names/a+b 100% café.txt";
    expect(encodeEventKey(key)).toBe("incoming/odd+names/a%2Bb+100%25+caf%C3%A9.txt");
    expect(decodeEventKey(encodeEventKey(key))).toBe(key);
  });
});
