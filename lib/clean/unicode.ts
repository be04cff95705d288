// Character-level normalisation shared by every format. Curly quotes, dashes and ellipses are the
// author's and stay as written; only characters that carry no text (or that look like a space but
// are not one) change.

// No-break, figure, narrow and other typographic spaces read as a plain space to every later stage.
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width space, word joiner, BOM and soft hyphen: invisible, and they split words for tokenizers.
// ZWJ/ZWNJ (U+200C/U+200D) are kept: they shape Persian and Indic text and join emoji.
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad\u180e]/g;
// C0 and C1 controls except tab and newline, plus bidi embedding controls and the replacement char
// left by a lossy decoder.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffd]/g;

// Any character one of the replacements below changes: most text has none, and one scan for them is
// cheaper than six replacement passes.
const CHANGED = /[\r\u2028\u0085\u2029\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b\u2060\ufeff\u00ad\u180e\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffd]/;

/** Normalise characters and line breaks; keeps line structure (one `\n` per source line). */
export function normalizeCharacters(text: string): string {
  if (!CHANGED.test(text)) return text.normalize("NFC");
  return text
    .replace(/\r\n?|\u2028|\u0085/g, "\n")
    .replace(/\u2029/g, "\n\n")
    .replace(SPACES, " ")
    .replace(INVISIBLE, "")
    .replace(CONTROLS, "")
    .replace(/\t/g, " ")
    .normalize("NFC");
}

/** Collapse runs of spaces inside a line and trim it. */
export const tidyLine = (line: string): string => line.replace(/ {2,}/g, " ").trim();

// Whitespace that collapsing would change: anything but a space, or two spaces. Most text has single
// spaces only, and a scan for these is much cheaper than a replacement at every space.
const COLLAPSIBLE = /[^\S ]| {2}/;

/** Collapse all whitespace (newlines included) to single spaces: text of one paragraph. */
export const collapseWhitespace = (text: string): string => (COLLAPSIBLE.test(text) ? text.replace(/\s+/g, " ") : text).trim();

/**
 * Text that was UTF-8 but got decoded as Windows-1252 upstream (`â€™` for `’`, `Ã©` for `é`):
 * re-encode and decode again when that is what happened. Only whole-document repairs are safe.
 */
export function repairMojibake(text: string): string {
  const marks = text.match(/[ÂÃâ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/g)?.length ?? 0;
  if (marks < 3) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = CP1252_BYTE.get(text.charCodeAt(i)) ?? text.charCodeAt(i);
    if (b > 0xff) return text; // a character Windows-1252 cannot produce: not mojibake
    bytes[i] = b;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

// Windows-1252 bytes 0x80–0x9f decode to these code points; map them back.
const CP1252_BYTE = new Map<number, number>(
  [
    0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
    0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
  ].map((cp, i) => [cp, 0x80 + i]),
);
