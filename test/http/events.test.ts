// "Summary Created" events: the signed webhook and EventBridge (through the real SDK, against a
// loopback endpoint that speaks PutEvents).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emitSummaryCreated, signWebhookBody, SummaryCreatedEvent, summaryCreatedDetail, summaryCreatedEvent, verifyWebhook } from "../../lib/events/index.ts";
import { createLogger } from "../../lib/log.ts";
import type { Summary } from "../../lib/schema/summary.ts";
import { startEventBridge, startWebhookReceiver, type Receiver } from "./support/receivers.ts";

const SECRET = "whsec-test-0123456789abcdef";
const summary = {
  schemaVersion: "1",
  id: "0123456789abcdef01234567",
  createdAt: "2025-05-06T07:08:09.000Z",
  article: { title: "Ferry crews walk out" },
  actors: [{ name: "Varna Mariners' Guild", kind: "organization", salience: 1, role: null, aliases: [], evidence: "x", spans: [] }],
  sameStoryAs: ["abcdefabcdefabcdefabcdef"],
  engine: { name: "rules" },
} as unknown as Summary;

const lines: string[] = [];
const log = createLogger("debug", (l) => lines.push(l));

let hook: Receiver;
let bus: Awaited<ReturnType<typeof startEventBridge>>;
beforeAll(async () => {
  // The SDK signs PutEvents: any credentials do for the loopback endpoint.
  vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDLOCAL");
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", "local-secret");
  vi.stubEnv("AWS_EC2_METADATA_DISABLED", "true");
  hook = await startWebhookReceiver();
  bus = await startEventBridge();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await hook?.close();
  await bus?.close();
});

describe("the webhook", () => {
  it("posts the EventBridge-shaped event, signed over the raw body, and the signature verifies", async () => {
    await emitSummaryCreated("precis-articles", "summaries/api/x.json", summary, { bus: null, webhookUrl: hook.url, webhookSecret: SECRET, region: "us-east-1" }, log);
    const [got] = await hook.waitFor(1);
    expect(got!.headers["content-type"]).toBe("application/json");
    expect(got!.headers["x-precis-signature"]).toBe(signWebhookBody(SECRET, got!.raw));
    const v = verifyWebhook(SECRET, got!.raw, got!.headers);
    expect(v.ok).toBe(true);
    const event = SummaryCreatedEvent.parse(JSON.parse(got!.raw.toString()));
    expect(event).toMatchObject({ source: "precis", "detail-type": "Summary Created", version: "0" });
    expect(event.detail).toEqual({
      id: summary.id,
      bucket: "precis-articles",
      key: "summaries/api/x.json",
      title: "Ferry crews walk out",
      actors: [{ name: "Varna Mariners' Guild", kind: "organization", salience: 1 }],
      createdAt: summary.createdAt,
      sameStoryAs: ["abcdefabcdefabcdefabcdef"],
      engine: "rules",
      schemaVersion: "1",
    });
    expect(got!.headers["x-precis-event-id"]).toBe(event.id);
    expect(Math.abs(Number(got!.headers["x-precis-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
  });

  it("refuses a tampered body, a wrong secret, a missing signature and a stale event", () => {
    const event = summaryCreatedEvent(summaryCreatedDetail("b", "k", summary), "us-east-1");
    const body = JSON.stringify(event);
    const headers = { "x-precis-signature": signWebhookBody(SECRET, body) };
    expect(verifyWebhook(SECRET, body, headers).ok).toBe(true);
    expect(verifyWebhook(SECRET, body.replace("Ferry", "Ferri"), headers)).toMatchObject({ ok: false, reason: /signature/ });
    expect(verifyWebhook("another-secret-0123456789", body, headers).ok).toBe(false);
    expect(verifyWebhook(SECRET, body, {})).toMatchObject({ ok: false, reason: /no x-precis-signature/ });
    expect(verifyWebhook(SECRET, body, headers, { now: new Date(Date.now() + 3600_000) })).toMatchObject({ ok: false, reason: /old/ });
  });

  it("never throws when the consumer fails: retried once on 5xx, then logged", async () => {
    hook.status = 503;
    const before = hook.received.length;
    await expect(emitSummaryCreated("b", "k", summary, { bus: null, webhookUrl: hook.url, webhookSecret: SECRET, region: "us-east-1" }, log)).resolves.toBeUndefined();
    expect(hook.received.length - before).toBe(2);
    expect(lines.some((l) => /webhook delivery failed/.test(l) && /HTTP 503/.test(l))).toBe(true);
    hook.status = 204;
    // an unreachable consumer
    await expect(emitSummaryCreated("b", "k", summary, { bus: null, webhookUrl: "http://127.0.0.1:9/hook", webhookSecret: SECRET, region: "us-east-1" }, log)).resolves.toBeUndefined();
  });
});

describe("EventBridge", () => {
  it("puts source 'precis', detail-type 'Summary Created' with the detail on the configured bus", async () => {
    await emitSummaryCreated("precis-articles", "summaries/a.txt.json", summary, { bus: "default", eventBridgeEndpoint: bus.url, webhookUrl: null, webhookSecret: null, region: "us-east-1" }, log);
    await bus.waitFor(1);
    const [entry] = bus.entries();
    expect(bus.received[0]!.headers["x-amz-target"]).toBe("AWSEvents.PutEvents");
    expect(bus.received[0]!.headers["authorization"]).toMatch(/^AWS4-HMAC-SHA256 .*\/events\/aws4_request/);
    expect(entry).toMatchObject({ Source: "precis", DetailType: "Summary Created", EventBusName: "default" });
    expect(JSON.parse(entry!.Detail)).toMatchObject({ id: summary.id, bucket: "precis-articles", key: "summaries/a.txt.json", title: "Ferry crews walk out", createdAt: summary.createdAt });
  });

  it("logs a refused or unreachable bus and carries on", async () => {
    await expect(
      emitSummaryCreated("b", "k", summary, { bus: "default", eventBridgeEndpoint: "http://127.0.0.1:9", webhookUrl: null, webhookSecret: null, region: "us-east-1" }, log),
    ).resolves.toBeUndefined();
    expect(lines.some((l) => /could not publish the Summary Created event/.test(l))).toBe(true);
    const fake = { send: async () => ({ FailedEntryCount: 1, Entries: [{ ErrorCode: "AccessDenied", ErrorMessage: "no" }] }) };
    await emitSummaryCreated("b", "k", summary, { bus: "default", webhookUrl: null, webhookSecret: null, region: "us-east-1", eventBridgeClient: fake }, log);
    expect(lines.some((l) => /EventBridge refused/.test(l) && /AccessDenied/.test(l))).toBe(true);
  });

  it("sends nothing when neither a bus nor a webhook is configured", async () => {
    const before = bus.received.length + hook.received.length;
    await emitSummaryCreated("b", "k", summary, { bus: null, webhookUrl: null, webhookSecret: null, region: "us-east-1" }, log);
    expect(bus.received.length + hook.received.length).toBe(before);
  });
});
