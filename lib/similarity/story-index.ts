// The same-story index as the linking code sees it: candidates by fingerprint band, and a way to add
// an article once its summary is stored. lib/store/stories.ts keeps it in the bucket.
import type { Similarity, StoryFingerprint } from "./fingerprint.ts";

export interface StoryMatch extends Similarity {
  id: string;
}

export interface StoryLookup {
  /** Stored articles sharing at least one band with the looked-up fingerprint (never scored yet). */
  candidates: Array<{ id: string; fingerprint: StoryFingerprint }>;
  /** Adds the looked-up fingerprint under `id`, so later copies find it. Idempotent. */
  record(id: string): Promise<void>;
}

export interface StoryIndex {
  lookup(fingerprint: StoryFingerprint): Promise<StoryLookup>;
}
