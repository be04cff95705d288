import { describe, expect, it } from "vitest";
import { firesOn, readWiring } from "../local/wiring.ts";

describe("the local runner's wiring, read from serverless.yml", () => {
  const wiring = readWiring();
  it("triggers the upload function on ObjectCreated under incoming/ only", () => {
    const upload = wiring.find((f) => f.name === "onUpload")!;
    expect(upload.module).toBe("functions/on-upload.ts");
    expect(upload.s3).toEqual([{ event: "s3:ObjectCreated:*", prefix: "incoming/", suffix: "" }]);
  });
  it("fires a trigger on its event kind, prefix and suffix only", () => {
    const t = { event: "s3:ObjectCreated:*", prefix: "incoming/", suffix: ".html" };
    expect(firesOn(t, "ObjectCreated:Put", "incoming/a/story.html")).toBe(true);
    expect(firesOn(t, "ObjectCreated:Copy", "incoming/story.html")).toBe(true);
    expect(firesOn(t, "ObjectRemoved:Delete", "incoming/story.html")).toBe(false);
    expect(firesOn(t, "ObjectCreated:Put", "summaries/story.html")).toBe(false);
    expect(firesOn(t, "ObjectCreated:Put", "incoming/story.txt")).toBe(false);
  });
  it("routes the HTTP API to the http function, with path parameters", () => {
    const http = wiring.find((f) => f.name === "http")!;
    expect(http.http.map((r) => `${r.method} ${r.path}`)).toContain("POST /summaries");
    const byId = http.http.find((r) => r.method === "GET" && r.path === "/summaries/{id}")!;
    expect(byId.params).toEqual(["id"]);
    expect(byId.pattern.test("/summaries/abc")).toBe(true);
    expect(byId.pattern.test("/summaries/abc/extra")).toBe(false);
    expect(byId.pattern.test("/summaries")).toBe(false);
  });
  it("points every handler at a module export that exists", async () => {
    for (const fn of wiring) {
      const mod = await import(new URL(`../${fn.module}`, import.meta.url).href);
      expect(typeof mod[fn.exportName], `${fn.module}#${fn.exportName}`).toBe("function");
    }
  });
});
