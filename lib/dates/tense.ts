// Tense of the clause around a temporal expression: decides whether a bare "Thursday", "June" or
// "Jan. 10" points back (most recent) or forward (next occurrence) from the reference date.
//
// Cheap and local: the sentence is tokenised once (cached), every tense cue gets a distance to the
// expression (tokens, plus a penalty for each clause boundary crossed and for weak cues such as
// reporting verbs), and the nearest cue wins. No cue within reach → "neutral" (nearest occurrence).

/** "present": a present-tense cue governs the expression; "neutral": no cue within reach. */
export type Tense = "past" | "future" | "present" | "neutral";

const FUTURE = new Set(
  (
    "will 'll ’ll shall won't won’t wo upcoming scheduled slated planned plans plan expected expects expect " +
    "intends intend intended aims aim hopes hope proposed tomorrow coming forthcoming pending next later soon " +
    "due going gonna anticipated likely prepared preparing planning ahead until till next"
  ).split(" "),
);
/** Conditional / reported-future auxiliaries: future-leaning but weaker than "will". */
const FUTURE_WEAK = new Set(["would", "could", "might", "may", "should", "must", "can", "to"]);
const PRESENT = new Set(
  "is are am isn't aren't isn’t aren’t does do says say begins starts ends opens meets runs remains remain expires takes comes starting beginning effective ending".split(" "),
);
const WANTING_NOW = new Set("wants want needs demands seeks urges urging asking demanding seeking calling".split(" "));
const REPORTING = new Set(
  "said told added noted according stated wrote announced explained insisted reported claimed confirmed says tells".split(" "),
);
const PAST = new Set(
  (
    "was were had did wasn't weren't didn't hadn't wasn’t weren’t didn’t hadn’t went came met spoke took made gave " +
    "held began saw left won lost became sent put got found thought knew brought fought fell rose led ran wrote " +
    "built paid sold bought struck spent stood kept felt heard meant broke chose drove ate flew forgot froze hid hit " +
    "hurt let lay rode rang sang sank sat shook shot shut slept slid split spread stole stuck swore swept swam swung " +
    "taught tore threw understood woke wore withdrew overtook undertook sought caught dealt drew grew knew beat bit " +
    "blew bore bound bred cast clung crept dug fed fled flung forbade forgave hung laid lent lit overcame oversaw " +
    "paid quit read rebuilt reset retook rewrote shone shrank sprang stank strode strove swore thrust upheld wound " +
    "ago earlier previously formerly yesterday last once been gone done spoken taken given written begun seen known " +
    "shown chosen fallen risen driven broken stolen"
  ).split(" "),
);
/**
 * Verbs spelled alike in the base form and the past ("cut", "set", "put"): past after a subject ("the board
 * cut fares on Friday"), the base form after a modal, "to" or "do" ("will put the plan to the cabinet on
 * Friday"), where the modal is the cue.
 */
const BASE_AS_PAST = new Set(
  "put hit hurt let shut split spread quit read cast cut set cost bid beat thrust burst broadcast forecast upset bet reset".split(" "),
);
for (const w of BASE_AS_PAST) PAST.add(w);
const BASE_BEFORE = new Set(
  "will 'll ’ll shall would could might may should must can to do does did don't doesn't didn't don’t doesn’t didn’t won't won’t cannot".split(" "),
);
/** Words that may stand between a modal and its verb ("will also cut", "did not set"). */
const BETWEEN = new Set("not also then again never still just soon now only even further already once jointly".split(" "));
function afterModal(toks: Tok[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
    const w = toks[k]!.w;
    if (BASE_BEFORE.has(w)) return true;
    if (!BETWEEN.has(w) && !(w.length > 4 && w.endsWith("ly"))) return false;
  }
  return false;
}
const NOT_PAST_ED = new Set(
  (
    "need seed feed speed indeed bed red shed bleed breed proceed succeed exceed weed greed hundred sacred naked " +
    "wicked kindred creed deed embed steed tweed reed freed united armed aged beloved learned alleged " +
    "so-called biased skilled advanced detailed limited concerned interested supposed based related used ed"
  ).split(" "),
);
const NOT_A_VERB = new Set("ago earlier previously formerly yesterday last once starting beginning effective ending according".split(" "));
const AUXILIARY = new Set("am is are was were has have had will would could should shall may might must can do does did".split(" "));
/**
 * A word that can open a predicate with no subject before it ("made more than …", "were named …",
 * "presented claims …"): an auxiliary, a listed past or present form, or a regular past in -ed.
 */
