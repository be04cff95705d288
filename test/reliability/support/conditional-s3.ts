// A loopback proxy in front of s3rver that enforces S3's conditional writes, which s3rver ignores:
// PutObject with `If-None-Match: *` fails with 412 PreconditionFailed if the key exists, and with
// `If-Match: "<etag>"` unless the key exists with that ETag — the semantics real S3 has had since 2024.
// Everything else is forwarded byte for byte (the Host header too, so SigV4 signatures still verify).
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ConditionalS3 {
  url: string;
  /** Conditional writes refused so far. */
  readonly refused: number;
  close(): Promise<void>;
}

const preconditionFailed = (res: ServerResponse, condition: string) => {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message><Condition>${condition}</Condition><RequestId>conditional-s3</RequestId></Error>`;
  res.writeHead(412, { "content-type": "application/xml", "content-length": String(Buffer.byteLength(body)) }).end(body);
};

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startConditionalS3(upstream: string): Promise<ConditionalS3> {
  const target = new URL(upstream);
  const tails = new Map<string, Promise<void>>();
  let refused = 0;

  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse) =>
    new Promise<void>((done) => {
      const out = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
          up.on("end", () => done());
          up.on("error", () => done());
        },
      );
      out.on("error", () => {
        if (!res.headersSent) res.writeHead(502).end();
        done();
      });
      out.end(body);
    });

  const currentEtag = (path: string) =>
    new Promise<string | null>((resolve, reject) => {
      const head = request({ host: target.hostname, port: target.port, method: "HEAD", path }, (r) => {
        r.resume();
        resolve(r.statusCode === 200 ? String(r.headers.etag ?? "").replaceAll('"', "") : null);
      });
      head.on("error", reject);
      head.end();
    });

  const server = createServer(async (req, res) => {
    const body = await readAll(req);
    const url = new URL(req.url ?? "/", "http://x");
    const ifNoneMatch = req.headers["if-none-match"];
    const ifMatch = req.headers["if-match"];
    const conditional = req.method === "PUT" && (ifNoneMatch || ifMatch) && !req.headers["x-amz-copy-source"] && !url.searchParams.has("uploadId");
    if (!conditional) return forward(req, body, res);
    // One conditional write per key at a time, as S3 serialises them.
    const key = url.pathname;
    const previous = tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    tails.set(key, previous.then(() => mine));
    await previous;
    try {
      const etag = await currentEtag(url.pathname);
      if (ifNoneMatch === "*" && etag !== null) {
        refused++;
        return preconditionFailed(res, "If-None-Match");
      }
      if (ifMatch && (etag === null || String(ifMatch).replaceAll('"', "") !== etag)) {
        refused++;
        return preconditionFailed(res, "If-Match");
      }
      await forward(req, body, res);
    } finally {
      release();
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get refused() {
      return refused;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
