// The HTTP API through real HTTP on loopback (fetch), served by the same handler API Gateway invokes,
// with the real local stack: s3rver, S3 events, the upload function, a webhook consumer and an
// EventBridge endpoint.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Summary } from "../../lib/schema/summary.ts";
import { ROUTES } from "../../lib/http/app.ts";
import { openApiDocument } from "../../lib/http/openapi.ts";
import { Problem } from "../../lib/http/problem.ts";
import { SummaryPage, UploadStatus, UploadTicket } from "../../lib/http/schemas.ts";
import { SummaryCreatedEvent, verifyWebhook } from "../../lib/events/index.ts";
import { PrecisApiError, PrecisClient, SummaryPendingError } from "../../lib/client.ts";
import { startTestStack, type TestStack } from "../support/local-stack.ts";
import { startEventBridge, startWebhookReceiver, type Receiver } from "./support/receivers.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const SEEDS = new URL("../../../shared/seeds/", import.meta.url);
const SECRET = "local-webhook-secret-0123456789";
// Two fictional articles of their own, about nothing the other tests post (no same-story links).
const ORDER_A =
  "The glassblowers of Virelle Bay voted on Thursday to end a nine-day strike after the Harbour Guild agreed to a 6 percent raise. " +
  "Guild chair Odran Pelletier said the furnaces would be relit on Monday. Union steward Maelis Corveau demanded that the guild also " +
  "restore the night-shift bonus by March 1, warning that the 140 workers would walk out again if it did not. The guild said it would " +
  "answer the demand within two weeks.";
const ORDER_B =
  "Beekeepers in the Tollan Valley asked the regional council on Wednesday to ban a pesticide they blame for the loss of 3,000 hives. " +
  "Council member Ysolde Marrach said the council would vote on the request on April 12. The Tollan Beekeepers Association demanded " +
  "compensation of 200 euros per hive and called on the agriculture ministry to fund an independent study before the spring planting.";

let stack: TestStack;
let hook: Receiver;
let bus: Awaited<ReturnType<typeof startEventBridge>>;
let client: PrecisClient;
beforeAll(async () => {
  hook = await startWebhookReceiver();
  bus = await startEventBridge();
  stack = await startTestStack({
    PRECIS_ENGINE: "rules",
    PRECIS_MAX_BODY_BYTES: "65536",
    PRECIS_WEBHOOK_URL: hook.url,
    PRECIS_WEBHOOK_SECRET: SECRET,
    PRECIS_EVENT_BUS: "default",
    PRECIS_EVENTBRIDGE_ENDPOINT: bus.url,
    PRECIS_CORS_ORIGINS: "https://app.example",
  });
  client = new PrecisClient({ baseUrl: stack.httpEndpoint, apiKey: stack.apiKey });
});
afterAll(async () => {
  await stack?.dispose();
  await hook?.close();
  await bus?.close();
});

const url = (path: string) => `${stack.httpEndpoint}${path}`;
const auth = () => ({ authorization: `Bearer ${stack.apiKey}` });
const post = (path: string, body: BodyInit, headers: Record<string, string>) => fetch(url(path), { method: "POST", body, headers: { ...auth(), ...headers } });
const get = (path: string, headers: Record<string, string> = auth()) => fetch(url(path), { headers });
async function summarize(text: string, type = "text/plain"): Promise<Summary> {
  const res = await post("/summaries", text, { "content-type": type });
  expect(res.status, await res.clone().text()).toBe(200);
  return Summary.parse(await res.json());
}
async function expectProblem(res: Response, status: number, code: string): Promise<Problem> {
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = Problem.parse(await res.json());
  expect({ status: res.status, code: body.code }).toEqual({ status, code });
  expect(body.status).toBe(status);
  expect(body.type).toBe(`https://precis.dev/problems/${code}`);
  return body;
}

describe("meta routes", () => {
  it("GET /health is open", async () => {
    const res = await fetch(url("/health"));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("GET /schema is the committed schema/summary.v1.json", async () => {
    const res = await get("/schema");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/schema\+json/);
    expect(await res.json()).toEqual(JSON.parse(readFileSync(new URL("../../schema/summary.v1.json", import.meta.url), "utf8")));
  });

  it("GET /openapi.json is the generated OpenAPI 3.1 document", async () => {
    const res = await get("/openapi.json", { "x-api-key": stack.apiKey });
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument(ROUTES))));
  });
});

