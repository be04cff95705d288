// A signature-checking front for the local S3 server. s3rver accepts unsigned writes, does not check
// presigned URLs and ignores conditional writes, so presign mistakes and races could not be caught on
// this machine. Every request passes through here first:
//   - SigV4 is verified, in the Authorization header or in a presigned URL's query (with its expiry),
//     against the local credentials: an unsigned, tampered or expired request gets 403, as from S3;
//     a body whose SHA-256 differs from the signed x-amz-content-sha256 gets 400;
//   - PutObject with `If-None-Match: *` or `If-Match: "<etag>"` gets S3's 412 when the condition fails;
//   - writes to one key are applied one at a time (s3rver could interleave two bodies into one object),
//     and never while a read of that key is being answered (s3rver writes in place).
// Everything else reaches s3rver as sent, Host header included: s3rver runs in-process behind the front
// and listens on no port of its own.
import { createHash, createHmac, createSecretKey, timingSafeEqual, type KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { isIP, type AddressInfo } from "node:net";
import { hostname } from "node:os";
import { Readable } from "node:stream";
import type { S3Event } from "aws-lambda";
import S3rver from "s3rver";
import { leanObjectFiles, type WithBody } from "./s3rver-files.ts";

export interface S3Front {
  url: string;
  port: number;
  /** Requests refused so far, by S3 error code. */
  readonly refused: Record<string, number>;
  close(): Promise<void>;
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data).digest();

/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
const uriEncode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function s3Error(res: ServerResponse, status: number, code: string, message: string): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>local-s3-front</RequestId></Error>`;
  res.writeHead(status, { "content-type": "application/xml", "content-length": String(Buffer.byteLength(body)), connection: "close" }).end(body);
}

interface Signed {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
  amzDate: string;
  payloadHash: string;
  presigned: boolean;
  expiresSeconds: number | null;
}

/** The request's SigV4 parameters, or a reason it has none usable. */
function signatureOf(req: IncomingMessage, query: string): Signed | string {
  const auth = req.headers.authorization;
  if (auth) {
    const m = /^AWS4-HMAC-SHA256\s+Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request,\s*SignedHeaders=([^,]+),\s*Signature=([0-9a-f]{64})$/.exec(auth.trim());
    if (!m) return "the Authorization header is not AWS4-HMAC-SHA256";
    const amzDate = String(req.headers["x-amz-date"] ?? "");
    return { accessKeyId: m[1]!, date: m[2]!, region: m[3]!, service: m[4]!, signedHeaders: m[5]!.split(";"), signature: m[6]!, amzDate, payloadHash: String(req.headers["x-amz-content-sha256"] ?? "UNSIGNED-PAYLOAD"), presigned: false, expiresSeconds: null };
  }
  // Only a presigned URL's query is parsed (WHATWG rules, as before; the canonical query below reads it raw).
  const q = new URLSearchParams(query);
  if (q.get("X-Amz-Algorithm") === "AWS4-HMAC-SHA256") {
    const cred = /^([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request$/.exec(q.get("X-Amz-Credential") ?? "");
    const signature = q.get("X-Amz-Signature") ?? "";
    if (!cred || !/^[0-9a-f]{64}$/.test(signature)) return "the presigned URL's credential or signature is malformed";
    return {
      accessKeyId: cred[1]!,
      date: cred[2]!,
      region: cred[3]!,
      service: cred[4]!,
      signedHeaders: (q.get("X-Amz-SignedHeaders") ?? "").split(";"),
      signature,
      amzDate: q.get("X-Amz-Date") ?? "",
      payloadHash: q.get("X-Amz-Content-Sha256") ?? "UNSIGNED-PAYLOAD",
      presigned: true,
      expiresSeconds: Number(q.get("X-Amz-Expires") ?? "NaN"),
    };
  }
  return "the request is not signed";
}

/** The raw path and query as sent: WHATWG URL parsing would normalise `..`, `%2E` and `+`, which S3 does not. */
function rawTarget(req: IncomingMessage): { path: string; query: string } {
  const target = req.url ?? "/";
  const q = target.indexOf("?");
  return q === -1 ? { path: target, query: "" } : { path: target.slice(0, q), query: target.slice(q + 1) };
}

const decodeComponent = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

function canonicalQuery(query: string, presigned: boolean): string {
  const pairs: [string, string][] = [];
  for (const part of query.split("&")) {
    if (!part) continue;
    const eq = part.indexOf("=");
    const k = decodeComponent(eq === -1 ? part : part.slice(0, eq));
    const v = eq === -1 ? "" : decodeComponent(part.slice(eq + 1));
    if (!(presigned && k === "X-Amz-Signature")) pairs.push([uriEncode(k), uriEncode(v)]);
  }
  pairs.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}

// The signing key changes once a day per credential and scope, as in SigV4 clients: derived once, and
// kept as a KeyObject (an HMAC keyed with a Buffer converts it again on every request: 4× the cost).
const signingKeys = new Map<string, KeyObject>();
function signingKey(secret: string, date: string, region: string, service: string): KeyObject {
  const id = `${date}/${region}/${service}/${secret}`;
  let key = signingKeys.get(id);
  if (!key) {
    if (signingKeys.size >= 64) signingKeys.clear();
    key = createSecretKey(hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), "aws4_request"));
    signingKeys.set(id, key);
  }
  return key;
}

/** null when the signature holds; otherwise [status, code, message]. */
export function verifySigV4(req: IncomingMessage, credentials: Record<string, string>, now = Date.now()): [number, string, string] | null {
  const raw = rawTarget(req);
  const s = signatureOf(req, raw.query);
  if (typeof s === "string") return [403, "AccessDenied", `Access Denied: ${s}`];
  const secret = credentials[s.accessKeyId];
  if (secret === undefined) return [403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records."];
  const when = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s.amzDate);
  if (!when || !s.amzDate.startsWith(s.date)) return [403, "AccessDenied", "Access Denied: X-Amz-Date is missing or does not match the credential scope"];
  const signedAt = Date.UTC(+when[1]!, +when[2]! - 1, +when[3]!, +when[4]!, +when[5]!, +when[6]!);
  if (s.presigned) {
    if (!Number.isInteger(s.expiresSeconds) || s.expiresSeconds! < 1 || s.expiresSeconds! > 604800) return [403, "AuthorizationQueryParametersError", "X-Amz-Expires must be between 1 and 604800 seconds"];
    if (now > signedAt + s.expiresSeconds! * 1000) return [403, "AccessDenied", "Request has expired"];
  } else if (Math.abs(now - signedAt) > 15 * 60_000) return [403, "RequestTimeTooSkewed", "The difference between the request time and the current time is too large."];
  if (!s.signedHeaders.includes("host")) return [403, "AccessDenied", "Access Denied: the host header must be signed"];

  const headers = s.signedHeaders.map((h) => {
    const v = req.headers[h];
    const value = Array.isArray(v) ? v.join(",") : (v ?? "");
    return `${h}:${value.trim().replace(/\s+/g, " ")}\n`;
  });
  const canonical = [req.method, raw.path, canonicalQuery(raw.query, s.presigned), headers.join(""), s.signedHeaders.join(";"), s.payloadHash].join("\n");
  const scope = `${s.date}/${s.region}/${s.service}/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", s.amzDate, scope, sha256(canonical)].join("\n");
  const key = signingKey(secret, s.date, s.region, s.service);
  const expected = createHmac("sha256", key).update(toSign).digest();
  if (!timingSafeEqual(expected, Buffer.from(s.signature, "hex"))) {
    return [403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method."];
  }
  return null;
}

/** The body, with stream events rather than an async iterator (whose machinery every GET and HEAD paid too). */
function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on("error", reject);
    req.on("close", () => reject(new Error("the request closed before its end")));
  });
}

