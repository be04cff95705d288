// Span → highlight segmentation: the cleaned article split into paragraphs, and each paragraph into
// plain runs and marked runs. Pure, so it is unit-tested without a browser.

/** A [start, end) range of UTF-16 offsets into the article text, as the summary records them. */
export interface SpanLike {
  start: number;
  end: number;
}

export interface Highlight extends SpanLike {
  /** The evidence span (an actor's first mention, a demand's or date's evidence), drawn stronger. */
  primary: boolean;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  /**
   * null for plain text. `primary`: inside the evidence span; `mention`: inside another span (an
   * actor's mention). Both: a mention within the evidence, drawn so it still stands out.
   */
  mark: null | { primary: boolean; mention: boolean };
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/** Clamps spans to the text, drops empty or malformed ones and exact duplicates, and sorts them. */
export function normalizeHighlights(spans: ReadonlyArray<SpanLike & { primary?: boolean }>, textLength: number): Highlight[] {
  const seen = new Set<string>();
  const clean: Highlight[] = [];
  for (const s of spans) {
    if (!Number.isFinite(s.start) || !Number.isFinite(s.end)) continue;
    const start = Math.max(0, Math.min(textLength, Math.trunc(s.start)));
    const end = Math.max(0, Math.min(textLength, Math.trunc(s.end)));
    const primary = Boolean(s.primary);
    const id = `${start}:${end}:${primary}`;
    if (end > start && !seen.has(id)) {
      seen.add(id);
      clean.push({ start, end, primary });
    }
  }
  return clean.sort((a, b) => a.start - b.start || a.end - b.end || Number(b.primary) - Number(a.primary));
}

/** Paragraph ranges: the cleaner joins paragraphs with a blank line. */
export function paragraphRanges(text: string): SpanLike[] {
  const out: SpanLike[] = [];
  const sep = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * The article as paragraphs of plain and marked runs. Overlapping spans are flattened into runs with
 * the same coverage (evidence, mention, or both); a span that crosses a paragraph break becomes one
 * run per paragraph, and the separators themselves are never marked.
 */
export function segmentArticle(text: string, spans: ReadonlyArray<SpanLike & { primary?: boolean }>): Paragraph[] {
  const highlights = normalizeHighlights(spans, text.length);
  // Sweep over every boundary, counting the evidence and mention spans that cover each piece.
  const events: Array<[number, "primary" | "mention", 1 | -1]> = [];
  for (const h of highlights) {
    const k = h.primary ? "primary" : "mention";
    events.push([h.start, k, 1], [h.end, k, -1]);
  }
  events.sort((a, b) => a[0] - b[0]);
  const paragraphs: Paragraph[] = [];
  let e = 0;
  const count = { primary: 0, mention: 0 };
  for (const p of paragraphRanges(text)) {
    const segments: Segment[] = [];
    const push = (from: number, to: number) => {
      if (to <= from) return;
      const mark = count.primary || count.mention ? { primary: count.primary > 0, mention: count.mention > 0 } : null;
      const last = segments[segments.length - 1];
      if (last && last.end === from && JSON.stringify(last.mark) === JSON.stringify(mark)) {
        last.end = to;
        last.text = text.slice(last.start, to);
      } else segments.push({ text: text.slice(from, to), start: from, end: to, mark });
    };
    let pos = p.start;
    // Spans that closed or opened before this paragraph (in the separator) still count.
    while (e < events.length && events[e]![0] <= p.start) {
      count[events[e]![1]] += events[e]![2];
      e++;
    }
    while (e < events.length && events[e]![0] < p.end) {
      const at = events[e]![0];
      push(pos, at);
      pos = at;
      while (e < events.length && events[e]![0] === at) {
        count[events[e]![1]] += events[e]![2];
        e++;
      }
    }
    push(pos, p.end);
    paragraphs.push({ start: p.start, end: p.end, segments });
  }
  return paragraphs;
}

/** Spans to highlight for an item: an actor's first span is its evidence, the rest are mentions. */
export function itemHighlights(kind: "actor" | "demand" | "date", spans: ReadonlyArray<SpanLike>): Array<SpanLike & { primary: boolean }> {
  return spans.map((s, i) => ({ start: s.start, end: s.end, primary: kind === "actor" ? i === 0 : true }));
}
