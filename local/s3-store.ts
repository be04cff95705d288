// s3rver's file store, cheaper for the front's traffic, with the same files on disk.
//
// s3rver answers a HEAD or GET with a stat, two file reads (the metadata and the MD5) and an open of the
// object (a HEAD then closes it unread); a PUT creates its folder, then writes three files one after the
// other. Each is a trip through libuv's file pool. Here:
//   - an object's metadata is remembered from its write (or first read) until the key is written again
//     through the store (the front is the store's only way in, and every write of s3rver goes through
//     one of the methods wrapped below): a HEAD touches no file, a GET reads the object only;
//   - a folder is created once (until an object is deleted from it: s3rver then removes empty folders),
//     and the MD5 and metadata files are written together.
// The calls stay asynchronous: synchronous ones cost less CPU but stalled the whole S3 thread whenever
// the disk was busy (`npm run load` on a shared machine: a third fewer summaries/s).
// Answers, headers and the on-disk layout stay s3rver's own.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { Readable } from "node:stream";
import type S3rver from "s3rver";

type Store = S3rver["store"];
/** s3rver's object model (lib/models/object.js): what its controllers expect from the store. */
const S3Object = createRequire(import.meta.url)("s3rver/lib/models/object") as {
  new (bucket: string, key: string, content: unknown, metadata: Record<string, unknown>): StoredObject;
  ALLOWED_METADATA: string[];
};
type Metadata = { etag: string } & Record<string, unknown>;

/** Metadata kept (most recent last); a miss reads the files. */
const KEPT = 50_000;

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === "ENOENT";

async function readAll(content: unknown): Promise<Buffer> {
  if (Buffer.isBuffer(content)) return content;
  const chunks: Buffer[] = [];
  for await (const c of content as AsyncIterable<Buffer | string>) chunks.push(typeof c === "string" ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

export function speedUpStore(store: Store): void {
  const inner = store as unknown as FilesystemInternals;
  const known = new Map<string, Metadata>();
  const folders = new Set<string>();
  const id = (bucket: string, key: string) => `${bucket}/${key}`;
  const keep = (bucket: string, key: string, m: Metadata) => {
    const k = id(bucket, key);
    known.delete(k);
    if (known.size >= KEPT) known.delete(known.keys().next().value!);
    known.set(k, m);
  };

  /** As s3rver's getMetadata (throws ENOENT for a missing object), from the files when not known. */
  const metadataOf = async (bucket: string, key: string): Promise<Metadata> => {
    const hit = known.get(id(bucket, key));
    if (hit) return { ...hit };
    const objectPath = inner.getResourcePath(bucket, key, "object");
    const info = await stat(objectPath);
    let stored: Record<string, unknown> | undefined;
    try {
      stored = JSON.parse(await readFile(inner.getResourcePath(bucket, key, "metadata.json"), "utf8")) as Record<string, unknown>;
    } catch (e) {
      if (!isMissing(e)) throw e;
    }
    let md5: string;
    try {
      md5 = await readFile(`${objectPath}.md5`, "utf8");
    } catch (e) {
      if (!isMissing(e)) throw e;
      md5 = createHash("md5").update(await readFile(objectPath)).digest("hex");
      await writeFile(`${objectPath}.md5`, md5);
    }
    const m: Metadata = { ...stored, etag: JSON.stringify(md5), "last-modified": info.mtime.toUTCString(), "content-length": info.size };
    keep(bucket, key, m);
    return { ...m };
  };

  store.getMetadata = (bucket, key) => metadataOf(bucket, key);

  store.existsObject = async (bucket, key) => {
    if (known.has(id(bucket, key))) return true;
    try {
      return (await stat(inner.getResourcePath(bucket, key, "object"))).isFile();
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  };

  inner.getObject = async (bucket, key, options) => {
    let metadata: Metadata;
    try {
      metadata = await metadataOf(bucket, key);
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
    const size = Number(metadata["content-length"]);
    const lastByte = Math.max(0, size - 1);
    const ranged = options !== undefined && (options.start !== undefined || options.end !== undefined);
    const range = { start: options?.start || 0, end: Math.min(options?.end || Infinity, lastByte) };
    const object = new S3Object(bucket, key, null, metadata);
    if (ranged) object.range = range;
    if (range.start < 0 || range.end < range.start) return object; // not satisfiable: s3rver answers it
    // Read when the answer is sent, not for a HEAD (which destroys it unread). The file exists: its
    // metadata was read, and the front lets no write of the key overlap a read of it.
    const path = inner.getResourcePath(bucket, key, "object");
    object.content = new Readable({
      read() {
        if (!size) return void this.push(null);
        readFile(path).then(
          (bytes) => {
            this.push(bytes.subarray(range.start, range.end + 1));
            this.push(null);
          },
          (e: Error) => this.destroy(e),
        );
      },
    });
    return object;
  };

  inner.putObject = async (object) => {
    const bytes = await readAll(object.content);
    const objectPath = inner.getResourcePath(object.bucket, object.key, "object");
    const folder = dirname(objectPath);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    const md5 = createHash("md5").update(bytes).digest("hex");
    await writeFile(objectPath, bytes);
    const stored = await inner.putMetadata(object.bucket, object.key, object.metadata, md5);
    keep(object.bucket, object.key, { ...stored, etag: JSON.stringify(md5), "last-modified": (await stat(objectPath)).mtime.toUTCString(), "content-length": bytes.length });
    return { size: bytes.length, md5 };
  };

  inner.putMetadata = async (bucket, key, metadata, md5) => {
    known.delete(id(bucket, key));
    const json: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(metadata)) if (S3Object.ALLOWED_METADATA.includes(k) || k.startsWith("x-amz-meta-")) json[k] = v;
    await Promise.all([
      md5 ? writeFile(inner.getResourcePath(bucket, key, "object.md5"), md5) : null,
      writeFile(inner.getResourcePath(bucket, key, "metadata.json"), JSON.stringify(json, null, 2)),
    ]);
    return json;
  };

  // Every other write: s3rver's own, and what it changes is forgotten.
  for (const name of ["deleteObject", "copyObject", "putObjectMultipart", "deleteBucket"] as const) {
    const original = inner[name] as (...args: unknown[]) => unknown;
    inner[name] = (async (...args: unknown[]) => {
      known.clear();
      folders.clear();
      try {
        return await original.apply(store, args);
      } finally {
        known.clear();
        folders.clear();
      }
    }) as never;
  }
}

/** The parts of s3rver's FilesystemStore (lib/stores/filesystem.js) and S3Object this module replaces or uses. */
interface StoredObject {
  bucket: string;
  key: string;
  content: unknown;
  metadata: Record<string, string>;
  range?: { start: number; end: number };
}
interface FilesystemInternals {
  getResourcePath(bucket: string, key: string | undefined, resource: string): string;
  getObject(bucket: string, key: string, options?: { start?: number; end?: number }): Promise<StoredObject | null>;
  putObject(object: StoredObject): Promise<{ size: number; md5: string }>;
  /** Returns the metadata it stored (s3rver's own returns nothing; only this module reads it). */
  putMetadata(bucket: string, key: string, metadata: Record<string, unknown>, md5?: string): Promise<Record<string, unknown>>;
  deleteObject(bucket: string, key: string): Promise<void>;
  copyObject(...args: unknown[]): Promise<unknown>;
  putObjectMultipart(...args: unknown[]): Promise<unknown>;
  deleteBucket(bucket: string): Promise<void>;
}