export interface S3FrontHooks {
  /**
   * Awaited before the answer to a write or a refusal is sent: when the front runs in a thread of its own
   * (s3-thread.ts), the bucket's events and refusal counts reach the runner before the client learns
   * that its write is done, as they do in one thread.
   */
  settle?: () => Promise<void>;
  onRefused?: (code: string) => void;
  /**
   * Whether a write to this key can emit an event that `onEvent` passes on (default: every key): only
   * those writes wait for `settle`.
   */
  announces?: (key: string) => boolean;
  /** Each bucket event s3rver emits (a write's, before its answer is sent). */
  onEvent?: (event: S3Event) => void;
}

export interface S3FrontOptions {
  /** s3rver's data directory. */
  directory: string;
  buckets: string[];
  credentials: Record<string, string>;
  /** The front's port (0: any free one). */
  port?: number;
  hooks?: S3FrontHooks;
}

/** What a path-style request names: the bucket and the decoded key, as s3rver's router reads them. */
function objectOf(rawPath: string): { bucket: string; key: string } | null {
  const m = /^\/([^/]+)\/(.+)$/.exec(rawPath);
  if (!m) return null;
  try {
    return { bucket: decodeURIComponent(m[1]!), key: decodeURIComponent(m[2]!) };
  } catch {
    return null;
  }
}

