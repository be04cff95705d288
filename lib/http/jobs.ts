// Work the HTTP API hands to the S3 path, and how to find out what became of it. Markers live with the
// catalog (summaries/_precis/):
//
//   pending/<id>.json          an article accepted with 202: written to incoming/api/<id>.<ext>, where
//                              the upload function summarizes it like any upload
//   uploads/<uploadId>.json    a presigned upload: incoming/uploads/<uploadId>/<fileName>
import type { ArticleBucket } from "../storage/bucket.ts";
import { errorKey, summaryKey } from "../storage/keys.ts";

export interface PendingJob {
  id: string;
  incomingKey: string;
  summaryKey: string;
  errorKey: string;
  acceptedAt: string;
}

export interface UploadJob {
  uploadId: string;
  key: string;
  summaryKey: string;
  errorKey: string;
  fileName: string;
  contentType: string;
  createdAt: string;
  expiresAt: string;
}

const root = (bucket: ArticleBucket) => `${bucket.prefixes.summaries}_precis/`;

/** The S3-path outputs of an incoming key (the same rules lib/process-upload.ts applies). */
export function outputsOf(bucket: ArticleBucket, rel: string) {
  return { incomingKey: bucket.prefixes.incoming + rel, summaryKey: summaryKey(rel, bucket.prefixes), errorKey: errorKey(rel, bucket.prefixes) };
}

export const recordPending = (bucket: ArticleBucket, job: PendingJob) => bucket.writeJson(`${root(bucket)}pending/${job.id}.json`, job);
export const findPending = async (bucket: ArticleBucket, id: string) => (await bucket.readJson(`${root(bucket)}pending/${id}.json`)) as PendingJob | null;
export const recordUpload = (bucket: ArticleBucket, job: UploadJob) => bucket.writeJson(`${root(bucket)}uploads/${job.uploadId}.json`, job);
export const findUpload = async (bucket: ArticleBucket, uploadId: string) => (await bucket.readJson(`${root(bucket)}uploads/${uploadId}.json`)) as UploadJob | null;

/** The error record the S3 path left for a key, if any. */
export async function errorRecordAt(bucket: ArticleBucket, key: string): Promise<{ code: string; message: string; retryable: boolean } | null> {
  const rec = (await bucket.readJson(key)) as { error?: { code?: unknown; message?: unknown; retryable?: unknown } } | null;
  const e = rec?.error;
  return e && typeof e.code === "string" ? { code: e.code, message: String(e.message ?? ""), retryable: e.retryable === true } : null;
}
