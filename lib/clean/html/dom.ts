// A compact DOM for extraction, built from htmlparser2's streaming events. It keeps only what the
// extractor reads: elements with their attributes and text. Script, style, SVG, forms controls and
// embeds are never built (their text is noted for the audit trail). Parsing is linear in the input
// (parser.ts), nesting deeper than MAX_DEPTH is flattened into the element at that depth, and every
// later walk over the tree is iterative, so 100,000 nested <div>s cost no more than 100,000 siblings.
import type { RemovedPiece } from "../../article.ts";
import { collapseWhitespace } from "../unicode.ts";
import { parseTags } from "./parser.ts";

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: (El | string)[];
  parent: El | null;
  /** Position in document order, and one past the last element inside it: `a` contains `b` iff a.index < b.index < a.end. */
  index: number;
  end: number;
  /** Set when the element and everything in it is not article text; the value says what it is. */
  drop: string | null;
}

export interface ParsedPage {
  root: El;
  body: El;
  /** All elements in document order (`elements[el.index] === el`). */
  elements: El[];
  title: string | null;
  lang: string | null;
  metas: Record<string, string>[];
  links: Record<string, string>[];
  jsonLd: string[];
}

// Never text a reader sees. Their content is skipped at parse time.
const SKIPPED: Record<string, string> = {
  script: "script",
  style: "style",
  noscript: "script",
  template: "script",
  svg: "embed",
  math: "embed",
  canvas: "embed",
  iframe: "embed",
  object: "embed",
  embed: "embed",
  video: "embed",
  audio: "embed",
  select: "form",
  textarea: "form",
  button: "form",
  datalist: "form",
  dialog: "popup",
};

const MAX_NOTED_SCRIPT = 120;
// Browsers stop nesting layout boxes at a few hundred levels; no article needs more.
export const MAX_DEPTH = 400;

export function parseHtml(html: string, removed: RemovedPiece[]): ParsedPage {
  const root: El = { tag: "#root", attrs: {}, children: [], parent: null, index: 0, end: 0, drop: null };
  const elements: El[] = [root];
  const page: ParsedPage = { root, body: root, elements, title: null, lang: null, metas: [], links: [], jsonLd: [] };
  let current = root;
  // Inside a skipped element: how deep, what it is, and its text (for JSON-LD and the audit).
  let skipDepth = 0;
  let skipKind = "";
  let skipText = "";
  let skipIsJsonLd = false;
  let inTitle = false;
  let titleText = "";
  // Elements built around `current`, and elements opened past MAX_DEPTH (not built).
  let depth = 0;
  let flattened = 0;

  parseTags(html, {
      onopentag(name, attrs) {
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (depth >= MAX_DEPTH) {
          flattened++;
          // A flattened block still separates words.
          const last = current.children[current.children.length - 1];
          if (!INLINE.has(name) && !(typeof last === "string" && last.endsWith(" "))) current.children.push(" ");
          return;
        }
        const skip = SKIPPED[name];
        if (skip) {
          skipDepth = 1;
          skipKind = skip;
          skipText = "";
          skipIsJsonLd = name === "script" && /ld\+json/i.test(attrs.type ?? "");
          return;
        }
        if (name === "title") inTitle = true;
        else if (name === "meta") page.metas.push(attrs);
        else if (name === "link") page.links.push(attrs);
        else if (name === "html" && attrs.lang) page.lang = attrs.lang;
        // <head> (or a stray <title>) is metadata, read separately: never article text.
        const drop = name === "head" || name === "title" ? "metadata" : null;
        const el: El = { tag: name, attrs, children: [], parent: current, index: elements.length, end: 0, drop };
        elements.push(el);
        current.children.push(el);
        if (name === "body") page.body = el;
        current = el;
        depth++;
      },
      ontext(text) {
        if (skipDepth > 0) {
          if (skipIsJsonLd || skipText.length < MAX_NOTED_SCRIPT) skipText += text;
          return;
        }
        if (inTitle) titleText += text;
        const last = current.children[current.children.length - 1];
        if (typeof last === "string") current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          if (--skipDepth === 0) {
            if (skipIsJsonLd) page.jsonLd.push(skipText);
            // Button and form-control labels ("Accept", "Sign up") say nothing worth auditing.
            else if (skipKind !== "form" && skipText.trim()) removed.push({ kind: skipKind, text: skipText.trim().slice(0, MAX_NOTED_SCRIPT) });
          }
          return;
        }
        if (flattened > 0) {
          flattened--;
          return;
        }
        if (name === "title") inTitle = false;
        current.end = elements.length;
        if (current.parent) current = current.parent;
        depth--;
      },
  });
  // Unclosed elements at the end of input end where the document does.
  for (let el: El | null = current; el; el = el.parent) el.end = elements.length;
  root.end = elements.length;
  page.title = titleText.trim() || null;
  return page;
}

/** The element's text with whitespace collapsed, skipping dropped elements (iterative). */
export function textOf(el: El, skipDropped = true): string {
  const parts: string[] = [];
  const stack: (El | string)[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === "string") {
      parts.push(node);
      continue;
    }
    if (node !== el && skipDropped && node.drop) continue;
    if (BLOCK_BREAK.has(node.tag)) parts.push(" ");
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return collapseWhitespace(parts.join(""));
}

// Elements whose boundary separates words even when the markup has no whitespace.
const BLOCK_BREAK = new Set(["br", "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "dt", "dd", "figcaption", "header", "footer", "nav", "aside", "ul", "ol", "table", "pre", "main", "hr"]);

// Elements that flow inside a line (table cells too: a data row reads as one line); everything
// else starts a new block.
export const INLINE = new Set(
  "a abbr acronym b bdi bdo big cite code data del dfn em font i img ins kbd mark nobr q s samp small span strike strong sub sup time tt u var wbr td th label output".split(" "),
);

/** `a` contains `b` (or is `b`). */
export const contains = (a: El, b: El) => a.index <= b.index && b.index < a.end;
