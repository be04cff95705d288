// A loopback proxy in front of the local stack's S3 that counts the conditional writes S3 refused
// (412 PreconditionFailed). The local stack's own front (local/s3-front.ts) enforces S3's conditional
// writes — `If-None-Match: *` fails if the key exists, `If-Match: "<etag>"` unless it has that ETag —
// and checks every signature, so requests are forwarded byte for byte (the Host header too, so SigV4
// signatures still verify).
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ConditionalS3 {
  url: string;
  /** Conditional writes refused so far. */
  readonly refused: number;
  close(): Promise<void>;
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startConditionalS3(upstream: string): Promise<ConditionalS3> {
  const target = new URL(upstream);
  let refused = 0;

  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse) =>
    new Promise<void>((done) => {
      const out = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
        if (up.statusCode === 412 && (req.headers["if-none-match"] || req.headers["if-match"])) refused++;
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
        up.on("end", () => done());
        up.on("error", () => done());
      });
      out.on("error", () => {
        if (!res.headersSent) res.writeHead(502).end();
        done();
      });
      out.end(body);
    });

  const server = createServer(async (req, res) => forward(req, await readAll(req), res));
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
