// Salvage before repair. The wire schema cannot say everything (minimum lengths, the CAMEO pattern,
// TIMEX3 value formats; enums on servers that ignore them), so an answer that is valid on the wire can
// still break a local rule. One such field must never cost the whole summary: it is normalised where
// the intent is clear ("CAMEO 104" → "104", "Rejected" → "rejected"), else set to its null (or the item
// dropped), and a warning names the field and the value. Only invalid JSON and missing structure
// (a missing key, a wrong JSON type) are left to the repair round-trip.
import * as z from "../../schema/zod.ts";
import type { Warning } from "../../schema/summary.ts";
import { ActorFields, ActorKind, DateFields, DateType, DemandFields, DemandStatus } from "../../schema/summary.ts";
import { tagDates } from "../../dates/index.ts";
import type { LLMExtraction } from "./response-schema.ts";

export interface SalvagedAnswer {
  extraction: LLMExtraction;
  warnings: Warning[];
}

type Collection = "actors" | "demands" | "dates";
const ITEM_SCHEMAS = { actors: ActorFields, demands: DemandFields, dates: DateFields } as const;

/** The shape alone: every key present with its JSON type. Anything finer is salvaged, not repaired. */
const loose = <T extends z.ZodRawShape>(shape: T) =>
  z.object(Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, toLoose(s as z.ZodType)])) as { [K in keyof T]: z.ZodType });
function toLoose(s: z.ZodType): z.ZodType {
  if (s instanceof z.ZodNullable) return toLoose(s.unwrap() as z.ZodType).nullable();
  if (s instanceof z.ZodArray) return z.array(toLoose(s.element as z.ZodType));
  if (s instanceof z.ZodString || s instanceof z.ZodEnum) return z.string();
  return s;
}
const Shape = z.object({ summary: z.string(), actors: z.array(loose(ActorFields.shape)), demands: z.array(loose(DemandFields.shape)), dates: z.array(loose(DateFields.shape)) });

// ---------------------------------------------------------------------------------------------
// Field fixers: a clear intent → the value; none → undefined (the field's null, or the item dropped).

const CAMEO = /^10\d{0,2}$/;
/** "1041 change in leadership" → "1041", "CAMEO 104" → "104", "104.1" → "1041". */
export function normaliseCameo(value: string): string | undefined {
  const token = /\d+(?:\.\d+)*/.exec(value)?.[0];
  const digits = token?.replace(/\./g, "");
  return digits && CAMEO.test(digits) ? digits : undefined;
}

const STATUS_WORDS: Record<string, z.infer<typeof DemandStatus>> = {
  issued: "made", made: "made", new: "made", open: "made", demanded: "made",
  agreed: "accepted", accepted: "accepted", granted: "accepted", complied: "accepted", met: "accepted", fulfilled: "accepted",
  refused: "rejected", rejected: "rejected", dismissed: "rejected", denied: "rejected", declined: "rejected",
  pending: "pending", awaiting: "pending", "under consideration": "pending", ongoing: "pending", considering: "pending",
  unknown: "unknown", unclear: "unknown",
};
const KIND_WORDS: Record<string, z.infer<typeof ActorKind>> = {
  person: "person", individual: "person", people: "group", persons: "person",
  organization: "organization", organisation: "organization", org: "organization", company: "organization", institution: "organization",
  agency: "organization", party: "organization", union: "organization", ngo: "organization",
  country: "country", nation: "country", state: "country",
  group: "group", movement: "group", community: "group",
  other: "other",
};
const TYPE_WORDS: Record<string, z.infer<typeof DateType>> = {
  date: "DATE", day: "DATE", time: "TIME", datetime: "TIME", "date-time": "TIME", duration: "DURATION", period: "DURATION",
  set: "SET", recurrence: "SET", recurring: "SET",
};
const fromWords = <T>(words: Record<string, T>) => (value: string): T | undefined => {
  const k = value.trim().toLowerCase().replace(/[_-]+/g, " ");
  return words[k] ?? words[k.replace(/s$/, "")];
};

/** A TIMEX3 value as the schema describes it: dates, weeks, seasons, times, durations, sets, X placeholders. */
export const TIMEX_VALUE =
  /^(?:(?:\d{4}|\d{3}X|\d{2}XX|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-[1-7X])?|-WE|-(?:SP|SU|FA|WI|Q[1-4X]|H[12X]))?(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI))?|P(?=[\dXT])(?:[\dX]+(?:\.\d+)?[YMWDQ]|DE|CE)*(?:T(?:[\dX]+(?:\.\d+)?[HMS])+)?|T\d{2}(?::\d{2})?|(?:PRESENT|PAST|FUTURE)_REF)$/;

