// Request signing for the S3 client, cheaper per request and signed the same way (SigV4).
//
// - The SDK builds a new signer for every request (it copies its whole configuration into it). The
//   signer depends only on the client's region, service and credentials provider, which do not change
//   for a client: built once, on the first request, and reused.
// - An HMAC keyed with a Buffer costs Node about 30 µs (the key is converted on every call), one keyed
//   with a KeyObject about 5 µs. SigV4 keys each request's signature with the day's signing key, which
//   the SDK caches as one Uint8Array: its KeyObject is kept beside it.
import { createHash, createHmac, createSecretKey, type Hash, type Hmac, type KeyObject } from "node:crypto";
import type { S3Client } from "@aws-sdk/client-s3";

type SourceData = string | ArrayBuffer | ArrayBufferView;

const keyObjects = new WeakMap<object, KeyObject>();

function keyOf(secret: SourceData): KeyObject | string {
  if (typeof secret === "string") return secret;
  let key = keyObjects.get(secret);
  if (!key) {
    const bytes = ArrayBuffer.isView(secret) ? Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength) : Buffer.from(secret);
    key = createSecretKey(bytes);
    keyObjects.set(secret, key);
  }
  return key;
}

const toBuffer = (data: SourceData) =>
  typeof data === "string" ? data : ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);

/** SHA-256 and HMAC-SHA256 as the SDK's `sha256` option expects them (its own, with keys kept as KeyObjects). */
export class Sha256 {
  readonly digestLength = 32;
  private readonly secret: SourceData | undefined;
  private hash: Hash | Hmac;
  constructor(secret?: SourceData) {
    this.secret = secret;
    this.hash = this.create();
  }
  private create(): Hash | Hmac {
    return this.secret === undefined ? createHash("sha256") : createHmac("sha256", keyOf(this.secret));
  }
  update(data: SourceData): void {
    this.hash.update(toBuffer(data));
  }
  async digest(): Promise<Uint8Array> {
    // As the SDK's own: a plain hash can go on after a digest (a copy is digested), an HMAC cannot.
    const out = this.secret === undefined ? (this.hash as Hash).copy().digest() : this.hash.digest();
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }
  reset(): void {
    this.hash = this.create();
  }
}

/** Makes the client build its request signer once instead of once per request. */
export function reuseSigner(client: S3Client): S3Client {
  const config = client.config as unknown as { signer: (authScheme?: unknown) => Promise<unknown> };
  const build = config.signer;
  let signer: Promise<unknown> | null = null;
  config.signer = (authScheme) => {
    // A failed build (credentials not yet available, say) is tried again on the next request.
    signer ??= build(authScheme).catch((e: unknown) => {
      signer = null;
      throw e;
    });
    return signer;
  };
  return client;
}
