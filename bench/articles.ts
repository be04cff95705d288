// Fictional news text of any length, deterministic (seeded), for the benchmarks and the tests that need
// a large ordinary article. Nothing here is from a real article.

/** A small deterministic PRNG (mulberry32), so every run measures the same texts. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

// Fictional people, places and bodies: nothing here is from a real article.
const PEOPLE = ["Mayor Elena Varga", "Councillor Tomas Reyes", "Minister Ada Okafor", "Governor Lars Heyman", "union leader Priya Nand", "Senator Mira Castell", "Judge Owen Marsh", "spokeswoman Ines Holt"];
const BODIES = ["the Northport council", "the Harbour Authority", "the Ministry of Transport", "the Valdren Teachers Union", "the regional water board", "the Port Sorrel chamber of commerce", "the Eastmere police", "the Coastal Rail company"];
const THINGS = ["the harbour report", "the new tram line", "a pay rise of 4 percent", "the school closures", "an inquiry into the flooding", "the budget for the bridge", "the contract with Brightwell Ltd", "the night-bus service"];
const WHEN = ["on Monday", "by Friday", "on March 3", "before the end of April", "last Tuesday", "on June 12, 2025", "next week", "in early May"];
const SENTENCES: Array<(r: () => number) => string> = [
  (r) => `${cap(pick(r, PEOPLE))} demanded that ${pick(r, BODIES)} release ${pick(r, THINGS)} ${pick(r, WHEN)}.`,
  (r) => `${cap(pick(r, BODIES))} said it would consider ${pick(r, THINGS)} ${pick(r, WHEN)}, according to ${pick(r, PEOPLE)}.`,
  (r) => `"We will not accept ${pick(r, THINGS)} without a vote," ${pick(r, PEOPLE)} told reporters ${pick(r, WHEN)}.`,
  (r) => `${cap(pick(r, PEOPLE))} called on ${pick(r, BODIES)} to drop ${pick(r, THINGS)}.`,
  (r) => `The dispute over ${pick(r, THINGS)} has lasted for months, and talks resume ${pick(r, WHEN)}.`,
  (r) => `${cap(pick(r, BODIES))} rejected the request ${pick(r, WHEN)}, saying the money was not there.`,
  (r) => `Residents gathered outside the town hall ${pick(r, WHEN)} to support ${pick(r, PEOPLE)}.`,
];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A plausible news article of about `chars` characters: paragraphs of two to four sentences. */
export function normalArticle(chars: number, seed = 1): string {
  const r = rng(seed);
  const paragraphs: string[] = ["Northport council faces pressure over harbour plans"];
  let size = paragraphs[0]!.length;
  while (size < chars) {
    const n = 2 + Math.floor(r() * 3);
    const p = Array.from({ length: n }, () => pick(r, SENTENCES)(r)).join(" ");
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join("\n\n").slice(0, chars);
}

