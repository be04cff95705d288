// The deciding cases, through the real local stack (s3rver on 127.0.0.1 and the real handlers): a
// two-column PDF press release summarizes like the same text uploaded as .txt, a scan gets an error
// record; and documents arrive the other ways too (POST /summaries, presigned upload).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorRecord, Summary } from "../../lib/schema/summary.ts";
import { startTestStack, type TestStack } from "../support/local-stack.ts";
import { COLUMNS_ARTICLE, COLUMNS_DECK, COLUMNS_TITLE } from "./articles.ts";
import { scanLikePdf, twoColumnPdf } from "./make-documents.ts";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ PRECIS_ENGINE: "rules" });
});
afterAll(async () => stack?.dispose());

/** The same article as a person would paste it into a text file. */
const asText = () => [COLUMNS_TITLE, ...COLUMNS_DECK, "", ...COLUMNS_ARTICLE.flatMap((p) => [p, ""])].join("\n");

/** What a reader compares: who, what they demand of whom, and which dates — not offsets or ids. */
const gist = (s: Summary) => ({
  actors: s.actors.map((a) => a.name).sort(),
  demands: s.demands.map((d) => `${d.by} → ${d.of.join(", ")}: ${d.what} (${d.status})`).sort(),
  dates: s.dates.map((d) => `${d.text} = ${d.value}`).sort(),
});

describe("a PDF uploaded to incoming/", () => {
  it("a two-column press release gives the same actors, demands and dates as its text uploaded as .txt", async () => {
    await stack.put("incoming/docs/ferry.pdf", await twoColumnPdf(), "application/pdf");
    await stack.put("incoming/docs/ferry.txt", asText(), "text/plain");
    await stack.idle();
    const pdf = Summary.parse(await stack.getJson("summaries/docs/ferry.pdf.json"));
    const txt = Summary.parse(await stack.getJson("summaries/docs/ferry.txt.json"));
    expect(pdf.source.contentType).toBe("application/pdf");
    expect(pdf.article.text).toBe(txt.article.text);
    expect(gist(pdf)).toEqual(gist(txt));
    // the premise: the engine found something to compare
    expect(pdf.actors.length).toBeGreaterThan(2);
    expect(pdf.demands.length).toBeGreaterThan(0);
    expect(pdf.dates.map((d) => d.value)).toContain("2025-03-14");
    // grounded in the cleaned text like any article: the same evidence at the same spans
    expect([pdf.actors, pdf.demands, pdf.dates]).toEqual([txt.actors, txt.demands, txt.dates]);
    for (const item of [...pdf.actors, ...pdf.demands, ...pdf.dates]) expect(item.spans.every((s) => s.end <= pdf.article.text.length && s.start < s.end)).toBe(true);
  });

  it("a scanned PDF gives errors/<key>.json with no_text_layer, and no summary", async () => {
    await stack.put("incoming/docs/scan.pdf", await scanLikePdf(3), "application/pdf");
    await stack.idle();
    const record = ErrorRecord.parse(await stack.getJson("errors/docs/scan.pdf.json"));
    expect(record.error).toMatchObject({ code: "no_text_layer", retryable: false });
    expect(record.error.message).toMatch(/OCR/);
    expect(await stack.keys("summaries/docs/scan")).toEqual([]);
  });
});

describe("documents through the HTTP API", () => {
  const auth = () => ({ authorization: `Bearer ${stack.apiKey}` });

  it("POST /summaries takes a PDF as a binary body", async () => {
    const res = await fetch(`${stack.httpEndpoint}/summaries?engine=rules`, { method: "POST", headers: { ...auth(), "content-type": "application/pdf" }, body: Buffer.from(await twoColumnPdf()) });
    expect(res.status).toBe(200);
    const summary = Summary.parse(await res.json());
    expect(summary.article.text).toBe(COLUMNS_ARTICLE.join("\n\n"));
    expect(summary.article.publishedAt).toBe("2025-03-04");
  });

  it("POST /summaries answers a scan with a problem carrying no_text_layer", async () => {
    const res = await fetch(`${stack.httpEndpoint}/summaries?engine=rules`, { method: "POST", headers: { ...auth(), "content-type": "application/pdf" }, body: Buffer.from(await scanLikePdf(1)) });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: "no_text_layer", detail: expect.stringMatching(/OCR/) });
  });

  it("a presigned upload of a PDF ends summarized", async () => {
    const pdf = Buffer.from(await twoColumnPdf());
    const res = await fetch(`${stack.httpEndpoint}/uploads`, { method: "POST", headers: { ...auth(), "content-type": "application/json" }, body: JSON.stringify({ fileName: "ferry.pdf", contentType: "application/pdf", bytes: pdf.byteLength }) });
    expect(res.status).toBe(201);
    const upload = (await res.json()) as { url: string; headers: Record<string, string>; status: string };
    const put = await fetch(upload.url, { method: "PUT", headers: upload.headers, body: pdf });
    expect(put.status).toBe(200);
    await stack.idle();
    const status = await (await fetch(`${stack.httpEndpoint}${upload.status}`, { headers: auth() })).json();
    expect(status).toMatchObject({ status: "summarized" });
  });
});
