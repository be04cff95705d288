// The page as a sequence of text blocks in reading order: each paragraph, heading, list item or
// table row with how much of it is link text and which element holds it. Scoring, selection and
// the final text all work from these blocks.
import { collapseWhitespace } from "../unicode.ts";
import { countLetters } from "../words.ts";
import { isCaption } from "./boilerplate.ts";
import { INLINE, type El } from "./dom.ts";

export interface Block {
  text: string;
  /** The nearest block-level element around the text. */
  owner: El;
  /** Letters and digits in the text, and how many of those are inside links. */
  chars: number;
  linkChars: number;
  /** 1–6 for a heading, 0 otherwise. */
  heading: number;
  /** Inside a <figcaption> or an element classed as a caption or credit. */
  caption: boolean;
  listItem: boolean;
  /** Table cells the text spans: two or more make it a row of a data table. */
  cells: number;
}

// A heading's link to itself ("#section-name") is part of the heading, not a link elsewhere.
const isPermalink = (a: El, owner: El) => /^h[1-6]$/.test(owner.tag) && (a.attrs.href ?? "").startsWith("#");

const FIGURE_CONTENT = new Set(["pre", "table", "blockquote", "code"]);

// A caption is its own block even as a <span>: "(Image: Getty)" must not join the paragraph's text.
const startsBlock = (el: El) => !INLINE.has(el.tag) || (el.tag !== "a" && isCaption(el));

type Frame = { node: El | string } | { exit: El };

/** The blocks under `root`, skipping dropped elements. Iterative: nesting depth costs no stack. */
export function extractBlocks(root: El): Block[] {
  const blocks: Block[] = [];
  const owners: El[] = [root];
  let parts: string[] = [];
  let linkChars = 0;
  let inLink = 0;
  let inCaption = 0;
  let inPre = 0;
  let inListItem = 0;
  let inFigure = 0;
  // Inside a figure, a table, listing or quotation is content; everything else describes the picture.
  let inFigureContent = 0;
  let cells = 0;

  const flush = () => {
    if (parts.length === 0) return;
    const raw = parts.join("");
    parts = [];
    const text = inPre > 0 ? raw.replace(/^\n+|\s+$/g, "") : collapseWhitespace(raw);
    const chars = countLetters(text);
    if (text && chars > 0) {
      const owner = owners[owners.length - 1]!;
      const heading = /^h[1-6]$/.test(owner.tag) ? Number(owner.tag[1]) : 0;
      const caption = inCaption > 0 || (inFigure > 0 && inFigureContent === 0);
      blocks.push({ text, owner, chars, linkChars: Math.min(linkChars, chars), heading, caption, listItem: inListItem > 0, cells });
    }
    linkChars = 0;
    cells = 0;
  };

  const stack: Frame[] = [{ node: root }];
  while (stack.length) {
    const frame = stack.pop()!;
    if ("exit" in frame) {
      const el = frame.exit;
      // The element's own text is flushed while its flags (pre, list item, caption) still hold.
      if (startsBlock(el)) {
        flush();
        owners.pop();
      }
      if (el.tag === "a" && !isPermalink(el, owners[owners.length - 1]!)) inLink--;
      if (el.tag === "pre") inPre--;
      if (el.tag === "li") inListItem--;
      if (el.tag === "figure") inFigure--;
      if (inFigure > 0 && FIGURE_CONTENT.has(el.tag)) inFigureContent--;
      if (isCaption(el)) inCaption--;
      continue;
    }
    const { node } = frame;
    if (typeof node === "string") {
      parts.push(node);
      if (inLink > 0) linkChars += countLetters(node);
      continue;
    }
    if (node.drop && node !== root) continue;
    if (node.tag === "br" || node.tag === "hr") {
      flush();
      continue;
    }
    if (node.tag === "td" || node.tag === "th") {
      parts.push(" ");
      cells++;
    }
    if (startsBlock(node)) {
      flush();
      owners.push(node);
    }
    if (node.tag === "a" && !isPermalink(node, owners[owners.length - 1]!)) inLink++;
    if (node.tag === "pre") inPre++;
    if (node.tag === "li") inListItem++;
    if (node.tag === "figure") inFigure++;
    if (inFigure > 0 && FIGURE_CONTENT.has(node.tag)) inFigureContent++;
    if (isCaption(node)) inCaption++;
    stack.push({ exit: node });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]! });
  }
  flush();
  return blocks;
}
