// `precis dates` tags the cleaned text by default (the text and offsets summarize uses) and the
// input as given with --raw.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../lib/clean/index.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixture = fileURLToPath(new URL("../fixtures/dates/masthead.html", import.meta.url));
const dates = (...args: string[]) => datesOf("", ...args);
const datesOf = (input: string, ...args: string[]) =>
  JSON.parse(execFileSync(process.execPath, ["bin/precis.ts", "dates", ...args], { cwd: root, encoding: "utf8", input })) as Array<{ start: number; end: number; text: string; value: string }>;

describe("precis dates", () => {
  it("tags the cleaned article by default, with summarize's offsets, and the raw input with --raw", () => {
    const cleaned = cleanArticle(readFileSync(fixture), { fileName: "masthead.html" }).text;
    const tagged = dates("--reference", "2022-03-04", fixture);
    expect(tagged.map((t) => t.text)).toContain("March 15");
    for (const t of tagged) expect(cleaned.slice(t.start, t.end)).toBe(t.text);
    expect(tagged.some((t) => t.value === "2019")).toBe(false); // the masthead and copyright are gone

    const raw = dates("--raw", "--reference", "2022-03-04", fixture);
    const source = readFileSync(fixture, "utf8");
    for (const t of raw) expect(source.slice(t.start, t.end)).toBe(t.text);
    expect(raw.some((t) => t.value === "2019")).toBe(true);
  }, 60_000);

  it("indexes plain-text input as given, leaving out what the cleaner drops", () => {
    const input = "RIVERTON GAZETTE | Copyright 2019 | Subscribe\n\n\n   The ferry  crews   walked out on Monday, March 3, 2025,\nand their union said talks will resume  on Friday.\n";
    const tagged = datesOf(input, "--reference", "2025-03-04", "-");
    expect(tagged.map((t) => [t.text, t.value])).toEqual([
      ["Monday, March 3, 2025", "2025-03-03"],
      ["Friday", "2025-03-07"],
    ]);
    for (const t of tagged) expect(input.slice(t.start, t.end)).toBe(t.text);
  }, 60_000);

  it("tags a dateline standing on its own line, and a paragraph with an editor's {insertion}", () => {
    const input = "\nKESTREL BAY, March 4 (Coastline News) --\n\nFerry crews said {on Monday} they would strike from Friday.\n";
    const tagged = datesOf(input, "--reference", "2025-03-04", "-");
    expect(tagged.map((t) => [t.text, t.value])).toEqual([
      ["March 4", "2025-03-04"],
      ["Monday", "2025-03-03"],
      ["Friday", "2025-03-07"],
    ]);
  }, 60_000);
});
