import { describe, expect, it } from "vitest";
import type { ArticleMetadata } from "../../lib/article.ts";
import { cleanArticle } from "../../lib/clean/index.ts";
import { htmlPages, scoreText } from "../../bench/clean.ts";

// Hand-written pages in the layouts the cleaner meets (news sites, blogs, <main> without <article>,
// div soup, table layouts, French/Spanish/German/Chinese pages, galleries, live blogs, comment
// threads), each with the main text a reader should get.
const pages = new Map(htmlPages().map((p) => [p.name, p]));
const clean = (name: string) => cleanArticle(pages.get(name)!.bytes, { contentType: "text/html" });
const kindsOf = (name: string) => new Set(clean(name).removed.map((r) => r.kind));

describe("main text of every fixture page", () => {
  it.each([...pages.keys()])("%s: token-shingle F1 ≥ 0.97 against the expected text", (name) => {
    const { f1 } = scoreText(clean(name).text, pages.get(name)!.expected);
    expect(f1).toBeGreaterThanOrEqual(0.97);
  });

  it("separates paragraphs with one blank line and nothing else", () => {
    for (const name of pages.keys()) {
      const { text } = clean(name);
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]/);
    }
  });
});

describe("furniture is dropped, with its reason", () => {
  it("cookie banner, navigation, share bar, ad label, inline related box, newsletter box, tags, more stories, footer", () => {
    const { text } = clean("news-classic");
    for (const junk of ["cookies", "Skip to content", "Facebook", "Advertisement", "Bridge inspections", "Morning Tide", "Tags:", "School board", "Privacy policy"])
      expect(text).not.toContain(junk);
    for (const kind of ["cookie-banner", "nav", "share", "ad", "aside", "newsletter", "footer"]) expect(kindsOf("news-classic")).toContain(kind);
  });

  it("a WordPress post's share and like rows, related posts, comment thread, reply form and sidebar", () => {
    const { text } = clean("blog-wordpress");
    for (const junk of ["Share this", "Like this", "A week of rye", "Marco", "Leave a Reply", "About me", "Proudly powered"]) expect(text).not.toContain(junk);
    expect(kindsOf("blog-wordpress")).toContain("comments");
  });

  it("a comment thread longer than the article, found by its heading when its classes say nothing", () => {
    const { text } = clean("comments-heavy");
    expect(text).toContain("fare-free buses on three routes");
    expect(text).not.toContain("Nothing is free");
    expect(text).not.toContain("Reader comments");
  });

  it("paywall prompts and author bios around an opinion column; a quoted post is the column's", () => {
    const { text } = clean("opinion-paywall");
    expect(text).not.toMatch(/Continue reading|former city planner|Show comments/);
    // Without its script an embedded post is a quotation on the page (hand-marked real pages keep it).
    expect(text).toContain("Packed meeting tonight on the future of the golf course. Standing room only.");
    expect(text).toContain("Key points of the proposal:");
  });

  it("captions and photo credits, but not a gallery's captions, which are its text", () => {
    expect(clean("longform").text).not.toMatch(/Photograph: Callum Ross|A page from the 1955 logbook/);
    expect(clean("news-heavy").text).not.toContain("Photo by Jamie Cruz");
    expect(clean("gallery").text).toContain("broke the course record by 41 seconds");
  });

  it("a caption word in the class of <body>, <main> or <article> (a site's feature flag) does not make the page a caption", () => {
    const story =
      "<p>The harbour board voted on Monday to close the old ferry pier after divers found cracks in two of its piles.</p>" +
      "<p>Ferry crews said the decision would add half an hour to every crossing until a new pier opens next spring.</p>" +
      "<p>The board's chair said repairs would have cost more than a new pier and would only have lasted a few years.</p>";
    const figure = '<figure><img src="pier.jpg" alt=""><figcaption class="caption">Gulls on the old pier at dusk, seen from the water.</figcaption></figure>';
    for (const [tag, flag] of [["body", "f_caption_muted_videos_on"], ["main", "site-credit-banner"], ["article", "story media-caption-v2"]] as const) {
      const inner = `${figure}${story}`;
      const html =
        tag === "body"
          ? `<html><body class="${flag}"><article>${inner}</article></body></html>`
          : `<html><body><${tag} class="${flag}">${inner}</${tag}></body></html>`;
      const { text, removed } = cleanArticle(new TextEncoder().encode(html), { contentType: "text/html" });
      expect(text, tag).toContain("The harbour board voted on Monday to close the old ferry pier");
      expect(text, tag).not.toContain("Gulls on the old pier");
      expect(removed.some((r) => r.kind === "caption" && r.text.startsWith("Gulls")), tag).toBe(true);
    }
  });

  it("a pull quote that repeats the text", () => {
    expect(clean("longform").text.match(/You start to feel you know them/g)).toHaveLength(1);
  });

  it("teaser links spliced between paragraphs, in several languages", () => {
    expect(clean("wire-story").text).not.toContain("Climate summit ends");
    expect(clean("french-news").text).not.toContain("prises d'assaut");
    expect(clean("german-news").text).not.toContain("Neue Radwege");
    expect(clean("spanish-news").text).not.toContain("La ola de calor");
  });

  it("a live blog keeps every entry, without time stamps, share links or the key-points list", () => {
    const { text } = clean("live-blog");
    expect(text.split("\n\n")).toHaveLength(5);
    expect(text).not.toMatch(/20:02|Key points|Share/);
  });

  it("a wire story's trailer and the wire service's copyright notice", () => {
    const { text } = clean("wire-story");
    expect(text.endsWith("scheduled for March in Nairobi.")).toBe(true);
    expect(kindsOf("wire-story")).toContain("copyright");
  });

  it("an article split into sibling blocks around ads and videos is read whole, without the page around it", () => {
    const { text } = clean("split-body");
    expect(text).toContain("first red warning of the year");
    expect(text).toContain("photograph their property before the storm arrives.");
    expect(text).not.toMatch(/Latest weather news|Quay Road|Watch: Waves|Staff reporter/);
  });
});