/**
 * s3rver reads its bucket's CORS and website configurations and stats the bucket's folder for every
 * object request: three file-system calls before any work. Remembered until a bucket or its
 * configuration changes (through the front: s3rver's only way in).
 */
function rememberBuckets(store: S3rver["store"]): void {
  const remembered = new Map<string, Promise<unknown>>();
  const once = <T>(id: string, load: () => Promise<T>): Promise<T> => {
    let p = remembered.get(id) as Promise<T> | undefined;
    if (!p) {
      p = load();
      remembered.set(id, p);
      p.catch(() => remembered.delete(id));
    }
    return p;
  };
  const { getSubresource, getBucket } = store;
  store.getSubresource = (bucket, key, type) =>
    key === undefined ? once(`${bucket}/?${type}`, () => getSubresource.call(store, bucket, key, type)) : getSubresource.call(store, bucket, key, type);
  store.getBucket = (bucket) => once(`${bucket}/`, () => getBucket.call(store, bucket));
  for (const change of ["putSubresource", "deleteSubresource", "putBucket", "deleteBucket"] as const) {
    const apply = store[change] as (...args: unknown[]) => Promise<unknown>;
    store[change] = (async (...args: unknown[]) => {
      remembered.clear();
      try {
        return await apply.apply(store, args);
      } finally {
        remembered.clear();
      }
    }) as never;
  }
}

const require = createRequire(import.meta.url);

/**
 * s3rver's authentication middleware parses every request's signature again, and checks a SigV4 one
 * no further than its access key ("unimplemented", it says): the front has verified it already. Its
 * place in s3rver's router is taken by what it does that matters here: `x-amz-*` query parameters
 * become headers, and the signer's account is the request's (an unknown key is refused as s3rver does).
 */
function trustFrontSignatures(): void {
  const router = require("s3rver/lib/routes.js") as { stack: Array<{ stack: Array<(ctx: never, next: () => Promise<void>) => unknown> }> };
  const { registry } = require("s3rver/lib/models/account.js") as { registry: Map<string, unknown> };
  const S3Error = require("s3rver/lib/models/error.js") as new (code: string, message: string, detail?: Record<string, string>) => Error;
  const verified = async (ctx: { state: Record<string, unknown>; query: Record<string, string>; headers: Record<string, unknown> }, next: () => Promise<void>) => {
    if (ctx.state["website"]) return next();
    for (const [k, v] of Object.entries(ctx.query)) {
      const name = k.toLowerCase();
      if (name.startsWith("x-amz-")) ctx.headers[name] = v;
    }
    const credential = /Credential=([^/,\s]+)\//.exec(String(ctx.headers["authorization"] ?? "")) ?? /^([^/]+)\//.exec(String(ctx.headers["x-amz-credential"] ?? ""));
    if (credential) {
      const account = registry.get(credential[1]!);
      if (!account) throw new S3Error("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", { AWSAccessKeyId: credential[1]! });
      ctx.state["account"] = account;
    }
    return next();
  };
  for (const layer of router.stack) layer.stack = layer.stack.map((fn) => (fn.name === "authentication" ? (verified as never) : fn));
}

