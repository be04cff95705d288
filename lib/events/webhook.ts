// The local stand-in for EventBridge: each event POSTed as JSON to PRECIS_WEBHOOK_URL, signed.
//
//   x-precis-signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with PRECIS_WEBHOOK_SECRET>
//   x-precis-timestamp: <unix seconds when sent>   x-precis-event-id: <the event's id>
//
// The body carries the event's `time` and `id`, so the signature covers them: a consumer verifies the
// signature over the exact bytes it received (before parsing), then refuses events older than a few
// minutes (replays) — verifyWebhook does both.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Logger } from "../log.ts";
import { SummaryCreatedEvent } from "./schema.ts";

export const SIGNATURE_HEADER = "x-precis-signature";
export const TIMESTAMP_HEADER = "x-precis-timestamp";
export const EVENT_ID_HEADER = "x-precis-event-id";

export function signWebhookBody(secret: string, body: string | Uint8Array): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export type WebhookVerification = { ok: true; event: SummaryCreatedEvent } | { ok: false; reason: string };

/**
 * Checks a received webhook: the signature over the raw body (constant time), then the event's shape,
 * then its age (default tolerance 5 minutes).
 */
export function verifyWebhook(
  secret: string,
  rawBody: string | Uint8Array,
  headers: Record<string, string | string[] | undefined>,
  options: { toleranceSeconds?: number; now?: Date } = {},
): WebhookVerification {
  const header = headers[SIGNATURE_HEADER];
  const presented = Array.isArray(header) ? header[0] : header;
  if (!presented) return { ok: false, reason: `no ${SIGNATURE_HEADER} header` };
  const expected = Buffer.from(signWebhookBody(secret, rawBody));
  const got = Buffer.from(presented.trim());
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) return { ok: false, reason: "the signature does not match the body" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof rawBody === "string" ? rawBody : Buffer.from(rawBody).toString("utf8"));
  } catch {
    return { ok: false, reason: "the body is not JSON" };
  }
  const event = SummaryCreatedEvent.safeParse(parsed);
  if (!event.success) return { ok: false, reason: `not a Summary Created event: ${event.error.issues[0]?.message}` };
  const age = ((options.now ?? new Date()).getTime() - Date.parse(event.data.time)) / 1000;
  const tolerance = options.toleranceSeconds ?? 300;
  if (Math.abs(age) > tolerance) return { ok: false, reason: `the event is ${Math.round(age)} s old (tolerance ${tolerance} s)` };
  return { ok: true, event: event.data };
}

export interface WebhookTarget {
  url: string;
  secret: string;
  /** Per attempt. */
  timeoutMs?: number;
  /** Attempts in all (a 5xx, 429 or network failure is retried once by default). */
  attempts?: number;
}

/** Delivers an event. Never throws: a failed delivery is logged and reported as false. */
export async function sendWebhook(target: WebhookTarget, event: SummaryCreatedEvent, log: Logger): Promise<boolean> {
  const body = JSON.stringify(event);
  const headers = {
    "content-type": "application/json",
    "user-agent": "precis-webhook/1",
    [SIGNATURE_HEADER]: signWebhookBody(target.secret, body),
    [TIMESTAMP_HEADER]: String(Math.floor(Date.now() / 1000)),
    [EVENT_ID_HEADER]: event.id,
  };
  const attempts = Math.max(1, target.attempts ?? 2);
  let last = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(target.url, { method: "POST", body, headers, signal: AbortSignal.timeout(target.timeoutMs ?? 5000), redirect: "manual" });
      await res.body?.cancel().catch(() => undefined);
      if (res.ok) {
        log.debug("webhook delivered", { eventId: event.id, id: event.detail.id, status: res.status, attempt });
        return true;
      }
      last = `HTTP ${res.status}`;
      if (res.status < 500 && res.status !== 429) break; // the consumer refused it: retrying will not help
    } catch (e) {
      last = (e as Error).message;
    }
    if (attempt < attempts) await new Promise((r) => setTimeout(r, 200 * attempt));
  }
  log.warn("webhook delivery failed (the summary stands)", { eventId: event.id, id: event.detail.id, url: redactUrl(target.url), error: last });
  return false;
}

/** The URL without credentials or query (which may hold tokens), for logs. */
const redactUrl = (u: string) => {
  try {
    const url = new URL(u);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return "(invalid url)";
  }
};