describe("page metadata", () => {
  const cases: [string, Partial<ArticleMetadata>][] = [
    ["news-classic", { title: "Council votes to close Marlow Street bridge for 18 months", publishedAt: "2024-04-23T21:14:00-04:00", byline: "Priya Raman", publisher: "Coastline News", dateline: "HARBOR CITY (Coastline News)", language: "en-US", url: "https://coastline.example/local/2024/04/23/marlow-bridge-closure" }],
    ["div-soup", { title: "Water authority asks valley to cut use by a fifth", publishedAt: "2023-06-14", byline: "Tom Welling", language: "en" }],
    ["blog-wordpress", { title: "Five years of flat loaves, and the boring fix", publishedAt: "2023-11-02T08:00:00+00:00", byline: "Elsie Marsh", publisher: "Crumb & Crust", language: "en-GB" }],
    ["french-news", { title: "Valbonne-sur-Loire : la piscine municipale fermée pour au moins deux ans", byline: "Claire Dubois", publisher: "Le Courrier de la Loire", language: "fr" }],
    ["spanish-news", { publishedAt: "2024-07-04T13:30:00+02:00", byline: "Andrés Molina", publisher: "Diario del Sur", language: "es" }],
    ["chinese-news", { title: "地铁五号线南延段下月开通试运营", publishedAt: "2024-05-13", language: "zh-CN" }],
    ["wire-story", { dateline: "GENEVA (AP)", publishedAt: "2024-11-29T06:40:00Z", byline: "Associated Press" }],
    ["news-heavy", { title: "Northwind Logistics shares tumble after second profit warning", byline: "Leo Hartmann, Amara Singh", publishedAt: "2024-10-16T14:22:00Z" }],
    ["table-layout", { title: "Ashford Model Railway Society", language: "en" }],
  ];
  it.each(cases)("%s", (name, metadata) => {
    expect(clean(name).metadata).toMatchObject(metadata);
  });
});