export function isFiniteVerb(word: string): boolean {
  let known = finite.get(word);
  if (known === undefined) {
    const w = word.toLowerCase();
    known = AUXILIARY.has(w) || ((PAST.has(w) || PRESENT.has(w) || REPORTING.has(w)) && !NOT_A_VERB.has(w)) || (w.length >= 4 && w.endsWith("ed") && !NOT_PAST_ED.has(w));
    // Asked of every word near every date, many times over: remembered, up to a bound.
    if (finite.size >= FINITE_MEMO) finite.clear();
    finite.set(word, known);
  }
  return known;
}
const FINITE_MEMO = 20_000;
const finite = new Map<string, boolean>();
/** Verbs whose infinitive ("agreed to meet Jan. 10") points at a future event. */
const EVENT_VERBS = new Set(
  (
    "meet hold visit travel vote begin start resume take sign discuss launch decide announce release open close attend " +
    "host testify speak talk address deliver submit present finalize complete end expire appear arrive continue " +
    "consider review respond rule hear publish unveil introduce return leave pay reopen convene gather elect " +
    "sit debate negotiate implement enter withdraw take effect kick go"
  ).split(" "),
);

/**
 * Words of intent or agreement whose infinitive names an event still ahead of the report, whatever
 * the verb: "agreed to purchase the line in February", "an agreement to acquire it in January".
 */
const INTENT = new Set(
  (
    "agreed agree agrees agreement agreements decided decide decides decision plans plan planned planning intends intend " +
    "intended intention promised promise promises pledged pledge vowed vow expects expect expected offered offer offers " +
    "voted proposed proposal scheduled hopes hoped wants wanted aims aimed seeks sought prepared ready deal contract " +
    "threatened threaten threatens threat threats warned vowing pledging threatening"
  ).split(" "),
);

/** Words after which an "-ed" word is an adjective ("a still unspecified date", "the injured"), not a verb. */
const DETERMINER = new Set("a an the its his her their our my your this that these those still newly".split(" "));

/** Words after which "planned", "scheduled", "expected" tell of a plan rather than look ahead. */
const PLAN_TOLD = new Set("as previously originally already hastily long a an the its his her their our this that".split(" "));

/** Words after which "plan(s)" is a noun, not the verb. */
const NOUN_BEFORE = new Set("a an the its his her their our my your this that these those new announced unveiled outlined approved rejected".split(" "));

/** Prepositions that may open a sentence-initial time expression ("On Tuesday, …"). */
const FRONT = new Set("on by in at since until till from before after during".split(" "));

const TOKEN = /[A-Za-z][A-Za-z'’-]*|[,;:()\u2014\u2013"“”]|\s-\s/g;
// A clause boundary token, read at every word of a sentence: a set look-up first, the regular expression only for " - ".
const BOUNDARY_MARKS = new Set([",", ";", ":", "(", ")", "\u2014", "\u2013", '"', "“", "”"]);
const isBoundary = (w: string) => BOUNDARY_MARKS.has(w) || (w.length === 3 && /^\s-\s$/.test(w));

interface Tok {
  w: string;
  start: number;
  end: number;
}

const cache = new WeakMap<object, Tok[]>();

function tokens(key: object, text: string): Tok[] {
  let t = cache.get(key);
  if (!t) {
    t = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) t.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
    cache.set(key, t);
  }
  return t;
}

interface Cue {
  tense: Tense;
  penalty: number;
  reporting?: boolean;
  /** Conditionals, bare infinitives, "until": a lean, not a statement about the time. */
  weak?: boolean;
  /** Governs only what follows it ("agreed to buy it in May"; not "In May, it agreed to buy"). */
  after?: boolean;
}

