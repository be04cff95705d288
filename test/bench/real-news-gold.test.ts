// The real-news gold files (bench/real-news/*.json): each has the shape ../shared/tools/score-seeds.mjs reads, every
// item can match something, no article sits in two sets, and bench/real-news/sets.json (the one list of the sets and
// of the pool reserved for blind sets) agrees with them, so the held-out and blind sets stay unseen by tuning.
// Reads only the repository's own files: it runs in a fresh clone without ../shared.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isReserved, isUnseen, SETS } from "../../bench/real-news/sets.ts";

const dir = join(import.meta.dirname, "..", "..", "bench", "real-news");
const goldFiles = readdirSync(dir).filter((f) => f === "gold.json" || f.endsWith(".gold.json")).sort();

// The scorer's own word normalisation: a `match`, `by` or `all` string that normalises to nothing never matches.
const words = (s: string) =>
  s
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, "-")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.' -]/gu, " ")
    .trim();
const matchable = z.string().refine((s) => words(s).length > 0, "normalises to no words, so it can never match");
const alternatives = z.array(matchable).min(1);
const tier = z.enum(["must", "should"]);
// TIMEX3-style values as the scorer compares them: a year, month, week, quarter or day, optionally a time or part of day.
const timex = /^(\d{4}|XXXX)(-(\d{2}|W\d{2}|Q[1-4]|H[12]))?(-\d{2})?(T(\d{2}:\d{2}|MO|AF|EV|NI))?$/;

const Article = z
  .object({
    seed: z.string().regex(/^[\w.-]+\.html$/),
    source: z.string().regex(/^(pages\/[0-9a-f]{64}\.html\.gz|timeml\/data\/dev\/(AQUAINT|TimeBank)\/[\w.-]+\.tml)$/),
    title: z.string().min(1),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    publishedAtNote: z.string().optional(),
    boilerplate: z.array(z.string().min(1)),
    mustKeep: z.array(z.string().min(1)),
    gluedSentences: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
    notActors: z.array(matchable),
    actors: z.array(
      z.strictObject({
        name: z.string().min(1),
        kind: z.enum(["person", "organization", "country", "group", "place", "other"]),
        tier,
        match: alternatives,
      }),
    ),
    demands: z.array(z.strictObject({ tier, by: alternatives, all: z.array(alternatives).min(1), about: z.string().min(1) })),
    dates: z.array(
      z
        .strictObject({
          tier,
          text: z.string().min(1),
          about: z.string().min(1),
          value: z.string().regex(timex),
          accept: z.array(z.string().regex(timex)).min(1),
          allowUnresolved: z.boolean().optional(),
        })
        // The scorer matches on `accept` only: the gold value itself must be one of them (or a more precise form of one).
        .refine((d) => d.accept.some((a) => d.value === a || d.value.startsWith(`${a}T`)), "value is not accepted"),
    ),
  })
  .strict()
  // materialize.mjs names a page by the first 12 hex digits of its id and a TimeML article by its document id.
  .refine((a) => a.seed === (a.source.startsWith("pages/") ? `${a.source.slice(6, 18)}.html` : `${a.source.split("/").at(-1)!.replace(/\.tml$/, "")}.html`), "seed does not follow from source");
const Gold = z.strictObject({ about: z.string().min(40), articles: z.array(Article).min(1) });

const load = (f: string) => JSON.parse(readFileSync(join(dir, f), "utf8")) as unknown;

