// Same story, many copies: fingerprints, similarity, the bucket index and LLM-extraction reuse.
export * from "./fingerprint.ts";
export { findSameStory, recordFingerprint, type StoryMatch, type FindOptions } from "./store.ts";
export { reusingEngine, canReuse, extractionOf, groundableShare, type ReuseOptions } from "./reuse.ts";