function cueOf(toks: Tok[], j: number): Cue | null {
  const w = toks[j]!.w;
  const next = toks[j + 1]?.w ?? "";
  if (w === "to") {
    // "agreed to meet", "is to visit": an infinitive of an event verb; "going to", "due to" handled by FUTURE.
    // "is to resume", "are to meet": an arrangement, as firm as "will".
    const prev = toks[j - 1]?.w;
    // Weak: "agreed to sell the unit on Tuesday" more often dates the agreement than the sale.
    if (prev && INTENT.has(prev) && /^[a-z]/.test(next) && !NOUN_BEFORE.has(next)) return { tense: "future", penalty: 0, weak: true, after: true };
    const firm = prev === "is" || prev === "are";
    return EVENT_VERBS.has(next) ? { tense: "future", penalty: 1, weak: !firm } : null;
  }
  if (w === "has" || w === "have" || w === "'ve" || w === "’ve") {
    const n1 = next;
    const n2 = toks[j + 2]?.w ?? "";
    const participle = (x: string) => PAST.has(x) || (x.endsWith("ed") && !NOT_PAST_ED.has(x));
    return participle(n1) || participle(n2) ? { tense: "past", penalty: 0 } : { tense: "present", penalty: 1 };
  }
  // "were planning to drive", "was expected to sign": a plan told in the past still points ahead.
  if ((w === "was" || w === "were" || w === "is" || w === "are") && (FUTURE.has(next) || next === "set") && next !== "next" && next !== "later") return { tense: "future", penalty: 0 };
  // "said he would meet", "would be traveling": a reported plan, as firm as "will" for the event it names.
  if (w === "would" && (next === "be" || EVENT_VERBS.has(next))) return { tense: "future", penalty: 1 };
  const scheduled = scheduledEvent(toks, j);
  if (scheduled) return scheduled;
  if (w === "since") return { tense: "past", penalty: 0 }; // "on patrol since March"
  if (w === "due") return next === "to" ? null : { tense: "future", penalty: 0 };
  if (w === "set") {
    if (next === "to" || next === "for") return { tense: "future", penalty: 0 };
    // "is set", "was set": the be-form before it is the cue.
    if (/^(?:is|are|was|were|be|been|being)$/.test(toks[j - 1]?.w ?? "")) return null;
  }
  if (BASE_AS_PAST.has(w) && afterModal(toks, j)) return null;
  if (w === "going") return next === "to" ? { tense: "future", penalty: 0 } : null;
  if (w === "last" || w === "next") return null; // adjectives of other expressions, or "last" the verb
  if (w === "until" || w === "till") return { tense: "future", penalty: 4 }; // deadlines: "has until Friday"
  if (w === "later" || w === "earlier") {
    // Usually part of another expression: a weak hint only.
    return { tense: w === "earlier" ? "past" : "future", penalty: 4, weak: true };
  }
  if ((REPORTING.has(w) || PAST.has(w)) && (toks[j - 1]?.w === "be" || toks[j - 1]?.w === "being")) return { tense: "future", penalty: 0 };
  if (REPORTING.has(w)) return { tense: w === "says" || w === "tells" ? "present" : "past", penalty: 8, reporting: true };
  if ((w === "plans" || w === "plan") && NOUN_BEFORE.has(toks[j - 1]?.w ?? "")) return null; // "announced plans to", "its plan"
  // "as planned", "the hastily scheduled trip": the plan is told, not a time ahead.
  if (FUTURE.has(w) && w.endsWith("ed") && PLAN_TOLD.has(toks[j - 1]?.w ?? "")) return null;
  if (FUTURE.has(w)) return { tense: "future", penalty: 0 };
  if (FUTURE_WEAK.has(w)) return { tense: "future", penalty: 3, weak: true };
  // "The union wants a deal before Christmas": what is wanted now lies ahead.
  if (WANTING_NOW.has(w)) return { tense: "future", penalty: 2, weak: true };
  if (PRESENT.has(w)) return { tense: "present", penalty: 2 };
  const past = PAST.has(w) ? 0 : w.length >= 4 && w.endsWith("ed") && !NOT_PAST_ED.has(w) ? 1 : -1;
  if (past >= 0) {
    // "will be held", "to be signed": a participle after "be" belongs to a modal or infinitive group.
    const p1 = toks[j - 1]?.w;
    if (past === 1 && p1 && DETERMINER.has(p1)) return null;
    // "the cut", "a hit": an irregular past right after an article is the noun.
    if (past === 0 && (p1 === "a" || p1 === "an" || p1 === "the")) return null;
    if (p1 === "be" || p1 === "being") {
      // "could not be reached Wednesday": a conditional's passive leans ahead only weakly.
      const aux = toks[j - 2]?.w === "not" ? toks[j - 3]?.w : toks[j - 2]?.w;
      return aux && FUTURE_WEAK.has(aux) && aux !== "to" ? { tense: "future", penalty: 3, weak: true } : { tense: "future", penalty: 0 };
    }
    if (p1 === "is" || p1 === "are" || p1 === "am" || p1 === "get" || p1 === "gets") return { tense: "present", penalty: 0 };
    if (past === 1 && wishedDone(toks, j)) return { tense: "future", penalty: 1 };
    return { tense: "past", penalty: past };
  }
  return null;
}

