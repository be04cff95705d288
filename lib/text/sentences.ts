// Sentence and paragraph boundaries over cleaned text, with offsets into it.

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "st", "sr", "jr",
    "rev", "hon", "pres", "supt", "insp", "maj", "cpl", "pvt", "vs", "etc", "inc", "ltd", "co", "corp", "no", "nos", "vol",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
    "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
    "va", "vt", "wash", "wis", "wyo", "approx", "dept", "est", "fig", "mt", "ft", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
    "d.c", "e.g", "i.e", "ph.d",
  ],
);

const isUpperStart = (s: string) => /^["“‘'(\[]?[\p{Lu}\p{N}]/u.test(s);

/** Split text into sentences; paragraph breaks always end a sentence. Offsets index into `text`. */
export function splitSentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  // Candidate boundaries: terminal punctuation (plus closing quotes/brackets) followed by whitespace,
  // or a blank line / line break.
  // A third kind, defensive: sentences glued without a space ("in Geneva.White House officials",
  // "our home.”As Biden") — the cleaner normally separates these, but the engine must not depend on it.
  const boundary = /([.!?…]+["”’')\]]*)(\s+)|\n\s*\n|_{3,}|(?<=\p{Ll}{2}[.!?]["”’]?|[\p{Ll}\p{N}][.!?]["”’]|(?:\p{Lu}{2}|\p{N}{2})[.!?])(?=["“]?\p{Lu}\p{L})/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0] === "") {
      const word = /([\p{L}\p{N}]+)[.!?]["”’]?$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase() ?? "";
      if (!ABBREVIATIONS.has(word)) push(m.index);
      boundary.lastIndex = m.index + 1;
      continue;
    }
    if (m[1] === undefined) {
      push(m.index);
      start = m.index + m[0].length;
      continue;
    }
    const punctEnd = m.index + m[1].length;
    const after = text.slice(punctEnd + m[2]!.length, punctEnd + m[2]!.length + 3);
    if (m[1].startsWith(".") && m[1].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase() ?? "";
      const bare = word.replace(/^\.+/, "");
      // "U.S. officials", "Jan. 10", "Dr. Smith": not a boundary unless a new sentence clearly starts.
      if (ABBREVIATIONS.has(bare) && !(bare === "u.s" && isUpperStart(after) && /\n/.test(m[2]!))) {
        if (!isUpperStart(after) || /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|gen|gov|sen|rep)$/.test(bare)) continue;
        // "at 3 p.m. The call …" ends a sentence; "3 p.m. EST" and "3 p.m. Eastern time" do not.
        const timeEnd = (bare === "a.m" || bare === "p.m") && /^\p{Lu}\p{Ll}/u.test(after) &&
          !/^(?:Eastern|Pacific|Central|Mountain|Moscow|Greenwich|Local|Atlantic|British|Kyiv|Beijing|Tokyo|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Today|Tomorrow|Yesterday)\b/.test(text.slice(punctEnd + m[2]!.length, punctEnd + m[2]!.length + 12));
        // "U.S. Secretary": an initialism mid-sentence is more common than a sentence ending in one.
        if (bare.includes(".") && !timeEnd) continue;
      }
      // Single initials: "George W. Bush".
      if (/^\p{Lu}$/u.test(text.slice(m.index - 1, m.index)) && !/\p{L}/u.test(text.slice(m.index - 2, m.index - 1) || " ")) continue;
    }
    if (!isUpperStart(after) && !/\n/.test(m[2]!)) continue;
    push(punctEnd + m[2]!.length);
  }
  push(text.length);
  return out;
}

/** Paragraphs (separated by blank lines) with offsets. */
export function splitParagraphs(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const start = m.index + m[0].indexOf(trimmed);
    out.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return out;
}

/** The sentence that contains offset `at`. */
export function sentenceAt(sentences: TextSpan[], at: number): TextSpan | undefined {
  return sentences.find((s) => s.start <= at && at < s.end) ?? sentences.findLast((s) => s.start <= at);
}
