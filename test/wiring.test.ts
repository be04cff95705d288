import { describe, expect, it } from "vitest";
import { readWiring } from "../local/wiring.ts";

describe("the local runner's wiring, read from serverless.yml", () => {
  const wiring = readWiring();
  it("triggers the upload function on ObjectCreated under incoming/ only", () => {
    const upload = wiring.find((f) => f.name === "onUpload")!;
    expect(upload.module).toBe("functions/on-upload.ts");
    expect(upload.s3).toEqual([{ event: "s3:ObjectCreated:*", prefix: "incoming/", suffix: "" }]);
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
