// The real-news gold sets and the TempEval-3 pool reserved for blind sets, as listed in sets.json (the one list).
import { readFileSync } from "node:fs";

export type Role = "development" | "held-out" | "blind";
export interface GoldSet {
  gold: string;
  role: Role;
  blindScore: string;
  sources: string[];
}
export interface Sets {
  about: string;
  reserved: { under: string; patterns: string[] };
  sets: GoldSet[];
}

export const SETS: Sets = JSON.parse(readFileSync(new URL("sets.json", import.meta.url), "utf8")) as Sets;

export const isReserved = (source: string): boolean =>
  source.startsWith(SETS.reserved.under) && SETS.reserved.patterns.some((p) => source.startsWith(SETS.reserved.under + p));

// Unseen, so nothing is ever printed about one of them alone: a blind set's articles (gold5 was drawn from outside the
// reserved pool) and the reserved articles no set has taken yet. Once an article is in a development or held-out set,
// its score has been read.
const inSet = new Set(SETS.sets.flatMap((s) => s.sources));
const blind = new Set(SETS.sets.filter((s) => s.role === "blind").flatMap((s) => s.sources));
export const isUnseen = (source: string): boolean => blind.has(source) || (isReserved(source) && !inSet.has(source));
