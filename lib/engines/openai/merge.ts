// Merging per-chunk extractions (and tidying a single one): one actor per real-world entity with its
// aliases merged, demands deduplicated and pointed at the merged actors, dates deduplicated by value
// and what they are about.
import type { ActorDraft, DateDraft, DemandDraft } from "../engine.ts";
import type { DemandStatus, Warning } from "../../schema/summary.ts";

export interface PartialExtraction {
  summary: string;
  actors: ActorDraft[];
  demands: DemandDraft[];
  dates: DateDraft[];
}

export interface MergedExtraction extends PartialExtraction {
  /** Every name or alias seen, lower-cased, → the canonical name of the merged actor. */
  canonical: Map<string, string>;
  /** One per pair of actors merged as spellings of one name (`actor_merged`). */
  warnings: Warning[];
}

/** Levenshtein distance, stopping early past `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...cur) > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Two spellings of one name: equal once doubled letters and the spaces of an initialism are folded
 * ("Zelenskyy"/"Zelensky", "N.A.T.O."/"NATO"), or the same number of words, one of them identical and
 * each other differing by one letter ("Sergei Lavrov"/"Sergey Lavrov", "Anna Kessler"/"Ana Kessler").
 */
export function sameSpelling(x: string, y: string): boolean {
  const [kx, ky] = [nameKey(x), nameKey(y)];
  if (!kx || !ky || kx === ky) return kx === ky && !!kx;
  const squash = (k: string) => k.replace(/\s+/g, "").replace(/(\p{L})\1+/gu, "$1");
  if (squash(kx) === squash(ky) && squash(kx).length >= 3) return true;
  const [wx, wy] = [kx.split(" "), ky.split(" ")];
  if (wx.length !== wy.length || wx.length < 2) return false;
  let same = 0;
  for (let i = 0; i < wx.length; i++) {
    const [a, b] = [wx[i]!, wy[i]!];
    if (a === b) same++;
    else if (a.length < 4 || b.length < 3 || a[0] !== b[0] || editDistance(a, b, 1) > 1) return false;
  }
  return same > 0;
}

/** Comparable form of a name: case, diacritics, punctuation, a leading article and "'s" folded away. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

const clauseKey = (s: string) => nameKey(s).replace(/\b(a|an|the|to|of|its|their|his|her)\b/g, " ").replace(/\s+/g, " ").trim();

// Words that make a form a description rather than a name.
const GENERIC_WORDS = new Set(
  ("president vice prime minister ministers ministry secretary chancellor premier king queen leader leaders official officials " +
    "spokesman spokeswoman spokesperson spokespeople government administration authorities police army military forces troops " +
    "company firm group party council court judge lawmakers senator governor mayor ambassador envoy diplomat diplomats chief head " +
    "director general commander state country nation people residents protesters rebels team board committee agency department " +
    "foreign defense defence interior finance justice health former new he she they it him her them his its their").split(" "),
);

/** "the president", "officials", "he": a form many actors can share. Names have a capital outside the title words. */
export function isGenericForm(form: string): boolean {
  const words = form.trim().split(/\s+/).filter((w) => !/^(the|a|an|of|for|and)$/i.test(w));
  return words.every((w) => GENERIC_WORDS.has(nameKey(w)) || !/\p{Lu}/u.test(w));
}

class UnionFind {
  readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The earlier actor stays the root: order of first appearance is kept.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const mostCommon = <T>(values: T[], tieBreak: (a: T, b: T) => number): T => {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || tieBreak(a[0], b[0]))[0]![0];
};

