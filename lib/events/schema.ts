// The "Summary Created" event: what downstream apps receive for every new summary, from EventBridge
// in AWS and from the signed webhook locally. The envelope is EventBridge's, so one consumer handles both.
import * as z from "../schema/zod.ts";
import { ActorKind, EngineName, SummaryId } from "../schema/summary.ts";

export const EVENT_SOURCE = "precis";
export const SUMMARY_CREATED = "Summary Created";

export const SummaryCreatedDetail = z
  .object({
    id: SummaryId,
    bucket: z.string().describe("The bucket holding the summary"),
    key: z.string().describe("The summary's object key: GET it from S3 or GET /summaries/{id}"),
    title: z.string().nullable(),
    actors: z
      .array(z.object({ name: z.string(), kind: ActorKind, salience: z.number().min(0).max(1) }))
      .describe("The summary's actors, most salient first (names only: the spans are in the summary)"),
    createdAt: z.iso.datetime(),
    sameStoryAs: z.array(SummaryId).describe("Stored summaries of the same story"),
    engine: EngineName,
    schemaVersion: z.literal("1").describe("The summary's schema version"),
  })
  .describe("detail of a 'Summary Created' event");
export type SummaryCreatedDetail = z.infer<typeof SummaryCreatedDetail>;

export const SummaryCreatedEvent = z
  .object({
    version: z.literal("0"),
    id: z.string().describe("Unique per event (EventBridge assigns its own in AWS)"),
    "detail-type": z.literal(SUMMARY_CREATED),
    source: z.literal(EVENT_SOURCE),
    account: z.string(),
    time: z.iso.datetime(),
    region: z.string(),
    resources: z.array(z.string()),
    detail: SummaryCreatedDetail,
  })
  .describe("A 'Summary Created' event, in EventBridge's envelope (the webhook body is exactly this)");
export type SummaryCreatedEvent = z.infer<typeof SummaryCreatedEvent>;
