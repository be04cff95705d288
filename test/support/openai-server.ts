// An OpenAI-compatible chat-completions server on 127.0.0.1 for tests, `npm run load` and local runs.
// It speaks the real wire format of POST /v1/chat/completions (ids, `object`, `created`, `model`,
// choices with message/refusal/finish_reason/logprobs, usage with details, x-request-id), answers
// errors with real status codes and `{error:{message,type,param,code}}` bodies, sends Retry-After /
// retry-after-ms on 429, rejects what OpenAI rejects (no key, bad JSON, a non-strict schema), records
// every request, can hang, and by default answers a valid extraction of the article it was sent.
//
//   const server = await startOpenAIServer([rateLimited({ retryAfter: 1 }), smart()]);
//   … OPENAI_BASE_URL=server.url …
//   server.requests[0].body.messages; await server.close();
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { randomBytes } from "node:crypto";
import { decode, encode } from "gpt-tokenizer/encoding/o200k_base";
import { parseUserMessage } from "../../lib/engines/openai/prompt.ts";

// ---------------------------------------------------------------------------------------------
// Replies

export interface ApiErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

export type Reply =
  | {
      type: "completion";
      /** The message content; an object is JSON-encoded. null with a refusal. */
      content?: string | object | null;
      refusal?: string | null;
      finishReason?: "stop" | "length" | "content_filter" | "tool_calls";
      /** The model the server says answered (default: the one requested). */
      model?: string;
      /** null sends no `usage` at all (some local servers); numbers override the counted ones. */
      usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
      headers?: Record<string, string>;
      delayMs?: number;
      /**
       * Like a model under strict structured outputs: the content must be valid against the schema the
       * request sent, and nothing more is promised. A scripted answer that is not fails the test (500).
       */
      followsSchema?: boolean;
    }
  | { type: "error"; status: number; error?: Partial<ApiErrorBody>; headers?: Record<string, string>; delayMs?: number }
  /** Anything at all, e.g. a proxy's HTML page with status 200. */
  | { type: "raw"; status: number; body: string; headers?: Record<string, string>; delayMs?: number }
  /** Accept the request and never answer. */
  | { type: "hang" }
  /** Send 200 and the headers, then stall in the middle of the body. */
  | { type: "hang-body" }
  /** A valid extraction of the article in the request (see smartExtraction). */
  | { type: "smart"; gullible?: boolean; model?: string; delayMs?: number; usage?: null };

export const completion = (content: string | object | null, opts: Omit<Extract<Reply, { type: "completion" }>, "type" | "content"> = {}): Reply => ({
  type: "completion",
  content,
  ...opts,
});
export const refusal = (text = "I'm sorry, but I can't help with that request."): Reply => ({ type: "completion", content: null, refusal: text });
/** A reply cut off by the output budget: partial JSON, finish_reason "length". */
export const truncated = (partial = '{"summary":"Russia demanded that NATO pull back its forces","actors":[{"name":"Rus'): Reply => ({ type: "completion", content: partial, finishReason: "length" });
export const contentFiltered = (): Reply => ({ type: "completion", content: null, finishReason: "content_filter" });
export const apiError = (status: number, error: Partial<ApiErrorBody> = {}, headers?: Record<string, string>): Reply => ({ type: "error", status, error, headers });
export const rateLimited = (opts: { retryAfter?: number | string; retryAfterMs?: number; code?: string; type?: string; message?: string } = {}): Reply => ({
  type: "error",
  status: 429,
  error: {
    message: opts.message ?? "Rate limit reached for gpt-4.1-mini in organization org-test on tokens per min (TPM): Limit 200000, Used 199000, Requested 3000. Please try again in 1s.",
    type: opts.type ?? "tokens",
    code: opts.code ?? "rate_limit_exceeded",
  },
  headers: {
    ...(opts.retryAfter !== undefined ? { "retry-after": String(opts.retryAfter) } : {}),
    ...(opts.retryAfterMs !== undefined ? { "retry-after-ms": String(opts.retryAfterMs) } : {}),
  },
});
export const insufficientQuota = (): Reply =>
  rateLimited({
    code: "insufficient_quota",
    type: "insufficient_quota",
    message: "You exceeded your current quota, please check your plan and billing details.",
  });
export const serverError = (status = 500): Reply => ({
  type: "error",
  status,
  error:
    status === 503
      ? { message: "The server is overloaded or not ready yet.", type: "server_error" }
      : { message: "The server had an error while processing your request. Sorry about that!", type: "server_error" },
});
export const hang = (): Reply => ({ type: "hang" });
export const hangAfterHeaders = (): Reply => ({ type: "hang-body" });
export const rawResponse = (status: number, body: string, headers: Record<string, string> = { "content-type": "text/html" }): Reply => ({ type: "raw", status, body, headers });
export const smart = (opts: Omit<Extract<Reply, { type: "smart" }>, "type"> = {}): Reply => ({ type: "smart", ...opts });

