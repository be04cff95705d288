// Seeking through an application: "six countries are applying for NATO membership", "applied for political asylum
// on the boy's behalf", "filed for custody", "filed with antitrust regulators for clearance to buy …". What is applied for is asked of whoever grants it; only things a body
// grants count ("applied for a job" is no demand), and a plan or an inability to apply is none yet.
import type { Token } from "../../text/tokens.ts";
import type { Entity } from "./actors.ts";
import { actorsIn, addresseesIn, agentOf, entityEndingAt, possessorEnd, resolvePronoun, subjectOf } from "./demand-agents.ts";
import { hearsay } from "./demand-checks.ts";
import { isPastTense } from "./lexicon.ts";
import { AUX, DETERMINERS, isNegation, NP_STOP, POSSESSIVE_PRONOUNS, wordScreen } from "./demand-words.ts";
import { clauseEnd, type DemandContext, type Found } from "./demands.ts";

const APPLIES = /^(?:apply|applies|applied|applying|filed|files|filing)$/;
const GRANTED = /^(?:clearance|approval|permission|authori[sz]ation|membership|asylum|permits?|licen[cs]es?|visas?|citizenship|residency|parole|bail|custody|accession|admission|entry|exemptions?|waivers?|injunctions?|extradition|refugee|recognition|statehood|independence)$/;

/** No sentence without one of the verbs readApplications reads can give it anything. */
export const applicationScreen = wordScreen(APPLIES);

export function readApplications(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  if (!/\b(?:appl|(?:filed|files|filing) (?:for|with))/i.test(ctx.sentences[si]!.text)) return out;
  for (let i = 1; i < toks.length - 2; i++) {
    if (!APPLIES.test(toks[i]!.lower)) continue;
    // "filed with federal antitrust regulators for clearance": the body applied to, then what is applied for.
    let f = i + 1;
    if (toks[f]!.lower === "with") {
      while (f < toks.length && f - i <= 8 && toks[f]!.lower !== "for" && !/^[,.;:!?]$/.test(toks[f]!.text)) f++;
    }
    if (toks[f]?.lower !== "for") continue;
    // "plans to apply", "cannot apply", "could file": not applied for yet.
    if (/^(?:to|can|could|may|might|must|should|would)$/.test(toks[i - 1]!.lower) || isNegation(toks[i - 1]!.lower)) continue;
    const start = f + 1;
    const end = clauseEnd(toks, start, true);
    // The thing applied for is the phrase's head, within its first four words: "a permit to build", "NATO membership".
    if (end <= start + 1 || !toks.slice(start, Math.min(end, start + 4)).some((q) => GRANTED.test(q.lower))) continue;
    const by = agentOf(ctx, si, toks, i) ?? pluralSubject(ctx, toks, i);
    if (!by || hearsay(toks, i)) continue;
    const of = actorsIn(ctx, toks[i + 1]!.start, toks[end - 1]!.end).filter((e) => e !== by && (e.kind === "organization" || e.kind === "country"));
    out.push({ by, of, start: toks[start]!.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si });
  }
  return out;
}

/** "Six other countries are applying …": a plural common noun phrase opening the clause, as written. */
function pluralSubject(ctx: DemandContext, toks: Token[], i: number): Entity | undefined {
  let k = i - 1;
  while (k >= 0 && AUX.has(toks[k]!.lower)) k--;
  const head = toks[k];
  if (!head || !/^\p{Ll}{3,}s$/u.test(head.text)) return undefined;
  let s = k;
  while (s > 0 && k - s < 4 && /^[\p{L}\p{N}-]+$/u.test(toks[s - 1]!.text) && !/^(?:and|or|but|that|which|who|of|in|for|to|while|whereas|as|since|because|although)$/.test(toks[s - 1]!.lower)) s--;
  // Only at the start of the sentence or clause: "…, and six other countries are applying".
  if (s > 0 && !/^(?:[,;:]|while|whereas|and|but|as|since|because|although)$/.test(toks[s - 1]!.lower)) return undefined;
  return ctx.store.group(ctx.text.slice(toks[s]!.start, head.end), toks[s]!.start, head.end);
}

