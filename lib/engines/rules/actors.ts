// Actors: mentions grouped into one entity per real-world actor, with a role, the surface forms seen
// (aliases), an evidence sentence, and a salience from mentions, position and part in demands.
import type { ActorKind } from "../../schema/summary.ts";
import type { ActorDraft } from "../engine.ts";
import type { TextSpan } from "../../text/sentences.ts";
import { escapeRegExp } from "../../text/regexp.ts";
import type { Mention } from "./mentions.ts";
import { agentFollows, isTitle, makeSentenceLookup, stateByDemonym } from "./mentions.ts";
import { GROUP_NOUNS, PEOPLE_HEADS, STATE_AGENTS, STATE_ENTRIES } from "./gazetteer.ts";
import { isAdjective, isDemonym, isImperative, isPlaceName, isVerbForm } from "./lexicon.ts";

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

const wordsOf = (phrase: string) => phrase.toLowerCase().split(" ").filter((w) => w !== "the");
/** Whether one group's phrase names the other more or less closely: the same head, and the one's words all in the other's ("federal officials", "federal immigration officials"). */
function narrows(a: string, b: string): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.length === wb.length || wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.includes(w));
}

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
    if (!e.formal && m.state) e.formal = m.state;
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
    // "The relatives" … "Relatives": one group; the article is no part of its key.
    const bare = name.toLowerCase().replace(/^the\s+/, "");
    const existing =
      this.crowds.find((e) => e.key === `${CROWD}${bare}` || (synonyms && synonyms.includes(e.key.split(" ").pop()!.slice(CROWD.length)))) ??
      this.crowds.find((e) => narrows(e.key.slice(CROWD.length), name.toLowerCase()));
    // "Officials" … "Federal law enforcement officials": one group, named by the fuller phrase.
    if (existing && wordsOf(name).length > wordsOf(existing.name).length && narrows(name.toLowerCase(), existing.key.slice(CROWD.length))) existing.name = name.charAt(0).toUpperCase() + name.slice(1);
    // Named once without the article, a group goes by that name ("the relatives" … "Relatives" → Relatives).
    if (existing && existing.name.startsWith("the ") && !/^the\s/i.test(name) && existing.key === `${CROWD}${bare}`) existing.name = name.charAt(0).toUpperCase() + name.slice(1);
    const label = existing?.name ?? (name.startsWith("the ") ? name : name.charAt(0).toUpperCase() + name.slice(1));
    const key = existing?.key ?? `${CROWD}${bare}`;
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
    // A state named only by its seat of power ("White House sources said", "the Kremlin denied") is that seat, a body.
    const seats = e.mentions.map((m) => m.surface.replace(/^the /i, ""));
    if (seats.every((x) => entry.metonyms.includes(x))) {
      const seat = seats.sort((a, b) => seats.filter((x) => x === b).length - seats.filter((x) => x === a).length)[0]!;
      renamed.set(e.name, seat);
      e.formal = e.name;
      e.name = seat;
      e.kind = "organization";
      continue;
    }
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

/**
 * A person named by surname only, whose given name a writer put in brackets inside a quote ("Coach (Frank) Vogel
 * said", "[Frank] Vogel"), is named in full. Returns old name → new name.
 */
export function nameBracketedGivenNames(store: EntityStore, text: string): Map<string, string> {
  const renamed = new Map<string, string>();
  if (!/[)\]] \p{Lu}/u.test(text)) return renamed;
  for (const e of store.byKey.values()) {
    if (e.kind !== "person" || e.name.includes(" ") || renamed.has(e.name)) continue;
    const given = new RegExp(String.raw`[(\[](\p{Lu}\p{Ll}+)[)\]] ${escapeRegExp(e.name)}(?![\p{L}\p{N}])`, "u").exec(text)?.[1];
    if (!given) continue;
    renamed.set(e.name, `${given} ${e.name}`);
    e.name = `${given} ${e.name}`;
  }
  return renamed;
}

