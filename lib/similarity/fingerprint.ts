// "Same story, many copies": a fingerprint of an article's cleaned text that survives article
// spinning (synonym swaps, reworded clauses), and a similarity score between two fingerprints.
//
// Two signals, because spinning attacks one and spares the other:
//
//   text     MinHash (256 hashes) over word 3-shingles: estimates the Jaccard similarity of the two
//            shingle sets. Copy-edited or spun copies of one wire story keep ~10–20% of their
//            3-shingles; unrelated articles share almost none (< 3%).
//   anchors  the exact Jaccard similarity of the articles' anchors: proper names and numbers, which a
//            spinner cannot swap for synonyms ("Kestrelport", "12000", "Odile", "June"). Copies keep
//            60–90% of them; articles about different events rarely share 20%.
//
// score = (anchors + min(1, text / TEXT_SATURATION)) / 2, in [0, 1]; two articles are the same story
// when it reaches the threshold (DEFAULT_THRESHOLD, configurable). Measured on the shared seeds and
// the fixtures (test/similarity/): copies score ≥ 0.55, unrelated pairs ≤ 0.13.
//
// Finding candidates without comparing against every stored article: a MinHash over the anchors, one
// row per band, 4 bands: an article's band values are 4 of its anchors, drawn the same way for every
// article. Two articles whose anchor sets have Jaccard J share a band with probability 1 − (1 − J)⁴:
// 0.99 at 0.7, 0.94 at 0.5, 0.59 at 0.2. Few bands keep the index to a few objects per article
// (lib/store/stories.ts stores each band value as one object holding its articles' fingerprints), so a
// false candidate costs no request, only a score, and the score decides.

export const FINGERPRINT_VERSION = 1;
export const TEXT_HASHES = 256;
export const SHINGLE_WORDS = 3;
export const BANDS = 4;
export const ROWS_PER_BAND = 1;
/** A shingle Jaccard at which the text signal saturates: beyond it the text alone says "copy". */
export const TEXT_SATURATION = 0.3;
/** Pairs scoring at least this are the same story. Seeds: ~0.59; unrelated pairs: ≤ 0.13. */
export const DEFAULT_THRESHOLD = 0.35;
/** Fewer anchors than this is too little to link on (a short note, a table). */
export const MIN_ANCHORS = 5;
/** Anchors kept per fingerprint (the most frequent first): bounds the stored size. */
export const MAX_ANCHORS = 400;

export interface StoryFingerprint {
  v: typeof FINGERPRINT_VERSION;
  /** MinHash signature (256 slots) of the text's word 3-shingles (unsigned 32-bit values). */
  text: number[];
  /** Normalised proper names and numbers, sorted. */
  anchors: string[];
  /** Number of distinct shingles (0 means the text was too short to shingle). */
  shingles: number;
}

export interface Similarity {
  score: number;
  /** Estimated Jaccard similarity of the word 3-shingles. */
  text: number;
  /** Jaccard similarity of the anchors. */
  anchors: number;
}

// ---------------------------------------------------------------------------------------------
// Hashing

/** FNV-1a, 32-bit, over the UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers with good avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed per-slot seeds (deterministic: fingerprints stored today must compare with tomorrow's). */
function seeds(n: number, salt: number): Uint32Array {
  const out = new Uint32Array(n);
  let x = salt >>> 0;
  for (let i = 0; i < n; i++) {
    x = fmix32((x + 0x9e3779b9) >>> 0);
    out[i] = x;
  }
  return out;
}
const TEXT_SEEDS = seeds(TEXT_HASHES, 0x5eed0001);
const ANCHOR_SEEDS = seeds(BANDS * ROWS_PER_BAND, 0x5eed0002);

