// Loopback stand-ins for what downstream consumers run: a webhook endpoint and an EventBridge API
// (PutEvents over the AWS JSON 1.1 protocol, as the real SDK sends it).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  headers: IncomingMessage["headers"];
  raw: Buffer;
  path: string;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Answer with this status (default 204 for the webhook). */
  status: number;
  /** Resolves when `n` requests have arrived (or rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<Received[]>;
  close(): Promise<void>;
}

async function listen(handler: (req: IncomingMessage, raw: Buffer) => { status: number; body?: string; headers?: Record<string, string> }): Promise<{ server: Server; url: string; received: Received[]; waitFor: Receiver["waitFor"] }> {
  const received: Received[] = [];
  const waiters: Array<() => void> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      received.push({ headers: req.headers, raw, path: req.url ?? "/" });
      const out = handler(req, raw);
      res.writeHead(out.status, out.headers ?? {}).end(out.body ?? "");
      for (const w of waiters.splice(0)) w();
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const waitFor = async (n: number, ms = 5000) => {
    const until = Date.now() + ms;
    while (received.length < n) {
      if (Date.now() > until) throw new Error(`expected ${n} requests, got ${received.length}`);
      await new Promise<void>((ok) => {
        waiters.push(ok);
        setTimeout(ok, 50);
      });
    }
    return received;
  };
  return { server, url, received, waitFor };
}

const closer = (server: Server) => () =>
  new Promise<void>((ok) => {
    server.closeAllConnections();
    server.close(() => ok());
  });

export async function startWebhookReceiver(): Promise<Receiver> {
  const state = { status: 204 };
  const l = await listen(() => ({ status: state.status }));
  return {
    url: `${l.url}/hooks/precis`,
    received: l.received,
    get status() {
      return state.status;
    },
    set status(s: number) {
      state.status = s;
    },
    waitFor: l.waitFor,
    close: closer(l.server),
  };
}

export interface PutEventsEntry {
  Source: string;
  DetailType: string;
  Detail: string;
  EventBusName: string;
  Time?: number;
}

export async function startEventBridge(): Promise<Receiver & { entries(): PutEventsEntry[] }> {
  let n = 0;
  const l = await listen((req) => {
    if (req.headers["x-amz-target"] !== "AWSEvents.PutEvents") return { status: 400, body: JSON.stringify({ __type: "UnknownOperationException" }), headers: { "content-type": "application/x-amz-json-1.1" } };
    return { status: 200, body: JSON.stringify({ FailedEntryCount: 0, Entries: [{ EventId: `evt-${++n}` }] }), headers: { "content-type": "application/x-amz-json-1.1" } };
  });
  return {
    url: l.url,
    received: l.received,
    status: 200,
    waitFor: l.waitFor,
    close: closer(l.server),
    entries: () => l.received.flatMap((r) => (JSON.parse(r.raw.toString("utf8")) as { Entries: PutEventsEntry[] }).Entries),
  };
}
