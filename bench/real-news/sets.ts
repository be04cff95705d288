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

// Once a reserved article is in a development or held-out set, its text has been read: only a blind set's articles
// and those still in no set stay unseen, so nothing is ever printed about one of them alone.
const seen = new Set(SETS.sets.filter((s) => s.role !== "blind").flatMap((s) => s.sources));
export const isUnseen = (source: string): boolean => isReserved(source) && !seen.has(source);