/** s3rver's vhost middleware, its pattern compiled once instead of for every request (defaults: amazonaws.com, vhost buckets). */
const VHOST = /^(?:(.+)\.)?s3(-website)?([-.].+)?\.amazonaws\.com$/;
function pathStyleVhost(ctx: { hostname: string; path: string; headers: Record<string, unknown>; query: Record<string, unknown>; state: Record<string, unknown> }, next: () => Promise<void>) {
  const [match, bucket, website] = VHOST.exec(ctx.hostname) ?? [];
  ctx.state["vhost"] = Boolean(bucket);
  if (match) {
    ctx.state["service"] = website ? "s3-website" : "s3";
    if (bucket) ctx.path = `/${bucket}${ctx.path}`;
  } else {
    for (const key of [...Object.keys(ctx.headers), ...Object.keys(ctx.query)]) {
      if (key.toLowerCase().startsWith("x-amz-")) {
        ctx.state["service"] = "s3";
        break;
      }
    }
    if (!isIP(ctx.hostname) && !["localhost", hostname()].includes(ctx.hostname)) {
      ctx.state["vhost"] = true;
      ctx.path = `/${ctx.hostname}${ctx.path}`;
    }
  }
  return next();
}

/** ETags known to the front (null: known absent), most recent last; bounded, a miss asks the store. */
const ETAGS_KEPT = 50_000;

