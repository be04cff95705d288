// Demands, who made them and of whom: the agent of a trigger (its subject, the speaker of a quote or a
// letter, a rally, an antecedent) and the addressees named in its clause.
import type { TextSpan } from "../../text/sentences.ts";
import { MONTHS } from "../../dates/lexicon.ts";
import { tokenize, wholeWordOffsets, type Token } from "../../text/tokens.ts";
import type { Entity, EntityStore } from "./actors.ts";
import { GROUP_NOUNS, OFFICIALDOM, ROLE_NOUNS } from "./gazetteer.ts";
import { hasAdjectiveEnding, isAdjective, isCommonWord, isLyAdverb, isPastTense, isVerbForm } from "./lexicon.ts";
import type { DemandContext } from "./demands.ts";
import { AUX, DETERMINERS, FILES, NOUN_MODIFIERS, NP_STOP, POSSESSIVE_PRONOUNS, type PronounKind, SPEECH, SPEECH_VERB, SUBJECT_PRONOUNS, SUITS } from "./demand-words.ts";

/** The actor who is the subject of the verb at toks[i]. */
export function subjectOf(ctx: DemandContext, si: number, toks: Token[], i: number): Entity | undefined {
  // "published a letter from the boy's grandmothers to Reno asking for …": whoever the statement is from asks.
  const sender = senderOf(ctx, si, toks, i);
  if (sender) return sender;
  // "wrote a letter to Reno asking for …": the writers ask, not the letter's recipient.
  const writer = letterWriterAt(toks, i);
  if (writer >= 0) return subjectOf(ctx, si, toks, writer);
  // "rallied in Abuja on Tuesday to urge him to run": whoever rallied urges.
  const governor = purposeGovernor(toks, i);
  if (governor >= 0) return subjectOf(ctx, si, toks, governor);
  // "has been persistent in seeking the boy's return", "ended the strike while urging …": a gerund after "in"/"by"/"while"
  // is the main subject's act.
  if (/^(?:in|by|while|after|before|when|since)$/.test(toks[i - 1]?.lower ?? "") && /^\p{Ll}+ing$/u.test(toks[i]!.text) && i > 1) return mainSubject(ctx, si, toks, i - 1);
  // "his decision to seek an indictment", "announced plans to ask …": whoever decided or plans.
  const intender = intentOwner(ctx, si, toks, i);
  if (intender) return intender;
  let k = skipBack(toks, i - 1);
  // "Ahmad Lawan, on Tuesday moved …": a comma before a time phrase only sets the phrase off.
  if (k > 0 && toks[k]!.lower === "," && k + 1 < i && /^(?:on|last|this|earlier|late|early|in|at)$/.test(toks[k + 1]!.lower) && TIME_WORDS.has(toks[k + 2]?.lower ?? "")) k = skipBack(toks, k - 1);
  if (k < 0) return i === 0 && /^\p{Lu}\p{Ll}+ing$/u.test(toks[0]!.text) ? openingParticipleSubject(ctx, si, toks) : undefined;
  // "Carnival, which is claiming …": the antecedent of a relative set off by commas.
  if (/^(?:which|who)$/.test(toks[k]!.lower) && toks[k - 1]?.text === ",") {
    const e = entityEndingAt(ctx, si, toks, k - 2);
    if (e) return e;
  }
  // "…, demanding that …" and "… called the strike unnecessary and urged …": the main clause's subject.
  // "…, which bid $28 a share and asked Mr. Gilleland to stay": the relative's antecedent, not the main subject.
  if (toks[k]!.lower === "and") {
    for (let q = k - 1; q > 1 && k - q < 25; q--) {
      const x = toks[q]!.lower;
      if ((x === "which" || x === "who") && toks[q - 1]!.lower === ",") {
        const e = entityEndingAt(ctx, si, toks, q - 2);
        if (e) return e;
        break;
      }
      if (/^[,;:.]$/.test(x)) break;
    }
  }
  // "calling congressional Republicans and asking them to …": a gerund coordinated with an earlier one has its subject.
  if (toks[k]!.lower === "and" && /^\p{Ll}+ing$/u.test(toks[i]!.text)) {
    const first = earlierGerund(toks, k);
    const e = first >= 0 ? subjectOf(ctx, si, toks, first) : undefined;
    if (e) return e;
  }
  // "…, then, as a parent, I welcome him and urge him to …": the subject opening the conjunct's own clause.
  if (toks[k]!.lower === "and") {
    const own = conjunctSubject(ctx, si, toks, k);
    if (own) return own;
  }
  // (", has been pushing …" after a parenthesis is a finite verb, not a participle.)
  // (Nor is ", started calling …": a catenative verb before the gerund is finite.)
  const finite = toks.slice(k + 1, i).some((q) => FINITE_AUX.test(q.lower) || (CATENATIVES.test(q.lower) && !/ing$/.test(q.lower)));
  if ((toks[k]!.lower === "," && /ing$/.test(toks[i]!.lower) && !finite) || toks[k]!.lower === "and") return mainSubject(ctx, si, toks, k);
  // A parenthetical between subject and verb: "Pifer, a former ambassador, urged …".
  if (toks[k]!.lower === "," || toks[k]!.lower === "—") {
    let q = k - 1;
    while (q >= 0 && toks[q]!.lower !== "," && toks[q]!.lower !== "—" && k - q < 30) q--;
    if (q < 0 || (toks[q]!.lower !== "," && toks[q]!.lower !== "—")) return undefined;
    // "Ulster's biggest party, the Ulster Unionists, is threatening …": a description, then the name in apposition.
    const close = k;
    k = skipBack(toks, q - 1);
    if (k < 0) return undefined;
    // Not a name inside a participle's phrase: "The letter, sent to the authority's chairman, Victor Hale, calls for …".
    let p = q - 1;
    while (p >= 0 && toks[p]!.lower !== ",") p--;
    const opener = toks[p + 1];
    const inParticiple = p >= 0 && !!opener && /^\p{Ll}/u.test(opener.text) && (/^\p{Ll}+(?:ed|en|ing)$/u.test(opener.text) || isPastTense(opener.lower));
    if (inParticiple) return entityEndingAt(ctx, si, toks, skipBack(toks, p - 1));
    if (/^\p{Ll}/u.test(toks[k]!.text) && !SUBJECT_PRONOUNS[toks[k]!.lower] && (toks[q + 1]!.lower === "the" || /^\p{Lu}/u.test(toks[q + 1]!.text))) {
      const named = entityEndingAt(ctx, si, toks, close - 1);
      if (named && named.kind !== "country" && !named.key.startsWith("crowd:")) return named;
    }
  }
  // "Gunmen who abducted 14 workers … have demanded", "The union representing 9,000 workers … demanded".
  // Only within the subject's own phrase: "While TV showed exiles protesting …, the government urged" is no relative.
  let cs = clauseStart(toks, k);
  for (let q = k; q > cs && k - q < 40; q--) if (toks[q]!.lower === ",") {
    cs = q;
    break;
  }
  // "An activist investor that has built a stake in X is pressing …": "that" after a noun and before an
  // auxiliary opens a relative; the subject is the noun before it.
  const that = cs - 1;
  if (that > 0 && toks[that]!.lower === "that" && /^\p{Ll}/u.test(toks[that - 1]!.text) && !isVerbForm(toks[that - 1]!.lower) && !DETERMINERS.has(toks[that - 1]!.lower) && AUX.has(toks[that + 1]?.lower ?? "")) {
    const e = entityEndingAt(ctx, si, toks, that - 1);
    if (e) return e;
  }
  for (let r = cs + 1; r <= k; r++) {
    if (toks[r]!.lower === "who" || isIngRelative(toks, r, cs)) {
      const e = entityEndingAt(ctx, si, toks, r - 1);
      if (e) return e;
      break;
    }
  }
  // A verb after an object relative ("documents Moscow submitted demand"): skip the relative verb.
  if (/^\p{Ll}/u.test(toks[k]!.text) && isPastTense(toks[k]!.lower) && !GROUP_NOUNS.has(toks[k]!.lower) && k > 0 && /^\p{Lu}/u.test(toks[k - 1]!.text)) k--;
  // "marched … with banners demanding …", "carrying signs calling for …": the carriers, never the banners.
  if (CARRIED.test(toks[k]!.lower) && /^\p{Ll}+ing$/u.test(toks[i]!.text)) return carrierOf(ctx, si, toks, k);
  return possessedStatement(ctx, si, toks, k) ?? collectiveSubject(ctx, si, toks, k) ?? eventAgent(ctx, si, toks, k, i) ?? entityEndingAt(ctx, si, toks, k) ?? roleSubject(ctx, toks, k);
}

// The subject pronoun that owns a possessive one: "he … his", "she … her", "they … their".
const OWNER_SUBJECT: Record<string, string> = { his: "he", her: "she", their: "they", its: "it" };
const LEGAL_SUFFIX = /,?\s+(?:Corp|Inc|Co|Ltd|LLC|PLC|Corporation|Company|Group)\.?$/;
// Bodies inside a larger one, written in lower case after its name.
const BODY_HEADS = /^(?:council|committee|subcommittee|commission|tribunal)$/;
const COMPOUND_PREPOSITIONS = /^(?:favor|favour|behalf|support|instead|ahead|because|spite|view|wake|light|front|regardless|defiance|violation|breach|place)$/;
const FINITE_AUX = /^(?:has|have|had|is|are|was|were|been|will|would)$/;