// Jobs done at a body, not for it: a spokeswoman, leader or coach speaks or acts for the body, a pilot or a nurse does not.
const JOB_AFTER = /^ (?:pilot|driver|nurse|doctor|surgeon|physician|teacher|student|worker|employee|resident|farmer|soldier|sailor|veteran|intern|graduate|alumnus|alumna) \p{Lu}[\p{L}'’.-]+ \p{Lu}/u;
/** Whether a name ending at `end` opens a job title before a person's name: "Air Force pilot Michael Blassie". */
const inJobTitle = (text: string, end: number) => JOB_AFTER.test(text.slice(end, end + 60));

const KNOWN_AS = /^\s*[,(]\s*(?:better |also |more commonly |best |widely )?(?:known|written) as\s+$/;
/**
 * "James Rigney (better known as Robert Jordan)", "Marta Ilves, also known as Tala": one person under two names, named
 * by the first; the other becomes an alias. Returns old name → new name.
 */
export function mergeKnownAs(store: EntityStore, text: string): Map<string, string> {
  const renamed = new Map<string, string>();
  if (!/known as|written as/.test(text)) return renamed;
  for (const m of store.mentions) {
    const other = store.get(m.key);
    if (!other || other.kind !== "person") continue;
    const before = store.latestBefore(m.start, m.start - 60, (x, e) => e.kind === "person" && e !== other && KNOWN_AS.test(text.slice(x.end, m.start)));
    if (!before) continue;
    for (const x of other.mentions) before.mentions.push(Object.assign(x, { key: before.key, name: before.name, alias: true }));
    before.mentions.sort((a, b) => a.start - b.start);
    store.byKey.delete(other.key);
    renamed.set(other.name, before.name);
  }
  return renamed;
}

const KIN_OF = /^(.+?)['’]s? (father|mother|wife|husband|widow|widower|son|daughter|brother|sister|stepfather|stepmother)$/;
// Kin who usually bear the possessor's surname.
const SAME_SURNAME = new Set(["father", "son", "daughter", "brother", "sister"]);
const lastWord = (name: string) => name.slice(name.lastIndexOf(" ") + 1);
const KIN_BEFORE = /\b(great-uncle|great-aunt|uncle|aunt|cousin|grandfather|grandmother|grandson|granddaughter|nephew|niece|brother|sister|mother|father|son|daughter|wife|husband|widow|stepfather|stepmother),?\s+$/;

/**
 * "Elian's father", read as a demander, is the person the story names in that relation: in apposition ("Elian's father
 * in Cuba, Juan Miguel Gonzalez"), by a role ("Elisabeth Brotons, Elian's mother"), or, for kin who bear the
 * possessor's surname, the one other person of that surname. The relative's mentions join that person. Returns old
 * name → new name.
 */
export function mergeKinIntoNamed(store: EntityStore, text: string): Map<string, string> {
  const renamed = new Map<string, string>();
  const people = [...store.byKey.values()].filter((e) => e.kind === "person" && !e.key.startsWith(CROWD));
  for (const kin of [...store.byKey.values()]) {
    const m = kin.kind === "person" && kin.key.startsWith(CROWD) ? KIN_OF.exec(kin.name) : null;
    if (!m) continue;
    const [, owner, relation] = m as unknown as [string, string, string];
    const ownerPerson = people.find((e) => e.name === owner || e.name.split(" ")[0] === owner || e.mentions.some((x) => x.surface === owner));
    const others = people.filter((e) => e !== ownerPerson);
    const byName = (name: string) => others.find((e) => e.name === name || e.mentions.some((x) => x.surface === name));
    // "Elian's father in Cuba, Juan Miguel Gonzalez": the name in apposition.
    const apposed = kin.mentions
      .map((x) => /^(?:\s+(?:in|of|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?)?,\s+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})/u.exec(text.slice(x.end, x.end + 80))?.[1])
      .map((name) => name && byName(name))
      .find(Boolean);
    const holders = others.filter((e) => (e.role ?? "").toLowerCase().split(/\s+/).includes(relation));
    // ("his great-uncle Lazaro Gonzalez": a relative of another kind is not the one.)
    const otherKin = (e: Entity) =>
      e.mentions.some((x) => {
        const kinWord = KIN_BEFORE.exec(text.slice(Math.max(0, x.start - 30), x.start))?.[1];
        return !!kinWord && kinWord !== relation;
      });
    const sameSurname = ownerPerson && ownerPerson.name.includes(" ") && SAME_SURNAME.has(relation) ? others.filter((e) => e.name.includes(" ") && lastWord(e.name) === lastWord(ownerPerson.name) && !otherKin(e)) : [];
    const person = apposed ?? (holders.length === 1 ? holders[0] : sameSurname.length === 1 ? sameSurname[0] : undefined);
    if (!person) continue;
    for (const x of kin.mentions) person.mentions.push(Object.assign(x, { key: person.key, name: person.name, alias: false }));
    person.mentions.sort((a, b) => a.start - b.start);
    person.demandsBy += kin.demandsBy;
    person.demandsOf += kin.demandsOf;
    store.byKey.delete(kin.key);
    renamed.set(kin.name, person.name);
  }
  return renamed;
}

// "a picture of Gary Cooper", "a statue of Lenin", "agreed to play Rose-Lynn Harlan": someone shown or played, not acting.
const DEPICTED_BEFORE = /\b(?:(?:pictures?|photos?|photographs?|images?|portraits?|posters?|paintings?|drawings?|statues?|busts?|likeness|caricatures?|murals?|role|character) of|(?:play|plays|played|playing|portray|portrays|portrayed|portraying))\s+(?:the\s+)?$/;

// "fast food chains, such as McDonald's Corp.", "platforms like PlayStation Network, Xbox Live, and Steam": examples
// of a kind of body, not parties.
const EXAMPLE_BEFORE = /(?:\p{Ll}{3,}s,?|,)\s+(?:such as|like|notably)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*)*\.?(?:,|,?\s+and|,?\s+or)\s+){0,4}(?:the\s+)?$/u;