function minhash(items: Iterable<string>, slotSeeds: Uint32Array): number[] {
  const sig = new Array<number>(slotSeeds.length).fill(0xffffffff);
  for (const item of items) {
    const h = fnv1a(item);
    for (let i = 0; i < slotSeeds.length; i++) {
      const v = fmix32((h ^ slotSeeds[i]!) >>> 0);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

// ---------------------------------------------------------------------------------------------
// Text → words, shingles, anchors

const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|\p{L}+(?:['’]\p{L}+)*/gu;

/** Lower-cased word tokens; numbers keep their digits only ("12,000" → "12000"). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize("NFKC").matchAll(TOKEN)) out.push(normalizeToken(m[0]));
  return out;
}

const normalizeToken = (t: string) =>
  /^\p{N}/u.test(t) ? t.replace(/[,]/g, "").replace(/\.0+$/, "") : t.toLowerCase().replace(/['’]s$/, "").replace(/['’]/g, "");

export function shingles(tokens: string[], k = SHINGLE_WORDS): Set<string> {
  const out = new Set<string>();
  if (tokens.length < k) {
    if (tokens.length) out.add(tokens.join(" "));
    return out;
  }
  for (let i = 0; i + k <= tokens.length; i++) out.add(tokens.slice(i, i + k).join(" "));
  return out;
}

// Capitalised words that are not names: sentence openers, pronouns, function words, titles. A name
// that follows a title ("President Bram Hollister") is still kept.
const NOT_NAMES = new Set(
  (
    "a an the and or but nor so yet for of in on at to by from with as into onto over under after before since until while when where why how what who whom whose which " +
    "i he she it we you they me him her us them his hers its our your their my mine this that these those there here then than also some many more most much " +
    "no not none one all any each every both either neither other another such only just even still however meanwhile instead although though because if unless " +
    "mr mrs ms dr sir madam president prime minister mayor chief executive secretary spokesman spokeswoman spokesperson officials official " +
    "said says according read also advertisement related copyright photo image file reporting editing writing min"
  ).split(" "),
);

const NUMBER_WORDS: Record<string, string> = {
  one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10", eleven: "11", twelve: "12",
  second: "2", third: "3", fourth: "4", fifth: "5", sixth: "6", seventh: "7", eighth: "8", ninth: "9", tenth: "10",
};

/**
 * Proper names and numbers: capitalised words that do not merely open a sentence (or that open one
 * but are followed by another capitalised word: "White House officials"), and every number. Spelled
 * small numbers count as their digits, so "eight routes" and "8 routes" agree.
 */
export function anchors(text: string): string[] {
  const counts = new Map<string, number>();
  const add = (a: string) => counts.set(a, (counts.get(a) ?? 0) + 1);
  const src = text.normalize("NFKC");
  const tokens = [...src.matchAll(TOKEN)];
  for (let i = 0; i < tokens.length; i++) {
    const m = tokens[i]!;
    const raw = m[0];
    if (/^\p{N}/u.test(raw)) {
      add(normalizeToken(raw));
      continue;
    }
    const lower = normalizeToken(raw);
    const spelled = NUMBER_WORDS[lower];
    if (spelled) {
      add(spelled);
      continue;
    }
    if (!/^\p{Lu}/u.test(raw) || NOT_NAMES.has(lower) || raw.length < 2) continue;
    // What precedes the word, back to the previous token: a sentence end or a line break opens a sentence.
    const prevEnd = i > 0 ? tokens[i - 1]!.index! + tokens[i - 1]![0].length : 0;
    const gap = src.slice(prevEnd, m.index);
    const opensSentence = i === 0 || /[.!?…:]["'”’)\]]*\s*$|\n/.test(gap);
    if (opensSentence) {
      const next = tokens[i + 1];
      const nextGap = next ? src.slice(m.index! + raw.length, next.index) : "";
      if (!next || !/^\s+$/.test(nextGap) || !/^\p{Lu}/u.test(next[0]) || NOT_NAMES.has(normalizeToken(next[0]))) continue;
    }
    add(lower);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_ANCHORS)
    .map(([a]) => a)
    .sort();
}

// ---------------------------------------------------------------------------------------------
// Fingerprints and similarity

export function storyFingerprint(text: string): StoryFingerprint {
  const sh = shingles(words(text));
  return { v: FINGERPRINT_VERSION, text: minhash(sh, TEXT_SEEDS), anchors: anchors(text), shingles: sh.size };
}

/** The LSH band keys of a fingerprint's anchors ("2-3fa9c2d1"), or none when it has too few anchors. */
export function bandKeys(fp: Pick<StoryFingerprint, "anchors">): string[] {
  if (fp.anchors.length < MIN_ANCHORS) return [];
  const sig = minhash(fp.anchors, ANCHOR_SEEDS);
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const rows = sig.slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND).join(".");
    keys.push(`${b}-${fnv1a(rows).toString(16).padStart(8, "0")}`);
  }
  return keys;
}

/**
 * The one band an article is filed under and looked up by: of its band keys, the one whose min-hash is
 * smallest. That is a min-hash over (band, anchor) pairs, so two articles share it with probability
 * about the Jaccard similarity of their anchors (spun copies keep names and numbers): one GET and one
 * PUT per article instead of one per band.
 */
export function storyBand(fp: Pick<StoryFingerprint, "anchors">): string | null {
  const keys = bandKeys(fp);
  if (!keys.length) return null;
  const sig = minhash(fp.anchors, ANCHOR_SEEDS);
  let best = 0;
  for (let b = 1; b < BANDS; b++) if (sig[b * ROWS_PER_BAND]! < sig[best * ROWS_PER_BAND]!) best = b;
  return keys[best]!;
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (!a.size && !b.size) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

// An article is compared with every candidate of its band: its anchors become a set once.
const anchorSets = new WeakMap<StoryFingerprint, ReadonlySet<string>>();
const anchorSet = (fp: StoryFingerprint) => anchorSets.get(fp) ?? anchorSets.set(fp, new Set(fp.anchors)).get(fp)!;

export function similarity(a: StoryFingerprint, b: StoryFingerprint): Similarity {
  let same = 0;
  const n = Math.min(a.text.length, b.text.length);
  for (let i = 0; i < n; i++) if (a.text[i] === b.text[i]) same++;
  const text = a.shingles && b.shingles && n ? same / n : 0;
  const anchorsJ = a.anchors.length >= MIN_ANCHORS && b.anchors.length >= MIN_ANCHORS ? jaccard(anchorSet(a), anchorSet(b)) : 0;
  const score = (anchorsJ + Math.min(1, text / TEXT_SATURATION)) / 2;
  return { score: round3(score), text: round3(text), anchors: round3(anchorsJ) };
}

/** A compact JSON form: the signature as base64 of little-endian uint32s. */
export interface StoredFingerprint {
  v: number;
  text: string;
  anchors: string[];
  shingles: number;
}

export function encodeFingerprint(fp: StoryFingerprint): StoredFingerprint {
  const buf = Buffer.alloc(fp.text.length * 4);
  fp.text.forEach((v, i) => buf.writeUInt32LE(v, i * 4));
  return { v: fp.v, text: buf.toString("base64"), anchors: fp.anchors, shingles: fp.shingles };
}

export function decodeFingerprint(s: unknown): StoryFingerprint | null {
  const o = s as Partial<StoredFingerprint> | null;
  if (!o || o.v !== FINGERPRINT_VERSION || typeof o.text !== "string" || !Array.isArray(o.anchors) || typeof o.shingles !== "number") return null;
  const buf = Buffer.from(o.text, "base64");
  if (buf.length !== TEXT_HASHES * 4) return null;
  const text: number[] = [];
  for (let i = 0; i < TEXT_HASHES; i++) text.push(buf.readUInt32LE(i * 4));
  return { v: FINGERPRINT_VERSION, text, anchors: o.anchors.filter((a): a is string => typeof a === "string"), shingles: o.shingles };
}
