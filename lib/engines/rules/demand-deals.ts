// Deals: what a bidder or proposer wants of another company or its holders. "launched a $10-a-share tender offer for
// Dataproducts", "extended its offer of $18 a share for the 33% of Telerate it doesn't own", "withdrew its offer to
// acquire Mesa", "is considering bidding C$780 million to acquire the company", "proposed acquiring Mesa for $7 a share",
// "a proposal from StatesWest to combine the two carriers". The bidder asks the target, or its holders, to sell; the
// company the offer names is whom it is made of. None without another party's company, shares or stake: a company's
// own plan ("plans to open 40 stores"), an issue of its own shares ("offering 1.7 million shares at $15 a share"), a
// thing offered that is no deal ("offered help", "a bid for re-election"), or a deal already done ("acquired X last year").
import type { Token } from "../../text/tokens.ts";
import type { DemandStatus } from "../../schema/summary.ts";
import type { Entity } from "./actors.ts";
import { actorsIn, addresseesIn, agentOf, entityEndingAt, possessorEnd, resolvePronoun, subjectOf } from "./demand-agents.ts";
import { hearsay } from "./demand-checks.ts";
import { isAdjective, isImperative, isVerbForm } from "./lexicon.ts";
import { DETERMINERS, isNegation, NP_STOP, POSSESSIVE_PRONOUNS, wordScreen } from "./demand-words.ts";
import { clauseEnd, sameSide, type DemandContext, type Found } from "./demands.ts";

const OFFER_NOUN = /^(?:offer|offers|bid|bids|proposal|proposals|counterbid|counterbids|counteroffer|counteroffers|counter-offer|counter-bid)$/;
const OFFER_VERB = /^(?:offer|offers|offered|offering|bid|bids|bidding)$/;
const PROPOSE = /^(?:propose|proposes|proposed|proposing)$/;

/** No sentence without an offer, a bid or a proposal can give readDeals anything. */
const PAY = /^(?:pay|pays)$/;
const SOLICIT = /^(?:solicit|solicits|soliciting|solicited)$/;
const BOUGHT = /^(?:acquired|bought|purchased)$/;
export const dealScreen = wordScreen(OFFER_NOUN, OFFER_VERB, PROPOSE, PAY, SOLICIT, BOUGHT, /^(?:letter|approach|approaches)$/);

