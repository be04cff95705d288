// The HTTP API's own request and response shapes (the summary itself is lib/schema/summary.ts). The
// OpenAPI document (openapi.ts) is generated from these; nothing about the API is written by hand twice.
import * as z from "../schema/zod.ts";
import { EngineName, SummaryId } from "../schema/summary.ts";

export const JsonArticle = z
  .object({
    text: z.string().optional().describe("The article as plain text"),
    html: z.string().optional().describe("The article as an HTML page or fragment"),
    markdown: z.string().optional().describe("The article as Markdown"),
    title: z.string().optional().describe("Overrides the title found in the article"),
    publishedAt: z.iso.date().or(z.iso.datetime({ offset: true })).optional().describe("Overrides the publication date found in the article; relative dates resolve against it"),
    // Only web addresses: the URL is stored and shown as a link, so `javascript:` or `data:` must not get in.
    url: z.url({ protocol: /^https?$/, error: "an http or https URL" }).optional().describe("Where the article was published (http or https)"),
  })
  .strict()
  .refine((b) => [b.text, b.html, b.markdown].filter((v) => v !== undefined).length === 1, {
    message: "exactly one of text, html or markdown is required",
  })
  .describe("An article with metadata: exactly one of text, html or markdown");
export type JsonArticle = z.infer<typeof JsonArticle>;

export const SummaryQuery = z
  .object({
    engine: EngineName.optional().describe("The engine to use (default: the server's)"),
    include: z.enum(["removed"]).optional().describe("'removed' adds `removed`: what the cleaner cut from the article (not stored)"),
  })
  .strict();

export const ListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20).describe("Page size, 1–100"),
    cursor: z.string().min(1).max(200).optional().describe("`nextCursor` of the previous page"),
  })
  .strict();

export const Accepted = z
  .object({
    id: SummaryId,
    status: z.literal("processing"),
    location: z.string().describe("Poll it: 202 while processing, then 200 with the summary (or the failure as a problem)"),
  })
  .describe("The article was accepted and is summarized asynchronously");

export const CatalogItem = z
  .object({
    id: SummaryId,
    key: z.string().describe("The summary's object key in the bucket"),
    createdAt: z.iso.datetime(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    engine: z.string().nullable(),
    sameStoryAs: z.array(SummaryId),
  })
  .describe("A stored summary in a listing");

export const SummaryPage = z
  .object({
    items: z.array(CatalogItem).describe("Newest first"),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last"),
  })
  .describe("A page of stored summaries");

// A file name, not a path: it becomes the last segment of the upload's key.
const FileName = z
  .string()
  .min(1)
  .max(200)
  .refine((n) => !/[/\\\u0000-\u001f\u007f]/.test(n) && n !== "." && n !== "..", "a file name without slashes or control characters")
  .describe("The file's name, e.g. 'story.html' (kept in the key: incoming/uploads/<uploadId>/<fileName>)");

export const UPLOAD_TYPES = ["text/plain", "text/html", "text/markdown", "application/json", "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"] as const;

export const UploadRequest = z
  .object({
    fileName: FileName,
    contentType: z
      .string()
      .refine((t) => (UPLOAD_TYPES as readonly string[]).includes(t.split(";")[0]!.trim().toLowerCase()), `one of ${UPLOAD_TYPES.join(", ")} (charset parameter allowed)`)
      .describe("The media type the PUT must send (it is signed)"),
    bytes: z.number().int().positive().describe("The file's size in bytes: it is signed into the URL, which accepts exactly this length"),
  })
  .strict()
  .describe("A file to upload directly to the bucket");
export type UploadRequest = z.infer<typeof UploadRequest>;

export const UploadId = z.string().regex(/^[0-9a-f]{32}$/).describe("The upload's handle (the summary's id is the content hash, known once the file is read)");

export const UploadTicket = z
  .object({
    uploadId: UploadId,
    method: z.literal("PUT"),
    url: z.string().describe("Presigned S3 URL: PUT the file's bytes here, with exactly `headers` (content-type and content-length are signed)"),
    headers: z.record(z.string(), z.string()),
    key: z.string().describe("The object key the file lands at (under incoming/)"),
    summaryKey: z.string().describe("Where its summary will be written"),
    expiresAt: z.iso.datetime(),
    status: z.string().describe("Poll it (GET) for the outcome and the summary id"),
  })
  .describe("Where and how to upload; then poll `status`");

export const UploadStatus = z
  .object({
    uploadId: UploadId,
    status: z.enum(["awaiting_upload", "processing", "summarized", "failed", "expired"]),
    key: z.string(),
    id: SummaryId.nullable().describe("The summary's id, once summarized"),
    summary: z.string().nullable().describe("GET it: /summaries/{id}"),
    error: z.object({ code: z.string(), message: z.string(), retryable: z.boolean() }).nullable(),
  })
  .describe("What became of an upload");

export const Health = z.object({ status: z.literal("ok") }).describe("The service is up");