// Appeals against a ruling: "they will appeal the decision", "plan to appeal the ruling", "appealed to the 11th
// Circuit". The appellant asks a higher court to overturn it. ("appealed for calm" is read with the other triggers.)
const APPEALS = /^(?:appeal|appeals|appealed|appealing)$/;
const RULINGS = /^(?:ruling|decision|verdict|judgment|judgement|order|sentence|conviction|award|injunction)$/;

export const appealScreen = wordScreen(APPEALS);

export function readAppeals(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
    if (!APPEALS.test(toks[i]!.lower) || !/^\p{Ll}/u.test(toks[i]!.text)) continue;
    const p = toks[i - 1]!.lower;
    // "an appeal", "could appeal", "did not appeal": a noun, an option or no appeal.
    if (/^(?:a|an|the|its|his|her|their|could|might|may|can)$/.test(p) || isNegation(p)) continue;
    const next = toks[i + 1]!.lower;
    const ruling = /^(?:the|that|this|its|his|her|their|a)$/.test(next) && toks.slice(i + 2, i + 5).some((q) => RULINGS.test(q.lower));
    const court = next === "to" && /^\p{Lu}/u.test(toks[i + 2]?.lower === "the" ? toks[i + 3]?.text ?? "" : toks[i + 2]!.text);
    if (!ruling && !court) continue;
    const by = subjectOf(ctx, si, toks, i);
    const end = clauseEnd(toks, i + 1, true);
    if (!by || end <= i + 2 || madeRuling(ctx, si, by)) continue;
    const of = court ? actorsIn(ctx, toks[i + 2]!.start, toks[end - 1]!.end).filter((e) => e !== by && e.kind === "organization").slice(0, 1) : [];
    out.push({ by, of, start: toks[i]!.start, end: toks[end - 1]!.end, tokens: toks.slice(i, end), sentence: si });
  }
  return out;
}

