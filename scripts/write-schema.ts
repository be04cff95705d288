// Writes the JSON Schema files derived from lib/schema/summary.ts. v1 files may only change in
// backward-compatible ways; a breaking change gets a new vN module and file beside them.
import { writeFileSync } from "node:fs";
import { errorRecordJsonSchema, summaryJsonSchema } from "../lib/schema/summary.ts";

const out = (name: string, schema: unknown) => {
  writeFileSync(new URL(`../schema/${name}`, import.meta.url), JSON.stringify(schema, null, 2) + "\n");
  console.error(`wrote schema/${name}`);
};
out("summary.v1.json", summaryJsonSchema());
out("error.v1.json", errorRecordJsonSchema());
