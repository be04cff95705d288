import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../lib/config.ts";

describe("configuration", () => {
  it("defaults to the embedded rules engine when no OpenAI key is configured", () => {
    const c = loadConfig({});
    expect(c.engine).toBe("rules");
    expect(c.prefixes).toEqual({ incoming: "incoming/", summaries: "summaries/", errors: "errors/" });
    expect(c.limits).toEqual({ maxObjectBytes: 5 * 1024 * 1024, maxBodyBytes: 1024 * 1024, maxArticleWords: 50_000, workBudgetMs: 300_000, maxDocumentPages: 200 });
  });
  it("uses the OpenAI engine when a key is configured, unless PRECIS_ENGINE says otherwise", () => {
    expect(loadConfig({ OPENAI_API_KEY: "sk-x" }).engine).toBe("openai");
    expect(loadConfig({ OPENAI_API_KEY: "sk-x", PRECIS_ENGINE: "rules" }).engine).toBe("rules");
  });
  it("refuses prefixes that would make the function trigger itself", () => {
    expect(() => loadConfig({ PRECIS_SUMMARIES_PREFIX: "incoming/" })).toThrow(ConfigError);
    expect(() => loadConfig({ PRECIS_INCOMING_PREFIX: "in/", PRECIS_ERRORS_PREFIX: "in/" })).toThrow(/overlap|differ/);
  });
  it("names every invalid variable", () => {
    expect(() => loadConfig({ PRECIS_ENGINE: "magic", PRECIS_MAX_BYTES: "-3" })).toThrow(/PRECIS_ENGINE[\s\S]*PRECIS_MAX_BYTES|PRECIS_MAX_BYTES[\s\S]*PRECIS_ENGINE/);
  });
  it("splits comma-separated API keys", () => {
    expect(loadConfig({ PRECIS_API_KEY: "a, b,," }).apiKeys).toEqual(["a", "b"]);
  });
});