// "wants the border reopened", "needs the roof repaired before winter": the participle is what someone wants done.
const WISH = new Set("want wants need needs like expect expects demand demands".split(" "));
function wishedDone(toks: Tok[], j: number): boolean {
  for (let k = j - 2; k >= Math.max(1, j - 5); k--) {
    if (DETERMINER.has(toks[k]!.w)) return WISH.has(toks[k - 1]!.w);
    if (isBoundary(toks[k]!.w)) return false;
  }
  return false;
}

/** Words that cannot stand right before a finite verb ("the talks", "said talks"): the word is a noun there. */
const NOT_SUBJECT_END = new Set("a an the its his her their our my your this that these those of to in on at for by with from and or said told announced says".split(" "));
const SUBJECT_VERB_GAP = 10;
/**
 * "The union said talks resume on Friday": a present-tense event verb reported after a past reporting
 * verb tells a scheduled event, ahead of the report.
 */
function scheduledEvent(toks: Tok[], j: number): Cue | null {
  const w = toks[j]!.w;
  const base = EVENT_VERBS.has(w) ? w : w.endsWith("es") && EVENT_VERBS.has(w.slice(0, -2)) ? w.slice(0, -2) : w.endsWith("s") && EVENT_VERBS.has(w.slice(0, -1)) ? w.slice(0, -1) : null;
  if (!base) return null;
  const prev = toks[j - 1]?.w ?? "";
  if (!prev || NOT_SUBJECT_END.has(prev) || isBoundary(prev) || FUTURE_WEAK.has(prev) || PAST.has(prev) || PRESENT.has(prev) || FUTURE.has(prev)) return null;
  for (let k = j - 2; k >= Math.max(0, j - SUBJECT_VERB_GAP); k--) {
    const t = toks[k]!.w;
    if (t === "said" || t === "told" || t === "announced") return { tense: "future", penalty: 0 };
    if (isBoundary(t) && t !== ",") return null;
  }
  return null;
}

/** Words of the past tense that name no event of their own (auxiliaries, adverbs, reporting verbs). */
const NOT_EVENT = new Set("was were had did been ago earlier previously formerly yesterday last once gone done".split(" "));
/**
 * The past-tense verb nearest before `at` in the sentence ("was shot to death at 10 p.m." → "shot"), or null:
 * what names the event a clock time belongs to.
 */
export function pastVerbBefore(key: object, sentence: string, at: number): string | null {
  const toks = tokens(key, sentence);
  let seen = 0;
  for (let j = toks.length - 1; j >= 0; j--) {
    const t = toks[j]!;
    if (t.end > at) continue;
    if (++seen > 6 || isBoundary(t.w)) return null;
    const w = t.w;
    if (NOT_EVENT.has(w) || REPORTING.has(w) || FUTURE.has(w)) continue;
    if (PAST.has(w) || (w.length >= 5 && w.endsWith("ed") && !NOT_PAST_ED.has(w))) return w;
  }
  return null;
}

