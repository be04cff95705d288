// Which elements are page furniture rather than article: by tag (<nav>, <footer>), by ARIA role, by
// hidden state, and by the words in their class and id ("share-bar", "related-stories",
// "cookie-consent"). Class words are split on case and punctuation, so "articleShareTools",
// "article__share" and "share_tools" all say "share".
import { INLINE, type El } from "./dom.ts";

// How sure a signal is. `strong`: drop whatever the element holds. `unless-main`: drop unless it
// holds most of the page's text (a <form> wrapping a whole ASP.NET page). `if-linky`: drop only when
// it is mostly links or nearly empty (a "widget" can also be a live blog's entry).
export type Certainty = "strong" | "unless-main" | "if-linky";

export interface Furniture {
  kind: string;
  certainty: Certainty;
}

const TAG_KIND: Record<string, string> = {
  nav: "nav",
  menu: "nav",
  footer: "footer",
  aside: "aside",
  header: "header",
  form: "form",
  fieldset: "form",
  input: "form",
  label: "form",
};

const ROLE_KIND: Record<string, string> = {
  navigation: "nav",
  menu: "nav",
  menubar: "nav",
  banner: "header",
  contentinfo: "footer",
  complementary: "aside",
  search: "nav",
  dialog: "popup",
  alertdialog: "popup",
  toolbar: "share",
};