describe("real-news gold files", () => {
  it("are the nine sets of sets.json: the blind gold5 and eight for development (heldout and gold4 were held out until stop 27, gold8 until stop 28, gold9 until stop 29)", () => {
    expect(goldFiles).toEqual(["gold.json", "gold3.gold.json", "gold4.gold.json", "gold5.gold.json", "gold6.gold.json", "gold7.gold.json", "gold8.gold.json", "gold9.gold.json", "heldout.gold.json"]);
    expect(SETS.sets.map((s) => `${s.gold} ${s.role}`).sort()).toEqual([
      "gold.json development",
      "gold3.gold.json development",
      "gold4.gold.json development",
      "gold5.gold.json blind",
      "gold6.gold.json development",
      "gold7.gold.json development",
      "gold8.gold.json development",
      "gold9.gold.json development",
      "heldout.gold.json development",
    ]);
  });

  // A held-out set measures whether work done on the development sets generalises: drawn from TempEval-3 articles no
  // other set had and outside the pool kept for blind sets, so nothing about it was read before its gold was written;
  // its score and missed lines may be read (it is not unseen), and every article holds a demand, some of them must.
  it("a held-out set is TempEval-3 articles from outside the reserved pool, each with a demand, must demands among them", () => {
    const heldOut = SETS.sets.filter((s) => s.role === "held-out");
    // gold9 became a development set at stop 29; its successor (gold10) is being written blind.
    expect(heldOut.map((s) => s.gold)).toEqual([]);
    for (const set of heldOut) {
      expect(set.sources.filter((s) => !s.startsWith("timeml/data/dev/")), set.gold).toEqual([]);
      expect(set.sources.filter((s) => isReserved(s) || isUnseen(s)), set.gold).toEqual([]);
      const articles = Gold.parse(load(set.gold)).articles;
      expect(articles.length, set.gold).toBeGreaterThanOrEqual(15);
      expect(articles.filter((a) => a.demands.length === 0).map((a) => a.seed), set.gold).toEqual([]);
      expect(articles.flatMap((a) => a.demands).filter((d) => d.tier === "must").length, set.gold).toBeGreaterThanOrEqual(articles.length / 2);
    }
  });

  for (const set of SETS.sets) {
    it(`sets.json lists ${set.gold}'s sources in its order, and its blind score file exists`, () => {
      expect(Gold.parse(load(set.gold)).articles.map((a) => a.source)).toEqual(set.sources);
      expect(readdirSync(dir)).toContain(set.blindScore);
    });
  }

  it("a blind set's articles stay unseen, inside the reserved pool or not; a development or held-out set's are not", () => {
    const blind = SETS.sets.filter((s) => s.role === "blind");
    expect(blind.length).toBeGreaterThan(0);
    for (const set of blind) expect(set.sources.filter((s) => !isUnseen(s)), set.gold).toEqual([]);
    // gold5 was drawn from outside the reserved pool (gold4 had used the last of it with a demand).
    expect(SETS.sets.find((s) => s.gold === "gold5.gold.json")!.sources.filter(isReserved)).toEqual([]);
    for (const set of SETS.sets.filter((s) => s.role !== "blind")) expect(set.sources.filter(isUnseen), set.gold).toEqual([]);
    const gold3 = SETS.sets.find((s) => s.gold === "gold3.gold.json")!.sources;
    expect(gold3.every(isReserved)).toBe(true);
    expect(gold3.filter(isUnseen)).toEqual([]);
    // gold7 took the pages no other set had, the ones with a demand and five demand-free news pages as controls.
    expect(SETS.sets.find((s) => s.gold === "gold7.gold.json")!.sources.every((s) => s.startsWith("pages/"))).toBe(true);
    // An article no set has taken yet, and a page, are judged on the patterns alone.
    expect(isUnseen("timeml/data/dev/TimeBank/wsj_1999.tml")).toBe(true);
    expect(isUnseen("timeml/data/dev/TimeBank/wsj_0999.tml")).toBe(false);
    expect(isUnseen("pages/0000000000000000000000000000000000000000000000000000000000000000.html.gz")).toBe(false);
  });

  for (const f of goldFiles) {
    it(`${f}: no notActors entry is, or begins, a name the gold wants as an actor (it would count a right actor as junk)`, () => {
      const norm = (s: string) => words(s).replace(/\s+/g, " ");
      const clashes = Gold.parse(load(f)).articles.flatMap((a) =>
        a.notActors.flatMap((j) =>
          a.actors
            .flatMap((x) => [x.name, ...x.match])
            .filter((m) => norm(m) === norm(j) || norm(m).startsWith(`${norm(j)} `))
            .map((m) => `${a.seed}: "${j}" vs "${m}"`),
        ),
      );
      expect(clashes).toEqual([]);
    });
  }

  for (const f of goldFiles) {
    it(`${f} has the scorer's shape, every item can match, and each article once`, () => {
      const parsed = Gold.safeParse(load(f));
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
      const seeds = parsed.data!.articles.map((a) => a.seed);
      expect(new Set(seeds).size).toBe(seeds.length);
      for (const a of parsed.data!.articles) expect(a.demands.length + a.actors.length, a.seed).toBeGreaterThan(0);
    });
  }

  it("no article appears in two sets", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of goldFiles) {
      for (const a of Gold.parse(load(f)).articles) {
        for (const key of [a.source, a.seed]) {
          const seen = owner.get(key);
          if (seen && seen !== f) clashes.push(`${key}: ${seen} and ${f}`);
          owner.set(key, f);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  // Drawn for demands: gold3 from the whole reserved pool, gold4 from the 33 articles left (16 of them have a demand),
  // gold5, then gold6, then gold8, then gold9, from the articles outside every set and outside the pool.
  for (const [f, size] of [["gold3.gold.json", 18], ["gold4.gold.json", 15], ["gold5.gold.json", 20], ["gold6.gold.json", 15], ["gold8.gold.json", 17], ["gold9.gold.json", 16]] as const) {
    it(`${f} is a demand set: every article has at least one demand, and the set has at least ${size} articles`, () => {
      const articles = Gold.parse(load(f)).articles;
      expect(articles.length).toBeGreaterThanOrEqual(size);
      expect(articles.filter((a) => a.demands.length === 0).map((a) => a.seed)).toEqual([]);
    });
  }
});
