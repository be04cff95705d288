// PDF text items (positioned runs of glyphs) → paragraphs in reading order. Pure: no PDF library here,
// so the rules can be read and tested on their own. Coordinates are PDF user space: origin at the
// bottom left, y grows upwards, `y` is the baseline.

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
}

export interface PageItems {
  width: number;
  height: number;
  items: TextItem[];
}

/** One visual line inside one column: items on a baseline with no gutter-sized gap between them. */
interface Line {
  page: number;
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** Column index on the page, -1 for a line spanning columns (set by readingOrder). */
  col: number;
}

// Ligatures that fonts map to single code points (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ); NFKC only on those, so quotes,
// superscripts and the like elsewhere stay as the author typed them.
const LIGATURES = /[\ufb00-\ufb06]/g;
const decodeLigatures = (s: string) => s.replace(LIGATURES, (c) => c.normalize("NFKC"));

/** Paragraphs of the document, in reading order, headers/footers/page numbers and footnote markers gone. */
export function layoutParagraphs(pages: PageItems[]): string[] {
  const linesByPage = pages.map((page, i) => pageLines(page, i));
  const running = runningLines(linesByPage, pages);
  const ordered: Line[][] = linesByPage.map((lines, i) => readingOrder(lines.filter((l) => !running.has(l))));
  return paragraphs(ordered.flat());
}

// ---------------------------------------------------------------------------------------------
// Items → lines

