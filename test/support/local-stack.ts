// Starts the real local stack (s3rver + HTTP adapter + the Lambda handlers) on ephemeral loopback
// ports, with its data in a fresh temporary folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { localEnvironment, startLocal, type LocalStack } from "../../local/server.ts";

export interface TestStack extends LocalStack {
  s3: S3Client;
  apiKey: string;
  put(key: string, body: string | Uint8Array, contentType?: string): Promise<void>;
  getJson<T = any>(key: string): Promise<T | null>;
  keys(prefix: string): Promise<string[]>;
  dispose(): Promise<void>;
}

export async function startTestStack(env: Record<string, string> = {}): Promise<TestStack> {
  const dir = mkdtempSync(join(tmpdir(), "precis-s3-"));
  const apiKey = "test-key-" + Math.random().toString(36).slice(2);
  const stack = await startLocal({ bucket: "precis-articles", s3Port: 0, httpPort: 0, dataDir: dir, retryDelaysMs: [50, 100], log: () => {} });
  Object.assign(process.env, localEnvironment(stack, apiKey), { PRECIS_LOG_LEVEL: "silent" }, env);
  const s3 = new S3Client({ endpoint: stack.s3Endpoint, region: "us-east-1", forcePathStyle: true, credentials: stack.credentials });
  return {
    ...stack,
    s3,
    apiKey,
    async put(key, body, contentType) {
      await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body, ContentType: contentType }));
    },
    async getJson(key) {
      try {
        const out = await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }));
        return JSON.parse(await out.Body!.transformToString());
      } catch (e) {
        if ((e as Error).name === "NoSuchKey") return null;
        throw e;
      }
    },
    async keys(prefix) {
      const out = await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: prefix }));
      return (out.Contents ?? []).map((o) => o.Key!).sort();
    },
    async dispose() {
      s3.destroy();
      await stack.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
