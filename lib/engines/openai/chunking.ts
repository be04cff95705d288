// Token counting with the real tokenizer (o200k_base, the encoding of the gpt-4o / gpt-4.1 / gpt-5
// families) and splitting of long articles on paragraph boundaries, with overlap.
import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { splitParagraphs, splitSentences, type TextSpan } from "../../text/sentences.ts";

// Article text is data: "<|endoftext|>" inside it is counted as the plain characters it is.
const PLAIN = { disallowedSpecial: new Set<string>(), allowedSpecial: new Set<string>() };

export const countTokens = (text: string): number => encode(text, PLAIN).length;

/** Rough per-message framing the chat format adds (role, separators). */
export const MESSAGE_OVERHEAD_TOKENS = 4;

export interface Chunk {
  /** A verbatim slice of the article: `text === article.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  tokens: number;
}

export interface ChunkOptions {
  /** Maximum tokens of article text per chunk. */
  maxTokens: number;
  /** Tokens of trailing context repeated at the start of the next chunk (whole paragraphs or sentences). */
  overlapTokens: number;
}

interface Piece extends TextSpan {
  tokens: number;
}

/** Paragraphs, with any paragraph longer than the budget broken into sentences, then into word runs. */
function pieces(text: string, maxTokens: number): Piece[] {
  const out: Piece[] = [];
  const add = (span: TextSpan) => out.push({ ...span, tokens: countTokens(span.text) });
  for (const p of splitParagraphs(text)) {
    const tokens = countTokens(p.text);
    if (tokens <= maxTokens) {
      out.push({ ...p, tokens });
      continue;
    }
    for (const s of splitSentences(p.text)) {
      const abs = { text: s.text, start: p.start + s.start, end: p.start + s.end };
      if (countTokens(abs.text) <= maxTokens) {
        add(abs);
        continue;
      }
      // A "sentence" over the budget (a list, a table dump): cut between words.
      const words = [...abs.text.matchAll(/\S+/g)];
      let from = 0;
      const sliceOf = (a: number, b: number) =>
        text.slice(abs.start + words[a]!.index, abs.start + words[b - 1]!.index + words[b - 1]![0].length);
      while (from < words.length) {
        // Largest run words[from..best) within the budget (at least one word), by binary search.
        let lo = from + 1;
        let hi = words.length;
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (countTokens(sliceOf(from, mid)) <= maxTokens) lo = mid;
          else hi = mid - 1;
        }
        const best = lo;
        const s0 = abs.start + words[from]!.index;
        const e0 = abs.start + words[best - 1]!.index + words[best - 1]![0].length;
        add({ text: text.slice(s0, e0), start: s0, end: e0 });
        from = best;
      }
    }
  }
  return out;
}

/**
 * Splits `text` into chunks of at most `maxTokens` tokens, cutting only between paragraphs (or, for a
 * paragraph that alone exceeds the budget, between sentences). Each chunk after the first starts with
 * the last paragraph(s) of the previous one, up to `overlapTokens`, so an item that straddles a cut is
 * seen whole at least once. Short texts come back as one chunk.
 */
export function splitIntoChunks(text: string, options: ChunkOptions): Chunk[] {
  const maxTokens = Math.max(1, Math.floor(options.maxTokens));
  const total = countTokens(text);
  if (total <= maxTokens) return [{ text, start: 0, end: text.length, tokens: total }];
  const ps = pieces(text, maxTokens);
  const chunks: Chunk[] = [];
  // Joining separators cost a token or so each; budget them.
  const cost = (from: number, to: number) => ps.slice(from, to).reduce((n, p) => n + p.tokens + 1, 0);
  let i = 0;
  while (i < ps.length) {
    let j = i + 1;
    while (j < ps.length && cost(i, j + 1) <= maxTokens) j++;
    const start = ps[i]!.start;
    const end = ps[j - 1]!.end;
    const slice = text.slice(start, end);
    chunks.push({ text: slice, start, end, tokens: countTokens(slice) });
    if (j >= ps.length) break;
    // Next chunk: back up over trailing pieces that fit the overlap, never to (or before) this start.
    let k = j;
    while (k - 1 > i && cost(k - 1, j) <= options.overlapTokens && cost(k - 1, j) + ps[j]!.tokens <= maxTokens) k--;
    i = k;
  }
  return chunks;
}