/** Whether the sentence names the actor as the maker of a ruling ("the INS decision", "the court's ruling"): no appellant. */
function madeRuling(ctx: DemandContext, si: number, by: Entity): boolean {
  const s = ctx.sentences[si]!;
  return ctx.store.within(s.start, s.end).some((m) => m.key === by.key && /^(?:['’]s)?\s+(?:\p{Ll}+\s+)?(?:ruling|decision|verdict|judgment|order)\b/u.test(ctx.text.slice(m.end, m.end + 30)));
}

/** "Hungary's application for NATO membership", "Elian's asylum application": the applicant's demand. */
const APPLICATION = /^applications?$/;
export const applicationNounScreen = wordScreen(APPLICATION);

export function readApplicationNouns(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 2; i < toks.length; i++) {
    if (!APPLICATION.test(toks[i]!.lower)) continue;
    // "Elian's asylum application": what is applied for before the noun; "application for X" after it.
    const granted = GRANTED.test(toks[i - 1]!.lower) ? i - 1 : -1;
    const owner = granted > 0 ? granted - 1 : i - 1;
    let by: Entity | undefined;
    const p = toks[owner]!;
    if (/^(?:'s|')$/.test(p.lower)) by = entityEndingAt(ctx, si, toks, owner - 1);
    else if (POSSESSIVE_PRONOUNS[p.lower]) by = resolvePronoun(ctx, si, p, POSSESSIVE_PRONOUNS[p.lower]!);
    if (!by) continue;
    if (granted > 0) {
      out.push({ by, of: [], start: toks[granted]!.start, end: toks[i]!.end, tokens: toks.slice(granted, i + 1), sentence: si });
      continue;
    }
    if (toks[i + 1]?.lower !== "for") continue;
    const end = clauseEnd(toks, i + 2, true);
    if (end <= i + 3 || !toks.slice(i + 2, Math.min(end, i + 6)).some((q) => GRANTED.test(q.lower))) continue;
    const of = actorsIn(ctx, toks[i + 2]!.start, toks[end - 1]!.end).filter((e) => e !== by && (e.kind === "organization" || e.kind === "country"));
    out.push({ by, of, start: toks[i + 2]!.start, end: toks[end - 1]!.end, tokens: toks.slice(i + 2, end), sentence: si });
  }
  return out;
}

// Seeking to act on another party: "is seeking to oust Mr. Edelman as chairman", "would seek to liquidate the
// computer-printer maker", "a suit … that seeks to nullify a standstill agreement", "Sony's effort to hire Jon Peters".
// The seeker wants the act done to someone else. Only acts that are, on a definite or named object: "seeks to expand
// its business", "sought to raise $50 million", "is seeking to hire 500 workers" are the seeker's own plans.
const ACTS_ON_OTHERS = /^(?:oust|remove|replace|unseat|topple|overthrow|depose|impeach|block|halt|bar|prevent|enjoin|thwart|derail|liquidate|dissolve|nullify|void|invalidate|annul|overturn|rescind|revoke|extradite|expel|evict|take|break|acquire|buy|purchase|control)$/;
// Acts that are a demand only with the other party named in them: "to hire Jon Peters", "to get out of its contract
// with Warner", "to force Acme to sell".
const ACTS_ON_NAMED = /^(?:hire|fire|force|compel|recover|collect|seize|freeze|stop|get)$/;
// Particles some acts need: "take over", "take control of", "break up", "get out of".
const PARTICLES: Record<string, RegExp> = { take: /^(?:over|control)$/, break: /^up$/, get: /^out$/ };
// A purchase is of another's company, shares or stake: "to acquire the rest of Esselte", "to buy 15% of Jaguar".
const PURCHASES = /^(?:acquire|buy|purchase|control|take)$/;
const HOLDINGS = /^(?:shares?|stock|stake|compan(?:y|ies)|concern|firm|unit|subsidiary|business|assets|equity|%|control|rest|remainder)$/;
const DEFINITE = /^(?:the|this|that|these|those|all|mr|mr\.|mrs|mrs\.|ms|ms\.)$/;

/** The act at toks[v] sought by `by` ("seeking to oust Mr. Edelman …"), when it is done to another party; else null. */
export function readSeekTo(ctx: DemandContext, si: number, toks: Token[], v: number, by: Entity | undefined): Found[] | null {
  const verb = toks[v];
  if (!by || !verb || !/^\p{Ll}+$/u.test(verb.text) || hearsay(toks, v)) return null;
  const strong = ACTS_ON_OTHERS.test(verb.lower);
  if (!strong && !ACTS_ON_NAMED.test(verb.lower)) return null;
  let o = v + 1;
  const particle = PARTICLES[verb.lower];
  if (particle) {
    if (!particle.test(toks[o]?.lower ?? "")) return null;
    o++;
    if (/^(?:of)$/.test(toks[o]?.lower ?? "")) o++;
  }
  const obj = toks[o];
  if (!obj) return null;
  const end = clauseEnd(toks, v, false);
  if (end <= o) return null;
  // Whom the act is done to: the object, up to any apposition (", an Intelogic affiliate" names a third party).
  const comma = toks.findIndex((q, k) => k > o && k < end && q.text === ",");
  const of = actorsIn(ctx, obj.start, toks[(comma > 0 ? comma : end) - 1]!.end).filter((e) => e !== by);
  // "to buy up to 25% of the copier company": a share of a company is a definite object, the company whose it is.
  let q = o;
  while (q < end && q - o < 4 && /^(?:up|to|as|much|more|than|about|nearly|almost|some|roughly)$/.test(toks[q]!.lower)) q++;
  const share = /^\d[\d.,]*$/.test(toks[q]?.text ?? "") && toks[q + 1]?.text === "%" && toks[q + 2]?.lower === "of" ? q + 3 : -1;
  // "to liquidate the computer-printer maker": the company named before, when the story names one.
  const the = share > 0 ? share : o;
  if (!of.length && toks[the]?.lower === "the") {
    let head = the + 1;
    while (head + 1 < end && /^[\p{L}\d-]+$/u.test(toks[head + 1]!.text) && !NP_STOP.has(toks[head + 1]!.lower) && !/^(?:as|of|in|for|to|with|by|on|at|from)$/.test(toks[head + 1]!.lower)) head++;
    const e = entityEndingAt(ctx, si, toks, head);
    if (e && e !== by && e.kind === "organization" && !e.key.startsWith("crowd:")) of.push(e);
  }
  const definite = DEFINITE.test(obj.lower) || /^\p{Lu}/u.test(obj.text) || /^\d[\d.,]*%?$/.test(obj.text) && toks[o + 1]?.text === "%" || share > 0;
  if (!of.length && !(strong && definite)) return null;
  // "up to 25% of the building": a share of a company only.
  if (share > 0 && !of.length && !toks.slice(share, Math.min(end, share + 7)).some((x) => /^(?:company|concern|firm|maker|makers|carrier|chain|bank|thrift|group|business|retailer|airline|producer|operator|utility|insurer)$/.test(x.lower))) return null;
  // "to acquire the rest of Esselte", "to buy 15% of Jaguar": a company or its holdings, not "the building".
  // "to buy 40 jets from Boeing": the seller is no target; what is bought is read up to "from".
  if (PURCHASES.test(verb.lower)) {
    const from = toks.findIndex((q, k) => k > o && k < end && q.lower === "from");
    const bought = from > 0 ? actorsIn(ctx, obj.start, toks[from - 1]!.end).filter((e) => e !== by) : of;
    if (!bought.some((e) => e.kind === "organization") && !toks.slice(o, Math.min(from > 0 ? from : end, o + 8)).some((q) => HOLDINGS.test(q.lower))) return null;
  }
  return [{ by, of: of.filter((e) => e.kind !== "country"), start: verb.start, end: toks[end - 1]!.end, tokens: toks.slice(v, end), sentence: si }];
}

// An effort named by its owner: "Sony's effort to hire Jon Peters", "Ackerman's bid to oust Edelman", "its attempt to
// block the merger"; or by the clause it serves in a dispute or a deal: "has been locked in litigation with Warner in
// an attempt to get out of its contract". The act is read as readSeekTo reads it.
const EFFORTS = /^(?:effort|efforts|attempt|attempts|bid|bids|campaign|campaigns|fight|battle)$/;
// "is waging a proxy fight to oust the board", "launched a campaign to block the sale": whoever wages it.
const WAGES = /^(?:waging|waged|wages|wage|launched|launches|launch|mounted|mounting|mounts|began|begun|begins|started|starts|making|made|makes|renewed|stepped)$/;
// Only a dispute or a deal makes "in an attempt to …" a demand: "shelled the town in an attempt to oust the rebels" is war.
const DISPUTE = /\b(?:litigation|lawsuits?|suits?|sued|suing|sues|court|proxy|tender|offer|bid|shareholders|holders|stake|board|arbitration)\b/i;
export const effortScreen = wordScreen(EFFORTS);

/** The verb waging the effort at toks[i] ("is waging a proxy fight", "launched a campaign"), else -1. */
function waged(toks: Token[], i: number): number {
  let d = i - 1;
  while (d > 0 && i - d < 3 && /^\p{Ll}+$/u.test(toks[d]!.text) && !/^(?:a|an|the|its|their|his|her)$/.test(toks[d]!.lower)) d--;
  if (!/^(?:a|an|the|its|their|his|her)$/.test(toks[d]?.lower ?? "")) return -1;
  return WAGES.test(toks[d - 1]?.lower ?? "") ? d - 1 : -1;
}

export function readEfforts(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
    if (!EFFORTS.test(toks[i]!.lower) || toks[i + 1]!.lower !== "to") continue;
    const p = toks[i - 1]!;
    let by: Entity | undefined;
    if (possessorEnd(toks, i - 1) >= 0) by = entityEndingAt(ctx, si, toks, possessorEnd(toks, i - 1));
    else if (POSSESSIVE_PRONOUNS[p.lower] && POSSESSIVE_PRONOUNS[p.lower] !== "speaker") {
      // "their battle to block …": only a named antecedent; a crowd guessed for "their" is as often the wrong one.
      const e = resolvePronoun(ctx, si, p, POSSESSIVE_PRONOUNS[p.lower]!);
      by = e && !e.key.startsWith("crowd:") ? e : undefined;
    } else if (waged(toks, i) > 0) by = agentOf(ctx, si, toks, waged(toks, i));
    else if (/^(?:a|an)$/.test(p.lower) && /^(?:in)$/.test(toks[i - 2]?.lower ?? "") && DISPUTE.test(ctx.text.slice(ctx.sentences[si]!.start, p.start))) {
      // "X has been locked in litigation with Y in an attempt to …": the subject of the clause the phrase serves.
      const verb = toks.findLastIndex((q, k) => k < i - 2 && /^\p{Ll}+$/u.test(q.text) && (isPastTense(q.lower) || /^(?:is|are|was|were)$/.test(q.lower)));
      by = verb > 0 ? agentOf(ctx, si, toks, verb) : undefined;
    }
    const found = readSeekTo(ctx, si, toks, i + 2, by);
    if (found) out.push(...found);
  }
  return out;
}

// Trying to win another party over: "is trying to persuade shareholders to reject the offer", "hopes to convince the
// board to delay the vote", "Mr. Fournier's biggest hope was to somehow persuade regulators to block the bid". Whoever
// tries wants the one persuaded to act. A finished "persuaded X to …" is left alone: the act is done, not asked.
const PERSUADE = /^(?:persuade|convince|induce)$/;
const TRIES = /^(?:try|tries|tried|trying|hope|hopes|hoped|hoping|seek|seeks|sought|seeking|attempt|attempts|attempted|attempting|want|wants|wanted|plan|plans|planned|planning|aim|aims|aimed|aiming|effort|efforts|bid|campaign|was|is)$/;
const MARKET = /^(?:customers|consumers|buyers|shoppers|investors|readers|viewers|users|clients|voters)$/;
export const persuasionScreen = wordScreen(PERSUADE);

export function readPersuasion(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 2; i < toks.length - 3; i++) {
    if (!PERSUADE.test(toks[i]!.lower)) continue;
    // "to (somehow) persuade": the infinitive, and what governs it.
    let to = i - 1;
    if (/ly$|^somehow$/.test(toks[to]!.lower)) to--;
    if (toks[to]?.lower !== "to" || !TRIES.test(toks[to - 1]?.lower ?? "")) continue;
    const g = to - 1;
    let by: Entity | undefined;
    // "X's biggest hope was to persuade …", "its effort to persuade …": the owner of the hope or effort.
    if (/^(?:was|is)$/.test(toks[g]!.lower)) {
      const owner = toks.slice(Math.max(0, g - 5), g).findIndex((_, x) => possessorEnd(toks, Math.max(0, g - 5) + x) >= 0);
      if (owner < 0) continue;
      by = entityEndingAt(ctx, si, toks, possessorEnd(toks, Math.max(0, g - 5) + owner));
    } else if (/^(?:effort|efforts|bid|campaign)$/.test(toks[g]!.lower)) {
      const p = possessorEnd(toks, g - 1);
      by = p >= 0 ? entityEndingAt(ctx, si, toks, p) : undefined;
    } else by = agentOf(ctx, si, toks, g);
    if (!by || hearsay(toks, i)) continue;
    // Whom, then "to" and the act: "shareholders to reject the offer".
    const t = toks.findIndex((q, x) => x > i + 1 && x <= i + 8 && q.lower === "to");
    if (t < 0 || toks.slice(i + 1, t).some((q) => /^[,.;:!?]$/.test(q.text)) || !/^\p{Ll}+$/u.test(toks[t + 1]?.text ?? "") || DETERMINERS.has(toks[t + 1]!.lower)) continue;
    const end = clauseEnd(toks, t + 1, false);
    if (end <= t + 2) continue;
    // Selling is no demand: "trying to persuade customers to buy more".
    if (toks.slice(i + 1, t).some((q) => MARKET.test(q.lower))) continue;
    const of = addresseesIn(ctx, si, toks, i + 1, t).filter((e) => e !== by);
    // The act, after whom it is asked of; an addressee the story does not name stays in the content.
    const named = (q: Token) => /^(?:the|and|,)$/.test(q.lower) || ctx.store.within(q.start, q.end).some((m) => !m.key.startsWith("crowd:"));
    const start = of.length && toks.slice(i + 1, t).every(named) ? t + 1 : i + 1;
    out.push({ by, of, start: toks[start]!.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si });
  }
  return out;
}

