// The local S3's object files (local/s3rver-files.ts): the MD5 kept in the metadata file, not a third file,
// with ETags, headers and copies as s3rver gives them, objects written in s3rver's own layout still read,
// and a body written into a folder that is not there (yet, or any more).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Front, type S3Front } from "../local/s3-front.ts";

const md5 = (s: string) => createHash("md5").update(s).digest("hex");

describe("the local S3's object files", () => {
  let dir: string;
  let front: S3Front;
  let s3: S3Client;
  const Bucket = "files";
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "precis-s3rver-md5-"));
    front = await startS3Front({ directory: dir, buckets: [Bucket], credentials: { S3RVER: "S3RVER" } });
    s3 = new S3Client({ endpoint: front.url, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
  });
  afterAll(async () => {
    s3?.destroy();
    await front?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes two files per object, and answers with the body's MD5 and the stored headers", async () => {
    const body = "The Westmere harbour board said the pier would reopen in May.";
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: "incoming/pier.txt", Body: body, ContentType: "text/plain", Metadata: { origin: "desk" } }));
    expect(put.ETag).toBe(`"${md5(body)}"`);
    expect(readdirSync(join(dir, Bucket, "incoming")).sort()).toEqual(["pier.txt._S3rver_metadata.json", "pier.txt._S3rver_object"]);
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: "incoming/pier.txt" }));
    expect(head).toMatchObject({ ETag: `"${md5(body)}"`, ContentType: "text/plain", ContentLength: Buffer.byteLength(body), Metadata: { origin: "desk" } });
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: "incoming/pier.txt" }));
    expect(got.ETag).toBe(`"${md5(body)}"`);
    expect(await got.Body!.transformToString()).toBe(body);
    // An overwrite changes the ETag.
    const again = await s3.send(new PutObjectCommand({ Bucket, Key: "incoming/pier.txt", Body: "revised", ContentType: "text/plain" }));
    expect(again.ETag).toBe(`"${md5("revised")}"`);
    expect((await s3.send(new HeadObjectCommand({ Bucket, Key: "incoming/pier.txt" }))).ETag).toBe(`"${md5("revised")}"`);
  });

  it("copies an object with its MD5, keeping or replacing its headers", async () => {
    const body = "Ferry timetable, winter edition.";
    await s3.send(new PutObjectCommand({ Bucket, Key: "state/a.txt", Body: body, ContentType: "text/plain", Metadata: { v: "1" } }));
    await s3.send(new CopyObjectCommand({ Bucket, Key: "state/copies/b.txt", CopySource: `${Bucket}/state/a.txt` }));
    const kept = await s3.send(new HeadObjectCommand({ Bucket, Key: "state/copies/b.txt" }));
    expect(kept).toMatchObject({ ETag: `"${md5(body)}"`, ContentType: "text/plain", Metadata: { v: "1" } });
    await s3.send(new CopyObjectCommand({ Bucket, Key: "state/copies/b.txt", CopySource: `${Bucket}/state/copies/b.txt`, MetadataDirective: "REPLACE", ContentType: "text/markdown", Metadata: { v: "2" } }));
    const replaced = await s3.send(new HeadObjectCommand({ Bucket, Key: "state/copies/b.txt" }));
    expect(replaced).toMatchObject({ ETag: `"${md5(body)}"`, ContentType: "text/markdown", Metadata: { v: "2" } });
    expect(await (await s3.send(new GetObjectCommand({ Bucket, Key: "state/copies/b.txt" }))).Body!.transformToString()).toBe(body);
  });

  it("reads an object stored in s3rver's own layout (an MD5 file beside it)", async () => {
    const folder = join(dir, Bucket, "old");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "note.txt._S3rver_object"), "written by an older runner");
    writeFileSync(join(folder, "note.txt._S3rver_object.md5"), md5("written by an older runner"));
    writeFileSync(join(folder, "note.txt._S3rver_metadata.json"), JSON.stringify({ "content-type": "text/plain" }));
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: "old/note.txt" }));
    expect(head).toMatchObject({ ETag: `"${md5("written by an older runner")}"`, ContentType: "text/plain" });
    // Rewritten, it takes the new layout; the stale MD5 file is not read again.
    await s3.send(new PutObjectCommand({ Bucket, Key: "old/note.txt", Body: "rewritten", ContentType: "text/plain" }));
    expect((await s3.send(new HeadObjectCommand({ Bucket, Key: "old/note.txt" }))).ETag).toBe(`"${md5("rewritten")}"`);
    expect(existsSync(join(folder, "note.txt._S3rver_object"))).toBe(true);
  });

  it("writes into a folder that s3rver removed when its last object went", async () => {
    await s3.send(new PutObjectCommand({ Bucket, Key: "incoming/deep/er/one.txt", Body: "first" }));
    await s3.send(new DeleteObjectCommand({ Bucket, Key: "incoming/deep/er/one.txt" }));
    expect(existsSync(join(dir, Bucket, "incoming", "deep"))).toBe(false);
    await s3.send(new PutObjectCommand({ Bucket, Key: "incoming/deep/er/two.txt", Body: "second" }));
    expect(await (await s3.send(new GetObjectCommand({ Bucket, Key: "incoming/deep/er/two.txt" }))).Body!.transformToString()).toBe("second");
  });
});
