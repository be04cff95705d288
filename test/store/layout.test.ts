import { describe, expect, it } from "vitest";
import {
  apiOutputs,
  apiUploadId,
  checkLayout,
  decodeEventKey,
  encodeEventKey,
  errorKey,
  relativeKey,
  stateKeys,
  summaryKey,
  uploadOutputs,
} from "../../lib/store/layout.ts";

const prefixes = { incoming: "incoming/", summaries: "summaries/", errors: "errors/" };
const summaryOf = (key: string) => summaryKey(relativeKey(key, prefixes), prefixes);

describe("bucket layout", () => {
  it("maps incoming/<rel> to summaries/<rel>.json and errors/<rel>.json", () => {
    const rel = relativeKey("incoming/2025/story.html", prefixes);
    expect(summaryKey(rel, prefixes)).toBe("summaries/2025/story.html.json");
    expect(errorKey(rel, prefixes)).toBe("errors/2025/story.html.json");
  });
  it("refuses keys outside incoming/ and folder markers", () => {
    for (const key of ["summaries/x.json", "errors/x.json", "state/ids/x.json", "x.txt", "incoming/", "incoming/dir/"]) {
      expect(() => relativeKey(key, prefixes)).toThrow(expect.objectContaining({ code: "key_outside_prefix" }));
    }
  });
  it("encodes dot segments so no HTTP layer can resolve them out of the prefix", () => {
    expect(summaryOf("incoming/../../etc/passwd")).toBe("summaries/%2E%2E/%2E%2E/etc/passwd.json");
  });
  it("keeps internal state out of summaries/: every state key is under state/, which no upload maps to", () => {
    const keys = [stateKeys.claim("a".repeat(64), "rules@1"), stateKeys.entry("b".repeat(24)), stateKeys.recentPrefix, stateKeys.story("0-12345678"), stateKeys.pending("c".repeat(24)), stateKeys.upload("d".repeat(32))];
    for (const k of keys) expect(k.startsWith("state/")).toBe(true);
    expect(() => checkLayout({ ...prefixes, summaries: "state/summaries/" })).toThrow(/overlaps/);
    expect(() => checkLayout(prefixes)).not.toThrow();
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

describe("the upload → summary mapping is one-to-one (issue 12 §2)", () => {
  it("incoming/_precis/c.txt and incoming/%5Fprecis/c.txt get different summaries", () => {
    expect(summaryOf("incoming/_precis/c.txt")).toBe("summaries/_precis/c.txt.json");
    expect(summaryOf("incoming/%5Fprecis/c.txt")).toBe("summaries/%5Fprecis/c.txt.json");
  });
  it("incoming/keys/.. and incoming/keys/%2E%2E get different summaries, and so on down the escapes", () => {
    const keys = ["incoming/keys/..", "incoming/keys/%2E%2E", "incoming/keys/%252E%2E", "incoming/keys/%25%2E%2E", "incoming/keys/%2e%2e", "incoming/keys/.", "incoming/keys/%2E", "incoming/keys/%25%2E"];
    const outputs = keys.map(summaryOf);
    expect(new Set(outputs).size).toBe(keys.length);
    expect(outputs[0]).toBe("summaries/keys/%2E%2E.json");
    expect(outputs[1]).toBe("summaries/keys/%25%2E%2E.json");
  });
  it("is injective over a sample of awkward relative keys", () => {
    const parts = ["", ".", "..", "%2E", "%2E%2E", "%25%2E", "%252E", "_precis", "%5Fprecis", "a", "a%", "%", "%25", "api"];
    const rels = parts.flatMap((a) => parts.map((b) => `${a}/${b}`)).filter((r) => !r.endsWith("/"));
    const out = new Map<string, string>();
    for (const rel of rels) {
      const k = summaryKey(rel, prefixes);
      expect(out.get(k) ?? rel).toBe(rel);
      out.set(k, rel);
    }
  });
  it("the API's summaries live where only content-addressed hand-offs map: incoming/api/<id> with that id's content", () => {
    const id = "0123456789abcdef01234567";
    expect(apiOutputs(prefixes, id)).toEqual({ incomingKey: `incoming/api/${id}`, summaryKey: `summaries/api/${id}.json`, errorKey: `errors/api/${id}.json` });
    expect(apiUploadId(`api/${id}`)).toBe(id);
    expect(apiUploadId("news/story.txt")).toBeNull();
    for (const rel of [`api/${id}.txt`, "api/x", `api/${id}/x`, `api/${id.toUpperCase()}`]) expect(() => apiUploadId(rel)).toThrow(expect.objectContaining({ code: "refused" }));
    // a presigned upload can never land on an API summary
    expect(uploadOutputs(prefixes, "e".repeat(32), `${id}`).summaryKey).toBe(`summaries/uploads/${"e".repeat(32)}/${id}.json`);
  });
});
