// One "Summary Created" event per new summary: to EventBridge when a bus is configured (AWS), to the
// signed webhook when a URL is (local consumers), to both when both are. Never throws, never fails
// the summary: a lost event is logged.
import { createHash, randomUUID } from "node:crypto";
import type { Logger } from "../log.ts";
import type { Summary } from "../schema/summary.ts";
import { putSummaryCreated, type EventBridgeLike } from "./eventbridge.ts";
import { EVENT_SOURCE, SUMMARY_CREATED, type SummaryCreatedDetail, type SummaryCreatedEvent } from "./schema.ts";
import { sendWebhook } from "./webhook.ts";

export { SummaryCreatedDetail, SummaryCreatedEvent, EVENT_SOURCE, SUMMARY_CREATED } from "./schema.ts";
export { verifyWebhook, signWebhookBody, SIGNATURE_HEADER, TIMESTAMP_HEADER, EVENT_ID_HEADER } from "./webhook.ts";

export interface EventOptions {
  bus: string | null;
  eventBridgeEndpoint?: string | null;
  webhookUrl: string | null;
  webhookSecret: string | null;
  region: string;
  /** Tests: a fake EventBridge client. */
  eventBridgeClient?: EventBridgeLike;
}

export function summaryCreatedDetail(bucket: string, key: string, summary: Summary): SummaryCreatedDetail {
  return {
    id: summary.id,
    bucket,
    key,
    title: summary.article.title,
    actors: summary.actors.map((a) => ({ name: a.name, kind: a.kind, salience: a.salience })),
    createdAt: summary.createdAt,
    sameStoryAs: summary.sameStoryAs,
    engine: summary.engine.name,
    schemaVersion: summary.schemaVersion,
  };
}

export function summaryCreatedEvent(detail: SummaryCreatedDetail, region: string): SummaryCreatedEvent {
  return {
    version: "0",
    id: randomUUID(),
    "detail-type": SUMMARY_CREATED,
    source: EVENT_SOURCE,
    account: "local",
    time: new Date().toISOString(),
    region,
    resources: [],
    detail,
  };
}

/**
 * What a "Summary Created" event is about: the summary's content, without when it was made or how long
 * it took. An identical article summarized again gives the same digest, and no second event.
 */
export function summaryDigest(summary: Summary): string {
  const { createdAt: _c, engine, ...content } = summary;
  const { ms: _ms, usage: _u, costUsd: _cost, ...how } = engine;
  return createHash("sha256").update(JSON.stringify({ ...content, engine: how })).digest("hex").slice(0, 32);
}

export async function emitSummaryCreated(bucket: string, key: string, summary: Summary, options: EventOptions, log: Logger): Promise<void> {
  if (!options.bus && !options.webhookUrl) return;
  const detail = summaryCreatedDetail(bucket, key, summary);
  const sends: Array<Promise<boolean>> = [];
  if (options.bus) sends.push(putSummaryCreated({ bus: options.bus, region: options.region, endpoint: options.eventBridgeEndpoint ?? null, client: options.eventBridgeClient }, detail, log));
  if (options.webhookUrl && options.webhookSecret) sends.push(sendWebhook({ url: options.webhookUrl, secret: options.webhookSecret }, summaryCreatedEvent(detail, options.region), log));
  await Promise.all(sends);
}
