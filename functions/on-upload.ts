// Lambda entry point for S3 ObjectCreated events on incoming/. Parses the event, hands each object to
// the core, and lets transient failures propagate so Lambda retries.
import type { Context, S3Event } from "aws-lambda";
import * as z from "../lib/schema/zod.ts";
import { runtime } from "../lib/runtime.ts";
import { processUpload, type UploadOutcome } from "../lib/process-upload.ts";
import { decodeEventKey } from "../lib/store/layout.ts";
import { Budget, withBudget } from "../lib/budget.ts";

const S3EventRecord = z.object({
  eventName: z.string(),
  s3: z.object({
    bucket: z.object({ name: z.string() }),
    object: z.object({
      key: z.string().min(1).transform(decodeEventKey),
      size: z.number().optional(),
      eTag: z.string().optional(),
      sequencer: z.string().optional(),
    }),
  }),
});
const S3EventSchema = z.object({ Records: z.array(S3EventRecord) });

// S3 sends one record per event; several are handled in order, and a transient failure of any
// retries the event (the others are then duplicates, which processUpload recognises without cost).
export async function handler(event: S3Event, context?: Partial<Pick<Context, "getRemainingTimeInMillis">>): Promise<{ results: UploadOutcome[] }> {
  const { Records } = S3EventSchema.parse(event);
  const rt = await runtime();
  const results: UploadOutcome[] = [];
  for (const r of Records) {
    if (!r.eventName.startsWith("ObjectCreated")) continue;
    const { key, eTag, sequencer, size } = r.s3.object;
    const remainingMs = context?.getRemainingTimeInMillis?.() ?? null;
    // The work budget: what the invocation has left (capped by configuration); past it, a `too_complex` record.
    const budget = Budget.forInvocation(rt.config.limits.workBudgetMs, remainingMs);
    results.push(
      await withBudget(budget, () =>
        processUpload({ bucket: r.s3.bucket.name, key, eTag, sequencer, size }, rt, {
          // The claim on the work lasts as long as this invocation can: past that, it is dead.
          remainingMs,
        }),
      ),
    );
  }
  return { results };
}