// Class/id words that mark furniture whatever else the element holds.
const STRONG_WORDS: [kind: string, words: string[]][] = [
  ["comments", ["comment", "comments", "commentlist", "disqus", "respond", "replies", "reply", "talkback", "livefyre", "coral-talk", "commentaires", "comentarios", "kommentare", "commenti"]],
  ["cookie-banner", ["cookie", "cookies", "consent", "gdpr", "cmp", "onetrust", "didomi", "cookiebanner", "truste", "usercentrics"]],
  ["newsletter", ["newsletter", "newsletters", "subscribe", "subscription", "signup", "optin", "mailing", "mailchimp", "abonnement", "abonnements", "abo", "suscripcion", "suscribete", "registro"]],
  ["share", ["call-to-action", "share", "shares", "sharing", "sharebar", "social", "sociable", "addthis", "sharethis", "socials", "shareaholic", "partage", "partager", "compartir", "teilen", "condividi"]],
  ["related", ["related", "recommended", "recommendation", "recommendations", "recirc", "recirculation", "outbrain", "taboola", "trending", "popular", "mostread", "most-read", "most-popular", "more-stories", "read-next", "readnext", "up-next", "further-reading", "also-read", "more-from", "more-on", "you-may-like", "teasers", "storylist", "headlines", "lire-aussi", "a-lire", "meme-sujet", "relacionadas", "relacionados", "mas-leido", "leido", "verwandte", "correlati"]],
  ["ad", ["ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "ad-slot", "ad-unit", "ad-container", "ad-wrapper", "dfp", "gpt-ad", "sponsor", "sponsored", "sponsors", "promo", "promoted", "promotion", "commercial", "teads", "adsense", "native-ad", "billboard", "leaderboard", "skyscraper", "mpu", "banner-ad", "pub", "publicite", "publicidad", "anuncio", "anuncios", "werbung", "anzeige", "pubblicita"]],
  ["popup", ["modal", "popup", "pop-up", "overlay", "interstitial", "paywall", "regwall", "tp-modal", "lightbox"]],
  ["nav", ["breadcrumb", "breadcrumbs", "crumbs", "pagination", "pager", "skip-link", "skiplink", "skip-to", "menu", "navbar", "navigation", "nav", "subnav", "topnav", "mainnav", "megamenu", "hamburger", "fil-ariane", "ariane", "migas"]],
  ["tags", ["tags", "tag-list", "taglist", "keywords", "topic-list", "categories"]],
  ["author-bio", ["author-bio", "authorbio", "bio", "about-author", "author-info", "author-box", "authorbox", "contributor-bio"]],
  ["meta", ["byline", "timestamp", "article-meta", "post-meta", "entry-meta", "meta", "metadata", "publish-date", "pubdate", "article-date", "reading-time", "read-time", "toolbar", "tools", "article-tools", "utility", "actions", "author", "authors", "author-date", "date", "time", "published", "posted-on", "dateline-meta"]],
  ["disclosure", ["affiliate", "affiliate-note", "disclosure", "affiliate-disclosure"]],
  // A fact check's claim box and verdict: the claim restated and rated, before the article.
  ["claim-box", ["claim-review", "claimreview", "claim-box", "claim-reviewed", "fact-check-claim", "factcheck-claim", "claim", "verdict", "rating-box", "ruling"]],
  ["highlights", ["highlights", "story-highlights", "key-points-box", "takeaways", "key-takeaways", "summary-box", "tldr"]],
  ["embed", ["twitter-tweet", "tweet", "instagram-media", "tiktok-embed", "embed", "embedded", "oembed", "video-embed", "video-player", "player", "podcast-player", "audio-player"]],
];

const EMBED_WORDS = new Set(STRONG_WORDS.find(([kind]) => kind === "embed")![1]);

// Whole class names for visually hidden text ("Opens in a new window", "Share on Facebook").
// Bootstrap's "hidden-xs" hides on small screens only, so only whole names count.
const HIDDEN_CLASSES = new Set(["hidden", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "screenreader-only", "offscreen", "a11y-hidden", "u-hidden", "is-hidden", "print-only"]);

// Class words of cards shown on hover. A tooltip's own term is text ("<span class=tooltip>GDP…"): only a
// card (an image, or two links or more) goes.
const HOVER_CLASS = /(?:^|[\s_-])(?:rollover|hover-?card|popover|tooltip|tippy)/i;
function isCard(el: El): boolean {
  let links = 0;
  const walk = (e: El): boolean => {
    for (const child of e.children) {
      if (typeof child === "string") continue;
      if (child.tag === "img" || (child.tag === "a" && ++links >= 2) || walk(child)) return true;
    }
    return false;
  };
  return walk(el);
}

const CONTAINERS = new Set(["div", "section", "aside", "nav", "header", "footer", "ul", "ol", "dl", "table", "form", "center"]);

// Words that mark furniture only when the element is mostly links or nearly empty.
const WEAK_WORDS: [kind: string, words: string[]][] = [
  ["aside", ["sidebar", "side-bar", "rail", "right-rail", "aside", "secondary", "widget", "widgets", "complementary", "extra", "lateral", "barre-laterale"]],
  ["header", ["header", "masthead", "site-header", "page-header", "top-bar", "topbar", "banner"]],
  ["footer", ["footer", "site-footer", "page-footer"]],
  ["links", ["links", "link-list", "linklist", "cta", "card", "cards", "carousel", "slider", "tout"]],
];

// Class words of the article's own container: they protect it from furniture words ("article
// has-share-bar"), except a furniture word that ends a class name ("article__share").
const ARTICLE_WORDS = new Set(["article", "articlebody", "article-body", "article-content", "article-text", "articletext", "story-body", "storybody", "story-content", "entry-content", "post-content", "post-body", "hentry", "h-entry", "e-content", "body-text", "bodytext", "rich-text", "richtext", "prose"]);
// Generic words that lean towards content when scoring candidates.
const CONTENT_WORDS = new Set([...ARTICLE_WORDS, "story", "entry", "post", "content", "main", "body", "text", "blog", "news", "column", "page"]);

// Word → position of its kind in STRONG_WORDS (earlier kinds are more specific).
const STRONG_RANK = new Map<string, number>();
STRONG_WORDS.forEach(([, words], rank) => words.forEach((w) => STRONG_RANK.has(w) || STRONG_RANK.set(w, rank)));
const WEAK = new Map<string, string>();
for (const [kind, words] of WEAK_WORDS) for (const w of words) WEAK.set(w, kind);

const classNames = (el: El): string[] =>
  `${el.attrs.class ?? ""} ${el.attrs.id ?? ""}`
    .split(/\s+/)
    .filter((n) => n && n.length <= 80);

const nameParts = (name: string): string[] =>
  name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[\s_\-:.]+/)
    .filter(Boolean);

/**
 * The words of an element's class and id: each name whole, split at `-`, `_` and camelCase, and
 * every adjacent pair joined with `-`, so "most-read", "mostRead" and "most_read" all say "most-read".
 */
function classWords(el: El): string[] {
  const cached = wordsCache.get(el);
  if (cached) return cached;
  const out: string[] = [];
  for (const raw of classNames(el)) {
    const parts = nameParts(raw);
    out.push(raw.toLowerCase(), ...parts);
    for (let i = 0; i + 1 < parts.length; i++) out.push(`${parts[i]}-${parts[i + 1]}`);
  }
  wordsCache.set(el, out);
  return out;
}

// Pruning, caption detection and scoring all read the same element's words.
const wordsCache = new WeakMap<El, string[]>();

export function furnitureKind(el: El): Furniture | null {
  const { attrs } = el;
  if ("hidden" in attrs || attrs["aria-hidden"] === "true" || /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attrs.style ?? ""))
    return { kind: "hidden", certainty: "strong" };
  // schema.org ClaimReview markup: the claim under review and its rating, not the article's text.
  if (attrs.itemprop === "claimReviewed" || attrs.itemprop === "reviewRating") return { kind: "claim-box", certainty: "strong" };
  const role = ROLE_KIND[attrs.role ?? ""];
  if (role) return { kind: role, certainty: "unless-main" };
  const byTag = TAG_KIND[el.tag];
  if (byTag) return { kind: byTag, certainty: el.tag === "input" || el.tag === "label" ? "strong" : "unless-main" };
  const names = classNames(el);
  if (names.length === 0) return null;
  if (names.some((n) => HIDDEN_CLASSES.has(n.toLowerCase()))) return { kind: "hidden", certainty: "strong" };
  // A hover card a script shows over a name ("rollover-people-block": photo, full name, recent headlines):
  // hidden by a style sheet, not an attribute, so its text would run into the sentence.
  if (HOVER_CLASS.test(`${attrs.class ?? ""} ${attrs.id ?? ""}`) && isCard(el)) return { kind: "popup", certainty: "strong" };
  // Inside running text a class is styling: `<span class="date">May 5</span>` is part of a sentence.
  if (INLINE.has(el.tag)) return null;
  const words = classWords(el);
  // An embedded post without its script is a quotation whose text the page shows (a tweet quoted in
  // the story): the article's, not a player to drop.
  if (el.tag === "blockquote" && words.some((w) => EMBED_WORDS.has(w))) return null;
  // The most specific furniture word names the kind: "newsletter-promo" is a newsletter box.
  const strong = words.map((w) => STRONG_RANK.get(w)).filter((r) => r !== undefined);
  const kind = strong.length ? STRONG_WORDS[Math.min(...strong)]![0] : null;
  // A furniture word that ends a class name ("article__share", "post-comments") names the element's
  // purpose even on the article's own wrapper; elsewhere article words protect it.
  const endsInFurniture = names.some((name) => {
    const parts = nameParts(name);
    return parts.length > 1 && STRONG_RANK.has(parts[parts.length - 1]!);
  });
  if (kind && (endsInFurniture || !words.some((w) => ARTICLE_WORDS.has(w)))) return { kind, certainty: "strong" };
  if (words.some((w) => ARTICLE_WORDS.has(w))) return null;
  // Weak words only mark containers: a heading classed "header", or the permalink inside it
  // (`<a class="header">`), is still part of the text.
  if (!CONTAINERS.has(el.tag)) return null;
  for (const w of words) {
    const kind = WEAK.get(w);
    if (kind) return { kind, certainty: "if-linky" };
  }
  return null;
}

// The page and its main containers hold the article, never just a caption, whatever their class says: sites set
// feature flags on <body> ("f_caption_muted_videos_on").
const NEVER_CAPTION = new Set(["html", "body", "main", "article"]);

/**
 * Whether the element is a caption or photo credit. Not <figure> itself: figures also hold code
 * listings, tables and quotes.
 */
export const isCaption = (el: El): boolean =>
  el.tag === "figcaption" ||
  (!NEVER_CAPTION.has(el.tag) && classWords(el).some((w) => w === "caption" || w === "credit" || w === "wp-caption-text" || w === "image-credit" || w === "photo-credit" || w === "media-caption"));

/** +1 for a content-like class/id, -1 for a furniture-like one, 0 otherwise (for scoring candidates). */
export function classWeight(el: El): number {
  const words = classWords(el);
  if (words.length === 0) return 0;
  let weight = 0;
  if (words.some((w) => CONTENT_WORDS.has(w))) weight += 1;
  if (words.some((w) => STRONG_RANK.has(w) || WEAK.has(w))) weight -= 1;
  return weight;
}
