// The bucket's bounded reads (lib/store/bucket.ts) against an in-memory S3.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../lib/config.ts";
import { ArticleBucket } from "../../lib/store/bucket.ts";
import { MemoryS3 } from "../reliability/support/memory-s3.ts";

describe("bounded reads", () => {
  it("and a body longer than its declared length stops being read at the limit", async () => {
    const s3 = new MemoryS3();
    s3.put("incoming/liar.txt", Buffer.alloc(4 * 1024 * 1024, "a "));
    const client = s3.asClient();
    const lying = { send: async (c: any) => ({ ...(await client.send(c)), ContentLength: 10 }) } as any;
    const bucket = new ArticleBucket(lying, "b", loadConfig({}).prefixes);
    await expect(bucket.read("incoming/liar.txt", 1024 * 1024)).rejects.toMatchObject({ code: "too_large" });
    expect(s3.bytesRead).toBeLessThanOrEqual(1024 * 1024 + 65536);
  });
});
