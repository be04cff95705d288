// The S3 client's cheaper signing (lib/store/signing.ts): the same hashes and HMACs as Node's crypto, a
// signer built once per client, and requests that a SigV4-checking server (the local S3 front) accepts.
import { createHash, createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Front, type S3Front } from "../../local/s3-front.ts";
import { createS3Client } from "../../lib/store/bucket.ts";
import { reuseSigner, Sha256 } from "../../lib/store/signing.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("Sha256", () => {
  it("hashes as node:crypto does, and goes on after a digest", async () => {
    const h = new Sha256();
    h.update("Harbour board ");
    expect(hex(await h.digest())).toBe(createHash("sha256").update("Harbour board ").digest("hex"));
    h.update(new TextEncoder().encode("minutes"));
    expect(hex(await h.digest())).toBe(createHash("sha256").update("Harbour board minutes").digest("hex"));
    h.reset();
    h.update("x");
    expect(hex(await h.digest())).toBe(createHash("sha256").update("x").digest("hex"));
  });

  it("keys an HMAC with a string or with bytes, the same bytes giving the same MAC every time", async () => {
    const key = new Uint8Array(createHash("sha256").update("a signing key").digest());
    for (let i = 0; i < 3; i++) {
      const m = new Sha256(key);
      m.update(`string to sign ${i}`);
      expect(hex(await m.digest())).toBe(createHmac("sha256", key).update(`string to sign ${i}`).digest("hex"));
    }
    const s = new Sha256("AWS4secret");
    s.update("20261204");
    expect(hex(await s.digest())).toBe(createHmac("sha256", "AWS4secret").update("20261204").digest("hex"));
    // A view into a larger buffer is keyed by its own bytes only.
    const big = new Uint8Array(64).fill(7);
    const view = big.subarray(16, 48);
    const v = new Sha256(view);
    v.update("x");
    expect(hex(await v.digest())).toBe(createHmac("sha256", Buffer.from(view)).update("x").digest("hex"));
  });
});

describe("reuseSigner", () => {
  it("builds the signer once, and again after a failed build", async () => {
    let builds = 0;
    let fail = true;
    const client = {
      config: {
        signer: async () => {
          builds++;
          if (fail) throw new Error("no credentials yet");
          return { id: builds };
        },
      },
    };
    reuseSigner(client as never);
    const signer = (client.config as { signer: () => Promise<unknown> }).signer;
    await expect(signer()).rejects.toThrow("no credentials yet");
    fail = false;
    const first = await signer();
    expect(await signer()).toBe(first);
    expect(await signer()).toBe(first);
    expect(builds).toBe(2);
  });
});

describe("createS3Client against a SigV4-checking server", () => {
  let dir: string;
  let front: S3Front;
  const env = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "precis-signing-"));
    front = await startS3Front({ directory: dir, buckets: ["signing"], credentials: { S3RVER: "S3RVER" } }); // s3rver behind it knows S3RVER only
  });
  afterAll(async () => {
    await front?.close();
    rmSync(dir, { recursive: true, force: true });
    if (env.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
    else process.env.AWS_ACCESS_KEY_ID = env.id;
    if (env.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
    else process.env.AWS_SECRET_ACCESS_KEY = env.secret;
  });

  it("signs every request (writes, reads, heads, keys needing escapes) with the one signer", async () => {
    process.env.AWS_ACCESS_KEY_ID = "S3RVER";
    process.env.AWS_SECRET_ACCESS_KEY = "S3RVER";
    const s3 = createS3Client({ endpoint: front.url, region: "us-east-1" });
    for (const key of ["incoming/a.txt", "incoming/with space+plus.txt", "state/ids/ü.json"]) {
      await s3.send(new PutObjectCommand({ Bucket: "signing", Key: key, Body: `body of ${key}`, IfNoneMatch: "*" }));
      const out = await s3.send(new GetObjectCommand({ Bucket: "signing", Key: key }));
      expect(await out.Body!.transformToString()).toBe(`body of ${key}`);
      expect((await s3.send(new HeadObjectCommand({ Bucket: "signing", Key: key }))).ContentLength).toBe(Buffer.byteLength(`body of ${key}`));
    }
    s3.destroy();
    expect(front.refused).toEqual({});
  });

  it("and a wrong secret is still refused", async () => {
    process.env.AWS_ACCESS_KEY_ID = "S3RVER";
    process.env.AWS_SECRET_ACCESS_KEY = "not-the-secret";
    const s3 = createS3Client({ endpoint: front.url, region: "us-east-1" });
    await expect(s3.send(new PutObjectCommand({ Bucket: "signing", Key: "incoming/forged.txt", Body: "x" }))).rejects.toMatchObject({ name: "SignatureDoesNotMatch" });
    s3.destroy();
  });
});
