// A signature-checking front for the local S3 server. s3rver accepts unsigned writes, does not check
// presigned URLs and ignores conditional writes, so presign mistakes and races could not be caught on
// this machine. Every request passes through here first:
//   - SigV4 is verified, in the Authorization header or in a presigned URL's query (with its expiry),
//     against the local credentials: an unsigned, tampered or expired request gets 403, as from S3;
//     a body whose SHA-256 differs from the signed x-amz-content-sha256 gets 400;
//   - PutObject with `If-None-Match: *` or `If-Match: "<etag>"` gets S3's 412 when the condition fails;
//   - writes to one key are applied one at a time (s3rver could interleave two bodies into one object),
//     and never while a read of that key is being answered (s3rver writes in place).
// Everything else is forwarded byte for byte, Host header included.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

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
function signatureOf(req: IncomingMessage, url: URL): Signed | string {
  const auth = req.headers.authorization;
  const q = url.searchParams;
  if (auth) {
    const m = /^AWS4-HMAC-SHA256\s+Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request,\s*SignedHeaders=([^,]+),\s*Signature=([0-9a-f]{64})$/.exec(auth.trim());
    if (!m) return "the Authorization header is not AWS4-HMAC-SHA256";
    const amzDate = String(req.headers["x-amz-date"] ?? "");
    return { accessKeyId: m[1]!, date: m[2]!, region: m[3]!, service: m[4]!, signedHeaders: m[5]!.split(";"), signature: m[6]!, amzDate, payloadHash: String(req.headers["x-amz-content-sha256"] ?? "UNSIGNED-PAYLOAD"), presigned: false, expiresSeconds: null };
  }
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

/** null when the signature holds; otherwise [status, code, message]. */
export function verifySigV4(req: IncomingMessage, credentials: Record<string, string>, now = Date.now()): [number, string, string] | null {
  const url = new URL(req.url ?? "/", "http://local");
  const s = signatureOf(req, url);
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
  const raw = rawTarget(req);
  const canonical = [req.method, raw.path, canonicalQuery(raw.query, s.presigned), headers.join(""), s.signedHeaders.join(";"), s.payloadHash].join("\n");
  const scope = `${s.date}/${s.region}/${s.service}/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", s.amzDate, scope, sha256(canonical)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, s.date), s.region), s.service), "aws4_request");
  const expected = createHmac("sha256", key).update(toSign).digest();
  if (!timingSafeEqual(expected, Buffer.from(s.signature, "hex"))) {
    return [403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method."];
  }
  return null;
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export interface S3FrontHooks {
  /**
   * Awaited before the answer to a write or a refusal is sent: when the front runs in a thread of its own
   * (s3-thread.ts), the bucket's events and refusal counts reach the runner before the client learns
   * that its write is done, as they do in one thread.
   */
  settle?: () => Promise<void>;
  onRefused?: (code: string) => void;
}

export async function startS3Front(upstream: string, credentials: Record<string, string>, port = 0, hooks: S3FrontHooks = {}): Promise<S3Front> {
  const target = new URL(upstream);
  // Kept-alive connections to s3rver: a new TCP connection per forwarded request costs more than the request.
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const tails = new Map<string, Promise<void>>();
  const reading = new Map<string, Set<Promise<void>>>();
  const refused: Record<string, number> = {};
  const refuse = async (res: ServerResponse, status: number, code: string, message: string) => {
    refused[code] = (refused[code] ?? 0) + 1;
    hooks.onRefused?.(code);
    await hooks.settle?.();
    s3Error(res, status, code, message);
  };

  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse, write: boolean) =>
    new Promise<void>((done) => {
      const out = request({ agent, host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
        const reply = () => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        };
        up.on("end", () => done());
        up.on("close", () => done());
        up.on("error", () => done());
        if (write && hooks.settle) hooks.settle().then(reply, reply);
        else reply();
      });
      out.on("error", () => {
        if (!res.headersSent) res.writeHead(502).end();
        done();
      });
      out.end(body);
    });

  const currentEtag = (path: string) =>
    new Promise<string | null>((resolveEtag, reject) => {
      const head = request({ agent, host: target.hostname, port: target.port, method: "HEAD", path, headers: { host: `${target.hostname}:${target.port}` } }, (r) => {
        r.resume();
        resolveEtag(r.statusCode === 200 ? String(r.headers.etag ?? "").replaceAll('"', "") : null);
      });
      head.on("error", reject);
      head.end();
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
      const url = new URL(req.url ?? "/", "http://local");
      const write = req.method === "PUT" || req.method === "DELETE" || (req.method === "POST" && url.searchParams.has("uploadId"));
      if (!write) {
        // s3rver rewrites an object's file and its metadata in place: a read overlapping a write could
        // announce one length and send another, and its client would wait for ever. A read waits for
        // the writes queued before it; a write waits for the reads in progress (S3 reads are atomic).
        const key = url.pathname;
        await tails.get(key);
        const run = forward(req, body, res, false);
        const set = reading.get(key) ?? new Set<Promise<void>>();
        reading.set(key, set.add(run));
        try {
          return await run;
        } finally {
          set.delete(run);
          if (!set.size && reading.get(key) === set) reading.delete(key);
        }
      }
      // One write per key at a time, as S3 applies them: never a mix of two bodies.
      const key = url.pathname;
      const previous = tails.get(key) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((r) => (release = r));
      const tail = previous.then(() => mine);
      tails.set(key, tail);
      await previous;
      await Promise.all([...(reading.get(key) ?? [])]);
      try {
        const ifNoneMatch = req.headers["if-none-match"];
        const ifMatch = req.headers["if-match"];
        if (req.method === "PUT" && (ifNoneMatch || ifMatch) && !req.headers["x-amz-copy-source"] && !url.searchParams.has("uploadId")) {
          const etag = await currentEtag(url.pathname);
          if (ifNoneMatch === "*" && etag !== null) return await refuse(res, 412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold");
          if (ifMatch && (etag === null || String(ifMatch).replaceAll('"', "") !== etag)) return await refuse(res, 412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold");
        }
        await forward(req, body, res, true);
      } finally {
        release();
        if (tails.get(key) === tail) tails.delete(key);
      }
    } catch {
      if (!res.headersSent) s3Error(res, 500, "InternalError", "local S3 front failed");
    }
  });
  await new Promise<void>((ok) => server.listen(port, "127.0.0.1", ok));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    refused,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => ok());
      }),
  };
}
