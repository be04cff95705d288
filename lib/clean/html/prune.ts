// Marks page furniture as dropped before the article is looked for, recording what went and why.
import type { RemovedPiece } from "../../article.ts";
import { sectionEnd } from "../junk.ts";
import { countLetters } from "../words.ts";
import { furnitureKind, type Furniture } from "./boilerplate.ts";
import { contains, textOf, type El, type ParsedPage } from "./dom.ts";

// `unless-main` furniture is kept when it holds at least this share of the page's text.
const MAIN_SHARE = 0.5;
// `if-linky` furniture is dropped above this link density, or when nearly empty.
const LINKY = 0.35;
const NEARLY_EMPTY = 50;

/** Letters and digits under each element, and how many of them are link text (by element index). */
export interface TextStats {
  chars: Int32Array;
  links: Int32Array;
}

/** Letters and digits in each element's own text nodes (by element index). */
export function ownLetters(elements: El[]): Int32Array {
  const own = new Int32Array(elements.length);
  for (let i = 0; i < elements.length; i++) for (const child of elements[i]!.children) if (typeof child === "string") own[i]! += countLetters(child);
  return own;
}

/**
 * Text totals for every element in one reverse pass (children come after parents in document order).
 * `own` is ownLetters(elements): pruning and content selection total the same text nodes.
 */
export function textStats(elements: El[], own = ownLetters(elements)): TextStats {
  const chars = own.slice();
  const links = new Int32Array(elements.length);
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    if (el.tag === "a") links[i] = chars[i]!;
    const parent = el.parent;
    if (!parent || el.drop) continue;
    chars[parent.index]! += chars[i]!;
    links[parent.index]! += links[i]!;
  }
  return { chars, links };
}

/**
 * Drop furniture, outermost first. Never drops an element holding one of `anchors` (the headline, the
 * element marked `articleBody`): a class like "post has-comments" on the article's own wrapper is
 * a styling hook, not a comment section. Returns ownLetters(page.elements), for textStats after it.
 */
export function pruneFurniture(page: ParsedPage, anchors: El[], removed: RemovedPiece[]): Int32Array {
  const { elements, body } = page;
  const own = ownLetters(elements);
  const { chars, links } = textStats(elements, own);
  const pageChars = Math.max(1, chars[body.index]!);
  for (let i = body.index + 1; i < body.end; i++) {
    const el = elements[i]!;
    if (el.drop) {
      i = el.end - 1;
      continue;
    }
    const furniture = furnitureKind(el) ?? headedSection(el, chars);
    if (!furniture || anchors.some((a) => contains(el, a))) continue;
    const n = chars[i]!;
    const drop =
      furniture.certainty === "strong" ||
      (furniture.certainty === "unless-main" && n < pageChars * MAIN_SHARE) ||
      (furniture.certainty === "if-linky" && (links[i]! > n * LINKY || n < NEARLY_EMPTY));
    if (!drop) continue;
    el.drop = furniture.kind;
    const text = textOf(el, false);
    if (text) removed.push({ kind: furniture.kind, text });
    i = el.end - 1;
  }
  return own;
}

// Containers whose title says what they are ("Reader comments (8)", "Te puede interesar"), whatever
// their class names: a heading, or a short first child styled as a title.
const SECTION_CONTAINERS = new Set(["div", "section", "aside", "ul", "ol", "nav", "footer"]);
const TITLE_CLASS = /title|heading|header|label|titulo|titre|kicker/i;

const MAX_TITLE_CHARS = 90;

function headedSection(el: El, chars: Int32Array): Furniture | null {
  if (!SECTION_CONTAINERS.has(el.tag)) return null;
  const first = el.children.find((c) => typeof c !== "string" || c.trim() !== "");
  if (!first || typeof first === "string" || chars[first.index]! > MAX_TITLE_CHARS) return null;
  if (!/^h[1-6]$/.test(first.tag) && !TITLE_CLASS.test(first.attrs.class ?? "")) return null;
  const section = sectionEnd(textOf(first));
  return section ? { kind: section.kind, certainty: "strong" } : null;
}