const pad = (s: string) => s.padStart(2, "0");
/** "2022/1/10", "2022-01-10 10:00", "2022-01-10T10:00:00Z", "January 10, 2022" → TIMEX3; undefined if unclear. */
export function normaliseTimex(value: string): string | undefined {
  const v = value.trim();
  const iso = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (iso) {
    const [, y, m, d, hh, mm, ss] = iso;
    if (Number(m) < 1 || Number(m) > 12 || (d && (Number(d) < 1 || Number(d) > 31))) return undefined;
    const date = `${y}-${pad(m!)}${d ? `-${pad(d)}` : ""}`;
    return hh ? `${date}T${pad(hh)}:${mm}${ss && ss !== "00" ? `:${ss}` : ""}` : date;
  }
  if (TIMEX_VALUE.test(v.toUpperCase())) return v.toUpperCase();
  // Written out ("January 10, 2022"): the tagger reads it, if it reads the value as one expression.
  const tagged = tagDates(v);
  if (tagged.length === 1 && tagged[0]!.value && tagged[0]!.end - tagged[0]!.start >= v.replace(/[\s.,;]+$/, "").length - 1 && TIMEX_VALUE.test(tagged[0]!.value)) return tagged[0]!.value;
  return undefined;
}

const typeOfValue = (value: string): z.infer<typeof DateType> => (/^P/.test(value) ? "DURATION" : /T/.test(value) ? "TIME" : "DATE");

// ---------------------------------------------------------------------------------------------

const show = (v: unknown) => JSON.stringify(v);

/**
 * Parses an answer (JSON text), checks its structure (throws SyntaxError / ZodError: repair), and
 * salvages every local-only rule it breaks. The result always passes the full zod schema.
 */
export function salvageAnswer(content: string): SalvagedAnswer {
  const json: unknown = JSON.parse(content);
  const shaped = Shape.parse(json); // missing structure: for the repair round-trip
  const warnings: Warning[] = [];
  const note = (code: string, message: string) => warnings.push({ code, message });
  const out: Record<Collection, unknown[]> = { actors: [], demands: [], dates: [] };

  for (const collection of ["actors", "demands", "dates"] as const) {
    const schema = ITEM_SCHEMAS[collection] as unknown as z.ZodObject<Record<string, z.ZodType>>;
    shaped[collection].forEach((raw, index) => {
      const item: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
      const at = (field: string) => `${collection}[${index}].${field}`;
      const normalised = (field: string, to: unknown) => {
        note("llm_value_normalized", `${at(field)}: ${show(item[field])} read as ${show(to)}`);
        item[field] = to;
      };
      // Required names and clauses: surrounding space is noise, an empty one is no item.
      for (const f of ["name", "by", "what", "text"]) if (typeof item[f] === "string" && item[f] !== (item[f] as string).trim()) item[f] = (item[f] as string).trim();
      if (collection === "actors" && item.name === "" && Array.isArray(item.aliases) && item.aliases.some((a) => typeof a === "string" && a.trim())) {
        normalised("name", (item.aliases as string[]).find((a) => a.trim())!.trim());
      }
      let dropped: string | null = null;
      for (const issue of schema.safeParse(item).error?.issues ?? []) {
        const field = String(issue.path[0]);
        const value = item[field];
        let fixed: unknown;
        if (field === "cameo" && typeof value === "string") fixed = value.trim() === "" ? null : normaliseCameo(value);
        else if (field === "status" && typeof value === "string") fixed = fromWords(STATUS_WORDS)(value);
        else if (field === "kind" && typeof value === "string") fixed = fromWords(KIND_WORDS)(value);
        else if (field === "type" && typeof value === "string") fixed = fromWords(TYPE_WORDS)(value);
        if (fixed !== undefined && schema.shape[field]!.safeParse(fixed).success) {
          normalised(field, fixed);
          continue;
        }
        // No clear intent: the field's null, else the item goes.
        const nullish = field === "status" ? "unknown" : field === "kind" ? "other" : field === "type" ? typeOfValue(String(item.value ?? "")) : null;
        if (schema.shape[field]!.safeParse(nullish).success) {
          note("llm_value_discarded", `${at(field)}: ${show(value)} is not valid (${issue.message}); set to ${show(nullish)}`);
          item[field] = nullish;
        } else {
          dropped = `${at(field)}: ${show(value)} (${issue.message})`;
          break;
        }
      }
      if (!dropped && collection === "dates" && typeof item.value === "string" && item.value !== "" && !TIMEX_VALUE.test(item.value)) {
        const timex = normaliseTimex(item.value);
        if (timex !== undefined) normalised("value", timex);
        else {
          note("llm_value_discarded", `${at("value")}: ${show(item.value)} is not a TIMEX3 value; set to "" (unknown)`);
          item.value = "";
        }
      }
      if (dropped) {
        note("llm_item_dropped", `${collection}[${index}] dropped: ${dropped}`);
        return;
      }
      out[collection].push(schema.parse(item));
    });
  }
  return { extraction: { summary: shaped.summary, ...out } as LLMExtraction, warnings };
}
