import { describe, expect, it } from "vitest";
import { countTokens, splitIntoChunks } from "../../../lib/engines/openai/chunking.ts";
import { planChunks, promptOverheadTokens } from "../../../lib/engines/openai/index.ts";
import { METADATA } from "./helpers.ts";

const para = (n: number, words = 60) => Array.from({ length: words }, (_, i) => (i === 0 ? `Paragraph${n}` : `word${(i * 7 + n) % 50}`)).join(" ") + ".";

describe("token counting", () => {
  it("uses the real o200k tokenizer, not a character estimate", () => {
    expect(countTokens("Hello world")).toBe(2);
    expect(countTokens("The Kremlin said on Tuesday that negotiations would continue.")).toBe(10);
  });
  it("counts special-token text in an article as plain characters instead of throwing", () => {
    expect(countTokens("a <|endoftext|> b")).toBeGreaterThan(3);
  });
});

describe("splitting on paragraph boundaries", () => {
  const text = Array.from({ length: 40 }, (_, i) => para(i)).join("\n\n");

  it("returns a short text as one chunk", () => {
    expect(splitIntoChunks("One paragraph.\n\nTwo.", { maxTokens: 100, overlapTokens: 10 })).toEqual([
      { text: "One paragraph.\n\nTwo.", start: 0, end: 20, tokens: countTokens("One paragraph.\n\nTwo.") },
    ]);
  });

  it("cuts between paragraphs, keeps every chunk within the budget and a verbatim slice, and overlaps consecutive chunks", () => {
    const chunks = splitIntoChunks(text, { maxTokens: 500, overlapTokens: 150 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) {
      expect(c.tokens).toBeLessThanOrEqual(500);
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.start === 0 || text.slice(c.start - 2, c.start) === "\n\n").toBe(true);
      expect(c.end === text.length || text.slice(c.end, c.end + 2) === "\n\n").toBe(true);
    }
    for (let i = 1; i < chunks.length; i++) {
      expect(chunks[i]!.start).toBeLessThan(chunks[i - 1]!.end);
      expect(chunks[i]!.start).toBeGreaterThan(chunks[i - 1]!.start);
      // The overlap is whole paragraphs within the overlap budget.
      expect(countTokens(text.slice(chunks[i]!.start, chunks[i - 1]!.end))).toBeLessThanOrEqual(150 + 5);
    }
    expect(chunks[0]!.start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(text.length);
    // Every paragraph is in some chunk.
    for (let i = 0; i < 40; i++) expect(chunks.some((c) => c.text.includes(`Paragraph${i} `))).toBe(true);
  });

  it("without an overlap budget the chunks tile the text", () => {
    const chunks = splitIntoChunks(text, { maxTokens: 500, overlapTokens: 0 });
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]!.start).toBeGreaterThanOrEqual(chunks[i - 1]!.end);
  });

  it("breaks a single paragraph over the budget between sentences, and a sentence over it between words", () => {
    const sentences = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} says something rather ordinary about the talks.`).join(" ");
    const run = Array.from({ length: 600 }, (_, i) => `w${i}`).join(" ");
    const long = `${sentences}\n\n${run}`;
    const chunks = splitIntoChunks(long, { maxTokens: 120, overlapTokens: 0 });
    for (const c of chunks) {
      expect(c.tokens).toBeLessThanOrEqual(120);
      expect(long.slice(c.start, c.end)).toBe(c.text);
    }
    // Sentence chunks end at a sentence end.
    for (const c of chunks.filter((c) => c.end <= sentences.length)) expect(c.text.endsWith(".")).toBe(true);
    expect(chunks.at(-1)!.end).toBe(long.length);
  });
});

describe("the chunk plan", () => {
  it("budgets the article as the input budget minus the prompt's fixed cost", () => {
    const overhead = promptOverheadTokens(METADATA);
    expect(overhead).toBeGreaterThan(1000);
    expect(overhead).toBeLessThan(3000);
    const plan = planChunks("Short article.", METADATA, 12_000);
    expect(plan.maxTokens).toBe(12_000 - overhead);
    expect(plan.chunks).toHaveLength(1);
  });
  it("never plans chunks smaller than a floor, however small the budget", () => {
    expect(planChunks("x", METADATA, 100).maxTokens).toBe(500);
  });
});