export async function startS3Front(options: S3FrontOptions): Promise<S3Front> {
  const { credentials, hooks = {} } = options;
  // s3rver served in-process (its documented `getMiddleware()`), not over a second loopback hop: the
  // hop cost as much CPU as s3rver's own work. It never listens, so every request passes the front.
  const s3rver = new S3rver({ silent: true, directory: options.directory, configureBuckets: options.buckets.map((name) => ({ name, configs: [] })) });
  await s3rver.configureBuckets();
  if (hooks.onEvent) s3rver.on("event", hooks.onEvent);
  // Outermost: a write's answer waits for `settle`. s3rver's request logger (koa-logger, which formats
  // every request even when silent) is dropped.
  s3rver.middleware = [
    async (ctx, next) => {
      try {
        await next();
      } finally {
        if ((ctx.req as unknown as Inner).precisWrite) await hooks.settle?.();
      }
    },
    ...s3rver.middleware.filter((m) => m.name !== "logger").map((m) => (m.name === "vhost" ? (pathStyleVhost as unknown as typeof m) : m)),
  ];
  trustFrontSignatures();
  const handle = s3rver.getMiddleware();
  const store = s3rver.store;
  rememberBuckets(store);
  leanObjectFiles(store);

  const tails = new Map<string, Promise<void>>();
  const reading = new Map<string, Set<Promise<void>>>();
  const refused: Record<string, number> = {};
  const refuse = async (res: ServerResponse, status: number, code: string, message: string) => {
    refused[code] = (refused[code] ?? 0) + 1;
    hooks.onRefused?.(code);
    await hooks.settle?.();
    s3Error(res, status, code, message);
  };

  // The front is s3rver's only way in and applies every write to a key itself, one at a time: it knows
  // the ETag each write left, and a conditional write needs no read of the store for a key it wrote.
  const etags = new Map<string, string | null>();
  const knowEtag = (key: string, etag: string | null) => {
    etags.delete(key);
    if (etags.size >= ETAGS_KEPT) etags.delete(etags.keys().next().value!);
    etags.set(key, etag);
  };
  const currentEtag = async (object: { bucket: string; key: string }, id: string, needEtag: boolean): Promise<string | null | true> => {
    const known = etags.get(id);
    if (known !== undefined) return known;
    if (!needEtag) return (await store.existsObject(object.bucket, object.key)) ? true : (knowEtag(id, null), null);
    const meta = await store.getMetadata(object.bucket, object.key).catch((e: NodeJS.ErrnoException) => {
      if (e.code === "ENOENT") return null;
      throw e;
    });
    const etag = meta ? String(meta.etag).replaceAll('"', "") : null;
    knowEtag(id, etag);
    return etag;
  };

  /** s3rver answers `res`; resolves once the answer is sent (or the connection is gone). */
  const serve = (req: IncomingMessage, body: Buffer, res: ServerResponse, write: boolean, object: { key: string } | null) =>
    new Promise<void>((done) => {
      const inner: Inner = Object.assign(Readable.from(body.length ? [body] : [], { objectMode: false }), {
        method: req.method,
        url: req.url,
        headers: req.headers,
        httpVersion: req.httpVersion,
        httpVersionMajor: req.httpVersionMajor,
        httpVersionMinor: req.httpVersionMinor,
        socket: req.socket,
        precisWrite: write && (object === null || (hooks.announces?.(object.key) ?? true)),
        precisBody: body,
      });
      res.once("finish", done);
      res.once("close", done);
      handle(inner as unknown as IncomingMessage, res).catch(() => {
        if (!res.headersSent) s3Error(res, 500, "InternalError", "local S3 server failed");
        done();
      });
    });

  const server = createServer(async (req, res) => {
    try {
      const body = await readAll(req);
      const denied = verifySigV4(req, credentials);
      if (denied) return await refuse(res, ...denied);
      const declared = String(req.headers["x-amz-content-sha256"] ?? "");
      if (/^[0-9a-f]{64}$/.test(declared) && sha256(body) !== declared) {
        return await refuse(res, 400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.");
      }
      const raw = rawTarget(req);
      const object = objectOf(raw.path);
      // One lock per object as s3rver stores it (its decoded key), whatever encoding the path used.
      const key = object ? `${object.bucket}/${object.key}` : raw.path;
      const query = new URLSearchParams(raw.query);
      const write = req.method === "PUT" || req.method === "DELETE" || (req.method === "POST" && query.has("uploadId"));
      if (!write) {
        // s3rver rewrites an object's file and its metadata in place: a read overlapping a write could
        // announce one length and send another, and its client would wait for ever. A read waits for
        // the writes queued before it; a write waits for the reads in progress (S3 reads are atomic).
        await tails.get(key);
        const run = serve(req, body, res, false, object);
        const set = reading.get(key) ?? new Set<Promise<void>>();
        reading.set(key, set.add(run));
        try {
          return await run;
        } finally {
          set.delete(run);
          if (!set.size && reading.get(key) === set) reading.delete(key);
          // Anything but a read may have written keys the front did not lock (a form POST, a multi-object delete).
          if (req.method !== "GET" && req.method !== "HEAD") etags.clear();
        }
      }
      // One write per key at a time, as S3 applies them: never a mix of two bodies.
      const previous = tails.get(key) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((r) => (release = r));
      const tail = previous.then(() => mine);
      tails.set(key, tail);
      await previous;
      await Promise.all([...(reading.get(key) ?? [])]);
      try {
        // A plain object PUT or DELETE leaves an ETag the front knows; anything else (a part, a copy, a
        // subresource, a bucket) is forgotten and read from the store when next needed.
        const plain = object !== null && !req.headers["x-amz-copy-source"] && [...query.keys()].every((k) => k === "x-id" || /^x-amz-/i.test(k));
        const ifNoneMatch = req.headers["if-none-match"];
        const ifMatch = req.headers["if-match"];
        if (req.method === "PUT" && object && (ifNoneMatch || ifMatch) && !req.headers["x-amz-copy-source"] && !query.has("uploadId")) {
          const etag = await currentEtag(object, key, Boolean(ifMatch));
          if (ifNoneMatch === "*" && etag !== null) return await refuse(res, 412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold");
          if (ifMatch && (etag === null || String(ifMatch).replaceAll('"', "") !== etag)) return await refuse(res, 412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold");
        }
        etags.delete(key);
        await serve(req, body, res, true, object);
        const status = res.statusCode;
        if (plain && req.method === "PUT" && status === 200 && res.getHeader("etag")) knowEtag(key, String(res.getHeader("etag")).replaceAll('"', ""));
        else if (plain && req.method === "DELETE" && status === 204) knowEtag(key, null);
        else if (!object) etags.clear();
      } finally {
        release();
        if (tails.get(key) === tail) tails.delete(key);
      }
    } catch {
      if (!res.headersSent) s3Error(res, 500, "InternalError", "local S3 front failed");
    }
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, "127.0.0.1", ok));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    refused,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** The request s3rver sees: the front's, its body already read (and checked) and replayed. */
type Inner = Readable & WithBody & { precisWrite: boolean };
