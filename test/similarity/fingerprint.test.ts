// Same story, many copies: the fingerprint links spun copies of one story and nothing else.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  anchors,
  bandKeys,
  DEFAULT_THRESHOLD,
  decodeFingerprint,
  encodeFingerprint,
  similarity,
  storyFingerprint,
  words,
} from "../../lib/similarity/index.ts";
import { prepareArticle } from "../../lib/prepare-article.ts";

const fixture = (name: string) => readFileSync(new URL(`../http/fixtures/${name}`, import.meta.url), "utf8");
/** The cleaned text, as the pipeline stores it in article.text (what is fingerprinted). */
const cleaned = (text: string) => prepareArticle({ bytes: new TextEncoder().encode(text), contentType: "text/plain" }, { maxObjectBytes: 5e6 }).cleaned.text;

const SEEDS = new URL("../../../shared/seeds/", import.meta.url);

describe("the story fingerprint", () => {
  const story = storyFingerprint(cleaned(fixture("ferry-strike.txt")));
  const spun = storyFingerprint(cleaned(fixture("ferry-strike-spun.txt")));
  const others = ["tram-strike.txt", "orchard-frost.txt", "museum-reopening.txt"].map((f) => storyFingerprint(cleaned(fixture(f))));

  it("links a spun rewrite to its original, well above the threshold", () => {
    const s = similarity(story, spun);
    expect(s.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD + 0.2);
    expect(s.anchors).toBeGreaterThan(0.7); // names and numbers survive spinning
    expect(s.text).toBeGreaterThan(0.08); // some 3-word runs survive too
  });

  it("does not link different stories, even about a similar event (a strike, a city, a union)", () => {
    for (const o of others) {
      expect(similarity(story, o).score).toBeLessThan(DEFAULT_THRESHOLD - 0.15);
      expect(similarity(spun, o).score).toBeLessThan(DEFAULT_THRESHOLD - 0.15);
    }
    for (const a of others) for (const b of others) if (a !== b) expect(similarity(a, b).score).toBeLessThan(0.2);
  });

  it("is symmetric, and an article is its own copy", () => {
    expect(similarity(story, spun)).toEqual(similarity(spun, story));
    expect(similarity(story, story).score).toBe(1);
  });

  it("makes copies candidates through shared LSH bands, and unrelated ones rarely", () => {
    const shared = (a: string[], b: string[]) => a.filter((k) => b.includes(k)).length;
    expect(shared(bandKeys(story), bandKeys(spun))).toBeGreaterThanOrEqual(2); // of 4
    for (const o of others) expect(shared(bandKeys(story), bandKeys(o))).toBe(0);
  });

  it("takes names and numbers as anchors, not sentence openers, and spelled numbers as digits", () => {
    const a = anchors("The union said on Tuesday that Odile Franck would meet Mayor Ines Calloway. Crews walked out at 5 a.m. on eight routes, stranding 12,000 people.");
    expect(a).toEqual(expect.arrayContaining(["odile", "franck", "ines", "calloway", "tuesday", "5", "8", "12000"]));
    expect(a).not.toContain("the");
    expect(a).not.toContain("crews");
    expect(a).not.toContain("mayor");
    expect(words("Moscow's 12,000 troops")).toEqual(["moscow", "12000", "troops"]);
  });

  it("round-trips through its stored form, and refuses another version's", () => {
    expect(decodeFingerprint(JSON.parse(JSON.stringify(encodeFingerprint(story))))).toEqual(story);
    expect(decodeFingerprint({ ...encodeFingerprint(story), v: 99 })).toBeNull();
    expect(decodeFingerprint(null)).toBeNull();
  });

  it("is deterministic across releases: stored fingerprints stay comparable", () => {
    // Changing the hashing (seeds, shingle size, tokenization) invalidates every stored fingerprint:
    // bump FINGERPRINT_VERSION instead, and update this value.
    const fp = storyFingerprint("Crews on the Lake Varna ferry network walked off the job at 5 a.m. on Tuesday.");
    expect(bandKeys({ anchors: ["varna", "kestrelport", "tuesday", "5", "12000", "franck"] })[0]).toMatch(/^0-[0-9a-f]{8}$/);
    expect(encodeFingerprint(fp).text.slice(0, 24)).toBe(FROZEN_TEXT_PREFIX);
  });
});

// The first bytes of the stored signature of the sentence above (see the test).
const FROZEN_TEXT_PREFIX = "c35dA872uBSwlvcaFpKLAbQp";

describe.runIf(existsSync(SEEDS))("the shared seeds (one wire story, one copy machine-spun)", () => {
  const files = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => /^00[02]_.*\.txt$/.test(f)).sort() : [];
  it("are linked as one story", () => {
    expect(files).toHaveLength(2);
    const [a, b] = files.map((f) => storyFingerprint(cleaned(readFileSync(new URL(f, SEEDS), "utf8"))));
    const s = similarity(a!, b!);
    console.info(`seeds 000 ~ 002: score ${s.score} (text ${s.text}, anchors ${s.anchors}); threshold ${DEFAULT_THRESHOLD}`);
    expect(s.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD + 0.15);
  });
  it("are not linked to unrelated articles", () => {
    const seeds = files.map((f) => storyFingerprint(cleaned(readFileSync(new URL(f, SEEDS), "utf8"))));
    for (const name of ["ferry-strike.txt", "ferry-strike-spun.txt", "tram-strike.txt", "orchard-frost.txt", "museum-reopening.txt"]) {
      const o = storyFingerprint(cleaned(fixture(name)));
      for (const s of seeds) expect(similarity(s, o).score).toBeLessThan(DEFAULT_THRESHOLD - 0.15);
    }
  });
});
