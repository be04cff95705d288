// Where the article is on the page. Paragraph blocks vote for their ancestors (Readability's
// scoring: commas and length, shared out over five levels), the best-scoring container wins, and its
// siblings that read like more of the same article join it.
import type { Block } from "./blocks.ts";
import { classWeight } from "./boilerplate.ts";
import { contains, type El } from "./dom.ts";
import type { TextStats } from "./prune.ts";

const MIN_PARAGRAPH_CHARS = 25;
const ANCESTOR_LEVELS = 5;
const CLASS_WEIGHT = 25;

const TAG_SCORE: Record<string, number> = {
  div: 5, section: 5, article: 10, main: 5,
  pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

const COMMAS = /[,，、،]/g;

/** The elements holding the article, in document order. */
export function selectContent(body: El, blocks: Block[], stats: TextStats): El[] {
  const scores = new Map<El, number>();
  const init = (el: El) => {
    if (!scores.has(el)) scores.set(el, (TAG_SCORE[el.tag] ?? 0) + classWeight(el) * CLASS_WEIGHT + (el.attrs.itemprop === "articleBody" ? 25 : 0));
  };
  for (const block of blocks) {
    // Headings, captions and rows of data tables are not paragraphs; they do not vote.
    if (block.heading || block.caption || block.cells > 1 || block.text.length < MIN_PARAGRAPH_CHARS) continue;
    const score = 1 + (block.text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(block.text.length / 100), 3);
    let el: El | null = block.owner.parent;
    for (let level = 0; el && level < ANCESTOR_LEVELS; level++, el = el.parent) {
      if (el.tag === "#root") break;
      init(el);
      scores.set(el, scores.get(el)! + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  if (scores.size === 0) return [body];

  const linkDensity = (el: El) => stats.links[el.index]! / Math.max(1, stats.chars[el.index]!);
  const final = new Map<El, number>();
  for (const [el, score] of scores) final.set(el, score * (1 - linkDensity(el)));
  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  let top = ranked[0]![0];
  const scoreOf = (el: El) => final.get(el) ?? 0;

  top = promoteToSharedAncestor(top, ranked, body);
  top = climbWhileParentScoresHigher(top, body, final);
  // A wrapper with nothing else in it says nothing more: take the wrapper (its siblings may join).
  while (top.parent && top !== body && top.parent !== body && elementChildren(top.parent).length === 1) top = top.parent;
  if (top === body || !top.parent) return [body];

  const threshold = Math.max(10, scoreOf(top) * 0.2);
  const out: El[] = [];
  for (const sibling of elementChildren(top.parent)) {
    if (sibling === top) {
      out.push(sibling);
      continue;
    }
    const sameClass = !!top.attrs.class && sibling.attrs.class === top.attrs.class;
    const bonus = sameClass ? scoreOf(top) * 0.2 : 0;
    if (scoreOf(sibling) + bonus >= threshold || readsLikeParagraph(sibling, stats)) out.push(sibling);
  }
  return out;
}

const elementChildren = (el: El): El[] => el.children.filter((c): c is El => typeof c !== "string" && !c.drop);

/**
 * Several near-best candidates under one ancestor: the article is that ancestor (Readability).
 * Candidates inside the top one (or around it) are already part of it and do not count.
 */
function promoteToSharedAncestor(top: El, ranked: [El, number][], body: El): El {
  const topScore = ranked[0]![1];
  const alternatives = ranked
    .slice(1, 5)
    .filter(([el, s]) => s / topScore >= 0.75 && !contains(top, el) && !contains(el, top))
    .map(([el]) => el);
  if (alternatives.length < 3) return top;
  for (let parent = top.parent; parent && parent !== body; parent = parent.parent) {
    const holding = alternatives.filter((alt) => parent!.index < alt.index && alt.index < parent!.end).length;
    if (holding >= 3) return parent;
  }
  return top;
}

/** Walk up while ancestors keep a good share of the score; stop at the first one that beats it. */
function climbWhileParentScoresHigher(top: El, body: El, final: Map<El, number>): El {
  let lastScore = final.get(top)!;
  const floor = lastScore / 3;
  for (let parent = top.parent; parent && parent !== body; parent = parent.parent) {
    const score = final.get(parent);
    if (score === undefined) continue;
    if (score < floor) break;
    if (score > lastScore) return parent;
    lastScore = score;
  }
  return top;
}

/** A sibling paragraph with no score of its own: long with few links, or a short clean sentence. */
function readsLikeParagraph(el: El, stats: TextStats): boolean {
  if (el.tag !== "p") return false;
  const chars = stats.chars[el.index]!;
  const density = stats.links[el.index]! / Math.max(1, chars);
  return (chars > 80 && density < 0.25) || (chars > 0 && chars <= 80 && density === 0);
}