/** The gerund before "and" at `and` in the same clause ("calling X and asking"), else -1. */
function earlierGerund(toks: Token[], and: number): number {
  for (let q = and - 1; q >= Math.max(0, and - 12); q--) {
    const x = toks[q]!;
    if (/^[,;:.!?“”"()]$/.test(x.text) || x.lower === "and") return -1;
    if (/^\p{Ll}+ing$/u.test(x.text) && !ING_NOT_VERB.has(x.lower) && isVerbForm(x.lower)) return q;
  }
  return -1;
}

// Nouns of an intention that take "to" + the act: "his decision to seek", "the union's plan to ask".
const INTENT_NOUNS = new Set(["decision", "plan", "plans", "bid", "effort", "efforts", "attempt", "attempts", "move", "intention", "intent", "vow", "pledge", "promise", "threat", "campaign", "drive", "readiness", "willingness", "determination", "resolve"]);
// Verbs that announce or carry out an intention named by a noun: "announced plans to", "made a decision to".
const INTENT_VERBS = /^(?:announc(?:e|es|ed|ing)|made|makes|make|unveil(?:s|ed)?|launch(?:es|ed)?|reveal(?:s|ed)?|disclos(?:e|es|ed)|confirm(?:s|ed)?|defend(?:s|ed)?|reiterat(?:e|es|ed)|renew(?:s|ed)?|step(?:s|ped)? up|has|have|had|took|take|takes)$/;
/**
 * "his decision to seek an indictment", "the union's plan to ask …", "Acme announced plans to seek damages": the owner of
 * the intention the trigger completes — its possessor, or the subject of the verb announcing it. Else undefined.
 */
function intentOwner(ctx: DemandContext, si: number, toks: Token[], i: number): Entity | undefined {
  if (toks[i - 1]?.lower !== "to" || !INTENT_NOUNS.has(toks[i - 2]?.lower ?? "")) return undefined;
  let p = i - 3;
  // "its final decision", "a new bid": at most two modifiers.
  while (p >= 0 && i - 3 - p < 2 && /^\p{Ll}+$/u.test(toks[p]!.text) && isAdjective(toks[p]!.lower) && !DETERMINERS.has(toks[p]!.lower)) p--;
  const x = toks[p];
  if (!x) return undefined;
  if (POSSESSIVE_PRONOUNS[x.lower]) return resolvePronoun(ctx, si, x, POSSESSIVE_PRONOUNS[x.lower]!);
  if (POSSESSIVE.test(x.lower) && p > 0) return entityEndingAt(ctx, si, toks, p - 1);
  const v = /^(?:a|an|the|new|fresh)$/.test(x.lower) ? p - 1 : p;
  return toks[v] && INTENT_VERBS.test(toks[v]!.lower) ? subjectOf(ctx, si, toks, v) : undefined;
}

/**
 * "Calling for an amended constitution, republican Jane Roe said, …": a participle opening the sentence has the main
 * clause's subject, the speaker of its attribution ("Jane Roe said", "said Jane Roe"), else the subject after the
 * first comma ("Demanding higher pay, the dockers marched …").
 */
function openingParticipleSubject(ctx: DemandContext, si: number, toks: Token[]): Entity | undefined {
  const sv = toks.findIndex((q, x) => x > 1 && SPEECH_VERB.test(q.lower) && /^\p{Ll}/u.test(q.text));
  if (sv > 0) {
    if (/^\p{Lu}/u.test(toks[sv - 1]!.text) || SUBJECT_PRONOUNS[toks[sv - 1]!.lower]) return entityEndingAt(ctx, si, toks, sv - 1);
    if (toks[sv - 1]!.text === "," && /^\p{Lu}/u.test(toks[sv + 1]?.text ?? "")) return actorsIn(ctx, toks[sv + 1]!.start, toks[Math.min(toks.length - 1, sv + 4)]!.end)[0];
  }
  const c = toks.findIndex((q) => q.text === ",");
  if (c < 0) return undefined;
  for (let v = c + 2; v < toks.length && v - c < 8; v++) {
    const x = toks[v]!;
    if (/^[,;:]$/.test(x.text)) return undefined;
    if (/^\p{Ll}/u.test(x.text) && (AUX.has(x.lower) || (isVerbForm(x.lower) && !isAdjective(x.lower) && !DETERMINERS.has(x.lower)))) return entityEndingAt(ctx, si, toks, v - 1);
  }
  return undefined;
}

const WROTE = /^(?:wrote|written|writes|write|writing)$/;
const SEND_VERBS = /^(?:wrote|write|writes|writing|sent|send|sends|sending|filed|files|file|filing|lodged|lodges|made|makes|delivered|delivers|addressed|submitted|signed|issued|released|published|handed|faxed|mailed|posted|started|starts|launched|launches|circulated|circulates|organized|organised|began|drafted|adopted|adopts|passed|passes|approved|approves|backed|tabled|presented|unveiled)$/;
/**
 * The verb of "wrote a letter to X asking …" / "sent X a petition demanding …" when the trigger at i is a participle
 * on a written statement: its index, else -1. The statement's recipient sits between, and is no agent.
 */
function letterWriterAt(toks: Token[], i: number): number {
  if (!/^\p{Ll}+ing$/u.test(toks[i]!.text)) return -1;
  let k = i - 1;
  if (toks[k]?.text === ",") k--;
  // Over a parenthesis about the recipient: "to Judge Ruth Okoro (who hears appeals from the district) requesting".
  if (toks[k]?.text === ")") {
    const open = toks.findLastIndex((q, x) => x < k && q.text === "(");
    if (open > 0 && k - open < 30) k = open - 1;
  }
  // Over the recipient ("to Janet Reno and Doris Meissner", "to the mayor"), at most eight words.
  for (let q = k; q >= Math.max(1, k - 8); q--) {
    const x = toks[q]!;
    if (/^[,.;:!?“”"]$/.test(x.text) && !(x.text === "." && /^\p{Lu}/u.test(toks[q - 1]!.text))) break;
    // "to the mayor"; a filing's court: "filed a motion in federal court asking for custody".
    if (/^(?:to|in|with|before)$/.test(x.lower) && (WRITTEN.has(toks[q - 1]!.lower) || WROTE.test(toks[q - 1]!.lower))) {
      k = q - 1;
      break;
    }
  }
  // "has written to the sports minister asking for …": the writing verb itself.
  if (WROTE.test(toks[k]?.lower ?? "")) return k;
  if (!WRITTEN.has(toks[k]?.lower ?? "")) return -1;
  // Back over the statement's determiner and adjectives ("a two-page open letter"), and an indirect object ("sent Reno a letter").
  for (let q = k - 1; q >= Math.max(0, k - 8); q--) {
    const x = toks[q]!.lower;
    if (SEND_VERBS.test(x)) return q;
    if (/^[,.;:!?]$/.test(x) || x === "that" || x === "who" || x === "which") return -1;
  }
  return -1;
}

/** The sender named by "from X" at toks[a] (before `limit`): the phrase's head ("the boy's grandmothers"), else its first actor. */
function fromPhrase(ctx: DemandContext, si: number, toks: Token[], a: number, limit: number): Entity | undefined {
  let b = a;
  while (b < limit && !/^(?:to|,|and|in|on|at|about)$/.test(toks[b + 1]!.lower)) b++;
  const named = entityEndingAt(ctx, si, toks, b) ?? actorsIn(ctx, toks[a]!.start, toks[b]!.end)[0];
  if (named) return named;
  // "from the island's fishermen": writers the story names only by a plural noun, as written.
  const w = toks[b]!;
  let g = b;
  while (g > a && /^(?:\p{Ll}+|['’]s?)$/u.test(toks[g - 1]!.text) && !DETERMINERS.has(toks[g - 1]!.lower)) g--;
  return /^\p{Ll}{3,}(?:s|men)$/u.test(w.text) && !isVerbForm(w.lower) ? ctx.store.group(ctx.text.slice(toks[g]!.start, w.end), toks[g]!.start, w.end) : undefined;
}

/**
 * A participle at i on a statement "from X" ("published a letter Thursday from the boy's grandmothers to Reno and
 * Meissner asking for …"): X, in the same clause; else undefined. The addressees after "to" ask nothing.
 */
function senderOf(ctx: DemandContext, si: number, toks: Token[], i: number): Entity | undefined {
  if (!/^\p{Ll}+ing$/u.test(toks[i]!.text)) return undefined;
  for (let x = i - 2; x >= Math.max(0, i - 20); x--) {
    if (/^[.;:!?“”"]$/.test(toks[x]!.text)) return undefined;
    if (!WRITTEN.has(toks[x]!.lower)) continue;
    const f = skipTime(toks, x + 1);
    return toks[f]?.lower === "from" ? fromPhrase(ctx, si, toks, f + 1, i) : undefined;
  }
  return undefined;
}

/** "rallied in Abuja on Tuesday to urge …": the verb an infinitive of purpose at i hangs on, else -1. */
function purposeGovernor(toks: Token[], i: number): number {
  // "marched through the capital on Saturday demanding …": a participle hangs on the gathering verb as a purpose does.
  const participle = toks[i - 1]?.lower !== "to" && /^\p{Ll}+ing$/u.test(toks[i]!.text);
  if (toks[i - 1]?.lower !== "to" && !participle) return -1;
  let k = participle ? i - 1 : i - 2;
  for (let steps = 0; k >= 0 && steps < 6; steps++) {
    const x = toks[k]!.lower;
    // "went on strike Monday to demand …", "walked off the job to press for …", "took to the streets to urge …".
    const idiom = STRIKE_IDIOMS.find((words) => words.every((w, n) => toks[k - words.length + 1 + n]?.lower === w));
    if (idiom) {
      k -= idiom.length;
      continue;
    }
    // "on Tuesday", "last week"
    if (TIME_WORDS.has(x)) {
      k--;
      while (k >= 0 && /^(?:on|last|this|next|late|early|earlier|in|at|the|a|an|past)$/.test(toks[k]!.lower)) k--;
      continue;
    }
    // "in the capital, Abuja, to urge …": a name in apposition, and a place named by a common noun.
    if (x === ",") {
      let q = k - 1;
      while (q > 0 && /^\p{Lu}/u.test(toks[q]!.text) && k - q < 5) q--;
      if (q === k - 1 || toks[q]!.text !== ",") break;
      k = q - 1;
      continue;
    }
    if (/^\p{Ll}+$/u.test(toks[k]!.text) && toks[k - 1]?.lower === "the" && /^(?:in|at|outside|near|across|through|around|into|of)$/.test(toks[k - 2]?.lower ?? "")) {
      k -= 3;
      continue;
    }
    // "began a two-day rally …", "staged a march … to press for": whoever holds the event acts through it.
    if (EVENT_NOUNS.has(x) && /^\p{Ll}/u.test(toks[k]!.text)) {
      let q = k - 1;
      while (q > 0 && k - q < 5 && !isVerbForm(toks[q]!.lower) && /^[\p{Ll}\p{N}-]+$/u.test(toks[q]!.text)) q--;
      return /^\p{Ll}+$/u.test(toks[q]?.text ?? "") && isVerbForm(toks[q]!.lower) && !AUX.has(toks[q]!.lower) ? q : -1;
    }
    // "in Abuja", "outside the U.S. consulate in Istanbul": a place after a locative preposition.
    if (/^\p{Lu}/u.test(toks[k]!.text)) {
      let q = k;
      while (q > 0 && (/^\p{Lu}/u.test(toks[q - 1]!.text) || toks[q - 1]!.text === ".") && k - q < 5) q--;
      if (/^(?:the)$/.test(toks[q - 1]?.lower ?? "")) q--;
      if (!/^(?:in|at|outside|near|across|through|around|into|to|of)$/.test(toks[q - 1]?.lower ?? "")) return -1;
      k = q - 2;
      continue;
    }
    break;
  }
  if (k < 0) return -1;
  const v = toks[k]!;
  // Only verbs of gathering and campaigning: "rallied", "marched", "gathered", "met", "took to the streets".
  return /^(?:rall(?:y|ied|ies)|march(?:ed|es)?|gather(?:ed|s)?|demonstrat(?:ed|es?)|protest(?:ed|s)?|assembl(?:ed|es?)|converged?|met|meet|meets|travel(?:l?ed)|flew|came|went|walk(?:ed|s)?|took|take|takes|go|goes|struck)$/.test(v.lower) ? k : -1;
}
const STRIKE_IDIOMS = [["on", "strike"], ["off", "the", "job"], ["to", "the", "streets"], ["out"], ["on", "a", "hunger", "strike"]];

const WRITTEN_NOUNS = new Set(["letter", "request", "statement", "petition", "complaint", "lawsuit", "suit", "motion", "resolution", "proposal", "message", "appeal", "filing", "declaration", "manifesto", "open", "announcement", "advisory", "advisories", "notice", "warning", "directive", "bulletin", "memo", "memorandum", "circular", "guideline"]);
// A statement or its plural ("new public announcements", "the advisories").
const WRITTEN = { has: (w: string) => WRITTEN_NOUNS.has(w) || (/[^s]s$/.test(w) && WRITTEN_NOUNS.has(w.slice(0, -1))) };
/** "The teachers' letter to the Education Ministry asks for …": whoever wrote it asks, not whom it is sent to. */
function possessedStatement(ctx: DemandContext, si: number, toks: Token[], k: number): Entity | undefined {
  const from = Math.max(clauseStart(toks, k), k - 14);
  for (let x = k; x > from; x--) {
    const t = toks[x]!;
    // A participle of issuing after the statement goes with it: "announcements put out on Aug. 13 suggest".
    const issuing = SEND_VERBS.test(t.lower) || t.lower === "put";
    if (/^[,;:]$/.test(t.text) || (x < k && /^\p{Ll}/u.test(t.text) && isVerbForm(t.lower) && !WRITTEN.has(t.lower) && !isAdjective(t.lower) && !issuing)) return undefined;
    if (!WRITTEN.has(t.lower)) continue;
    // "A letter from the boy's grandmothers to Reno …": whoever it is from.
    const f = skipTime(toks, x + 1);
    if (toks[f]?.lower === "from" && f + 1 <= k) return fromPhrase(ctx, si, toks, f + 1, k);
    const p = toks[x - 1]!;
    if (POSSESSIVE_PRONOUNS[p.lower]) return resolvePronoun(ctx, si, p, POSSESSIVE_PRONOUNS[p.lower]!);
    if (POSSESSIVE.test(p.lower)) {
      // "the islanders' petition": writers the story names only by a plural noun, as written.
      const w = toks[x - 2];
      const plural = w && /^\p{Ll}+s$/u.test(w.text) && !isVerbForm(w.lower) ? ctx.store.group(w.lower, w.start, w.end) : undefined;
      return entityEndingAt(ctx, si, toks, x - 2) ?? plural;
    }
    return issuerOf(ctx, si, toks, x, k);
  }
  return undefined;
}

/**
 * "New announcements put out by the State Department suggest …", "The advisory urges …" after "The State Department
 * lifted its warnings.": an unsigned statement speaks for the body that issued it, named in its own phrase ("by X")
 * or as the subject opening the sentence before. Else no one.
 */
function issuerOf(ctx: DemandContext, si: number, toks: Token[], x: number, k: number): Entity | undefined {
  // Only the statement as the whole subject: "a statement" or "the new advisories", not "the letter's author".
  const head = toks.slice(clauseStart(toks, x), x);
  // ("An accompanying statement": a participle right before the noun describes it.)
  if (!head.every((q, n) => DETERMINERS.has(q.lower) || (/^\p{L}[\p{L}-]*$/u.test(q.text) && (isAdjective(q.lower) || NOUN_MODIFIERS.has(q.lower)) && !isVerbForm(q.lower)) || (n === head.length - 1 && /^\p{Ll}{4,}ing$/u.test(q.text)))) return undefined;
  const by = toks.findIndex((q, n) => n > x && n < k && q.lower === "by");
  if (by > 0) return actorsIn(ctx, toks[by + 1]!.start, toks[k]!.end).find((e) => e.kind !== "person") ?? undefined;
  // "… he tried to entice them with his proposal for …. The proposal also called for …": whose it was, said just before.
  const owned = /^(?:the|this|that)$/.test(toks[x - 1]?.lower ?? "") ? ownerBefore(ctx, si, toks[x]!.lower) : undefined;
  if (owned) return owned;
  for (let p = si - 1; p >= Math.max(0, si - 1); p--) {
    if (ctx.junk.has(p)) continue;
    const ps = ctx.sentences[p]!;
    const first = ctx.store.within(ps.start, Math.min(ps.end, ps.start + 60)).find((m) => !m.indirect);
    const opening = first && /^\s*(?:The\s+)?$/.test(ctx.text.slice(ps.start, first.start));
    const e = opening ? ctx.store.get(first.key) : undefined;
    // The body as the subject: a word or a comma after its name, not "'s" or "and" (another body's or a pair's).
    const subject = e && first && (e.kind === "organization" || e.kind === "country") && /^(?:\s*,|\s+\p{Ll}+)/u.test(ctx.text.slice(first.end, first.end + 12)) && !/^\s+(?:and|or|of)\b/.test(ctx.text.slice(first.end, first.end + 5));
    if (subject) return e;
    // "Just ahead of the trip, the State Department on Sunday issued an updated caution …": the body that issued one.
    const issuer = ctx.store.within(ps.start, ps.end).find((m) => !m.indirect && (m.kind === "organization" || m.kind === "country") && ISSUED_AFTER.test(ctx.text.slice(m.end, m.end + 40)));
    if (issuer) return ctx.store.get(issuer.key);
    // "Sununu was told Wednesday by Bush's son, George, that …. The message to the chief of staff …": whoever told it.
    return MESSAGES.has(toks[x]!.lower) ? tellerIn(ctx, p) : undefined;
  }
  return undefined;
}

// What one person tells another, whose sender the sentence before may name as the one who told.
const MESSAGES = new Set(["message", "warning", "note", "letter"]);
const TOLD_BY = /\b(?:was|were|had been|has been)\s+(?:told|informed|warned|advised)\b[^.;]{0,40}?\bby\s+/;
/** The teller in sentence p: the agent of "was told … by X". Else undefined. */
function tellerIn(ctx: DemandContext, p: number): Entity | undefined {
  const s = ctx.sentences[p]!;
  const told = TOLD_BY.exec(s.text);
  if (!told) return undefined;
  const at = s.start + told.index + told[0].length;
  const toks = tokenize(ctx.text, at, s.end);
  // "by Bush's son, George, that …": the phrase up to its comma or "that".
  let k = 0;
  while (k < toks.length && k < 8 && !/^(?:,|that|to)$/.test(toks[k]!.lower)) k++;
  return k > 0 ? entityEndingAt(ctx, p, toks, k - 1) : undefined;
}

// A body's issuing verb right after its name, a time phrase at most between: "the State Department on Sunday issued".
const ISSUED_AFTER = /^(?:\s+(?:on|last|late|early)\s+\p{Lu}\p{Ll}+)?\s+(?:issued|released|published|put out|posted|sent out)\b/u;

/** The owner of "his proposal", "the union's letter" in one of the two sentences before si, for a later "the proposal". */
function ownerBefore(ctx: DemandContext, si: number, noun: string): Entity | undefined {
  for (let p = si - 1; p >= Math.max(0, si - 2); p--) {
    if (ctx.junk.has(p)) continue;
    const s = ctx.sentences[p]!;
    if (!wholeWordOffsets(s.text.toLowerCase(), noun, 1).length) continue;
    const toks = tokenize(ctx.text, s.start, s.end);
    const x = toks.findIndex((q) => q.lower === noun);
    const o = toks[x - 1];
    if (!o) return undefined;
    // A pronoun only when its sentence names the owner: a pronoun read across sentences is too weak a voice. Or when
    // the owner is that sentence's own subject pronoun ("Then he offered his proposal …" after "Saddam Hussein tried
    // …"): the subject is read back to its name, as any "he said" is.
    if (POSSESSIVE_PRONOUNS[o.lower]) {
      const e = resolvePronoun(ctx, p, o, POSSESSIVE_PRONOUNS[o.lower]!);
      if (e && ctx.store.within(s.start, o.start).some((m) => m.key === e.key)) return e;
      const verbAt = (n: number) => isVerbForm(toks[n]?.lower ?? "") || (/^(?:then|also|later|again|\p{Ll}+ly)$/u.test(toks[n]?.lower ?? "") && isVerbForm(toks[n + 1]?.lower ?? ""));
      const subject = toks.findIndex((q, n) => n < x - 1 && q.lower === OWNER_SUBJECT[o.lower] && verbAt(n + 1));
      return subject >= 0 && subject < 4 ? resolvePronoun(ctx, p, toks[subject]!, SUBJECT_PRONOUNS[toks[subject]!.lower]!) : undefined;
    }
    return POSSESSIVE.test(o.lower) && x > 1 ? entityEndingAt(ctx, p, toks, x - 2) : undefined;
  }
  return undefined;
}

const COLLECTIVES = new Set(["group", "coalition", "consortium", "alliance", "delegation", "team", "bloc", "panel", "band", "association", "committee"]);
/** "A group including members of the Bass family urged …", "a coalition led by Acme": the group, named as written. */
function collectiveSubject(ctx: DemandContext, si: number, toks: Token[], k: number): Entity | undefined {
  const from = Math.max(clauseStart(toks, k), k - 15);
  for (let q = k - 1; q > from; q--) {
    const x = toks[q]!.lower;
    const marks = x === "including" || (x === "led" && toks[q + 1]?.lower === "by") || (x === "made" && toks[q + 1]?.lower === "up");
    if (!marks) {
      if (/^[,;:]$/.test(x)) return undefined;
      continue;
    }
    const noun = toks[q - 1]!;
    // "an investor group including …": one lower-case word may modify the group.
    const det = /^\p{Ll}[\p{Ll}-]*$/u.test(toks[q - 2]?.text ?? "") && !/^(?:a|an|the)$/.test(toks[q - 2]!.lower) ? q - 3 : q - 2;
    if (!COLLECTIVES.has(noun.lower) || !/^(?:a|an|the)$/.test(toks[det]?.lower ?? "")) return undefined;
    return ctx.store.group(ctx.text.slice(noun.start, toks[k]!.end), noun.start, toks[k]!.end);
  }
  return undefined;
}

const EVENT_NOUNS = new Set(["rally", "rallies", "march", "marches", "protest", "protests", "demonstration", "demonstrations", "vigil", "sit-in", "walkout", "gathering", "procession"]);
/** "… in a rally Saturday demanding the return of …", "The march called for …": those taking part speak through the event. */
function eventAgent(ctx: DemandContext, si: number, toks: Token[], k: number, trigger: number): Entity | undefined {
  let e = k;
  // "a rally in Havana demanding …"
  if (/^\p{Lu}/u.test(toks[e]!.text) && /^(?:in|at|outside|near)$/.test(toks[e - 1]?.lower ?? "") && EVENT_NOUNS.has(toks[e - 2]?.lower ?? "")) e -= 2;
  const noun = toks[e];
  if (!noun || !EVENT_NOUNS.has(noun.lower) || !/^\p{Ll}/u.test(noun.text)) return undefined;
  // A participle modifies the event ("a rally demanding"); a finite verb has it as subject ("the march called for").
  const participle = /ing$/.test(toks[trigger]!.lower);
  const subject = !participle && (e === 0 || /^(?:the|a|an|this|that|saturday's|sunday's)$/.test(toks[e - 1]!.lower) || /^[,;]$/.test(toks[e - 1]!.text));
  if (!participle && !subject) return undefined;
  let s = e;
  while (s > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[s - 1]!.text) && (isAdjective(toks[s - 1]!.lower) || /-/.test(toks[s - 1]!.text)) && !DETERMINERS.has(toks[s - 1]!.lower)) s--;
  // "the government celebrated … with rallies calling for …", "the party held rallies demanding …": whoever holds the
  // events speaks through them.
  const holder = participle ? eventHolder(ctx, si, toks, s) : undefined;
  if (holder) return holder;
  return ctx.store.group(ctx.text.slice(toks[s]!.start, noun.end), toks[s]!.start, noun.end);
}

const CARRIED = /^(?:banners|placards|signs|posters|flags|t-shirts)$/;
/** Who carries the banners at toks[k]: the subject of "carrying"/"waving" before them, or of the verb a "with" goes with. */
function carrierOf(ctx: DemandContext, si: number, toks: Token[], k: number): Entity | undefined {
  let q = k - 1;
  while (q > 0 && k - q <= 3 && !/^(?:carrying|holding|waving|bearing|with|carried|held|waved)$/.test(toks[q]!.lower)) q--;
  const x = toks[q]?.lower ?? "";
  if (x === "with") return eventHolder(ctx, si, toks, q + 1);
  return /^(?:carrying|holding|waving|bearing|carried|held|waved)$/.test(x) ? subjectOf(ctx, si, toks, q) : undefined;
}

const HOLDS = /^(?:held|holds|hold|holding|staged|stages|stage|staging|organi[sz]ed|organi[sz]es|organi[sz]e|organi[sz]ing|mounted|led|called|celebrated|marked|commemorated)$/;
/** The actor holding the events whose phrase starts at toks[s]: the subject of "held …" or of the verb a "with …" follows. */
function eventHolder(ctx: DemandContext, si: number, toks: Token[], s: number): Entity | undefined {
  let q = s - 1;
  // "held such rallies", "held daily rallies": a determiner between.
  while (q > 0 && /^(?:such|daily|weekly|several|many|mass|more|the|its|their|his|her)$/.test(toks[q]!.lower)) q--;
  let verb = -1;
  if (HOLDS.test(toks[q]?.lower ?? "")) verb = q;
  else if (toks[q]?.lower === "with") {
    // The verb the "with" goes with: the nearest one before it in the clause.
    for (let k = q - 1; k >= 0 && q - k <= 15; k--) {
      const x = toks[k]!;
      if (/^[,;:“”"]$/.test(x.text) || /^(?:which|who|that|and|but)$/.test(x.lower)) break;
      if (/^\p{Ll}+ed$/u.test(x.text) && isVerbForm(x.lower) && !DETERMINERS.has(toks[k - 1]?.lower ?? "")) {
        verb = k;
        break;
      }
    }
  }
  return verb < 0 ? undefined : subjectOf(ctx, si, toks, verb);
}

export const TIME_WORDS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year", "night", "morning", "afternoon", "evening", "today", "yesterday", "weekend", "earlier", "later", "time"]);
/** After a time between a verb and what it governs ("on Monday", "last week", "yesterday"), or `j` when there is none. */
export function skipTime(toks: Token[], j: number): number {
  const x = toks[j]?.lower ?? "";
  if (/^(?:on|last|this|late|early|next)$/.test(x) && TIME_WORDS.has(toks[j + 1]?.lower ?? "")) return j + 2;
  if (TIME_WORDS.has(x) && x !== "time") return j + 1;
  return j;
}
const STATEMENT_WORDS = new Set(["statement", "letter", "note", "post", "video", "interview", "speech", "message", "filing", "ruling", "report", "tweet", "email", "release"]);

// Adverbs without "-ly" that sit between a coordinated subject and its verb: "… and instead wants", "and later asked".
const LINKING_ADVERBS = new Set(["instead", "later", "soon", "afterwards", "afterward", "meanwhile", "too", "together", "likewise"]);
const CATENATIVES = /^(?:consider(?:s|ed|ing)?|start(?:s|ed|ing)?|beg[ia]n|begun|begins|beginning|keeps?|kept|keeping|continu(?:e|es|ed|ing)|stop(?:s|ped|ping)?|resum(?:e|es|ed|ing)|tr(?:y|ies|ied|ying)|mull(?:s|ed|ing)?|contemplat(?:e|es|ed|ing)|weigh(?:s|ed|ing)?)$/;
/** Step back over auxiliaries, adverbs, "to" + a governing verb, and time phrases ("on Friday", "in a statement"). */
function skipBack(toks: Token[], k: number): number {
  let steps = 0;
  while (k >= 0 && steps < 12) {
    const x = toks[k]!.lower;
    steps++;
    if (AUX.has(x) || LINKING_ADVERBS.has(x) || (/^\p{Ll}+ly$/u.test(x) && isLyAdverb(x))) {
      k--;
      continue;
    }
    // "is considering urging", "started calling": a verb taking a gerund governs it, as "plans to" does.
    if (CATENATIVES.test(x) && /^\p{Ll}+ing$/u.test(toks[k + 1]?.text ?? "")) {
      k--;
      continue;
    }
    // "is threatening to", "are determined to": a participle after an auxiliary governs too, whatever the lexicon says.
    const participle = /^\p{Ll}+(?:ed|ing)$/u.test(x) && AUX.has(toks[k - 1]?.lower ?? "");
    if (toks[k + 1]?.lower === "to" && /^\p{Ll}/u.test(toks[k]!.text) && (isVerbForm(x) || participle) && !GROUP_NOUNS.has(x)) {
      k--;
      continue;
    }
    if (TIME_WORDS.has(x) || /^\d/.test(x)) {
      let q = k - 1;
      // "on Monday", "last week", and a date: "on Aug. 6", "on August 6".
      while (q >= 0 && (/^(?:on|last|this|next|late|early|earlier|in|at|the|a|an|past|of|\d.*)$/.test(toks[q]!.lower) || (Object.hasOwn(MONTHS, toks[q]!.lower.replace(/\.$/, "")) && /^\d/.test(x))) && k - q < 4) q--;
      k = q;
      continue;
    }
    // 'said it "intends to seek control" of …': a quotation opening on the verb quotes the subject's own words.
    if ((x === '"' || x === "“" || x === "``") && k > 0 && /^[\p{L}]/u.test(toks[k - 1]!.text) && toks[k + 1] && /^\p{Ll}/u.test(toks[k + 1]!.text)) {
      k--;
      continue;
    }
    if (STATEMENT_WORDS.has(x)) {
      let q = k - 1;
      while (q >= 0 && /^(?:in|a|an|the|joint|written|brief|short|televised|recorded|video|court|open|its|his|her|their)$/.test(toks[q]!.lower) && k - q < 5) q--;
      if (q < k - 1 && /^(?:in|through|via)$/.test(toks[q + 1]!.lower)) {
        k = q;
        continue;
      }
    }
    break;
  }
  return k;
}

const ING_NOT_VERB = new Set(["during", "according", "morning", "evening", "nothing", "something", "anything", "everything", "king", "thing", "spring", "wing", "ring", "ceiling", "building", "meeting", "funding", "bring", "string", "sibling", "including", "regarding", "concerning", "following", "pending"]);
function isIngRelative(toks: Token[], r: number, cs: number): boolean {
  const t = toks[r]!;
  if (r <= cs || !/^\p{Ll}+ing$/u.test(t.text) || ING_NOT_VERB.has(t.lower) || !isVerbForm(t.lower)) return false;
  const p = toks[r - 1]!;
  return /^[\p{L}]/u.test(p.text) && !DETERMINERS.has(p.lower) && !AUX.has(p.lower) && p.lower !== "of";
}

const CLAUSE_OPENERS = new Set([";", ":", "that", "because", "while", "but", "if", "when", "although", "though", "“", '"']);
function clauseStart(toks: Token[], k: number): number {
  for (let j = k; j >= 0; j--) {
    if (CLAUSE_OPENERS.has(toks[j]!.lower)) return j + 1;
  }
  return 0;
}

/**
 * "I welcome him and urge him": when the clause before "and" (after the last comma) opens on a pronoun or a
 * name followed by its verb, that is the subject of both verbs. Else undefined, and the sentence's main subject.
 */
function conjunctSubject(ctx: DemandContext, si: number, toks: Token[], and: number): Entity | undefined {
  let c = and - 1;
  while (c >= 0 && !/^[,;:“"]$/.test(toks[c]!.text) && and - c < 20) c--;
  if (c < 0 || !/^[,;:“"]$/.test(toks[c]!.text)) return undefined;
  const first = toks[c + 1];
  if (!first || c + 2 >= and) return undefined;
  if (SUBJECT_PRONOUNS[first.lower] && first.lower !== "it") {
    // After a subject pronoun the next plain word is its verb, whatever the lexicon lists it as ("I welcome").
    const v = toks[c + 2]!;
    if (/^\p{Ll}+$/u.test(v.text) && !DETERMINERS.has(v.lower) && !/^(?:and|or|but|of|for|to|in|on|at|with|who|which|that)$/.test(v.lower)) return entityEndingAt(ctx, si, toks, c + 1);
    return undefined;
  }
  // "When Ruben Ortiz arrived, the Harbour Guild called … and urged …": a named subject after the leading clause.
  for (let v = c + 2; v < and && v - c < 8; v++) {
    const x = toks[v]!;
    if (!/^\p{Ll}+$/u.test(x.text) || DETERMINERS.has(x.lower)) continue;
    if (!isVerbForm(x.lower) || isAdjective(x.lower)) return undefined;
    const named = ctx.store.within(first.start, toks[v - 1]!.end);
    return named.length && /^\p{Lu}/u.test(toks[v - 1]!.text) ? entityEndingAt(ctx, si, toks, v - 1) : undefined;
  }
  return undefined;
}

/** The subject of the sentence's first verb, for participles and coordinated verbs. */
function mainSubject(ctx: DemandContext, si: number, toks: Token[], before: number): Entity | undefined {
  let start = 0;
  // A leading phrase before the subject: "At the same time, Putin …", "In a statement, the union …".
  const comma = toks.findIndex((t, q) => q < before && t.lower === ",");
  if (comma > 0 && /^(?:at|in|on|after|before|during|late|early|earlier|later|last|meanwhile|since|despite|for|with|as|once|by|under|from)$/.test(toks[0]!.lower)) start = comma + 1;
  for (let v = start + 1; v < before; v++) {
    const t = toks[v]!;
    // ", which owns 4% of the shares," is not the main clause.
    if ((t.lower === "which" || t.lower === "who") && toks[v - 1]?.lower === ",") {
      const close = toks.findIndex((q, k) => k > v && q.lower === ",");
      if (close > v && close < before) {
        v = close;
        continue;
      }
    }
    if (!/^\p{Ll}/u.test(t.text) || DETERMINERS.has(t.lower) || NOUN_MODIFIERS.has(t.lower) || GROUP_NOUNS.has(t.lower)) continue;
    // After an article or a possessive a noun phrase has begun: "A state judge", "The appeals court" ("state" and
    // "appeals" are verbs elsewhere).
    if (NOUN_PHRASE_OPENERS.has(toks[v - 1]!.lower)) continue;
    // A bare verb form just before a past tense or an auxiliary heads the subject: "The library trust sued",
    // "the teachers union has asked".
    const next = toks[v + 1]?.lower ?? "";
    if (v + 1 < before && /^\p{Ll}/u.test(toks[v + 1]!.text) && !/ed$|ing$/.test(t.lower) && !AUX.has(t.lower) && (isPastTense(next) || /^(?:has|have|had|is|are|was|were|will|would)$/.test(next))) continue;
    // "Ahmad Lawan raises a motion … and moves that …": a present-tense "-s" word right after a name is its
    // verb, whatever the lexicon lists it as ("raises" is also a plural noun).
    const afterName = /^\p{Ll}{3,}s$/u.test(t.text) && !/ss$/.test(t.lower) && /^\p{Lu}/u.test(toks[v - 1]!.text) && ctx.store.within(toks[v - 1]!.start, toks[v - 1]!.end).length > 0;
    if (afterName) return subjectOf(ctx, si, toks, v);
    if (t.lower === "who" || /^\p{Ll}{2,}ed$/u.test(t.lower) || (isVerbForm(t.lower) && !isAdjective(t.lower) && !/^(?:of|than|more|about|some|many|most)$/.test(t.lower))) {
      if (t.lower === "who" || isIngRelative(toks, v, start)) return entityEndingAt(ctx, si, toks, v - 1);
      return subjectOf(ctx, si, toks, v);
    }
  }
  return undefined;
}

/** The actor named by the noun phrase ending at toks[k]: a mention, pronoun, group noun or anaphor. */
export function entityEndingAt(ctx: DemandContext, si: number, toks: Token[], k: number): Entity | undefined {
  if (k < 0) return undefined;
  const t = toks[k]!;
  const pron = SUBJECT_PRONOUNS[t.lower] ?? POSSESSIVE_PRONOUNS[t.lower] ?? (t.lower === "them" ? "plural" : t.lower === "him" ? "person" : undefined);
  if (pron) return resolvePronoun(ctx, si, t, pron);
  // Walk back over the noun phrase.
  let s = k;
  while (s > 0) {
    const p = toks[s - 1]!;
    // "Emmanuel Macron and Olaf Scholz had urged": both names are the subject.
    if (p.lower === "and" && /^\p{Lu}/u.test(toks[s]!.text) && s > 1 && /^\p{Lu}/u.test(toks[s - 2]!.text)) {
      s--;
      continue;
    }
    // A period inside a sentence ends an abbreviation ("Reiss & Co. B.V. of the Netherlands"), not the phrase.
    const abbreviation = p.text === "." && s - 2 >= 0 && /^\p{Lu}/u.test(toks[s - 2]!.text) && p.end === toks[s - 2]!.end + 1;
    // "in favor of the father's request", "on behalf of the union": the "of" ends a preposition, not a noun phrase.
    if (p.lower === "of" && COMPOUND_PREPOSITIONS.test(toks[s - 2]?.lower ?? "")) break;
    if (!abbreviation && (/^[,.;:!?“”"()]$/.test(p.text) || /^(?:that|which|who|and|but|or|as|when|while|if|because|after|before|to|with|from|at|in|on|for|by|into|near|over|under|about|against|during|toward|towards|through|than|between|among|until|unless)$/.test(p.lower))) break;
    // A verb form right after an article or a possessive is a noun in the phrase: "a state judge", "the appeals court".
    // So is a plural before a collective: "rights groups", "parents' unions".
    const modifiesCollective = /[^s]s$/.test(p.lower) && COLLECTIVE_PLURALS.has(toks[s]!.lower) && s === k;
    // "Kuwait's ousted government", "the newly elected council": a participle after a possessive or a determiner modifies the noun.
    // So does one after a part of a crowd: "a handful of retired judges".
    const modifier = /^\p{Ll}+(?:ed|en|ing)$/u.test(p.text) && s - 2 >= 0 && (POSSESSIVE.test(toks[s - 2]!.lower) || (DETERMINERS.has(toks[s - 2]!.lower) && toks[s - 2]!.lower !== "that") || (toks[s - 2]!.lower === "of" && PARTITIVES.has(toks[s - 3]?.lower ?? "")));
    // "The suit asks the court to …": a plural noun never stands before an article inside a phrase, so an "-s" word
    // there is a verb the lexicon files only as a plural ("asks", "urges", "wants").
    if (/^\p{Ll}+s$/u.test(p.text) && /^(?:the|a|an|its|his|her|their)$/.test(toks[s]!.lower)) break;
    if (!modifier && /^\p{Ll}/u.test(p.text) && isVerbForm(p.lower) && !isAdjective(p.lower) && !GROUP_NOUNS.has(p.lower) && !DETERMINERS.has(p.lower) && !NOUN_MODIFIERS.has(p.lower) && p.lower !== "of" && !NOUN_PHRASE_OPENERS.has(toks[s - 2]?.lower ?? "") && !modifiesCollective) break;
    s--;
    if (k - s > 10) break;
  }
  // "Protesters in Paris demanded", "Christian Democrats in the Bundestag called for": the phrase before
  // the preposition is the subject.
  const prep = toks[s - 1]?.lower;
  const before = toks[s - 2];
  // "Observers from the Organization of American States" speak for the organisation.
  const fromBody = prep === "from" && ctx.store.within(toks[s]!.start, toks[k]!.end).some((m) => m.kind === "organization");
  // "Officials in Hungary", "authorities at the port" act for the body or place named: they are no group of their own.
  // Other plurals and relatives only before a named place ("the boy's grandmothers from Cuba, who want …"): those are
  // the subject; "supporters in the capital" are left to the reader asking.
  // ("the boy's great-uncle in the United States": "the" before the place's name.)
  const placeName = /^\p{Lu}/u.test(toks[s]!.text) || (toks[s]!.lower === "the" && /^\p{Lu}/u.test(toks[s + 1]?.text ?? ""));
  if (before && !fromBody && !OFFICIALDOM.test(before.text) && (prep === "in" || prep === "at" || prep === "from" || prep === "across") && (GROUP_NOUNS.has(before.lower) || /^\p{Lu}\p{Ll}/u.test(before.text) || ((isAgentPlural(before.text) || KIN.has(before.lower)) && placeName))) {
    const e = entityEndingAt(ctx, si, toks, s - 2);
    if (e) return e;
  }
  const start = toks[s]!.start;
  const end = toks[k]!.end;
  const named = ctx.store.within(start, end);
  // "Elian's father", "the girl's mother": a relative is another person than the possessor; so is "the father".
  if (KIN.has(t.lower) && !/^\p{Lu}/u.test(t.text)) {
    const kind = /s$|family/.test(t.lower) ? "group" : "person";
    // "Elian's two grandmothers", "two of the boy's Miami cousins": a count or a place between owner and relative.
    let q = k - 1;
    // ("Elian's paternal great-uncle": a word of kinship too.)
    if (q > s && (/^(?:two|three|four|both|paternal|maternal)$/.test(toks[q]!.lower) || /^\p{Lu}\p{Ll}+$/u.test(toks[q]!.text)) && POSSESSIVE.test(toks[q - 1]!.lower)) q--;
    const p = toks[q]?.lower ?? "";
    const possessed = POSSESSIVE.test(p) && named.every((m) => m.end <= toks[q]!.start || m.start >= toks[q]!.end);
    if (possessed) {
      // The owner's phrase starts the name, not a partitive before it ("two of").
      let a = q - 1;
      while (a > s && q - a < 4 && toks[a - 1]!.lower !== "of") a--;
      if (k - a <= 5) return ctx.store.group(ctx.text.slice(toks[a]!.start, end), toks[a]!.start, end, kind);
    }
    if (k - s <= 4 && /^(?:the|two|both|three|four)$/.test(p) && k <= s + 2) {
      // "the father's request" when the story names one person in that role ("Juan Miguel Gonzalez, the boy's father"): him.
      const holders = p === "the" ? [...ctx.store.byKey.values()].filter((e) => e.kind === "person" && wholeWordOffsets((e.role ?? "").toLowerCase(), t.lower, 1).length > 0) : [];
      if (holders.length === 1) return holders[0];
      return ctx.store.group(ctx.text.slice(start, end), start, end, kind);
    }
  }
  // "About 300 Kosovo Albanians": a people named by a place and a plural is a group, not the place.
  const people = named.length && /^\p{Lu}\p{Ll}+s$/u.test(t.text) && !named.some((m) => m.end > t.start) ? named[named.length - 1]! : undefined;
  if (people && people.kind === "country" && people.end + 1 >= t.start && !/^(?:Is|Has|Was|Does|States|Nations|Affairs|Forces|News|Times)$/.test(t.text)) {
    return ctx.store.group(ctx.text.slice(people.start, t.end), people.start, t.end);
  }
  // "Halvard's creditors", "the Kessel company's main lenders", "Northwind employees": a party of their own beside the
// body that names them, not the body.
  const body = named.length ? named[named.length - 1]! : undefined;
  if (body && body.end <= t.start && /^\p{Ll}+s$/u.test(t.text) && (isAgentPlural(t.text) || OTHER_PARTIES.has(t.lower) || ADVERSARIES.test(t.lower)) && !OFFICIALDOM.test(t.text) && !ACTS_FOR_OWNER.test(t.lower)) {
    const between = toks.filter((q) => q.start >= body.end && q.end <= t.start);
    // Also named by the body before it, with no possessive: "more than 600 Northwind employees".
    const attributive = !between.length && (OTHER_PARTIES.has(t.lower) || WORKFORCE.has(t.lower) || ADVERSARIES.test(t.lower));
    if (attributive || (between.length && POSSESSIVE.test(between[0]!.lower) && between.slice(1).every((q) => /^\p{Ll}/u.test(q.text) && !DETERMINERS.has(q.lower)))) {
      return ctx.store.group(ctx.text.slice(body.start, t.end), body.start, t.end);
    }
  }
  if (named.length) {
    // English noun phrases end in their head: "Kremlin spokesman Dmitry Peskov", "Canada's Foreign Minister
    // Melanie Joly". Before "of"/"for" the head is what precedes it ("the leader of the union" → the union only
    // when nothing precedes). Coordinated subjects ("Macron and Scholz") give the first: a joined "Macron and Scholz"
    // would name no actor, and one demand per demander lists the act twice where gold lists it once, with either name.
    const np = toks.slice(s, k + 1);
    // An "and" inside a name ("Immigration and Naturalization Service") coordinates nothing.
    const andAt = np.findIndex((q) => q.lower === "and" && !named.some((m) => m.start < q.start && m.end > q.end));
    if (andAt >= 0 && named.some((m) => m.start < np[andAt]!.start)) return ctx.store.get(named[0]!.key);
    const ofAt = np.findIndex((q) => q.lower === "of" || q.lower === "for");
    const last = named[named.length - 1]!;
    // "The UN security council insists …", "the EU farm committee": a body inside the one named speaks as itself.
    if (last.kind === "organization" && BODY_HEADS.test(t.text) && last.end <= t.start && np.every((q) => q.end <= last.end || /^\p{Ll}[\p{Ll}-]*$/u.test(q.text))) {
      return ctx.store.group(ctx.text.slice(last.start, end), last.start, end, "organization");
    }
    // "U.S. Secretary of State Madeleine Albright", "Chief of Staff Ann Roe": the "of" is inside a title, and the person
    // whose name ends the phrase is its head, not the country before the title.
    const title = ofAt > 0 && /^\p{Lu}/u.test(np[ofAt - 1]!.text) && ROLE_NOUNS.has(np[ofAt - 1]!.lower);
    if (title && last.kind === "person" && last.end === end && np.slice(ofAt + 1).every((q) => q.start >= last.start || /^\p{Lu}/u.test(q.text))) return ctx.store.get(last.key);
    const head = ofAt >= 0 ? named.filter((m) => m.start < np[ofAt]!.start) : named;
    // "Supporters of Gen. Sani Abacha": a crowd named by whom it backs is that crowd, not the person it backs.
    const firstNamed = np.findIndex((q) => q.start >= named[0]!.start);
    const crowdOf = np.findLastIndex((q, x) => x < firstNamed && (q.lower === "of" || q.lower === "for"));
    const crowd = crowdOf > 0 ? np[crowdOf - 1]! : undefined;
    if (!head.length && crowd && firstNamed - crowdOf <= 4 && (/^\p{Ll}/u.test(crowd.text) || crowd.start === ctx.sentences[si]!.start) && (GROUP_NOUNS.has(crowd.lower) || isAgentPlural(crowd.text)) && !OFFICIALDOM.test(crowd.text)) {
      let g0 = crowdOf - 1;
      while (g0 > 0 && /^\p{Ll}/u.test(np[g0 - 1]!.text) && !DETERMINERS.has(np[g0 - 1]!.lower) && !QUANTIFIERS.has(np[g0 - 1]!.lower) && np[g0 - 1]!.lower !== "of") g0--;
      return ctx.store.group(ctx.text.slice(np[g0]!.start, end), np[g0]!.start, end);
    }
    // "the most obdurate foes of Castro": an adversary of X is never X.
    if (!head.length && crowd && firstNamed - crowdOf <= 4 && ADVERSARIES.test(crowd.lower)) return ctx.store.group(ctx.text.slice(crowd.start, end), crowd.start, end);
    const pick = head.length ? head[head.length - 1]! : named[0]!;
    return ctx.store.get(pick.key);
  }
  const words = toks.slice(s, k + 1);
  // "its members", "her group": the owner.
  // Only those who act for the owner: "his kidnappers" are not him.
  const owner = POSSESSIVE_PRONOUNS[words[0]!.lower];
  if (owner && words.length > 1 && ACTS_FOR_OWNER.test(words[words.length - 1]!.lower)) return resolvePronoun(ctx, si, words[0]!, owner);
  // "her supporters": a crowd of its own, named by whom it backs.
  const backed = owner && words.length === 2 && /^(?:supporters|followers)$/.test(words[1]!.lower) ? resolvePronoun(ctx, si, words[0]!, owner) : undefined;
  if (backed) return ctx.store.group(`${backed.name}'s ${words[1]!.lower}`, words[0]!.start, words[1]!.end);
  // "Hospital executives": a word that ends exactly one organisation's name.
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w.text)) continue;
    const orgs = ctx.store.orgsEndingWith(w.text);
    if (orgs.length === 1) return orgs[0];
  }
  // "Acquisition has launched a suit …" after "DD Acquisition Corp.": a bare word that ends exactly one company's name
  // before its legal suffix.
  if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!.text)) {
    const w = words[0]!.text;
    const firms = [...ctx.store.byKey.values()].filter((e) => e.kind === "organization" && LEGAL_SUFFIX.test(e.name) && e.name.replace(LEGAL_SUFFIX, "").split(" ").pop() === w);
    if (firms.length === 1) return firms[0];
  }
  // "Forty members of the state Assembly", "residents of the valley": a crowd named by where it belongs, as written.
  // The crowd may open the sentence ("Residents of Dunmere …") or follow a count ("Thousands of residents of Dunmere").
  const crowdWord = (q: Token) =>
    (/^\p{Ll}/u.test(q.text) || q.start === ctx.sentences[si]!.start) && (isAgentPlural(q.text) || GROUP_NOUNS.has(q.lower) || q.lower === "members") && !OFFICIALDOM.test(q.text);
  const ofAt = words.findIndex((q, n) => q.lower === "of" && n > 0 && crowdWord(words[n - 1]!));
  if (ofAt > 0 && words.length - ofAt <= 5) {
    // After a count with its own "of" the crowd starts at its noun: "residents of Dunmere", not "Thousands of residents …".
    const from = words.slice(0, ofAt - 1).some((q) => q.lower === "of") ? ofAt - 1 : DETERMINERS.has(words[0]!.lower) ? 1 : 0;
    // The phrase reaches the capitalised name that ends it ("the state Assembly"), which the walk may have left.
    let e = k;
    while (/^\p{Lu}\p{Ll}+$/u.test(toks[e + 1]?.text ?? "") && !TIME_WORDS.has(toks[e + 1]!.lower)) e++;
    return ctx.store.group(ctx.text.slice(words[from]!.start, toks[e]!.end), words[from]!.start, toks[e]!.end);
  }
  // Group nouns: "protesters", "striking nurses", "the kidnappers".
  const gi = words.findLastIndex((q, n) => GROUP_NOUNS.has(q.lower) || (n === words.length - 1 && (isAgentPlural(q.text) || countedPeople(words, n) || (COLLECTIVE_PLURALS.has(q.lower) && n > 0))));
  // "the main opposition party", "a farmers union": the group noun only says which body.
  const bodyHead = gi >= 0 && gi < words.length - 1 && INSTITUTIONS.has(words[words.length - 1]!.lower);
  if (gi >= 0 && !bodyHead) {
    // Modifiers before the head, capitalised only at a sentence start: "Opposition lawmakers", "striking nurses".
    let g0 = gi;
    const modifier = (q: Token) =>
      !DETERMINERS.has(q.lower) && !QUANTIFIERS.has(q.lower) && q.lower !== "of" && (/^\p{Ll}/u.test(q.text) || (q.start === ctx.sentences[si]!.start && (isCommonWord(q.text) || hasAdjectiveEnding(q.text))));
    while (g0 > 0 && modifier(words[g0 - 1]!)) g0--;
    // "patients' groups", "Patients' rights groups", "the teachers' unions": a plural possessor says whose collective it is.
    if (g0 > 1 && /^['’]$/.test(words[g0 - 1]!.text) && /s$/.test(words[g0 - 2]!.text) && words[g0 - 2]!.end === words[g0 - 1]!.start) g0 -= 2;
    // "the Catholic minority", "the Kurdish community": a collective is named by the people it is made of.
    if (g0 === gi && g0 > 0 && /^(?:minority|majority|community|population)$/.test(words[gi]!.lower) && /^\p{Lu}\p{Ll}/u.test(words[g0 - 1]!.text)) g0--;
    // "groups" alone says nothing of who: only "environmental groups", "aid organizations".
    if (g0 === gi && COLLECTIVE_PLURALS.has(words[gi]!.lower)) return undefined;
    const phrase = ctx.text.slice(words[g0]!.start, words[gi]!.end);
    return ctx.store.group(phrase, words[g0]!.start, words[gi]!.end);
  }
  const part = partitiveCrowd(ctx, words);
  if (part) return part;
  const resolved = resolveAnaphor(ctx, si, words);
  if (resolved) return resolved;
  // "a Dutch company has sought approval …" with the company never named after it: the company, as written.
  const last = words[words.length - 1];
  if (last && /^(?:a|an)$/.test(words[0]!.lower) && words.length <= 4 && UNNAMED_FIRMS.has(last.lower) && words.slice(1, -1).some((w) => /^\p{Lu}/u.test(w.text))) {
    return ctx.store.group(ctx.text.slice(words[0]!.start, last.end), words[0]!.start, last.end, "organization");
  }
  // "The union demanded …" with no union named: the union itself, as written.
  const head = words[words.length - 1];
  // "Tarvania's main opposition party", with no party named: the body, as written.
  const possessor = words.findIndex((w) => POSSESSIVE.test(w.text));
  if (head && possessor > 0 && possessor < words.length - 2 && INSTITUTIONS.has(head.lower) && /^\p{Lu}/u.test(words[0]!.text)) {
    return ctx.store.group(ctx.text.slice(words[0]!.start, head.end), words[0]!.start, head.end, "organization");
  }
  if (head && words[0]!.lower === "the" && INSTITUTIONS.has(head.lower)) {
    // "The university had sought an injunction", after the University of Toronto: the one body of that kind.
    const word = head.lower.charAt(0).toUpperCase() + head.lower.slice(1);
    const bodies = [...ctx.store.byKey.values()].filter((e) => e.kind === "organization" && e.name.split(" ").includes(word));
    if (words.length === 2 && bodies.length === 1) return bodies[0];
    const phrase = `the ${ctx.text.slice(words[1]!.start, head.end)}`;
    return ctx.store.group(phrase, words[0]!.start, head.end, head.lower === "judge" ? "person" : "organization");
  }
  // "A farmers union demanded …", never named after: the body, as written.
  if (head && (words[0]!.lower === "a" || words[0]!.lower === "an") && words.length >= 3 && words.length <= 4 && INSTITUTIONS.has(head.lower) && words.slice(1).every((w) => /^\p{Ll}/u.test(w.text))) {
    return ctx.store.group(`${words[0]!.lower} ${ctx.text.slice(words[1]!.start, head.end)}`, words[0]!.start, head.end, head.lower === "judge" ? "person" : "organization");
  }
  // "The mayor demanded …" with no mayor named: the office holder, as written.
  if (head && words[0]!.lower === "the" && words.length <= 4 && OFFICE_HOLDERS.has(head.lower)) {
    return ctx.store.group(`the ${ctx.text.slice(words[1]!.start, head.end)}`, words[0]!.start, head.end, "person");
  }
  return undefined;
}

// Roles whose holders assess rather than act: their "must" is commentary (see isCommentator in demands.ts).
const OBSERVER_ROLES = /^(?:analyst|expert|economist|professor|researcher|fellow|scholar|strategist|historian|correspondent|presenter|host|member|resident|head|chief|general|owner|student|worker|employee|hostage)s?$/;
/**
 * The subject "The doctor" in "The doctor told him to …", "his editors" in "his editors would ask him to …": a person,
 * or people, the story names only by a role noun after "the" or an owner. The one named person who holds that role,
 * else the phrase as written. Only for an agent: an addressee the story does not name stays in the content.
 */
function roleSubject(ctx: DemandContext, toks: Token[], k: number): Entity | undefined {
  let s = k;
  while (s > 0 && k - s < 3) {
    const p = toks[s - 1]!;
    if (DETERMINERS.has(p.lower) || POSSESSIVE_PRONOUNS[p.lower]) return roleAgent(ctx, toks.slice(s - 1, k + 1));
    if (/^(?:'s|’s)$/.test(p.lower) && s >= 2) return roleAgent(ctx, toks.slice(DETERMINERS.has(toks[s - 3]?.lower ?? "") ? s - 3 : s - 2, k + 1));
    if (!/^\p{Ll}+$/u.test(p.text) || !isAdjective(p.lower)) return undefined;
    s--;
  }
  return undefined;
}

function roleAgent(ctx: DemandContext, words: Token[]): Entity | undefined {
  const head = words[words.length - 1]!;
  if (words.length < 2 || words.length > 4 || !/^\p{Ll}+$/u.test(head.text)) return undefined;
  const plural = !ROLE_NOUNS.has(head.lower) && /s$/.test(head.lower) && ROLE_NOUNS.has(head.lower.slice(0, -1));
  if ((!plural && !ROLE_NOUNS.has(head.lower)) || OBSERVER_ROLES.test(head.lower) || KIN.has(head.lower) || NOT_AGENTS.has(head.lower)) return undefined;
  const first = words[0]!.lower;
  if (first !== "the" && !POSSESSIVE_PRONOUNS[first] && !words.some((w) => /^(?:'s|’s)$/.test(w.lower))) return undefined;
  const noun = plural ? head.lower.slice(0, -1) : head.lower;
  const holders = [...ctx.store.byKey.values()].filter((e) => e.kind === "person" && wholeWordOffsets((e.role ?? "").toLowerCase(), noun, 1).length > 0);
  if (!plural && holders.length === 1) return holders[0];
  if (holders.length) return undefined;
  return ctx.store.group(ctx.text.slice(words[0]!.start, head.end), words[0]!.start, head.end, plural ? "group" : "person");
}

// Words that count or take a part of a crowd: "a string of", "a handful of", "every one of", "tens of thousands of".
const PARTITIVES = new Set(["string", "number", "handful", "group", "series", "dozen", "dozens", "hundreds", "thousands", "tens", "scores", "couple", "host", "majority", "minority", "one", "two", "three", "four", "five", "several", "many", "some", "most", "all", "each", "few", "both"]);
// Plurals that are things, not people, however counted: "a number of studies urged …" is the studies' authors'.
const THING_PLURALS = /(?:ments|tions|sions|ness|ities|ings|ics|ures)$|^(?:studies|policies|surveys|polls|reports|papers|documents|letters|statements|proposals|rules|laws|bills|measures|guidelines|articles|editorials|times|years|days|weeks|months|things|ways|cases|issues|questions|others)$/;
/**
 * "A string of former guerrillas called for …", "every one of his colleagues wanted …": part of a crowd the story names
 * only by a plural speaks as that crowd, as written (modifiers kept, the article or possessive dropped). Else undefined.
 */
function partitiveCrowd(ctx: DemandContext, words: Token[]): Entity | undefined {
  const of = words.findIndex((q) => q.lower === "of");
  const head = words[words.length - 1]!;
  if (of < 1 || !PARTITIVES.has(words[of - 1]!.lower) || words.length - of > 5) return undefined;
  if (!/^\p{Ll}{3,}s$/u.test(head.text) || /ss$/.test(head.lower) || NOT_AGENTS.has(head.lower) || THING_PLURALS.test(head.lower) || WRITTEN.has(head.lower)) return undefined;
  let a = of + 1;
  while (a < words.length - 1 && (DETERMINERS.has(words[a]!.lower) || POSSESSIVE_PRONOUNS[words[a]!.lower])) a++;
  if (!words.slice(a, -1).every((q) => /^\p{Ll}[\p{Ll}-]*$/u.test(q.text))) return undefined;
  return ctx.store.group(ctx.text.slice(words[a]!.start, head.end), words[a]!.start, head.end);
}

const UNNAMED_FIRMS = new Set(["company", "firm", "bank", "investor", "conglomerate", "automaker", "carmaker", "manufacturer", "retailer", "insurer", "lender", "group"]);
// "islanders", "commuters", "mourners", "pacifists": plural agent nouns the group list lacks act as groups too.
const NOT_AGENTS = new Set(["others", "numbers", "papers", "letters", "orders", "matters", "answers", "members", "centers", "centres", "dollars", "years", "hours", "reporters", "journalists", "speakers", "writers", "readers", "viewers", "listeners", "users", "markets", "talents", "incidents", "documents", "statements", "comments", "agreements", "elements", "governments", "parents", "layers", "towers", "waters", "chambers", "quarters", "headquarters", "filters", "borders", "tents", "events", "percents", "cents", "parts", "students"]);
const isAgentPlural = (w: string) => (/^\p{L}\p{Ll}{2,}(?:ers|ists|ians)$/u.test(w) || /^(?:migrants|immigrants|participants|claimants|applicants|mourners|crowds?|throngs?)$/i.test(w) || OFFICIALDOM.test(w)) && !NOT_AGENTS.has(w.toLowerCase());
// "Thousands of people rallied …", "some 500 people marched": people counted as a crowd act as one.
const countedPeople = (words: Token[], n: number) =>
  words[n]!.lower === "people" && ((words[n - 1]?.lower === "of" && /^(?:thousands|hundreds|dozens|scores|millions|tens)$/.test(words[n - 2]?.lower ?? "")) || /^\d[\d,]*$/.test(words[n - 1]?.lower ?? ""));
// Those who work for or hold a stake in a body, named by it, act as a side of their own: "Boeing workers".
const WORKFORCE = new Set(["workers", "shareholders", "stockholders", "bondholders", "customers", "lenders", "suppliers", "pilots", "nurses", "drivers", "teachers", "miners", "dockers", "engineers", "doctors", "staffers"]);
// Plurals of people who deal with a body from outside it, not formed like "lenders": "Halvard's creditors".
const OTHER_PARTIES = new Set(["creditors", "investors", "employees", "residents", "tenants", "neighbors", "neighbours", "victims", "patients", "students", "parents", "citizens", "clients", "donors", "contractors"]);
const ADVERSARIES = /^(?:foes|enemies|opponents|critics|rivals|detractors|adversaries)$/;
const KIN = new Set(["father", "mother", "stepfather", "stepmother", "parents", "grandmother", "grandmothers", "grandfather", "grandparents", "widow", "widower", "family", "uncle", "aunt", "cousins", "cousin", "relatives", "great-uncle", "nephew", "niece", "grandson", "granddaughter", "son", "daughter", "wife", "husband", "brother", "sister"]);
// (Not "supporters" or "followers": "Abacha's supporters urged him to run" are a crowd of their own, as "supporters of
// Abacha" are.)
const ACTS_FOR_OWNER = /^(?:members?|group|team|party|government|administration|ministry|office|aides?|lawyers?|attorneys?|spokes(?:man|woman|person)|representatives?|envoys?|negotiators?|officials?|leaders?|leadership|management|campaign|staff|family|allies|union|company|firm|board|delegation|side|camp|movement|organi[sz]ation|coalition|alliance|legal team)$/;

/** How far back (in characters) an anaphor or pronoun looks for its antecedent. */
const NOUN_PHRASE_OPENERS = new Set(["a", "an", "the", "its", "his", "her", "their", "our", "your", "my"]);
// Plural collectives that act when a modifier says which: "environmental groups", "aid organizations".
const COLLECTIVE_PLURALS = new Set(["groups", "organizations", "organisations", "charities", "agencies", "associations"]);
// Offices whose holder acts in his own name (not a spokesman's, who speaks for someone else).
const OFFICE_HOLDERS = new Set(["mayor", "governor", "president", "minister", "premier", "chancellor", "prosecutor", "sheriff", "commissioner", "king", "queen", "senator", "congressman", "congresswoman", "ombudsman", "magistrate"]);
const POSSESSIVE = /^['’]s?$/;
const LOOKBACK = 2500;

const QUANTIFIERS = new Set(["all", "some", "many", "most", "several", "few", "both", "other", "more", "about", "than", "thousands", "hundreds", "dozens"]);
const INSTITUTIONS = new Set(["league", "utility", "union", "association", "coalition", "company", "firm", "government", "court", "judge", "regulator", "agency", "council", "ministry", "city", "hospital", "school", "district", "board", "administration", "police", "committee", "commission", "university", "airline", "automaker", "manufacturer", "employer", "landlord", "developer", "state", "county", "bank", "legislature", "parliament", "congress", "senate", "assembly", "cabinet", "tribunal", "panel", "jury", "trust", "authority", "department", "bureau", "foundation", "charity", "federation", "party", "army", "military", "prosecution", "campaign"]);


// "the company", "the union", "the court", "the alliance", "the government", "the administration".
/** Who filed the suit the sentence before (or two before) reports: the subject of "filed suit", "brought a lawsuit". */
function filerBefore(ctx: DemandContext, si: number): Entity | undefined {
  for (let p = si - 1; p >= Math.max(0, si - 2); p--) {
    const s = ctx.sentences[p]!;
    const toks = tokenize(ctx.text, s.start, s.end);
    const v = toks.findIndex((q, x) => FILES.test(q.lower) && toks.slice(x + 1, x + 5).some((w) => SUITS.test(w.lower)));
    if (v > 0) return subjectOf(ctx, p, toks, v);
  }
  return undefined;
}

// Words that end or mark a business's name, for "the company"; a bank's or thrift's for "the bank", "the thrift".
const BANK_NAME = /\b(?:Bank|Bancorp|Banc|Savings|Loan|Thrift|Trust|Federal Savings)\b/;
const BUSINESS_NAME = new RegExp(String.raw`\b(?:Corp|Inc|Co|Company|Motors|Ltd|Group|Industries|Technologies|Airlines|Airways|Foods|Pharmaceuticals|LLC|PLC|Holdings|Brands|Electric|Energy|Systems|Communications|Enterprises|Resources|Stores|Mills|Petroleum|Oil|Chemical|Chemicals|Steel|Mining|Media|Entertainment|Insurance|Financial|Materials)\b|${BANK_NAME.source}`);
export function resolveAnaphor(ctx: DemandContext, si: number, words: Token[], definite = false): Entity | undefined {
  const head = words[words.length - 1]?.lower;
  if (!head) return undefined;
  // "the company" points back; "a federal judge", "a Dutch company" introduce one, named after it if at all.
  // (A noun modifying another, "department policy", is definite without "the".)
  const indefinite = words[0]!.lower === "a" || words[0]!.lower === "an";
  // Bare "management" in business news is the company's own: "after management recommended …".
  if (!definite && !indefinite && head !== "management" && !words.some((w) => w.lower === "the" || w.lower === "this" || w.lower === "that" || POSSESSIVE.test(w.text))) return undefined;
  const at = words[0]!.start;
  // Six sentences back, but never further than a few paragraphs of text (a run without full stops is one "sentence").
  const from = Math.max(ctx.sentences[Math.max(0, si - 6)]!.start, at - LOOKBACK);
  const test: Record<string, (e: Entity) => boolean> = {
    company: (e) => e.kind === "organization" && BUSINESS_NAME.test(e.name),
    management: (e) => e.kind === "organization" && BUSINESS_NAME.test(e.name),
    firm: (e) => e.kind === "organization" && /\b(?:Corp|Inc|Co|Company|Ltd|Group|LLC|PLC|Holdings|Partners)\b/.test(e.name),
    investor: (e) => e.kind === "organization" && /\b(?:Capital|Partners|Management|Investments|Fund|Advisors|Advisers)\b/.test(e.name),
    automaker: (e) => e.kind === "organization",
    conglomerate: (e) => e.kind === "organization",
    manufacturer: (e) => e.kind === "organization",
    maker: (e) => e.kind === "organization",
    carmaker: (e) => e.kind === "organization",
    retailer: (e) => e.kind === "organization",
    producer: (e) => e.kind === "organization",
    supplier: (e) => e.kind === "organization",
    operator: (e) => e.kind === "organization",
    lender: (e) => e.kind === "organization",
    thrift: (e) => e.kind === "organization" && BANK_NAME.test(e.name),
    bank: (e) => e.kind === "organization" && BANK_NAME.test(e.name),
    insurer: (e) => e.kind === "organization",
    commission: (e) => /\bCommission\b/.test(e.name),
    utility: (e) => /\b(?:Authority|Utility|Utilities|Water|Power|Electric|Energy|Gas)\b/.test(e.name),
    league: (e) => /\b(?:League|NBA|NFL|NHL|MLB|FIFA|UEFA)\b/.test(e.name),
    committee: (e) => /\bCommittee\b/.test(e.name),
    party: (e) => /\bParty\b/.test(e.name),
    union: (e) => e.kind === "organization" && /\b(?:Union|Workers|Federation|Association|Guild|Teamsters)\b/.test(e.name),
    association: (e) => e.kind === "organization" && /\b(?:Association|Union|Federation|Society|Coalition)\b/.test(e.name),
    coalition: (e) => e.kind === "organization" && /\b(?:Coalition|Alliance|Coordinator|Network|Front)\b/.test(e.name),
    court: (e) => e.kind === "organization" && /\bCourt\b/.test(e.name),
    judge: (e) => e.kind === "person" && /\b(?:Judge|Justice|Magistrate|judge)\b/.test(e.role ?? ""),
    alliance: (e) => e.name === "NATO" || /\bAlliance\b/.test(e.name),
    bloc: (e) => e.name === "European Union" || e.name === "ASEAN" || e.name === "African Union",
    council: (e) => /\bCouncil\b/.test(e.name),
    ministry: (e) => /\bMinistry\b/.test(e.name),
    department: (e) => /\bDepartment\b/.test(e.name),
    agency: (e) => /\b(?:Agency|Administration|Commission|Authority)\b/.test(e.name),
    regulator: (e) => /\b(?:Agency|Administration|Commission|Authority|Regulator)\b/.test(e.name),
    government: (e) => e.kind === "country",
    administration: (e) => e.name === "United States",
    kremlin: (e) => e.name === "Russia",
    hospital: (e) => /\b(?:Hospital|Clinic|Health)\b/.test(e.name),
    school: (e) => /\b(?:School|Academy|College|University)\b/.test(e.name),
    district: (e) => /\bDistrict\b/.test(e.name),
    city: (e) => /\bCity\b/.test(e.name),
    group: (e) => e.kind === "group" || e.kind === "organization",
  };
  // "A group of shareholders filed suit … . The suit asks the court to …": a suit speaks for whoever filed it.
  if (SUITS.test(head) && head !== "action" && !indefinite) return filerBefore(ctx, si);
  if (head === "parent" && !indefinite) return parentCompany(ctx, at, from);
  const t = Object.hasOwn(test, head) ? test[head] : undefined;
  if (!t) return undefined;
  // "the government" unqualified is the story's own country, the one named most so far, not the last one named
  // ("… U.S. Secretary of State Antony Blinken … Families in Tel Aviv demanded that the government accept a deal").
  if (head === "government" && !indefinite && words.length <= 2) {
    // Two countries named as often: no guess.
    let best: Entity | undefined;
    let most = 0;
    let tied = false;
    for (const e of ctx.store.byKey.values()) {
      if (e.kind !== "country") continue;
      const n = e.mentions.filter((m) => m.start < at).length;
      if (n > most) [best, most, tied] = [e, n, false];
      else if (n === most && n > 0) tied = true;
    }
    if (tied) return undefined;
    if (best) return best;
  }
  if (indefinite) {
    const until = ctx.sentences[Math.min(ctx.sentences.length - 1, si + 3)]!.end;
    // New information: an actor already named before the phrase is not the one it introduces.
    const isNew = (e: Entity) => !e.mentions.length || e.mentions[0]!.start >= at;
    const next = ctx.store
      .within(words[words.length - 1]!.end, until)
      .find((m) => m.start >= words[words.length - 1]!.end && t(ctx.store.get(m.key)!) && isNew(ctx.store.get(m.key)!));
    return next ? ctx.store.get(next.key) : undefined;
  }
  return ctx.store.latestBefore(at, from, (_m, e) => t(e)) ?? shortFormBefore(ctx, from, at, t) ?? lastInText(ctx.store, head, t);
}

// A first word too common to stand for one company alone ("Bank" of Bank of America, "First" of First Citizens Bank).
const GENERIC_FIRST = /^(?:Bank|First|National|American|General|United|New|Western|Eastern|Southern|Northern|Central|International|Royal|Union|Federal|State|City)$/;
/**
 * "Now Control Data is flush with cash. … Noting that the company is offering …": a short form of a company's name,
 * written in the window but no mention of its own, is the latest company named there. Latest in the window wins.
 */
function shortFormBefore(ctx: DemandContext, from: number, at: number, t: (e: Entity) => boolean): Entity | undefined {
  const window = ctx.text.slice(from, at);
  let best: Entity | undefined;
  let bestAt = -1;
  for (const e of ctx.store.byKey.values()) {
    if (e.kind !== "organization" || !t(e)) continue;
    const words = e.name.split(" ");
    if (words.length < 2 || GENERIC_FIRST.test(words[0]!)) continue;
    for (let n = 1; n < words.length; n++) {
      const last = wholeWordOffsets(window, words.slice(0, n).join(" ")).pop() ?? -1;
      if (last > bestAt) [best, bestAt] = [e, last];
    }
  }
  return best;
}

const OWNS_UNIT = /^[^.;]{0,120}?\bits\s+(?:[\p{L}.-]+\s+){0,3}(?:units?|subsidiar(?:y|ies)|affiliates?|divisions?)\b/u;
/** "the parent" in business news: the latest company named as owning "its U.S. unit", "its subsidiary" before `at`. */
function parentCompany(ctx: DemandContext, at: number, from: number): Entity | undefined {
  let found: Entity | undefined;
  for (const m of ctx.store.within(from, at)) {
    const e = ctx.store.get(m.key);
    if (e?.kind === "organization" && OWNS_UNIT.test(ctx.text.slice(m.end, Math.min(at, m.end + 160)).replace(/^\./, ""))) found = e;
  }
  return found;
}

// The last actor of a kind anywhere in the text, once per store and head word (a full walk each time
// would make a text full of "the company" quadratic).
const lastOfKind = new WeakMap<EntityStore, Map<string, Entity | undefined>>();
function lastInText(store: EntityStore, head: string, test: (e: Entity) => boolean): Entity | undefined {
  let cache = lastOfKind.get(store);
  if (!cache) lastOfKind.set(store, (cache = new Map()));
  if (!cache.has(head)) cache.set(head, store.latestBefore(Infinity, 0, (_m, e) => test(e)));
  return cache.get(head);
}

export function resolvePronoun(ctx: DemandContext, si: number, t: Token, kind: PronounKind): Entity | undefined {
  const from = Math.max(ctx.sentences[Math.max(0, si - 3)]!.start, t.start - LOOKBACK);
  if (kind === "speaker") return speakerOf(ctx, si, t.start);
  if (kind === "person") return personAntecedent(ctx, si, t);
  if (kind === "thing") {
    // "Corvan Capital … said in a letter to Brightwell's board …. It asked the board …": a sentence opening on
    // "It" continues the body the sentence before opened on, not the last one it named.
    const opener = t.start === ctx.sentences[si]!.start ? subjectOpening(ctx, si - 1) : undefined;
    if (opener) return opener;
    const aside = relativeAside(ctx, si, t.start);
    return ctx.store.latestBefore(t.start, from, (m, e) => e.kind !== "person" && !aside(m.start));
  }
  // "Farmers … as their unions …": a group noun earlier in the sentence. The subject of a speech verb wins over
  // one merely named ("… fibers found in the car, officials said they had decided …"), and none comes from an
  // aside between dashes or in parentheses ("_ including fibers found near the house _ officials said they …").
  const s = ctx.sentences[si]!;
  const asides = [...ctx.text.slice(s.start, t.start).matchAll(/\s(?:_|--|—|–)\s[^_—–]*?\s(?:_|--|—|–)\s|\([^)]*\)/g)].map((m) => [s.start + m.index!, s.start + m.index! + m[0].length] as const);
  const inAside = (q: Token) => asides.some(([a, b]) => q.start >= a && q.start < b);
  const before = tokenize(ctx.text, s.start, t.start);
  const groups = before.flatMap((q, x) => ((GROUP_NOUNS.has(q.lower) || isAgentPlural(q.text)) && q.lower !== "opposition" && !inAside(q) ? [x] : []));
  const speaking = groups.findLast((x) => SPEECH_VERB.test(before[x + 1]?.lower ?? ""));
  const gx = speaking ?? groups[0];
  if (gx !== undefined) {
    // With its modifiers, as written: "federal immigration officials".
    let g0 = gx;
    while (g0 > 0 && gx - g0 < 3 && speaking !== undefined && /^\p{Ll}+$/u.test(before[g0 - 1]!.text) && !DETERMINERS.has(before[g0 - 1]!.lower) && !QUANTIFIERS.has(before[g0 - 1]!.lower) && !NP_STOP.has(before[g0 - 1]!.lower) && (isAdjective(before[g0 - 1]!.lower) || !isVerbForm(before[g0 - 1]!.lower))) g0--;
    const at = before[g0]!.start;
    const end = before[gx]!.end;
    return ctx.store.group(g0 === gx ? before[gx]!.lower : ctx.text.slice(at, end), at, end);
  }
  // "The Miami relatives have left unclear … . In hopes of …, they have demanded": the plural subject of the
  // sentence before, before any organisation merely named in it.
  const prior = pluralSubjectBefore(ctx, si);
  if (prior) return prior;
  return (
    ctx.store.latestBefore(t.start, from, (_m, e) => e.kind === "group") ??
    ctx.store.latestBefore(t.start, from, (_m, e) => e.kind === "organization" || e.kind === "country")
  );
}

/** The organisation or country a sentence opens on ("Corvan Capital, run by …, said"), if any. */
function subjectOpening(ctx: DemandContext, si: number): Entity | undefined {
  if (si < 0 || ctx.junk.has(si)) return undefined;
  const s = ctx.sentences[si]!;
  const first = ctx.store.within(s.start, Math.min(s.end, s.start + 80))[0];
  if (!first || first.start - s.start > 4) return undefined;
  const e = ctx.store.get(first.key);
  return e && (e.kind === "organization" || e.kind === "country") ? e : undefined;
}

/**
 * The subject of the nearest earlier sentence when it opens on a plural noun phrase: "The Miami relatives have …"
 * (the group), "Lawyers for Dana Whitfield asked …" (whom the lawyers act for, as "Lawyers for X demanded" is
 * credited to X: the lawyers are the voice, X the party asking). Else undefined.
 */
function pluralSubjectBefore(ctx: DemandContext, si: number): Entity | undefined {
  for (let p = si - 1; p >= Math.max(0, si - 1); p--) {
    if (ctx.junk.has(p)) continue;
    const ps = ctx.sentences[p]!;
    const toks = tokenize(ctx.text, ps.start, Math.min(ps.end, ps.start + 200));
    const plural = (q: Token) => /^\p{L}+s$/u.test(q.text) && (GROUP_NOUNS.has(q.lower) || isAgentPlural(q.lower) || /^(?:lawyers|attorneys)$/.test(q.lower));
    // "But Elian's relatives in Miami have …": a leading conjunction, a possessor, and a place after the head.
    let h0 = /^(?:but|and|so|yet)$/i.test(toks[0]?.text ?? "") ? 1 : 0;
    let h = h0;
    while (h < toks.length && h - h0 < 5 && !plural(toks[h]!) && (DETERMINERS.has(toks[h]!.lower) || POSSESSIVE.test(toks[h]!.text) || /^\p{Lu}/u.test(toks[h]!.text) || isAdjective(toks[h]!.lower))) h++;
    const head = toks[h];
    if (!head || !plural(head)) return undefined;
    let v = h + 1;
    if (/^(?:in|from|at)$/.test(toks[v]?.lower ?? "")) {
      let e = v + 1;
      while (e < toks.length && e - v <= 3 && /^\p{Lu}/u.test(toks[e]!.text)) e++;
      if (e > v + 1) v = e;
    }
    const verb = toks[v];
    if (/^(?:for|of)$/.test(verb?.lower ?? "") && ACTS_FOR_OWNER.test(head.lower.replace(/s$/, ""))) {
      // "Lawyers for Dana Whitfield": the party, named right after.
      const party = ctx.store.within(toks[h + 2]?.start ?? ps.end, toks[Math.min(toks.length - 1, h + 6)]!.end)[0];
      return party ? ctx.store.get(party.key) : undefined;
    }
    if (!verb || !/^\p{Ll}+$/u.test(verb.text) || !(AUX.has(verb.lower) || isVerbForm(verb.lower))) return undefined;
    // With its possessor, as written ("Elian's relatives"); otherwise the head alone.
    const possessed = h - h0 >= 2 && POSSESSIVE.test(toks[h - 1]!.text) && /^\p{Lu}/u.test(toks[h0]!.text);
    // "Lena Ortiz's lawyers" act for her.
    const owner = possessed && ACTS_FOR_OWNER.test(head.lower.replace(/s$/, "")) ? ctx.store.within(toks[h0]!.start, toks[h - 1]!.start)[0] : undefined;
    if (owner) return ctx.store.get(owner.key);
    const from = possessed ? toks[h0]!.start : toks[h]!.start;
    return ctx.store.group(ctx.text.slice(from, head.end), from, head.end);
  }
  return undefined;
}

/**
 * Whether an offset lies in a relative clause closed before `at` in sentence si: in "Libya, which took its case against
 * the United States and Britain to the court, said it would …", "it" is Libya, never a name inside the aside.
 */
function relativeAside(ctx: DemandContext, si: number, at: number): (pos: number) => boolean {
  const s = ctx.sentences[si]!;
  const spans: Array<[number, number]> = [];
  for (const m of ctx.text.slice(s.start, at).matchAll(/,\s+(?:which|who)\b[^,;]*,/g)) spans.push([s.start + m.index, s.start + m.index + m[0].length]);
  return (pos) => spans.some(([a, b]) => pos > a && pos < b);
}

/**
 * "he"/"she": a person named earlier in the same sentence ("Kikwete said he …"), else the most prominent
 * person of the nearest sentence before that names one — its first (subject) person, not its last.
 */
function personAntecedent(ctx: DemandContext, si: number, t: Token): Entity | undefined {
  // "Elian Gonzalez's father said … he": the possessor is not who speaks.
  const isPerson = (m: { indirect?: boolean; end: number }, e: Entity) => e.kind === "person" && !m.indirect && !/^['’]s\b/.test(ctx.text.slice(m.end, m.end + 3));
  const s = ctx.sentences[si]!;
  const aside = relativeAside(ctx, si, t.start);
  // "In a letter to Whitfield on Tuesday, she asked …": a person inside the phrase leading up to the pronoun is
  // whom the subject wrote to, met or followed, not the subject.
  const lead = ctx.text.slice(s.start, t.start);
  const frontedEnd = FRONTED_PHRASE.test(lead) && /,\s*$/.test(lead) ? t.start : s.start;
  const same = ctx.store.latestBefore(t.start, s.start, (m, e) => isPerson(m, e) && !aside(m.start) && m.start >= frontedEnd);
  if (same) return same;
  const relative = relationalSpeaker(ctx, s, t.start);
  if (relative) return relative;
  // Three sentences back; a sentence that is all quotation ("``We are friends.''") names no one and does not count.
  for (let p = si - 1, n = 0; p >= 0 && n < 3; p--) {
    if (ctx.junk.has(p)) continue;
    const ps = ctx.sentences[p]!;
    if (!/^(?:``|[“"]).*(?:''|[”"])$/s.test(ps.text)) n++;
    const people = ctx.store.within(ps.start, ps.end).filter((m) => isPerson(m, ctx.store.get(m.key)!));
    // The subject is the person a verb follows ("Brandt insisted"), not one in an apposition or a
    // "where"-clause before it ("where the rebel leader, Tomas Kral, is resisting …, Brandt insisted").
    const subordinate = (m: { start: number }) => /\b(?:where|when|while|although|though|because|since|after|before|if|unless|whom|whose)\b[^,;]*$/i.test(ctx.text.slice(ps.start, m.start));
    const subject = people.find((m) => isVerbAfter(ctx.text, m.end) && !subordinate(m)) ?? people[0];
    if (subject) return ctx.store.get(subject.key);
  }
  return undefined;
}

const FRONTED_PHRASE = /^(?:In|At|After|During|On|Before|Following|With|Without|Despite|Under|According to|Speaking to|Asked about)\b[^;]*$/;

function isVerbAfter(text: string, at: number): boolean {
  const w = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(text.slice(at, at + 40));
  return !!w && isVerbForm(w[1]!) && !isAdjective(w[1]!) && !DETERMINERS.has(w[1]!) && !/^(?:and|or|of|for|to|in|on|at|with)$/.test(w[1]!);
}

const RELATIONAL_HEAD = new RegExp(String.raw`(?:^|[\s(])((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s\s+((?:\p{Ll}+\s+)?(\p{Ll}+))\s+(?:\p{Ll}+ly\s+)?(?:${SPEECH})\b`, "u");
const SPEECH_WORD = new RegExp(String.raw`\b(?:${SPEECH})\b`);
const RELATIONAL_OPENING = /^\s*((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s\s+((?:\p{Ll}+\s+)?(\p{Ll}+)),\s+(?:who|whose)\b/u;
/**
 * "Elian Gonzalez's father said … that he wants …": the speaker is the person the possessive phrase names,
 * not the possessor. With no name for that person, the phrase itself names them, as written.
 */
function relationalSpeaker(ctx: DemandContext, s: TextSpan, before: number): Entity | undefined {
  // Also a relative opening the sentence with an aside before the verb: "Pell's stepmother, who married …, said".
  const span = ctx.text.slice(s.start, before);
  const m = RELATIONAL_HEAD.exec(span) ?? (SPEECH_WORD.test(span) ? RELATIONAL_OPENING.exec(span) : null);
  if (!m || !(ROLE_NOUNS.has(m[3]!) || KIN.has(m[3]!))) return undefined;
  const start = s.start + m.index + m[0].indexOf(m[1]!);
  const possessor = ctx.store.within(start, start + m[1]!.length).find((x) => x.kind === "person" || x.kind === "organization" || x.kind === "country");
  if (!possessor) return undefined;
  const phrase = `${m[1]}'s ${m[2]}`;
  return ctx.store.group(phrase, start, start + m[1]!.length + 3 + m[2]!.length, "person");
}

// The verbs that attribute a quotation to its speaker, in the quote's own sentence or the next one.
const PRONOUN_ATTRIBUTION = new RegExp(String.raw`^(?:[”"]|'')\s*,?\s*(?:[”"]|'')?\s*(he|she)\s+(?:${SPEECH})\b`, "i");
const ATTRIBUTES = new RegExp(String.raw`\b(?:${SPEECH}|according to)\b`);
const ATTRIBUTION_VERB = new RegExp(String.raw`\b(?:${SPEECH})\b`, "g");

/** Who speaks a quotation: '"We want …," said union leader Jane Roe.' / 'Roe said: "We want …"'. */
export function speakerOf(ctx: DemandContext, si: number, at: number): Entity | undefined {
  const s = ctx.sentences[si]!;
  const tail = ctx.text.slice(at, s.end);
  const close = tail.search(/[”"]|''/);
  const named = (a: number, b: number) => {
    if (!ATTRIBUTES.test(ctx.text.slice(a, b))) return undefined;
    const people = ctx.store.within(a, b).filter((m) => !m.indirect);
    const p = people.find((m) => m.kind === "person") ?? people[0];
    return p ? ctx.store.get(p.key) : undefined;
  };
  // The quote's own attribution first: a name after it, then '"I urge …," he tweeted.' (the person the pronoun
  // points back to), then a name before it. Only then the next sentence, and there only the subject of its
  // speech verb: in '"And we must …," she added, referring to … Milosevic' Milosevic is spoken of, not speaking.
  const after = close >= 0 ? named(at + close, s.end) : undefined;
  if (after) return after;
  const pron = close >= 0 ? PRONOUN_ATTRIBUTION.exec(tail.slice(close)) : null;
  if (pron) {
    const toks = tokenize(ctx.text, at + close, s.end);
    const t = toks.find((q) => q.lower === pron[1]!.toLowerCase());
    if (t) return personAntecedent(ctx, si, t);
  }
  // "Pell's stepmother said: …": the possessor does not speak; the relative does, named as written.
  const before = ATTRIBUTES.test(ctx.text.slice(s.start, at)) ? (relationalSpeaker(ctx, s, at) ?? named(s.start, at)) : undefined;
  if (before) return before;
  const next = si + 1 < ctx.sentences.length ? attributionSubject(ctx, ctx.sentences[si + 1]!) : undefined;
  if (next) return next;
  // An embedded post: its lines, then "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019" signing them.
  const signer = postSigner(ctx, si);
  if (signer) return signer;
  // '"Terrorism is …," he said. "Americans and Africans need to …"': a quotation opening its sentence with no
  // attribution of its own goes on in the voice of the quotation that closed the sentence before.
  if (si > 0 && close >= 0 && /^\s*(?:[“"]|``)/.test(s.text) && !ctx.junk.has(si - 1)) {
    const prev = ctx.sentences[si - 1]!;
    const q = CLOSED_AND_ATTRIBUTED.exec(prev.text);
    if (q) return speakerOf(ctx, si - 1, prev.start + q.index);
  }
  return undefined;
}

// The signature under an embedded social-media post: a dash, the author's name, the handle in parentheses.
const POST_SIGNATURE = /(?:^|\n)\s*[—–-]\s*([^()@\n]{2,60}?)\s*\(@\w{1,30}\)/u;
/**
 * The author of the embedded post sentence si belongs to: the person the signature within it or the next three
 * sentences names (the signature line itself is no mention: the cleaner's byline rules leave it out), else undefined.
 */
function postSigner(ctx: DemandContext, si: number): Entity | undefined {
  for (let n = si; n < Math.min(ctx.sentences.length, si + 4); n++) {
    const sig = POST_SIGNATURE.exec(ctx.sentences[n]!.text);
    if (!sig) continue;
    const name = sig[1]!.trim();
    return [...ctx.store.byKey.values()].find((e) => e.kind === "person" && e.name === name);
  }
  return undefined;
}

// A sentence ending on an attributed quotation: '… culture," he said.', '…," said Jane Roe, the union's leader.'
const CLOSED_AND_ATTRIBUTED = new RegExp(String.raw`(?:[”"]|'')(?=\s*,?\s*(?:[^“”".]{0,60}\s)?(?:${SPEECH})\b[^“”"]{0,60}[.!?]\s*$)`);


/** The speaker a sentence's attribution names: "Roe said", "said Roe", "Roe, the union's leader, added". */
function attributionSubject(ctx: DemandContext, s: TextSpan): Entity | undefined {
  for (const v of s.text.matchAll(ATTRIBUTION_VERB)) {
    const at = s.start + v.index!;
    // The name right after the verb, or the last name before it with nothing but an apposition between.
    const people = ctx.store.within(Math.max(s.start, at - 80), Math.min(s.end, at + v[0].length + 40)).filter((m) => !m.indirect && m.kind === "person");
    const next = people.find((m) => m.start > at && !/[,;]|\b(?:to|against|of|about|on|at|for|with|by|from|in)\b/i.test(ctx.text.slice(at + v[0].length, m.start)));
    if (next) return ctx.store.get(next.key);
    const prev = people.filter((m) => m.end <= at).pop();
    if (prev && /^\s*(?:,[^,]{0,60},\s*)?$/.test(ctx.text.slice(prev.end, at))) return ctx.store.get(prev.key);
  }
  return undefined;
}

export function actorsIn(ctx: DemandContext, start: number, end: number): Entity[] {
  const out: Entity[] = [];
  for (const m of ctx.store.within(start, end)) {
    const e = ctx.store.get(m.key)!;
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

/** Actors named in toks[from, to): mentions, else a group noun or an anaphor ("the company"). */
export function addresseesIn(ctx: DemandContext, si: number, toks: Token[], from: number, to: number): Entity[] {
  if (to <= from) return [];
  const named = actorsIn(ctx, toks[from]!.start, toks[to - 1]!.end);
  if (named.length) return named;
  const e = entityEndingAt(ctx, si, toks, to - 1);
  return e ? [e] : [];
}

export const npEnd = (toks: Token[], from: number) => {
  let k = from;
  while (k < toks.length && !/^[,.;:!?]$/.test(toks[k]!.text) && !NP_STOP.has(toks[k]!.lower) && toks[k]!.lower !== "for" && toks[k]!.lower !== "to") k++;
  return k;
};

/**
 * The subject of the verb at toks[i]. "A unit of DPC launched an offer for Dataproducts, and said it would seek to
 * liquidate …": the "it" after a speech verb is whoever said so, not the company named last.
 */
export function agentOf(ctx: DemandContext, si: number, toks: Token[], i: number): Entity | undefined {
  let p = i - 1;
  while (p > 0 && AUX.has(toks[p]!.lower)) p--;
  if (/^(?:it|they)$/.test(toks[p]?.lower ?? "")) {
    const say = toks[p - 1]?.lower === "that" ? p - 2 : p - 1;
    const speaker = say > 0 && SPEECH_VERB.test(toks[say]!.lower) ? subjectOf(ctx, si, toks, say) : undefined;
    // A company or a state speaks for itself; "A group led by Acme said it …" leaves the "it" to its antecedent.
    if (speaker && (speaker.kind === "organization" || speaker.kind === "country")) return speaker;
    if (say > 0 && SPEECH_VERB.test(toks[say]!.lower)) return resolvePronoun(ctx, si, toks[p]!, SUBJECT_PRONOUNS[toks[p]!.lower]!);
  }
  return subjectOf(ctx, si, toks, i);
}

/** The index of the owner's last word when toks[k] ends a possessive ("Sony's", "Norvik Corp.'s"), else -1. */
export function possessorEnd(toks: Token[], k: number): number {
  if (toks[k]?.lower === "'s") return k - 1;
  // After an abbreviation's period the apostrophe and the "s" are two tokens: "Corp.", "'", "s".
  if (toks[k]?.lower === "s" && /^['’]$/.test(toks[k - 1]?.text ?? "") && toks[k - 1]!.start === toks[k - 2]?.end) return k - 2;
  return -1;
}
