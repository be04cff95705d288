// Actors: mentions grouped into one entity per real-world actor, with a role, the surface forms seen
// (aliases), an evidence sentence, and a salience from mentions, position and part in demands.
import type { ActorKind } from "../../schema/summary.ts";
import type { ActorDraft } from "../engine.ts";
import type { TextSpan } from "../../text/sentences.ts";
import type { Mention } from "./mentions.ts";
import { makeSentenceLookup, stateByDemonym } from "./mentions.ts";
import { GROUP_NOUNS, STATE_ENTRIES } from "./gazetteer.ts";
import { isImperative, isVerbForm } from "./lexicon.ts";

const MAX_MENTION = 200;
/** Key prefix of groups named by a common noun ("protesters", "the union"), created while reading demands. */
const CROWD = "crowd:";

const GROUP_SYNONYMS = [
  ["kidnappers", "abductors", "captors", "hostage-takers", "gunmen"],
  ["protesters", "protestors", "demonstrators", "marchers"],
  ["strikers", "workers"],
];

/** Events that a demand is read from ("a rally demanding …"), and the noun for the people taking part. */
const PARTICIPANTS = new Map<string, string>([
  ...["rally", "rallies", "demonstration", "demonstrations", "protest", "protests", "sit-in"].map((e) => [e, "demonstrators"] as [string, string]),
  ...["march", "marches", "procession"].map((e) => [e, "marchers"] as [string, string]),
  ["walkout", "strikers"],
]);

export interface Entity {
  key: string;
  name: string;
  kind: ActorKind;
  role: string | null;
  mentions: Mention[];
  /** Demands this actor makes, and demands addressed to it. */
  demandsBy: number;
  demandsOf: number;
  /** A group named often enough as a party to the story to be an actor without demanding anything. */
  acting?: boolean;
  /** The formal name of a state named as written ("United Kingdom" for "Britain"). */
  formal?: string;
}

export class EntityStore {
  readonly byKey = new Map<string, Entity>();
  /** All mentions in text order (including group mentions added while reading demands). */
  readonly mentions: Mention[];
  /** Groups named by a common noun, in order of creation. */
  private readonly crowds: Entity[] = [];

  constructor(mentions: Mention[]) {
    this.mentions = mentions;
    for (const m of mentions) this.add(m);
  }

  private add(m: Mention): Entity {
    let e = this.byKey.get(m.key);
    if (!e) {
      e = { key: m.key, name: m.name, kind: m.kind, role: null, mentions: [], demandsBy: 0, demandsOf: 0 };
      this.byKey.set(m.key, e);
    }
    e.mentions.push(m);
    if (!e.role && m.role) e.role = m.role;
    return e;
  }

  get(key: string): Entity | undefined {
    return this.byKey.get(key);
  }

  private orgIndex: { size: number; byLast: Map<string, Entity[]> } | null = null;
  /** Organisations whose name ends in `word` ("Hospital" → St. Brendan's Hospital). */
  orgsEndingWith(word: string): Entity[] {
    if (!this.orgIndex || this.orgIndex.size !== this.byKey.size) {
      const byLast = new Map<string, Entity[]>();
      for (const e of this.byKey.values()) {
        if (e.kind !== "organization") continue;
        const last = e.name.slice(e.name.lastIndexOf(" ") + 1);
        byLast.set(last, [...(byLast.get(last) ?? []), e]);
      }
      this.orgIndex = { size: this.byKey.size, byLast };
    }
    return this.orgIndex.byLast.get(word) ?? [];
  }

  /** Mentions overlapping [start, end). Mentions are sorted by start and shorter than MAX_MENTION. */
  within(start: number, end: number): Mention[] {
    const ms = this.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]!.start < start - MAX_MENTION) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let i = lo; i < ms.length && ms[i]!.start < end; i++) if (ms[i]!.end > start) out.push(ms[i]!);
    return out;
  }

  /** The latest mention before `at` (and after `notBefore`) that passes `test`. */
  latestBefore(at: number, notBefore: number, test: (m: Mention, e: Entity) => boolean): Entity | undefined {
    // Mentions are sorted by start and shorter than MAX_MENTION: start the walk at the first that might end before `at`.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.end > at) continue;
      if (m.start < notBefore) break;
      const e = this.byKey.get(m.key)!;
      if (test(m, e)) return e;
    }
    return undefined;
  }

  /** A group actor named by a noun phrase ("Striking nurses"), created on first use. */
  group(name: string, start: number, end: number, kind: ActorKind = "group"): Entity {
    // "a rally demanding …": the event speaks for those taking part, and they are the actor.
    const participants = PARTICIPANTS.get(name.toLowerCase().split(" ").pop()!);
    if (participants) name = participants;
    const head = name.toLowerCase().split(" ").pop()!;
    const synonyms = GROUP_SYNONYMS.find((g) => g.includes(head));
    // "the gunmen" … "the kidnappers": one group; an existing group of the same class is reused.
    const existing = this.crowds.find(
      (e) => e.key === `${CROWD}${name.toLowerCase()}` || (synonyms && synonyms.includes(e.key.split(" ").pop()!.slice(CROWD.length))),
    );
    const label = existing?.name ?? (name.startsWith("the ") ? name : name.charAt(0).toUpperCase() + name.slice(1));
    const key = existing?.key ?? `${CROWD}${name.toLowerCase()}`;
    const m: Mention = { start, end, surface: name, key, name: label, kind, role: null, alias: false, weight: 1 };
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start <= start) lo = mid + 1;
      else hi = mid;
    }
    this.mentions.splice(lo, 0, m);
    const e = this.add(m);
    if (!this.crowds.includes(e)) this.crowds.push(e);
    return e;
  }
}

