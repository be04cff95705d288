// Defence in depth against prompt injection. Text in the article that speaks to an AI (in English,
// Spanish, French, German, Portuguese or Italian; as an override, a note to "the summary tool", a
// forged "SYSTEM:" line or article marker) is found with plain patterns before the call and marked in
// the prompt as data (prompt.ts). After the call, every actor and demander is checked against the text
// outside those spans: what rests only on them is dropped and flagged, whatever the model did with it.
// The summary sentence is grounded the same way (lib/ground.ts, groundSummary).
import type { Warning } from "../../schema/summary.ts";
import type { ActorDraft, DateDraft, DemandDraft } from "../engine.ts";
import { escapeRegExp } from "../../text/regexp.ts";
import { splitParagraphs, splitSentences } from "../../text/sentences.ts";
import { nameKey } from "./merge.ts";

// Tight on purpose: news is full of people ignoring instructions. These match text that speaks to the
// model, not text that reports on someone.
const L = "\\p{L}\\p{M}";
const STRONG: RegExp[] = [
  // Overrides: "Ignore all previous instructions …", in the languages news comes in.
  /^\W*(?:now\s+|please\s+)?(?:ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,60}\b(?:instructions?|prompts?|rules|guidelines|directives)\b/iu,
  /\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:(?:the|your)\s+)?(?:previous|prior|above|earlier|preceding)\s+(?:instructions|prompts?|directions)\b/iu,
  /\b(?:ignora|olvida|descarta|omite)\s+(?:todas\s+)?(?:las\s+)?(?:instrucciones|indicaciones|órdenes)\s+(?:anteriores|previas|precedentes)/iu,
  /\b(?:ignore|esqueça|desconsidere)\s+(?:todas\s+)?(?:as\s+)?instru[cç][õo]es\s+(?:anteriores|prévias)/iu,
  /\b(?:ignorez|oubliez|ignore|oublie)\s+(?:toutes\s+)?(?:les\s+)?(?:instructions|consignes)\s+(?:précédentes|antérieures|ci-dessus)/iu,
  /\b(?:ignoriere|ignorieren\s+Sie|vergiss|vergessen\s+Sie)\s+(?:alle\s+)?(?:vorherigen\s+|bisherigen\s+|obigen\s+)?(?:Anweisungen|Instruktionen)/iu,
  /\b(?:ignora|dimentica)\s+(?:tutte\s+)?(?:le\s+)?istruzioni\s+precedenti/iu,
  /\bsystem prompt\b|\bprompt del sistema\b|\bSystemanweisung/iu,
  /\b(?:override|ignore|disregard|bypass|forget)\s+(?:all\s+)?your\s+(?:previous\s+|prior\s+|earlier\s+|original\s+)?(?:instructions|guidelines|rules|prompts?|directives|programming)\b/iu,
  // "Disregard the text above", "forget everything": aimed at a reader that has instructions.
  /\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+|the\s+(?:text|content|article|context)\s+)?(?:above|before this|so far)\b|\bforget\s+everything\b/iu,
  // An instruction header: "New instructions:", "Instrucciones:".
  /^\W{0,3}(?:new\s+|updated\s+|nuevas\s+|neue\s+)?(?:instructions?|instrucciones|anweisungen|consignes)\s*:/iu,
  /\b(?:you are|act as|pretend to be|eres|actúa como|tu es|du bist)\s+(?:now\s+|ahora\s+)?(?:an?\s+|un\s+|una\s+|ein\s+)?(?:ai|a\.i\.|ia|ki|assistant|asistente|assistente|language model|modelo de lenguaje|llm|chatbot|summari[sz]er)\b/iu,
  /\b(?:ai|assistant|language model|llm|chatbot|summari[sz]er)s?\b[^.!?\n]{0,50}\b(?:must|should|shall|are to)\b[^.!?\n]{0,40}\b(?:list|add|output|include|write|return|respond|report|extract|say|state)\b/iu,
  /\b(?:list|add|include|report)\s+[^.!?\n]{0,60}\bas (?:an?|the)(?: main| only| key)? (?:actor|demand|date)\b/iu,
  // A chat-role line: "SYSTEM:", "[assistant]", "<|im_start|>system", "### Instruction".
  /^\W{0,3}(?:system|sistema|système|developer|assistant|asistente|assistent|user|admin)\s*(?:\]|:|>)/iu,
  /<\|im_(?:start|end)\|>|\[\/?INST\]|^#{2,}\s*(?:instruction|system)/imu,
  // A copy of the prompt's own markers inside the article: an attempt to close the data block.
  /<<<\s*(?:END\s+)?(?:ARTICLE|SUSPECTED)\b/iu,
];
// A note addressed to a tool …
const ADDRESS = new RegExp(
  [
    `\\b(?:note|message|instructions?|reminder)\\s+(?:for|to)\\s+(?:the\\s+|any\\s+|all\\s+)?(?:ai|a\\.i\\.|assistant|model|llm|bot|chatbot|summar[${L}]*|tool|extractor|parser|system)`,
    `\\b(?:summary|summari[sz]ation|summari[sz]ing|extraction)\\s+(?:tool|bot|model|engine|software|assistant)s?\\b`,
    `\\b(?:ai|language)\\s+(?:model|assistant|system|tool)s?\\b`,
    `\\b(?:to|for|dear|attention|hey)\\s+(?:any\\s+|all\\s+|the\\s+)?(?:automated\\s+|automatic\\s+)?(?:ai|a\\.i\\.|chatbots?|bots?|assistants?|language\\s+models?|llms?|summari[sz]ers?|crawlers?|scrapers?)\\b`,
    `\\b(?:nota|mensaje|aviso|instrucci(?:ón|on|ones))\\s+(?:para|a)\\s+(?:el|la|los|las)?\\s*(?:ia|asistente|modelo|herramienta|sistema|resumidor)`,
    `\\b(?:ai|a\\.i\\.|llm|bot|chatbot)\\s+(?:note|notice|message|instructions?)\\b`,
    `\\b(?:para|a)\\s+(?:la|el)\\s+(?:ia|asistente|modelo)\\b|\\b(?:pour|à)\\s+l['’]ia\\b|\\b(?:an|für)\\s+die\\s+KI\\b`,
    `\\bherramienta\\s+de\\s+resumen|\\bmodelo\\s+de\\s+(?:lenguaje|ia)\\b`,
    `\\bnote\\s+(?:pour|à)\\s+(?:l['’]|la\\s+|le\\s+)?(?:ia|assistant|outil|modèle)|\\boutil\\s+de\\s+résumé`,
    `\\b(?:hinweis|nachricht|anweisung)\\s+(?:an|für)\\s+(?:das|die|den)?\\s*(?:ki|modell|assistent|tool|werkzeug|system)|\\bKI-(?:Modell|Assistent|System)|\\bZusammenfassungs-?(?:tool|werkzeug|programm|software|modell)`,
  ].join("|"),
  "iu",
);
// … that says what to output: the output's fields, or a modal or imperative "report/list/say …".
const STEERING = new RegExp(
  [
    `\\b(?:only|sole|main|key|real)\\s+actors?\\s+(?:is|are|should|must)\\b`,
    `\\bas\\s+(?:the|an?)\\s+(?:main\\s+|only\\s+|key\\s+)?(?:actor|demander|demand)\\b`,
    `\\b(?:the|your)\\s+summary\\s+(?:must|should|shall|has to|needs to|is to)\\b`,
    `\\b(?:should|must|shall|are to|have to|needs? to|please)\\s+(?:[${L}]+\\s+){0,2}(?:output|return|respond|answer|reply|report|list|extract|name|write|say|state|mention|include)\\b`,
    `(?:^|[:;,—–]\\s*|\\band\\s+)(?:output|return|list|report|name|write|say|state|mention|include|add)\\b`,
    // Imperatives in the other languages, at the start of a clause.
    `(?:^|[:;,—–]\\s*|\\b(?:y|e|et|und)\\s+)(?:menciona|incluye|escribe|responde|devuelve|nombra|di|diga|escreva|mencione|liste|écrivez|écris|mentionnez|indiquez|citez|répondez|nenne|nennen|schreibe|schreiben|erwähne|erwähnen)\\b`,
    `(?<!\\p{L})(?:único|principal)\\s+actor\\b|\\bactor\\s+principal\\s+es\\b|\\bacteur\\s+principal\\s+est\\b|\\bHauptakteur\\s+ist\\b|\\bel\\s+resumen\\s+(?:debe|tiene que)\\b|\\b(?:debe|deben|tiene que)\\s+(?:[${L}]+\\s+){0,2}(?:informar|indicar|decir|mencionar|incluir|listar|devolver|responder)\\b`,
    `\\b(?:seul|principal)\\s+acteur\\b|\\ble\\s+résumé\\s+doit\\b`,
    `\\b(?:einzige|wichtigste)\\s+Akteur\\b|\\bdie\\s+Zusammenfassung\\s+(?:muss|soll)\\b`,
  ].join("|"),
  "iu",
);