describe("auth", () => {
  it("refuses every route but /health (and the static page) without a valid key: 401 problem+json", async () => {
    const closed = ROUTES.filter((r) => !r.open);
    expect(closed.length).toBeGreaterThanOrEqual(7);
    for (const r of closed) {
      const path = r.path.replace("{id}", "0123456789abcdef01234567").replace("{uploadId}", "0123456789abcdef0123456789abcdef");
      for (const headers of [{}, { authorization: "Bearer wrong" }, { "x-api-key": "" }, { authorization: `Basic ${stack.apiKey}` }] as Array<Record<string, string>>) {
        const res = await fetch(url(path), { method: r.method, headers: { ...headers, "content-type": "text/plain" }, ...(r.method === "POST" ? { body: "x" } : {}) });
        await expectProblem(res, 401, "unauthorized");
        expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      }
    }
  });

  it("takes the key as a bearer token or as x-api-key", async () => {
    expect((await get("/summaries", { authorization: `bearer ${stack.apiKey}` })).status).toBe(200);
    expect((await get("/summaries", { "x-api-key": stack.apiKey })).status).toBe(200);
  });
});

let first: Summary;

describe("POST /summaries and the event it sends", () => {
  it("summarizes text/plain synchronously, stores it, and GET /summaries/{id} returns it", async () => {
    const res = await post("/summaries", fixture("ferry-strike.txt"), { "content-type": "text/plain; charset=utf-8" });
    expect(res.status).toBe(200);
    first = Summary.parse(await res.json());
    expect(res.headers.get("location")).toBe(`/summaries/${first.id}`);
    expect(first.engine.name).toBe("rules");
    expect(first.sameStoryAs).toEqual([]);
    expect(await stack.getJson(`summaries/api/${first.id}.json`)).toEqual(first);
    const again = await get(`/summaries/${first.id}`);
    expect(again.status).toBe(200);
    expect(Summary.parse(await again.json())).toEqual(first);
  });

  it("sends a signed webhook a consumer can verify, with the summary's id, bucket, key, title, actors and time", async () => {
    const got = (await hook.waitFor(1)).find((r) => JSON.parse(r.raw.toString()).detail.id === first.id)!;
    const v = verifyWebhook(SECRET, got.raw, got.headers);
    expect(v.ok).toBe(true);
    const event = SummaryCreatedEvent.parse(JSON.parse(got.raw.toString()));
    expect(event.source).toBe("precis");
    expect(event["detail-type"]).toBe("Summary Created");
    expect(event.detail).toMatchObject({ id: first.id, bucket: "precis-articles", key: `summaries/api/${first.id}.json`, title: first.article.title, createdAt: first.createdAt });
    expect(event.detail.actors.map((a) => a.name)).toEqual(first.actors.map((a) => a.name));
  });

  it("puts the same event on EventBridge when a bus is configured", async () => {
    await bus.waitFor(1);
    const entry = bus.entries().find((e) => JSON.parse(e.Detail).id === first.id)!;
    expect(entry).toMatchObject({ Source: "precis", DetailType: "Summary Created", EventBusName: "default" });
    expect(JSON.parse(entry.Detail)).toMatchObject({ id: first.id, key: `summaries/api/${first.id}.json`, title: first.article.title });
  });

  it("sends no second event for an identical re-POST (events are idempotent per summary id and content)", async () => {
    const about = () => ({
      hook: hook.received.filter((r) => JSON.parse(r.raw.toString()).detail.id === first.id).length,
      bus: bus.entries().filter((e) => JSON.parse(e.Detail).id === first.id).length,
    });
    expect(about()).toEqual({ hook: 1, bus: 1 });
    for (let i = 0; i < 2; i++) {
      const res = await post("/summaries", fixture("ferry-strike.txt"), { "content-type": "text/plain; charset=utf-8" });
      expect(res.status).toBe(200);
      expect(Summary.parse(await res.json()).id).toBe(first.id);
    }
    await new Promise((r) => setTimeout(r, 200)); // a late delivery would land by now
    expect(about()).toEqual({ hook: 1, bus: 1 });
  });

  it("reads text/html, text/markdown and a JSON envelope whose metadata wins", async () => {
    const html = `<!doctype html><html><head><title>Tram drivers vote to strike</title></head><body><article>${fixture("tram-strike.txt")
      .split(/\n\n+/)
      .map((p) => `<p>${p}</p>`)
      .join("")}</article></body></html>`;
    expect((await summarize(html, "text/html")).source.contentType).toBe("text/html");
    expect((await summarize(`# Frost\n\n${fixture("orchard-frost.txt")}`, "text/markdown")).source.contentType).toBe("text/markdown");
    const res = await post("/summaries", JSON.stringify({ text: fixture("orchard-frost.txt"), title: "Frost in Dunmere", publishedAt: "2025-04-14", url: "https://example.com/frost" }), { "content-type": "application/json" });
    expect(res.status).toBe(200);
    const s = Summary.parse(await res.json());
    expect(s.article).toMatchObject({ title: "Frost in Dunmere", publishedAt: "2025-04-14" });
    expect(s.source.url).toBe("https://example.com/frost");
  });

  it("adds what the cleaner removed on ?include=removed, without storing it", async () => {
    const res = await post("/summaries?include=removed", `${fixture("ferry-strike.txt")}\n\nALSO READ: Kestrelport council approves new bike lanes\n`, { "content-type": "text/plain" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Array.isArray(body.removed)).toBe(true);
    expect((await stack.getJson(`summaries/api/${body.id}.json`)).removed).toBeUndefined();
  });
});

describe("errors are RFC 9457 problems with the issues listed", () => {
  it("400: malformed JSON, an unknown engine or query parameter, a bad cursor or limit, a malformed id", async () => {
    await expectProblem(await post("/summaries", "{not json", { "content-type": "application/json" }), 400, "invalid_json");
    const engine = await expectProblem(await post("/summaries?engine=magic", fixture("ferry-strike.txt"), { "content-type": "text/plain" }), 400, "invalid_query");
    expect(engine.errors?.[0]).toMatchObject({ parameter: "engine" });
    await expectProblem(await post("/summaries?colour=red", fixture("ferry-strike.txt"), { "content-type": "text/plain" }), 400, "invalid_query");
    const limit = await expectProblem(await get("/summaries?limit=0"), 400, "invalid_query");
    expect(limit.errors?.[0]).toMatchObject({ parameter: "limit" });
    await expectProblem(await get("/summaries?limit=101"), 400, "invalid_query");
    await expectProblem(await get("/summaries?cursor=bm9wZQ"), 400, "invalid_query");
    await expectProblem(await get("/summaries/not-an-id"), 400, "invalid_id");
    await expectProblem(await get("/uploads/nope"), 400, "invalid_id");
  });

  it("404: no summary, no upload with that id", async () => {
    const p = await expectProblem(await get("/summaries/ffffffffffffffffffffffff"), 404, "not_found");
    expect(p.instance).toBe("/summaries/ffffffffffffffffffffffff");
    await expectProblem(await get("/uploads/ffffffffffffffffffffffffffffffff"), 404, "not_found");
  });

  it("413: a body over the limit, before any work", async () => {
    const p = await expectProblem(await post("/summaries", "x".repeat(70_000), { "content-type": "text/plain" }), 413, "too_large");
    expect(p.detail).toMatch(/65536/);
    // even with a media type the API would refuse: the size is checked first
    await expectProblem(await post("/summaries", "x".repeat(70_000), { "content-type": "image/png" }), 413, "too_large");
    await expectProblem(await post("/uploads", JSON.stringify({ fileName: "big.txt", contentType: "text/plain", bytes: 50 * 1024 * 1024 }), { "content-type": "application/json" }), 413, "too_large");
  });

  it("415: a media type the API does not read, or a binary body", async () => {
    await expectProblem(await post("/summaries", fixture("ferry-strike.txt"), { "content-type": "image/png" }), 415, "unsupported_media_type");
    await expectProblem(await post("/summaries", new Uint8Array(Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")), { "content-type": "text/plain" }), 415, "binary");
    await expectProblem(await post("/uploads", "fileName=x", { "content-type": "application/x-www-form-urlencoded" }), 415, "unsupported_media_type");
  });

  it("422: not an article, or a JSON body that does not fit, with JSON Pointers to the issues", async () => {
    await expectProblem(await post("/summaries", "Too short to be news.", { "content-type": "text/plain" }), 422, "not_an_article");
    const both = await expectProblem(await post("/summaries", JSON.stringify({ text: "a", html: "<p>b</p>" }), { "content-type": "application/json" }), 422, "invalid_body");
    expect(both.errors?.[0]?.detail).toMatch(/exactly one of text, html or markdown/);
    const typed = await expectProblem(await post("/summaries", JSON.stringify({ text: "x", publishedAt: "yesterday", extra: 1 }), { "content-type": "application/json" }), 422, "invalid_body");
    expect(typed.errors?.map((e) => e.pointer)).toEqual(expect.arrayContaining(["/publishedAt"]));
    const upload = await expectProblem(await post("/uploads", JSON.stringify({ fileName: "../etc/passwd", contentType: "image/png", bytes: 10 }), { "content-type": "application/json" }), 422, "invalid_body");
    expect(upload.errors?.map((e) => e.pointer).sort()).toEqual(["/contentType", "/fileName"]);
  });
});

describe("listing", () => {
  it("GET /summaries pages newest first with a cursor, and every page is valid", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Response = await get(`/summaries?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(res.status).toBe(200);
      const page = SummaryPage.parse(await res.json());
      expect(page.items.length).toBeLessThanOrEqual(2);
      if (page.nextCursor) expect(res.headers.get("link")).toMatch(/rel="next"/);
      seen.push(...page.items.map((i) => i.id));
      const times = page.items.map((i) => Date.parse(i.createdAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(first.id);
  });

  it("orders by the createdAt of each content's first summary: POST A, POST B, POST A again lists B before A", async () => {
    const a = await summarize(ORDER_A);
    const b = await summarize(ORDER_B);
    const again = await summarize(ORDER_A);
    expect(again.id).toBe(a.id);
    expect(Date.parse(again.createdAt)).toBeGreaterThan(Date.parse(a.createdAt));
    const items = SummaryPage.parse(await (await get("/summaries?limit=100")).json()).items;
    const [ia, ib] = [items.findIndex((i) => i.id === a.id), items.findIndex((i) => i.id === b.id)];
    expect(ib).toBeGreaterThanOrEqual(0);
    expect(ib).toBeLessThan(ia);
    expect(items[ia]!.createdAt).toBe(a.createdAt);
    const times = items.map((i) => Date.parse(i.createdAt));
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it("lists an id once even when it is summarized again", async () => {
    await summarize(fixture("ferry-strike.txt"));
    const all = SummaryPage.parse(await (await get("/summaries?limit=100")).json());
    expect(all.items.filter((i) => i.id === first.id)).toHaveLength(1);
  });
});

describe("same story, many copies", () => {
  it("links a spun copy to the stored original, and nothing unrelated", async () => {
    const spun = await summarize(fixture("ferry-strike-spun.txt"));
    // the original, and its copy with an "ALSO READ" line summarized above
    expect(spun.sameStoryAs).toHaveLength(2);
    expect(spun.sameStoryAs).toContain(first.id);
    const unrelated = await summarize(fixture("museum-reopening.txt"));
    expect(unrelated.sameStoryAs).toEqual([]);
    const listed = SummaryPage.parse(await (await get("/summaries?limit=100")).json()).items.find((i) => i.id === spun.id);
    expect(listed?.sameStoryAs).toEqual(spun.sameStoryAs);
  });

  it.runIf(existsSync(SEEDS))("links the two seeds (one wire story, one copy machine-spun) as one story", async () => {
    const [a, b] = readdirSync(SEEDS)
      .filter((f) => /^00[02]_.*\.txt$/.test(f))
      .sort()
      .map((f) => readFileSync(new URL(f, SEEDS), "utf8"));
    const s0 = await summarize(a!);
    const s2 = await summarize(b!);
    expect(s2.sameStoryAs).toContain(s0.id);
    expect(s2.sameStoryAs).not.toContain(first.id);
    expect(s0.sameStoryAs).not.toContain(first.id);
  });
});

describe("202 Accepted: finished through the S3 path", () => {
  it("answers 202 with Location for Prefer: respond-async, then the summary once the upload function made it", async () => {
    const text = `${fixture("tram-strike.txt")}\n\nThe union said talks would resume on Monday.`;
    const res = await post("/summaries", text, { "content-type": "text/plain", prefer: "respond-async" });
    expect(res.status).toBe(202);
    expect(res.headers.get("preference-applied")).toBe("respond-async");
    const accepted = await res.json();
    expect(res.headers.get("location")).toBe(`/summaries/${accepted.id}`);
    expect(accepted).toMatchObject({ status: "processing", location: `/summaries/${accepted.id}` });
    expect(await stack.keys(`incoming/api/${accepted.id}`)).toEqual([`incoming/api/${accepted.id}`]);
    await stack.idle();
    const done = await get(accepted.location);
    expect(done.status).toBe(200);
    const summary = Summary.parse(await done.json());
    expect(summary.id).toBe(accepted.id);
    expect(summary.source.key).toBe(`incoming/api/${accepted.id}`);
  });

  it("answers 202 for an accepted article that is still being summarized", async () => {
    stack.delivery.paused = true;
    try {
      const res = await post("/summaries", `${fixture("orchard-frost.txt")}\n\nGrowers meet again on Friday.`, { "content-type": "text/plain", prefer: "respond-async" });
      expect(res.status).toBe(202);
      const { id } = await res.json();
      const poll = await get(`/summaries/${id}`);
      expect(poll.status).toBe(202);
      expect(poll.headers.get("retry-after")).toBe("5");
      await expect(client.get(id)).rejects.toBeInstanceOf(SummaryPendingError);
      const held = stack.events.at(-1)!;
      stack.delivery.paused = false;
      stack.deliver(held);
      await stack.idle();
      expect((await client.waitFor(id, { timeoutMs: 5000, intervalMs: 50 })).id).toBe(id);
    } finally {
      stack.delivery.paused = false;
    }
  });
});

describe("uploads through presigned URLs", () => {
  it("POST /uploads → PUT to S3 → the upload function → GET /uploads/{id} names the summary", async () => {
    const body = fixture("orchard-frost.txt").replace("Dunmere", "Dunmere valley");
    const res = await post("/uploads", JSON.stringify({ fileName: "frost report.txt", contentType: "text/plain; charset=utf-8", bytes: Buffer.byteLength(body) }), { "content-type": "application/json" });
    expect(res.status).toBe(201);
    const ticket = UploadTicket.parse(await res.json());
    expect(res.headers.get("location")).toBe(ticket.status);
    expect(ticket.key).toBe(`incoming/uploads/${ticket.uploadId}/frost report.txt`);
    expect(new URL(ticket.url).origin).toBe(stack.s3Endpoint); // locally the presigned URL points at the local S3
    expect(UploadStatus.parse(await (await get(ticket.status)).json()).status).toBe("awaiting_upload");

    const put = await fetch(ticket.url, { method: "PUT", headers: ticket.headers, body });
    expect(put.status, await put.clone().text()).toBe(200);
    await stack.idle();
    const status = UploadStatus.parse(await (await get(ticket.status)).json());
    expect(status).toMatchObject({ status: "summarized", key: ticket.key, summary: `/summaries/${status.id}` });
    const summary = Summary.parse(await (await get(status.summary!)).json());
    expect(summary.source.key).toBe(ticket.key);
    expect(await stack.getJson(ticket.summaryKey)).toEqual(summary);
  });

  it("a failing overwrite of a summarized upload removes its summary, and the status says failed (issue 12 §3)", async () => {
    const ticket = await client.upload("overwrite.txt", `${fixture("tram-strike.txt")}\n\nThe overwrite test article.`);
    await stack.idle();
    expect(await client.uploadStatus(ticket.uploadId)).toMatchObject({ status: "summarized" });
    await stack.put(ticket.key, new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 0, 9]), "text/plain");
    await stack.idle();
    expect(await client.uploadStatus(ticket.uploadId)).toMatchObject({ status: "failed", id: null, error: { code: "binary" } });
    expect(await stack.keys(ticket.summaryKey)).toEqual([]);
  });

  it("an upload into the API's prefix at an API summary's id is refused and replaces nothing (issue 12 §2)", async () => {
    const before = Summary.parse(await (await get(`/summaries/${first.id}`)).json());
    await stack.put(`incoming/api/${first.id}`, fixture("orchard-frost.txt"), "text/plain");
    await stack.idle();
    const after = Summary.parse(await (await get(`/summaries/${first.id}`)).json());
    expect(after.id).toBe(first.id);
    expect(after.article.text).toBe(before.article.text);
    expect(Summary.parse(await stack.getJson(`summaries/api/${first.id}.json`)).article.text).toBe(before.article.text);
    expect(await stack.getJson(`errors/api/${first.id}.json`)).toMatchObject({ error: { code: "refused" } });
  });

  it("reports a failed upload with its error code", async () => {
    const ticket = await client.upload("note.txt", "Just a short note.");
    await stack.idle();
    const status = await client.uploadStatus(ticket.uploadId);
    expect(status).toMatchObject({ status: "failed", id: null, error: { code: "not_an_article", retryable: false } });
    await expect(client.waitForUpload(ticket.uploadId)).rejects.toThrow(/not_an_article/);
  });
});

describe("events and same-story links on both paths", () => {
  it("the summaries the upload function wrote are announced too (hand-offs at the API's one key)", async () => {
    const events = hook.received.map((r) => SummaryCreatedEvent.parse(JSON.parse(r.raw.toString())));
    expect(events.some((e) => e.detail.key.startsWith("summaries/uploads/"))).toBe(true);
    expect(events.some((e) => /^summaries\/api\/[0-9a-f]{24}\.json$/.test(e.detail.key))).toBe(true);
    for (const r of hook.received) expect(verifyWebhook(SECRET, r.raw, r.headers).ok).toBe(true);
  });
});

describe("CORS", () => {
  it("answers a configured origin with CORS headers, and no other", async () => {
    const ok = await fetch(url("/summaries"), { headers: { ...auth(), origin: "https://app.example" } });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(ok.headers.get("access-control-expose-headers")).toMatch(/location/);
    const other = await fetch(url("/summaries"), { headers: { ...auth(), origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("the typed client (lib/client.ts)", () => {
  it("lists, fetches and validates stored summaries", async () => {
    const ids: string[] = [];
    for await (const item of client.all({ pageSize: 3 })) ids.push(item.id);
    expect(ids).toContain(first.id);
    const got = await client.get(first.id);
    expect(got.id).toBe(first.id);
    expect(got.article.text).toBe(first.article.text);
    let n = 0;
    for await (const s of client.summaries({ pageSize: 50 })) {
      expect(s.schemaVersion).toBe("1");
      if (++n >= 3) break;
    }
    expect(n).toBe(3);
  });

  it("summarizes, uploads and waits, and reports problems as PrecisApiError", async () => {
    const r = await client.summarize({ text: fixture("tram-strike.txt"), title: "Tram strike vote" });
    expect(r.status === "done" && r.summary.article.title).toBe("Tram strike vote");
    const accepted = await client.summarize(`${fixture("tram-strike.txt")}\n\nMore later.`, { async: true });
    expect(accepted.status).toBe("accepted");
    const ticket = await client.upload("tram.md", `# Trams\n\n${fixture("tram-strike.txt")}`, "text/markdown");
    await stack.idle();
    expect((await client.waitForUpload(ticket.uploadId, { timeoutMs: 5000 })).source.key).toBe(ticket.key);
    const err = await client.get("ffffffffffffffffffffffff").catch((e) => e);
    expect(err).toBeInstanceOf(PrecisApiError);
    expect(err).toMatchObject({ status: 404, code: "not_found" });
    const bad = new PrecisClient({ baseUrl: stack.httpEndpoint, apiKey: "wrong" });
    await expect(bad.list()).rejects.toMatchObject({ status: 401, code: "unauthorized" });
    expect(await bad.health()).toEqual({ status: "ok" });
  });
});
