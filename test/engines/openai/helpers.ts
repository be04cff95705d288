// Shared fixtures for the openai engine tests.
import type { ArticleMetadata } from "../../../lib/article.ts";
import type { Logger } from "../../../lib/log.ts";
import { createOpenAIEngine, type OpenAIEngineDeps, type OpenAIEngineOptions } from "../../../lib/engines/openai/index.ts";
import type { OpenAIServer } from "../../support/openai-server.ts";

export const API_KEY = "sk-test-0123456789abcdef";

export const ARTICLE = `Russia demanded on Monday that NATO withdraw its forces from Eastern Europe, the Kremlin said.

Kremlin spokesman Dmitry Peskov said Moscow expects a written answer by Jan. 20. Peskov urged Washington to respond quickly.

U.S. Secretary of State Antony Blinken rejected the demand on Tuesday. Blinken said the United States would not abandon its allies.`;

export const METADATA: ArticleMetadata = {
  title: "Russia demands NATO pull back",
  publishedAt: "2022-01-12",
  byline: "By Jane Doe",
  publisher: "Example News",
  dateline: "MOSCOW",
  language: "en",
  url: null,
};

/** A schema-valid answer for ARTICLE, every quote verbatim. */
export const VALID_ANSWER = {
  summary: "Russia demanded that NATO withdraw its forces from Eastern Europe. The United States rejected the demand.",
  actors: [
    { name: "Russia", kind: "country", role: null, aliases: ["the Kremlin", "Moscow"], evidence: "Russia demanded on Monday that NATO withdraw its forces" },
    { name: "NATO", kind: "organization", role: null, aliases: [], evidence: "NATO withdraw its forces from Eastern Europe" },
    { name: "Dmitry Peskov", kind: "person", role: "Kremlin spokesman", aliases: ["Peskov"], evidence: "Kremlin spokesman Dmitry Peskov said Moscow expects a written answer" },
    { name: "Antony Blinken", kind: "person", role: "U.S. Secretary of State", aliases: ["Blinken"], evidence: "U.S. Secretary of State Antony Blinken rejected the demand on Tuesday." },
    { name: "United States", kind: "country", role: null, aliases: ["Washington"], evidence: "Blinken said the United States would not abandon its allies." },
  ],
  demands: [
    {
      by: "Russia",
      of: ["NATO"],
      what: "withdraw its forces from Eastern Europe",
      status: "rejected",
      cameo: "1056",
      evidence: "Russia demanded on Monday that NATO withdraw its forces from Eastern Europe",
    },
  ],
  dates: [
    { text: "Monday", type: "DATE", value: "2022-01-10", about: "Russia's demand", evidence: "Russia demanded on Monday that NATO withdraw its forces" },
    { text: "Jan. 20", type: "DATE", value: "2022-01-20", about: "deadline for a written answer", evidence: "Moscow expects a written answer by Jan. 20." },
  ],
};

export interface LogEntry {
  level: string;
  message: string;
  fields: Record<string, unknown>;
}

export function memoryLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: string) => (message: string, fields: Record<string, unknown> = {}) => void entries.push({ level, message, fields });
  return { entries, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

export function recordingSleep() {
  const sleeps: number[] = [];
  const sleep = async (ms: number) => {
    sleeps.push(ms);
  };
  return { sleeps, sleep };
}

export function engineFor(
  server: OpenAIServer,
  options: Partial<OpenAIEngineOptions> = {},
  deps: OpenAIEngineDeps = {},
) {
  const log = memoryLogger();
  const engine = createOpenAIEngine(
    {
      apiKey: API_KEY,
      baseURL: server.url,
      model: "gpt-4.1-mini",
      timeoutMs: 5_000,
      maxRetries: 3,
      maxOutputTokens: 4096,
      inputTokenBudget: 12_000,
      pricePerMTok: { input: 0.4, output: 1.6 },
      ...options,
    },
    { log, ...deps },
  );
  return { engine, log };
}

/** Awaits a promise expected to reject and returns the rejection. */
export async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

/** A long wire-service style article: `words` words in ~100-word paragraphs, actors recurring in varied forms. */
export function longArticle(words: number): string {
  const lead = [
    "Russia demanded on Monday that NATO withdraw its forces from Eastern Europe, the Kremlin said.",
    "Kremlin spokesman Dmitry Peskov said Moscow expects a written answer by Jan. 20.",
    "U.S. Secretary of State Antony Blinken rejected the demand.",
  ];
  const recurring = [
    "Peskov said the Kremlin would not wait forever for an answer.",
    "Blinken told reporters in Brussels that the alliance remained united.",
    "Ukraine urged Germany to deliver air defense systems before the winter.",
    "Diplomats from both sides met again for consultations that lasted late into the evening.",
    "Analysts said the situation along the border remained tense but stable for now.",
    "Officials declined to give details of the proposals exchanged during the meetings.",
    "Residents of border towns said daily life had changed little despite the rhetoric.",
    "Economists warned that further sanctions could weigh on energy prices across the continent.",
  ];
  const paragraphs: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const sentences = paragraphs.length === 0 ? lead : [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => recurring[(i + k) % recurring.length]!);
    if (paragraphs.length > 0) sentences.push(`Briefing number ${paragraphs.length} ended without a statement.`);
    if (paragraphs.length > 0 && paragraphs.length % 25 === 0) sentences.unshift("Russia demanded that NATO withdraw its forces from Eastern Europe, Peskov repeated.");
    const p = sentences.join(" ");
    paragraphs.push(p);
    count += p.split(/\s+/).length;
    i++;
  }
  return paragraphs.join("\n\n");
}
