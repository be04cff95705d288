// Deterministic, distinct news articles for reliability and load runs: actors, demands and dates the
// engines can find, a unique tag in each (so no two are byte-identical unless meant to be), and sizes
// from a few hundred bytes to tens of kilobytes.
import { rng } from "../../../bench/articles.ts";

const CITIES = ["Port Alder", "Millbrook", "Eastvale", "Northgate", "Riverton", "Kestrel Bay", "Harwick", "Lindenfield", "Stonebridge", "Ashford"];
const ORGS = [
  "Harbor Workers Union",
  "Teachers Federation",
  "City Council",
  "Transit Authority",
  "Nurses Association",
  "Chamber of Commerce",
  "Farmers Cooperative",
  "Tenants League",
  "Water Board",
  "Miners Guild",
];
const PEOPLE = ["Marta Kovacs", "Elias Brandt", "Priya Raman", "Tomas Lindqvist", "Grace Okafor", "Daniel Reyes", "Hannah Weiss", "Samuel Osei", "Lucia Ferrante", "Omar Haddad"];
const DEMANDS = [
  "a 12 percent pay rise",
  "an end to mandatory night shifts",
  "a freeze on rents for two years",
  "the reopening of the Mill Street Bridge",
  "an independent review of the budget",
  "the release of the safety report",
  "new talks before the end of the month",
  "the resignation of the finance director",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];


export interface ArticleOptions {
  /** Body paragraphs (each ~60–90 words). Default 4. */
  paragraphs?: number;
  /** A unique tag written into the text: makes the bytes (and so the idempotency key) distinct. */
  tag?: string;
}

/** A plain-text news article. */
export function makeArticle(seed: number, options: ArticleOptions = {}): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const city = pick(CITIES);
  const org = pick(ORGS);
  const other = pick(ORGS.filter((o) => o !== org));
  const person = pick(PEOPLE);
  const official = pick(PEOPLE.filter((p) => p !== person));
  const demand = pick(DEMANDS);
  const month = pick(MONTHS);
  const day = 1 + Math.floor(r() * 27);
  const year = 2020 + Math.floor(r() * 6);
  const lines = [
    `${org} presses ${other} in ${city}`,
    "",
    `${month} ${day}, ${year}`,
    "",
    `The ${org} in ${city} demanded on ${pick(DAYS)} that the ${other} agree to ${demand}, ${person}, a spokesperson for the group, told reporters outside the town hall.`,
  ];
  const n = options.paragraphs ?? 4;
  for (let i = 0; i < n; i++) {
    const d = pick(DEMANDS);
    const who = pick(PEOPLE);
    const amount = 1 + Math.floor(r() * 90);
    lines.push(
      "",
      `${who} said the ${pick(ORGS)} had asked for ${d} at a meeting on ${pick(DAYS)}. ` +
        `The ${pick(ORGS)} rejected the request, calling it unaffordable, and urged members to accept arbitration. ` +
        `Officials in ${pick(CITIES)} estimated the dispute could cost $${amount} million by ${pick(MONTHS)} ${1 + Math.floor(r() * 27)}. ` +
        `${official} called on both sides to resume talks by ${pick(DAYS)}, warning that the state would intervene if services were disrupted.`,
    );
  }
  lines.push("", `“We are asking for what was promised,” ${person} said.${options.tag ? ` Reference ${options.tag}.` : ""}`);
  return lines.join("\n") + "\n";
}

/** An HTML page around an article, with the chrome a real page has. */
export function makeHtmlArticle(seed: number, options: ArticleOptions = {}): string {
  const [title, , date, , ...body] = makeArticle(seed, options).split("\n");
  const paragraphs = body.filter((l) => l.trim()).map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="${new Date(`${date} 12:00 UTC`).toISOString()}">
<style>body{font-family:serif}</style><script>window.analytics=[];</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>${title}</h1>
${paragraphs.join("\n")}
</article><footer>Copyright © Coastline Daily. All rights reserved.</footer></body></html>
`;
}
