// Quoted commands and requests with their attribution: '"Give us the staff we were promised," Voss told the minister.',
// 'Voss told the board: "Release the funds now."', '"Could you send us the results by Friday?" Voss asked the lab.'
// What the quotation asks is the speaker's demand, of whom the attribution addresses. Openers that frame the talk
// ("Look, …", "Imagine …", "Take Dorrow, for example", "Make no mistake") ask nothing of anyone.
import type { Token } from "../../text/tokens.ts";
import type { Entity } from "./actors.ts";
import { actorsIn, addresseesIn, entityEndingAt, speakerOf } from "./demand-agents.ts";
import { isImperative } from "./lexicon.ts";
import { DETERMINERS } from "./demand-words.ts";
import type { DemandContext, Found } from "./demands.ts";

const FRAMING = /^(?:look|like|listen|imagine|remember|let|thank|excuse|trust|believe|consider|note|see|wait|mind|forget|guess|suppose|say|welcome|enjoy|meet|watch|picture|take|come|make|have|be|know|think|understand|mark|compare|just|go|get|keep|tell|do)$/;
const OBJECT = /^(?:us|me|him|her|them|it|back|up|down|out|off|away|home|to)$/;
const ADDRESSING = /^(?:told|tells|asked|asks|urged|urges|begged|begs|pleaded|implored|ordered|orders|instructed)$/;
const OPEN = /^[“"]$/;
/**
 * A sentence that may hold one: a quotation opening on a capital, wire copy's ``quotes'' too (the tokenizer reads them
 * as curly ones). Cheap, so the sentence loop can test every sentence.
 */
export const QUOTED_REQUEST = /(?:[“"]|``)\p{Lu}\p{Ll}/u;
const CLOSE = /^[”"]$/;

export function readQuotedRequests(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  const out: Found[] = [];
  for (let q = 0; q < toks.length - 2; q++) {
    if (!OPEN.test(toks[q]!.text) || (toks[q]!.text === '"' && q > 0 && !/^[,:.;]$/.test(toks[q - 1]!.text))) continue;
    const close = toks.findIndex((t, k) => k > q + 1 && CLOSE.test(t.text));
    if (close < 0 || close - q > 60) continue;
    const request = politeRequest(toks, q + 1, close) ?? command(toks, q + 1, close);
    if (request) {
      const by = crowdSpeaker(ctx, si, toks, close) ?? speakerOf(ctx, si, toks[close]!.start) ?? askingSpeaker(ctx, toks, close);
      if (by) {
        const [from, to] = request;
        const of = addressed(ctx, si, toks, q, close).filter((e) => e !== by);
        out.push({ by, of, start: toks[from]!.start, end: toks[to - 1]!.end, tokens: toks.slice(from, to), sentence: si });
      }
    }
    q = close;
  }
  return out;
}

/** "Could you send us the results?": from the verb to the question mark, else null. */
function politeRequest(toks: Token[], a: number, close: number): [number, number] | null {
  if (!/^(?:could|would|can|will)$/.test(toks[a]!.lower) || toks[a + 1]?.lower !== "you" || !/^\p{Lu}/u.test(toks[a]!.text)) return null;
  const v = toks[a + 2]?.lower === "please" ? a + 3 : a + 2;
  const mark = toks.findIndex((t, k) => k > v && k < close && t.text === "?");
  if (mark < 0 || !isImperative(toks[v]?.lower ?? "") || FRAMING.test(toks[v]!.lower)) return null;
  return mark > v + 1 ? [v, mark] : null;
}

/** "Give us the staff …", "Release the funds now.": a sentence-initial bare verb and its object, to the quote's end. */
function command(toks: Token[], a: number, close: number): [number, number] | null {
  const first = toks[a]!;
  const second = toks[a + 1];
  if (!/^\p{Lu}\p{Ll}+$/u.test(first.text) || !isImperative(first.lower) || FRAMING.test(first.lower) || !second) return null;
  if (!(DETERMINERS.has(second.lower) || OBJECT.test(second.lower) || /^\p{Lu}/u.test(second.text)) || second.lower === "no") return null;
  // One sentence of the quotation: a question or a second sentence ends it.
  let end = a + 1;
  while (end < close && !/^[.!?;]$/.test(toks[end]!.text)) end++;
  if (toks[end]?.text === "?") return null;
  while (end > a + 1 && /^[,:]$/.test(toks[end - 1]!.text)) end--;
  return end > a + 2 ? [a, end] : null;
}

/** '"…?" the director, Mara Voss, asked the laboratory': the person named in the asking attribution after the quote. */
function askingSpeaker(ctx: DemandContext, toks: Token[], close: number): Entity | undefined {
  const verb = toks.findIndex((t, k) => k > close && k - close <= 12 && ADDRESSING.test(t.lower));
  if (verb < 0) return undefined;
  const people = actorsIn(ctx, toks[close]!.end, toks[verb]!.start).filter((e) => e.kind === "person");
  return people[people.length - 1];
}

const VOICES = /^(?:said|says|chanted|chant|chants|shouted|shout|shouts|cried|cry|yelled|yell|sang|sing|screamed|roared|told|added|declared|wrote)$/;
/**
 * '"Stop the evictions," the marchers chanted.', '"Free them all," shouted the crowd.': speakers the attribution names
 * only by a crowd noun, which no name-finder lists; the noun phrase, as the agent reader names it. Else undefined.
 */
function crowdSpeaker(ctx: DemandContext, si: number, toks: Token[], close: number): Entity | undefined {
  let a = close + 1;
  if (toks[a]?.text === ",") a++;
  const verbFirst = VOICES.test(toks[a]?.lower ?? "");
  if (verbFirst) a++;
  if (toks[a]?.lower !== "the") return undefined;
  // The article, at most two modifiers and a plural or collective head, then the verb (unless it came first).
  for (let h = a + 1; h <= a + 3 && h < toks.length; h++) {
    const x = toks[h]!;
    if (!/^\p{Ll}+$/u.test(x.text)) return undefined;
    const next = toks[h + 1]?.lower ?? "";
    const ends = verbFirst ? /^[.,;:!?]$/.test(toks[h + 1]?.text ?? ".") : VOICES.test(next);
    if (!ends) continue;
    if (!/(?:s|crowd|people)$/.test(x.lower)) return undefined;
    const e = entityEndingAt(ctx, si, toks, h);
    return e && e.kind === "group" ? e : undefined;
  }
  return undefined;
}

/** Whom the attribution addresses: 'Voss told the minister' after the quote, 'told the board:' before it. */
function addressed(ctx: DemandContext, si: number, toks: Token[], open: number, close: number): Entity[] {
  const after = toks.findIndex((t, k) => k > close && k - close <= 12 && ADDRESSING.test(t.lower));
  let from = after;
  if (after < 0) {
    const before = toks.findLastIndex((t, k) => k < open && open - k <= 6 && ADDRESSING.test(t.lower));
    if (before < 0) return [];
    from = before;
  }
  let end = from + 1;
  while (end < toks.length && !/^[,.;:!?“”"]$/.test(toks[end]!.text) && end - from <= 6) end++;
  // "told the health minister, Ilse Brandt": the name in apposition is whom the role names.
  if (toks[end]?.text === "," && /^\p{Lu}/u.test(toks[end + 1]?.text ?? "")) {
    const named = addresseesIn(ctx, si, toks, end + 1, Math.min(toks.length, end + 4)).filter((e) => e.kind === "person");
    if (named.length) return named.slice(0, 1);
  }
  return end > from + 1 ? addresseesIn(ctx, si, toks, from + 1, end) : [];
}

/** Whether the trigger at i only attributes a quotation before it ('"…?" Voss asked the lab.'), asking nothing of its own. */
export function attributesQuote(toks: Token[], i: number): boolean {
  const close = toks.findLastIndex((t, k) => k < i && CLOSE.test(t.text));
  if (close < 0 || i - close > 12) return false;
  if (toks.slice(close + 1, i).some((t) => /^(?:that|and|but|;)$/.test(t.lower))) return false;
  return !toks.slice(i + 1).some((t) => /^(?:to|for|that|if|whether|about)$/.test(t.lower));
}
