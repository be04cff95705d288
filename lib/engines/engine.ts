// The contract every extraction engine fills. Engines return drafts with verbatim evidence quotes;
// the grounding stage (lib/ground.ts) locates them in the text and drops what it cannot find.
import type { z } from "zod";
import type { ActorFields, DateFields, DemandFields, EngineName, Usage, Warning } from "../schema/summary.ts";
import type { ArticleMetadata } from "../article.ts";
import type { Budget } from "../budget.ts";

export type ActorDraft = z.infer<typeof ActorFields> & { salience?: number };
export type DemandDraft = z.infer<typeof DemandFields>;
export type DateDraft = z.infer<typeof DateFields>;

export interface ExtractionRequest {
  /** The cleaned article text. */
  text: string;
  metadata: ArticleMetadata;
  signal?: AbortSignal;
  /**
   * The work budget: a CPU-bound engine calls `budget.check("stage")` per sentence or paragraph in its
   * own loops and lets the `too_complex` error it throws propagate. (splitSentences and tokenize already
   * check it, so loops built on them are covered.) An LLM engine has the `signal` instead.
   */
  budget?: Budget;
}

export interface Extraction {
  summary: string;
  actors: ActorDraft[];
  demands: DemandDraft[];
  dates: DateDraft[];
  model: string | null;
  promptVersion: string;
  usage: z.infer<typeof Usage> | null;
  costUsd: number | null;
  /** LLM calls made (0 for local engines). */
  calls: number;
  warnings: Array<z.infer<typeof Warning>>;
}

export interface Engine {
  readonly name: EngineName;
  /**
   * Identifies everything that changes this engine's output (model, prompt version, options):
   * part of the idempotency key, so a changed configuration re-extracts and an unchanged one never pays twice.
   */
  readonly fingerprint: string;
  extract(request: ExtractionRequest): Promise<Extraction>;
}
