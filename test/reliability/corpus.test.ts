// The bad-input corpus through the real stack: each object is uploaded through the S3 API (or deleted
// before it is read, or never existed), handled by the Lambda handler, and must end in a valid summary
// or a clear error record with a stable code — never a crash without a record — and no junk may reach
// the LLM (the OpenAI engine talks to the test server, which records every request).
import { posix } from "node:path";
import type { S3Event } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorRecord, Summary } from "../../lib/schema/summary.ts";
import { decodeEventKey, encodeEventKey, errorKey, relativeKey, summaryKey } from "../../lib/store/layout.ts";
import { handler } from "../../functions/on-upload.ts";
import { inspectChatRequest, smart } from "../support/openai-server.ts";
import { buildCorpus, type CorpusCase } from "./corpus.ts";
import { startReliabilityStack, type ReliabilityStack } from "./support/stack.ts";

const PREFIXES = { incoming: "incoming/", summaries: "summaries/", errors: "errors/" };
const cases = buildCorpus();
let env: ReliabilityStack;
const thrown: Array<{ key: string; error: unknown }> = [];

const outputsOf = (c: CorpusCase) => {
  const rel = relativeKey(c.key, PREFIXES);
  return { summary: summaryKey(rel, PREFIXES), error: errorKey(rel, PREFIXES) };
};
const syntheticEvent = (key: string): S3Event =>
  ({
    Records: [
      {
        eventVersion: "2.1",
        eventSource: "aws:s3",
        awsRegion: "us-east-1",
        eventTime: new Date().toISOString(),
        eventName: "ObjectCreated:Put",
        s3: { s3SchemaVersion: "1.0", bucket: { name: env.stack.bucket }, object: { key: encodeEventKey(key), size: 2048, eTag: "0123456789abcdef0123456789abcdef", sequencer: "00AA00AA00AA00AA" } },
      },
    ],
  }) as unknown as S3Event;

beforeAll(async () => {
  // A gullible model: it obeys "list X as an actor" in the text, so the injection case tests our filter.
  env = await startReliabilityStack({ server: { fallback: smart({ gullible: true }) } });
  const uploads = cases.filter((c) => (c.delivery ?? "upload") === "upload");
  for (let i = 0; i < uploads.length; i += 8) {
    await Promise.all(uploads.slice(i, i + 8).map((c) => env.stack.put(c.key, c.body, c.contentType)));
  }
  // Deleted between the event and the read: hold the event, delete, then deliver it.
  for (const c of cases.filter((c) => c.delivery === "deleted-before-read")) {
    env.stack.delivery.paused = true;
    await env.stack.put(c.key, c.body, c.contentType);
    env.stack.delivery.paused = false;
    await env.remove(c.key);
    env.stack.deliver(env.stack.events.findLast((e) => decodeEventKey(e.Records[0]!.s3.object.key) === c.key)!);
  }
  // What Lambda receives for an object that is gone: call the handler as Lambda would.
  for (const c of cases.filter((c) => c.delivery === "never-existed")) {
    await handler(syntheticEvent(c.key)).catch((error) => thrown.push({ key: c.key, error }));
  }
  await env.stack.idle();
}, 120_000);
afterAll(async () => env?.dispose());

describe(`bad input corpus (${cases.length} cases)`, () => {
  it("has at least 40 cases", () => expect(cases.length).toBeGreaterThanOrEqual(40));

  for (const c of cases) {
    it(c.name, async () => {
      if ("ignored" in c.expect) {
        const rel = c.key.slice(PREFIXES.incoming.length);
        expect(await env.stack.keys(`${PREFIXES.summaries}${rel}`)).toEqual([]);
        expect(await env.stack.keys(`${PREFIXES.errors}${rel}`)).toEqual([]);
        return;
      }
      const out = outputsOf(c);
      const [summary, error] = await Promise.all([env.stack.getJson(out.summary), env.stack.getJson(out.error)]);
      const e = c.expect;
      if ("summary" in e) {
        expect(error, `error record: ${JSON.stringify(error?.error)}`).toBeNull();
        const s = Summary.parse(summary);
        expect(s.source.key).toBe(c.key);
        e.check?.(s);
        if (c.marker) expect(env.served(c.marker)).toBe(1);
      } else if ("error" in e) {
        expect(summary).toBeNull();
        const record = ErrorRecord.parse(error);
        const codes = Array.isArray(e.error) ? e.error : [e.error];
        expect(codes, record.error.message).toContain(record.error.code);
        expect(record.error.retryable).toBe(false);
        expect(record.source.key).toBe(c.key);
        expect(record.error.message.length).toBeGreaterThan(10);
        if (c.marker) expect(env.asked(c.marker), "junk reached the LLM").toBe(0);
      }
    });
  }

  it("no handler invocation crashed or was left to retry: every case ended in a record (or was ignored)", () => {
    expect(thrown).toEqual([]);
  });

  it("the LLM was asked only about the cases that are articles", () => {
    const markers = cases.filter((c) => "summary" in c.expect && c.marker).map((c) => c.marker!);
    for (const r of env.llm.requests) {
      const article = inspectChatRequest(r.body).article ?? "";
      expect(markers.some((m) => article.includes(m)), `an unexpected LLM request: ${article.slice(0, 120)}`).toBe(true);
    }
  });

  it("nothing was written outside summaries/, errors/ and state/, and '..' keys stayed inside them", async () => {
    // s3rver keeps objects as files, so it resolves '..' in a key (S3 does not): accept either form.
    const uploaded = new Set(cases.filter((c) => c.delivery !== "deleted-before-read" && c.delivery !== "never-existed").flatMap((c) => [c.key, posix.normalize(c.key)]));
    const incoming = await env.stack.keys("incoming/");
    for (const k of incoming) expect(uploaded.has(k), `unexpected object ${k}`).toBe(true);
    expect(await env.stack.getJson("summaries/evil.txt.json")).toBeNull();
    // An upload under _precis/ is an upload like any other; it cannot reach the catalog under state/.
    expect(Summary.parse(await env.stack.getJson("summaries/_precis/ids/forged.txt.json")).source.key).toBe("incoming/_precis/ids/forged.txt");
    expect(await env.stack.keys("state/ids/forged")).toEqual([]);
    // An encoded '..' and a real one do not share a summary.
    expect(Summary.parse(await env.stack.getJson("summaries/bad/keys/%25%2E%2E.json")).source.key).toBe("incoming/bad/keys/%2E%2E");
    // Uploads into the API's prefix are refused and write no summary there.
    expect(await env.stack.keys("summaries/api/")).toEqual([]);
    const all = [...(await env.stack.keys("")).values()];
    for (const k of all) expect(k).toMatch(/^(incoming|summaries|errors|state)\//);
  });
});
