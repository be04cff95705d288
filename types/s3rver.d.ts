// s3rver ships no types; this is the part of its API the local runner uses.
declare module "s3rver" {
  import type { EventEmitter } from "node:events";
  import type { IncomingMessage, ServerResponse } from "node:http";
  import type { AddressInfo } from "node:net";
  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    configureBuckets?: Array<{ name: string; configs?: unknown[] }>;
  }
  /** Koa's middleware signature, as far as the front uses it. */
  type Middleware = ((ctx: { req: IncomingMessage; res: ServerResponse }, next: () => Promise<void>) => Promise<void>) & { name: string };
  /** Its filesystem store (lib/stores/filesystem.js). */
  interface FilesystemStore {
    existsObject(bucket: string, key: string): Promise<boolean>;
    /** Throws ENOENT when there is no such object; `etag` is JSON-quoted. */
    getMetadata(bucket: string, key: string): Promise<{ etag: string } & Record<string, unknown>>;
    /** Stores an object (`content` a stream, here the request) and its metadata; returns its size and MD5 (hex). */
    putObject(object: { bucket: string; key: string; content: unknown; metadata: Record<string, unknown> }): Promise<{ size: number; md5: string }>;
    /** Writes the object's metadata file (its allowed headers and `x-amz-meta-*`), and its MD5 file when `md5` is given. */
    putMetadata(bucket: string, key: string, metadata: Record<string, unknown>, md5?: string): Promise<void>;
    /** Copies an object's files; with `replacementMetadata`, writes that instead of the source's. Returns the copy's metadata. */
    copyObject(srcBucket: string, srcKey: string, destBucket: string, destKey: string, replacementMetadata?: Record<string, unknown> | null): Promise<{ etag: string } & Record<string, unknown>>;
    /** The path of one of a key's files (`object`, `object.md5`, `metadata.json`). */
    getResourcePath(bucket: string, key: string, resource: string): string;
    /** A configuration (`cors`, `website`, `tagging`…) of a bucket (`key` undefined) or an object, or null. */
    getSubresource(bucket: string, key: string | undefined, type: string): Promise<unknown>;
    putSubresource(bucket: string, key: string | undefined, resource: unknown): Promise<void>;
    deleteSubresource(bucket: string, key: string | undefined, type: string): Promise<void>;
    /** The bucket, or null when its folder is missing. */
    getBucket(bucket: string): Promise<unknown>;
    putBucket(bucket: string): Promise<unknown>;
    deleteBucket(bucket: string): Promise<void>;
  }
  export default class S3rver extends EventEmitter {
    constructor(options: S3rverOptions);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
    /** Creates the configured buckets (what `run` does before it listens). */
    configureBuckets(): Promise<void>;
    /** The request handler, to serve s3rver from another server (s3rver is a Koa application). */
    getMiddleware(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    /** Koa's middleware list, composed when `getMiddleware` is called. */
    middleware: Middleware[];
    readonly store: FilesystemStore;
  }
}
