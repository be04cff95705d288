// POST /uploads: a presigned S3 PUT URL, with the file's type and length signed, under incoming/uploads/<uploadId>/, so a large file goes
// straight to the bucket (never through API Gateway's 10 MB or the API's body limit); the S3 path
// summarizes it. GET /uploads/{uploadId}: what became of it, and the summary's id once there is one.
//
// The summary's id is the hash of the file's bytes, unknowable before the upload: the upload id is
// the handle, and the status answer gives the summary id when the file has been summarized.
import { randomBytes } from "node:crypto";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { Runtime } from "../../runtime.ts";
import { errorRecordAt, findUpload, recordUpload, summaryIdAt, uploadOutputs, type UploadJob } from "../../store/index.ts";
import { issuesOf, json, problem } from "../problem.ts";
import { UploadId, UploadRequest } from "../schemas.ts";
import type { HttpResponse, RouteContext } from "../types.ts";
import { mediaType } from "./summaries.ts";

// A client of its own for signing: it must not add SDK checksum parameters to the URL (the SDK's
// default since 3.729), which a plain `curl -T` cannot satisfy.
const signers = new Map<string, S3Client>();
function signer(rt: Runtime): S3Client {
  const k = `${rt.config.s3.region} ${rt.config.s3.endpoint ?? ""}`;
  let c = signers.get(k);
  if (!c) {
    c = new S3Client({
      region: rt.config.s3.region,
      ...(rt.config.s3.endpoint ? { endpoint: rt.config.s3.endpoint, forcePathStyle: true } : {}),
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
    signers.set(k, c);
  }
  return c;
}

export async function postUpload(ctx: RouteContext): Promise<HttpResponse> {
  const { req, rt } = ctx;
  const type = mediaType(req.headers["content-type"]);
  if (type !== "application/json") return problem(415, "unsupported_media_type", `send application/json ({"fileName", "contentType", "bytes"}), not '${type || "nothing"}'`);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(req.body));
  } catch {
    return problem(400, "invalid_json", "the body is not valid UTF-8 JSON");
  }
  const parsed = UploadRequest.safeParse(raw);
  if (!parsed.success) return problem(422, "invalid_body", "the JSON body is not an upload request", { errors: issuesOf(parsed.error, "body") });
  const { fileName, contentType, bytes } = parsed.data;
  const max = rt.config.limits.maxObjectBytes;
  if (bytes > max) return problem(413, "too_large", `the file is ${bytes} bytes; the limit is ${max}`, { errors: [{ pointer: "/bytes", detail: `at most ${max}` }] });

  const uploadId = randomBytes(16).toString("hex");
  const out = uploadOutputs(rt.config.prefixes, uploadId, fileName);
  const ttl = rt.config.http.uploadUrlTtlSeconds;
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ttl * 1000).toISOString();
  // The length is signed (content-length is in X-Amz-SignedHeaders): S3 refuses a PUT of any other
  // size, so a ticket for a small file cannot carry a large one.
  const url = await getSignedUrl(
    signer(rt),
    new PutObjectCommand({ Bucket: rt.bucket.name, Key: out.incomingKey, ContentType: contentType, ContentLength: bytes }),
    { expiresIn: ttl, signableHeaders: new Set(["content-type", "content-length"]) },
  );
  const job: UploadJob = { uploadId, key: out.incomingKey, summaryKey: out.summaryKey, errorKey: out.errorKey, fileName, contentType, createdAt: now.toISOString(), expiresAt };
  await recordUpload(rt.bucket, job);
  rt.log.info("upload url issued", { via: "http", uploadId, key: out.incomingKey, expiresAt });
  const status = `/uploads/${uploadId}`;
  return json(
    201,
    { uploadId, method: "PUT", url, headers: { "content-type": contentType, "content-length": String(bytes) }, key: out.incomingKey, summaryKey: out.summaryKey, expiresAt, status },
    { location: status },
  );
}

export async function getUpload(ctx: RouteContext): Promise<HttpResponse> {
  const { rt } = ctx;
  const uploadId = ctx.params["uploadId"] ?? "";
  if (!UploadId.safeParse(uploadId).success) return problem(400, "invalid_id", "an upload id is 32 lowercase hex digits", { errors: [{ parameter: "uploadId", detail: "32 lowercase hex digits" }] });
  const job = await findUpload(rt.bucket, uploadId);
  if (!job) return problem(404, "not_found", `no upload with id ${uploadId}`);
  const base = { uploadId, key: job.key, id: null as string | null, summary: null as string | null, error: null as { code: string; message: string; retryable: boolean } | null };

  // The newest version of the upload decides: a failed overwrite removes the older summary.
  const summary = await summaryIdAt(rt.bucket, job.summaryKey);
  if (summary) {
    const id = summary.id;
    return json(200, { ...base, status: "summarized", id, summary: id ? `/summaries/${id}` : null }, id ? { "content-location": `/summaries/${id}` } : {});
  }
  const failed = await errorRecordAt(rt.bucket, job.errorKey);
  if (failed) return json(200, { ...base, status: "failed", error: failed });
  if (await rt.bucket.head(job.key)) return json(200, { ...base, status: "processing" }, { "retry-after": "2" });
  const expired = Date.now() > Date.parse(job.expiresAt);
  return json(200, { ...base, status: expired ? "expired" : "awaiting_upload" });
}
