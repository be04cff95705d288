// The article bucket over the S3 API: bounded reads, JSON objects, conditional writes. Keys come from
// lib/store/layout.ts.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type GetObjectCommandOutput,
} from "@aws-sdk/client-s3";
import { Agent as HttpAgent } from "node:http";
import { PrecisError } from "../errors.ts";
import { checkLayout, STATE_PREFIX, type Prefixes } from "./layout.ts";
import { reuseSigner, Sha256 } from "./signing.ts";

export interface StoredObject {
  bytes: Uint8Array;
  contentType: string | null;
  etag: string | null;
  metadata: Record<string, string>;
}

export interface BucketOptions {
  bucket: string;
  prefixes: Prefixes;
  endpoint?: string | null;
  region: string;
}

/** An S3 endpoint on this machine (the local runner's), not a remote S3-compatible service. */
const isLoopback = (endpoint: string) => /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/i.test(endpoint);

export function createS3Client(options: { endpoint?: string | null; region: string }): S3Client {
  const loopback = options.endpoint ? isLoopback(options.endpoint) : false;
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
    // The middleware chain resolved once per command type, not again for every request (about a third
    // of the SDK's CPU per request locally). Nothing adds middleware to this client after its first send.
    cacheMiddleware: true,
    // SigV4 as the SDK signs, its HMAC keys kept as KeyObjects (signing.ts).
    sha256: Sha256,
    // Loopback only: the SigV4 payload hash already covers each body, so the extra CRC32 checksums the
    // SDK adds by default only cost CPU; and one process runs hundreds of invocations at once, which
    // the SDK's 50 sockets would queue (a Lambda container handles one event at a time).
    ...(loopback
      ? {
          requestChecksumCalculation: "WHEN_REQUIRED" as const,
          responseChecksumValidation: "WHEN_REQUIRED" as const,
          requestHandler: { httpAgent: new HttpAgent({ keepAlive: true, maxSockets: 512 }) },
        }
      : {}),
  });
  return reuseSigner(client);
}

const isNotFound = (e: unknown) =>
  e instanceof S3ServiceException && (e.name === "NoSuchKey" || e.name === "NotFound" || e.$metadata?.httpStatusCode === 404);

/**
 * A conditional write that lost: 412 PreconditionFailed (If-None-Match / If-Match did not hold) or 409
 * ConditionalRequestConflict (another conditional write to the key was in flight).
 */
export const isConditionFailed = (e: unknown) =>
  e instanceof S3ServiceException &&
  (e.name === "PreconditionFailed" || e.name === "ConditionalRequestConflict" || e.$metadata?.httpStatusCode === 412 || e.$metadata?.httpStatusCode === 409);

const unquote = (etag: string | undefined | null) => etag?.replaceAll('"', "") ?? null;

export interface ObjectHead {
  etag: string | null;
  size: number;
  metadata: Record<string, string>;
}

/** `ifNoneMatch: "*"` creates only if absent; `ifMatch` replaces only that version (S3 conditional writes). */
export type WriteCondition = { ifNoneMatch: "*" } | { ifMatch: string } | null;