describe("publication date from a site's own meta name", () => {
  const page = (metas: string) =>
    `<!doctype html><html><head><title>Quay repairs</title>${metas}</head><body><article><p>The harbour board said on Tuesday that the quay repairs, which began in the spring, will take another six weeks and cost more than planned.</p><p>Fishermen have moored at the ferry pier since the work began, and the board has waived their fees for the rest of the season.</p></article></body></html>`;
  const published = (metas: string) => cleanArticle(page(metas), { contentType: "text/html" }).metadata.publishedAt;
  it("reads 'sn-post-date', 'article-publish-date', 'pub_time'", () => {
    expect(published('<meta name="sn-post-date" content="2019/11/19">')).toBe("2019-11-19");
    expect(published('<meta name="article-publish-date" content="2024-05-02">')).toBe("2024-05-02");
    expect(published('<meta property="site:pub_time" content="March 4, 2024">')).toBe("2024-03-04");
  });
  it("not a modification date", () => {
    expect(published('<meta name="sn-modified-date" content="2019/11/19">')).toBeNull();
  });
});

describe("pages with no article", () => {
  it("throws not_an_article for a page of scripts, styles and navigation only", () => {
    const page = "<html><head><script>var x = 1;</script><style>p{}</style></head><body><nav><a href='/'>Home</a><a href='/a'>About</a></nav><script>track()</script></body></html>";
    expect(() => cleanArticle(page, { contentType: "text/html" })).toThrow(expect.objectContaining({ code: "not_an_article" }));
  });
});

describe("guards against dropping the article itself", () => {
  const body = (inner: string) => `<!doctype html><html><head><title>T</title></head><body>${inner}</body></html>`;
  const para = (n: number) => `<p>Paragraph ${n} of the story says something long enough to count as running text, with a comma or two, and ends.</p>`;
  const textOf = (inner: string) => cleanArticle(body(inner), { contentType: "text/html" }).text;

  it("keeps classed spans inside running text", () => {
    expect(textOf(`<article><p>On <span class="date">May 5</span>, the <a class="author" href="/x">council</a> met for three hours and agreed the budget.</p>${para(1)}</article>`)).toContain(
      "On May 5, the council met",
    );
  });

  it("drops a hover card inside running text, but not a tooltip's own term", () => {
    const card = (cls: string) =>
      `<span class="${cls}"><img src="/p.jpg" alt=""><a href="/people/ada">Ada Maren Voss</a><a href="/a/1">Mayor vows to fix the bridge</a> <a href="/a/2">Council backs the budget</a></span>`;
    for (const cls of ["rollover-people-block", "hovercard", "person-popover"]) {
      const text = textOf(`<article><p>Mayor <a href="/people/ada">Ada Voss</a>${card(cls)} said the bridge will reopen in May.</p>${para(1)}</article>`);
      expect(text).toContain("Mayor Ada Voss said the bridge will reopen in May.");
      expect(text).not.toContain("Council backs");
    }
    const term = textOf(`<article><p>The <span class="tooltip">GDP<span class="tooltip-text">gross domestic product</span></span> grew by two per cent.</p>${para(1)}</article>`);
    expect(term).toContain("The GDP");
  });

  it("keeps a wrapper whose classes mention comments or sharing when it holds the headline", () => {
    expect(textOf(`<div class="post has-comments share-enabled"><h1>Headline of the story</h1>${para(1)}${para(2)}</div>`)).toContain("Paragraph 2");
  });

  it("keeps code listings in a <figure>, dropping only the caption", () => {
    const text = textOf(`<article>${para(1)}<figure><pre><code>let x = 1;\nlet y = 2;</code></pre><figcaption>Listing 1: two lets</figcaption></figure>${para(2)}</article>`);
    expect(text).toContain("let x = 1;\nlet y = 2;");
    expect(text).not.toContain("Listing 1");
  });

  it("keeps headings whose text is a permalink to themselves", () => {
    expect(textOf(`<main>${para(1)}<h2 id="s"><a class="header" href="#s">Section two</a></h2>${para(2)}</main>`)).toContain("Section two");
  });

  it("does not let a long data table outvote the prose around it", () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<tr><td>Item number ${i}, with a description</td><td>${i * 3}, ${i * 7}</td></tr>`).join("");
    const text = textOf(`<div class="doc">${para(1)}${para(2)}<table>${rows}</table>${para(3)}</div><div class="other"><p>Unrelated footer text here.</p></div>`);
    expect(text).toContain("Paragraph 1");
    expect(text).toContain("Paragraph 3");
    expect(text).toContain("Item number 39, with a description 117, 273");
  });
});
