// CORS headers for configured origins (PRECIS_CORS_ORIGINS). In AWS, API Gateway answers preflights and
// sets these itself (serverless.yml provider.httpApi.cors) and ignores the handler's; locally the
// handler's are the ones a browser sees.
import type { HttpRequest } from "./types.ts";

export const CORS_ALLOWED_HEADERS = "authorization, content-type, x-api-key, prefer";
export const CORS_EXPOSED_HEADERS = "location, retry-after, ratelimit-limit, ratelimit-remaining, ratelimit-reset, preference-applied, link";

export function corsHeaders(req: HttpRequest, origins: string[]): Record<string, string> {
  const origin = req.headers["origin"];
  if (!origin || !origins.length) return {};
  const any = origins.includes("*");
  if (!any && !origins.includes(origin)) return {};
  return {
    "access-control-allow-origin": any ? "*" : origin,
    "access-control-expose-headers": CORS_EXPOSED_HEADERS,
    ...(any ? {} : { vary: "Origin" }),
  };
}

export function preflightHeaders(req: HttpRequest, origins: string[]): Record<string, string> {
  const base = corsHeaders(req, origins);
  if (!base["access-control-allow-origin"]) return {};
  return { ...base, "access-control-allow-methods": "GET, POST, OPTIONS", "access-control-allow-headers": CORS_ALLOWED_HEADERS, "access-control-max-age": "600" };
}