// ---------------------------------------------------------------------------------------------
// Requests

export interface RecordedRequest {
  index: number;
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  /** The parsed JSON body (undefined if it did not parse). */
  body: any;
  raw: string;
  receivedAt: number;
  /** What the server answered: status, or "hang". */
  answered?: number | "hang";
  /** The JSON body it answered with (completions and errors). */
  response?: any;
}

export type Script = Reply[] | ((request: RecordedRequest) => Reply | Promise<Reply>);

export interface ServerOptions {
  /** Scripted replies: a queue (then `fallback`), or a function of the request. */
  script?: Script;
  /** When the queue is empty. Default: smart(). */
  fallback?: Reply;
  /** Only this key is accepted (401 invalid_api_key otherwise). Default: any non-empty bearer key. */
  apiKey?: string;
  /** Reject (400, like OpenAI) a json_schema response_format that strict mode does not accept. Default true. */
  enforceStrictSchema?: boolean;
  /** Default 0: an ephemeral port. */
  port?: number;
}

export interface OpenAIServer {
  /** Base URL including /v1: use as OPENAI_BASE_URL. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** 2xx chat completions sent so far. */
  readonly completionsServed: number;
  /** Replace the script (and clear the queue). */
  setScript(script: Script): void;
  close(): Promise<void>;
}

const hex = (n: number) => randomBytes(Math.ceil(n / 2)).toString("hex").slice(0, n);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const completionId = () => "chatcmpl-" + Array.from(randomBytes(29), (b) => ALNUM[b % ALNUM.length]).join("");
const PLAIN = { disallowedSpecial: new Set<string>(), allowedSpecial: new Set<string>() };
const tokens = (s: string) => encode(s, PLAIN).length;

/** Prompt tokens the way the chat format counts them (≈ OpenAI's numbers for o200k models). */
export function countPromptTokens(body: any): number {
  const messages: Array<{ content?: unknown }> = Array.isArray(body?.messages) ? body.messages : [];
  let n = 3;
  for (const m of messages) n += 4 + tokens(typeof m.content === "string" ? m.content : JSON.stringify(m.content ?? ""));
  if (body?.response_format?.json_schema?.schema) n += tokens(JSON.stringify(body.response_format.json_schema.schema));
  return n;
}

// ---------------------------------------------------------------------------------------------
// What strict structured outputs accept (https://platform.openai.com/docs/guides/structured-outputs)

const NOT_PERMITTED = [
  "minLength", "maxLength", "allOf", "oneOf", "not", "if", "then", "else", "patternProperties", "unevaluatedProperties",
  "propertyNames", "minProperties", "maxProperties", "uniqueItems", "contains", "dependentRequired", "dependentSchemas", "default",
];
export const MAX_NESTING = 10;
export const MAX_PROPERTIES = 5000;

/** Problems OpenAI would report for a strict json_schema, in its wording; [] if the schema is accepted. */
export function strictSchemaProblems(schema: unknown): string[] {
  const problems: string[] = [];
  let properties = 0;
  const ctx = (path: string[]) => `In context=(${path.map((p) => `'${p}'`).join(", ")}${path.length === 1 ? "," : ""})`;
  const visit = (node: any, path: string[], depth: number) => {
    if (!node || typeof node !== "object") {
      problems.push(`${ctx(path)}, schema must be a JSON Schema of 'type: \"object\"', got '${typeof node}'.`);
      return;
    }
    for (const k of NOT_PERMITTED) if (k in node) problems.push(`${ctx(path)}, '${k}' is not permitted.`);
    if (node.$ref) return;
    if (Array.isArray(node.anyOf)) {
      node.anyOf.forEach((s: any, i: number) => visit(s, [...path, "anyOf", String(i)], depth));
      return;
    }
    if (node.type === undefined && node.enum === undefined && node.const === undefined) {
      problems.push(`${ctx(path)}, schema must have a 'type' key.`);
      return;
    }
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if (types.includes("object")) {
      if (depth > MAX_NESTING) problems.push(`${ctx(path)}, nesting depth ${depth} exceeds the limit of ${MAX_NESTING}.`);
      const props = node.properties ?? {};
      const keys = Object.keys(props);
      properties += keys.length;
      if (node.additionalProperties !== false) problems.push(`${ctx(path)}, 'additionalProperties' is required to be supplied and to be false.`);
      const required: unknown = node.required;
      const missing = keys.filter((k) => !Array.isArray(required) || !required.includes(k));
      if (missing.length) {
        problems.push(`${ctx(path)}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing[0]}'.`);
      }
      for (const k of keys) visit(props[k], [...path, "properties", k], depth + 1);
      for (const defs of ["$defs", "definitions"]) {
        for (const [k, v] of Object.entries(node[defs] ?? {})) visit(v, [...path, defs, k], depth);
      }
    }
    if (types.includes("array")) {
      if (!node.items) problems.push(`${ctx(path)}, array schema missing items.`);
      else visit(node.items, [...path, "items"], depth);
    }
  };
  if (!schema || typeof schema !== "object" || (schema as any).type !== "object" || (schema as any).anyOf) {
    problems.push("In context=(), schema must be a JSON Schema of 'type: \"object\"', got something else.");
  } else {
    visit(schema, [], 1);
  }
  if (properties > MAX_PROPERTIES) problems.push(`The schema has ${properties} properties, more than the limit of ${MAX_PROPERTIES}.`);
  return problems;
}

