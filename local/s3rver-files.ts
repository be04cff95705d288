// How the local S3 keeps an object's files. s3rver keeps three: the bytes, its metadata and its MD5 (the
// ETag). The MD5 file is a third file created for every new object (creating a file on this machine's
// disk costs more than writing one) and a third file opened for every GET and HEAD: here the MD5 goes
// into the metadata file instead. An object written before, whose metadata file has no MD5, is read as
// s3rver reads it (from its MD5 file, or from its bytes).
//
// And a PUT whose body the front has already read (all of them but a form upload's) is written from
// that buffer in one call, its folder created only when the write finds it missing; s3rver streamed the
// body through a hash into a file stream, after creating the folder (two umask calls, a mkdir and a stat).
import { createHash } from "node:crypto";
import { readFile as readFileCb, stat as statCb, writeFile as writeFileCb } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { promisify } from "node:util";
import type S3rver from "s3rver";

// The callback forms, promisified: fs/promises wraps each file in a FileHandle (and its close in another
// round of promises), which cost the S3 thread about a third more per file written.
const writeFile = promisify(writeFileCb);
const readFile = promisify(readFileCb);
const stat = promisify(statCb);

/** The field of the metadata file that holds the MD5 (not a header name: s3rver never returns it). */
const MD5 = "precis-md5";
/** The headers s3rver keeps in the metadata file (its S3Object.ALLOWED_METADATA), besides `x-amz-meta-*`. */
const KEPT = new Set(["cache-control", "content-disposition", "content-encoding", "content-language", "content-type", "expires", "x-amz-storage-class", "x-amz-website-redirect-location"]);

/** The request s3rver is given may carry its body, already read (s3-front.ts). */
export type WithBody = { precisBody?: Buffer };

export function leanObjectFiles(store: S3rver["store"]): void {
  const { getMetadata, putObject } = store;
  const path = (bucket: string, key: string, resource: "object" | "metadata.json") => store.getResourcePath(bucket, key, resource);

  store.getMetadata = async (bucket, key) => {
    // Throws ENOENT when there is no object, as s3rver's does.
    const object = await stat(path(bucket, key, "object"));
    const stored = await readFile(path(bucket, key, "metadata.json"), "utf8").then(
      (s) => JSON.parse(s) as Record<string, unknown>,
      (e: NodeJS.ErrnoException) => {
        if (e.code === "ENOENT") return undefined;
        throw e;
      },
    );
    if (typeof stored?.[MD5] !== "string") return getMetadata.call(store, bucket, key);
    const { [MD5]: md5, ...headers } = stored;
    return { ...headers, etag: JSON.stringify(md5), "last-modified": object.mtime.toUTCString(), "content-length": object.size };
  };

  store.putObject = async (object) => {
    const body = (object.content as WithBody | null)?.precisBody;
    if (!Buffer.isBuffer(body)) return putObject.call(store, object);
    const file = path(object.bucket, object.key, "object");
    await writeFile(file, body).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code !== "ENOENT") throw e;
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, body);
    });
    const md5 = createHash("md5").update(body).digest("hex");
    await store.putMetadata(object.bucket, object.key, object.metadata, md5);
    return { size: body.length, md5 };
  };

  store.putMetadata = async (bucket, key, metadata, md5) => {
    if (md5 === undefined) throw new Error("leanObjectFiles: putMetadata needs the MD5");
    const headers = Object.fromEntries(Object.entries(metadata).filter(([name]) => KEPT.has(name) || name.startsWith("x-amz-meta-")));
    await writeFile(path(bucket, key, "metadata.json"), JSON.stringify({ ...headers, [MD5]: md5 }, null, 2));
  };

  // s3rver's copy copies the MD5 file, or leaves the MD5 to be computed again from the bytes: a copy has
  // the source's bytes, so it has the source's MD5.
  store.copyObject = async (srcBucket, srcKey, destBucket, destKey, replacementMetadata) => {
    const source = await store.getMetadata(srcBucket, srcKey);
    const from = path(srcBucket, srcKey, "object");
    const to = path(destBucket, destKey, "object");
    if (from !== to) {
      await mkdir(dirname(to), { recursive: true });
      await copyFile(from, to);
    }
    await store.putMetadata(destBucket, destKey, replacementMetadata ?? source, JSON.parse(source.etag) as string);
    return store.getMetadata(destBucket, destKey);
  };
}
