// Passive directives: "Embassies were ordered to tighten security", "has been asked by the Justice Department to
// suspend the ruling", "Kopp is being sought as a material witness". The subject is addressed; the agent is the
// "by" phrase, else whoever the sentences before name as giving the order (or, for "sought", the authorities
// they name). With no agent in sight there is no one to credit, and no demand is listed.
import type { Token } from "../../text/tokens.ts";
import { tokenize } from "../../text/tokens.ts";
import type { Entity } from "./actors.ts";
import { actorsIn, npEnd, skipTime, subjectOf } from "./demand-agents.ts";
import { DETERMINERS, POSSESSIVE_PRONOUNS, wordScreen } from "./demand-words.ts";
import { clauseEnd, type DemandContext, type Found } from "./demands.ts";

const BE = /^(?:is|are|was|were|be|been|being)$/;
const DIRECTED = /^(?:ordered|asked|told|urged|instructed|directed|summoned|subpoenaed|invited|advised|called|requested|encouraged)$/;
// Between the auxiliary and the participle: "have also been urged", "was formally asked".
const ADVERBS = /^(?:also|again|already|formally|officially|repeatedly|publicly|now|then|later|since|recently|twice|first|\p{Ll}+ly)$/u;
/** "… to move their cattle by the district warden, Ilse Marr": an agent named after the act, and where the act ends. */
function agentAfter(ctx: DemandContext, toks: Token[], from: number, end: number): { by: Entity; at: number } | undefined {
  for (let k = from; k < end; k++) {
    if (toks[k]!.lower !== "by") continue;
    // The noun phrase and an apposition after it ("the district warden, Ilse Marr"), at most ten words.
    let stop = k + 1;
    let commas = 0;
    while (stop < toks.length && stop - k <= 10 && !/^[;:.!?)“”"]$/.test(toks[stop]!.text) && (toks[stop]!.text !== "," || ++commas < 2)) stop++;
    const by = stop > k + 1 ? actorsIn(ctx, toks[k + 1]!.start, toks[stop - 1]!.end)[0] : undefined;
    if (by) return { by, at: k };
  }
  return undefined;
}
// What a reporter asks a source to do is no demand in the story.
const NOT_ACTS = /^(?:comment|elaborate)$/;

// A cheap look at the sentence first: most have no passive directive.
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:\S+\s+){0,2}(?:ordered|asked|told|urged|instructed|directed|summoned|subpoenaed|invited|advised|called|requested|encouraged|sought|wanted)\b/i;

const SOUGHT = new Set(["sought", "wanted"]);
/** No sentence without one of the verbs readPassiveDirectives reads can give it anything. */
export const passiveDirectiveScreen = wordScreen(DIRECTED, SOUGHT);

