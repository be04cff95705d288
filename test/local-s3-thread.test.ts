// The local S3 server's thread (local/s3-thread.ts): the bucket events a function listens to reach the
// runner before the write is answered; writes to other keys send none and are answered at once.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { S3Event } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Thread, type S3Thread } from "../local/s3-thread.ts";

describe("the S3 thread's events", () => {
  let dir: string;
  let thread: S3Thread;
  let s3: S3Client;
  const events: S3Event[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "precis-s3-thread-"));
    const triggers = [{ event: "s3:ObjectCreated:*", prefix: "incoming/", suffix: "" }];
    thread = await startS3Thread({ bucket: "events", dataDir: dir, port: 0, credentials: { S3RVER: "S3RVER" }, triggers }, (e) => events.push(e), () => {});
    s3 = new S3Client({ endpoint: thread.url, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
  });
  afterAll(async () => {
    s3?.destroy();
    await thread?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("passes on a triggering write's event before answering it, and no other", async () => {
    await s3.send(new PutObjectCommand({ Bucket: "events", Key: "incoming/harbour.txt", Body: "The pier reopens in May." }));
    expect(events.map((e) => e.Records[0]!.s3.object.key)).toEqual(["incoming/harbour.txt"]);
    await s3.send(new PutObjectCommand({ Bucket: "events", Key: "summaries/harbour.txt.json", Body: "{}" }));
    await s3.send(new PutObjectCommand({ Bucket: "events", Key: "state/ids/abc.json", Body: "{}" }));
    await s3.send(new PutObjectCommand({ Bucket: "events", Key: "incoming/ferry.txt", Body: "The ferry runs again." }));
    expect(events.map((e) => e.Records[0]!.s3.object.key)).toEqual(["incoming/harbour.txt", "incoming/ferry.txt"]);
    expect(events[1]!.Records[0]!.eventName).toBe("ObjectCreated:Put");
  });
});
