// The local stack's S3 front (local/s3-front.ts): signatures, presigned URLs, conditional writes and
// one write per key at a time, as S3 enforces them, so presign mistakes and races show up locally.
import {
  CopyObjectCommand,
  DeleteBucketCorsCommand,
  DeleteObjectCommand,
  GetBucketCorsCommand,
  GetObjectCommand,
  PutBucketCorsCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "./support/local-stack.ts";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ PRECIS_ENGINE: "rules" });
});
afterAll(async () => {
  await stack?.dispose();
});

const objectUrl = (key: string) => `${stack.s3Endpoint}/${stack.bucket}/${key.split("/").map(encodeURIComponent).join("/")}`;
const code = async (res: Response) => /<Code>([^<]+)<\/Code>/.exec(await res.text())?.[1];
async function ticket(fileName: string, body: string) {
  const res = await fetch(`${stack.httpEndpoint}/uploads`, {
    method: "POST",
    headers: { authorization: `Bearer ${stack.apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({ fileName, contentType: "text/plain", bytes: Buffer.byteLength(body) }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { url: string; headers: Record<string, string>; key: string };
}

describe("the local S3 front", () => {
  it("refuses unsigned requests with 403, as S3 does", async () => {
    const put = await fetch(objectUrl("incoming/unsigned.txt"), { method: "PUT", body: "hello" });
    expect(put.status).toBe(403);
    expect(await code(put)).toBe("AccessDenied");
    expect((await fetch(objectUrl("incoming/unsigned.txt"))).status).toBe(403);
    expect(await stack.keys("incoming/unsigned")).toEqual([]);
  });

  it("refuses a request signed with the wrong secret", async () => {
    const wrong = new S3Client({ endpoint: stack.s3Endpoint, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: stack.credentials.accessKeyId, secretAccessKey: "not-the-secret" } });
    await expect(wrong.send(new PutObjectCommand({ Bucket: stack.bucket, Key: "incoming/forged.txt", Body: "x" }))).rejects.toMatchObject({ name: "SignatureDoesNotMatch" });
    wrong.destroy();
  });

  it("accepts a presigned upload as issued, and refuses it tampered, resized or re-typed", async () => {
    const body = "The Westmere harbour board said on Tuesday the pier would reopen in May.";
    const t = await ticket("pier.txt", body);
    // tampered: another key, or a changed signature
    const otherKey = t.url.replace("/pier.txt", "/other.txt");
    expect(await code(await fetch(otherKey, { method: "PUT", headers: t.headers, body }))).toBe("SignatureDoesNotMatch");
    const u = new URL(t.url);
    const sig = u.searchParams.get("X-Amz-Signature")!;
    u.searchParams.set("X-Amz-Signature", (sig[0] === "a" ? "b" : "a") + sig.slice(1));
    const forged = await fetch(u, { method: "PUT", headers: t.headers, body });
    expect(forged.status).toBe(403);
    expect(await code(forged)).toBe("SignatureDoesNotMatch");
    // the length is signed: a larger body does not fit the ticket
    const bigger = body + " And more.";
    const resized = await fetch(t.url, { method: "PUT", headers: { ...t.headers, "content-length": String(Buffer.byteLength(bigger)) }, body: bigger });
    expect(resized.status).toBe(403);
    // so is the type
    const retyped = await fetch(t.url, { method: "PUT", headers: { ...t.headers, "content-type": "text/html" }, body });
    expect(retyped.status).toBe(403);
    expect(await stack.keys(t.key)).toEqual([]);
    // as issued, it works
    const ok = await fetch(t.url, { method: "PUT", headers: t.headers, body });
    expect(ok.status, await ok.clone().text()).toBe(200);
    expect(await stack.keys(t.key)).toEqual([t.key]);
  });

  it("refuses an expired presigned URL", async () => {
    const url = await getSignedUrl(stack.s3, new GetObjectCommand({ Bucket: stack.bucket, Key: "incoming/pier.txt" }), { expiresIn: 1 });
    await new Promise((r) => setTimeout(r, 2100));
    const res = await fetch(url);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/expired/);
  });

  it("refuses a body that does not match its signed SHA-256", async () => {
    const s3 = new S3Client({ endpoint: stack.s3Endpoint, region: "us-east-1", forcePathStyle: true, credentials: stack.credentials, requestChecksumCalculation: "WHEN_REQUIRED" });
    // After signing, swap the body for another of the same length (the headers, signature included, stay valid).
    s3.middlewareStack.add(
      (next) => async (args: any) => {
        args.request.body = "tampered body";
        return next(args);
      },
      { step: "finalizeRequest", priority: "low", name: "tamper" } as any,
    );
    await expect(s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: "summaries/tampered.json", Body: "original body" }))).rejects.toMatchObject({
      name: "XAmzContentSHA256Mismatch",
      $metadata: { httpStatusCode: 400 },
    });
    expect(await stack.keys("summaries/tampered")).toEqual([]);
    s3.destroy();
  });

  it("enforces conditional writes (If-None-Match: *, If-Match) with 412", async () => {
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: "state/claim.json", Body: "{}", IfNoneMatch: "*" }));
    await expect(stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: "state/claim.json", Body: "{}", IfNoneMatch: "*" }))).rejects.toMatchObject({ $metadata: { httpStatusCode: 412 } });
    await expect(stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: "state/claim.json", Body: "{}", IfMatch: '"0000"' }))).rejects.toMatchObject({ $metadata: { httpStatusCode: 412 } });
  });

  it("judges conditions on the object as it is after every kind of write (overwrite, copy, delete)", async () => {
    const Bucket = stack.bucket;
    const Key = "state/versions.json";
    const put = (Body: string, condition: { IfMatch?: string; IfNoneMatch?: string } = {}) => stack.s3.send(new PutObjectCommand({ Bucket, Key, Body, ...condition }));
    const refused = { $metadata: { httpStatusCode: 412 } };
    const a = (await put('{"v":1}')).ETag!;
    const b = (await put('{"v":2}')).ETag!;
    await expect(put('{"v":3}', { IfMatch: a })).rejects.toMatchObject(refused);
    const c = (await put('{"v":3}', { IfMatch: b })).ETag!;
    await stack.s3.send(new PutObjectCommand({ Bucket, Key: "state/other.json", Body: '{"other":true}' }));
    await stack.s3.send(new CopyObjectCommand({ Bucket, Key, CopySource: `${Bucket}/state/other.json` }));
    await expect(put('{"v":4}', { IfMatch: c })).rejects.toMatchObject(refused);
    await stack.s3.send(new DeleteObjectCommand({ Bucket, Key }));
    await expect(put('{"v":4}', { IfMatch: c })).rejects.toMatchObject(refused);
    await put('{"v":4}', { IfNoneMatch: "*" });
    await expect(put('{"v":5}', { IfNoneMatch: "*" })).rejects.toMatchObject(refused);
  });

  it("applies parallel writes to one key one at a time: the object is always one whole body", async () => {
    const bodies = Array.from({ length: 6 }, (_, i) => String.fromCharCode(97 + i).repeat(512 * 1024));
    await Promise.all(bodies.map((b) => stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: "state/race.txt", Body: b }))));
    const got = await (await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: "state/race.txt" }))).Body!.transformToString();
    expect(bodies).toContain(got);
  });

  it("answers reads that overlap writes of one key with one whole body each, never a stalled one", async () => {
    // s3rver rewrites in place: a read racing a write of another length used to announce one length and
    // send another, and the reader waited for ever (a load run hung on it).
    const key = "state/read-race.json";
    const bodies = Array.from({ length: 40 }, (_, i) => JSON.stringify({ v: i, pad: "x".repeat(500 + (i % 7) * 9_001) }));
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: bodies[0] }));
    const read = async () => (await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }))).Body!.transformToString();
    const reads: Promise<string>[] = [];
    const writes: Promise<unknown>[] = [];
    for (const b of bodies) {
      writes.push(stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: b })));
      for (let r = 0; r < 6; r++) reads.push(read());
    }
    const deadline = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("a read stalled")), 20_000));
    const got = await Promise.race([Promise.all(reads), deadline]);
    await Promise.all(writes);
    for (const g of got) expect(bodies).toContain(g);
  });

  it("applies a bucket configuration change at once (s3rver's configurations are remembered between changes)", async () => {
    const cors = () => stack.s3.send(new GetBucketCorsCommand({ Bucket: stack.bucket }));
    await expect(cors()).rejects.toMatchObject({ name: "NoSuchCORSConfiguration" });
    const rule = { AllowedMethods: ["GET"], AllowedOrigins: ["https://desk.example"] };
    await stack.s3.send(new PutBucketCorsCommand({ Bucket: stack.bucket, CORSConfiguration: { CORSRules: [rule] } }));
    expect((await cors()).CORSRules).toMatchObject([rule]);
    await stack.s3.send(new DeleteBucketCorsCommand({ Bucket: stack.bucket }));
    await expect(cors()).rejects.toMatchObject({ name: "NoSuchCORSConfiguration" });
  });
});
