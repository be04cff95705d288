// Demands: sentences where an actor demands, requests, urges, insists on, calls for, wants, presses for
// or requires something — verbs, their spun synonyms ("desires", "needs that"), noun forms ("Russia's
// demand for …", "its calls for …"), "X told Y that … must …", and reported lists ("that A and that B").
import type { DemandDraft } from "../engine.ts";
import type { DemandStatus } from "../../schema/summary.ts";
import type { TextSpan } from "../../text/sentences.ts";
import { tokenize, type Token } from "../../text/tokens.ts";
import type { Entity, EntityStore } from "./actors.ts";
import { hasAdjectiveEnding, isAdjective, isImperative, isPastTense, isVerbForm } from "./lexicon.ts";
import { cameoCode } from "./cameo.ts";
import { demandStatus } from "./status.ts";
import { notADemand, npHead, trimContent } from "./demand-checks.ts";
import { GROUP_NOUNS } from "./gazetteer.ts";
import { readAdviceColumn } from "./demand-advice.ts";
import { conditionScreen, holdOutScreen, readConditions, readHoldOuts, readThreats, threatScreen } from "./demand-conditions.ts";
import { editorialVoice, readEditorialCalls } from "./demand-editorial.ts";
import { readTriggerFamilies } from "./demand-families.ts";
import { readSeekTo } from "./demand-seeking.ts";
import { wantToQuestion } from "./demand-rewards.ts";
import { attributesQuote, QUOTED_REQUEST, readQuotedRequests } from "./demand-quoted-requests.ts";
import { ADVISORY_MODALS, advisoryVerbAt, arguedScreen, conditionalModal, deonticPassive, guessOrConsequence, madeCaseAt, questionModal, readArguedSubjunctive, readRulingNoun, rulingNounScreen } from "./demand-modals.ts";
import { actorsIn, addresseesIn, agentOf, entityEndingAt, npEnd, resolveAnaphor, resolvePronoun, skipTime, speakerOf, subjectOf, TIME_WORDS } from "./demand-agents.ts";
import { AUX, DETERMINERS, isNegation, NOUN_MODIFIERS, NP_STOP, POSSESSIVE_PRONOUNS, SPEECH, SPEECH_VERB, SPEECH_VERBS, SUBJECT_PRONOUNS, sentenceWords, wordScreen } from "./demand-words.ts";

type Lemma =
  | "demand" | "request" | "urge" | "insist" | "call" | "want" | "press" | "ask" | "require" | "need" | "seek"
  | "push" | "appeal" | "order" | "advise" | "plead" | "ultimatum" | "expect" | "move" | "petition" | "tell" | "chant" | "claim";

// A Map, so that a word like "constructor" finds nothing; and looked up at every token, a Map is several times
// faster than an object's keys for the fresh strings a tokenizer makes.
const LEMMAS = new Map<string, Lemma>();
const forms = (lemma: Lemma, words: string) => words.split(" ").forEach((w) => LEMMAS.set(w, lemma));
forms("demand", "demand demands demanded demanding");
forms("request", "request requests requested requesting");
forms("urge", "urge urges urged urging implore implores implored imploring exhort exhorted prompt prompts prompted");
forms("call", "known"); // spun "known as for" = "called for"
forms("insist", "insist insists insisted insisting insistence");
forms("call", "call calls called calling");
forms("want", "want wants wanted desire desires desired");
forms("press", "press presses pressed pressing pressure pressures pressured pressuring");
forms("ask", "ask asks asked asking");
forms("require", "require requires required requiring");
forms("need", "need needs needed");
forms("seek", "seek seeks sought seeking");
forms("push", "push pushes pushed pushing");
forms("appeal", "appeal appeals appealed appealing plea pleas");
forms("order", "order orders ordered ordering");
forms("advise", "advise advises advised advising");
forms("plead", "plead pleads pleaded pled pleading");
forms("urge", "pray prays prayed praying"); // legal prayers: "praying the court to direct the defendants to pay …"
forms("ultimatum", "ultimatum ultimatums");
forms("expect", "expect expects expected expecting"); // only "expects X from Y"
forms("move", "move moves moved motion motions"); // only a motion: "moved that the plenary be adjourned", "a motion for"
forms("petition", "petition petitions petitioned petitioning");
forms("tell", "tell tells told telling instructs instructed directs directed"); // only "told X to …"
forms("chant", "chant chants chanted chanting shout shouts shouted shouting"); // only a quoted imperative
forms("order", "injunction injunctions");
forms("order", "warrant warrants"); // only a noun, "a warrant for X's arrest"
forms("claim", "claim claims claimed claiming"); // only money: "claims $1.5 billion in damages"
// Only as verbs with "for": "Islanders rally for return of seized ferry", "lobbied for a new law".
forms("push", "rally rallied rallying march marched marching protest protested protesting demonstrate demonstrated demonstrating lobby lobbies lobbied lobbying agitate agitated agitating clamor clamored clamour clamoured");

const QUICK = /\b(?:offer|bid|propos|pays? \$|pays? \d|solicit|(?:acquired|bought|purchased) by|(?:hostile|unsolicited|takeover|friendly|formal|informal|million|billion|pound|dollar) approach|(?:plan|intend|aim|want|move|intention|intent|decision)\w* to (?:acquire|buy|purchase|take)|(?:filed|files|filing|submit\w*|present\w*) (?:a|an|its|their|the) [^.;]{0,40}?plan|effort|attempt|campaign|fight|battle|sued|sues|suing|persuade|convince|induce|claim|suit|lawsuit|complaint|like to see|reward|rall|march|protest|demonstrat|lobb|agitat|clamo|until|till|unless|if|told|tell|instruct|direct|chant|shout|injunction|motion|petition|should|ought|argu|contend|maintain|case that|ruling|decision|determination|directive|finding|position|message|stance|pray|expect|moved? that|moves that|moved? to|moves to|no (?:option|choice|alternative) but|on condition|provided that|demand|request|urg|implor|exhort|prompt|known as for|insist|call|want|desir|press|ask|requir|need|seek|sought|push|appeal|plea|pled|order|warrant|advis|warn|caution|challeng|dare|offered|giv(?:e|es|en|ing)\b[^.;]{0,60}?\b(?:minutes?|hours?|days?|weeks?|months?|years?) to|gave\b[^.;]{0,60}?\b(?:minutes?|hours?|days?|weeks?|months?|years?) to|ultimatum|must|have to|has to|duty|obligat|placard|banner|poster|slogan|signs? (?:reading|saying)|(?:that|which) read|invit|summon|subpoena|encourag|appl[yi]|filed for|(?:filed|files|filing) with|hope|wish|suggest|recommend|standards|oblige|mandate|compel|force)/i;

const MAKE_VERBS = new Set(["made", "make", "makes", "making", "issued", "issue", "issues", "submitted", "presented", "repeated", "renewed", "reiterated", "up", "delivered", "sent", "outlined", "voiced", "raised", "listed", "tabled", "put", "laid", "set", "handed", "restated", "has", "have", "had", "delivers", "filed", "file", "files", "lodged", "lodge", "moved", "move", "moves", "launched", "started", "signed", "circulated"]);
// "obtained an injunction requiring …", "won a court order barring …", "sought a warrant for …": whoever obtains an order asked for it.
const OBTAIN_VERBS = /^(?:obtain(?:s|ed)?|w[io]ns?|won|secur(?:e|es|ed)|sought|seeks?|got|gets|request(?:s|ed)?)$/;
const COMM_VERBS = new Set([...SPEECH_VERBS, "tell", "telling", "inform", "informs", "informed", "restate", "restated", "restates", "reiterate", "reiterated", "reiterates", "warn", "insist", "say", "stress", "stresses", "argue", "clear", "demanded", "tweets", "posts"]);
const CLAUSE_CUT_AFTER_COMMA = new RegExp(String.raw`^(?:\w+ing|which|who|whom|whose|according|in line with|in accordance|but|although|though|while|as|even|despite|amid|after|before|since|because|so|said|says|adding|calls|demands|needs|requests|requires|something|an idea|a move|a step|a position|a demand|a request|a condition|an offer|a proposal|a plan|a deal|a call|the (?:official|officials|spokesman|spokeswoman|spokesperson|statement)|in (?:a|an|the|their|its) (?:\w+ )?(?:statement|letter|note|post|interview|speech|video|message|filing)|officials|(?:[\p{L}’'.-]+ ){1,5}(?:${SPEECH})\b|he said|she said|they said|(?:he|she|they|we|I)(?:['’](?:d|ll)\b| (?:would|will|had|has|have|was|were|is|are|could|can|did|does|do)\b)|and (?:they|he|she|it|we|I|the \w+) (?:\w+ )?(?:have|has|had|will|would|are|is|was|were|said|asked|called|urged|also)\b|[“"])`, "iu");
const COMPLEMENT_NOUNS = new Set(["commitment", "guarantee", "guarantees", "assurance", "assurances", "promise", "pledge", "dedication", "undertaking", "declaration", "confirmation", "recognition", "acknowledgement", "acknowledgment", "statement", "written", "proof", "word", "ensures", "warranties", "warranty"]);

export interface DemandContext {
  text: string;
  sentences: TextSpan[];
  junk: Set<number>;
  store: EntityStore;
  /** Sentence index → paragraph index. */
  paragraphOf: (si: number) => number;
  /**
   * Debug only (bench/real-news/agentless.ts), never set by the engine: a stand-in agent for a trigger whose agent was
   * not found, so that the bench can list what such triggers would have become.
   */
  agentless?: (si: number, trigger: number, form: "verb" | "noun") => Entity | undefined;
}

export interface Found {
  by: Entity;
  of: Entity[];
  /** Offsets of the content in the text. */
  start: number;
  end: number;
  /** The content tokens, for list splitting. */
  tokens: Token[];
  sentence: number;
  /** A noun-phrase object ("a pay rise and an end to night shifts"), whose coordinated parts are separate demands. */
  np?: boolean;
  /** A status the trigger's own verb states ("withdrew its offer", "completed its tender offer"), over any cue around it. */
  status?: DemandStatus;
}

// A "sentence" longer than this is no sentence (a run without full stops): it is read in pieces of at most
// this size, so that every scan from a trigger stays bounded and the whole pass is linear in the input.
const MAX_PIECE = 1500;

/** Sentences, with any longer than MAX_PIECE cut at the last space before the limit. */
function boundSentences(ctx: DemandContext): DemandContext {
  if (ctx.sentences.every((s) => s.end - s.start <= MAX_PIECE)) return ctx;
  const sentences: TextSpan[] = [];
  const origin: number[] = [];
  ctx.sentences.forEach((s, si) => {
    let a = s.start;
    while (s.end - a > MAX_PIECE) {
      const cut = ctx.text.lastIndexOf(" ", a + MAX_PIECE);
      const b = cut > a + MAX_PIECE / 2 ? cut : a + MAX_PIECE;
      sentences.push({ start: a, end: b, text: ctx.text.slice(a, b) });
      origin.push(si);
      a = b;
      while (a < s.end && /\s/.test(ctx.text[a]!)) a++;
    }
    if (a < s.end) {
      sentences.push({ start: a, end: s.end, text: ctx.text.slice(a, s.end) });
      origin.push(si);
    }
  });
  const junk = new Set<number>();
  origin.forEach((si, pi) => ctx.junk.has(si) && junk.add(pi));
  return { ...ctx, sentences, junk, paragraphOf: (pi) => ctx.paragraphOf(origin[pi]!) };
}

