// What bare s3rver can serve on this machine: PUT, GET and HEAD of objects of a given size, over
// kept-alive loopback HTTP without signing or an SDK, `concurrency` requests in flight. `npm run load`
// prints it after its run, so the end-to-end figure can be read against the server's own ceiling.
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";

export interface S3Ceiling {
  /** Requests per second, by method. */
  put: number;
  get: number;
  head: number;
}

export async function measureS3rver(options: { objectBytes: number; requests: number; concurrency: number }): Promise<S3Ceiling> {
  const dir = mkdtempSync(join(tmpdir(), "precis-ceiling-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: dir, configureBuckets: [{ name: "ceiling", configs: [] }] });
  const { port } = (await server.run()) as AddressInfo;
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const body = Buffer.alloc(options.objectBytes, "a");
  const call = (method: string, key: string) =>
    new Promise<void>((resolve, reject) => {
      const req = request({ agent, host: "127.0.0.1", port, method, path: `/ceiling/${key}`, headers: method === "PUT" ? { "content-length": body.length, "content-type": "text/plain" } : {} }, (res) => {
        res.resume();
        res.on("end", () => (res.statusCode! < 300 ? resolve() : reject(new Error(`${method} ${key}: ${res.statusCode}`))));
      });
      req.on("error", reject);
      req.end(method === "PUT" ? body : undefined);
    });
  const rate = async (method: string) => {
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (next < options.requests) await call(method, `k/${String(next++ % options.requests).padStart(6, "0")}.txt`);
      }),
    );
    return options.requests / ((performance.now() - started) / 1000);
  };
  try {
    const put = await rate("PUT");
    const get = await rate("GET");
    const head = await rate("HEAD");
    return { put, get, head };
  } finally {
    agent.destroy();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
