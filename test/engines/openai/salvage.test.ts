import { describe, expect, it } from "vitest";
import { z } from "zod";
import { normaliseCameo, normaliseTimex, salvageAnswer, TIMEX_VALUE } from "../../../lib/engines/openai/salvage.ts";
import { LLMExtraction, responseFormat, wireSchema } from "../../../lib/engines/openai/response-schema.ts";
import { buildRequest, openAIFingerprint, sendsStrictKeywords } from "../../../lib/engines/openai/index.ts";
import { loadConfig } from "../../../lib/config.ts";
import { schemaViolations, strictSchemaProblems } from "../../support/openai-server.ts";
import { ARTICLE, METADATA, VALID_ANSWER } from "./helpers.ts";

describe("field salvage", () => {
  it("reads a CAMEO code out of what a model writes around it", () => {
    expect(normaliseCameo("1041 change in leadership")).toBe("1041");
    expect(normaliseCameo("CAMEO 104")).toBe("104");
    expect(normaliseCameo("104.1")).toBe("1041");
    expect(normaliseCameo("10")).toBe("10");
    expect(normaliseCameo("043 (consult)")).toBeUndefined();
    expect(normaliseCameo("a demand")).toBeUndefined();
    expect(normaliseCameo("10456")).toBeUndefined();
  });

  it("reads TIMEX3 values from ISO-ish and written-out dates, and refuses what it cannot read", () => {
    expect(normaliseTimex("2022/1/10")).toBe("2022-01-10");
    expect(normaliseTimex("2022-01-10 9:30")).toBe("2022-01-10T09:30");
    expect(normaliseTimex("2022-01-10T10:00:00Z")).toBe("2022-01-10T10:00");
    expect(normaliseTimex("January 10, 2022")).toBe("2022-01-10");
    expect(normaliseTimex("p3d")).toBe("P3D");
    expect(normaliseTimex("2022-13-01")).toBeUndefined();
    expect(normaliseTimex("TBD")).toBeUndefined();
    for (const v of ["2022-01-10", "2022-01", "2022", "XXXX-01-10", "2022-W02", "XXXX-WXX-1", "2021-12-30T15:35", "P3D", "PT2H", "P1Y6M", "2022-Q1", "2022-SU", "PRESENT_REF"]) {
      expect(TIMEX_VALUE.test(v), v).toBe(true);
    }
  });

  it("a wire-valid answer with every local rule broken is salvaged into one that passes the full schema", () => {
    const odd = structuredClone(VALID_ANSWER) as any;
    odd.actors[0].name = "  Russia ";
    odd.actors[1].name = "";
    odd.demands[0].cameo = "1056 de-escalate";
    odd.dates[0].text = "";
    odd.dates[1].value = "Jan 20 2022";
    const { extraction, warnings } = salvageAnswer(JSON.stringify(odd));
    expect(LLMExtraction.safeParse(extraction).success).toBe(true);
    expect(extraction.actors.map((a) => a.name)).toEqual(["Russia", "Dmitry Peskov", "Antony Blinken", "United States"]);
    expect(extraction.demands[0]!.cameo).toBe("1056");
    expect(extraction.dates.map((d) => d.value)).toEqual(["2022-01-20"]);
    expect(warnings.map((w) => w.code)).toEqual(["llm_item_dropped", "llm_value_normalized", "llm_item_dropped", "llm_value_normalized"]);
  });

  it("missing structure is not salvaged: it throws for the repair round-trip", () => {
    expect(() => salvageAnswer("{")).toThrow(SyntaxError);
    expect(() => salvageAnswer(JSON.stringify({ ...VALID_ANSWER, dates: "none" }))).toThrow(z.ZodError);
    const missing = structuredClone(VALID_ANSWER) as any;
    delete missing.actors[0].aliases;
    expect(() => salvageAnswer(JSON.stringify(missing))).toThrow(z.ZodError);
  });
});

describe("the wire schema says what the endpoint accepts", () => {
  it("OpenAI gets pattern; other servers do not, unless OPENAI_STRICT_KEYWORDS says so", () => {
    const strict = wireSchema({ strictKeywords: true }) as any;
    const portable = wireSchema() as any;
    expect(strict.properties.demands.items.properties.cameo.anyOf[0].pattern).toBe("^10\\d{0,2}$");
    expect(portable.properties.demands.items.properties.cameo.anyOf[0]).not.toHaveProperty("pattern");
    // Both are accepted by strict mode (minLength, which it rejects, stays out of both).
    expect(strictSchemaProblems(strict)).toEqual([]);
    expect(strictSchemaProblems(portable)).toEqual([]);
    expect(JSON.stringify(strict)).not.toContain("minLength");

    expect(sendsStrictKeywords(null)).toBe(true);
    expect(sendsStrictKeywords("https://api.openai.com/v1")).toBe(true);
    expect(sendsStrictKeywords("https://res.openai.azure.com/openai/v1")).toBe(false);
    expect(sendsStrictKeywords("http://127.0.0.1:11434/v1")).toBe(false);
    expect(sendsStrictKeywords("http://127.0.0.1:11434/v1", true)).toBe(true);
    expect(sendsStrictKeywords(null, false)).toBe(false);

    const base = { text: ARTICLE, metadata: METADATA, model: "gpt-4.1-mini", maxOutputTokens: 1000 };
    const sent = (b: ReturnType<typeof buildRequest>) => JSON.stringify(b.response_format);
    expect(sent(buildRequest({ ...base, baseURL: null }))).toContain('"pattern"');
    expect(sent(buildRequest({ ...base, baseURL: "http://127.0.0.1:8000/v1" }))).not.toContain('"pattern"');
    expect(sent(buildRequest({ ...base, baseURL: "http://127.0.0.1:8000/v1", strictKeywords: true }))).toContain('"pattern"');
  });

  it("is configured by OPENAI_STRICT_KEYWORDS (auto by default) and changes the engine fingerprint", () => {
    expect(loadConfig({}).openai.strictKeywords).toBeNull();
    expect(loadConfig({ OPENAI_STRICT_KEYWORDS: "on" }).openai.strictKeywords).toBe(true);
    expect(loadConfig({ OPENAI_STRICT_KEYWORDS: "off" }).openai.strictKeywords).toBe(false);
    expect(() => loadConfig({ OPENAI_STRICT_KEYWORDS: "yes" })).toThrow(/OPENAI_STRICT_KEYWORDS/);
    const o = { model: "m", baseURL: "http://127.0.0.1:1/v1", maxOutputTokens: 1, inputTokenBudget: 1 };
    expect(openAIFingerprint({ ...o, strictKeywords: true })).not.toBe(openAIFingerprint(o));
  });

  it("an odd value that the pattern would have kept out is valid on the portable wire, not on OpenAI's", () => {
    const odd = structuredClone(VALID_ANSWER) as any;
    odd.demands[0].cameo = "1041 change in leadership";
    expect(schemaViolations(wireSchema(), odd)).toEqual([]);
    expect(schemaViolations(wireSchema({ strictKeywords: true }), odd)).toEqual([expect.stringContaining("demands[0].cameo")]);
    expect(schemaViolations(responseFormat().json_schema.schema, { ...VALID_ANSWER, extra: 1 })).toEqual(["$.extra: not allowed"]);
  });
});
