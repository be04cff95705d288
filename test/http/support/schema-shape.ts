// The shape of a JSON Schema as a flat map of property paths ("actors[].spans[].start") to their
// types, enums and whether they are required: what a downstream app relies on.
export interface FieldShape {
  types: string[];
  required: boolean;
  enum?: unknown[];
}

type S = Record<string, any>;

const typesOf = (s: S): string[] => {
  if (s["const"] !== undefined) return [typeof s["const"] === "string" ? "string" : typeof s["const"]];
  if (Array.isArray(s["anyOf"])) return [...new Set((s["anyOf"] as S[]).flatMap(typesOf))].sort();
  if (Array.isArray(s["type"])) return [...s["type"]].sort();
  return s["type"] ? [s["type"]] : [];
};

export function schemaShape(schema: S): Record<string, FieldShape> {
  const out: Record<string, FieldShape> = {};
  const walk = (s: S, path: string, required: boolean) => {
    if (path) {
      const f: FieldShape = { types: typesOf(s), required };
      const en = s["enum"] ?? (Array.isArray(s["anyOf"]) ? (s["anyOf"] as S[]).find((x) => x["enum"])?.["enum"] : undefined);
      if (en) f.enum = [...en].sort();
      out[path] = f;
    }
    const variants: S[] = Array.isArray(s["anyOf"]) ? s["anyOf"] : [s];
    for (const v of variants) {
      if (v["type"] === "object" && v["properties"]) {
        const req = new Set<string>(v["required"] ?? []);
        for (const [k, p] of Object.entries(v["properties"] as Record<string, S>)) walk(p, path ? `${path}.${k}` : k, req.has(k));
      }
      if (v["type"] === "array" && v["items"]) walk(v["items"], `${path}[]`, true);
    }
  };
  walk(schema, "", true);
  return out;
}
