// The real-news gold files (bench/real-news/*.json): each has the shape ../shared/tools/score-seeds.mjs reads, every
// item can match something, and no article sits in two sets, so the held-out and blind sets stay unseen by tuning.
// Reads only the repository's own files: it runs in a fresh clone without ../shared.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

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
    source: z.string().regex(/^(pages\/[0-9a-f]{64}\.html\.gz|timeml\/data\/dev\/(AQUAINT|TimeBank)\/[\w.]+\.tml)$/),
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
  it("are the three sets: gold, held-out and the blind gold3", () => {
    expect(goldFiles).toEqual(["gold.json", "gold3.gold.json", "heldout.gold.json"]);
  });

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

  it("gold3 is a demand set: every article has at least one demand, and the set has at least 18 articles", () => {
    const gold3 = Gold.parse(load("gold3.gold.json")).articles;
    expect(gold3.length).toBeGreaterThanOrEqual(18);
    expect(gold3.filter((a) => a.demands.length === 0).map((a) => a.seed)).toEqual([]);
  });
});