function pageLines(page: PageItems, pageIndex: number): Line[] {
  const items = page.items
    .map((it) => ({ ...it, str: decodeLigatures(it.str).replace(/\u00a0/g, " ") }))
    .filter((it) => it.str.trim() && it.size > 0);
  if (items.length === 0) return [];
  const body = bodySize(items);
  // Rows: items whose baselines are within half a body line, so superscripts join their line.
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: (typeof items)[] = [];
  for (const it of items) {
    const row = rows.find((r) => Math.abs(baseline(r) - it.y) < Math.max(body, it.size) * 0.5);
    if (row) row.push(it);
    else rows.push([it]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const base = baseline(row);
    const size = Math.max(...row.filter((it) => !isRaised(it, base)).map((it) => it.size), 0) || row[0]!.size;
    let current: Line | null = null;
    for (const it of row) {
      // A small raised run of digits or symbols after a word is a footnote marker, not part of the word.
      if (isRaised(it, base) && it.size < size * 0.85 && /^[\d*†‡§¶,]+$/.test(it.str.trim())) continue;
      const gap = current ? it.x - current.right : 0;
      // A gap of about two ems between runs on one baseline is a column gutter: a new line starts.
      if (!current || gap > size * 1.5) {
        current = { page: pageIndex, text: it.str, x: it.x, right: it.x + it.width, y: base, size, col: 0 };
        lines.push(current);
        continue;
      }
      const needsSpace = gap > size * 0.12 && !/\s$/.test(current.text) && !/^\s/.test(it.str);
      current.text += (needsSpace ? " " : "") + it.str;
      current.right = Math.max(current.right, it.x + it.width);
    }
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, " ").trim();
  return lines.filter((l) => l.text);
}

/** The baseline of a row: that of its largest item (superscripts sit above it, subscripts below). */
const baseline = (row: TextItem[]) => row.reduce((a, b) => (b.size > a.size ? b : a)).y;
const isRaised = (it: TextItem, base: number) => it.y - base > it.size * 0.2;

/** The most common font size, weighted by characters: the body text's. */
function bodySize(items: { str: string; size: number }[]): number {
  const weight = new Map<number, number>();
  for (const it of items) {
    const k = Math.round(it.size * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + it.str.length);
  }
  return [...weight].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

// ---------------------------------------------------------------------------------------------
// Running headers, footers and page numbers

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page|p\.|seite|página|pagina)?\s*\d{1,4}(?:\s*(?:of|\/|von|de|sur)\s*\d{1,4})?(?:\s*[-–—])?$/i;
// Digits differ from page to page in a running line ("Page 3", "March 2025 · 4"): compare without them.
const shape = (text: string) => text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ");

/**
 * Lines in the top or bottom band of a page that repeat at the same height on other pages (headers,
 * footers), lone page numbers in those bands, and lines standing apart from the text at the foot of
 * any page or the head of a later one (furniture of a short document, seen too few times to repeat).
 */
function runningLines(linesByPage: Line[][], pages: PageItems[]): Set<Line> {
  const out = new Set<Line>();
  const bands = linesByPage.map((lines, i) => edgeLines(lines, pages[i]!));
  const seen = new Map<string, number>();
  for (const band of bands) for (const key of new Set(band.map(runningKey))) seen.set(key, (seen.get(key) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(linesByPage.length * 0.5));
  for (const [i, band] of bands.entries()) {
    const apart = linesByPage.length > 1 ? isolatedEdges(linesByPage[i]!, pages[i]!, i > 0) : new Set<Line>();
    for (const line of band) {
      if (PAGE_NUMBER.test(line.text) || apart.has(line) || (linesByPage.length > 1 && seen.get(runningKey(line))! >= needed)) out.add(line);
    }
  }
  return out;
}

/** Rows in the outer eighth of the page more than 2.5 line spacings from any other text. */
function isolatedEdges(lines: Line[], page: PageItems, top: boolean): Set<Line> {
  const rows = [...new Set(lines.map((l) => l.y))].sort((a, b) => b - a);
  if (rows.length < 4) return new Set();
  const gaps = rows.slice(1).map((y, i) => rows[i]! - y);
  const spacing = median(gaps);
  const out = new Set<Line>();
  const band = page.height / 8;
  if (top && rows[0]! >= page.height - band && gaps[0]! > spacing * 2.5) for (const l of lines) if (l.y === rows[0]) out.add(l);
  const last = rows.length - 1;
  if (rows[last]! <= band && gaps[last - 1]! > spacing * 2.5) for (const l of lines) if (l.y === rows[last]) out.add(l);
  return out;
}

const runningKey = (l: Line) => `${Math.round(l.y / 4)}|${shape(l.text)}`;

/** The lines in the top and bottom eighth of the page, or the outermost line when the text is far from the edges. */
function edgeLines(lines: Line[], page: PageItems): Line[] {
  if (lines.length < 2) return lines.filter((l) => PAGE_NUMBER.test(l.text));
  const ys = lines.map((l) => l.y);
  const top = Math.max(...ys);
  const bottom = Math.min(...ys);
  const band = Math.max(page.height / 8, 0);
  return lines.filter((l) => l.y >= page.height - band || l.y <= band || l.y === top || l.y === bottom);
}

// ---------------------------------------------------------------------------------------------
// Reading order: full-width lines in place, columns read one after the other between them

function readingOrder(lines: Line[]): Line[] {
  if (lines.length < 2) return lines;
  const gutters = findGutters(lines);
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
  if (gutters.length === 0) return sorted;
  // Measured from the middle of each gutter: a justified line may reach a point into it.
  const mids = gutters.map((g) => (g.start + g.end) / 2);
  const columnOf = (l: Line) => {
    const i = mids.findIndex((m) => l.right <= m);
    const col = i === -1 ? mids.length : i;
    // A line crossing a gutter spans columns (title, standfirst, a wide figure caption).
    return col === 0 || l.x >= mids[col - 1]! ? col : -1;
  };
  const out: Line[] = [];
  let section: Line[] = [];
  const flush = () => {
    for (let c = 0; c <= gutters.length; c++) out.push(...section.filter((l) => l.col === c));
    section = [];
  };
  for (const line of sorted) {
    line.col = columnOf(line);
    if (line.col === -1) {
      flush();
      out.push(line);
    } else section.push(line);
  }
  flush();
  return out;
}

/** Vertical strips no line crosses, with at least three lines fully on each side. */
function findGutters(lines: Line[]): { start: number; end: number }[] {
  const size = median(lines.map((l) => l.size));
  const minX = Math.min(...lines.map((l) => l.x));
  const maxX = Math.max(...lines.map((l) => l.right));
  const step = 1;
  const covered = new Uint16Array(Math.ceil(maxX - minX) + 2);
  for (const l of lines) for (let x = Math.floor(l.x - minX); x < Math.ceil(l.right - minX); x += step) covered[x]!++;
  // A strip crossed by a few wide lines (title, headers) is still a gutter for the lines around it.
  const allowed = Math.max(0, Math.floor(lines.length * 0.15));
  const gutters: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= covered.length; i++) {
    const open = i < covered.length && covered[i]! <= allowed;
    if (open && start === -1) start = i;
    if (!open && start !== -1) {
      const g = { start: start + minX, end: i + minX };
      const mid = (g.start + g.end) / 2;
      const leftLines = lines.filter((l) => l.right <= mid).length;
      const rightLines = lines.filter((l) => l.x >= mid).length;
      if (g.end - g.start >= size * 0.8 && leftLines >= 3 && rightLines >= 3) gutters.push(g);
      start = -1;
    }
  }
  return gutters;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Lines → paragraphs

function paragraphs(lines: Line[]): string[] {
  if (lines.length === 0) return [];
  const body = bodySize(lines.map((l) => ({ str: l.text, size: l.size })));
  const spacing = lineSpacing(lines, body);
  const margins = columnMargins(lines);
  const hyphenated = hyphenatedWords(lines);
  const style = paragraphStyle(lines, { body, spacing, margins });
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1];
    if (prev && !startsParagraph(prev, line, { style, body, spacing, margins })) current = joinLines(current, line.text, hyphenated);
    else {
      if (current) out.push(current);
      current = line.text;
    }
  }
  if (current) out.push(current);
  return out;
}