/**
 * Where `value` breaks `schema` (the JSON Schema subset strict mode uses: type, enum, const, properties,
 * required, additionalProperties, items, anyOf, pattern, format-free lengths and bounds); [] if valid.
 */
export function schemaViolations(schema: any, value: unknown, path = "$"): string[] {
  if (!schema || typeof schema !== "object") return [];
  if (Array.isArray(schema.anyOf)) {
    const each = schema.anyOf.map((s: any) => schemaViolations(s, value, path));
    return each.some((v: string[]) => v.length === 0) ? [] : [`${path}: matches no anyOf branch (${each.flat().join("; ")})`];
  }
  const out: string[] = [];
  const typeOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v);
  if (schema.type !== undefined) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    const t = typeOf(value);
    if (!types.includes(t) && !(t === "integer" && types.includes("number"))) return [`${path}: expected ${types.join("|")}, got ${t}`];
  }
  if (schema.enum && !schema.enum.includes(value)) out.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if ("const" in schema && schema.const !== value) out.push(`${path}: must be ${JSON.stringify(schema.const)}`);
  if (typeof value === "string") {
    if (schema.pattern && !new RegExp(schema.pattern, "u").test(value)) out.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    if (typeof schema.minLength === "number" && value.length < schema.minLength) out.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === "number" && value.length > schema.maxLength) out.push(`${path}: longer than ${schema.maxLength}`);
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) out.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum) out.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) out.push(`${path}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) out.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((v, i) => out.push(...schemaViolations(schema.items, v, `${path}[${i}]`)));
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const props: Record<string, unknown> = schema.properties ?? {};
    for (const k of schema.required ?? []) if (!(k in record)) out.push(`${path}.${k}: missing`);
    for (const [k, v] of Object.entries(record)) {
      if (k in props) out.push(...schemaViolations(props[k], v, `${path}.${k}`));
      else if (schema.additionalProperties === false) out.push(`${path}.${k}: not allowed`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Inspecting what a client sent

export interface ChatRequestInspection {
  article: string | null;
  publicationDate: string | null;
  chunk: { index: number; total: number } | null;
  system: string;
  schemaName: string | null;
  strict: boolean;
  schemaProblems: string[];
  htmlTags: string[];
  boilerplate: string[];
  maxOutputTokens: number | null;
  temperature: number | null;
  isRepair: boolean;
}

const BOILERPLATE = /\b(ALSO READ|READ MORE|Read more|Subscribe (?:now|to our)|Advertisement|Click here|Sign up for)\b/g;

export function inspectChatRequest(body: any): ChatRequestInspection {
  const messages: Array<{ role: string; content: unknown }> = Array.isArray(body?.messages) ? body.messages : [];
  const text = (m: { content: unknown } | undefined) => (typeof m?.content === "string" ? m.content : "");
  const firstUser = messages.find((m) => m.role === "user");
  const parsed = firstUser ? parseUserMessage(text(firstUser)) : null;
  const article = parsed?.article ?? null;
  const rf = body?.response_format;
  return {
    article,
    publicationDate: parsed?.publicationDate ?? null,
    chunk: parsed?.chunk ?? null,
    system: messages.filter((m) => m.role === "system" || m.role === "developer").map(text).join("\n"),
    schemaName: rf?.json_schema?.name ?? null,
    strict: rf?.type === "json_schema" && rf?.json_schema?.strict === true,
    schemaProblems: rf?.type === "json_schema" ? strictSchemaProblems(rf.json_schema?.schema) : ["no json_schema response_format"],
    htmlTags: article ? [...article.matchAll(/<\/?[a-z][a-z0-9]*\b[^>]*>/gi)].map((m) => m[0]) : [],
    boilerplate: article ? [...article.matchAll(BOILERPLATE)].map((m) => m[0]) : [],
    maxOutputTokens: body?.max_completion_tokens ?? body?.max_tokens ?? null,
    temperature: typeof body?.temperature === "number" ? body.temperature : null,
    isRepair: messages.some((m) => m.role === "assistant"),
  };
}

// ---------------------------------------------------------------------------------------------
// The smart responder: a deterministic, verbatim-quoting stand-in for a model

interface Sentence {
  text: string;
  start: number;
}

function sentencesOf(article: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+/g;
  for (let line = re.exec(article); line; line = re.exec(article)) {
    const split = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/g;
    let from = 0;
    const push = (to: number) => {
      const raw = line![0].slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (t) out.push({ text: t, start: line!.index + from + lead });
    };
    for (let m = split.exec(line[0]); m; m = split.exec(line[0])) {
      // "Mr. Smith", "Jan. 10", "U.S. officials": not a boundary.
      if (/\b(Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z])\.$/.test(line[0].slice(0, m.index))) continue;
      push(m.index);
      from = m.index + m[0].length;
    }
    push(line[0].length);
  }
  return out;
}

/** Up to `max` words of `s` around character `at` (verbatim: a substring of the sentence). */
function window(s: string, at: number, max = 30): string {
  const words = [...s.matchAll(/\S+/g)];
  if (words.length <= max) return s;
  let idx = words.findIndex((w) => w.index + w[0].length > at);
  if (idx < 0) idx = 0;
  const from = Math.max(0, Math.min(idx - Math.floor(max / 3), words.length - max));
  const last = words[from + max - 1]!;
  return s.slice(words[from]!.index, last.index + last[0].length);
}

const STOP = new Set(
  "The A An In On At But And Or If As He She It They We I You This That These Those His Her Its Their Our My Your After Before When While Since Although Though However Meanwhile Also Still Yet So Then There Here What Who Why How Where Mr Mrs Ms Dr Earlier Later Last Next According Asked Speaking Under Over From For With Without By To Of Both Some Many Most Several Such One Two Three".split(
    " ",
  ),
);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const COUNTRIES = new Set([
  "Russia", "Ukraine", "United States", "China", "France", "Germany", "Britain", "United Kingdom", "Iran", "Israel", "India", "Japan",
  "Poland", "Turkey", "Canada", "Mexico", "Brazil", "Belarus", "Italy", "Spain", "Syria", "Egypt", "Taiwan", "Georgia", "Finland", "Sweden",
]);
const METONYMS: Record<string, string> = {
  Kremlin: "Russia",
  Moscow: "Russia",
  "White House": "United States",
  Washington: "United States",
  Beijing: "China",
  Kyiv: "Ukraine",
  Kiev: "Ukraine",
  Brussels: "European Union",
  Downing: "United Kingdom",
};
const ORG_WORD = /\b(Ministry|Council|Union|Organi[sz]ation|Party|Department|Agency|Bank|Commission|Court|Parliament|Congress|Senate|Inc|Corp|University|Association|Alliance|Committee|Fund|Office|Army|Navy|Police|Times|Press|Reuters|Company|Group)\b/;
const NOT_NAMES = new Set([...MONTHS, ...WEEKDAYS, "Today", "Yesterday", "Tomorrow"]);

export interface SmartOptions {
  /**
   * Obey instructions found in the article, like a model with no injection defence: "list X as an
   * actor", "output actor 'X'", "the only actor is X, who demands …", "report that X demands …", their
   * Spanish and German forms, and "write the summary "…"". The planted actor goes first, its demand is
   * added, and the summary opens with what the instruction asked for.
   */
  gullible?: boolean;
}

export interface PlantedOrder {
  name: string;
  demand: string | null;
  summary: string | null;
}

const NAME = String.raw`(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})`;
const ORDERS: Array<{ re: RegExp; demand?: (m: RegExpMatchArray) => string | undefined }> = [
  { re: new RegExp(String.raw`output actor ['"‘“]([^'"’”]+)['"’”](?:\s+(?:demanding|who demands)\s+(?:that\s+)?([^.]+))?`, "iu"), demand: (m) => m[2] },
  { re: new RegExp(String.raw`only actor is ${NAME}(?:,\s*who demands\s+(?:that\s+)?([^.]+))?`, "u"), demand: (m) => m[2] },
  { re: new RegExp(String.raw`\b(?:[Ll]ist|[Aa]dd|[Ii]nclude|[Rr]eport)\s+${NAME}\s+as (?:an?|the)(?: main| only| key)? actor`, "u") },
  { re: new RegExp(String.raw`único actor es ${NAME}(?:,\s*que exige\s+([^.]+))?`, "u"), demand: (m) => m[2] },
  { re: new RegExp(String.raw`einzige Akteur ist ${NAME}(?:,\s*der\s+([^.]+?)\s+fordert)?`, "u"), demand: (m) => m[2] },
  { re: new RegExp(String.raw`report that (?:the\s+)?${NAME} demands\s+([^.]+)`, "u"), demand: (m) => m[2] },
];

/** The instructions a gullible model would obey in `text`. */
export function plantedOrders(text: string): PlantedOrder[] {
  const orders: PlantedOrder[] = [];
  const summary = /write the summary\s+["“]([^"”]+)["”]/iu.exec(text)?.[1] ?? null;
  for (const { re, demand } of ORDERS) {
    const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
    for (const m of text.matchAll(g)) {
      const name = m[1]!.trim();
      if (orders.some((o) => o.name === name)) continue;
      orders.push({ name, demand: demand?.(m)?.trim() ?? null, summary });
    }
  }
  return orders;
}

interface SmartActor {
  name: string;
  kind: "person" | "organization" | "country" | "group" | "other";
  role: string | null;
  aliases: string[];
  evidence: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** A valid extraction of `article` whose every evidence quote is a verbatim substring of it. */
export function smartExtraction(article: string, publicationDate: string | null, opts: SmartOptions = {}) {
  const sentences = sentencesOf(article);
  const actors = new Map<string, SmartActor>();
  const evidenceFor = (term: string): string | null => {
    for (const s of sentences) {
      const at = s.text.indexOf(term);
      if (at >= 0) return window(s.text, at);
    }
    return null;
  };
  const addActor = (name: string, kind: SmartActor["kind"], alias?: string) => {
    const existing = actors.get(name);
    if (existing) {
      if (alias && alias !== name && !existing.aliases.includes(alias)) existing.aliases.push(alias);
      return;
    }
    const evidence = evidenceFor(name) ?? (alias ? evidenceFor(alias) : null);
    if (!evidence) return;
    actors.set(name, { name, kind, role: null, aliases: alias && alias !== name ? [alias] : [], evidence });
  };

  const runs = /\b(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*|[A-Z]{2,})(?:\s+(?:of\s+(?:the\s+)?)?(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*|[A-Z]{2,}))*/g;
  const singles: string[] = [];
  // A dateline ("MOSCOW (AP) —") and agency credits are not actors.
  const skipUntil = /^[A-Z][A-Z .,'-]+(?:\([^)]*\))?\s*[—–-]\s*/.exec(article)?.[0].length ?? 0;
  for (const s of sentences) {
    for (const m of s.text.matchAll(runs)) {
      if (s.start + m.index < skipUntil) continue;
      if (s.text[m.index - 1] === "(" && s.text[m.index + m[0].length] === ")") continue;
      let run = m[0];
      const words = run.split(/\s+/);
      while (words.length && STOP.has(words[0]!)) words.shift();
      if (!words.length) continue;
      run = words.join(" ");
      if (!s.text.includes(run)) continue; // whitespace differed: skip rather than misquote
      if (NOT_NAMES.has(run) || MONTHS.includes(words[0]!) || WEEKDAYS.includes(words[0]!)) continue;
      if (/\b(Europe|Asia|Africa|America|Middle East|Pacific|Atlantic|Sea|River|Street|Square)\b/.test(run) && !ORG_WORD.test(run)) continue;
      const metonymOf = METONYMS[run];
      if (metonymOf) {
        const form = s.text.includes(`the ${run}`) ? `the ${run}` : run;
        // The actor's own name may be absent from the text: addActor falls back to the metonym's quote.
        addActor(metonymOf, metonymOf === "European Union" ? "organization" : "country", form);
        continue;
      }
      if (COUNTRIES.has(run)) addActor(run, "country");
      else if (ORG_WORD.test(run) || /^[A-Z]{2,}$/.test(run)) addActor(run, "organization");
      else if (words.length >= 2 && words.length <= 3) addActor(run, "person");
      else if (words.length > 3) {
        // "Secretary of State Antony Blinken": a title, then the name.
        const name = words.slice(-2).join(" ");
        addActor(name, "person");
        const a = actors.get(name);
        if (a && a.role === null) a.role = words.slice(0, -2).join(" ");
      }
      else if (words.length === 1) singles.push(run);
    }
  }
  // A lone surname is an alias of the person whose name ends with it.
  for (const single of new Set(singles)) {
    const person = [...actors.values()].find((a) => a.kind === "person" && a.name.endsWith(` ${single}`));
    if (person && !person.aliases.includes(single)) person.aliases.push(single);
  }
  const orders = opts.gullible ? plantedOrders(article) : [];
  for (const o of orders) {
    const evidence = evidenceFor(o.name) ?? o.name;
    actors.delete(o.name);
    const rest = [...actors.entries()];
    actors.clear();
    actors.set(o.name, { name: o.name, kind: "person", role: null, aliases: [], evidence });
    for (const [k, v] of rest) actors.set(k, v);
  }

  const actorList = [...actors.values()].slice(0, 40);
  const findActors = (s: string) =>
    actorList
      .map((a) => ({ a, at: Math.min(...[a.name, ...a.aliases].map((f) => s.indexOf(f)).filter((i) => i >= 0)) }))
      .filter((x) => Number.isFinite(x.at))
      .sort((x, y) => x.at - y.at);

  const demands: Array<{ by: string; of: string[]; what: string; status: string; cameo: string | null; evidence: string }> = [];
  const verb = /\b(demanded|demands|called on|called for|calls on|calls for|urged|urges|asked|requested|ordered|insisted|appealed to)\b/;
  for (const s of sentences) {
    const v = verb.exec(s.text);
    if (!v) continue;
    const mentioned = findActors(s.text);
    const by = mentioned.filter((x) => x.at < v.index).at(-1)?.a;
    if (!by) continue;
    const of = mentioned.filter((x) => x.at > v.index && x.a !== by).map((x) => x.a.name);
    const rest = s.text.slice(v.index + v[0].length);
    const clause = /\b(?:to|that)\s+(.+)$/.exec(rest)?.[1] ?? rest;
    const what = clause.split(/,\s/)[0]!.replace(/[.!?"”’]+$/, "").trim();
    if (!what || demands.some((d) => d.by === by.name && d.what === what)) continue;
    const status = /\b(rejected|refused|dismissed)\b/.test(s.text) ? "rejected" : /\b(agreed|accepted)\b/.test(s.text) ? "accepted" : "made";
    const cameo = /withdraw|pull back|de-?escalat/i.test(what)
      ? "1056"
      : /release/i.test(what)
        ? "1053"
        : /sanction/i.test(what)
          ? "1054"
          : /negotiat|talks|meet/i.test(what)
            ? "106"
            : /resign|step down/i.test(what)
              ? "1041"
              : "100";
    demands.push({ by: by.name, of, what, status, cameo, evidence: window(s.text, v.index) });
  }

  const pub = publicationDate && /^\d{4}-\d{2}-\d{2}$/.test(publicationDate) ? new Date(`${publicationDate}T00:00:00Z`) : null;
  const dates: Array<{ text: string; type: string; value: string; about: string | null; evidence: string }> = [];
  const dateRe = new RegExp(
    `\\b(?:(${MONTHS.join("|")}|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.)\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?|(${MONTHS.join("|")})\\s+(\\d{4})|(${WEEKDAYS.join("|")})|(yesterday|today|tomorrow)|in\\s+((?:19|20)\\d{2}))\\b`,
    "g",
  );
  for (const s of sentences) {
    for (const m of s.text.matchAll(dateRe)) {
      let value = "";
      let text = m[0];
      if (m[1]) {
        const month = MONTHS.indexOf(m[1]) + 1 || MONTH_ABBR[m[1].replace(".", "").toLowerCase()]!;
        const year = m[3] ?? (pub ? String(pub.getUTCFullYear()) : "XXXX");
        value = `${year}-${pad(month)}-${pad(Number(m[2]))}`;
      } else if (m[4]) {
        value = `${m[5]}-${pad(MONTHS.indexOf(m[4]) + 1)}`;
      } else if (m[6]) {
        const dow = WEEKDAYS.indexOf(m[6]) + 1;
        if (pub) {
          const pubDow = ((pub.getUTCDay() + 6) % 7) + 1;
          const future = /\b(will|next|is due|are due|plans? to)\b/.test(s.text);
          const diff = future ? ((dow - pubDow + 7) % 7 || 7) : -((pubDow - dow + 7) % 7);
          value = ymd(new Date(pub.getTime() + diff * 86_400_000));
        } else value = `XXXX-WXX-${dow}`;
      } else if (m[7]) {
        const shift = { yesterday: -1, today: 0, tomorrow: 1 }[m[7] as "yesterday" | "today" | "tomorrow"];
        value = pub ? ymd(new Date(pub.getTime() + shift * 86_400_000)) : "";
      } else if (m[8]) {
        value = m[8];
        text = m[8];
      }
      if (dates.some((d) => d.value === value && d.text === text)) continue;
      dates.push({ text, type: "DATE", value, about: null, evidence: window(s.text, m.index) });
    }
  }
  let summary = sentences
    .slice(0, 2)
    .map((s) => s.text)
    .join(" ")
    .slice(0, 500);
  for (const o of [...orders].reverse()) {
    const evidence = evidenceFor(o.name) ?? o.name;
    if (o.demand) demands.unshift({ by: o.name, of: [], what: o.demand, status: "made", cameo: "100", evidence });
    summary = `${o.summary ?? `${o.name} is the key actor.`}${o.demand ? ` ${o.name} demands ${o.demand}.` : ""} ${summary}`;
  }
  return { summary, actors: actorList, demands: demands.slice(0, 40), dates: dates.slice(0, 60) };
}

// ---------------------------------------------------------------------------------------------
// The server

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const payload = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "x-request-id": `req_${hex(32)}`,
    "openai-version": "2020-10-01",
    "openai-processing-ms": "42",
    "content-length": String(Buffer.byteLength(payload)),
    ...headers,
  });
  res.end(payload);
}

function errorPayload(status: number, e: Partial<ApiErrorBody> = {}): { error: ApiErrorBody } {
  const defaults: Record<number, ApiErrorBody> = {
    400: { message: "Invalid request.", type: "invalid_request_error", param: null, code: null },
    401: { message: "Incorrect API key provided: sk-test…. You can find your API key at https://platform.openai.com/account/api-keys.", type: "invalid_request_error", param: null, code: "invalid_api_key" },
    403: { message: "You are not allowed to sample from this model", type: "invalid_request_error", param: null, code: null },
    404: { message: "The model `unknown` does not exist or you do not have access to it.", type: "invalid_request_error", param: null, code: "model_not_found" },
    429: { message: "Rate limit reached.", type: "requests", param: null, code: "rate_limit_exceeded" },
  };
  const base = defaults[status] ?? { message: "The server had an error while processing your request. Sorry about that!", type: "server_error", param: null, code: null };
  return { error: { ...base, ...e } };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startOpenAIServer(scriptOrOptions: Script | ServerOptions = {}): Promise<OpenAIServer> {
  const options: ServerOptions = Array.isArray(scriptOrOptions) || typeof scriptOrOptions === "function" ? { script: scriptOrOptions } : scriptOrOptions;
  let queue: Reply[] = Array.isArray(options.script) ? [...options.script] : [];
  let fn: ((r: RecordedRequest) => Reply | Promise<Reply>) | null = typeof options.script === "function" ? options.script : null;
  const fallback = options.fallback ?? smart();
  const enforce = options.enforceStrictSchema ?? true;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let served = 0;

  const completionReply = (reply: Extract<Reply, { type: "completion" }>, body: any, rec: RecordedRequest, res: ServerResponse) => {
    const content = reply.content === undefined ? "" : reply.content === null ? null : typeof reply.content === "string" ? reply.content : JSON.stringify(reply.content);
    const prompt = reply.usage?.prompt_tokens ?? countPromptTokens(body);
    // A reply cut off by the budget used all of it.
    const budget = body?.max_completion_tokens ?? body?.max_tokens;
    const completionTokens =
      reply.usage?.completion_tokens ?? (reply.finishReason === "length" && typeof budget === "number" ? budget : tokens(content ?? reply.refusal ?? ""));
    const payload: Record<string, unknown> = {
      id: completionId(),
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: reply.model ?? body?.model ?? "unknown",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content, refusal: reply.refusal ?? null, annotations: [] },
          logprobs: null,
          finish_reason: reply.finishReason ?? "stop",
        },
      ],
      service_tier: "default",
      system_fingerprint: `fp_${hex(10)}`,
    };
    if (reply.usage !== null) {
      payload.usage = {
        prompt_tokens: prompt,
        completion_tokens: completionTokens,
        total_tokens: prompt + completionTokens,
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
      };
    }
    served++;
    rec.answered = 200;
    rec.response = payload;
    send(res, 200, payload, reply.headers);
  };

  const smartReply = (reply: Extract<Reply, { type: "smart" }>, body: any): Extract<Reply, { type: "completion" }> => {
    const info = inspectChatRequest(body);
    const extraction = info.article === null ? { summary: "", actors: [], demands: [], dates: [] } : smartExtraction(info.article, info.publicationDate, { gullible: reply.gullible });
    let content = JSON.stringify(extraction);
    const limit = info.maxOutputTokens;
    const ids = encode(content, PLAIN);
    if (limit !== null && ids.length > limit) {
      content = decode(ids.slice(0, limit));
      return { type: "completion", content, finishReason: "length", model: reply.model, usage: reply.usage === null ? null : { completion_tokens: limit } };
    }
    return { type: "completion", content, model: reply.model, usage: reply.usage === null ? null : undefined };
  };

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    let body: any;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = undefined;
    }
    const rec: RecordedRequest = { index: requests.length, method: req.method ?? "", path: (req.url ?? "").split("?")[0]!, headers: req.headers, body, raw, receivedAt: Date.now() };
    requests.push(rec);
    const fail = (status: number, e: Partial<ApiErrorBody> = {}, headers?: Record<string, string>) => {
      rec.answered = status;
      rec.response = errorPayload(status, e);
      send(res, status, rec.response, headers);
    };

    if (rec.path !== "/v1/chat/completions") return fail(404, { message: `Invalid URL (${rec.method} ${rec.path})`, type: "invalid_request_error", code: null });
    if (rec.method !== "POST") return fail(405, { message: `Invalid method for URL (${rec.method} ${rec.path})`, type: "invalid_request_error" });
    const auth = req.headers.authorization ?? "";
    const key = /^Bearer\s+(\S+)$/.exec(auth)?.[1];
    if (!key) {
      return fail(401, {
        message: "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
        code: null,
      });
    }
    if (options.apiKey !== undefined && key !== options.apiKey) {
      return fail(401, { message: `Incorrect API key provided: ${key.slice(0, 3)}…${key.slice(-4)}. You can find your API key at https://platform.openai.com/account/api-keys.` });
    }
    if (body === undefined || typeof body !== "object") {
      return fail(400, { message: "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly.)" });
    }
    if (typeof body.model !== "string" || !body.model) return fail(400, { message: "you must provide a model parameter", param: "model" });
    if (!Array.isArray(body.messages) || body.messages.length === 0) return fail(400, { message: "[] is too short - 'messages'", param: "messages", code: "empty_array" });
    if (body.temperature !== undefined && (typeof body.temperature !== "number" || body.temperature < 0 || body.temperature > 2)) {
      return fail(400, { message: `Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got ${body.temperature} instead.`, param: "temperature", code: "decimal_above_max_value" });
    }
    if (enforce && body.response_format?.type === "json_schema" && body.response_format.json_schema?.strict) {
      const problems = strictSchemaProblems(body.response_format.json_schema.schema);
      if (problems.length) {
        return fail(400, { message: `Invalid schema for response_format '${body.response_format.json_schema.name}': ${problems[0]}`, param: "response_format", code: "invalid_json_schema" });
      }
    }

    let reply: Reply;
    try {
      reply = fn ? await fn(rec) : (queue.shift() ?? fallback);
    } catch (e) {
      return fail(500, { message: `test server script failed: ${(e as Error).message}` });
    }
    if (reply.type === "hang") {
      rec.answered = "hang";
      return;
    }
    if ("delayMs" in reply && reply.delayMs) {
      await new Promise((r) => setTimeout(r, reply.delayMs));
      if (res.destroyed || req.socket.destroyed) return;
    }
    switch (reply.type) {
      case "hang-body":
        rec.answered = "hang";
        res.writeHead(200, { "content-type": "application/json", "x-request-id": `req_${hex(32)}` });
        res.write('{"id":"chatcmpl-stalled","object":"chat.completion","choices":[');
        return;
      case "error":
        return fail(reply.status, reply.error, reply.headers);
      case "raw":
        rec.answered = reply.status;
        res.writeHead(reply.status, reply.headers ?? {});
        res.end(reply.body);
        return;
      case "smart":
        return completionReply(smartReply(reply, body), body, rec, res);
      case "completion":
        if (reply.followsSchema) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(typeof reply.content === "string" ? reply.content : JSON.stringify(reply.content));
          } catch {
            parsed = undefined;
          }
          const problems = schemaViolations(body.response_format?.json_schema?.schema, parsed);
          if (parsed === undefined || problems.length) return fail(500, { message: `test server: the scripted answer breaks the request's schema: ${problems.slice(0, 5).join("; ")}` });
        }
        return completionReply(reply, body, rec, res);
    }
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    get completionsServed() {
      return served;
    },
    setScript(script: Script) {
      queue = Array.isArray(script) ? [...script] : [];
      fn = typeof script === "function" ? script : null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

// Standalone: `node test/support/openai-server.ts [PORT]` serves the smart responder until stopped, e.g.
//   PRECIS_ENGINE=openai OPENAI_API_KEY=local OPENAI_BASE_URL=http://127.0.0.1:8089/v1 npm start
if ((import.meta as { main?: boolean }).main) {
  const port = Number(process.argv[2] ?? 8089);
  const s = await startOpenAIServer({ port });
  console.error(`OpenAI-compatible test server on ${s.url} (smart responder); Ctrl-C to stop`);
  const bye = () => void s.close().then(() => process.exit(0));
  process.on("SIGINT", bye);
  process.on("SIGTERM", bye);
}