export function findDemands(whole: DemandContext): DemandDraft[] {
  const ctx = boundSentences(whole);
  // Pass 1: every demand, by sentence.
  const found: Found[] = [];
  const editorial = editorialVoice(ctx);
  ctx.sentences.forEach((s, si) => {
    const paper = editorial && si >= editorial.from ? editorial.paper : undefined;
    if (ctx.junk.has(si)) return;
    // A quoted command or request needs no trigger word: '"Bring our members home," he said.'
    const quoted = QUOTED_REQUEST.test(s.text);
    if (!QUICK.test(s.text) && !paper) {
      if (quoted) found.push(...readQuotedRequests(ctx, si, tokenize(ctx.text, s.start, s.end)));
      return;
    }
    const toks = tokenize(ctx.text, s.start, s.end);
    if (quoted) found.push(...readQuotedRequests(ctx, si, toks));
    if (paper) found.push(...readEditorialCalls(ctx, si, toks, paper));
    for (let i = 0; i < toks.length; i++) {
      const lemma = LEMMAS.get(toks[i]!.lower);
      if (lemma) found.push(...(readTrigger(ctx, si, toks, i, lemma) ?? []));
    }
    // Each reader below runs only where its module's screen finds one of its trigger words.
    const words = sentenceWords(toks);
    if (modalScreen(words)) found.push(...readModalClauses(ctx, si, toks));
    if (arguedScreen(words)) found.push(...readArguedSubjunctive(ctx, si, toks));
    if (rulingNounScreen(words)) found.push(...readRulingNoun(ctx, si, toks));
    if (conditionScreen(words)) found.push(...readConditions(ctx, si, toks));
    if (holdOutScreen(words)) found.push(...readHoldOuts(ctx, si, toks));
    if (threatScreen(words)) found.push(...readThreats(ctx, si, toks));
    if (deadlineScreen(words)) found.push(...readDeadlines(ctx, si, toks));
    if (placardScreen(words)) found.push(...readPlacards(ctx, si, toks));
    found.push(...readTriggerFamilies(ctx, si, toks, words));
  });
  found.push(...readAdviceColumn(ctx));
  const demandSentences = new Set(found.map((f) => ctx.sentences[f.sentence]!.text));

  // Pass 2: split lists, clean, de-duplicate, and read each one's status.
  const out: DemandDraft[] = [];
  const seen = new Set<string>();
  const bySentence = new Map<number, DemandDraft[]>();
  const sameHead = new Map<string, DemandDraft>();
  const forms = new Map<Entity, string[]>();
  for (const e of ctx.store.byKey.values()) forms.set(e, [...new Set([e.name, ...e.mentions.filter((m) => !m.indirect).map((m) => m.surface)])]);
  const nameForms = (e: Entity) => forms.get(e) ?? [e.name];
  // Which actors' names hold each word, built once: a demand's status ignores words of names other than the demander's.
  const nameWordOwners = new Map<string, Set<Entity>>();
  for (const [e, names] of forms) {
    for (const w of names.join(" ").toLowerCase().split(/[^\p{L}]+/u)) {
      if (w) (nameWordOwners.get(w) ?? nameWordOwners.set(w, new Set()).get(w)!).add(e);
    }
  }
  for (const f of found) {
    const si = f.sentence;
    const s = ctx.sentences[si]!;
    for (const part of splitList(f)) {
      const lead = ctx.text.slice(s.start, Math.max(s.start, part.start));
      const what = trimContent(cleanWhat(ctx.text.slice(part.start, part.end)), lead);
      // One word is a whole demand only as the act asked of someone: "called on the minister to resign", not "want you to know".
      if (!what || (what.split(/\s+/).length < 2 && !(f.of.length && /^\p{Ll}+$/u.test(what) && !KNOWING.test(what) && /\bto\s+$/.test(lead)))) continue;
      const by = f.by;
      const of = f.of.filter((e) => e !== by);
      // The cheap drops first: a content already listed, by key or inside the same sentence, is dropped whatever the checks say.
      const key = `${by.key}|${what.toLowerCase()}`;
      if (seen.has(key)) continue;
      // One demand per content: a second trigger inside the same content is the same demand.
      const inSentence = bySentence.get(si) ?? [];
      if (inSentence.some((d) => d.by === by.name && (d.what.includes(what) || what.includes(d.what)))) continue;
      if (notADemand(lead, what, nameForms(by), ctx.text.slice(Math.min(part.end, s.end), s.end))) continue;
      seen.add(key);
      // One act named twice ("its calls for security guarantees", "its demands for new guarantees") is listed once.
      const head = npHead(what);
      const twin = head ? sameHead.get(`${by.key}|${head}`) : undefined;
      if (!twin) {
        by.demandsBy += 1;
        for (const e of of) e.demandsOf += 1;
      }
      // Built at most once per demand: the status reader asks for it for each later sentence.
      let otherNames: string[] | undefined;
      const others = () => {
        if (otherNames) return otherNames;
        const list: string[] = [];
        for (const [e, names] of forms) if (e !== by && !of.includes(e)) list.push(...names);
        return (otherNames = list);
      };
      const ofNames = [...new Set(of.map((e) => e.name))];
      // The naming that says of whom is listed; else the shorter, cleaner one ("political asylum on Elian's behalf"):
      // a twin that loses needs no status read.
      if (twin && !(ofNames.length !== twin.of.length ? ofNames.length > twin.of.length : what.split(/\s+/).length < twin.what.split(/\s+/).length)) continue;
      const draft: DemandDraft = {
        by: by.name,
        of: ofNames,
        what,
        status: f.status ?? demandStatus({
          sentence: s.text,
          content: ctx.text.slice(part.start, part.end),
          next: nextSentence(ctx, si),
          later: nearby(ctx, si, 1, 6),
          earlier: nearby(ctx, si, -1, 3),
          addressees: of.flatMap(nameForms),
          others,
          inOtherName: (w) => [...(nameWordOwners.get(w) ?? [])].some((e) => e !== by),
          isDemandSentence: (t) => demandSentences.has(t),
        }),
        cameo: cameoCode(what),
        evidence: s.text,
      };
      if (twin) {
        Object.assign(twin, draft);
        continue;
      }
      if (head) sameHead.set(`${by.key}|${head}`, draft);
      out.push(draft);
      bySentence.set(si, [...inSentence, draft]);
    }
  }
  return out;
}

/** Sentences after (step 1) or before (step -1) sentence `si`, nearest first, within two paragraphs. */
function nearby(ctx: DemandContext, si: number, step: 1 | -1, count: number): string[] {
  const out: string[] = [];
  for (let n = si + step; n >= 0 && n < ctx.sentences.length && out.length < count; n += step) {
    if (Math.abs(ctx.paragraphOf(n) - ctx.paragraphOf(si)) > 4) break;
    if (!ctx.junk.has(n)) out.push(ctx.sentences[n]!.text);
  }
  return out;
}

function nextSentence(ctx: DemandContext, si: number): string | null {
  const n = si + 1;
  if (n >= ctx.sentences.length || ctx.junk.has(n)) return null;
  if (ctx.paragraphOf(n) - ctx.paragraphOf(si) > 1) return null;
  return ctx.sentences[n]!.text;
}

// ---------------------------------------------------------------------------------------------
// One trigger word.

const ASKING = new Set<Lemma>(["ask", "urge", "press", "call", "request", "petition"]);
/** Whether the "to" at `to` opens the act an earlier asking verb in the clause wants done ("asked the court to …"). */
function requestedAct(toks: Token[], to: number): boolean {
  for (let k = to - 1; k >= Math.max(0, to - 8); k--) {
    const x = toks[k]!;
    if (/^[,;:.!?]$/.test(x.text)) return false;
    const l = LEMMAS.get(x.lower);
    if (l && ASKING.has(l) && /^\p{Ll}/u.test(x.text)) return true;
  }
  return false;
}

