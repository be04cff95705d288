// Reads which functions exist, which S3 prefixes trigger them and which HTTP routes they serve from
// serverless.yml, so the local runner wires exactly what AWS will.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { compilePath, type PathPattern } from "../lib/http/router.ts";

export interface S3Trigger {
  event: string;
  prefix: string;
  suffix: string;
}

/** Whether a bucket event (its name, e.g. `ObjectCreated:Put`, and its decoded key) triggers the function. */
export function firesOn(t: S3Trigger, eventName: string, key: string): boolean {
  const kind = t.event.replace(/^s3:/, "").replace(/\*$/, "");
  return eventName.startsWith(kind) && key.startsWith(t.prefix) && key.endsWith(t.suffix);
}

export interface HttpRoute extends PathPattern {
  /** Upper-cased; `*` for any method. */
  method: string;
  /** API Gateway's catch-all (`httpApi: '*'`, route key `$default`): what no other route matches. */
  catchAll: boolean;
}

export interface FunctionWiring {
  name: string;
  /** Module path relative to the project root, e.g. functions/http.ts */
  module: string;
  exportName: string;
  timeoutSeconds: number;
  s3: S3Trigger[];
  http: HttpRoute[];
}

function route(spec: string): HttpRoute {
  if (spec.trim() === "*") return { method: "*", catchAll: true, ...compilePath("/{proxy+}"), path: "*" };
  const [method, path] = spec.trim().split(/\s+/);
  if (!method || !path) throw new Error(`serverless.yml: cannot read httpApi route '${spec}'`);
  // The same compiler the handler routes with (lib/http/router.ts).
  return { method: method.toUpperCase(), catchAll: false, ...compilePath(path) };
}

export function readWiring(file = new URL("../serverless.yml", import.meta.url)): FunctionWiring[] {
  // CloudFormation tags (!Ref, !Sub…) are irrelevant here; the parser keeps them as plain values.
  const doc = parse(readFileSync(file, "utf8"), { logLevel: "silent" }) as {
    provider?: { timeout?: number };
    functions?: Record<string, { handler: string; timeout?: number; events?: Array<Record<string, unknown>> }>;
  };
  return Object.entries(doc.functions ?? {}).map(([name, fn]) => {
    const dot = fn.handler.lastIndexOf(".");
    const s3: S3Trigger[] = [];
    const http: HttpRoute[] = [];
    for (const ev of fn.events ?? []) {
      if (ev["s3"]) {
        const s = ev["s3"] as { event?: string; rules?: Array<{ prefix?: string; suffix?: string }> };
        const rules = s.rules ?? [];
        s3.push({
          event: s.event ?? "s3:ObjectCreated:*",
          prefix: rules.find((r) => r.prefix !== undefined)?.prefix ?? "",
          suffix: rules.find((r) => r.suffix !== undefined)?.suffix ?? "",
        });
      }
      if (ev["httpApi"]) {
        const h = ev["httpApi"];
        http.push(route(typeof h === "string" ? h : `${(h as { method: string }).method} ${(h as { path: string }).path}`));
      }
    }
    return {
      name,
      module: `${fn.handler.slice(0, dot)}.ts`,
      exportName: fn.handler.slice(dot + 1),
      timeoutSeconds: fn.timeout ?? doc.provider?.timeout ?? 6,
      s3,
      http,
    };
  });
}