const STATE_BY_NAME = new Map(STATE_ENTRIES.map((e) => [e.name, e]));

/**
 * A state the article names only by a common name ("Britain", never "United Kingdom") is named as written:
 * readers and editors look for the word the story uses. Abbreviations ("U.S.") never replace the formal name.
 * Returns old name → new name; the formal name stays as an alias.
 */
export function nameStatesAsWritten(store: EntityStore): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const e of store.byKey.values()) {
    const entry = e.kind === "country" ? STATE_BY_NAME.get(e.name) : undefined;
    if (!entry || e.mentions.some((m) => m.surface.replace(/^the /i, "") === e.name)) continue;
    const written = e.mentions.find((m) => entry.names.includes(m.surface) && /\p{Ll}/u.test(m.surface) && !m.indirect);
    if (!written) continue;
    const formal = e.name;
    renamed.set(formal, written.surface);
    e.name = written.surface;
    // The formal name becomes an alias (aliases are read from alias mentions), never a new mention to count.
    e.formal = formal;
  }
  return renamed;
}

/** Actor drafts ranked by salience (1 = most salient). */
export function actorDrafts(store: EntityStore, text: string, sentences: TextSpan[], junk: Set<number>): ActorDraft[] {
  const sentenceOf = makeSentenceLookup(sentences);
  const scored: Array<{ draft: ActorDraft; score: number; first: number }> = [];
  for (const e of store.byKey.values()) {
    // A body named only as a place ("filed in Ross County Court") is an actor once something is asked of it.
    const named = e.demandsBy + e.demandsOf > 0 ? e.mentions : e.mentions.filter((m) => !m.locative);
    // A state seen only through "Chinese officials" still acts; an organisation seen only as a place does not.
    const direct = named.some((m) => !m.indirect) ? named.filter((m) => !m.indirect) : named;
    if (!direct.length) continue;
    // Groups ("protesters") are actors only when they demand or are asked something.
    if (e.key.startsWith(CROWD) && e.demandsBy + e.demandsOf === 0 && !e.acting) continue;
    const first = direct[0]!;
    const mentionScore = e.mentions.reduce((s, m) => s + m.weight, 0);
    const position = 2 * (1 - first.start / Math.max(1, text.length));
    const score = mentionScore + position + 3 * e.demandsBy + 1 * e.demandsOf + (e.role ? 0.5 : 0);
    const si = sentenceOf(first.start);
    const evidence = si >= 0 && !junk.has(si) ? sentences[si]!.text : first.surface;
    const aliases: string[] = e.formal ? [e.formal] : [];
    const seen = new Set([e.name.toLowerCase(), ...aliases.map((a) => a.toLowerCase())]);
    for (const m of e.mentions) {
      if (!m.alias) continue;
      const bare = m.surface.replace(/^the /, "").toLowerCase();
      // "the Kremlin" and "Kremlin" are one alias; keep the form with the article.
      const existing = aliases.findIndex((a) => a.replace(/^the /, "").toLowerCase() === bare);
      if (existing >= 0) {
        if (m.surface.startsWith("the ")) aliases[existing] = m.surface;
        continue;
      }
      if (seen.has(m.surface.toLowerCase())) continue;
      seen.add(m.surface.toLowerCase());
      aliases.push(m.surface);
    }
    scored.push({ draft: { name: e.name, kind: e.kind, role: e.role, aliases, evidence }, score, first: first.start });
  }
  const max = Math.max(1e-9, ...scored.map((s) => s.score));
  scored.sort((a, b) => b.score - a.score || a.first - b.first);
  return scored.map(({ draft, score }) => ({ ...draft, salience: Math.round((score / max) * 100) / 100 }));
}

