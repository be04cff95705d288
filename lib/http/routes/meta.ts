// GET /health, GET /schema, and the web page (GET /, GET /assets/{name}).
import { summaryJsonSchema } from "../../schema/summary.ts";
import { json, problem } from "../problem.ts";
import type { HttpResponse, RouteContext } from "../types.ts";

export const health = (): HttpResponse => json(200, { status: "ok" }, { "cache-control": "no-store" });

export const schema = (): HttpResponse => json(200, summaryJsonSchema(), { "content-type": "application/schema+json", "cache-control": "public, max-age=300" });

/** The web page's files (lib/web/), built into the bundle; static, so open like /health. */
export async function web(ctx: RouteContext): Promise<HttpResponse> {
  try {
    const { webAsset } = await import("../../web/index.ts");
    const asset = webAsset(ctx.req.path);
    if (asset) return asset;
  } catch {
    // the page is not built into this bundle
  }
  return problem(404, "not_found", `no route for ${ctx.req.path}`);
}