interface Measures {
  /** How this document marks paragraphs. */
  style: "indent" | "gap" | "none";
  body: number;
  spacing: number;
  margins: Map<string, { left: number; right: number }>;
}

const columnKey = (l: Line) => `${l.page}|${l.col}`;

function startsParagraph(prev: Line, line: Line, m: Measures): boolean {
  // A change of type size: a heading ends, or one starts.
  if (Math.abs(prev.size - line.size) > m.body * 0.15) return true;
  // Titles and decks spanning the columns are never part of the column text around them.
  if (prev.col !== line.col && (prev.col === -1 || line.col === -1)) return true;
  const sameColumn = prev.page === line.page && prev.col === line.col && line.y < prev.y;
  if (sameColumn && prev.y - line.y > m.spacing * 1.35) return true;
  const margin = m.margins.get(columnKey(line));
  // First-line indentation. Two indented lines in a row are a one-line paragraph and the next one,
  // unless the first runs on (an indented block, such as a quotation).
  const indented = (l: Line) => margin !== undefined && l.x - margin.left > m.body * 0.8;
  if (indented(line) && (!(indented(prev) && sameColumn) || /[.!?:]["”’)]?$/.test(prev.text))) return true;
  const prevMargin = m.margins.get(columnKey(prev));
  if (prevMargin) {
    const short = (share: number) => prevMargin.right - prev.right > (prevMargin.right - prevMargin.left) * share;
    // Out of the body text (deck, date line, labels) a short line is a line of its own.
    if (Math.abs(prev.size - m.body) > m.body * 0.05 && short(0.2)) return true;
    // A short line that ends a sentence ends its paragraph, when the document has no surer sign: with
    // first-line indents, never; with blank lines between paragraphs, only across a column or page
    // break (where no gap shows), and there the line need be only a little short.
    if (m.style !== "indent" && /[.!?:]["”’)]?$/.test(prev.text) && (m.style === "none" ? short(0.2) : !sameColumn && short(0.08))) return true;
  }
  // A jump to another column or page continues the paragraph unless one of the signs above says otherwise.
  return false;
}

/** Indented first lines, or wider gaps, seen at least twice in body text: the document's paragraph mark. */
function paragraphStyle(lines: Line[], m: Omit<Measures, "style">): Measures["style"] {
  let indents = 0;
  let gaps = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (Math.abs(l.size - m.body) > m.body * 0.05) continue;
    const margin = m.margins.get(columnKey(l));
    if (margin && l.x - margin.left > m.body * 0.8 && l.x - margin.left < m.body * 4) indents++;
    const prev = lines[i - 1];
    if (prev && prev.page === l.page && prev.col === l.col && Math.abs(prev.size - m.body) <= m.body * 0.05 && prev.y - l.y > m.spacing * 1.35) gaps++;
  }
  return indents >= 2 ? "indent" : gaps >= 2 ? "gap" : "none";
}

/** The usual distance between baselines of body lines that follow each other in one column. */
function lineSpacing(lines: Line[], body: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && a.col === b.col && a.y > b.y && Math.abs(a.size - body) < 0.5 && Math.abs(b.size - body) < 0.5) gaps.push(a.y - b.y);
  }
  return gaps.length ? median(gaps) : body * 1.2;
}

/** Left and right edges of each column: the most common line start, the farthest line end. */
function columnMargins(lines: Line[]): Map<string, { left: number; right: number }> {
  const groups = new Map<string, Line[]>();
  for (const l of lines) {
    const group = groups.get(columnKey(l));
    if (group) group.push(l);
    else groups.set(columnKey(l), [l]);
  }
  const out = new Map<string, { left: number; right: number }>();
  for (const [k, ls] of groups) {
    const starts = new Map<number, number>();
    for (const l of ls) starts.set(Math.round(l.x), (starts.get(Math.round(l.x)) ?? 0) + 1);
    const left = [...starts].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] < a[0]) ? b : a))[0];
    out.set(k, { left, right: Math.max(...ls.map((l) => l.right)) });
  }
  return out;
}

/** Words written with a hyphen somewhere in the document: a line-end hyphen inside one of them is kept. */
function hyphenatedWords(lines: Line[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) for (const m of l.text.matchAll(/\p{L}+-\p{L}+/gu)) out.add(m[0].toLowerCase());
  return out;
}

function joinLines(text: string, next: string, hyphenated: Set<string>): string {
  if (text.endsWith("\u00ad")) return text.slice(0, -1) + next;
  const m = /(\p{L}+)[-\u2010]$/u.exec(text);
  if (m && /^\p{Ll}/u.test(next)) {
    const tail = /^\p{L}+/u.exec(next)![0];
    const keep = hyphenated.has(`${m[1]}-${tail}`.toLowerCase());
    return keep ? text + next : text.slice(0, -1) + next;
  }
  return `${text} ${next}`;
}