const NAMED_FOR = /\b(?:[Nn]amed|[Rr]enamed) (?:for|after)\s+(?:the\s+)?(?:late\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Whether `at` lies inside quotation marks opened earlier in its sentence (a sentence may open inside a quotation). */
function quotedAt(text: string, from: number, at: number): boolean {
  let open = false;
  // Straight and doubled marks open before a word and close after one.
  for (const q of text.slice(from, at).matchAll(/“|”|``|''|"/g)) {
    if (q[0] === "“" || q[0] === "``") open = true;
    else if (q[0] === "”") open = false;
    else open = !/\S/.test(text.charAt(from + q.index - 1) || " ") && /\S/.test(text.charAt(from + q.index + q[0].length));
  }
  return open;
}

// "Hungary's Prime Minister …", "Peru’s central bank": the state's own leaders and bodies.
const RULER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:minister|premier|chancellor|king|queen|monarch|emir|sultan|ruler|dictator|parliament|congress|cabinet|central bank|police|navy|air force|coast guard)\b/iu;
const possessedAgent = (after: string) => agentFollows(after.toLowerCase()) || RULER.test(after);

/** Actor drafts ranked by salience (1 = most salient). */
export function actorDrafts(store: EntityStore, text: string, sentences: TextSpan[], junk: Set<number>): ActorDraft[] {
  const sentenceOf = makeSentenceLookup(sentences);
  const figure = (m: Mention) => {
    const si = sentenceOf(m.start);
    return DEPICTED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || (si >= 0 && quotedAt(text, sentences[si]!.start, m.start));
  };
  const scored: Array<{ draft: ActorDraft; score: number; first: number }> = [];
  for (const e of store.byKey.values()) {
    // A body named only as a place ("filed in Ross County Court") is an actor once something is asked of it.
    // A body named only in a person's job title ("Air Force pilot Michael Blassie") is the person's, not a party either.
    const named = e.demandsBy + e.demandsOf > 0 ? e.mentions : e.mentions.filter((m) => !m.locative && !(e.kind === "organization" && inJobTitle(text, m.end)));
    // A state seen only through "Chinese officials" still acts; an organisation seen only as a place does not.
    const direct = named.some((m) => !m.indirect) ? named.filter((m) => !m.indirect) : named;
    if (!direct.length) continue;
    // Named once, inside someone's quoted words ("Not even the Pentagon can handle these kids," he joked) or as what a
    // picture shows: a figure of speech or an image, not a party to the story. (A demand makes it a party.)
    if (e.demandsBy + e.demandsOf === 0 && !e.key.startsWith(CROWD) && !e.role && e.mentions.length === 1 && figure(e.mentions[0]!)) continue;
    // "Named for economist Simon Kuznets, the hypothesis …", "a school named after Ida Marsh": a namesake, not a party.
    if (e.demandsBy + e.demandsOf === 0 && e.mentions.every((m) => NAMED_FOR.test(text.slice(Math.max(0, m.start - 50), m.start)))) continue;
    if (e.kind === "organization" && e.demandsBy + e.demandsOf === 0 && e.mentions.length === 1 && EXAMPLE_BEFORE.test(text.slice(Math.max(0, e.mentions[0]!.start - 120), e.mentions[0]!.start))) continue;
    // A state named only in the possessive ("America’s existential brokeness", "Peru’s economy") owns or describes
    // something; it acts when what follows is its agent ("Peru’s foreign ministry said").
    if (e.kind === "country" && e.demandsBy + e.demandsOf === 0 && direct.every((m) => /^['’]s\s/.test(text.slice(m.end, m.end + 3)) && !possessedAgent(text.slice(m.end + 2, m.end + 60)))) continue;
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

/** A body's own word before its members ("Embassy employees", "Ministry officials", "company staff"). */
const BODY_WORDS = /^(?:Embassy|Consulate|Ministry|Department|Agency|Bureau|Office|House|Company|Corporation|Bank|Hospital|University|College|School|Council|Court|Commission|Authority|Airlines?|Union|Party|Campaign|Administration|Government)$/;

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
      // "Embassy employees", "White House staff": a name's members, the name's (as in addGroupSubjects); "chief of staff" is a title.
      const before = s.text.slice(Math.max(0, m.index - 30), m.index);
      const owner = /(?:^|[^\p{L}.'’-])(\p{Lu}[\p{L}'’-]*) $/u.exec(before)?.[1];
      if (owner && (BODY_WORDS.test(owner) || store.within(s.start + m.index - 2, s.start + m.index - 1).some((x) => x.kind === "organization" || x.kind === "country"))) continue;
      if (/\bchiefs? of $/i.test(before) && /^staff$/i.test(m[0])) continue;
      const key = m[0].toLowerCase().replace("protestors", "protesters");
      const list = seen.get(key) ?? [];
      if (list.length < 12) list.push(s.start + m.index);
      seen.set(key, list);
      if (!PARTIES.has(key) && actsActively(s.text.slice(m.index + m[0].length, m.index + m[0].length + 160))) acting.add(key);
    }
  });
  // "the patient" of a case report, named at least twice and once as a subject: the story's unnamed party.
  const patient = sentences.flatMap((s, si) => (junk.has(si) || !s.text.includes("he patient") ? [] : [...s.text.matchAll(/\b[Tt]he patient\b/g)].map((m) => ({ at: s.start + m.index + 4, acts: actsAfter(s.text.slice(m.index + m[0].length, m.index + m[0].length + 40)) }))));
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


// Bodies named by a common noun ("the union", "the coast guard", "a federal grand jury"): one of them is a party to the
// story once it acts. ("court", "government", "party" are left to the demand readers, which link them to a named one.)
const BODY_HEADS = ["coast guard", "grand jury", "jury", "union", "cooperative", "co-op", "parliament", "legislature", "committee", "council", "board", "commission", "panel", "tribunal", "delegation", "federation", "association", "police", "convention", "assembly", "caucus", "synod"];
const GROUP_SUBJECT = new RegExp(String.raw`\b(?:${[...BODY_HEADS, ...PEOPLE_HEADS, ...[...new Set([...PARTIES, ...GROUP_NOUNS])].filter((n) => n !== "minority" && n !== "majority")].map((h) => h.replace(" ", "\\s+")).join("|")})\b`, "g");
const DEFINITE = /^(?:the|this|these|those)$/;
// "some teachers", "two officials", "many residents", "other unions": not one group the story can name again; nor
// are "the best defense lawyers", a class described by a superlative.
const NOT_SPECIFIC = /^(?:a|an|some|many|most|several|few|other|others|all|any|no|each|every|both|more|fewer|such|best|worst|finest|brightest|their|its|his|her|our|my|your|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)$/;
// Modifiers that pin a group down by kind, not by count or by example: "striking teachers", "federal officials".
const MODIFIER = /^[\p{Ll}][\p{Ll}-]*$/u;
const WORD_BEFORE = /([\p{L}'’.-]+)\s+$/u;
// A capitalised word of a name just before another ("Alvana" in "Alvana Terminals'"), not at a clause's break.
const NAME_WORD_BEFORE = /(?<![,;:])(?:^|(?<=\s))(\p{Lu}[\p{L}'’.&-]*)\s+$/u;
// Words after which a noun phrase opens a clause as its subject.
const CLAUSE_OPENER = /^(?:but|yet|when|while|as|because|after|before|since|if|though|although|so|then|that|where|whereas|said|says)$/;
const FUNCTION_WORD =
  /^(?:and|or|but|nor|of|in|on|at|to|for|from|with|by|as|than|that|which|who|whom|whose|when|while|if|because|after|before|since|until|about|against|among|between|into|over|under|during|said|says|told|he|she|it|they|we|you|i|him|them|us|me|there|here|also|not|only|even|just|so|then|now|still|yet|again|too|very|how|why|where|what|is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|do|does|did|\p{Ll}+ly)$/u;
// Verbs a subject undergoes rather than does ("the victims died").
const UNDERGOES = /^(?:died|die|dies|fell|remained|remain|remains|seemed|seem|seems|appeared|became|become|got|received|lived|live|lives|suffered|lost|numbered|include|included|includes|were|was|are|is)$/;
const MODAL_OR_HAVE = /^(?:have|has|had|will|would|could|can|may|might|must|should|did|do|does|also|still|then|now|again|already|not|later|\p{Ll}+ly)$/u;
const BE = /^(?:is|are|was|were|be|been|being)$/;

// "Miami-based exiles", "London-based bankers": where a group is based pins it down as a place's name does.
const PLACE_BASED = /^\p{Lu}[\p{L}.'’]*(?:-\p{Lu}[\p{L}.'’]*)*-based$/u;
/** A sentence's first word capitalised by position only ("Federal officials", "Striking teachers"), not a place's. */
const byPosition = (w: string) => !isDemonym(w) && !stateByDemonym(w) && !isPlaceName(w);

const RELATIVE_CLAUSE = /^,\s+(?:who|which)\s+[^,;:.()"“”]{1,90},(?=\s)/;
// "A federal appeals court has reinstated …", "the ninth US circuit court of appeals has ruled …": a court named in lower
// case (as transcripts write it) that rules is a party; one per level of court in a story, named by its longest phrase.
const RULING_COURT =
  /\b(?:[Tt]he|[Aa]n?)\s+((?:(?:[a-z][a-z-]+|U\.?S\.?)\s+){0,3}?(appeals|appellate|circuit|supreme|high|district|bankruptcy|federal|state)\s+court(?:\s+of\s+appeals)?)\s+(?:(?:has|had|also|then|later)\s+)?(?:ruled|ordered|upheld|reinstated|rejected|overturned|overruled|dismissed|blocked|granted|denied|refused|struck|threw|barred|halted|reversed|affirmed|agreed|decided)\b/g;
const COURT_LEVEL: Record<string, string> = { appeals: "appeals", appellate: "appeals", circuit: "appeals", supreme: "supreme", high: "supreme", district: "trial", federal: "trial", state: "trial", bankruptcy: "bankruptcy" };
function addRulingCourts(store: EntityStore, sentences: TextSpan[], junk: Set<number>): void {
  // A court the story names ("the U.S. Court of Appeals") is that court, read by mentions.ts.
  if ([...store.byKey.values()].some((e) => e.kind === "organization" && /\bCourt\b/.test(e.name))) return;
  const byLevel = new Map<string, Array<{ phrase: string; at: number }>>();
  sentences.forEach((s, si) => {
    if (junk.has(si) || !s.text.includes("court")) return;
    for (const m of s.text.matchAll(RULING_COURT)) {
      const phrase = m[1]!;
      // "of appeals" names the level whatever the words before it.
      const level = /of appeals$/.test(phrase) ? "appeals" : COURT_LEVEL[m[2]!]!;
      byLevel.set(level, [...(byLevel.get(level) ?? []), { phrase, at: s.start + m.index + m[0].indexOf(phrase) }]);
    }
  });
  for (const seen of byLevel.values()) {
    const name = `the ${seen.map((x) => x.phrase).reduce((a, b) => (b.length > a.length ? b : a))}`;
    for (const x of seen) store.group(name, x.at, x.at + x.phrase.length, "organization").acting = true;
  }
}

/** Whether the words after a group show it acting, in the active voice: "said", "have demanded", "are fighting" (not "were killed"). */
function actsActively(after: string): boolean {
  // "unsecured creditors, who are owed $430 million, would receive …": the verb after a relative clause.
  after = after.replace(RELATIVE_CLAUSE, "").replace(PLACE_PHRASE, "");
  const words = after.match(/^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?(?:\s+(\p{Ll}+))?(?:\s+(\p{Ll}+))?/u)?.slice(1).filter(Boolean) ?? [];
  let be = false;
  for (const w of words) {
    if (BE.test(w)) {
      be = true;
      continue;
    }
    if (MODAL_OR_HAVE.test(w)) continue;
    // After "is/are/was/were" only a progressive acts ("are fighting"); a participle is a passive ("were arrested").
    if (be) return /ing$/.test(w) && isVerbForm(w);
    return !UNDERGOES.test(w) && !/ing$/.test(w) && (isVerbForm(w) || isImperative(w));
  }
  return false;
}

/** "Alvana Terminals'" after Alvana Terminals Ltd. was named: the possessor is a company the story names in full. */
function isShortFormOfOrganization(store: EntityStore, possessive: string): boolean {
  const owner = possessive.replace(/['’]s?$/u, "");
  return [...store.byKey.values()].some((e) => e.kind === "organization" && (e.name === owner || e.name.startsWith(`${owner} `)));
}

/**
 * A group or body named once by a common noun is an actor when it acts (the subject of a verb, in the active voice),
 * a determiner or modifier pins it down ("the union", "Tanzanian police", "striking teachers", "the boy's Miami
 * relatives"), and no named actor covers it (a body of that name, or a state its adjective names). Named as written,
 * without the article for people ("Striking teachers") and with it for a body ("the union").
 */
export function addGroupSubjects(store: EntityStore, text: string, sentences: TextSpan[], junk: Set<number>): void {
  addRulingCourts(store, sentences, junk);
  const named = new Map<string, string>();
  sentences.forEach((s, si) => {
    if (junk.has(si)) return;
    for (const m of s.text.matchAll(GROUP_SUBJECT)) {
      const head = m[0].toLowerCase().replace(/\s+/g, " ");
      const at = s.start + m.index;
      const end = at + m[0].length;
      // Capitalised, it is a name's word ("Teachers Union", "Police Superintendent …"), read by mentions.ts.
      if (/^\p{Lu}/u.test(m[0]) && s.start !== at) continue;
      if (!actsActively(text.slice(end, Math.min(s.end, end + 160)))) continue;
      // Walk back over the modifiers: lower-case adjectives and nouns, place names and peoples' adjectives.
      const mods: Array<{ text: string; at: number }> = [];
      let rest = s.text.slice(0, m.index);
      let det: { text: string; at: number } | undefined;
      for (let w = WORD_BEFORE.exec(rest); w; w = WORD_BEFORE.exec(rest)) {
        const word = { text: w[1]!, at: s.start + w.index };
        rest = rest.slice(0, w.index);
        const bare = word.text.toLowerCase();
        const cap = /^\p{Lu}/u.test(word.text) && !(word.at === s.start && byPosition(word.text));
        const modifier = cap
          ? isDemonym(word.text) || isPlaceName(word.text) || !!stateByDemonym(word.text) || PLACE_BASED.test(word.text)
          : MODIFIER.test(bare) && !FUNCTION_WORD.test(bare) && !DEFINITE.test(bare) && !NOT_SPECIFIC.test(bare) && (/ing$/.test(bare) ? isAdjective(bare) : !isVerbForm(bare) || isAdjective(bare));
        // "Telerate's two independent directors": a count after a possessor pins nothing down; the possessor does.
        if (!cap && /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(bare) && /['’]s?\s+$/.test(rest)) continue;
        if (!modifier || mods.length === 3) {
          det = word;
          break;
        }
        mods.unshift(word);
      }
      const lead = det?.text.toLowerCase() ?? "";
      const possessor = !!det && /['’]s?$/.test(det.text);
      // "Alvana Terminals' board", "Harbour Works' employees": a possessive that ends a run of capitalised words is the
      // whole name's, not its last word's (a title before it is not: "Ms. Currie's lawyers").
      if (possessor && /^\p{Lu}/u.test(det!.text)) {
        for (let w = NAME_WORD_BEFORE.exec(rest), n = 0; w && n < 4 && !isTitle(w[1]!); w = NAME_WORD_BEFORE.exec(rest), n++) {
          det = { text: `${w[1]!} ${det!.text}`, at: s.start + w.index };
          rest = rest.slice(0, w.index);
        }
      }
      // The subject of a clause, not an object ("talks between lawyers and government officials crept"), nor a
      // name's members ("U.S. government lawyers", "Boeing workers"): those are the name's.
      if (det && !possessor && !DEFINITE.test(lead) && !NOT_SPECIFIC.test(lead) && !CLAUSE_OPENER.test(lead)) continue;
      if (!det && rest.trim() && !/[,;:(“"—–-]\s*$/.test(rest)) continue;
      const definite = DEFINITE.test(lead) || possessor;
      const body = BODY_HEADS.includes(head);
      // "the Miami relatives", "a federal grand jury", "striking teachers"; "the union" (a body) needs no modifier.
      const specific = (mods.length > 0 && !NOT_SPECIFIC.test(lead)) || (mods.length > 0 && body && /^(?:a|an)$/.test(lead)) || (body && definite) || (possessor && /^\p{Lu}/u.test(det!.text));
      if (!specific) continue;
      // "the company's board", "its union": a body of a named actor is that actor's.
      if (body && possessor && (/^\p{Ll}/u.test(det!.text) || store.within(det!.at, det!.at + det!.text.length).length || isShortFormOfOrganization(store, det!.text))) continue;
      const start = mods[0]?.at ?? at;
      // Covered by a named actor: a mention inside the phrase (the state's "Cuban diplomats", "Boeing workers"), or a
      // body whose name has this head ("the union" after the Harbour Workers Union).
      if (store.within(start, end).length) continue;
      if (body && mods.length === 0 && [...store.byKey.values()].some((e) => e.kind === "organization" && e.name.toLowerCase().split(" ").includes(head.split(" ").pop()!))) continue;
      if (STATE_AGENTS.has(head) && mods.some((w) => stateByDemonym(w.text))) continue;
      const written = text.slice(start, end).replace(/\s+/g, " ");
      const phrase = mods[0]?.at === s.start && byPosition(mods[0].text) ? written.charAt(0).toLowerCase() + written.slice(1) : written;
      // "Elian's relatives": a name's kin or staff keep the name.
      const owner = possessor && !mods.length && /^\p{Lu}/u.test(det!.text) ? `${det!.text} ` : "";
      // "federal officials", "federal immigration officials": one group in one story.
      const same = `${mods[0]?.text.toLowerCase() ?? owner}|${head}`;
      const name = named.get(same) ?? (body && !mods.length && !owner ? `the ${phrase}` : owner + phrase);
      named.set(same, name);
      const kind: ActorKind = body ? "organization" : "group";
      const e = store.group(name, owner ? det!.at : start, end, kind);
      e.acting = true;
      if (head === "police") e.kind = "organization";
    }
  });
}
