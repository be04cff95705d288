// Same story, many copies: fingerprints, similarity, linking through a story index, and LLM-extraction reuse.
export * from "./fingerprint.ts";
export type { StoryIndex, StoryLookup, StoryMatch } from "./story-index.ts";
export { findSameStory, matchesOf, summarizeLinked, type Linked, type LinkOptions, type StoredSummary } from "./link.ts";
export { reusingEngine, canReuse, extractionOf, groundableShare, type ReuseOptions } from "./reuse.ts";
