// An in-memory stand-in for the slice of the S3 client ArticleBucket uses (Get/Head/Put/Delete/List),
// with S3's error names and its conditional writes enforced, counting every command and body byte read.
import { Readable } from "node:stream";
import { createHash } from "node:crypto";
import { S3ServiceException } from "@aws-sdk/client-s3";
import type { S3Client } from "@aws-sdk/client-s3";

interface Stored {
  body: Buffer;
  contentType?: string;
  metadata: Record<string, string>;
  etag: string;
}

const fail = (name: string, status: number) => new S3ServiceException({ name, $fault: "client", $metadata: { httpStatusCode: status }, message: name });

export class MemoryS3 {
  readonly objects = new Map<string, Stored>();
  readonly commands: string[] = [];
  /** Body bytes handed out by GetObject streams that were actually consumed. */
  bytesRead = 0;

  put(key: string, body: string | Uint8Array, contentType?: string) {
    const b = Buffer.from(body);
    this.objects.set(key, { body: b, contentType, metadata: {}, etag: createHash("md5").update(b).digest("hex") });
  }

  asClient(): S3Client {
    return { send: (command: { constructor: { name: string }; input: any }) => this.send(command), destroy() {} } as unknown as S3Client;
  }

  async send(command: { constructor: { name: string }; input: any }): Promise<any> {
    const name = command.constructor.name.replace(/Command$/, "");
    const input = command.input;
    this.commands.push(`${name} ${input.Key ?? input.Prefix ?? ""}`);
    const o = input.Key !== undefined ? this.objects.get(input.Key) : undefined;
    switch (name) {
      case "GetObject": {
        if (!o) throw fail("NoSuchKey", 404);
        const self = this;
        const chunks = Array.from({ length: Math.ceil(o.body.length / 65536) }, (_, i) => o.body.subarray(i * 65536, (i + 1) * 65536));
        const body = Readable.from(
          (function* () {
            for (const c of chunks) {
              self.bytesRead += c.length;
              yield c;
            }
          })(),
        );
        Object.assign(body, { transformToString: async () => (self.bytesRead += o.body.length, o.body.toString("utf8")) });
        return { Body: body, ContentLength: o.body.length, ContentType: o.contentType, ETag: `"${o.etag}"`, Metadata: o.metadata };
      }
      case "HeadObject":
        if (!o) throw fail("NotFound", 404);
        return { ContentLength: o.body.length, ETag: `"${o.etag}"`, Metadata: o.metadata };
      case "PutObject": {
        if (input.IfNoneMatch === "*" && o) throw fail("PreconditionFailed", 412);
        if (input.IfMatch && (!o || input.IfMatch.replaceAll('"', "") !== o.etag)) throw fail("PreconditionFailed", 412);
        const body = Buffer.from(input.Body);
        const etag = createHash("md5").update(body).update(String(Math.random())).digest("hex");
        this.objects.set(input.Key, { body, contentType: input.ContentType, metadata: { ...(input.Metadata ?? {}) }, etag });
        return { ETag: `"${etag}"` };
      }
      case "DeleteObject":
        this.objects.delete(input.Key);
        return {};
      case "ListObjectsV2":
      case "ListObjects": {
        // Ascending key order, after StartAfter (v2) or Marker (v1), at most MaxKeys: as S3 lists.
        const after = input.StartAfter ?? input.Marker ?? "";
        const keys = [...this.objects.keys()].filter((k) => k.startsWith(input.Prefix ?? "") && k > after).sort();
        const page = keys.slice(0, input.MaxKeys ?? 1000);
        return { Contents: page.map((Key) => ({ Key, Size: this.objects.get(Key)!.body.length })), IsTruncated: page.length < keys.length };
      }
      default:
        throw new Error(`MemoryS3: ${name} is not supported`);
    }
  }
}