async function readBounded(body: GetObjectCommandOutput["Body"], maxBytes: number, key: string): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      (body as { destroy?: () => void }).destroy?.();
      throw new PrecisError("too_large", `'${key}' is larger than the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export class ArticleBucket {
  readonly name: string;
  readonly prefixes: Prefixes;
  readonly s3: S3Client;

  constructor(s3: S3Client, name: string, prefixes: Prefixes) {
    checkLayout(prefixes);
    this.s3 = s3;
    this.name = name;
    this.prefixes = prefixes;
  }

  /** Reads an upload, refusing one over `maxBytes` from its declared length before reading the body. */
  async read(key: string, maxBytes: number): Promise<StoredObject> {
    let out: GetObjectCommandOutput;
    try {
      out = await this.s3.send(new GetObjectCommand({ Bucket: this.name, Key: key }));
    } catch (e) {
      if (isNotFound(e)) throw new PrecisError("not_found", `'${key}' no longer exists (deleted before it was read)`, { cause: e });
      throw new PrecisError("internal", `reading '${key}' failed: ${(e as Error).message}`, { retryable: true, cause: e });
    }
    if ((out.ContentLength ?? 0) > maxBytes) {
      (out.Body as { destroy?: () => void } | undefined)?.destroy?.();
      throw new PrecisError("too_large", `'${key}' is ${out.ContentLength} bytes; the limit is ${maxBytes}`);
    }
    return {
      bytes: await readBounded(out.Body, maxBytes, key),
      contentType: out.ContentType ?? null,
      etag: unquote(out.ETag),
      metadata: out.Metadata ?? {},
    };
  }

  /** The object's ETag and user metadata without its body, or null if there is none. */
  async head(key: string): Promise<ObjectHead | null> {
    try {
      const out = await this.s3.send(new HeadObjectCommand({ Bucket: this.name, Key: key }));
      return { etag: unquote(out.ETag), size: out.ContentLength ?? 0, metadata: out.Metadata ?? {} };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /** A JSON object with its ETag and metadata (for a later conditional write), or null if absent. */
  async readJsonTagged<T = unknown>(key: string): Promise<{ value: T; etag: string | null; metadata: Record<string, string> } | null> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.name, Key: key }));
      const value = JSON.parse(await out.Body!.transformToString("utf-8")) as T;
      return { value, etag: unquote(out.ETag), metadata: out.Metadata ?? {} };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /**
   * Writes JSON under a condition. Returns the new ETag, or null when the condition did not hold.
   * S3 enforces both conditions; locally the S3 front (local/s3-front.ts) does, since s3rver does not.
   */
  async writeJsonIf(key: string, value: unknown, condition: WriteCondition, metadata: Record<string, string> = {}): Promise<{ etag: string | null } | null> {
    try {
      const out = await this.s3.send(
        new PutObjectCommand({
          Bucket: this.name,
          Key: key,
          // Outputs are for people too; internal state is read by the code only.
          Body: key.startsWith(STATE_PREFIX) ? JSON.stringify(value) : JSON.stringify(value, null, 2),
          ContentType: "application/json; charset=utf-8",
          Metadata: metadata,
          ...(condition && "ifNoneMatch" in condition ? { IfNoneMatch: condition.ifNoneMatch } : {}),
          ...(condition && "ifMatch" in condition ? { IfMatch: `"${condition.ifMatch}"` } : {}),
        }),
      );
      return { etag: unquote(out.ETag) };
    } catch (e) {
      if (isConditionFailed(e)) return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.name, Key: key }));
  }

  async writeJson(key: string, value: unknown, metadata: Record<string, string> = {}): Promise<void> {
    await this.writeJsonIf(key, value, null, metadata);
  }

  /** Writes bytes as they are (the HTTP API's hand-off to the upload function). */
  async writeBytes(key: string, body: Uint8Array, contentType: string): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: this.name, Key: key, Body: body, ContentType: contentType }));
  }

  async readJson(key: string): Promise<unknown | null> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.name, Key: key }));
      return JSON.parse(await out.Body!.transformToString("utf-8"));
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /**
   * Keys under `prefix` in ascending order, after `after`, at most `limit` (≤ 1000). ListObjects (v1,
   * with Marker) rather than V2: s3rver, the local S3, answers a truncated V2 listing with a 500 on
   * Node 24 (its continuation token uses DES, which OpenSSL 3 no longer offers). Same IAM action.
   */
  async listKeys(prefix: string, options: { limit: number; after?: string }): Promise<string[]> {
    const out = await this.s3.send(new ListObjectsCommand({ Bucket: this.name, Prefix: prefix, MaxKeys: options.limit, ...(options.after ? { Marker: options.after } : {}) }));
    return (out.Contents ?? []).map((o) => o.Key!).filter((k) => k > (options.after ?? ""));
  }
}
