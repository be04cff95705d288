// The embedded `rules` engine: deterministic, offline, fast. Actors from gazetteers, capitalised-name
// rules and compromise's lexicon; demands from trigger verbs and nouns with their agents, addressees and
// status; dates from the shared temporal tagger; a summary of whole sentences from the article.
import type { Engine, Extraction, ExtractionRequest } from "../engine.ts";
import { splitParagraphs, splitSentences } from "../../text/sentences.ts";
import { chooseReference, extractDates } from "../../dates/index.ts";
import { EntityStore, actorDrafts, addActingGroups, addGroupSubjects, mergeKinIntoNamed, mergeKnownAs, nameBracketedGivenNames, nameStatesAsWritten } from "./actors.ts";
import { findDemands } from "./demands.ts";
import { findMentions, makeSentenceLookup } from "./mentions.ts";
import { summarize } from "./summary-sentences.ts";

export const RULES_VERSION = "1.10.26";
export const RULES_PROMPT_VERSION = "rules-1";

/** The extraction itself, synchronous (the engine wraps it). */
export function extractRules({ text, metadata }: Pick<ExtractionRequest, "text" | "metadata">): Extraction {
  const sentences = splitSentences(text);
  const paragraphs = splitParagraphs(text);
  const paragraphOfOffset = makeSentenceLookup(paragraphs);
  const paragraphOf = (si: number) => paragraphOfOffset(sentences[si]!.start);

  const { mentions, junkSentences } = findMentions(text, sentences, metadata);
  const store = new EntityStore(mentions);
  const demands = findDemands({ text, sentences, junk: junkSentences, store, paragraphOf });
  addActingGroups(store, text, sentences, junkSentences);
  addGroupSubjects(store, text, sentences, junkSentences);
  const renamed = new Map([...nameStatesAsWritten(store), ...nameBracketedGivenNames(store, text), ...mergeKnownAs(store, text), ...mergeKinIntoNamed(store, text)]);
  const rename = (name: string) => renamed.get(name) ?? name;
  for (const d of demands) {
    d.by = rename(d.by);
    d.of = d.of.map(rename);
  }
  const actors = actorDrafts(store, text, sentences, junkSentences);
  const reference = chooseReference(text, metadata.publishedAt, sentences);
  const dates = extractDates(text, { reference, sentences });

  return {
    summary: summarize(sentences, junkSentences, demands),
    actors,
    demands,
    dates,
    model: null,
    promptVersion: RULES_PROMPT_VERSION,
    usage: null,
    costUsd: null,
    calls: 0,
    warnings: [],
  };
}

export function createRulesEngine(): Engine {
  return {
    name: "rules",
    fingerprint: `rules@${RULES_VERSION}`,
    async extract(request: ExtractionRequest): Promise<Extraction> {
      request.signal?.throwIfAborted();
      return extractRules(request);
    },
  };
}