export interface Range {
  start: number;
  end: number;
}

const suspicious = (s: string) => STRONG.some((p) => p.test(s)) || (ADDRESS.test(s) && STEERING.test(s));

/** Sentences after a flagged one taken with it (an instruction goes on: "… the only actor is X. X demands Y."). */
const FOLLOWING_SENTENCES = 2;
const FOLLOWING_CHARS = 500;

/**
 * The spans of `text` that address an AI or try to change its instructions: each suspicious sentence,
 * with up to two following sentences of the same paragraph (never the rest of an article that comes as
 * one long paragraph).
 */
export function findInjectionRanges(text: string): Range[] {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text);
  const ranges: Range[] = [];
  sentences.forEach((s, i) => {
    if (!suspicious(s.text)) return;
    const p = paragraphs.find((q) => q.start <= s.start && s.start < q.end);
    let end = s.end;
    for (let j = i + 1; j <= i + FOLLOWING_SENTENCES && j < sentences.length; j++) {
      const next = sentences[j]!;
      if (!p || next.start >= p.end || next.end - s.end > FOLLOWING_CHARS) break;
      end = next.end;
    }
    const last = ranges.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, end);
    else ranges.push({ start: s.start, end });
  });
  return ranges;
}

/** Whole-word, case-insensitive occurrences of `term` (whitespace, quote and dash styles folded). */
export function wordOccurrences(text: string, term: string): number[] {
  const t = term.trim().replace(/^["'“”‘’]+|["'“”‘’]+$/g, "");
  if (t.length < 2) return [];
  const body = t
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(/['’‘]/g, "['’‘]").replace(/[-‐‑–—]/g, "[-‐‑–—]"))
    .join("\\s+");
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "giu");
  return [...text.matchAll(re)].map((m) => m.index);
}

export interface InjectionFilterResult {
  actors: ActorDraft[];
  demands: DemandDraft[];
  dates: DateDraft[];
  warnings: Warning[];
  /** The suspicious spans found in the text. */
  ranges: Range[];
  /** Names (and aliases) of the actors dropped because they rest only on those spans. */
  planted: string[];
}

/** Content words (4+ letters) of a clause. */
const contentWords = (s: string) => [...new Set(s.match(/[\p{L}\p{M}]{4,}/gu) ?? [])];

/**
 * Drops what rests only on suspicious spans: actors named only inside them, demands whose quote is
 * inside one, whose demander is such an actor (or named only inside), or whose content only the span
 * supplies; addressees named only inside are removed; dates quoted only inside are dropped.
 */
export function filterInjectedItems(text: string, items: { actors: ActorDraft[]; demands: DemandDraft[]; dates: DateDraft[] }): InjectionFilterResult {
  const ranges = findInjectionRanges(text);
  if (!ranges.length) return { ...items, warnings: [], ranges, planted: [] };
  const inside = (at: number) => ranges.some((r) => r.start <= at && at < r.end);
  const outsideMentions = (term: string) => wordOccurrences(text, term).filter((at) => !inside(at));
  const insideMentions = (term: string) => wordOccurrences(text, term).filter(inside);
  /** Found, and every occurrence of the quote inside a span. */
  const onlyInjected = (quote: string) => {
    const q = quote.trim().replace(/\s+/g, " ");
    if (!q) return false;
    const folded = text.replace(/\s+/g, " ");
    // Offsets differ after folding whitespace; map by counting: good enough to tell inside from outside.
    const at: number[] = [];
    for (let i = folded.indexOf(q); i >= 0; i = folded.indexOf(q, i + 1)) at.push(i);
    if (!at.length) return wordOccurrences(text, q).length > 0 && wordOccurrences(text, q).every(inside);
    const map = foldedOffsets(text);
    return at.every((i) => inside(map[i]!));
  };
  const warnings: Warning[] = [];
  const flag = (what: string, why: string) => warnings.push({ code: "prompt_injection_suspected", message: `${what} dropped: ${why}` });

  const actors: ActorDraft[] = [];
  const planted: string[] = [];
  for (const a of items.actors) {
    const forms = [a.name, ...a.aliases].filter((f) => f.trim().length > 1);
    const outside = forms.flatMap((f) => outsideMentions(f).map((at) => ({ at, f })));
    const mentionedInside = forms.some((f) => insideMentions(f).length > 0);
    if (!outside.length && (mentionedInside || onlyInjected(a.evidence))) {
      flag(`actor '${a.name}'`, "it is named only in text addressed to an AI");
      planted.push(...forms);
      continue;
    }
    if (onlyInjected(a.evidence) && outside.length) {
      const first = outside.sort((x, y) => x.at - y.at)[0]!;
      const sentence = splitSentences(text).find((s) => s.start <= first.at && first.at < s.end);
      actors.push({ ...a, evidence: sentence?.text ?? first.f });
      continue;
    }
    actors.push(a);
  }
  const plantedKeys = new Set(planted.map(nameKey));
  const keptKeys = new Set(actors.flatMap((a) => [a.name, ...a.aliases]).map(nameKey));
  /** A name that rests only on the spans: a dropped actor's, or (not a kept actor's) named only inside. */
  const plantedName = (name: string) =>
    plantedKeys.has(nameKey(name)) || (!keptKeys.has(nameKey(name)) && insideMentions(name).length > 0 && outsideMentions(name).length === 0);

  const demands: DemandDraft[] = [];
  for (const d of items.demands) {
    const what = `demand by '${d.by}' (${d.what})`;
    if (onlyInjected(d.evidence)) {
      flag(what, "its quote is in text addressed to an AI");
      continue;
    }
    if (plantedName(d.by)) {
      flag(what, `'${d.by}' is named only in text addressed to an AI`);
      continue;
    }
    // What only the span says: words of the clause the article uses there and nowhere else.
    const words = contentWords(d.what).filter((w) => wordOccurrences(text, w).length > 0);
    const spanOnly = words.filter((w) => outsideMentions(w).length === 0);
    if (spanOnly.length && spanOnly.length * 2 >= words.length) {
      flag(what, `its content (${spanOnly.join(", ")}) comes only from text addressed to an AI`);
      continue;
    }
    const of = d.of.filter((o) => !plantedName(o));
    if (of.length < d.of.length) {
      warnings.push({ code: "prompt_injection_suspected", message: `demand by '${d.by}': addressee ${d.of.filter((o) => !of.includes(o)).map((o) => `'${o}'`).join(", ")} removed: named only in text addressed to an AI` });
    }
    demands.push(of.length < d.of.length ? { ...d, of } : d);
  }
  const dates = items.dates.filter((d) => {
    if (!onlyInjected(d.evidence)) return true;
    flag(`date '${d.text}'`, "its quote is in text addressed to an AI");
    return false;
  });
  return { actors, demands, dates, warnings, ranges, planted };
}

/** For each index of `text` with whitespace runs folded to one space, the index in `text`. */
function foldedOffsets(text: string): number[] {
  const map: number[] = [];
  let prevSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]!);
    if (space && prevSpace) continue;
    map.push(i);
    prevSpace = space;
  }
  return map;
}
