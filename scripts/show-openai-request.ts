// What a real call of the openai engine sends for a file, key redacted, and what it costs in tokens.
//
//   node scripts/show-openai-request.ts [--full] [--published-at YYYY-MM-DD] [--model M] [--base-url URL] FILE...
//
// The file is loaded and cleaned exactly as the pipeline does (lib/prepare-article.ts prepareArticle); if the
// pipeline cannot be loaded, the file is taken as plain text. Nothing is sent anywhere.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { emptyMetadata, type ArticleMetadata } from "../lib/article.ts";
import { loadConfig } from "../lib/config.ts";
import { countTokens } from "../lib/engines/openai/chunking.ts";
import { buildRequest, estimateCost, planChunks, promptOverheadTokens, redactedRequest, sendsStrictKeywords } from "../lib/engines/openai/index.ts";
import { findInjectionRanges } from "../lib/engines/openai/injection.ts";
import { SYSTEM_PROMPT } from "../lib/engines/openai/prompt.ts";
import { wireSchema } from "../lib/engines/openai/response-schema.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    full: { type: "boolean", default: false },
    "published-at": { type: "string" },
    model: { type: "string" },
    "base-url": { type: "string" },
    json: { type: "boolean", default: false },
  },
});
if (!positionals.length) {
  console.error("usage: node scripts/show-openai-request.ts [--full] [--json] [--published-at YYYY-MM-DD] [--model M] [--base-url URL] FILE...");
  process.exit(2);
}

const config = loadConfig({ ...process.env, OPENAI_MODEL: values.model ?? process.env.OPENAI_MODEL, OPENAI_BASE_URL: values["base-url"] ?? process.env.OPENAI_BASE_URL });
const o = config.openai;
// Strict-mode keywords (pattern, …) go to OpenAI itself, or wherever OPENAI_STRICT_KEYWORDS=on says.
const strictKeywords = sendsStrictKeywords(o.baseURL, o.strictKeywords);
const schema = JSON.stringify(wireSchema({ strictKeywords }));

async function cleaned(path: string): Promise<{ text: string; metadata: ArticleMetadata; how: string }> {
  const bytes = readFileSync(path);
  try {
    const modulePath = "../lib/prepare-article.ts";
    const { prepareArticle } = (await import(modulePath)) as typeof import("../lib/prepare-article.ts");
    const p = prepareArticle({ bytes, fileName: basename(path), publishedAt: values["published-at"] ?? null }, { maxObjectBytes: config.limits.maxObjectBytes });
    return { text: p.cleaned.text, metadata: p.cleaned.metadata, how: "loaded and cleaned by the pipeline" };
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return {
      text: new TextDecoder().decode(bytes).trim(),
      metadata: { ...emptyMetadata(), publishedAt: values["published-at"] ?? null },
      how: `taken as plain text (pipeline unavailable: ${reason})`,
    };
  }
}

const rows: Array<Record<string, unknown>> = [];
for (const path of positionals) {
  const { text, metadata, how } = await cleaned(path);
  const plan = planChunks(text, metadata, o.inputTokenBudget, strictKeywords);
  const total = plan.chunks.length;
  const bodies = plan.chunks.map((c, i) =>
    buildRequest({ text: c.text, metadata, model: o.model, maxOutputTokens: o.maxOutputTokens, baseURL: o.baseURL, strictKeywords, chunk: { index: i + 1, total } }),
  );
  const inputTokens = bodies.reduce((n, b) => n + 3 + b.messages.reduce((m, msg) => m + 4 + countTokens(String(msg.content)), 0) + countTokens(schema), 0);
  const row = {
    file: path,
    text: how,
    words: text.split(/\s+/).filter(Boolean).length,
    articleTokens: countTokens(text),
    systemPromptTokens: countTokens(SYSTEM_PROMPT),
    schemaTokens: countTokens(schema),
    strictKeywords,
    suspectedInstructions: findInjectionRanges(text).map((r) => text.slice(r.start, r.end)),
    overheadTokensPerCall: promptOverheadTokens(metadata, strictKeywords),
    calls: total,
    inputTokens,
    maxOutputTokens: o.maxOutputTokens * total,
    model: o.model,
    inputCostUsd: estimateCost({ inputTokens, outputTokens: 0 }, o.pricePerMTok),
    worstCaseCostUsd: estimateCost({ inputTokens, outputTokens: o.maxOutputTokens * total }, o.pricePerMTok),
  };
  rows.push(row);
  if (!values.json) {
    console.log(`# ${path}: ${how}`);
    console.log(JSON.stringify(redactedRequest(bodies[0]!, { baseURL: o.baseURL, apiKey: o.apiKey ?? "sk-REDACTED", elideArticleTo: values.full ? undefined : 300 }), null, 2));
    if (total > 1) console.log(`# … and ${total - 1} more part(s) like it`);
    console.log(`# tokens: ${JSON.stringify(row)}\n`);
  }
}
if (values.json) console.log(JSON.stringify(rows, null, 2));