/** Score of a "by" right before the expression: weaker than a verb next to it. */
const BY_DEADLINE = 6;

/**
 * Tense governing the expression at [start, end) of `sentence` (offsets relative to the sentence).
 * `key` identifies the sentence for the token cache (any object, e.g. the sentence span).
 * `strongOnly`: ignore weak cues (conditionals, infinitives, "until"), for expressions whose default
 * direction is the past (news reports weekdays that have been far more often than ones to come).
 */
export function tenseAt(key: object, sentence: string, start: number, end: number, strongOnly = false): Tense {
  const toks = tokens(key, sentence);
  // First token ending after `start` (binary search: a sentence can be long).
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const i0 = lo;
  let i1 = i0;
  while (i1 < toks.length && toks[i1]!.start < end) i1++;
  let best: Tense = "neutral";
  let bestScore = 14;
  // Walk outwards on each side, counting clause boundaries crossed.
  let boundaries = 0;
  for (let j = i0 - 1, dist = 1; j >= 0 && dist < bestScore; j--, dist++) {
    if (isBoundary(toks[j]!.w)) {
      boundaries++;
      continue;
    }
    // "will double its flights by August": "by" right before the expression sets a deadline, which
    // leans ahead; any nearer tense cue ("had sold half by March") still wins.
    if (dist === 1 && toks[j]!.w === "by") {
      if (BY_DEADLINE < bestScore) {
        bestScore = BY_DEADLINE;
        best = "future";
      }
      continue;
    }
    const c = cueOf(toks, j);
    if (!c || (strongOnly && c.weak)) continue;
    // "officials said Thursday": a reporting verb right next to the expression dates the statement;
    // "postponed until Nov. 20" (not opening the sentence): a deadline, ahead.
    const deadline = dist === 1 && (toks[j]!.w === "until" || toks[j]!.w === "till") && j > 0;
    const score = deadline ? 0 : c.reporting && dist <= 2 && boundaries === 0 ? dist : dist + c.penalty + boundaries * 3;
    if (score < bestScore) {
      bestScore = score;
      best = c.tense;
    }
  }
  boundaries = 0;
  // "On Tuesday, the league plans to …": a fronted expression's comma leads into its own clause.
  const fronted = i0 <= 1 && (i0 === 0 || FRONT.has(toks[0]!.w));
  for (let j = i1, dist = 1; j < toks.length && dist < bestScore; j++, dist++) {
    if (isBoundary(toks[j]!.w)) {
      if (fronted && j === i1 && toks[j]!.w === ",") continue;
      boundaries++;
      continue;
    }
    const c = cueOf(toks, j);
    if (!c || (strongOnly && c.weak) || c.after) continue;
    // "would take its case to court on Tuesday and called on …": a verb joined by "and" is the subject's next
    // act, with a tense of its own; a cue before the expression already governs it.
    if (bestScore < 14 && j > i1 && (toks[j - 1]!.w === "and" || toks[j - 1]!.w === "but")) continue;
    // A cue after the expression is slightly weaker than one before it ("spoke Thursday" vs "Thursday, he said").
    const score = dist + 1 + c.penalty + boundaries * 3;
    if (score < bestScore) {
      bestScore = score;
      best = c.tense;
    }
  }
  return best;
}

const overall = new WeakMap<object, Tense>();
/**
 * The sentence's own tense, from all its strong cues (reporting verbs left out): the narrative
 * direction used when no cue is near an expression. Computed once per sentence.
 */
export function sentenceTense(key: object, sentence: string): Tense {
  const known = overall.get(key);
  if (known) return known;
  const toks = tokens(key, sentence);
  let past = 0;
  let future = 0;
  for (let j = 0; j < toks.length; j++) {
    const c = cueOf(toks, j);
    if (!c || c.weak || c.reporting) continue;
    if (c.tense === "past") past++;
    else if (c.tense === "future") future++;
  }
  const t: Tense = past > future ? "past" : future > past ? "future" : "neutral";
  overall.set(key, t);
  return t;
}
