// lib/store: the one home of the bucket's layout, metadata names, outputs, claims, catalog and story
// index. Every other module calls it; nothing else builds a key or a metadata name.
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { ArticleBucket } from "./bucket.ts";
import type { KeyedLock } from "./locks.ts";
import { findEntry } from "./catalog.ts";
import { readSummaryWithEngine } from "./outputs.ts";
import { bucketStoryIndex } from "./stories.ts";
import type { LinkOptions, StoredSummary } from "../similarity/link.ts";
import type { StoryIndex } from "../similarity/story-index.ts";

export * from "./layout.ts";
export { ArticleBucket, createS3Client, isConditionFailed, type StoredObject, type WriteCondition } from "./bucket.ts";
export * from "./outputs.ts";
export * from "./claims.ts";
export * from "./locks.ts";
export * from "./catalog.ts";
export * from "./jobs.ts";
export { bucketStoryIndex, MAX_ENTRIES } from "./stories.ts";

/** A stored summary by id with the engine fingerprint it was made with (for extraction reuse). */
export const storedSummary =
  (bucket: ArticleBucket): StoredSummary =>
  async (id) => {
    const entry = await findEntry(bucket, id);
    const found = entry ? await readSummaryWithEngine(bucket, entry.key) : null;
    return found ? { value: found.value, engine: found.engine } : null;
  };

/** What same-story linking needs from the store and the configuration. */
export function linking(bucket: ArticleBucket, lock: KeyedLock, config: Pick<Config, "sameStory">, log: Logger): { index: StoryIndex; stored: StoredSummary; options: LinkOptions } {
  return { index: bucketStoryIndex(bucket, lock), stored: storedSummary(bucket), options: { ...config.sameStory, log } };
}