function readTrigger(ctx: DemandContext, si: number, toks: Token[], i: number, lemma: Lemma): Found[] | null {
  const t = toks[i]!;
  const prev = toks[i - 1];
  // "asked a federal court to order Halvard to …", "asks the court to require the directors to …": the inner verb is
  // what the asker wants done; the one asked has ordered nothing yet.
  if (prev?.lower === "to" && requestedAct(toks, i - 1)) return null;
  if (lemma === "ultimatum" || (/^pressures?$/.test(t.lower) && toks[i + 1]?.lower === "on") || t.lower === "warrant" || t.lower === "warrants" || t.lower === "insistence" || t.lower === "plea" || t.lower === "pleas") return readNoun(ctx, si, toks, i, lemma);
  // Negated or hypothetical: "did not demand", "never asked".
  const before2 = toks.slice(Math.max(0, i - 2), i).map((x) => x.lower);
  if (before2.some(isNegation)) return null;
  if (deniedSubject(toks, i)) return null;
  // "without seeking approval", "instead of asking the union": what was not asked.
  if (/^\p{Ll}+ing$/u.test(t.text) && (prev?.lower === "without" || (prev?.lower === "of" && toks[i - 2]?.lower === "instead"))) return null;
  // "The relatives could also request a rehearing": an option the story weighs, not a demand made.
  if (/^(?:could|might|may)$/.test(toks[/^(?:also|still|yet|even|then)$/.test(prev?.lower ?? "") ? i - 2 : i - 1]?.lower ?? "")) return null;
  if (hypotheticalLicence(toks, i) || perceivedNeed(toks, i, lemma)) return null;
  // "rally for", "march for": verbs only, never "the March for Life" or the month.
  if (lemma === "push" && !t.lower.startsWith("push") && !/^\p{Ll}/u.test(t.text)) return null;
  // "The union claims compensation": after a name or a noun, "claims" is the verb.
  if (isNounUse(toks, i, lemma) && (lemma !== "claim" || DETERMINERS.has(prev?.lower ?? ""))) return readNoun(ctx, si, toks, i, lemma);
  // "has filed claims totaling $1.5 billion": after a filing verb, "claims" is the noun.
  if (lemma === "claim" && MAKE_VERBS.has(prev?.lower ?? "") && /s$/.test(t.lower)) return readNoun(ctx, si, toks, i, lemma);

  // Passive: "Acme was ordered by the court to …", "was asked to".
  if (prev && ["was", "were", "been", "being", "is", "are", "be"].includes(prev.lower) && /ed$|sought$/.test(t.lower)) return null;

  let j = i + 1;
  for (;;) {
    const x = toks[j]?.lower ?? "";
    if (/^(?:again|also|publicly|repeatedly|formally|explicitly|immediately|instead|now|strongly|hard)$/.test(x)) j++;
    else {
      const after = skipTime(toks, j);
      if (after === j) break;
      j = after;
    }
  }
  const w = toks[j]?.lower ?? "";
  let agent: Entity | undefined | null = null;
  const by = () => (agent === null ? (agent = subjectOf(ctx, si, toks, i) ?? ctx.agentless?.(si, i, "verb")) : agent);

  switch (lemma) {
    case "call": {
      if (t.lower === "known") {
        if (w !== "as" || toks[j + 1]?.lower !== "for") return null;
        j++;
      }
      if (w === "for" || t.lower === "known") {
        // "called for the union to end the strike", "called for Dal Riada, the …, to be expelled".
        const to = addresseeTo(ctx, si, toks, j + 1, by(), 4);
        if (to) return to;
        return clauseOrNp(ctx, si, toks, j + 1, by(), [], true);
      }
      if (w === "on" || w === "upon") return addresseeTo(ctx, si, toks, j + 1, by());
      return null;
    }
    case "insist":
      if (w === "on" || w === "upon") return clauseOrNp(ctx, si, toks, j + 1, by(), [], true);
      if (w === "that") return thatClause(ctx, si, toks, j, by());
      // "insists any deal give inspectors access": a content clause without "that", its subject a noun phrase.
      if (/^(?:any|every|all|the|a|an|its|their|his|her|no)$/.test(w) || /^\p{Lu}/u.test(toks[j]?.text ?? "")) {
        // Only a mandative clause ("any deal give", "the troops must leave"); "insists the report was accurate" asserts.
        // An auxiliary decides ("the audit report was …" asserts); without one, the first verb after the head noun.
        const head = DETERMINERS.has(w) ? j + 1 : j;
        const aux = toks.findIndex((q, x) => x > head && x <= j + 7 && NP_STOP.has(q.lower));
        const verb = aux > 0 ? aux : toks.findIndex((q, x) => x > head && x <= j + 7 && /^\p{Ll}/u.test(q.text) && isVerbForm(q.lower));
        const v = toks[verb]?.lower ?? "";
        // "insist the majority of Americans don't understand …": do-support marks an indicative, an assertion.
        const doSupport = toks.slice(j, verb).some((q) => /^(?:do|does|did|don't|doesn't|didn't|don’t|doesn’t|didn’t)$/.test(q.lower));
        const mandative = !doSupport && (/^(?:must|should)$/.test(v) || (aux < 0 && isVerbForm(v) && !isPastTense(v) && !/(?:s|ing)$/.test(v)));
        if (verb > j && mandative && !toks.slice(j, verb).some((q) => /^[,.;:!?“”"]$/.test(q.text) || NP_STOP.has(q.lower))) return thatClause(ctx, si, toks, j - 1, by(), [], true);
      }
      return null;
    case "push":
      if (w === "for") return clauseOrNp(ctx, si, toks, j + 1, by(), [], true);
      // "has been pushing hard to resolve the case", "lobbied to block the sale": the act pushed for.
      if (w === "to" && /^(?:push|lobb)/.test(t.lower) && /^\p{Ll}+$/u.test(toks[j + 1]?.text ?? "") && isImperative(toks[j + 1]!.lower) && !DETERMINERS.has(toks[j + 1]!.lower)) {
        return clauseOrNp(ctx, si, toks, j + 1, by(), [], false);
      }
      // "pushed the city to ban plastic bags", "lobbied lawmakers for a delay": the one pushed, then the act or the thing.
      // Only a verb after "to" ("pushed prices to record highs" moves a number), and only an actor before "for".
      if (/^(?:push|lobb)/.test(t.lower) && toks[j] && isNpStart(toks[j]!)) {
        const toAt = toks.findIndex((q, x) => x > j && x <= j + 8 && q.lower === "to");
        const verb = toks[toAt + 1];
        if (!forBeforeTo(toks, j) && toAt > j && verb && /^\p{Ll}+$/u.test(verb.text) && isImperative(verb.lower) && !DETERMINERS.has(verb.lower)) {
          const to = addresseeTo(ctx, si, toks, j, by());
          if (to) return to;
        }
        const f = toks.findIndex((q, x) => x > j && x <= j + 6 && q.lower === "for");
        if (f > j && !toks.slice(j, f).some((q) => /^[,.;:!?]$/.test(q.text) || NP_STOP.has(q.lower))) {
          const of = addresseesIn(ctx, si, toks, j, f).filter((e) => e !== by());
          if (of.length) return clauseOrNp(ctx, si, toks, f + 1, by(), of, true);
        }
      }
      return null;
    case "appeal":
    case "plead":
      if (w === "for") return clauseOrNp(ctx, si, toks, j + 1, by(), [], true);
      if (w === "to" || w === "with") return addresseeTo(ctx, si, toks, j + 1, by());
      return null;
    case "press":
    case "petition":
    case "urge":
    case "advise":
    case "order":
    case "ask": {
      // "prayed for rain" is worship; a legal prayer names the court: "praying the court to …".
      if (t.lower.startsWith("pray") && w === "for") return null;
      // Spun "prompted X to" = "urged X to", but only a person prompts: "the fire prompted residents to flee" is no demand.
      // And only with an infinitive: "can prompt threats of harm" causes, it asks no one anything.
      if (t.lower.startsWith("prompt") && (by()?.kind !== "person" || !toks.slice(j, j + 8).some((q) => q.lower === "to"))) return null;
      if (lemma === "ask" && /^(?:whether|if|about|how|what|why|when|where|who|questions?|reporters|journalists)$/.test(w)) return null;
      // '"Could you …?" Voss asked the lab': the quotation is what is asked (demand-quoted-requests.ts).
      if (lemma === "ask" && attributesQuote(toks, i)) return null;
      if ((t.lower.startsWith("request") && bareDefinite(toks, j)) || (lemma === "ask" && w === "for" && bareDefinite(toks, j + 1))) return null;
      if (lemma === "press" && /^(?:ahead|on|conference|release|briefing|secretary|officer|freedom|reports?)$/.test(w)) return null;
      // "will order the relatives to hand the boy over": an order announced is made; a bare "order" is otherwise the noun.
      if (lemma === "order" && !/ed$|s$/.test(t.lower) && !MODAL_BEFORE.test(prev?.lower ?? "")) {
        // "the Harbor Authority order that the ferry be sold": a named body's order, its content clause.
        const owner = w === "that" && prev && /^\p{Lu}/u.test(prev.text) ? entityEndingAt(ctx, si, toks, i - 1) : undefined;
        if (owner) return thatClause(ctx, si, toks, j, owner);
        // "won a court order barring …", "a restraining order against …": the noun, after an article and a modifier.
        const article = [i - 2, i - 3].find((x) => DETERMINERS.has(toks[x]?.lower ?? ""));
        return article !== undefined && toks.slice(article + 1, i).every((q) => /^\p{Ll}+$/u.test(q.text)) ? readNoun(ctx, si, toks, i, lemma) : null;
      }
      // "ordered an assessment of the damage", "ordered the evacuation of …": a directive with no addressee.
      if (lemma === "order" && /^(?:a|an|the)$/.test(w)) {
        // "ordered a global embargo on trade", "ordered the strikes": a directive noun, after at most two modifiers.
        const directive = (x: string) => DIRECTIVE_NOUNS.test(x) || (/^\p{Ll}+(?:tion|ment|al|sal|ure|ry|sis|ion)s?$/u.test(x) && !isVerbForm(x));
        let n = j + 1;
        while (n < j + 3 && /^\p{Ll}+$/u.test(toks[n]?.text ?? "") && (isAdjective(toks[n]!.lower) || !isVerbForm(toks[n]!.lower)) && !directive(toks[n]!.lower)) n++;
        if (directive(toks[n]?.lower ?? "")) return clauseOrNp(ctx, si, toks, j, by(), [], true);
      }
      if (w === "for") return clauseOrNp(ctx, si, toks, j + 1, by(), [], true);
      if (w === "that") return thatClause(ctx, si, toks, j, by());
      // "ask Congress for more funding to protect embassies": the "to" belongs to what is asked for.
      const forFirst = (lemma === "ask" || lemma === "press" || lemma === "petition") && forBeforeTo(toks, j);
      const to = forFirst ? null : addresseeTo(ctx, si, toks, j, by());
      if (to) return to;
      // "will ask Congress for more emergency funding": the addressee, then what is asked for.
      if (lemma === "ask" || lemma === "press" || lemma === "petition") {
        const f = toks.findIndex((q, x) => x > j && x <= j + 6 && q.lower === "for");
        const between = f > j ? toks.slice(j, f) : [];
        if (f > j && !between.some((q) => /^[,.;:!?]$/.test(q.text) || NP_STOP.has(q.lower))) {
          const of = addresseesIn(ctx, si, toks, j, f).filter((e) => e !== by());
          if (of.length) return clauseOrNp(ctx, si, toks, f + 1, by(), of, true);
        }
      }
      if (lemma === "urge" || lemma === "ask" || lemma === "press" || lemma === "petition") {
        // "urged restraint", "asked for the call", "requested the call".
        if (!toks[j] || !isNpStart(toks[j]!)) return null;
        return clauseOrNp(ctx, si, toks, j, by(), [], true);
      }
      return null;
    }
    case "move":
      // A motion in court: "moved to dismiss the lawsuit", "has moved to quash the subpoena".
      if (w === "to" && /^mov/.test(t.lower) && t.lower !== "move" && COURT_MOTIONS.test(toks[j + 1]?.lower ?? "")) return clauseOrNp(ctx, si, toks, j + 1, by(), [], false);
      return w === "that" && t.lower !== "move" ? thatClause(ctx, si, toks, j, by()) : null;
    case "tell": {
      // "told the council to approve the budget": a directive. "told reporters to expect …" informs.
      if (/^(?:reporters|journalists|the|a|an)$/.test(w) && /^(?:reporters|journalists|press|media|newspaper|agency|audience|crowd|story)$/.test(w === "the" || w === "a" || w === "an" ? toks[j + 1]?.lower ?? "" : w)) return null;
      // An addressee the story does not name stays in the content ("told the man to remove …").
      // "Elian tells me he does not want to go": the "to" belongs to another clause.
      const toAt = toks.findIndex((q, x) => x > j && q.lower === "to");
      if (toks.slice(j, toAt).some((q) => SUBJECT_PRONOUNS[q.lower] || q.lower === "not" || (AUX.has(q.lower) && q.lower !== "also"))) return null;
      const to = addresseeTo(ctx, si, toks, j, by(), 6);
      if (!to) return null;
      const verb = toks[toAt + 1];
      return verb && /^\p{Ll}+$/u.test(verb.text) && !DETERMINERS.has(verb.lower) && !POSSESSIVE_PRONOUNS[verb.lower] ? to : null;
    }
    case "chant":
      return quotedImperative(ctx, si, toks, j, by);
    case "claim": {
      // "claimed $2 million in damages", "claims compensation from …"; "claimed the airport was unsafe" asserts.
      const at = w === "for" ? j + 1 : j;
      const head = toks.slice(at, at + 6);
      if (!head.some((q) => /^(?:\$|€|£|damages|compensation|reparations|refunds?|restitution|back pay)/.test(q.lower)) || head.some((q) => /^(?:was|were|is|are|had|has|that)$/.test(q.lower))) return null;
      return clauseOrNp(ctx, si, toks, at, by(), [], true);
    }
    case "expect": {
      // "expects an equal effort from the Palestinians": what is expected, and from whom.
      if (!toks[j] || !isNpStart(toks[j]!) || w === "that" || w === "to") return null;
      let f = j;
      while (f < toks.length && f - j < 10 && toks[f]!.lower !== "from" && !/^[,.;:!?]$/.test(toks[f]!.text)) f++;
      if (toks[f]?.lower !== "from" || f === j) return null;
      const end = npEnd(toks, f + 1);
      const of = actorsIn(ctx, toks[f + 1]?.start ?? 0, toks[end - 1]?.end ?? 0);
      const agent = by();
      if (!agent || !of.length) return null;
      return [{ by: agent, of, start: toks[j]!.start, end: toks[end - 1]!.end, tokens: toks.slice(j, end), sentence: si }];
    }
    case "demand":
    case "request":
    case "seek":
    case "require":
    case "want":
    case "need": {
      // "Putin requested the call", "sought the decision": a definite thing already known, reported as asked
      // for — an event in the story, not a demand with content.
      if ((lemma === "request" || lemma === "seek") && bareDefinite(toks, j)) return null;
      // "sought help", "seeking medical treatment": asking for a service, not making a demand of anyone.
      if (lemma === "seek" && (SERVICES.test(w) || SERVICES.test(toks[j + 1]?.lower ?? ""))) return null;
      if (lemma === "need" && w !== "that") return null;
      if (lemma === "require" && /^(?:to|for)$/.test(w)) return null;
      // "sought to have the tenants sign a lease", "seeking to get the board to act": a demand made through a causative.
      // "is seeking to oust the chairman": an act done to another party (demand-seeking.ts).
      if (lemma === "seek" && w === "to") return causative(ctx, si, toks, j + 1, by()) ?? readSeekTo(ctx, si, toks, j + 1, agentOf(ctx, si, toks, i));
      if (lemma === "want" && w === "to") return wantToQuestion(ctx, si, toks, j, by());
      if ((lemma === "seek" || lemma === "require") && w === "to") return null;
      // "demanded of NATO that …"
      if (w === "of" && lemma === "demand") {
        const k = toks.findIndex((x, q) => q > j && (x.lower === "that" || x.lower === "to" || x.lower === ","));
        if (k > j) {
          const of = actorsIn(ctx, toks[j + 1]!.start, toks[k - 1]!.end);
          if (toks[k]!.lower === "that") return thatClause(ctx, si, toks, k, by(), of);
          return clauseOrNp(ctx, si, toks, k + 1, by(), of, false);
        }
        return null;
      }
      if (w === "that") return thatClause(ctx, si, toks, j, by());
      // Object relative: "the kind of guarantees … that Putin wants".
      if (!toks[j] || /^[,.;:!?)”"]$/.test(toks[j]!.text) || w === "and" || w === "but") return objectRelative(ctx, si, toks, i);
      const to = addresseeTo(ctx, si, toks, j, by(), 5);
      if (to) return to;
      if (!isNpStart(toks[j]!) && w !== "to") return null;
      return clauseOrNp(ctx, si, toks, j, by(), [], w !== "to");
    }
    default:
      return null;
  }
}

// Not "to order": "asked the court to order …" is what the court is asked, not its order.
const MODAL_BEFORE = /^(?:will|would|'ll|’ll|shall)$/;
// What an order can set in motion, beyond nominalisations ("an evacuation", "a withdrawal").
const DIRECTIVE_NOUNS = /^(?:embargo|embargoes|blockade|ban|freeze|halt|ceasefire|cease-fire|truce|strikes?|airstrikes?|air|attacks?|raids?|recall|probe|inquiry|audit|review|recount|shutdown|lockdown|curfew|crackdown|pullout|boycott|search|arrest|arrests|retrial|retreat)$/;
const COURT_MOTIONS = /^(?:dismiss|quash|suppress|strike|compel|vacate|intervene|stay|enjoin|overturn|reopen|transfer|disqualify|unseal|seal|exclude|bar|block|halt)$/;

/** "have the tenants sign a lease" / "get the board to act" at toks[h]: the one made to act, and the act. */
function causative(ctx: DemandContext, si: number, toks: Token[], h: number, by: Entity | undefined): Found[] | null {
  if (!by || !/^(?:have|get)$/.test(toks[h]?.lower ?? "")) return null;
  if (toks[h]!.lower === "get") return addresseeTo(ctx, si, toks, h + 1, by, 6);
  // The bare verb after the noun phrase ("the family sign", also "the family must sign").
  let v = h + 2;
  const verbAt = (x: number) => {
    const q = toks[x]!;
    return /^\p{Ll}+$/u.test(q.text) && !DETERMINERS.has(q.lower) && !NP_STOP.has(q.lower) && !isAdjective(q.lower) && (isVerbForm(q.lower) || isImperative(q.lower));
  };
  while (v < toks.length && v - h <= 7 && !verbAt(v)) {
    if (/^[,.;:!?]$/.test(toks[v]!.text)) return null;
    v++;
  }
  // "sought to have its say": a possessive before the verb's noun, no one made to act.
  if (v >= toks.length || v - h > 7 || v === h + 1 || /(?:ed|ing)$/.test(toks[v]!.lower) || DETERMINERS.has(toks[v - 1]!.lower) || POSSESSIVE_PRONOUNS[toks[v - 1]!.lower]) return null;
  const end = clauseEnd(toks, v, false);
  if (end <= v + 1) return null;
  const of = addresseesIn(ctx, si, toks, h + 1, v).filter((e) => e !== by);
  return [{ by, of, start: toks[h + 1]!.start, end: toks[end - 1]!.end, tokens: toks.slice(h + 1, end), sentence: si }];
}

/** Whether a "for" comes within six words of j, before any "to" or clause break. */
function forBeforeTo(toks: Token[], j: number): boolean {
  for (let x = j; x < Math.min(toks.length, j + 7); x++) {
    const w = toks[x]!.lower;
    if (w === "for") return x > j;
    if (w === "to" || /^[,.;:!?]$/.test(w)) return false;
  }
  return false;
}

const SERVICES = /^(?:help|advice|assistance|treatment|care|shelter|refuge|information|comment|clarification|counseling|counselling|guidance|work|employment|jobs?)$/;

/** "Not all Cuban-Americans insist …", "Nobody wants …", "None of the parties asked …": a subject that says no one asks. */
function deniedSubject(toks: Token[], i: number): boolean {
  let c = i - 1;
  while (c >= 0 && i - c < 12 && !/^(?:[,;:“"(]|``|that|but|and)$/i.test(toks[c]!.text)) c--;
  const a = toks[c + 1]?.lower ?? "";
  const b = toks[c + 2]?.lower ?? "";
  return /^(?:nobody|none|neither)$/.test(a) || (a === "no" && /^(?:one|body)$/.test(b)) || (a === "not" && /^(?:all|every|everyone|everybody|many|one)$/.test(b));
}

/** "would allow the government to push for …": a demand someone could make, not one made. Bounded look-back. */
function hypotheticalLicence(toks: Token[], i: number): boolean {
  if (toks[i - 1]?.lower !== "to") return false;
  for (let k = i - 2; k >= Math.max(1, i - 9); k--) {
    const x = toks[k]!.lower;
    if (/^[,.;:!?]$/.test(x)) return false;
    if (/^(?:allow|allows|let|lets|enable|enables|permit|permits|free|frees)$/.test(x)) return /^(?:would|could|might|may)$/.test(toks[k - 1]!.lower);
  }
  return false;
}

/** "we saw the need to accelerate": the speaker's own reason to act, not a demand made of anyone. */
function perceivedNeed(toks: Token[], i: number, lemma: Lemma): boolean {
  if (lemma !== "need" || !/^(?:the|a)$/.test(toks[i - 1]?.lower ?? "")) return false;
  return /^(?:see|sees|saw|seen|seeing|feel|feels|felt|recognize|recognizes|recognized|recognise|recognises|recognised|understand|understands|understood|acknowledge|acknowledged|acknowledges)$/.test(toks[i - 2]?.lower ?? "");
}

/** "the call" / "the decision after the vote": "the" and one noun with no complement of its own. */
function bareDefinite(toks: Token[], j: number): boolean {
  if (toks[j]?.lower !== "the" || !toks[j + 1] || !/^\p{Ll}+$/u.test(toks[j + 1]!.text)) return false;
  const after = toks[j + 2]?.lower ?? "";
  // "the boy's return": a possessive goes on to the head noun.
  if (/^(?:'s|'|’s|’)$/.test(after)) return false;
  return !/^[\p{L}\p{N}]/u.test(after) || /^(?:after|before|on|in|at|during|last|this|when|while|and|but|because|as)$/.test(after);
}

// "joined calls for early elections", "chanting demands for …": taking up calls makes them the subject's own.
const ADOPT_VERBS = new Set(["joined", "joining", "joins", "echoed", "echoing", "echoes", "backed", "backing", "backs", "supported", "supporting", "supports", "chanted", "chanting", "shouted", "shouting", "renewing", "repeating", "reiterating", "voicing", "issuing", "pressing", "stepped", "stepping", "intensified", "intensifying"]);
const OPENS_OWN_CLAUSE = /^(?:to|that|it|he|she|they|we|the|a|an|its|his|her|their)$/;
const KNOWING = /^(?:know|see|hear|understand|think|believe|learn|feel|be|have|remember|consider|wonder|notice|realize|realise)$/;
const ANSWERING_VERBS = /^(?:reject|dismiss|resist|ignor|fac|heed|rebuff|spurn|refus|accept|answer|defy|defi|deflect|counter|deny|deni|meet|met|fend|brush|shrug|welcom|consider|review|weigh|study|studi)\w*$/;
// "demonstrators protesting calls for Abacha to run" oppose the calls; they do not make them.
const OPPOSING_VERBS = /^(?:protest|oppos|denounc|condemn|critici[sz]|decr[iy]|ridicul|scorn|mock|resent)\w*$/;
const AFTER_PREPOSITION = new Set(["amid", "despite", "against", "over", "to", "of", "after", "about"]);

function isNpStart(t: Token): boolean {
  if (/^[,.;:!?)]$/.test(t.text)) return false;
  if (NP_STOP.has(t.lower) || t.lower === "to" || t.lower === "and") return false;
  return true;
}

/** Whether the trigger at i is a noun ("its demands for", "Moscow's demand", "those calls for"). */
function isNounUse(toks: Token[], i: number, lemma: Lemma): boolean {
  const t = toks[i]!;
  if (/ed$|ing$/.test(t.lower) || t.lower === "sought") return false;
  const prev = toks[i - 1];
  if (!prev) return false;
  const p = prev.lower;
  if (DETERMINERS.has(p) && p !== "that") return true;
  if (p === "'s" || p === "'" || p === "’") return true;
  // "union demands", but "the Kessel Teachers Union calls for …": a capital ends a name, and the verb follows it.
  if (NOUN_MODIFIERS.has(p) && (/^\p{Ll}/u.test(prev.text) || i === 1)) return true;
  // "rejected calls for a moratorium", "has resisted demands to resign", "amid calls for …": a plural right after a
  // verb answering calls, or after a preposition, is the noun — whose calls they are, this sentence may not say.
  // ("to press for …" is the verb: "press" is no plural.)
  if (/[^s]s$/.test(t.lower) && /^\p{Ll}/u.test(prev.text) && (AFTER_PREPOSITION.has(p) || ANSWERING_VERBS.test(p) || OPPOSING_VERBS.test(p) || ADOPT_VERBS.has(p))) return true;
  if (lemma === "press" || lemma === "order" || lemma === "appeal") return false;
  if (/^\p{Ll}/u.test(prev.text) && isAdjective(p) && !isVerbForm(p) && !/ly$/.test(p)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Noun forms: "Russia's demand for …", "its calls for …", "the union's demands include …".

function readNoun(ctx: DemandContext, si: number, toks: Token[], i: number, lemma: Lemma): Found[] | null {
  if (lemma === "tell" || lemma === "chant" || (lemma === "push" && !/^push/.test(toks[i]!.lower))) return null;
  // "filed a claim for $1.5 billion in damages": a money claim only; "the claim that …" asserts.
  if (lemma === "claim" && !(/^(?:for|of|totaling|totalling|worth|amounting)$/.test(toks[i + 1]?.lower ?? "") && toks.slice(i + 2, i + 7).some((q) => /^(?:\$|€|£|damages|compensation|reparations|refunds?|restitution)/.test(q.lower)))) return null;
  // Agent: the possessor before the noun, "by/from X" after it, or the subject of "made/issued … demands".
  let k = i - 1;
  // "a nationwide arrest warrant": what the warrant orders, before it, is a modifier too.
  const warrant = /^warrants?$/.test(toks[i]!.lower);
  const warrantOf = (x: number) => warrant && x === i - 1 && WARRANT_ACTS.test(toks[x]!.lower);
  // "a nationwide arrest warrant", "a federal warrant": any plain word between the article and the warrant.
  const warrantModifier = (x: number) => warrant && i - x <= 3 && /^\p{Ll}+$/u.test(toks[x]!.text) && !DETERMINERS.has(toks[x]!.lower) && !MAKE_VERBS.has(toks[x]!.lower) && !isVerbForm(toks[x]!.lower);
  // So is "court" or "restraining" before an order: "a court order", "a temporary restraining order".
  const orderModifier = (x: number) => lemma === "order" && /^orders?$/.test(toks[i]!.lower) && i - x <= 3 && /^\p{Ll}+$/u.test(toks[x]!.text) && !DETERMINERS.has(toks[x]!.lower) && !MAKE_VERBS.has(toks[x]!.lower) && !OBTAIN_VERBS.test(toks[x]!.lower) && !isPastTense(toks[x]!.lower);
  while (k >= 0 && (NOUN_MODIFIERS.has(toks[k]!.lower) || warrantOf(k) || warrantModifier(k) || orderModifier(k) || /^\d+-\p{L}+$/u.test(toks[k]!.lower) || (isAdjective(toks[k]!.lower) && /^\p{Ll}/u.test(toks[k]!.text)))) k--;
  let by: Entity | undefined;
  const pk = toks[k];
  if (pk && (pk.lower === "'s" || pk.lower === "'")) by = entityEndingAt(ctx, si, toks, k - 1);
  else if (pk && POSSESSIVE_PRONOUNS[pk.lower]) by = resolvePronoun(ctx, si, pk, POSSESSIVE_PRONOUNS[pk.lower]!);
  // "issued an arrest warrant Monday for …": a time between the warrant and whom it is for.
  let j = warrant ? skipTime(toks, i + 1) : i + 1;
  // "renewed calls on Sunday for a ceasefire": a time between the noun and what it asks for.
  if (/^(?:for|that)$/.test(toks[skipTime(toks, j)]?.lower ?? "")) j = skipTime(toks, j);
  // "a request last week from …": a time between the noun and its maker.
  if (!by && !warrant && /^(?:by|from)$/.test(toks[skipTime(toks, j)]?.lower ?? "")) j = skipTime(toks, j);
  // "by X", never "by calling …" (how, not who).
  if (!by && (toks[j]?.lower === "by" || toks[j]?.lower === "from") && !/^\p{Ll}+ing$/u.test(toks[j + 1]?.text ?? "")) {
    let end = npEnd(toks, j + 1);
    // The phrase's head: "a request by Elian's father" is the father's, not Elian's.
    by = (end > j + 1 ? entityEndingAt(ctx, si, toks, end - 1) : undefined) ?? actorsIn(ctx, toks[j + 1]?.start ?? 0, toks[end - 1]?.end ?? 0)[0];
    // "from Elian's father in Cuba, Juan Miguel Gonzalez, to have …": the person named in apposition, and the act after it.
    const close = toks[end]?.text === "," ? toks.findIndex((q, n) => n > end + 1 && n <= end + 6 && q.text === ",") : -1;
    const named = close > 0 ? actorsIn(ctx, toks[end + 1]!.start, toks[close - 1]!.end).filter((e) => e.kind === "person") : [];
    if (by && named.length === 1 && ctx.store.within(toks[end + 1]!.start, toks[close - 1]!.end).length === 1 && toks[close + 1]?.lower === "to") {
      by = named[0]!;
      end = close + 1;
    }
    if (by) j = end;
  }
  let of: Entity[] = [];
  if (!by && pk && k === i - 1 && MAKE_VERBS.has(pk.lower) && /^\p{Ll}/u.test(pk.text)) by = subjectOf(ctx, si, toks, k);
  // Before the modifier walk, which takes "joined" for an adjective.
  if (!by && ADOPT_VERBS.has(toks[i - 1]?.lower ?? "") && /^\p{Ll}/u.test(toks[i - 1]!.text)) by = subjectOf(ctx, si, toks, i - 1);
  if (!by && pk && (DETERMINERS.has(pk.lower) || NOUN_MODIFIERS.has(pk.lower))) {
    const v = toks[k - 1];
    if (v && (MAKE_VERBS.has(v.lower) || (lemma === "order" && OBTAIN_VERBS.test(v.lower)))) by = subjectOf(ctx, si, toks, k - 1);
    // "Iran gave Britain an ultimatum to …": the giver demands, the receiver is addressed.
    let g = k - 2;
    while (g > 0 && g > k - 6 && !GIVE_VERBS.has(toks[g]!.lower)) g--;
    if (!by && g > 0 && GIVE_VERBS.has(toks[g]!.lower)) {
      by = subjectOf(ctx, si, toks, g);
      of = actorsIn(ctx, toks[g + 1]!.start, toks[k - 1]!.end);
    }
  }
  // "The union repeated calls for …", "made an emotional plea for …": a verb of making before the noun's modifiers.
  // Not in an embedded question: "whether Putin is making unrealistic calls …" asks whether he makes any.
  const asked = toks.slice(Math.max(0, i - 10), i).some((q) => q.lower === "whether" || q.lower === "if");
  for (let x = i - 1; !by && !asked && x >= Math.max(1, i - 4); x--) {
    const q = toks[x]!;
    const before = toks[x - 1]!.lower;
    if (!/^\p{Ll}/u.test(q.text)) break;
    // ("rejected renewed calls": a participle after a verb modifies the noun.)
    if (MAKE_VERBS.has(q.lower) && (x < i - 1 || /^\p{Lu}/u.test(toks[x - 1]!.text) || !isVerbForm(before)) && !DETERMINERS.has(before) && !POSSESSIVE_PRONOUNS[before] && before !== "'s" && before !== "'") {
      by = subjectOf(ctx, si, toks, x);
      break;
    }
    if (!DETERMINERS.has(q.lower) && !NOUN_MODIFIERS.has(q.lower) && !isAdjective(q.lower) && !hasAdjectiveEnding(q.lower)) break;
  }
  // "put pressure on the council to repair the road", "stepped up pressure on Kavonia to free …": who applies it presses.
  if (!by && /^pressures?$/.test(toks[i]!.lower) && toks[j]?.lower === "on") {
    let v = i - 1;
    while (v > i - 4 && /^(?:up|more|new|fresh|growing|mounting|further|strong|heavy|intense|international|diplomatic|political|public|its|their|his|her)$/.test(toks[v]?.lower ?? "")) v--;
    const agent = v >= 0 && PRESSURE_VERBS.test(toks[v]!.lower) ? subjectOf(ctx, si, toks, v) : undefined;
    if (agent) return addresseeTo(ctx, si, toks, j + 1, agent);
  }
  by ??= ctx.agentless?.(si, i, "noun");
  // Those protesting the calls make none, but they are a side in the story: named as the agent reader names them.
  if (!by && OPPOSING_VERBS.test(toks[i - 1]?.lower ?? "") && /^\p{Ll}/u.test(toks[i - 1]!.text)) {
    const side = subjectOf(ctx, si, toks, i - 1);
    if (side) side.acting = true;
  }
  if (!by) return null;
  const w = toks[j]?.lower ?? "";
  // "the union's request to reopen the talks", "a push by the league to raise wages": the act after "to".
  if (w === "to" && TO_NOUNS.has(lemma) && /^\p{Ll}+$/u.test(toks[j + 1]?.text ?? "") && isImperative(toks[j + 1]!.lower) && !DETERMINERS.has(toks[j + 1]!.lower) && !/(?:tion|ment|ness)$/.test(toks[j + 1]!.lower)) {
    return endAtMainVerb(clauseOrNp(ctx, si, toks, j + 1, by, of, false), toks, k);
  }
  // "The miners' main demand was that Glyn Mining pay …", "Its demand is for a recount": the copula states it.
  if (/^(?:demand|demands|request|call|condition|wish)$/.test(toks[i]!.lower) && /^(?:is|was|remains|remained)$/.test(w)) {
    const x = toks[j + 1]?.lower;
    if (x === "that") return thatClause(ctx, si, toks, j + 1, by);
    if (x === "for" || x === "to") return clauseOrNp(ctx, si, toks, j + 2, by, [], true);
    return null;
  }
  if (lemma === "ultimatum" && w === "to") {
    const end = clauseEnd(toks, j + 1, false);
    if (end <= j + 1) return null;
    return [{ by, of, start: toks[j + 1]!.start, end: toks[end - 1]!.end, tokens: toks.slice(j + 1, end), sentence: si }];
  }
  // "filed a request with the Federal Trade Commission under the … Act for permission to buy …": the body
  // the request is lodged with is its addressee, and the content follows "for" or "to".
  if (/^(?:request|requests|petition|petitions|appeal|appeals|motion|motions|application)$/.test(toks[i]!.lower) && (w === "with" || w === "to" || w === "before")) {
    let f = j + 1;
    while (f < toks.length && f - j < 14 && toks[f]!.lower !== "for" && !(toks[f]!.lower === "to" && isVerbForm(toks[f + 1]?.lower ?? "")) && !/^[,.;:!?]$/.test(toks[f]!.text)) f++;
    if (f > j + 1 && (toks[f]?.lower === "for" || toks[f]?.lower === "to")) {
      of = actorsIn(ctx, toks[j + 1]!.start, toks[f - 1]!.end).filter((e) => e !== by).slice(0, 1);
      if (of.length) return clauseOrNp(ctx, si, toks, f + 1, by, of, true);
    }
  }
  // "issued an injunction against night flights", "an order barring …": the order and what it forbids or requires.
  if (lemma === "order") {
    if (w === "that" && !/^warrants?$/.test(toks[i]!.lower)) return thatClause(ctx, si, toks, j, by);
    // "issued a warrant for Brandt's arrest": a warrant orders only an arrest (or a search).
    if (warrant && !(w === "for" && (warrantOf(i - 1) || toks.slice(j + 1, j + 6).some((q) => WARRANT_ACTS.test(q.lower))))) return null;
    if (!/^(?:against|banning|barring|prohibiting|forbidding|halting|blocking|requiring|directing|ordering|to|for)$/.test(w)) return null;
    if (w === "for" && !/^warrants?$/.test(toks[i]!.lower)) return null;
    const end = clauseEnd(toks, j + 1, w !== "to");
    if (end <= j + 1) return null;
    const from = warrantOf(i - 1) ? i - 1 : i;
    return [{ by, of, start: toks[from]!.start, end: toks[end - 1]!.end, tokens: toks.slice(from, end), sentence: si }];
  }
  if (lemma === "move" && w !== "for" && w !== "to" && w !== "that") return null;
  if (lemma === "call" || lemma === "push" || lemma === "appeal" || lemma === "move" || lemma === "petition") {
    if (w === "that") return thatClause(ctx, si, toks, j, by);
    // "a petition calling for …", "a motion seeking …": the participle carries the content, read there.
    if (w !== "for" && w !== "to") return null;
    // "an appeal to residents to conserve water", "its calls to the government for a pay rise": whom it is addressed
    // to, then the act or the thing; "a call to a Republican leader" with neither after it is a telephone call.
    if (w === "to" && !isVerbForm(toks[j + 1]?.lower ?? "")) {
      let v = j + 2;
      while (v < toks.length && v - j < 10 && toks[v]!.lower !== "to" && toks[v]!.lower !== "for" && !/^[,.;:!?]$/.test(toks[v]!.text)) v++;
      const act = toks[v]?.lower === "to" && isImperative(toks[v + 1]?.lower ?? "");
      if (!act && toks[v]?.lower !== "for") return null;
      of = addresseesIn(ctx, si, toks, j + 1, v).filter((e) => e !== by);
      return endAtMainVerb(clauseOrNp(ctx, si, toks, v + 1, by, of, !act), toks, k);
    }
    j++;
    if (toks[j]?.lower === "for") j++; // spun "its calls for for new guarantees"
  } else if (w === "for" || w === "on") j++;
  else if (w === "that" && /^(?:demand|request|insistence|ultimatum)$/.test(toks[i]!.lower)) return thatClause(ctx, si, toks, j, by);
  else if (/^(?:include|included|includes|are|were|:)$/.test(w)) j++;
  else if (!/^(?:require|requires|needs|demands|calls)$/.test(toks[i]!.lower)) {
    // Spun noun forms run straight into their object: "its requires safety ensures".
    if (!(toks[i]!.lower.endsWith("s") || toks[i]!.lower === "require")) return null;
  }
  const first = toks[j];
  if (!first || !isNpStart(first) || first.lower === "that" || first.lower === "which" || first.lower === "to" && lemma !== "call" && lemma !== "move" && lemma !== "petition") return null;
  return endAtMainVerb(clauseOrNp(ctx, si, toks, j, by, of, true), toks, k);
}

/** A demand named by the sentence's subject ("The guild's request to reopen the pier was denied") ends at the main verb. */
function endAtMainVerb(found: Found[] | null, toks: Token[], k: number): Found[] | null {
  const f = found?.[0];
  if (!f || !subjectPosition(toks, k)) return found;
  const cut = f.tokens.findIndex((q, x) => x > 1 && /^\p{Ll}/u.test(q.text) && (MAIN_VERB_AUX.test(q.lower) || (isPastTense(q.lower) && !DETERMINERS.has(f.tokens[x - 1]!.lower) && !AUX.has(f.tokens[x - 1]!.lower))));
  if (cut > 0) Object.assign(f, { end: f.tokens[cut - 1]!.end, tokens: f.tokens.slice(0, cut) });
  return found;
}

const WARRANT_ACTS = /^(?:arrest|search|detention|extradition)$/;
const PRESSURE_VERBS = /^(?:put|puts|putting|exert(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|increas(?:e|es|ed|ing)|step(?:s|ped|ping)|ramp(?:s|ed|ing)|mount(?:s|ed|ing)|ke(?:ep|eps|pt|eping)|maintain(?:s|ed|ing)?|heap(?:s|ed|ing)?|pil(?:e|es|ed|ing)|brought|bring(?:s|ing)?|intensif(?:y|ies|ied|ying))$/;
const TO_NOUNS = new Set<Lemma>(["demand", "request", "appeal", "call", "push", "plead", "press"]);
const MAIN_VERB_AUX = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)$/;
/** Whether the noun phrase opening at toks[k] is its clause's subject: no verb before it since the clause began. */
function subjectPosition(toks: Token[], k: number): boolean {
  for (let x = k - 1; x >= 0; x--) {
    const q = toks[x]!;
    if (/^[,;:“"]$/.test(q.text)) return true;
    if (/^\p{Ll}/u.test(q.text) && isVerbForm(q.lower) && !isAdjective(q.lower) && !DETERMINERS.has(q.lower)) return false;
  }
  return true;
}
const GIVE_VERBS = new Set(["gave", "give", "gives", "giving", "issued", "issue", "issues", "sent", "handed", "delivered", "presented", "set"]);

// ---------------------------------------------------------------------------------------------
// Content readers.

/** "… that NATO deny membership …": the clause, whose subject is the addressee. */
function thatClause(ctx: DemandContext, si: number, toks: Token[], thatAt: number, by: Entity | undefined, of: Entity[] = [], bare = false): Found[] | null {
  if (!by) return null;
  // Without "that" ("insists any deal give …"), the content starts at the clause itself.
  const from = bare ? thatAt + 1 : thatAt;
  const start = thatAt + 1;
  if (start >= toks.length) return null;
  const end = clauseEnd(toks, start, false);
  if (end <= start) return null;
  // The subject of the clause is who must act.
  let v = start;
  while (v < end && (!clauseVerb(toks[v]!.lower) || nounInSubject(toks, v, start)) && !/^(?:not|never|no)$/.test(toks[v]!.lower)) v++;
  const subjectActors = v > start ? addresseesIn(ctx, si, toks, start, v) : [];
  return [{ by, of: of.length ? of : subjectActors, start: toks[from]!.start, end: toks[end - 1]!.end, tokens: toks.slice(from, end), sentence: si }];
}

/**
 * Whether toks[v], a verb form, is a noun ending the clause's subject: "that the electoral commission publish",
 * "that the police release": a word inside a noun phrase, with the verb right after it.
 */
function nounInSubject(toks: Token[], v: number, start: number): boolean {
  const prev = toks[v - 1];
  const next = toks[v + 1];
  if (v <= start || !prev || !next || /ed$|ing$/.test(toks[v]!.lower) || AUX.has(toks[v]!.lower)) return false;
  const opensPhrase = DETERMINERS.has(prev.lower) || isAdjective(prev.lower) || hasAdjectiveEnding(prev.text);
  return opensPhrase && /^\p{Ll}/u.test(next.text) && clauseVerb(next.lower) && !DETERMINERS.has(next.lower);
}
/** A finite or bare (subjunctive) verb: "that the council reverse", "that the government cut". */
const clauseVerb = (w: string) => isVerbForm(w) || isImperative(w);

/** "urged the West to move quickly …": addressee, then an infinitive. */
// People who take orders: "his men", "the troops", "her officers" (and the groups of GROUP_NOUNS).
const FORCES = /^(?:men|troops|soldiers|officers|policemen|guards|agents|followers|supporters|staff|members|volunteers|rangers|marines|commandos|guerrillas|militiamen|deputies)$/;
export function addresseeTo(ctx: DemandContext, si: number, toks: Token[], from: number, by: Entity | undefined, maxWords = 8): Found[] | null {
  if (!by) return null;
  let k = from;
  // "anyone who was near Carver Park on Saturday evening to come forward": the public, with a relative clause.
  const open = /^(?:anyone|anybody|everyone|everybody|those|people|residents|witnesses|members|all|drivers|parents|customers|owners)$/.test(toks[from]?.lower ?? "");
  // "ordered 10 of his men from a force of 500 near the rebel headquarters to …": a detachment, and where it is drawn from.
  const detachment = toks[from + 1]?.lower === "of" && /^(?:\d+|some|several|dozens|hundreds|thousands|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty)$/.test(toks[from]?.lower ?? "") && toks.slice(from + 2, from + 5).some((q) => FORCES.test(q.lower) || GROUP_NOUNS.has(q.lower));
  let limit = open ? 16 : detachment ? 18 : maxWords;
  // '"We want lawmakers," Doe said, "to restore …"': the attribution interrupts the clause; skip it.
  let addresseeEnd = -1;
  while (k < toks.length && k - from <= limit && toks[k]!.lower !== "to") {
    // "a federal court in Wilmington, Del., to order …": the state after a city belongs to the addressee.
    const state = toks[k]!.text === "," ? afterState(toks, k) : -1;
    if (state > 0) {
      k = state;
      continue;
    }
    const resume = toks[k]!.text === "," ? (afterAttribution(toks, k) > 0 ? afterAttribution(toks, k) : afterApposition(toks, k)) : -1;
    if (resume > 0 && addresseeEnd < 0) {
      addresseeEnd = k;
      k = resume;
      continue;
    }
    // "urged Britain, France and Russia to …", "appealing to individuals, to the council, and to the fishermen to …":
    // a list of addressees, its commas and its repeated "to" inside it.
    const listTo = listedAddressees(toks, k);
    if (listTo > 0) {
      limit = Math.max(limit, listTo - from + 1);
      k = toks[k]!.lower === "to" || toks[k + 1]?.lower === "to" ? k + (toks[k]!.lower === "to" ? 1 : 2) : k + 1;
      continue;
    }
    if (/^[,.;:!?]$/.test(toks[k]!.text) || (NP_STOP.has(toks[k]!.lower) && !(open && /^(?:who|was|were|is|are|has|have|had|might|may|could|would|will|can)$/.test(toks[k]!.lower)))) return null;
    k++;
  }
  if (toks[k]?.lower !== "to" || k === from) return null;
  const of = addresseesIn(ctx, si, toks, from, addresseeEnd > 0 ? addresseeEnd : k);
  // "want the officers involved to be suspended": with no actor to address, the addressee is part of the
  // content; so it is with a passive ("called for Dal Riada to be expelled"): who is acted on is no addressee.
  // "demanding Elian be returned to him", "wants Elian returned to him": a passive clause before "to".
  const passive = toks[k + 1]?.lower === "be" || toks.slice(from, addresseeEnd > 0 ? addresseeEnd : k).some((t) => t.text === "be" || /^\p{Ll}{2,}ed$/u.test(t.text));
  // An object pronoun addresses someone even when its antecedent is not found ("asked him to explain himself").
  const pronoun = k === from + 1 && /^(?:him|her|them|us|me|you)$/.test(toks[from]!.lower);
  const start = (of.length || pronoun) && !passive ? k + 1 : from;
  if (passive) of.length = 0;
  const end = clauseEnd(toks, k + 1, false);
  if (end <= k + 1) return null;
  return [{ by, of, start: toks[start]!.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si }];
}

/**
 * At a comma (or a "to" after "and") inside an addressee list, the index of the "to" + verb that ends the list, else -1:
 * only commas, "and"/"or" and "to" + a noun phrase between, and an "and"/"or" before the end.
 */
function listedAddressees(toks: Token[], k: number): number {
  const t = toks[k]!;
  const listTo = t.lower === "to" && /^(?:,|and|or)$/.test(toks[k - 1]?.lower ?? "");
  if (t.text !== "," && !listTo) return -1;
  let conj = false;
  for (let q = k + 1; q < toks.length && q - k <= 20; q++) {
    const x = toks[q]!;
    if (x.lower === "and" || x.lower === "or") conj = true;
    else if (x.lower === "to") {
      const v = toks[q + 1];
      // "to" + a bare verb ends the list; "to" + a noun phrase ("to the council") is another addressee.
      if (v && /^\p{Ll}+$/u.test(v.text) && !DETERMINERS.has(v.lower) && !POSSESSIVE_PRONOUNS[v.lower] && isImperative(v.lower)) return conj || listTo ? q : -1;
    } else if (/^[.;:!?“”"()]$/.test(x.text) || NP_STOP.has(x.lower)) return -1;
  }
  return -1;
}

/** After ", Del.," or ", Texas," set after a city (toks[k - 1]) at the comma toks[k]: the index after the closing comma, else -1. */
function afterState(toks: Token[], k: number): number {
  if (!/^\p{Lu}\p{Ll}+$/u.test(toks[k - 1]?.text ?? "") || !/^\p{Lu}[\p{L}]*$/u.test(toks[k + 1]?.text ?? "")) return -1;
  let q = k + 2;
  if (toks[q]?.text === ".") q++;
  return toks[q]?.text === "," ? q + 1 : -1;
}

/** After ', ” Doe said, “' (a quotation interrupted by its attribution) starting at the comma toks[k]: the index after the reopening quote, else -1. */
function afterApposition(toks: Token[], k: number): number {
  // ", the rebels' political wing, to …", "the mayor, Ada Voss, to …": an apposition between the addressee and its infinitive.
  const name = /^\p{Lu}/u.test(toks[k + 1]?.text ?? "");
  // ", which rejected a pay rise last year, to …": a relative clause describing the addressee.
  const relative = /^(?:which|who)$/.test(toks[k + 1]?.lower ?? "");
  if (!/^(?:the|a|an)$/.test(toks[k + 1]?.lower ?? "") && !name && !relative) return -1;
  for (let q = k + 2; q < Math.min(toks.length - 1, k + (name ? 6 : relative ? 16 : 12)); q++) {
    if (toks[q]!.text === ",") return toks[q + 1]?.lower === "to" ? q + 1 : -1;
    if (/^[.;:!?]$/.test(toks[q]!.text) || (name && !/^\p{Lu}/u.test(toks[q]!.text))) return -1;
  }
  return -1;
}

function afterAttribution(toks: Token[], k: number): number {
  if (!/^[”"]$/.test(toks[k + 1]?.text ?? "")) return -1;
  for (let q = k + 2; q < Math.min(toks.length - 1, k + 10); q++) {
    if (toks[q]!.text === "," && /^[“"]$/.test(toks[q + 1]!.text)) {
      const said = toks.slice(k + 2, q).some((t) => SPEECH_VERB.test(t.lower) || t.lower === "continued");
      return said ? q + 2 : -1;
    }
  }
  return -1;
}

function clauseOrNp(ctx: DemandContext, si: number, toks: Token[], start: number, by: Entity | undefined, of: Entity[], np: boolean): Found[] | null {
  if (!by || start >= toks.length) return null;
  if (toks[start]!.lower === "that") return thatClause(ctx, si, toks, start, by, of);
  // A clause-like object ("a written commitment that Ukraine will never …") reads to the clause end,
  // and so does a free relative ("asking for what was promised").
  const end = clauseEnd(toks, start, np && !/^(?:what|whatever)$/.test(toks[start]!.lower));
  if (end <= start) return null;
  const content = toks.slice(start, end);
  const fromAt = content.findIndex((t) => t.lower === "from");
  const npList = np && !/^(?:what|whatever)$/.test(toks[start]!.lower);
  let addressees = fromAt >= 0 ? addresseesIn(ctx, si, toks, start + fromAt + 1, end) : [];
  // "two seats on the board of Verdant Foods": an organisation named in the content is whom it is asked of.
  if (!of.length && !addressees.length) addressees = actorsIn(ctx, toks[start]!.start, toks[end - 1]!.end).filter((e) => e.kind === "organization" && e !== by);
  return [{ by, of: of.length ? of : addressees, start: toks[start]!.start, end: toks[end - 1]!.end, tokens: content, sentence: si, np: npList }];
}

/** "the kind of guarantees on Ukraine that Putin wants": the noun phrase before "that". */
function objectRelative(ctx: DemandContext, si: number, toks: Token[], i: number): Found[] | null {
  let k = i - 1;
  while (k >= 0 && AUX.has(toks[k]!.lower)) k--;
  const subjectEnd = k;
  while (k >= 0 && toks[k]!.lower !== "that" && toks[k]!.lower !== "which" && subjectEnd - k < 5) k--;
  if (k < 1 || (toks[k]!.lower !== "that" && toks[k]!.lower !== "which")) return null;
  const by = subjectOf(ctx, si, toks, i);
  if (!by) return null;
  // Walk back over the noun phrase to its determiner.
  let s = k - 1;
  while (s > 0 && !DETERMINERS.has(toks[s]!.lower) && !/^[,.;:]$/.test(toks[s - 1]!.text) && k - s < 10) s--;
  if (!DETERMINERS.has(toks[s]!.lower)) return null;
  const of = actorsIn(ctx, ctx.sentences[si]!.start, toks[s]!.start).filter((e) => e !== by).slice(0, 1);
  return [{ by, of, start: toks[s]!.start, end: toks[k - 1]!.end, tokens: toks.slice(s, k), sentence: si }];
}

/** "Biden will tell Putin that … they must be conducted in …" and quoted "X must …," said Y. */
// Word classes read at every token: a set look-up, not a regular expression run per word.
const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been"]);
const HAVE_FORMS = new Set(["has", "have", "had"]);
const NO_CHOICE = /^(?:option|choice|alternative)$/;
const OBLIGED = /^(?:required|obliged|obligated)$/;
const DUTY = /^(?:duty|obligation)$/;
const MUST = new Set(["must", "mustn't"]);
const NEED_TO = new Set(["need", "needs", "have", "has"]);
// What makes a modal below needs one of these words: the advisory modal, the choice after "no", "required" after a
// form of "be", the duty after "has a", "must", or the verb before "to".
const modalScreen = wordScreen(ADVISORY_MODALS, NO_CHOICE, OBLIGED, DUTY, MUST, NEED_TO);

function readModalClauses(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.lower;
    // "should" and "ought to" advise as often as they demand: they count only with a named actor as subject.
    const advisory = advisoryVerbAt(toks, i) >= 0;
    // "had no option but to come out": an ultimatum in reported speech.
    const noChoice = w === "no" && NO_CHOICE.test(toks[i + 1]?.lower ?? "") && toks[i + 2]?.lower === "but" && toks[i + 3]?.lower === "to";
    // "are required to", "has a duty to": an obligation stated of the subject.
    const obliged =
      (BE_FORMS.has(w) && OBLIGED.test(toks[i + 1]?.lower ?? "") && toks[i + 2]?.lower === "to") ||
      (HAVE_FORMS.has(w) && /^(?:a|the|an)$/.test(toks[i + 1]?.lower ?? "") && DUTY.test(toks[i + 2]?.lower ?? "") && toks[i + 3]?.lower === "to");
    const modal = advisory || noChoice || obliged || MUST.has(w) || (NEED_TO.has(w) && toks[i + 1]?.lower === "to");
    if (!modal || conditionalModal(toks, i) || questionModal(toks, i) || guessOrConsequence(toks, i)) continue;
    // "the need to accelerate", "a need to": a noun, not the modal.
    if (w === "need" && /^(?:the|a|any|no)$/.test(toks[i - 1]?.lower ?? "")) continue;
    // "must have been", "must not have written": a guess, not a demand.
    if (MUST.has(w) && (toks[i + 1]?.lower === "have" || (toks[i + 1]?.lower === "not" && toks[i + 2]?.lower === "have"))) continue;
    // "if they have to.": an elided verb states nothing demanded.
    const verbAt = noChoice ? i + 4 : obliged ? i + (toks[i + 1]!.lower === "a" || toks[i + 1]!.lower === "the" || toks[i + 1]!.lower === "an" ? 4 : 3) : advisory ? advisoryVerbAt(toks, i) : MUST.has(w) ? i + 1 : i + 2;
    if (!/^\p{L}/u.test(toks[verbAt]?.text ?? "")) continue;
    // "should have sold the pier", "shouldn't have waited": hindsight asks nothing that can still be done.
    // ("should have a life in Miami" asks for one: "have" there is the verb.)
    if (advisory && toks[verbAt]!.lower === "have" && /^\p{Ll}/u.test(toks[verbAt + 1]?.text ?? "") && (isPastTense(toks[verbAt + 1]!.lower) || /^\p{Ll}+(?:ed|en)$/u.test(toks[verbAt + 1]!.text))) continue;
    // The "that" opening the modal's clause, and the communication verb before it.
    let thatAt = -1;
    let comm = -1;
    for (let k = i - 1; k >= 0; k--) {
      const x = toks[k]!.lower;
      if (x === "that" && thatAt < 0) thatAt = k;
      if ((COMM_VERBS.has(x) || RULING_VERBS.test(x) || madeCaseAt(toks, k) >= 0 || believes(toks, k) || rulingGerund(toks, k)) && (x !== "clear" || toks[k - 1]?.lower === "made" || toks[k - 1]?.lower === "make")) {
        comm = k;
        break;
      }
      if (x === ";" || LEMMAS.has(x)) break;
    }
    if (comm < 0) {
      const quoted = quotedModal(ctx, si, toks, i) ?? attributedModal(ctx, si, toks, i) ?? (obliged ? policyModal(ctx, si, toks, i) : null);
      if (quoted && !(advisory && !quoted.of.length && !deonticPassive(toks, i)) && !isCommentator(quoted.by, ctx, si)) out.push(quoted);
      continue;
    }
    // "urged Marsh to tell investors that … they should …": what someone is asked to say is not yet said.
    // ("planned to tell Putin that …" is the subject's own plan, and counts.)
    if (toks[comm - 1]?.lower === "to" && toks.slice(Math.max(0, comm - 8), comm - 1).some((q) => LEMMAS.has(q.lower))) continue;
    // "only the most obdurate foes of Castro can argue that …": who could say it, not who said it.
    if (/^(?:can|could|might|may|would)$/.test(toks[comm - 1]?.lower ?? "")) continue;
    const by = subjectOf(ctx, si, toks, toks[comm]!.lower === "clear" ? comm - 1 : madeCaseAt(toks, comm) >= 0 ? comm - 2 : comm);
    if (!by || isCommentator(by, ctx, si)) continue;
    const clauseStart = thatAt > comm ? thatAt + 1 : comm + 1;
    // Addressee: "tell Putin that", "restate to Putin that".
    let of: Entity[] = [];
    if (thatAt > comm + 1) {
      const a = toks[comm + 1]!.lower === "to" ? comm + 2 : comm + 1;
      of = addresseesIn(ctx, si, toks, a, thatAt);
    }
    // The actor who must act, if named: the modal's subject.
    const subj = addresseesIn(ctx, si, toks, b0(toks, clauseStart, i), i);
    if (subj.includes(by) || subj.some((e) => sameSide(e, by))) continue;
    if (!of.length) of = subj;
    // A body's decision that "the boy should go home" demands it, of whoever is named or not.
    const ruling = RULING_VERBS.test(toks[comm]!.lower) || rulingGerund(toks, comm);
    if (advisory && !subj.length && !ruling && !deonticPassive(toks, i)) continue;
    // "decided it should have waited": hindsight, not a demand.
    if (ruling && toks[i + 1]?.lower === "have") continue;
    const end = clauseEnd(toks, clauseStart, false);
    if (end <= i) continue;
    out.push({ by, of, start: toks[clauseStart]!.start, end: toks[end - 1]!.end, tokens: toks.slice(clauseStart, end), sentence: si });
  }
  return out;
}

// A named party's opinion of what another should do is its demand, as said aloud: "Juanita Castro believes the custody
// should be worked out between …", "the nun thinks Elian should stay". (An observer's opinion is commentary: isCommentator.)
const BELIEF_VERBS = new Set(["believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt"]);
/** A verb of belief at toks[k], not the noun ("the thought that", "a feel for"). */
function believes(toks: Token[], k: number): boolean {
  return BELIEF_VERBS.has(toks[k]!.lower) && /^\p{Ll}/u.test(toks[k]!.text) && !DETERMINERS.has(toks[k - 1]?.lower ?? "");
}

/** "made a reasonable decision in ruling that the boy should …": a gerund of ruling after "in"/"by", not the noun. */
function rulingGerund(toks: Token[], k: number): boolean {
  return /^(?:ruling|deciding|determining)$/.test(toks[k]!.lower) && /^(?:in|by|when|while|after)$/.test(toks[k - 1]?.lower ?? "") && toks[k + 1]?.lower === "that";
}

/** Where the modal's subject starts: after any leading adverbial ("Now", "In the end,"), at most 12 words back. */
function b0(toks: Token[], from: number, modal: number): number {
  let k = Math.max(from, modal - 12);
  for (let q = modal - 1; q >= k; q--) if (toks[q]!.lower === ",") return q + 1;
  return k;
}

/**
 * "The council should meet the tenants first, union leader Mara Voss said.": reported speech without quotes.
 * "The dog must be put down, county health authorities ruled Tuesday.": a ruling, reported the same way.
 */
function attributedModal(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  // The modal's subject opens the sentence: "X should …, Y said", not "After Y said X should …".
  const start = b0(toks, 0, i);
  if (start > 0 || toks.slice(0, i).some((q) => /^[“”"]$/.test(q.text))) return null;
  let comma = -1;
  for (let k = toks.length - 1; k > i && toks.length - k <= 12; k--) if (toks[k]!.text === ",") comma = k;
  if (comma < 0) return null;
  const tail = toks.slice(comma + 1);
  if (/^(?:which|who|whom|but|and|although|though|while|as|when|after|before|because|since|if|unless|so)$/.test(tail[0]?.lower ?? "")) return null;
  const said = tail.findIndex((q) => SPEECH_VERB.test(q.lower) || RULING_VERBS.test(q.lower));
  if (said < 0 || tail.slice(said + 1).some((q) => /^(?:that|to|if)$/.test(q.lower))) return null;
  // The subject is one noun phrase: "The move rewards shareholders and should improve …" predicts, about no actor.
  // A ruling's subject may carry a relative clause ("A boy who arrived … must be returned, … ruled").
  const ruling = RULING_VERBS.test(tail[said]!.lower);
  if (!ruling && toks.slice(start, i).some((q) => /^(?:and|but|or)$/.test(q.lower) || (/^\p{Ll}+(?:s|ed)$/u.test(q.text) && isVerbForm(q.lower) && !isAdjective(q.lower)))) return null;
  const people = ctx.store.within(tail[0]!.start, tail[tail.length - 1]!.end).filter((m) => !m.indirect);
  const speaker = people.find((m) => m.kind === "person") ?? people[0];
  // "…, the council said": an anaphor before the verb when no one is named.
  // "…, she added": the person the pronoun points back to, before this sentence (never a name in what she said).
  const pronoun = said === 1 && /^(?:he|she)$/.test(tail[0]!.lower);
  // "…, the union said", "…, the commission's chairman said": a body or office the story names only so, as subjectOf reads it.
  const by = speaker ? ctx.store.get(speaker.key) : pronoun ? resolvePronoun(ctx, si, toks[0]!, "person") : said > 0 ? resolveAnaphor(ctx, si, tail.slice(0, said)) ?? entityEndingAt(ctx, si, toks, comma + said) : undefined;
  if (!by || /^(?:we|i|you)$/.test(toks[start]!.lower)) return null;
  const subj = addresseesIn(ctx, si, toks, start, i);
  if (subj.includes(by) || subj.some((e) => sameSide(e, by))) return null;
  return { by, of: subj, start: toks[start]!.start, end: toks[comma - 1]!.end, tokens: toks.slice(start, comma), sentence: si };
}

const RULEBOOKS = /^(?:policy|policies|rules|guidelines|regulations|law|laws|charter|resolution|agreement|treaty|contract|order|ruling)$/;
/** "Under department policy, prosecutors are required to …": whoever sets the rule demands what it requires. */
function policyModal(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  const under = toks.findIndex((q, x) => x < i && q.lower === "under");
  if (under < 0) return null;
  let book = under + 1;
  while (book < i && book - under <= 6 && !RULEBOOKS.test(toks[book]!.lower)) book++;
  if (!RULEBOOKS.test(toks[book]?.lower ?? "") || book === under + 1) return null;
  // The rule's owner: named in the phrase ("under the Justice Department's guidelines"), or its head noun
  // pointing back to one ("department policy" → the Justice Department named before).
  const by = actorsIn(ctx, toks[under + 1]!.start, toks[book - 1]!.end)[0] ?? resolveAnaphor(ctx, si, toks.slice(book - 1, book), true);
  if (!by) return null;
  const comma = toks.findIndex((q, x) => x > book && x < i && q.text === ",");
  const start = comma > 0 ? comma + 1 : b0(toks, 0, i);
  const subj = addresseesIn(ctx, si, toks, start, i).filter((e) => e !== by);
  const end = clauseEnd(toks, start, false);
  if (end <= i + 2) return null;
  return { by, of: subj, start: toks[start]!.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si };
}

/** '"The U.S. side must stop arming Taiwan," spokesperson Mao Ning said.': the speaker demands. */
function quotedModal(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  let open = -1;
  let straight = 0;
  for (let k = i - 1; k >= 0; k--) {
    const x = toks[k]!.text;
    if (x === "”") return null;
    if (x === "“") {
      open = k;
      break;
    }
    if (x === '"') straight++;
  }
  if (open < 0) {
    if (straight % 2 === 0) return null;
    open = toks.findLastIndex((t, k) => k < i && t.text === '"');
  }
  // "I have to …", "we need to …": the speaker's own task, not a demand. A leader's "We must find those
  // responsible" is a call to act, the speaker's demand, when the quotation opens on it.
  let b = i - 1;
  while (b > open && /^(?:also|still|really|now|all|simply|just)$/.test(toks[b]!.lower)) b--;
  while (b > open && /^(?:will|would|'ll|’ll|'d|’d)$/.test(toks[b]!.lower)) b--;
  const weMust = toks[b]?.lower === "we" && b === i - 1 && toks[i]!.lower === "must" && b === open + 1;
  if (/^(?:we|i|you)(?:['’](?:ll|d))?$/.test(toks[b]?.lower ?? "") && !weMust) return null;
  const close = toks.findIndex((t, k) => k > i && (t.text === "”" || t.text === '"'));
  if (close < 0) return null;
  const by = speakerOf(ctx, si, toks[close]!.start);
  if (!by) return null;
  const subj = weMust ? [] : addresseesIn(ctx, si, toks, b0(toks, open + 1, i), i);
  if (subj.includes(by) || subj.some((e) => sameSide(e, by))) return null;
  let end = close;
  while (end > i && /^[,.;:]$/.test(toks[end - 1]!.text)) end--;
  return { by, of: subj, start: toks[open + 1]!.start, end: toks[end - 1]!.end, tokens: toks.slice(open + 1, end), sentence: si };
}

/** 'Protesters chanted “Stop the evictions!”': a chanted or shouted imperative demands what it says. */
function quotedImperative(ctx: DemandContext, si: number, toks: Token[], j: number, by: () => Entity | undefined): Found[] | null {
  let q = j;
  // "shouted slogans such as “…”", "chanted the slogan: “…”".
  if (/^(?:the|their)$/.test(toks[q]?.lower ?? "") && /^slogans?$/.test(toks[q + 1]?.lower ?? "")) q++;
  if (/^slogans?$/.test(toks[q]?.lower ?? "")) {
    q++;
    if (toks[q]?.lower === "such" && toks[q + 1]?.lower === "as") q += 2;
    else if (/^(?:like|including)$/.test(toks[q]?.lower ?? "")) q++;
  }
  const colon = toks[q]?.text === ":";
  if (colon || toks[q]?.text === ",") q++;
  // "chanting: stop the land grab": a slogan after a colon, without quotation marks, runs to the clause end.
  if (colon && !/^[“"`]/.test(toks[q]?.text ?? "")) {
    const first = toks[q];
    const second = toks[q + 1];
    const agent = first && isImperative(first.lower) && second && (DETERMINERS.has(second.lower) || /^\p{Lu}/u.test(second.text)) ? by() : undefined;
    const end = clauseEnd(toks, q, false);
    return agent && end > q + 1 ? [{ by: agent, of: addresseesIn(ctx, si, toks, q + 1, end).filter((e) => e !== agent), start: first!.start, end: toks[end - 1]!.end, tokens: toks.slice(q, end), sentence: si }] : null;
  }
  // A list of slogans ('“Serbs out” and “Stop the bloodshed”'): each imperative one is a demand.
  const out: Found[] = [];
  for (let n = 0; n < 4 && /^[“"]$/.test(toks[q]?.text ?? ""); n++) {
    const close = toks.findIndex((x, k) => k > q + 1 && /^[”"]$/.test(x.text));
    if (close < 0 || close - q > 40) break;
    const first = toks[q + 1];
    // A slogan opens on a bare verb and its object: "Stop the evictions", "Free Ana Ruiz", "Bring back our boys".
    const second = toks[q + 2];
    if (first && isImperative(first.lower) && second && (DETERMINERS.has(second.lower) || /^\p{Lu}/u.test(second.text) || /^(?:back|up|down|out|off|all)$/.test(second.lower))) {
      const agent = by();
      if (!agent) return null;
      let end = close;
      while (end > q + 1 && /^[,.;:!?]$/.test(toks[end - 1]!.text)) end--;
      if (end > q + 2) out.push({ by: agent, of: addresseesIn(ctx, si, toks, q + 2, end).filter((e) => e !== agent), start: first.start, end: toks[end - 1]!.end, tokens: toks.slice(q + 1, end), sentence: si });
    }
    q = close + 1;
    while (/^(?:,|and|or)$/.test(toks[q]?.lower ?? "")) q++;
  }
  return out.length ? out : null;
}

const PLACARDS = new Set(["placard", "placards", "banner", "banners", "poster", "posters", "sign", "signs", "slogan", "slogans"]);
const placardScreen = wordScreen(PLACARDS);
/** 'carried placards reading “Stop the bloodshed”': the slogan is the carriers' demand. */
function readPlacards(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
    if (!PLACARDS.has(toks[i]!.lower)) continue;
    let q = i + 1;
    if (/^(?:that|which)$/.test(toks[q]!.lower) && /^(?:read|reads|said)$/.test(toks[q + 1]?.lower ?? "")) q += 2;
    else if (/^(?:reading|saying|proclaiming|declaring)$/.test(toks[q]!.lower)) q++;
    else continue;
    // The carrying verb before the placards: "carried", "held up", "waved".
    let v = i - 1;
    while (v > 0 && i - v <= 4 && !/^(?:carried|carry|carrying|carries|held|hold|holding|waved|waving|raised|raising|hoisted|displayed|displaying|bore|bearing|brandished|brandishing|unfurled)$/.test(toks[v]!.lower)) v--;
    if (i - v > 4 || v <= 0) continue;
    const found = quotedImperative(ctx, si, toks, q, () => subjectOf(ctx, si, toks, v));
    if (found) out.push(...found);
  }
  return out;
}

const GIVE_OR_SET = new Set(["give", "gives", "gave", "given", "giving", "set", "sets"]);
const deadlineScreen = wordScreen(GIVE_OR_SET);
/** "The agency has given the tenants until noon Friday to leave the site": a deadline is a demand of whoever is given it. */
function readDeadlines(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < toks.length - 3; i++) {
    if (!GIVE_OR_SET.has(toks[i]!.lower)) continue;
    let u = i + 1;
    while (u < toks.length && u - i <= 8 && !/^(?:until|till|to)$/.test(toks[u]!.lower) && !/^[,.;:!?]$/.test(toks[u]!.text)) u++;
    // "gave Ukraine a week to withdraw", "has given the rebels 48 hours to …": a span of time in place of "until".
    const span = toks[u]?.lower === "to" ? durationBefore(toks, i + 1, u) : -1;
    if (span > 0) u = span;
    else if (!/^(?:until|till)$/.test(toks[u]?.lower ?? "") || u === i + 1) continue;
    let to = u + 1;
    while (to < toks.length && to - u <= 8 && toks[to]!.lower !== "to" && !/^[;:!?]$/.test(toks[to]!.text)) to++;
    // "to sign": a bare lower-case word after "to" ("sign" is also a noun to the lexicon), not "to the court".
    const verb = toks[to + 1];
    if (toks[to]?.lower !== "to" || !verb || !/^\p{Ll}+$/u.test(verb.text) || DETERMINERS.has(verb.lower) || POSSESSIVE_PRONOUNS[verb.lower]) continue;
    const by = subjectOf(ctx, si, toks, i);
    const of = addresseesIn(ctx, si, toks, i + 1, u).filter((e) => e !== by);
    if (!by || !of.length) continue;
    const end = clauseEnd(toks, to + 1, false);
    if (end <= to + 1) continue;
    out.push({ by, of, start: toks[to + 1]!.start, end: toks[end - 1]!.end, tokens: toks.slice(to + 1, end), sentence: si });
  }
  return out;
}

const SPAN_UNITS = /^(?:minutes?|hours?|days?|weeks?|months?|years?)$/;
/** Where a span of time ("a week", "48 hours", "two more days") starts in toks[from, to), right before "to"; else -1. */
function durationBefore(toks: Token[], from: number, to: number): number {
  if (!SPAN_UNITS.test(toks[to - 1]?.lower ?? "")) return -1;
  let k = to - 2;
  if (toks[k]?.lower === "more" || toks[k]?.lower === "extra") k--;
  return k > from && /^(?:a|an|one|two|three|four|five|six|seven|ten|several|few|\d+)$/.test(toks[k]!.lower) ? k : -1;
}

// Rulings and decisions: what a body "ruled"/"decided" must or should happen is its demand, even of no named actor.
const RULING_VERBS = /^(?:ruled|rules|decided|decides|determined|determines|decreed|decrees)$/;

// Analysts, academics and other observers assess; their "must" and "should" are commentary, not demands.
const COMMENTATOR = /\b(?:analyst|expert|economist|professor|researcher|fellow|scholar|strategist|commentator|observer|historian|pollster|lecturer)s?\b/i;
const COMMENTATOR_BEFORE = new RegExp(`${COMMENTATOR.source}\\s*$`, "i");
const COMMENTATOR_AFTER = new RegExp(`^,\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}${COMMENTATOR.source}`, "i");
/** By the role the actor carries, or the one the sentence gives it ("Analyst Vera Lind said", "Lind, an economist at …"). */
function isCommentator(e: Entity, ctx: DemandContext, si: number): boolean {
  if (e.kind !== "person") return false;
  if (COMMENTATOR.test(e.role ?? "")) return true;
  const s = ctx.sentences[si]!;
  return ctx.store.within(s.start, s.end).some((m) => {
    if (m.key !== e.key) return false;
    const before = ctx.text.slice(Math.max(s.start, m.start - 40), m.start);
    const after = ctx.text.slice(m.end, Math.min(s.end, m.end + 50));
    return COMMENTATOR_BEFORE.test(before) || COMMENTATOR_AFTER.test(after);
  });
}

// A speaker and the state they speak for ("Putin" / "Moscow") are one side for "we must" purposes.
export function sameSide(a: Entity, b: Entity): boolean {
  if (a === b) return true;
  const role = `${a.role ?? ""} ${b.role ?? ""}`;
  return (a.kind === "country" && role.includes(a.name)) || (b.kind === "country" && role.includes(b.name));
}

// ---------------------------------------------------------------------------------------------
// Where content ends.

// The index of a sentence's last word token, computed once per token list (clauseEnd runs for every trigger).
const lastWords = new WeakMap<Token[], number>();
function lastWord(toks: Token[]): number {
  let k = lastWords.get(toks);
  if (k === undefined) {
    k = toks.findLastIndex((q) => /^[\p{L}\p{N}]/u.test(q.text));
    lastWords.set(toks, k);
  }
  return k;
}

const EMBEDDED_QUESTION = /^(?:what|how|whether|why|where|who)$/;
// Demanded content longer than this is cut: no editor reads a 100-word demand, and it bounds every scan.
const MAX_CLAUSE = 90;

// Whether the words after the comma at toks[k] end the clause: once per comma, however many triggers scan it.
const commaCuts = new WeakMap<Token[], Map<number, boolean>>();
function cutsAfterComma(toks: Token[], k: number): boolean {
  let cuts = commaCuts.get(toks);
  if (!cuts) commaCuts.set(toks, (cuts = new Map()));
  let hit = cuts.get(k);
  if (hit === undefined) {
    const rest = toks.slice(k + 1, k + 7).map((q) => q.text).join(" ");
    cuts.set(k, (hit = CLAUSE_CUT_AFTER_COMMA.test(rest.replace(/^[”"]\s*/, "")) && !gerundList(toks, k)));
  }
  return hit;
}

const GERUND = /^\p{Ll}{2,}ing$/u;
/** "refrain from organizing, instigating, assisting or participating in …": a list of gerunds goes on past its commas. */
function gerundList(toks: Token[], k: number): boolean {
  if (!GERUND.test(toks[k - 1]?.text ?? "") || !GERUND.test(toks[k + 1]?.text ?? "")) return false;
  for (let q = k + 2; q < Math.min(toks.length - 1, k + 14); q += 2) {
    const sep = toks[q]!.lower;
    if (!GERUND.test(toks[q + 1]!.text)) return false;
    if (sep === "and" || sep === "or") return true;
    if (sep !== ",") return false;
  }
  return false;
}

export function clauseEnd(toks: Token[], start: number, np: boolean): number {
  let depth = 0;
  const stop = Math.min(toks.length, start + MAX_CLAUSE);
  for (let k = start; k < stop; k++) {
    const t = toks[k]!;
    const x = t.lower;
    // A closing quote with none opened inside the content: the content began inside a quotation,
    // which ends here ('"We are asking for what was promised," Kovacs said').
    const closing = t.text === "”" || (t.text === '"' && (depth > 0 || /^[,.!?]$/.test(toks[k - 1]?.text ?? "")));
    if (closing && depth === 0 && k > start) return /^[,.!?]$/.test(toks[k - 1]!.text) ? k - 1 : k;
    if (closing) depth = Math.max(0, depth - 1);
    else if (t.text === "“" || t.text === '"') depth++;
    if (x === ";" || x === "—" || x === "–" || x === ":") return k;
    // A link an embedded post ends on ("… whenever needed pic.twitter.com/…") is no part of what it asks.
    // (The tokenizer splits it at its dots: "pic" "." "twitter".)
    if ((x === "pic" && toks[k + 1]?.text === "." && toks[k + 2]?.lower === "twitter") || ((x === "http" || x === "https") && toks[k + 1]?.text === ":")) return k;
    if (x === "," || (x === "”" && toks[k - 1]?.lower === ",")) {
      if (cutsAfterComma(toks, k)) return x === "”" ? k - 1 : k;
      const rest = np ? toks.slice(k + 1, k + 7).map((q) => q.text).join(" ") : "";
      if (np && !/^(?:such as|including|and|or)\b/.test(rest)) {
        // "safe staffing ratios, an end to mandatory overtime and a 15% raise": a list goes on.
        const n = toks[k + 1];
        let list = false;
        if (n && (/^(?:a|an|the)$/.test(n.lower) || /^\d/.test(n.lower))) {
          for (let q = k + 2; q < Math.min(toks.length - 1, k + 14) && toks[q]!.lower !== ","; q++) {
            if (toks[q]!.lower === "and" && /^(?:a|an|the|\d.*)$/.test(toks[q + 1]!.lower)) list = true;
          }
        }
        if (!list) return k;
      }
    }
    if (x === "according" && toks[k + 1]?.lower === "to") return k;
    if (x === "and" && k > start && (SPEECH_VERB.test(toks[k + 1]?.lower ?? "") || /^(?:called|urged|asked|demanded|told|pressed|warned|threatened|vowed|insisted|appealed|pledged|promised)$/.test(toks[k + 1]?.lower ?? ""))) return k;
    // ", and threatened to strike": a past-tense verb after ", and" is the agent's next act, not the
    // content's (a demand's content takes a bare verb or a modal: "restore …, and rehire …").
    if (x === "and" && toks[k - 1]?.lower === "," && k - 1 > start && isPastTense(toks[k + 1]?.lower ?? "")) return k - 1;
    // "urged Baghdad to reconsider and offered to send …": without the comma too, when the past form opens a clause
    // of its own ("offered to", "said it").
    if (x === "and" && k > start && isPastTense(toks[k + 1]?.lower ?? "") && OPENS_OWN_CLAUSE.test(toks[k + 2]?.lower ?? "")) return k;
    if (x === "in" && toks[k + 1]?.lower === "line" && toks[k + 2]?.lower === "with") return k;
    if (np && k > start) {
      // "a written commitment that Ukraine will never join": a complement clause, read to its end.
      if (x === "that" && COMPLEMENT_NOUNS.has(toks[k - 1]!.lower)) {
        np = false;
        continue;
      }
      // "an assessment of what it would cost to rebuild …", "an inquiry into how the money was spent": an embedded
      // question is the phrase's object, read to its end.
      if (EMBEDDED_QUESTION.test(x) && /^(?:of|on|about|into|over)$/.test(toks[k - 1]!.lower)) {
        np = false;
        continue;
      }
      if (x === "as" && toks[k - 1]?.lower === "such") continue;
      // "… on Monday" ends the phrase; "a rerun of last month's election" does not: the time word qualifies a noun.
      const timeQualifies = toks[k - 1]?.lower === "of" || /^['’]s?$/.test(toks[k + 2]?.text ?? "");
      if ((x === "on" || x === "last" || x === "this" || x === "next") && TIME_WORDS.has(toks[k + 1]?.lower ?? "") && !timeQualifies) return k;
      // A quoted name inside the phrase ("his “Nuremberg Files” site") goes on; any other quotation ends it.
      if (t.text === "“") {
        const close = toks.findIndex((q, x) => x > k && x <= k + 6 && (q.text === "”" || /^[,.;:!?]$/.test(q.text)));
        if (close > k + 1 && toks[close]!.text === "”" && /^\p{Ll}/u.test(toks[close + 1]?.text ?? "")) {
          depth = Math.max(0, depth - 1);
          k = close;
          continue;
        }
        return k;
      }
      if (NP_STOP.has(x)) return /^(?:after|before|since)$/.test(x) ? beforeMeasure(toks, start, k) : k;
      if (x === "and") {
        // "safety guarantees and test-fired missiles": a second verb phrase, not more content.
        const look = toks.slice(k + 1, k + 4);
        if (look.some((q) => /^\p{Ll}/u.test(q.text) && isPastTense(q.lower) && !isAdjective(q.lower))) return k;
        if (look[0] && /^\p{Ll}/u.test(look[0].text) && isVerbForm(look[0].lower) && !isAdjective(look[0].lower) && look[1] && isPastTense(look[1].lower)) return k;
      }
      if (x === "to" && toks[k + 1] && isVerbForm(toks[k + 1]!.lower) && /^(?:underscore|highlight|show|press|back|make|emphasi[sz]e|stress|signal|force)$/.test(toks[k + 1]!.lower)) return k;
    }
    // Sentences are already split: a period inside one is an abbreviation ("Jan. 10"), unless a quotation
    // opens after it (a boundary the splitter missed: "… comes home. ``We cannot stop").
    if (x === "!" || x === "?" || (x === "." && (k > lastWord(toks) || /^[`“"]/.test(toks[k + 1]?.text ?? "")))) return k;
  }
  return stop;
}

// "a day after", "two weeks before", "only hours after": the measure goes with the clause of time it opens.
const MEASURE_UNIT = /^(?:minutes?|hours?|days?|weeks?|months?|years?)$/;
const MEASURE_COUNT = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|\d+)$/;
function beforeMeasure(toks: Token[], start: number, k: number): number {
  let b = k;
  if (!MEASURE_UNIT.test(toks[b - 1]?.lower ?? "")) return k;
  b--;
  if (MEASURE_COUNT.test(toks[b - 1]?.lower ?? "")) b--;
  if (toks[b - 1]?.lower === "a" && toks[b]?.lower === "few") b--;
  if (/^(?:just|only|barely|about|nearly|some)$/.test(toks[b - 1]?.lower ?? "")) b--;
  return b > start ? b : k;
}

/** Split "that A and that B" (and "to A and to B") into separate demands. */
function splitList(f: Found): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  let start = f.start;
  const t = f.tokens;
  // In a noun-phrase list, "A, B and C" with each part opening on an article is three demands,
  // unless the list only gives examples ("such as A and B").
  // Nor after an embedded question ("an assessment of what it would cost … and the price tag …"): one object.
  const examples = t.findIndex((x, k) => (x.lower === "as" && t[k - 1]?.lower === "such") || x.lower === "including" || (EMBEDDED_QUESTION.test(x.lower) && /^(?:of|on|about|into|over)$/.test(t[k - 1]?.lower ?? "")));
  for (let k = 1; k < t.length - 1; k++) {
    const conj = t[k]!.lower === "and" || t[k]!.lower === ";" || (f.np && t[k]!.lower === ",");
    const next = t[k + 1]!.lower;
    const npPart = f.np && (examples < 0 || k < examples) && /^(?:a|an|the)$/.test(next) && k > 1;
    if (conj && (next === "that" || npPart)) {
      const end = (t[k - 1]!.lower === "," ? t[k - 2]! : t[k - 1]!).end;
      if (end > start) parts.push({ start, end });
      start = t[k + 1]!.start;
    }
  }
  parts.push({ start, end: f.end });
  return parts;
}

export function cleanWhat(raw: string): string {
  let s = raw.replace(/\s+/g, " ").trim();
  s = s.replace(/^that\s+/i, "");
  s = s.replace(/[\s,;:—–-]+$/u, "");
  s = s.replace(/,(\s*[”"’])$/u, "$1");
  s = s.replace(/[.]+$/u, "");
  // A content cut at its length limit or a clause boundary ends on no function word ("… the council and a"), nor on
  // the adverb of a reason cut off ("higher pay just [because …]").
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(/\s+(?:and|or|but|of|to|the|a|an|for|with|in|on|at|by|from|as|such as|that|which|who|including|than|just|only|simply|partly|mainly|largely)$/iu, "").replace(/[\s,;:—–-]+$/u, "");
  }
  // Balance quotes cut by the clause end.
  const opens = (s.match(/“/g) ?? []).length;
  const closes = (s.match(/”/g) ?? []).length;
  if (opens > closes) s += "”";
  if (closes > opens && s.startsWith("”")) s = s.slice(1).trim();
  // 'control" of Innopac': the quotation opened before the content and closes inside it.
  if ((s.match(/"/g) ?? []).length % 2 === 1 && /^[^"]*\p{L}" /u.test(s)) s = s.replace(/(\p{L})" /u, "$1 ");
  if ((s.match(/"/g) ?? []).length % 2 === 1) s = s.endsWith('"') ? s.slice(0, -1).trim() : `${s}"`;
  if (/^(?:it|them|this|that|so|these|those|him|her)$/i.test(s)) return "";
  return s;
}
