// Counting words and letters and spotting sentence ends, in any script. Chinese and Japanese put no
// spaces between words, so there a word is counted as two characters, the usual rule of thumb.

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
/** A word: letters or digits, held together by an apostrophe, a period or a hyphen ("don't", "U.S.", "co-op"). */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words in the text, the one count used everywhere (cleaning heuristics, size limits, `article.wordCount`). */
export function wordCount(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const spaced = cjk ? text.replace(CJK, " ") : text;
  return (spaced.match(WORD)?.length ?? 0) + Math.ceil(cjk / 2);
}

/** Ends like a sentence: terminal punctuation (Latin, CJK, Arabic, Devanagari), maybe inside a quote. */
export const endsSentence = (text: string): boolean => /[.!?…。！？؟।]["”’»)」』]*$/u.test(text);

/**
 * Letters and digits in the text, for text and link densities: ASCII letters and digits, and any
 * non-ASCII character that is not a space or common punctuation. A plain loop: this runs on every
 * text node of a page.
 */
export function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) n++;
    } else if (c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000 && c !== 0x3001 && c !== 0x3002 && c !== 0xff0c) n++;
  }
  return n;
}