// Parties to conflict, crime and custody stories, named by a common noun: actors when the story names them again.
const PARTIES = new Set(["protesters", "protestors", "demonstrators", "activists", "strikers", "kidnappers", "abductors", "captors", "gunmen", "militants", "rebels", "insurgents", "separatists", "hijackers", "pirates", "police", "rioters", "exiles", "relatives"]);
// Any other group noun ("farmers", "prosecutors") is an actor when named twice and once as the subject of a verb.
const ACTING_GROUPS = new RegExp(String.raw`\b(?:${[...new Set([...PARTIES, ...GROUP_NOUNS])].join("|")})\b`, "gi");
const AUXILIARY = /^(?:have|has|had|were|are|will|would|could|can|may|might|must|should|did|do|also|still|then|now|again|\p{Ll}+ly)$/u;
// "farmers in Punjab and Haryana burn …": where the group is, between it and its verb.
const PLACE_PHRASE = /^\s+(?:in|from|across|near|around)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?\p{L}[\p{L}'’-]*(?:\s+(?:and|or)\s+\p{Lu}[\p{L}'’-]*|\s+\p{Lu}[\p{L}'’-]*)?(?=\s)/u;
function actsAfter(after: string): boolean {
  after = after.replace(PLACE_PHRASE, "");
  const words = after.match(/^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?(?:\s+(\p{Ll}+))?/u)?.slice(1).filter(Boolean) ?? [];
  const verb = words.find((w) => !AUXILIARY.test(w));
  return !!verb && ((isVerbForm(verb) && !verb.endsWith("ing")) || isImperative(verb));
}

const FAMILY = /\b[Tt]he (?:\p{Lu}[\p{L}.]* ){0,2}?(\p{Lu}\p{Ll}+) family\b/gu;

/** Groups named at least twice (outside junk), as actors; a few mentions each, for salience. */
export function addActingGroups(store: EntityStore, text: string, sentences: TextSpan[], junk: Set<number>): void {
  const seen = new Map<string, number[]>();
  const acting = new Set<string>();
  sentences.forEach((s, si) => {
    if (junk.has(si)) return;
    for (const m of s.text.matchAll(ACTING_GROUPS)) {
      // "Police Superintendent Pedro Toledo", "Hong Kong Police Force": part of a name, not the group.
      if (/^\p{Lu}/u.test(m[0]) && m.index > 0 && /\p{Lu}[\p{L}.]*\s$/u.test(s.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (/^\s+\p{Lu}/u.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && /^\p{Lu}/u.test(m[0])) continue;
      const key = m[0].toLowerCase().replace("protestors", "protesters");
      const list = seen.get(key) ?? [];
      if (list.length < 12) list.push(s.start + m.index);
      seen.set(key, list);
      if (!PARTIES.has(key) && actsAfter(s.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) acting.add(key);
    }
  });
  // "the patient" of a case report, named at least twice and once as a subject: the story's unnamed party.
  const patient = sentences.flatMap((s, si) => (junk.has(si) ? [] : [...s.text.matchAll(/\b[Tt]he patient\b/g)].map((m) => ({ at: s.start + m.index + 4, acts: actsAfter(s.text.slice(m.index + m[0].length, m.index + m[0].length + 40)) }))));
  if (patient.length >= 2 && patient.some((p) => p.acts)) for (const p of patient) store.group("the patient", p.at, p.at + "patient".length, "person").acting = true;
  // "the Gonzalez family", named at least twice: the family is a party of its own ("the Miami Gonzalez family" too).
  const families = new Map<string, number[]>();
  sentences.forEach((s, si) => {
    if (junk.has(si) || !s.text.includes(" family")) return;
    for (const m of s.text.matchAll(FAMILY)) {
      const at = s.start + m.index + m[0].length - m[1]!.length - " family".length;
      families.set(m[1]!, [...(families.get(m[1]!) ?? []), at]);
    }
  });
  for (const [surname, at] of families) {
    if (at.length < 2) continue;
    for (const a of at) store.group(`the ${surname} family`, a, a + surname.length + " family".length).acting = true;
  }
  for (const [noun, at] of seen) {
    if (at.length < 2 || (!PARTIES.has(noun) && !acting.has(noun))) continue;
    // "the Catholic minority" read as a demand's agent: "minority" is that group.
    const named = PARTIES.has(noun) ? undefined : [...store.byKey.values()].find((e) => e.key.startsWith(CROWD) && e.key.endsWith(` ${noun}`));
    // "Serb police" … "the police": one state's force, named with its state's adjective.
    // ("Serb police" and "Serbian police" are one state's, named by the longer adjective.)
    const adjectives = at.map((a) => /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, a - 20), a))?.[1] ?? "").filter((w) => !!stateByDemonym(w));
    const states = new Set(adjectives.map((w) => stateByDemonym(w)));
    const adjective = adjectives.reduce((a, b) => (b.length > a.length ? b : a), "");
    const force = noun === "police" && states.size === 1 ? `${adjective} police` : undefined;
    for (const a of at) {
      const e = store.group(named?.name ?? force ?? noun, a, a + noun.length);
      e.acting = true;
      // The police is a force, an institution: an organisation, not a crowd.
      if (noun === "police") e.kind = "organization";
    }
  }
}