function mergeActors(actors: ActorDraft[]): { actors: ActorDraft[]; canonical: Map<string, string>; warnings: Warning[] } {
  const uf = new UnionFind(actors.length);
  // Same name, a name used as another's alias, or a shared specific alias: the same entity. A shared
  // generic alias ("the president", "officials") says nothing: two actors can both be called that.
  const nameKeys = actors.map((a) => nameKey(a.name));
  const owner = new Map<string, number>();
  const claim = (k: string, i: number) => {
    if (!k) return;
    const o = owner.get(k);
    if (o === undefined) owner.set(k, i);
    else uf.union(o, i);
  };
  actors.forEach((_, i) => claim(`name:${nameKeys[i]}`, i));
  actors.forEach((a, i) => {
    for (const alias of a.aliases) {
      const k = nameKey(alias);
      if (!k) continue;
      const named = owner.get(`name:${k}`);
      if (named !== undefined) uf.union(named, i);
      if (!isGenericForm(alias)) claim(`alias:${k}`, i);
    }
  });
  // A name that another actor uses as a specific alias.
  actors.forEach((_, i) => {
    const o = owner.get(`alias:${nameKeys[i]}`);
    if (o !== undefined) uf.union(o, i);
  });
  // A one-word person ("Biden") is the person whose full name ends with it, if exactly one does.
  const persons = actors.map((a, i) => ({ a, i })).filter(({ a }) => a.kind === "person");
  for (const { a, i } of persons) {
    const k = nameKey(a.name);
    if (k.includes(" ")) continue;
    const full = persons.filter(({ a: b, i: j }) => j !== i && nameKey(b.name).includes(" ") && nameKey(b.name).endsWith(` ${k}`));
    const roots = new Set(full.map(({ i: j }) => uf.find(j)));
    if (roots.size === 1) uf.union(full[0]!.i, i);
  }

  // Two spellings of one name (a model may return "Anna Kessler" and "Ana Kessler" for one person).
  const warnings: Warning[] = [];
  const compatibleKinds = (a: ActorDraft, b: ActorDraft) => a.kind === b.kind || a.kind === "other" || b.kind === "other";
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const [a, b] = [actors[i]!, actors[j]!];
      if (uf.find(i) === uf.find(j) || !compatibleKinds(a, b) || !sameSpelling(a.name, b.name)) continue;
      uf.union(i, j);
      warnings.push({ code: "actor_merged", message: `actors '${a.name}' and '${b.name}' are spellings of one name: merged` });
    }
  }

  const groups = new Map<number, number[]>();
  actors.forEach((_, i) => {
    const r = uf.find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  const canonical = new Map<string, string>();
  const merged: ActorDraft[] = [];
  for (const members of groups.values()) {
    const items = members.map((i) => actors[i]!);
    // The name the parts agree on most; on a tie the one given with the most aliases (the entity the
    // others were folded into), then the fuller of two forms of one name ("Joe Biden" over "Biden"),
    // then the first seen.
    const aliasCount = (n: string) => Math.max(...items.filter((a) => a.name.trim() === n).map((a) => a.aliases.length));
    const firstSeen = (n: string) => items.findIndex((a) => a.name.trim() === n);
    const fuller = (x: string, y: string) => {
      const [kx, ky] = [nameKey(x), nameKey(y)];
      return ky.endsWith(` ${kx}`) ? 1 : kx.endsWith(` ${ky}`) ? -1 : 0;
    };
    const name = mostCommon(
      items.map((a) => a.name.trim()),
      (x, y) => aliasCount(y) - aliasCount(x) || fuller(x, y) || firstSeen(x) - firstSeen(y),
    );
    const kind = mostCommon(
      items.map((a) => a.kind),
      () => 0,
    );
    const role = items.find((a) => a.role)?.role ?? null;
    // Every other form, once; case variants are kept because grounding matches forms case-sensitively.
    const aliases: string[] = [];
    for (const a of items) {
      for (const form of [a.name, ...a.aliases]) {
        const f = form.trim();
        if (f && f !== name && !aliases.includes(f)) aliases.push(f);
      }
    }
    for (const a of items) for (const form of [a.name, ...a.aliases]) canonical.set(form.trim().toLowerCase(), name);
    const salience = items.reduce<number | undefined>((m, a) => (a.salience === undefined ? m : Math.max(m ?? 0, a.salience)), undefined);
    merged.push({
      name,
      kind,
      role,
      aliases,
      evidence: items[0]!.evidence,
      ...(salience === undefined ? {} : { salience }),
    });
  }
  return { actors: merged, canonical, warnings };
}

// When the same demand is reported with different statuses, the more conclusive one wins.
const STATUS_RANK: Record<DemandStatus, number> = { unknown: 0, made: 1, pending: 2, accepted: 3, rejected: 3 };

function mergeDemands(demands: DemandDraft[], canonical: Map<string, string>): DemandDraft[] {
  const resolve = (n: string) => canonical.get(n.trim().toLowerCase()) ?? n.trim();
  const out: DemandDraft[] = [];
  const byKey = new Map<string, DemandDraft>();
  const byEvidence = new Map<string, DemandDraft>();
  for (const d of demands) {
    const by = resolve(d.by);
    const of = [...new Set(d.of.map(resolve).filter((n) => n && n !== by))];
    const key = `${nameKey(by)}|${clauseKey(d.what)}`;
    const evidenceKey = `${nameKey(by)}|${nameKey(d.evidence)}`;
    const existing = byKey.get(key) ?? byEvidence.get(evidenceKey);
    if (existing) {
      for (const o of of) if (!existing.of.includes(o)) existing.of.push(o);
      if (STATUS_RANK[d.status] > STATUS_RANK[existing.status]) existing.status = d.status;
      if (d.cameo && (!existing.cameo || (d.cameo.startsWith(existing.cameo) && d.cameo.length > existing.cameo.length))) existing.cameo = d.cameo;
      byKey.set(key, existing);
      byEvidence.set(evidenceKey, existing);
      continue;
    }
    const item: DemandDraft = { ...d, by, of };
    out.push(item);
    byKey.set(key, item);
    byEvidence.set(evidenceKey, item);
  }
  return out;
}

function mergeDates(dates: DateDraft[]): DateDraft[] {
  const out: DateDraft[] = [];
  const byValue = new Map<string, DateDraft[]>();
  const aboutKey = (d: DateDraft) => (d.about ? clauseKey(d.about) : "");
  for (const d of dates) {
    const value = `${d.type}|${d.value || nameKey(d.text)}`;
    const same = byValue.get(value) ?? [];
    if (same.some((x) => aboutKey(x) === aboutKey(d))) continue;
    // The same value with and without a description: one item, with the description.
    if (!d.about && same.length) continue;
    const bare = same.find((x) => !x.about);
    if (bare && d.about) {
      bare.about = d.about;
      continue;
    }
    const item = { ...d };
    out.push(item);
    byValue.set(value, [...same, item]);
  }
  return out;
}

/**
 * Merges extractions of consecutive parts of one article (a single one is tidied the same way). The
 * summary is the first part's: news puts the gist first, and later parts summarise only themselves.
 */
export function mergeExtractions(parts: PartialExtraction[]): MergedExtraction {
  const { actors, canonical, warnings } = mergeActors(parts.flatMap((p) => p.actors));
  return {
    summary: parts[0]?.summary ?? "",
    actors,
    demands: mergeDemands(
      parts.flatMap((p) => p.demands),
      canonical,
    ),
    dates: mergeDates(parts.flatMap((p) => p.dates)),
    canonical,
    warnings,
  };
}
