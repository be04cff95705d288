// Matching rules for the fixture articles' expected results (test/fixtures/articles/*.expected.json).
import { readdirSync, readFileSync } from "node:fs";
import { emptyMetadata, type ArticleMetadata } from "../../../lib/article.ts";
import { cleanArticle } from "../../../lib/clean/index.ts";
import type { Extraction } from "../../../lib/engines/engine.ts";

export interface ExpectedActor {
  name: string;
  kind?: string;
  role?: string;
  aliases?: string[];
  /** Alternatives ("a|b") that the name or an alias must contain as whole words, instead of the exact name. */
  match?: string;
}
export interface ExpectedDemand {
  /** Alternatives ("a|b"), each matched as whole words inside `by`. */
  by: string;
  of?: string[];
  /** Words that `what` must all contain. */
  what: string[];
  status?: string;
  cameo?: string;
}
export interface ExpectedDate {
  text: string;
  accept: string[];
}
export interface Expected {
  style: string;
  publishedAt?: string | null;
  byline?: string | null;
  publisher?: string | null;
  actors: ExpectedActor[];
  notActors: string[];
  demands: ExpectedDemand[];
  /** Demands that must not be listed: a wrong speaker ("by") and/or content words ("what"). */
  wrongDemands?: Array<{ by?: string; what?: string[] }>;
  dates?: ExpectedDate[];
}
export interface Fixture {
  name: string;
  /** The engine's input: the .txt file as it is (already clean), or the cleaner's text of any other file. */
  text: string;
  metadata: ArticleMetadata;
  expected: Expected;
}

const dir = new URL("../../fixtures/articles/", import.meta.url);

export function loadFixtures(): Fixture[] {
  const files = readdirSync(dir);
  return files
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, "");
      const expected = JSON.parse(readFileSync(new URL(f, dir), "utf8")) as Expected;
      const source = files.find((x) => x.startsWith(`${name}.`) && x !== f)!;
      if (source.endsWith(".txt")) {
        const metadata = { ...emptyMetadata(), publishedAt: expected.publishedAt ?? null, byline: expected.byline ?? null, publisher: expected.publisher ?? null };
        return { name, text: readFileSync(new URL(source, dir), "utf8"), metadata, expected };
      }
      // A web page (or other format): through the cleaner, as the pipeline would.
      const cleaned = cleanArticle(readFileSync(new URL(source, dir)), { fileName: source });
      return { name, text: cleaned.text, metadata: cleaned.metadata, expected };
    });
}

const norm = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/^the /, "").trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `needle` occurs in `hay` as whole words, case-insensitively. */
export const hasWords = (hay: string, needle: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escape(norm(needle))}($|[^\\p{L}\\p{N}])`, "u").test(norm(hay));

export function findActor(out: Extraction, e: ExpectedActor) {
  return out.actors.find((a) =>
    e.match
      ? e.match.split("|").some((m) => [a.name, ...a.aliases].some((n) => hasWords(n, m)))
      : norm(a.name) === norm(e.name),
  );
}

/** Why an expected actor is not matched, or null when it is. */
export function actorProblem(out: Extraction, e: ExpectedActor): string | null {
  const a = findActor(out, e);
  if (!a) return `no actor ${e.name} among ${out.actors.map((x) => x.name).join(", ")}`;
  if (e.kind && a.kind !== e.kind) return `${a.name} is a ${a.kind}, expected ${e.kind}`;
  if (e.role && !(a.role ?? "").toLowerCase().includes(e.role.toLowerCase())) return `${a.name} has role ${a.role}, expected ${e.role}`;
  for (const alias of e.aliases ?? []) {
    if (!a.aliases.some((x) => norm(x) === norm(alias))) return `${a.name} lacks alias ${alias} (has ${a.aliases.join(", ")})`;
  }
  return null;
}

export function isJunkActor(out: Extraction, junk: string) {
  return out.actors.filter((a) => norm(a.name) === norm(junk) || norm(a.name).startsWith(`${norm(junk)} `));
}

export function demandProblem(out: Extraction, e: ExpectedDemand): string | null {
  const byOk = (by: string) => e.by.split("|").some((b) => hasWords(by, b));
  const candidates = out.demands.filter((d) => byOk(d.by) && e.what.every((w) => d.what.toLowerCase().includes(w.toLowerCase())));
  if (!candidates.length) {
    return `no demand by ${e.by} with [${e.what.join(", ")}] among:\n${out.demands.map((d) => `  ${d.by} → ${d.of.join(",")}: ${d.what} (${d.status})`).join("\n")}`;
  }
  const full = candidates.find(
    (d) =>
      (e.of ?? []).every((o) => d.of.some((x) => o.split("|").some((alt) => hasWords(x, alt)))) &&
      (!e.status || d.status === e.status) &&
      (!e.cameo || d.cameo === e.cameo),
  );
  if (full) return null;
  const d = candidates[0]!;
  return `demand by ${d.by} "${d.what}": of [${d.of.join(", ")}] status ${d.status} cameo ${d.cameo}; expected of [${(e.of ?? []).join(", ")}] status ${e.status ?? "-"} cameo ${e.cameo ?? "-"}`;
}

/** Listed demands that match a wrong one (by its speaker, its content words, or both). */
export function wrongDemands(out: Extraction, w: { by?: string; what?: string[] }) {
  return out.demands.filter(
    (d) => (!w.by || w.by.split("|").some((b) => hasWords(d.by, b))) && (w.what ?? []).every((x) => d.what.toLowerCase().includes(x.toLowerCase())),
  );
}

export function dateProblem(out: Extraction, e: ExpectedDate): string | null {
  const hit = out.dates.find((d) => d.text.toLowerCase().includes(e.text.toLowerCase()) && e.accept.some((v) => d.value === v || d.value.startsWith(`${v}T`)));
  return hit ? null : `no date "${e.text}" = ${e.accept.join("|")} among ${out.dates.map((d) => `${d.text}=${d.value}`).join(", ")}`;
}
