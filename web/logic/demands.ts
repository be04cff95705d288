// Demands as sentences: "Russia demands of NATO: deny membership to Ukraine, rejected".

export type DemandStatus = "made" | "accepted" | "rejected" | "pending" | "unknown";

export interface DemandLike {
  by: string;
  of: readonly string[];
  what: string;
  status: DemandStatus | string;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  const clean = names.map((n) => n.trim()).filter(Boolean);
  if (clean.length <= 1) return clean[0] ?? "";
  return `${clean.slice(0, -1).join(", ")} and ${clean[clean.length - 1]}`;
}

export const STATUS_LABEL: Record<DemandStatus, string> = {
  made: "made",
  accepted: "accepted",
  rejected: "rejected",
  pending: "pending",
  unknown: "status unknown",
};

// Words a cut-off content ends on ("… such as the council and a"): dropped, so no fragment is shown.
const DANGLING_TAIL = /(?:\s+(?:and|or|but|of|to|the|a|an|for|with|in|on|at|by|from|as|such as|that|which|who|including|than))+$/iu;

/** The demanded content as shown: no leading "that", no dangling tail, quotes balanced, no end punctuation. */
export function demandWhat(what: string): string {
  let w = what.replace(/\s+/g, " ").trim().replace(/^that\s+/i, "");
  for (let prev = ""; prev !== w; ) {
    prev = w;
    w = w.replace(/[\s.;:,—–-]+$/u, "").replace(DANGLING_TAIL, "");
  }
  const opens = (w.match(/“/g) ?? []).length;
  const closes = (w.match(/”/g) ?? []).length;
  if (opens > closes) w += "”";
  else if (closes > opens && w.endsWith("”")) w = w.slice(0, -1);
  if ((w.match(/"/g) ?? []).length % 2 === 1) w = w.endsWith('"') ? w.slice(0, -1) : w.startsWith('"') ? w.slice(1) : `${w}"`;
  return w;
}

/**
 * "Russia demands of NATO: deny membership to Ukraine". The status is not in the sentence: the page shows it
 * once, as the badge beside it.
 */
export function demandSentence(d: DemandLike): string {
  const of = joinNames(d.of);
  return `${d.by.trim()} demands${of ? ` of ${of}` : ""}: ${demandWhat(d.what)}`;
}

// CAMEO 10 (DEMAND) codes, CAMEO 1.1b3. A code without its own entry is named by its longest known prefix.
const CAMEO: Record<string, string> = {
  "10": "demand",
  "100": "demand",
  "103": "demand aid",
  "1031": "demand economic aid",
  "1032": "demand military aid",
  "1033": "demand humanitarian aid",
  "1034": "demand military protection or peacekeeping",
  "104": "demand political reform",
  "1041": "demand change in leadership",
  "1042": "demand policy change",
  "1043": "demand rights",
  "1044": "demand change in institutions, regime",
  "105": "demand that target yields",
  "1051": "demand easing of administrative sanctions",
  "1052": "demand easing of popular dissent",
  "1053": "demand release of persons or property",
  "1054": "demand easing of economic sanctions, boycott or embargo",
  "1055": "demand that target allows international involvement",
  "1056": "demand de-escalation of military engagement",
  "106": "demand meeting, negotiation",
  "107": "demand settling of dispute",
  "108": "demand mediation",
};

export function cameoLabel(code: string | null | undefined): string | null {
  if (!code || !/^10\d{0,2}$/.test(code)) return null;
  for (let n = code.length; n >= 2; n--) {
    const label = CAMEO[code.slice(0, n)];
    if (label) return label;
  }
  return null;
}
