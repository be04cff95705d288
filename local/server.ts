// The local stack: a real S3-protocol server (s3rver, behind a front that checks SigV4 signatures and
// conditional writes as S3 does: s3-front.ts) and an HTTP server on loopback, driving the very handlers
// Lambda runs with the event payloads AWS would send them.
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, S3Event } from "aws-lambda";
import { decodeEventKey, encodeEventKey } from "../lib/store/layout.ts";
import { decodeParams, matchPath } from "../lib/http/router.ts";
import { startS3Thread } from "./s3-thread.ts";
import { firesOn, readWiring, type FunctionWiring } from "./wiring.ts";
import { useComputeHost } from "../lib/pipeline.ts";
import { createWorkerPool } from "./worker.ts";

export interface LocalOptions {
  bucket: string;
  s3Port: number;
  httpPort: number;
  dataDir: string;
  /** Lambda retries a failed asynchronous invocation twice; locally the waits are short. */
  retryDelaysMs?: number[];
  log?: (line: string) => void;
}

export interface LocalStack {
  s3Endpoint: string;
  httpEndpoint: string;
  bucket: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /**
   * S3 delivers events at least once: `copies` delivers each event that many times at once (a test of
   * duplicate delivery); `paused` records events without delivering them (for out-of-order tests).
   */
  delivery: { copies: number; paused: boolean };
  /** The S3 events the bucket emitted for a function (the last 10,000), in order, as first sent (or held). */
  readonly events: S3Event[];
  /** Delivers an event (again) asynchronously, with Lambda's retries: a late or reordered delivery. */
  deliver(event: S3Event): void;
  /** The worker threads that run the CPU-bound stages, off the server's event loop: tasks running and done. */
  readonly workers: { readonly active: number; readonly completed: number };
  /** CPU time so far, in microseconds, of the S3 server's thread and of the compute workers (`npm run load`). */
  threadsCpu(): Promise<{ s3: number; compute: number }>;
  /** Requests the S3 front refused, by S3 error code (e.g. `PreconditionFailed` for a lost conditional write). */
  readonly s3Refused: Readonly<Record<string, number>>;
  /** Resolves when every S3 event delivered so far has been handled (including retries). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

type Handler = (event: unknown, context: unknown) => Promise<unknown>;
const ROOT = new URL("../", import.meta.url);
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
/** API Gateway's own payload limit; the handler applies the (smaller) configured limit itself. */
const GATEWAY_MAX_BODY = 10 * 1024 * 1024;

async function loadHandler(fn: FunctionWiring): Promise<Handler> {
  const mod = (await import(new URL(fn.module, ROOT).href)) as Record<string, unknown>;
  const h = mod[fn.exportName];
  if (typeof h !== "function") throw new Error(`serverless.yml: ${fn.module} has no export '${fn.exportName}'`);
  return h as Handler;
}

const lambdaContext = (fn: FunctionWiring) => ({
  functionName: `precis-local-${fn.name}`,
  awsRequestId: randomUUID(),
  getRemainingTimeInMillis: () => fn.timeoutSeconds * 1000,
});

/** A record shaped like the ones S3 sends, with the key URL-encoded the way S3 encodes it. */
function s3Record(bucket: string, key: string, size: number, eTag: string, sequencer: string, eventName: string): S3Event["Records"][number] {
  const now = new Date();
  return {
    eventVersion: "2.1",
    eventSource: "aws:s3",
    awsRegion: "us-east-1",
    eventTime: now.toISOString(),
    eventName,
    userIdentity: { principalId: "local" },
    requestParameters: { sourceIPAddress: "127.0.0.1" },
    responseElements: { "x-amz-request-id": randomUUID(), "x-amz-id-2": randomUUID() },
    s3: {
      s3SchemaVersion: "1.0",
      configurationId: "precis-local",
      bucket: { name: bucket, ownerIdentity: { principalId: "local" }, arn: `arn:aws:s3:::${bucket}` },
      object: { key: encodeEventKey(key), size, eTag, sequencer },
    },
  };
}

/**
 * The body, or null as soon as it passes `limit`: the caller answers 413 at once, and the rest is read
 * and dropped, so the client gets the answer instead of a reset.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    let chunks: Buffer[] | null = [];
    let total = 0;
    req.on("data", (c: Buffer) => {
      if (!chunks) return;
      total += c.length;
      if (total > limit) {
        chunks = null;
        resolveBody(null);
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => chunks && resolveBody(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function gatewayEvent(req: IncomingMessage, url: URL, body: Buffer, routeKey: string, pathParameters: Record<string, string>): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(",") : v;
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = query[k] === undefined ? v : `${query[k]},${v}`;
  const now = new Date();
  return {
    version: "2.0",
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    pathParameters: Object.keys(pathParameters).length ? pathParameters : undefined,
    requestContext: {
      accountId: "local",
      apiId: "local",
      domainName: headers["host"] ?? "127.0.0.1",
      domainPrefix: "local",
      http: { method: req.method ?? "GET", path: url.pathname, protocol: `HTTP/${req.httpVersion}`, sourceIp: req.socket.remoteAddress ?? "127.0.0.1", userAgent: headers["user-agent"] ?? "" },
      requestId: randomUUID(),
      routeKey,
      stage: "$default",
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body.length ? body.toString("base64") : undefined,
    isBase64Encoded: body.length > 0,
  };
}

export async function startLocal(options: LocalOptions): Promise<LocalStack> {
  const log = options.log ?? ((l: string) => process.stderr.write(l + "\n"));
  const retryDelays = options.retryDelaysMs ?? [1000, 2000];
  const wiring = readWiring();
  const handlers = new Map<string, Handler>();
  for (const fn of wiring) handlers.set(fn.name, await loadHandler(fn));

  // Summarizing is CPU-bound: in worker threads, so /health and every other request stay answered.
  const workers = createWorkerPool();
  const restoreHost = useComputeHost(workers);

  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  // Asynchronous invocation, as Lambda does it: the event is handled later; a thrown error is retried.
  const inflight = new Set<Promise<void>>();
  const invokeAsync = (fn: FunctionWiring, event: S3Event) => {
    const run = (async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          await handlers.get(fn.name)!(event, lambdaContext(fn));
          return;
        } catch (e) {
          if (attempt >= retryDelays.length) {
            log(JSON.stringify({ level: "error", message: "invocation failed after retries (would go to the on-failure destination)", function: fn.name, error: String(e) }));
            return;
          }
          await new Promise((r) => setTimeout(r, retryDelays[attempt]));
        }
      }
    })();
    inflight.add(run);
    void run.finally(() => inflight.delete(run));
  };

  // S3's sequencer orders the events of one key: a hex string that grows with each write. s3rver sends
  // Date.now() in hex, equal for two writes in the same millisecond; a counter keeps them strictly growing.
  let lastSequencer = 0n;
  const nextSequencer = () => {
    const now = BigInt(Date.now()) * 1_000_000n;
    lastSequencer = now > lastSequencer ? now : lastSequencer + 1n;
    return lastSequencer.toString(16).toUpperCase().padStart(16, "0");
  };
  const delivery = { copies: 1, paused: false };
  const events: S3Event[] = [];
  const deliver = (event: S3Event) => {
    const key = decodeEventKey(event.Records[0]!.s3.object.key);
    const fn = wiring.find((f) => f.s3.some((t) => key.startsWith(t.prefix) && key.endsWith(t.suffix)));
    if (fn) invokeAsync(fn, structuredClone(event));
  };

  const onBucketEvent = (event: S3Event) => {
    for (const rec of event.Records) {
      const key = rec.s3.object.key; // s3rver leaves it unencoded; S3 does not
      for (const fn of wiring) {
        if (!fn.s3.some((t) => firesOn(t, rec.eventName, key))) continue;
        const record = s3Record(rec.s3.bucket.name, key, rec.s3.object.size ?? 0, rec.s3.object.eTag ?? "", nextSequencer(), rec.eventName);
        events.push({ Records: [record] });
        if (events.length > 10_000) events.shift(); // a long `npm start` keeps only the recent ones
        if (delivery.paused) continue;
        for (let copy = 0; copy < Math.max(1, delivery.copies); copy++) invokeAsync(fn, structuredClone({ Records: [record] }));
      }
    }
  };

  // s3rver and its signature-checking front, in a thread of their own: clients reach s3rver only
  // through the front.
  const s3 = await startS3Thread(
    { bucket: options.bucket, dataDir, port: options.s3Port, credentials: { [CREDENTIALS.accessKeyId]: CREDENTIALS.secretAccessKey }, triggers: wiring.flatMap((fn) => fn.s3) },
    onBucketEvent,
    log,
  );
  const s3Endpoint = s3.url;

  // API Gateway's routing: the routes serverless.yml lists (matched with the handler's own matcher),
  // then the catch-all `$default` route, else its bare 404.
  const routes = wiring.flatMap((fn) => fn.http.map((r) => ({ fn, r })));
  const findRoute = (method: string, path: string) => {
    for (const { fn, r } of routes) {
      if (r.catchAll || (r.method !== method && r.method !== "ANY")) continue;
      const raw = matchPath(r, path);
      if (raw) return { fn, routeKey: `${r.method} ${r.path}`, raw };
    }
    const fallback = routes.find(({ r }) => r.catchAll);
    return fallback ? { fn: fallback.fn, routeKey: "$default", raw: {} } : null;
  };
  const http: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const method = (req.method ?? "GET").toUpperCase();
      const hit = findRoute(method, url.pathname);
      if (!hit) {
        res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "Not Found" }));
        return;
      }
      const body = await readBody(req, GATEWAY_MAX_BODY);
      if (!body) {
        // Answered, then closed: the client reads the 413 instead of a reset.
        const payload = JSON.stringify({ message: "Request Entity Too Large" });
        res.writeHead(413, { "content-type": "application/json", "content-length": String(Buffer.byteLength(payload)), connection: "close" }).end(payload);
        return;
      }
      // API Gateway passes a parameter it cannot decode through as sent; the handler answers 400.
      const params = decodeParams(hit.raw) ?? hit.raw;
      const event = gatewayEvent(req, url, body, hit.routeKey, params);
      const out = (await handlers.get(hit.fn.name)!(event, lambdaContext(hit.fn))) as APIGatewayProxyStructuredResultV2;
      const payload = out.body ? Buffer.from(out.body, out.isBase64Encoded ? "base64" : "utf8") : Buffer.alloc(0);
      res.writeHead(out.statusCode ?? 200, { ...(out.headers as Record<string, string>), "content-length": String(payload.length) }).end(payload);
    } catch (e) {
      log(JSON.stringify({ level: "error", message: "handler crashed", error: String(e) }));
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ message: "Internal Server Error" }));
    }
  });
  await new Promise<void>((ok) => http.listen(options.httpPort, "127.0.0.1", ok));
  const httpEndpoint = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  return {
    s3Endpoint,
    httpEndpoint,
    bucket: options.bucket,
    credentials: CREDENTIALS,
    delivery,
    events,
    workers,
    s3Refused: s3.refused,
    async threadsCpu() {
      const [s3Micros, compute] = await Promise.all([s3.cpuMicros(), workers.cpuMicros()]);
      return { s3: s3Micros, compute };
    },
    deliver,
    async idle() {
      // Handling an event may upload more objects (whose events arrive a tick later): settle until quiet.
      for (let quiet = 0; quiet < 2; ) {
        if (inflight.size) {
          quiet = 0;
          await Promise.allSettled([...inflight]);
        } else quiet++;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      await Promise.allSettled([...inflight]);
      http.closeAllConnections();
      await new Promise<void>((ok) => http.close(() => ok()));
      await s3.close();
      restoreHost();
      await workers.close();
    },
  };
}

/** Environment the in-process handlers need to reach the local stack. */
export function localEnvironment(stack: { s3Endpoint: string; bucket: string }, apiKey: string): Record<string, string> {
  return {
    PRECIS_S3_ENDPOINT: stack.s3Endpoint,
    PRECIS_BUCKET: stack.bucket,
    PRECIS_API_KEY: apiKey,
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    AWS_REGION: "us-east-1",
    AWS_EC2_METADATA_DISABLED: "true",
  };
}

export const generateApiKey = () => `precis_${randomBytes(18).toString("base64url")}`;
