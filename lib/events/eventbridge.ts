// "Summary Created" on an EventBridge bus (the account's default bus in AWS), one PutEvents call per
// summary. The client is created once per container and region.
import type { Logger } from "../log.ts";
import { EVENT_SOURCE, SUMMARY_CREATED, type SummaryCreatedDetail } from "./schema.ts";

/** The slice of an EventBridgeClient used here (tests pass a fake). */
export interface EventBridgeLike {
  send(command: unknown): Promise<{ FailedEntryCount?: number; Entries?: Array<{ EventId?: string; ErrorCode?: string; ErrorMessage?: string }> }>;
}

const clients = new Map<string, Promise<EventBridgeLike>>();

async function client(region: string, endpoint: string | null): Promise<EventBridgeLike> {
  const k = `${region} ${endpoint ?? ""}`;
  let c = clients.get(k);
  if (!c) {
    c = import("@aws-sdk/client-eventbridge").then(({ EventBridgeClient }) => new EventBridgeClient({ region, ...(endpoint ? { endpoint } : {}) }) as unknown as EventBridgeLike);
    c.catch(() => clients.delete(k));
    clients.set(k, c);
  }
  return c;
}

export interface EventBridgeTarget {
  bus: string;
  region: string;
  endpoint?: string | null;
  client?: EventBridgeLike;
}

/** Puts the event. Never throws: a failure is logged and reported as false. */
export async function putSummaryCreated(target: EventBridgeTarget, detail: SummaryCreatedDetail, log: Logger): Promise<boolean> {
  try {
    const { PutEventsCommand } = await import("@aws-sdk/client-eventbridge");
    const c = target.client ?? (await client(target.region, target.endpoint ?? null));
    const out = await c.send(
      new PutEventsCommand({
        Entries: [{ EventBusName: target.bus, Source: EVENT_SOURCE, DetailType: SUMMARY_CREATED, Detail: JSON.stringify(detail), Time: new Date(detail.createdAt) }],
      }),
    );
    if (out.FailedEntryCount) {
      const e = out.Entries?.find((x) => x.ErrorCode);
      log.warn("EventBridge refused the Summary Created event (the summary stands)", { id: detail.id, bus: target.bus, code: e?.ErrorCode, error: e?.ErrorMessage });
      return false;
    }
    log.debug("event published", { id: detail.id, bus: target.bus, eventId: out.Entries?.[0]?.EventId });
    return true;
  } catch (e) {
    log.warn("could not publish the Summary Created event (the summary stands)", { id: detail.id, bus: target.bus, error: (e as Error).message });
    return false;
  }
}
