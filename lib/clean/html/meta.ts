// Page metadata, most reliable source first: JSON-LD (what the publisher tells search engines),
// then Open Graph / article meta tags, then what the page shows (<h1>, <time>, byline elements).
import type { ArticleMetadata } from "../../article.ts";
import { isoDate } from "../dates.ts";
import { bylineOf, stripSiteFromTitle } from "../metadata.ts";
import { textOf, type El, type ParsedPage } from "./dom.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface PageMetadata {
  metadata: Partial<ArticleMetadata>;
  /** The publisher's own plain-text copy of the body (JSON-LD `articleBody`), when given. */
  articleBody: string | null;
  /** The element showing the headline, to leave out of the text. */
  headline: El | null;
  /** The summary the page gives search engines and social cards (a standfirst often repeats it). */
  description: string | null;
}

const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|Posting|Report|NewsArticle|LiveBlogPosting|Review|Story)$/;

export function pageMetadata(page: ParsedPage): PageMetadata {
  const meta = metaTags(page);
  const ld = jsonLdArticle(page.jsonLd);
  const headline = findHeadline(page);
  const publisher = ldName(ld?.publisher) ?? meta.get("og:site_name") ?? meta.get("application-name") ?? null;
  const rawTitle = ldText(ld?.headline) ?? meta.get("og:title") ?? meta.get("twitter:title") ?? (headline ? textOf(headline) : null) ?? page.title;

  return {
    metadata: {
      title: rawTitle ? stripSiteFromTitle(rawTitle, publisher) : null,
      publishedAt: isoDate(
        ldText(ld?.datePublished) ??
          meta.get("article:published_time") ??
          meta.get("og:published_time") ??
          DATE_META.map((k) => meta.get(k)).find(Boolean) ??
          publishMeta(meta) ??
          visibleDate(page),
      ),
      byline: ldName(ld?.author) ?? metaAuthor(meta) ?? visibleByline(page),
      publisher,
      language: page.lang ?? meta.get("content-language") ?? meta.get("og:locale") ?? ldText(ld?.inLanguage) ?? null,
      url: page.links.find((l) => /\bcanonical\b/i.test(l.rel ?? ""))?.href ?? meta.get("og:url") ?? ldText(ld?.url) ?? null,
    },
    articleBody: ldText(ld?.articleBody),
    headline,
    description: meta.get("og:description") ?? meta.get("description") ?? meta.get("twitter:description") ?? ldText(ld?.description) ?? null,
  };
}

const DATE_META = ["date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "datepublished", "originalpublicationdate", "cxenseparse:recs:publishtime"];

// A site's own name for its publication date ("sn-post-date", "article-publish-date", "pub_time"), not a
// modification date.
const PUBLISH_KEY = /(?:^|[-_.:])(?:post(?:ed)?|publish(?:ed)?|pub)[-_.]?(?:date|time)$/;
function publishMeta(meta: Map<string, string>): string | null {
  for (const [k, v] of meta) if (PUBLISH_KEY.test(k) && isoDate(v)) return v;
  return null;
}

/** name/property/itemprop → content, first occurrence wins, keys lowercased. */
function metaTags(page: ParsedPage): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of page.metas) {
    const key = (m.property ?? m.name ?? m.itemprop ?? m["http-equiv"])?.toLowerCase();
    const value = m.content?.trim();
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

function metaAuthor(meta: Map<string, string>): string | null {
  for (const key of ["author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator"]) {
    const value = meta.get(key);
    if (value && !/^https?:|^\/|^www\./.test(value)) return bylineOf(value) ?? value;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

function jsonLdArticle(scripts: string[]): JsonObject | null {
  let fallback: JsonObject | null = null;
  for (const script of scripts) {
    let value: Json;
    try {
      value = JSON.parse(script.trim().replace(/^<!--|-->$/g, "")) as Json;
    } catch {
      continue;
    }
    // Walk arrays and @graph iteratively; the first Article-typed object wins.
    const stack: Json[] = [value];
    while (stack.length) {
      const node = stack.pop()!;
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]!);
        continue;
      }
      if (!isObject(node)) continue;
      const types = ([] as Json[]).concat(node["@type"] ?? []).filter((t): t is string => typeof t === "string");
      if (types.some((t) => ARTICLE_TYPES.test(t))) return node;
      if (!fallback && types.includes("WebPage") && (node.headline || node.datePublished)) fallback = node;
      if (node["@graph"]) stack.push(node["@graph"]);
      if (isObject(node.mainEntity)) stack.push(node.mainEntity);
    }
  }
  return fallback;
}

const isObject = (v: Json | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

function ldText(value: Json | undefined): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return ldText(value[0]);
  if (isObject(value)) return ldText(value["@id"] ?? value.url ?? value.name);
  return null;
}

/** `author`/`publisher`: a name, `{name}`, or a list of them. */
function ldName(value: Json | undefined): string | null {
  const list = Array.isArray(value) ? value : [value ?? null];
  const names = list
    .map((v) => (typeof v === "string" ? v : isObject(v) && typeof v.name === "string" ? v.name : null))
    .filter((v): v is string => !!v && !/^https?:/.test(v))
    .map((v) => v.trim());
  return names.length ? [...new Set(names)].join(", ") : null;
}

// ---------------------------------------------------------------------------------------------
// What the page shows

/** The headline element: the first <h1> inside an <article> (or the main), else the first <h1>. */
function findHeadline(page: ParsedPage): El | null {
  let first: El | null = null;
  for (const el of page.elements) {
    if (el.tag !== "h1" || el.drop) continue;
    for (let a = el.parent; a; a = a.parent) if (a.tag === "article" || a.tag === "main") return el;
    first ??= el;
  }
  return first;
}

function visibleDate(page: ParsedPage): string | null {
  let firstTime: string | null = null;
  for (const el of page.elements) {
    const { attrs } = el;
    if (attrs.itemprop === "datePublished") return attrs.content ?? attrs.datetime ?? textOf(el);
    if (el.tag === "time" && attrs.datetime) {
      if ("pubdate" in attrs || /publish|posted|created/i.test(attrs.class ?? "")) return attrs.datetime;
      firstTime ??= attrs.datetime;
    }
  }
  return firstTime;
}

function visibleByline(page: ParsedPage): string | null {
  for (const el of page.elements) {
    const { attrs } = el;
    const isAuthor = attrs.rel === "author" || attrs.itemprop === "author" || /\b(?:byline|author-name|article-author|byline__name)\b/i.test(attrs.class ?? "");
    if (!isAuthor) continue;
    const name = attrs.content ?? textOf(el, false);
    if (name && name.length < 120) return bylineOf(name) ?? name.replace(/^by\s+/i, "");
  }
  return null;
}