// What a bidder does with its offer: makes it, keeps it open, or ends it.
const MAKES_OFFER = /^(?:made|make|makes|making|launched|launch|launches|launching|extended|extend|extends|extending|raised|raise|raises|raising|sweetened|sweeten|sweetens|increased|revised|amended|renewed|submitted|submits|mailed|announced|began|begin|begins|commence|commences|commenced|start|starts|started|initiated|completed|signed|sent|withdrew|withdrawn|withdraws|withdraw|dropped|abandoned|terminated|mounted|mount|mounts|pursued|pursuing)$/;
// The only statuses the bidder's own verb gives: an offer withdrawn was made and got no answer the text reports (the
// schema has no "withdrawn"); a tender offer completed was taken up.
const VERB_STATUS: Record<string, DemandStatus> = { withdrew: "made", withdrawn: "made", withdraws: "made", withdraw: "made", dropped: "made", abandoned: "made", terminated: "made", completed: "accepted" };
// Acts that change hands: "to acquire Mesa", "acquiring Mesa", "to combine the two carriers", "changing its offer".
const DEAL_ACT = /^(?:acquire|acquiring|buy|buying|exchange|exchanging|swap|swapping|repurchase|repurchasing|redeem|redeeming|purchase|purchasing|merge|merging|combine|combining|take|taking)$/;
// What a deal is for: a company's shares, a stake in it, the company itself.
// Its notes and bonds too: an offer to buy back debt is made to their holders ("offering to buy back $150 million of notes").
const DEAL_OBJECT = /^(?:shares?|stocks?|stakes?|compan(?:y|ies)|concerns?|firms?|carriers?|chains?|makers?|units?|subsidiar(?:y|ies)|business(?:es)?|assets|equity|operations|divisions?|holdings|%|notes|bonds|debentures|debt|securities)$/;
// "to acquire the company": the company the story is about, named before.
const ANAPHORIC_TARGET = /^(?:company|concern|firm|carrier|chain|maker|group|bank|thrift|utility|retailer|airline|studio)$/;
// A proposal about a deal names one: "proposed changing its offer"; "proposed buying back its shares" names none.
const DEAL_WORDS = /\b(?:offer|bid|merger|acquisition|takeover|buyout|tender offer|stake)\b/i;
// A lower-case word a deal's noun phrase can hold before its head: "a $10-a-share tender offer", "its new all-cash bid".
const OFFER_MODIFIERS = /^(?:tender|takeover|buyout|cash|all-cash|hostile|friendly|new|revised|sweetened|higher|lower|improved|earlier|previous|original|initial|general|formal|informal|unsolicited|final|rival|competing|exchange|firm|\d[\d.,]*-a-share|\d[\d.,]*-per-share|per-share|million|billion|pound|pence|mark|dollar|euro|franc|yen|[$#£€])$/;
// "could make a bid", "if it makes an offer": an option weighed, not an offer made.
const MAYBE = /^(?:could|might|may|not|never|n't|if|unless|whether)$/;
const CURRENCY = /^[$#£€¥]$/;
const CURRENCY_WORDS = /^(?:dollars|pounds|pence|marks?|yen|francs|euros|lire|pesos|kronor|kroner|guilders|rand|rupees|yuan)$/;

/** The index after an amount of money at toks[j] ("$18 a share", "C$16.40", "780.6 million Canadian dollars"), else -1. */
function moneyEnd(toks: Token[], j: number): number {
  let k = j;
  if (/^(?:about|nearly|almost|roughly|around|some)$/.test(toks[k]?.lower ?? "")) k++;
  // "C$16.40", "US$666": a country's letters glued to the sign.
  if (/^(?:c|us|a|hk|nz|s)$/.test(toks[k]?.lower ?? "") && toks[k + 1]?.text === "$" && toks[k + 1]!.start === toks[k]!.end) k++;
  if (CURRENCY.test(toks[k]?.text ?? "") && /^\d/.test(toks[k + 1]?.text ?? "")) k += 2;
  else if (/^\d/.test(toks[k]?.text ?? "") && (/^(?:million|billion)$/.test(toks[k + 1]?.lower ?? "") || CURRENCY_WORDS.test(toks[k + 1]?.lower ?? "") || /^cents?$/.test(toks[k + 1]?.lower ?? "") || (/^\p{Lu}/u.test(toks[k + 1]?.text ?? "") && CURRENCY_WORDS.test(toks[k + 2]?.lower ?? "")))) k++;
  else return -1;
  if (/^(?:million|billion)$/.test(toks[k]?.lower ?? "")) k++;
  if (/^\p{Lu}/u.test(toks[k]?.text ?? "") && CURRENCY_WORDS.test(toks[k + 1]?.lower ?? "")) k++;
  if (CURRENCY_WORDS.test(toks[k]?.lower ?? "") || /^cents?$/.test(toks[k]?.lower ?? "")) k++;
  if (/^(?:a|per)$/.test(toks[k]?.lower ?? "") && toks[k + 1]?.lower === "share") k += 2;
  return k;
}

/** Past a bracket or an ", or about $576 million," after an amount: the index where the phrase goes on. */
function pastAside(toks: Token[], k: number): number {
  if (toks[k]?.text === "(") {
    const close = toks.findIndex((q, x) => x > k && x <= k + 8 && q.text === ")");
    return close > 0 ? close + 1 : k;
  }
  if (toks[k]?.text === "," && toks[k + 1]?.lower === "or") {
    const m = moneyEnd(toks, k + 2);
    if (m > 0 && toks[m]?.text === ",") return m + 1;
  }
  return k;
}

/**
 * What the deal is for, at toks[k]: "for <target>" or "to acquire <target>" (also "acquiring <target>"). The target
 * must be another party's company, shares or stake. Returns where the act or target starts and the clause's end.
 */
function dealTarget(ctx: DemandContext, si: number, toks: Token[], k: number, by: Entity | undefined): { from: number; end: number; of: Entity[] } | null {
  let from: number;
  if (toks[k]?.lower === "for") from = k + 1;
  else if (toks[k]?.lower === "to" && DEAL_ACT.test(toks[k + 1]?.lower ?? "")) from = k + 1;
  else if (DEAL_ACT.test(toks[k]?.lower ?? "") && /ing$/.test(toks[k]!.lower)) from = k;
  else return null;
  // "take" only as "take over", "take control of", "take the company private".
  if (/^tak/.test(toks[from]?.lower ?? "") && !/^(?:over|control)$/.test(toks[from + 1]?.lower ?? "") && !toks.slice(from + 1, from + 6).some((q) => q.lower === "private")) return null;
  // "to buy as many as 5 million of its shares": the count's "as" ends no clause.
  const count = toks[from + 1]?.lower === "as" && /^(?:many|much)$/.test(toks[from + 2]?.lower ?? "") && toks[from + 3]?.lower === "as" ? from + 4 : from;
  let end = clauseEnd(toks, count, true);
  // "… for Pelham Mills Inc. expires Friday": the sentence's own verb after the name ends the phrase.
  const verb = toks.findIndex((q, x) => x > from && x < end && /^\p{Ll}{3,}(?:s|ed)$/u.test(q.text) && isVerbForm(q.lower) && !isAdjective(q.lower) && !DEAL_OBJECT.test(q.lower) && /^\p{Lu}|\.$/u.test(toks[x - 1]!.text));
  if (verb > 0) end = verb;
  if (end <= from) return null;
  const span = toks.slice(from, end);
  const of = actorsIn(ctx, toks[from]!.start, toks[end - 1]!.end).filter((e) => e !== by && (!by || !sameSide(e, by)) && e.kind !== "country");
  const forDeal = of.some((e) => e.kind === "organization") || span.slice(0, 12).some((q) => DEAL_OBJECT.test(q.lower));
  if (!forDeal) return null;
  // "to acquire the company": the company named before, when it is not the bidder.
  if (!of.length && ANAPHORIC_TARGET.test(toks[end - 1]!.lower) && (toks[end - 2]?.lower === "the" || (toks[end - 3]?.lower === "the" && /^(?:entire|whole)$/.test(toks[end - 2]!.lower)))) {
    const e = entityEndingAt(ctx, si, toks, end - 1);
    if (e && e !== by && e.kind === "organization") of.push(e);
  }
  // "bid for 100% of Jaguar if the government agrees to relax …": the condition is part of the offer (and its "agrees"
  // no answer to it).
  if (/^(?:if|unless|provided)$/.test(toks[end]?.lower ?? "")) end = Math.max(end, clauseEnd(toks, end + 1, false));
  return { from, end, of };
}

const PROPOSED_DEAL = /^(?:merger|combination|takeover|buyout|buy-out|acquisition|sale|tender)$/;
// "an offer yesterday for …", "a bid last week for …": when it was made, between the offer and what it is for.
const WHEN = /^(?:yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
function pastWhen(toks: Token[], k: number): number {
  if (WHEN.test(toks[k]?.lower ?? "")) return k + 1;
  if (/^(?:on|last|this|late|early)$/.test(toks[k]?.lower ?? "") && (WHEN.test(toks[k + 1]?.lower ?? "") || /^(?:week|month|year)$/.test(toks[k + 1]?.lower ?? "")) && toks[k + 2]?.lower === "for") return k + 2;
  return k;
}

const gerundTaking = /^(?:consider|considers|considering|considered|weighing|weighs|weighed|contemplating|contemplates|contemplated)$/;

export function readDeals(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
    const t = toks[i]!;
    if (!/^\p{Ll}/u.test(t.text)) continue;
    // "signed a letter of intent to acquire …": the letter is the offer.
    const intent = t.lower === "letter" && toks[i + 1]?.lower === "of" && toks[i + 2]?.lower === "intent";
    // "a hostile approach from Fenwick": an approach is an offer only when a takeover's word or an amount says so.
    const approach = /^approach(?:es)?$/.test(t.lower) && /^(?:hostile|unsolicited|takeover|friendly|informal|formal|million|billion|pound|dollar)$/.test(toks[i - 1]!.lower);
    const found = intent ? readOfferNoun(ctx, si, toks, i, 3) : (OFFER_NOUN.test(t.lower) || approach) && offerNounUse(toks, i) ? readOfferNoun(ctx, si, toks, i) : PAY.test(t.lower) ? readPrice(ctx, si, toks, i) : SOLICIT.test(t.lower) ? readSolicitation(ctx, si, toks, i) : BOUGHT.test(t.lower) ? readAgreedSale(ctx, si, toks, i) : /^(?:was|were|been|being)$/.test(toks[i - 1]!.lower) && /^(?:offered|bid)$/.test(t.lower) ? readOfferedPassive(ctx, si, toks, i) : OFFER_VERB.test(t.lower) ? readOfferVerb(ctx, si, toks, i) ?? readOfferTerms(ctx, si, toks, i) : PROPOSE.test(t.lower) ? readProposal(ctx, si, toks, i) : null;
    if (found && !hearsay(toks, i)) out.push(found);
  }
  return out;
}

/** "StatesWest" for StatesWest Airlines: the one organisation whose name opens on the word. */
function orgNamedFirst(ctx: DemandContext, word: string): Entity | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  const orgs = [...ctx.store.byKey.values()].filter((e) => e.kind === "organization" && (e.name === word || e.name.startsWith(`${word} `)));
  return orgs.length === 1 ? orgs[0] : undefined;
}

/** "an offer", "its bid", "a $10-a-share tender offer": a noun, after a determiner, a possessive or a modifier. */
function offerNounUse(toks: Token[], i: number): boolean {
  const p = toks[i - 1]!;
  // A name before the noun modifies it only after a determiner ("an earlier StatesWest proposal"); "Kessel Holdings Inc.
  // bid for the chain" is the verb.
  if (/^\p{Lu}/u.test(p.text)) {
    let k = i - 1;
    while (k > 0 && i - k < 6 && /^\p{Lu}/u.test(toks[k]!.text)) k--;
    return DETERMINERS.has(toks[k]!.lower) || OFFER_MODIFIERS.test(toks[k]!.lower) || (/^\p{Ll}+$/u.test(toks[k]!.text) && isAdjective(toks[k]!.lower) && !isVerbForm(toks[k]!.lower));
  }
  return DETERMINERS.has(p.lower) || possessorEnd(toks, i - 1) >= 0 || OFFER_MODIFIERS.test(p.lower) || (/^\p{Ll}+$/u.test(p.text) && isAdjective(p.lower) && !isVerbForm(p.lower));
}

/** "launched a $10-a-share tender offer for …", "a proposal from StatesWest to combine …", "Sony's tender offer for …". */
function readOfferNoun(ctx: DemandContext, si: number, toks: Token[], n: number, after = 1): Found | null {
  // The noun phrase back to its determiner: "a $10-a-share tender offer", "an earlier StatesWest proposal".
  let d = n;
  while (d > 0 && n - d < 7) {
    const p = toks[d - 1]!;
    if (OFFER_MODIFIERS.test(p.lower) || /^\d/.test(p.text) || /^(?:c|us)$/i.test(p.text) && toks[d]?.text === "$" || possessorEnd(toks, d - 1) >= 0 || /^['’]$/.test(p.text) || (/^\p{Lu}/u.test(p.text) && p.lower !== "i") || (/^\p{Ll}+$/u.test(p.text) && isAdjective(p.lower) && !isVerbForm(p.lower) && !DETERMINERS.has(p.lower))) d--;
    else break;
  }
  const det = DETERMINERS.has(toks[d - 1]?.lower ?? "") ? d - 1 : d;
  // Who made it: "from/by X" after the noun; the verb before the phrase ("launched a … offer"); a name inside it
  // ("an earlier StatesWest proposal", "Sony's tender offer").
  let k = pastWhen(toks, n + after);
  let by: Entity | undefined;
  let status: DemandStatus | undefined;
  let priced = false;
  // "a tender offer of DIG Acquisition Corp.": "of" and a name (not an amount) names the bidder too.
  if (/^(?:from|by)$/.test(toks[k]?.lower ?? "") || (toks[k]?.lower === "of" && /^\p{Lu}/u.test(toks[k + 1]?.text ?? "") && moneyEnd(toks, k + 1) < 0)) {
    let e = k + 1;
    while (e < toks.length && e - k <= 8 && !/^[,.;:!?()]$/.test(toks[e]!.text) && !/^(?:to|for|that|which|of|on|in|at|last|this|earlier)$/.test(toks[e]!.lower) && !NP_STOP.has(toks[e]!.lower)) e++;
    by = entityEndingAt(ctx, si, toks, e - 1) ?? (e === k + 2 ? orgNamedFirst(ctx, toks[k + 1]!.text) : undefined);
    if (!by) return null;
    k = e;
  }
  // "extended to Nov. 20 its $45-a-share offer": the verb before a date it runs to.
  let v = det - 1;
  for (let b = v; b > 1 && v - b < 5 && !/^[,;:.]$/.test(toks[b]!.text); b--) {
    if (/^(?:to|until|through)$/.test(toks[b]!.lower) && MAKES_OFFER.test(toks[b - 1]!.lower)) {
      v = b - 1;
      break;
    }
  }
  const verb = toks[v];
  if (!by && verb && MAKES_OFFER.test(verb.lower)) {
    if (MAYBE.test(toks[v - 1]?.lower ?? "") || MAYBE.test(toks[v - 2]?.lower ?? "")) return null;
    // "was withdrawn", "has been extended": a passive names the bidder elsewhere, if at all.
    if (/^(?:was|were|is|are|be|been|being)$/.test(toks[v - 1]?.lower ?? "")) return null;
    by = agentOf(ctx, si, toks, v);
    status = VERB_STATUS[verb.lower];
  }
  // "countered with an offer of $19.25 a share", "jumped in with a competing bid": whoever did the verb before "with".
  if (!by && toks[det - 1]?.lower === "with") {
    const w = toks.findLastIndex((q, x) => x < det - 1 && x > det - 10 && /^\p{Ll}+$/u.test(q.text) && isVerbForm(q.lower) && !OFFER_NOUN.test(q.lower) && !/^(?:in|back|up|out)$/.test(q.lower));
    const stop = toks.findLastIndex((q, x) => x < det - 1 && /^[,;:]$/.test(q.text));
    if (w > 0 && w > stop && !MAYBE.test(toks[w - 1]!.lower)) by = agentOf(ctx, si, toks, w);
  }
  if (!by) {
    const owner = toks.slice(det, n).findIndex((_, x) => possessorEnd(toks, det + x) >= 0);
    if (owner > 0) by = entityEndingAt(ctx, si, toks, possessorEnd(toks, det + owner));
    else if (POSSESSIVE_PRONOUNS[toks[det]?.lower ?? ""] && POSSESSIVE_PRONOUNS[toks[det]!.lower] !== "speaker") by = resolvePronoun(ctx, si, toks[det]!, POSSESSIVE_PRONOUNS[toks[det]!.lower]!);
    else by = actorsIn(ctx, toks[d]!.start, toks[n]!.start).find((e) => e.kind === "organization" || e.kind === "person");
  }
  if (!by) return null;
  // "of $18 a share", then any aside ("(US$666 million)", ", or about $576 million,").
  if (toks[k]?.lower === "of") {
    const m = moneyEnd(toks, k + 1);
    if (m < 0) return null;
    k = pastAside(toks, m);
    priced = true;
  }
  const target = dealTarget(ctx, si, toks, k, by) ?? pricedOffer(ctx, si, toks, d, det, n, k, by, priced);
  if (!target) return null;
  // "a proposal from StatesWest to combine the two carriers": the act proposed, without whose proposal it was.
  // "Sony's tender offer for …": the offer, after whose it is.
  const owned = toks.slice(d, n).findLastIndex((_, x) => possessorEnd(toks, d + x) >= 0);
  const start = k > n + 1 && toks[k]?.lower === "to" ? target.from : owned >= 0 ? d + owned + 1 : toks[det]!.lower === "a" || toks[det]!.lower === "an" ? det : d;
  return { by, of: target.of, start: toks[start]!.start, end: toks[target.end - 1]!.end, tokens: toks.slice(start, target.end), sentence: si, status };
}

/**
 * "Brisco rejected Ardent Capital's $20-a-share offer as inadequate", "received a $45-a-share bid from Norvik": an offer
 * with a price per share is for the company whose shares they are, here the one answering or receiving it (the subject
 * of the verb before the phrase), when the sentence names no target after it.
 */
function pricedOffer(ctx: DemandContext, si: number, toks: Token[], d: number, det: number, n: number, k: number, by: Entity, priced: boolean): { from: number; end: number; of: Entity[] } | null {
  // "a $2 billion approach from Fenwick": an amount in the phrase prices it too.
  const amount = toks.slice(d, n).some((q) => /^\d[\d.,]*-(?:a|per)-share$/.test(q.lower) || CURRENCY.test(q.text));
  if (!amount && toks[n + 1]?.lower !== "of" && !priced) return null;
  if (toks[n + 1]?.lower === "of" && k === n + 1) return null;
  // The verb the offer's phrase hangs on, over a noun and its preposition: "is seeking alternatives to an … offer",
  // "weighed a response to …".
  let v = det - 1;
  if (v > 2 && /^(?:to|for|against)$/.test(toks[v]!.lower) && /^\p{Ll}+$/u.test(toks[v - 1]!.text) && !isVerbForm(toks[v - 1]!.lower)) v -= DETERMINERS.has(toks[v - 2]?.lower ?? "") ? 3 : 2;
  const answerer = v > 0 && /^\p{Ll}+$/u.test(toks[v]!.text) && isVerbForm(toks[v]!.lower) ? agentOf(ctx, si, toks, v) : undefined;
  const of = answerer && answerer !== by && answerer.kind === "organization" ? [answerer] : [];
  // "a C$30-a-share bid by Ciba-Geigy": the offer itself, not whose it is.
  return { from: n, end: toks[n + 1]?.lower === "of" || priced ? k : n + 1, of };
}

/** "offered C$16.40 a share to acquire all of Cineplex", "offered to buy Milton Roy", "is willing to bid for 100% of Jaguar". */
function readOfferVerb(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  const p = toks[i - 1]!;
  // A noun after a determiner, a possessive or an amount ("the offer", "a $10 bid") is read as a noun.
  if (DETERMINERS.has(p.lower) || possessorEnd(toks, i - 1) >= 0 || /^\d/.test(p.text) || OFFER_MODIFIERS.test(p.lower)) return null;
  if (MAYBE.test(p.lower) || MAYBE.test(toks[i - 2]?.lower ?? "") || /^(?:was|were|is|are|be|been|being)$/.test(p.lower) && /ed$/.test(toks[i]!.lower)) return null;
  let k = i + 1;
  let from = -1;
  const money = moneyEnd(toks, k);
  if (money > 0) {
    from = k;
    k = pastAside(toks, money);
    // "offered $13.65 a share in cash": how it is paid, before what for.
    if (toks[k]?.lower === "in" && /^(?:cash|stock|securities)$/.test(toks[k + 1]?.lower ?? "")) k += 2;
  } else if (!(toks[k]?.lower === "to" || (toks[k]?.lower === "for" && /^bid/.test(toks[i]!.lower)))) return null;
  // "is considering bidding …": the one considering; "are negotiating financing before offering …": the one negotiating.
  const weighed = gerundTaking.test(p.lower);
  const by = agentOf(ctx, si, toks, weighed ? i - 1 : /^(?:before|after|while)$/.test(p.lower) ? governingVerb(toks, i - 1) : i);
  if (!by) return null;
  const target = dealTarget(ctx, si, toks, k, by);
  if (!target) return null;
  // "bid for the entire company": the act, not only what it is for.
  const start = from >= 0 ? from : toks[k]!.lower === "for" ? i : target.from;
  // An offer its maker is still weighing has no answer yet: the "considering" is the bidder's, not the target's.
  const status = weighed ? "made" : undefined;
  return { by, of: target.of, start: toks[start]!.start, end: toks[target.end - 1]!.end, tokens: toks.slice(start, target.end), sentence: si, status };
}

/** The verb of the clause a "before …ing" phrase at toks[at] hangs on ("are negotiating financing before …"), else `at`. */
function governingVerb(toks: Token[], at: number): number {
  for (let k = at - 1; k > 1 && at - k <= 10; k--) {
    if (/^[,;:.!?]$/.test(toks[k]!.text)) break;
    if (/^\p{Ll}+ing$/u.test(toks[k]!.text) && /^(?:is|are|was|were|been|be)$/.test(toks[k - 1]!.lower)) return k;
  }
  return at;
}

/** "acquiring", "changing": an "-ing" form of a verb (the lexicon lists some only as nouns or adjectives). */
function isGerund(w: Token): boolean {
  if (!/^\p{Ll}{3,}ing$/u.test(w.text)) return false;
  const stem = w.lower.slice(0, -3);
  return isVerbForm(w.lower) || [stem, `${stem}e`, stem.slice(0, -1)].some((x) => x.length > 2 && isImperative(x));
}

/**
 * "StatesWest had proposed acquiring Mesa for $7 a share", "proposed to buy the 22% it doesn't own", "proposed that
 * Halvard merge its port unit with ours": a proposal to another party, named in it or a deal by its words. A proposal
 * of the proposer's own policy ("proposed raising the pension age", "proposed a new tax") is none.
 */
function readProposal(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  const p = toks[i - 1]!;
  // "the proposed guidelines", "was proposed": an adjective or a passive.
  if (DETERMINERS.has(p.lower) || possessorEnd(toks, i - 1) >= 0 || /^(?:was|were|is|are|be|been|being)$/.test(p.lower) || MAYBE.test(p.lower) || MAYBE.test(toks[i - 2]?.lower ?? "")) return null;
  let k = i + 1;
  while (/^(?:instead|also|again|formally|publicly|privately)$/.test(toks[k]?.lower ?? "")) k++;
  const w = toks[k];
  if (!w) return null;
  let from: number;
  if (w.lower === "that") from = k + 1;
  else if (w.lower === "to" && /^\p{Ll}+$/u.test(toks[k + 1]?.text ?? "") && !DETERMINERS.has(toks[k + 1]!.lower) && (isVerbForm(toks[k + 1]!.lower) || isImperative(toks[k + 1]!.lower))) from = k + 1;
  else if (isGerund(w)) from = k;
  // "proposed a merger with Kittredge": a deal named by its noun.
  else if (/^(?:a|an)$/.test(w.lower) && toks.slice(k + 1, k + 4).some((q) => PROPOSED_DEAL.test(q.lower))) from = k;
  else return null;
  const end = clauseEnd(toks, from, false);
  if (end <= from + 1) return null;
  const by = agentOf(ctx, si, toks, i);
  if (!by) return null;
  const of = actorsIn(ctx, toks[from]!.start, toks[end - 1]!.end).filter((e) => e !== by && !sameSide(e, by) && e.kind !== "country");
  const text = ctx.text.slice(toks[from]!.start, toks[end - 1]!.end);
  // "proposing to acquire the company for $33 a share": the act of buying, of a company named before.
  // (Not when the proposer found is the company to be bought: that is a wrong subject, not a bidder.)
  const bought = !of.length && toks[from - 1]?.lower === "to" && !actorsIn(ctx, toks[from]!.start, toks[end - 1]!.end).includes(by) ? dealTarget(ctx, si, toks, from - 1, by) : null;
  if (bought) of.push(...bought.of);
  if (!of.length && !DEAL_WORDS.test(text) && !bought) return null;
  return { by, of, start: toks[from]!.start, end: toks[end - 1]!.end, tokens: toks.slice(from, end), sentence: si };
}

// Terms offered to a party: "offering LIN holders a special $42-a-share payout", "will offer an early retirement package
// to as many as 1,100 employees", "offered the strikers a 6% raise". The offerer asks the party it names to take them.
// Only terms of a deal (a package, a payout, a raise, a settlement, a sum) to a party that can take them (holders,
// employees, creditors, a named actor): "offered condolences to the families", "offered customers a discount" and
// "offering 1.7 million shares to the public" are none.
const OFFERED_TERMS = /^(?:package|packages|payout|payouts|bonus|bonuses|dividend|premium|settlement|buyout|buyouts|severance|terms|incentive|incentives|compensation|raise|raises|increase|payment|payments|sweetener|contract|deal)$/;
const TAKERS = /^(?:holders|shareholders|stockholders|bondholders|noteholders|debtholders|creditors|lenders|employees|workers|staff|members|retirees|unions?|strikers|pilots|teachers|nurses|miners|tenants|farmers)$/;
const MARKET = /^(?:customers|consumers|buyers|shoppers|readers|viewers|users|clients|public|subscribers|passengers|travelers|travellers)$/;
const COUNT_WORDS = /^(?:as|many|much|up|to|more|than|nearly|about|some|all|each|every|roughly|almost)$/;
const OFFER_ONLY = /^(?:offer|offers|offered|offering)$/;

/** The index after the terms at toks[k] ("a special $42-a-share payout", "$42 a share"), else -1. */
function termsEnd(toks: Token[], k: number): number {
  const m = moneyEnd(toks, k);
  if (m > 0) return m;
  let j = k;
  if (DETERMINERS.has(toks[j]?.lower ?? "") || POSSESSIVE_PRONOUNS[toks[j]?.lower ?? ""]) j++;
  for (const stop = j + 6; j < stop && j < toks.length; j++) {
    const q = toks[j]!;
    // "a severance package": the head is the last of the terms' words.
    if (OFFERED_TERMS.test(q.lower) && !OFFERED_TERMS.test(toks[j + 1]?.lower ?? "")) return j + 1;
    if (!/^(?:[\p{L}\d][\p{L}\d.,%-]*|[$#£€])$/u.test(q.text) || NP_STOP.has(q.lower) || DETERMINERS.has(q.lower) || /^(?:to|for|of|and|or)$/.test(q.lower)) return -1;
  }
  return -1;
}

/** Whom terms are offered to, toks[from..to): a party that can take them, else null. */
function takers(ctx: DemandContext, si: number, toks: Token[], from: number, to: number, by: Entity): Entity[] | null {
  if (to <= from || to - from > 8) return null;
  const span = toks.slice(from, to);
  if (span.some((q) => /^[,.;:!?()]$/.test(q.text) || MARKET.test(q.lower))) return null;
  // A person offered a contract or a package is hired or let go, not asked to accept a deal: parties only.
  const named = addresseesIn(ctx, si, toks, from, to).filter((e) => e !== by && !sameSide(e, by) && (e.kind === "organization" || e.kind === "group"));
  if (!named.length && !span.some((q) => TAKERS.test(q.lower))) return null;
  return named;
}

function readOfferTerms(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  if (!OFFER_ONLY.test(toks[i]!.lower)) return null;
  const p = toks[i - 1]!;
  if (DETERMINERS.has(p.lower) || possessorEnd(toks, i - 1) >= 0 || /^\d/.test(p.text) || OFFER_MODIFIERS.test(p.lower)) return null;
  if (MAYBE.test(p.lower) || MAYBE.test(toks[i - 2]?.lower ?? "") || /^(?:was|were|is|are|be|been|being)$/.test(p.lower) && /ed$/.test(toks[i]!.lower)) return null;
  const k = i + 1;
  let of: Entity[] | null = null;
  let end = -1;
  const by = agentOf(ctx, si, toks, i);
  if (!by) return null;
  // "offer an early retirement package to as many as 1,100 employees": the terms, then "to" whom.
  const t = termsEnd(toks, k);
  if (t > 0 && toks[t]?.lower === "to") {
    // "to as many as 1,100 employees": the count before whom.
    let w = t + 1;
    while (w < toks.length && COUNT_WORDS.test(toks[w]!.lower)) w++;
    end = clauseEnd(toks, w, true);
    // "… employees in a cost-cutting move": whom, to the phrase that says why or when.
    const cut = toks.findIndex((q, x) => x > w && x < end && /^(?:in|on|at|under|during|through|by|from|with|as|last|this|next)$/.test(q.lower));
    if (cut > 0) end = cut;
    of = takers(ctx, si, toks, w, end, by);
  }
  // "offering LIN holders a special $42-a-share payout": whom, then the terms.
  for (let a = k + 1; !of && a <= k + 6 && a < toks.length; a++) {
    const e = termsEnd(toks, a);
    if (e < 0) continue;
    of = takers(ctx, si, toks, k, a, by);
    end = e;
  }
  if (!of) return null;
  return { by, of, start: toks[k]!.start, end: toks[end - 1]!.end, tokens: toks.slice(k, end), sentence: si };
}


// A plan put to whoever must approve it: "filed a Chapter 11 reorganization plan that provides 21 cents on the dollar
// for creditors", "submitted a restructuring proposal to the bankruptcy court", "proposed a reorganization plan with its
// creditors". The filer asks the court (or the creditors) to approve it. Only a plan that needs approval: one for a
// reorganization or a bankruptcy, or put to a court, a judge, regulators or creditors; "filed a flight plan" and
// "proposed a plan to open 40 stores" are the company's own.
const PUTS_PLAN = /^(?:filed|files|filing|submitted|submits|submitting|proposed|proposes|proposing|presented|presents|presenting)$/;
const PLAN = /^(?:plan|plans|proposal|proposals)$/;
const NEEDS_APPROVAL = /\b(?:reorgani[sz]ation|restructuring|bankruptcy|chapter 11|court|judge|regulators|creditors|bondholders|approval)\b/i;
export const planScreen = wordScreen(PUTS_PLAN);

export function readFiledPlans(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let v = 1; v < toks.length - 2; v++) {
    if (!PUTS_PLAN.test(toks[v]!.lower) || !/^\p{Ll}/u.test(toks[v]!.text)) continue;
    const p = toks[v - 1]!.lower;
    // "plans to file", "could submit", "did not file", "the proposed plan", "was filed": none filed by a named filer here.
    if (/^(?:to|can|could|may|might|would|should|the|a|its|was|were|is|are|be|been|being)$/.test(p) || isNegation(p)) continue;
    // The plan within six words: "a Chapter 11 reorganization plan", "its revised restructuring proposal".
    let n = v + 1;
    while (n < toks.length && n - v <= 6 && !PLAN.test(toks[n]!.lower) && /^[\p{L}\d][\p{L}\d'’.-]*$/u.test(toks[n]!.text) && !/^(?:to|for|that|which|with|in|on)$/.test(toks[n]!.lower)) n++;
    if (!PLAN.test(toks[n]?.lower ?? "") || !DETERMINERS.has(toks[v + 1]!.lower)) continue;
    // "a plan to open 40 stores": the plan's purpose is the filer's own act.
    if (toks[n + 1]?.lower === "to" && /^\p{Ll}+$/u.test(toks[n + 2]?.text ?? "") && !DETERMINERS.has(toks[n + 2]!.lower) && (isVerbForm(toks[n + 2]!.lower) || isImperative(toks[n + 2]!.lower))) continue;
    const end = clauseEnd(toks, v + 1, true);
    const text = ctx.text.slice(toks[v + 1]!.start, toks[Math.max(v + 1, end - 1)]!.end);
    const sentence = ctx.sentences[si]!.text;
    if (!NEEDS_APPROVAL.test(text) && !NEEDS_APPROVAL.test(sentence)) continue;
    const by = agentOf(ctx, si, toks, v);
    if (!by || hearsay(toks, v)) continue;
    const of = actorsIn(ctx, toks[v + 1]!.start, ctx.sentences[si]!.end).filter((e) => e !== by && !sameSide(e, by) && e.kind === "organization" && /\b(?:court|commission|board|agency|regulators?)\b/i.test(e.name)).slice(0, 1);
    out.push({ by, of, start: toks[v + 1]!.start, end: toks[end - 1]!.end, tokens: toks.slice(v + 1, end), sentence: si });
  }
  return out;
}

/**
 * "Holders of Easton Valve were offered $23 a share by Tamworth Industries", "Keswick was offered 1.1 billion francs for
 * its chemicals unit by Albrecht AG": the bidder after "by"; the party offered the money is whom it is made of.
 */
function readOfferedPassive(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  const m = moneyEnd(toks, i + 1);
  if (m < 0 || MAYBE.test(toks[i - 2]?.lower ?? "")) return null;
  const end = clauseEnd(toks, m, true);
  const b = toks.findIndex((q, x) => x >= m && x < end && q.lower === "by");
  if (b < 0) return null;
  let e = b + 1;
  while (e < end && e - b <= 8 && !/^[,.;:!?()]$/.test(toks[e]!.text) && !NP_STOP.has(toks[e]!.lower) && !/^(?:to|for|of|on|in|at)$/.test(toks[e]!.lower)) e++;
  const by = entityEndingAt(ctx, si, toks, e - 1) ?? actorsIn(ctx, toks[b + 1]!.start, toks[e - 1]!.end).find((x) => x.kind === "organization" || x.kind === "person");
  if (!by) return null;
  const offered = subjectOf(ctx, si, toks, i - 1);
  const of = offered && offered !== by && !sameSide(offered, by) ? [offered] : [];
  return { by, of, start: toks[i + 1]!.start, end: toks[e - 1]!.end, tokens: toks.slice(i + 1, e), sentence: si };
}

/**
 * "will pay $24.75 a share for each Lowell share", "would pay $11 a share for the maker of valves": a price per share
 * still to be paid is a bid for those shares. A price paid ("paid $19 a share for …") is a deal done, and none.
 */
function readPrice(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  if (!/^(?:will|would|to|'ll)$/.test(toks[i - 1]!.lower) || MAYBE.test(toks[i - 2]?.lower ?? "")) return null;
  const m = moneyEnd(toks, i + 1);
  if (m < 0) return null;
  let k = pastAside(toks, m);
  if (toks[k]?.lower === "in" && /^(?:cash|stock|securities)$/.test(toks[k + 1]?.lower ?? "")) k += 2;
  // Per share: "$11 a share", or "for each share of Mendip".
  const perShare = /^(?:a|per)$/.test(toks[m - 2]?.lower ?? "") && toks[m - 1]?.lower === "share";
  if (!perShare && !(toks[k]?.lower === "for" && toks[k + 1]?.lower === "each")) return null;
  const by = agentOf(ctx, si, toks, i);
  if (!by) return null;
  const target = dealTarget(ctx, si, toks, k, by);
  if (!target) return null;
  return { by, of: target.of, start: toks[i + 1]!.start, end: toks[target.end - 1]!.end, tokens: toks.slice(i + 1, target.end), sentence: si };
}

/** "began soliciting consents from Penhallow holders to remove four directors": proxies or consents asked of holders. */
function readSolicitation(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  if (!/^(?:consents?|proxies|proxy)$/.test(toks[i + 1]?.lower ?? "") || MAYBE.test(toks[i - 1]!.lower) || MAYBE.test(toks[i - 2]?.lower ?? "")) return null;
  const by = agentOf(ctx, si, toks, i);
  if (!by) return null;
  const end = clauseEnd(toks, i + 2, false);
  if (end <= i + 2) return null;
  const of = actorsIn(ctx, toks[i + 1]!.start, toks[end - 1]!.end).filter((e) => e !== by && !sameSide(e, by) && e.kind !== "country");
  return { by, of, start: toks[i]!.start, end: toks[end - 1]!.end, tokens: toks.slice(i, end), sentence: si };
}

/**
 * "Halden agreed to be acquired by Kilbride for $27 a share": an agreed sale still to be done is the buyer's offer to the
 * seller's holders. "was acquired by" (done) is none.
 */
function readAgreedSale(ctx: DemandContext, si: number, toks: Token[], i: number): Found | null {
  if (toks[i - 1]?.lower !== "be" || toks[i - 2]?.lower !== "to" || !/^(?:agreed|agrees|agree|agreeing)$/.test(toks[i - 3]?.lower ?? "") || toks[i + 1]?.lower !== "by") return null;
  const end = clauseEnd(toks, i + 2, true);
  let e = i + 2;
  while (e < end && e - i <= 10 && !/^[,.;:!?()]$/.test(toks[e]!.text) && !/^(?:for|in|to|at|on)$/.test(toks[e]!.lower)) e++;
  const by = entityEndingAt(ctx, si, toks, e - 1) ?? actorsIn(ctx, toks[i + 2]!.start, toks[e - 1]!.end).find((x) => x.kind === "organization");
  if (!by) return null;
  const seller = agentOf(ctx, si, toks, i - 3);
  const of = seller && seller !== by && !sameSide(seller, by) ? [seller] : [];
  const stop = clauseEnd(toks, e, false);
  const last = Math.max(e, stop) - 1;
  return { by, of, start: toks[i - 3]!.start, end: toks[last]!.end, tokens: toks.slice(i - 3, last + 1), sentence: si };
}