// An intention to take over another party's company, read as seeking it: "plans to acquire Tessin Inc.", "said it
// intends to buy the 60% of Tessin it doesn't own", "moved to take control of Tessin", "announced plans to acquire …".
// Only purchases of a company or its holdings (readSeekTo's test): "plans to open 40 stores", "plans to buy 40 jets",
// "plans to remove the tariffs" are the intender's own acts. Not a guess ("is expected to", "analysts expect"), an option
// ("could plan"), a denial ("has no plans to", "doesn't intend to"), or a deal agreed or done ("agreed to acquire").
const INTENDS = /^(?:plan|plans|planned|planning|intend|intends|intended|intending|aim|aims|aimed|aiming|want|wants|wanted|move|moves|moved|intention|intent|decision)$/;
const TAKEOVER = /^(?:acquire|buy|purchase|take)$/;
export const intentionScreen = wordScreen(INTENDS);

export function readIntendedTakeovers(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 3; i++) {
    if (!INTENDS.test(toks[i]!.lower) || toks[i + 1]!.lower !== "to" || !TAKEOVER.test(toks[i + 2]!.lower)) continue;
    const p = toks[i - 1]!.lower;
    if (isNegation(p) || /^(?:no|could|might|may|would)$/.test(p) || isNegation(toks[i - 2]?.lower ?? "") || hearsay(toks, i)) continue;
    let by: Entity | undefined;
    // "its plans to acquire", "Norvik's decision to buy": the owner of the intention.
    if (possessorEnd(toks, i - 1) >= 0) by = entityEndingAt(ctx, si, toks, possessorEnd(toks, i - 1));
    else if (POSSESSIVE_PRONOUNS[p] && POSSESSIVE_PRONOUNS[p] !== "speaker") by = resolvePronoun(ctx, si, toks[i - 1]!, POSSESSIVE_PRONOUNS[p]!);
    // "announced plans to acquire": whoever announced them.
    else if (/^(?:announced|unveiled|disclosed|outlined|has|had|have)$/.test(p) && /^(?:plan|plans|intention|decision)$/.test(toks[i]!.lower)) by = agentOf(ctx, si, toks, i - 1);
    else if (/^(?:intention|intent|decision|plan)$/.test(toks[i]!.lower) || DETERMINERS.has(p)) continue;
    else if (/^\p{Ll}/u.test(toks[i]!.text)) by = agentOf(ctx, si, toks, i);
    // A bidder is a named company or person: "a group of financial backers planned to acquire …" beside a named
    // leader is his plan, read with him.
    if (!by || (by.kind !== "organization" && by.kind !== "person")) continue;
    const found = readSeekTo(ctx, si, toks, i + 2, by);
    if (!found) continue;
    // "Norvik's decision to acquire Tessin Inc. surprised analysts": the sentence's own verb after the name ends it.
    for (const f of found) {
      const v = f.tokens.findIndex((q, x) => x > 1 && /^\p{Ll}{3,}ed$/u.test(q.text) && isPastTense(q.lower) && /^\p{Lu}|\.$/u.test(f.tokens[x - 1]!.text));
      if (v > 0) Object.assign(f, { tokens: f.tokens.slice(0, v), end: f.tokens[v - 1]!.end });
    }
    out.push(...found);
  }
  return out;
}