export function readPassiveDirectives(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  if (!PASSIVE.test(ctx.sentences[si]!.text)) return out;
  for (let i = 1; i < toks.length - 2; i++) {
    const w = toks[i]!.lower;
    // "is being sought as a material witness", "is wanted for questioning": a suspect or witness the authorities seek.
    const sought = SOUGHT.has(w);
    if (!DIRECTED.test(w) && !sought) continue;
    let b = i - 1;
    while (b > 0 && ADVERBS.test(toks[b]!.lower) && !BE.test(toks[b]!.lower)) b--;
    if (!BE.test(toks[b]!.lower)) continue;
    // "called on/upon to".
    let j = i + 1;
    if (w === "called") {
      if (!/^(?:on|upon)$/.test(toks[j]?.lower ?? "")) continue;
      j++;
    }
    // A time between the participle and its infinitive: "were ordered on Monday to leave".
    j = skipTime(toks, j);
    // The agent in a "by" phrase: "asked by the Justice Department to …".
    let by: Entity | undefined;
    if (toks[j]?.lower === "by") {
      const end = npEnd(toks, j + 1);
      by = actorsIn(ctx, toks[j + 1]?.start ?? 0, toks[end - 1]?.end ?? 0)[0];
      if (!by) continue;
      j = end;
    }
    // The addressee: the subject before the auxiliaries ("Other Americans have also been urged").
    let s = b - 1;
    while (s >= 0 && (ADVERBS.test(toks[s]!.lower) || /^(?:has|have|had|will|would|could|may|might|can|must|should)$/.test(toks[s]!.lower))) s--;
    if (s < 0) continue;
    const subject = subjectOf(ctx, si, toks, b);
    if (sought) {
      // "is being sought as a material witness", "wanted for questioning", "sought in connection with …".
      if (!/^(?:as|for|in)$/.test(toks[j]?.lower ?? "") || toks[j + 1]?.lower === "after") continue;
      by ??= attributedBody(ctx, toks, i) ?? authorityBefore(ctx, si, toks[i]!.start);
      const end = clauseEnd(toks, j, false);
      if (!by || end <= j + 1) continue;
      out.push({ by, of: subject && subject !== by ? [subject] : [], start: toks[j]!.start, end: toks[end - 1]!.end, tokens: toks.slice(j, end), sentence: si });
      continue;
    }
    // "to" and a bare verb: "ordered to tighten security", not "asked to a briefing" or "asked about it".
    const verb = toks[j + 1];
    if (toks[j]?.lower !== "to" || !verb || !/^\p{Ll}+$/u.test(verb.text) || DETERMINERS.has(verb.lower) || POSSESSIVE_PRONOUNS[verb.lower] || NOT_ACTS.test(verb.lower)) continue;
    let end = clauseEnd(toks, j + 1, false);
    if (!by) {
      const after = agentAfter(ctx, toks, j + 2, end);
      if (after) ({ by, at: end } = after);
    }
    by ??= ordererBefore(ctx, si, toks, s) ?? attributedBody(ctx, toks, i);
    if (!by || end <= j + 1) continue;
    // A one-word act ("urged to leave") reads whole only with who is told: the clause from its subject.
    let from = j + 1;
    if (end - from < 2) {
      from = s;
      while (from > 0 && s - from < 8 && !/^[,;:“”"]$/.test(toks[from - 1]!.text)) from--;
    }
    out.push({ by, of: subject && subject !== by ? [subject] : [], start: toks[from]!.start, end: toks[end - 1]!.end, tokens: toks.slice(from, end), sentence: si });
  }
  return out;
}

// An order given, in the words before the passive or the two sentences before it: "on orders from X", "X ordered …".
const ORDER_NOUNS = /^(?:orders?|instructions?|directives?|request)$/;
const ORDER_VERBS = /^(?:ordered|orders|urged|instructed|directed)$/;

/** Who gave the order the passive reports: named in the sentence before it, else in the two sentences before. */
function ordererBefore(ctx: DemandContext, si: number, toks: Token[], before: number): Entity | undefined {
  const own = ordererIn(ctx, si, toks.slice(0, before));
  if (own) return own;
  for (let p = si - 1; p >= Math.max(0, si - 2); p--) {
    if (ctx.junk.has(p)) continue;
    const s = ctx.sentences[p]!;
    const found = ordererIn(ctx, p, tokenize(ctx.text, s.start, s.end));
    if (found) return found;
  }
  return undefined;
}

function ordererIn(ctx: DemandContext, si: number, toks: Token[]): Entity | undefined {
  for (let k = 0; k < toks.length; k++) {
    const x = toks[k]!.lower;
    // "on orders from Washington", "at the request of the council".
    if (ORDER_NOUNS.test(x) && /^(?:from|of|by)$/.test(toks[k + 1]?.lower ?? "")) {
      const end = npEnd(toks, k + 2);
      const e = actorsIn(ctx, toks[k + 2]?.start ?? 0, toks[end - 1]?.end ?? 0)[0];
      if (e) return e;
    }
    // "The Water Board ordered the mill closed": an active order, not a passive one.
    if (ORDER_VERBS.test(x) && !/^(?:is|are|was|were|be|been|being)$/.test(toks[k - 1]?.lower ?? "")) {
      const e = subjectOf(ctx, si, toks, k);
      if (e) return e;
    }
  }
  return undefined;
}

// Who seeks a suspect or a witness: the authorities the sentences before name.
const AUTHORITIES = /\b(authorities|police|investigators|prosecutors|detectives)\b/i;
const LAW_BODY = /\b(?:Police|FBI|Bureau|Prosecutor|Attorney|Sheriff|Department|Agency|Interpol|Justice)\b/;

function authorityBefore(ctx: DemandContext, si: number, at: number): Entity | undefined {
  for (let p = si; p >= Math.max(0, si - 4); p--) {
    if (ctx.junk.has(p)) continue;
    const s = ctx.sentences[p]!;
    // The body named nearest before the passive: in "an officer of the city police said the FBI bulletin linked him to
    // Kopp, who is being sought …", the bulletin's FBI, not the officer's police.
    const body = ctx.store.within(s.start, Math.min(s.end, at)).findLast((m) => m.kind === "organization" && LAW_BODY.test(m.name));
    if (body) return ctx.store.get(body.key);
    const m = AUTHORITIES.exec(s.text);
    if (m) {
      const at = s.start + m.index;
      const the = ctx.text.slice(at - 4, at) === "the " ? 4 : 0;
      return ctx.store.group(ctx.text.slice(at - the, at + m[1]!.length), at - the, at + m[1]!.length);
    }
  }
  // Else the law-enforcement body the story named before, however far back.
  return ctx.store.latestBefore(ctx.sentences[si]!.start, 0, (m, e) => e.kind === "organization" && LAW_BODY.test(m.name));
}

/** "…were ordered to tighten security, the Pentagon said": a body reporting the order gave it. */
function attributedBody(ctx: DemandContext, toks: Token[], i: number): Entity | undefined {
  const said = toks.findIndex((q, k) => k > i && /^(?:said|says|announced|stated|reported)$/.test(q.lower));
  if (said < 0) return undefined;
  const comma = toks.findLastIndex((q, k) => k < said && k > i && q.text === ",");
  if (comma < 0 || said - comma > 8) return undefined;
  const body = ctx.store.within(toks[comma]!.end, toks[Math.min(toks.length - 1, said + 6)]!.end).find((m) => !m.indirect && (m.kind === "organization" || m.kind === "country"));
  return body ? ctx.store.get(body.key) : undefined;
}
