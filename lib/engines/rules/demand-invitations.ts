// Invitations and summonses: "NATO invited the three countries to join", "subpoenaed Kral to testify". Whoever
// invites or summons asks the invitee to act; an invitation to an event ("invited reporters to a briefing") asks
// nothing, so only an infinitive counts.
import type { Token } from "../../text/tokens.ts";
import type { Entity } from "./actors.ts";
import { actorsIn, entityEndingAt, subjectOf } from "./demand-agents.ts";
import { DETERMINERS, POSSESSIVE_PRONOUNS, wordScreen } from "./demand-words.ts";
import { clauseEnd, type DemandContext, type Found } from "./demands.ts";

const INVITES = /^(?:invite|invites|invited|inviting|summon|summons|summoned|summoning|subpoena|subpoenas|subpoenaed|subpoenaing)$/;

/** No sentence without one of the verbs readInvitations reads can give it anything. */
export const invitationScreen = wordScreen(INVITES);

export function readInvitations(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < toks.length - 3; i++) {
    if (!INVITES.test(toks[i]!.lower)) continue;
    // "summons the strength to confront …", "summoned up the courage to …": an idiom, nobody is summoned.
    if (/^summon/.test(toks[i]!.lower) && toks.slice(i + 1, i + 5).some((q) => /^(?:strength|courage|nerve|energy|will|willpower|resolve|spirit|wits|confidence)$/.test(q.lower))) continue;
    // Passives ("was invited to") are read with the other passive directives.
    if (/^(?:is|are|was|were|be|been|being|the|an?)$/.test(toks[i - 1]?.lower ?? "")) continue;
    // The infinitive within ten words, over commas (an apposition) but no other clause break.
    const to = toks.findIndex((q, k) => k > i + 1 && k <= i + 10 && (q.lower === "to" || /^[.;:!?]$/.test(q.text)));
    if (toks[to]?.lower !== "to" || toks.slice(i + 1, to).some((q) => /^(?:who|which|that|but)$/.test(q.lower))) continue;
    const verb = toks[to + 1];
    if (to < 0 || !verb || !/^\p{Ll}+$/u.test(verb.text) || DETERMINERS.has(verb.lower) || POSSESSIVE_PRONOUNS[verb.lower]) continue;
    const by = subjectOf(ctx, si, toks, decidedAt(toks, i));
    // "invited the Polish foreign minister, Bronislaw Geremek, to visit": the invitee, with any apposition.
    const of = actorsIn(ctx, toks[i + 1]!.start, toks[to - 1]!.end).filter((e) => e !== by);
    const end = clauseEnd(toks, to + 1, false);
    if (!by || end <= to + 1) continue;
    const start = of.length ? to + 1 : i + 1;
    out.push({ by, of, start: toks[start]!.start, end: toks[end - 1]!.end, tokens: toks.slice(start, end), sentence: si });
  }
  return out;
}

// "NATO decided at its July summit to invite …": the decision's subject invites.
const DECIDES = /^(?:decided|decides|agreed|agrees|voted|votes|resolved|resolves|moved|chose|plans|planned)$/;

/** The deciding verb an infinitive "to invite" at i hangs on, within eight words; else i itself. */
function decidedAt(toks: Token[], i: number): number {
  if (toks[i - 1]?.lower !== "to") return i;
  for (let k = i - 2; k >= Math.max(0, i - 9); k--) {
    if (/^[,.;:!?“”"]$/.test(toks[k]!.text)) break;
    if (DECIDES.test(toks[k]!.lower)) return k;
  }
  return i;
}

/**
 * The noun: "extended an invitation to Geremek to visit Washington", "accepted Albright's invitation to visit",
 * "an invitation from NATO to join". The inviter is the possessor, the "from" phrase, or whoever extended it; the
 * invitee the "to" phrase or whoever accepted or declined it. Only an invitation to act (an infinitive) counts.
 */
const INVITATION = /^invitations?$/;
export const invitationNounScreen = wordScreen(INVITATION);

export function readInvitationNouns(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
    if (!INVITATION.test(toks[i]!.lower)) continue;
    // The infinitive: the first "to" + bare verb within ten words, no clause break between.
    let to = -1;
    for (let k = i + 1; k < Math.min(toks.length - 1, i + 11) && !/^[.;:!?]$/.test(toks[k]!.text); k++) {
      const v = toks[k + 1]!;
      if (toks[k]!.lower === "to" && /^\p{Ll}+$/u.test(v.text) && !DETERMINERS.has(v.lower) && !POSSESSIVE_PRONOUNS[v.lower]) {
        to = k;
        break;
      }
    }
    if (to < 0) continue;
    const p = toks[i - 1]!.lower;
    const d = DETERMINERS.has(p) ? i - 2 : i - 1;
    let by: Entity | undefined;
    let of: Entity[] = [];
    if (/^(?:'s|')$/.test(toks[i - 1]!.lower)) by = entityEndingAt(ctx, si, toks, i - 2);
    else if (toks[i + 1]?.lower === "from") by = actorsIn(ctx, toks[i + 2]!.start, toks[to - 1]!.end)[0];
    else if (EXTENDS.test(toks[d]?.lower ?? "")) by = subjectOf(ctx, si, toks, d);
    // The invitee: "to Geremek", else whoever accepted or turned it down.
    if (toks[i + 1]?.lower === "to" && i + 1 !== to) of = actorsIn(ctx, toks[i + 2]!.start, toks[to - 1]!.end);
    let a = /^(?:'s|')$/.test(toks[i - 1]!.lower) ? i - 2 : d;
    while (a > 0 && !ANSWERS.test(toks[a]!.lower) && i - a <= 6) a--;
    if (ANSWERS.test(toks[a]?.lower ?? "")) {
      const invitee = subjectOf(ctx, si, toks, a);
      if (invitee) of = [invitee];
    }
    of = of.filter((e) => e !== by);
    const end = clauseEnd(toks, to + 1, false);
    if (!by || end <= to + 1) continue;
    out.push({ by, of, start: toks[to + 1]!.start, end: toks[end - 1]!.end, tokens: toks.slice(to + 1, end), sentence: si });
  }
  return out;
}

const EXTENDS = /^(?:extended|extends|extend|issued|issues|sent|sends|offered|offers|renewed|repeated)$/;
const ANSWERS = /^(?:accepted|accepts|accept|declined|declines|rejected|rejects|turned|received|receives)$/;
