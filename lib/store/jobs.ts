// Work the HTTP API hands to the S3 path, and how to find out what became of it (under state/):
//
//   pending/<id>.json          an article accepted with 202: written to incoming/api/<id>, where the
//                              upload function summarizes it like any upload
//   uploads/<uploadId>.json    a presigned upload: incoming/uploads/<uploadId>/<fileName>
import type { ArticleBucket } from "./bucket.ts";
import { stateKeys } from "./layout.ts";

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

export const recordPending = (bucket: ArticleBucket, job: PendingJob) => bucket.writeJson(stateKeys.pending(job.id), job);
export const findPending = async (bucket: ArticleBucket, id: string) => (await bucket.readJson(stateKeys.pending(id))) as PendingJob | null;
export const recordUpload = (bucket: ArticleBucket, job: UploadJob) => bucket.writeJson(stateKeys.upload(job.uploadId), job);
export const findUpload = async (bucket: ArticleBucket, uploadId: string) => (await bucket.readJson(stateKeys.upload(uploadId))) as UploadJob | null;
