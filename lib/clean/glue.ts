// Sentences glued together where a scraper dropped the space ("in Geneva.White House"), and quotes
// that lost theirs ("talks.”Biden", "Russia.“The draft"). Only a space is ever inserted, except for an
// opening quote typed as a closing one, which is turned round so quotes pair up again.

// Lowercase word (or number, or closing bracket) + sentence punctuation + capital, or an acronym +
// period + capitalised word ("NATO.Those"). Requiring two letters before the stop leaves "U.S.",
// "p.m.", "e.g." and initials alone; decimals and domains ("3.5", "example.com", "Node.js") never
// have a capital after the dot.
const GLUED_STOP = /(\p{Ll}\p{Ll}|\d\d|[\p{Ll}\d][)\]])([.!?]+)(?=["“‘]?\p{Lu})|(\p{Lu}\p{Lu})(\.)(?=\p{Lu}\p{Ll})/gu;
// Closing quote glued to what follows: `talks.”Biden`, `possible,”Pifer`, `”“`.
const GLUED_CLOSING_QUOTE = /([.!?,…][”’])(?=[\p{Lu}“])/gu;

// What every glued stop has (a stop, maybe a quote, a capital), found by a quick scan: GLUED_STOP is
// tried at each lower-case letter, which is slow on the many paragraphs it leaves alone.
const STOP_THEN_CAPITAL = /[.!?]["“‘]?\p{Lu}/u;

/** Insert the missing space between glued sentences. */
export function unglue(paragraph: string): string {
  const spaced = !STOP_THEN_CAPITAL.test(paragraph)
    ? paragraph
    : paragraph.replace(GLUED_STOP, (match, before?: string, stop?: string, acronym?: string, period?: string, offset = 0) =>
        insideUrl(paragraph, offset) || siteName(paragraph, offset + match.length) ? match : `${before ?? acronym}${stop ?? period} `,
      );
  return spaced.includes("”") || spaced.includes("’") ? spaced.replace(GLUED_CLOSING_QUOTE, "$1 ") : spaced;
}

// A site written as its name ("Example.Net", "Harbor.Com"): a capitalised top-level domain after the
// dot, ending the word. Two-letter country codes that are also words ("In", "It", "No") are left out.
const TOP_LEVEL = /^(?:Com|Net|Org|Gov|Edu|Info|Biz|Io|Tv|Fm|Co\.Uk|Uk|Ca|Au|De|Fr|Ie|Nz|Ru|Cn|Jp|App|Dev|COM|NET|ORG)(?![\p{L}\p{N}])/u;

function siteName(text: string, afterDot: number): boolean {
  return TOP_LEVEL.test(text.slice(afterDot, afterDot + 8));
}

// "www.example.com/News.Today" or an e-mail address: glue there is part of the address.
function insideUrl(text: string, offset: number): boolean {
  const start = Math.max(0, offset - 80);
  const token = /\S*$/.exec(text.slice(start, offset + 2))?.[0] ?? "";
  return /:\/\/|^www\.|@/.test(token);
}

/**
 * Spun or scraped copy types some opening quotes as closing ones (`Russia.” The draft … possible,”
 * Pifer`). Walking the text with quote parity, a `”` that would close nothing, stands where a quote
 * opens (after a sentence, before a word) and is closed by the next quote mark is an opening quote:
 * it becomes `“` and moves next to its first word. Run on the whole text, so a quote left open at
 * the end of one paragraph (wire style) is still open in the next.
 */
export function repairQuotes(text: string): string {
  if (!text.includes("”")) return text;
  const marks = [...text.matchAll(/[“”]/g)].map((m) => m.index);
  let open = false;
  let out = "";
  let last = 0;
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k]!;
    if (text[i] === "“") {
      open = true;
      continue;
    }
    if (open) {
      open = false;
      continue;
    }
    const next = marks[k + 1];
    const opensHere =
      next !== undefined &&
      text[next] === "”" &&
      /^ \p{L}/u.test(text.slice(i + 1, i + 3)) &&
      /(?:^|[.!?:]\s?|\s)$/.test(text.slice(Math.max(0, i - 2), i));
    if (!opensHere) continue;
    const before = text.slice(last, i);
    out += /\S$/.test(before) ? `${before} “` : `${before}“`;
    last = i + 2; // the space between the quote and its first word goes
    open = true;
  }
  return last === 0 ? text : out + text.slice(last);
}
