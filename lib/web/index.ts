// The web page, served by the HTTP API: GET / and GET /assets/{name}. The assets are built from web/
// by scripts/build-web.ts into ./assets.generated.ts, so they travel inside the Lambda bundle.
import { ASSETS, INDEX_HTML, type BuiltAsset } from "./assets.generated.ts";

export interface WebAssetResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Nothing but this origin: scripts and styles from /assets, fetches to the API, no inline code, no
 * frames, no form posts; Trusted Types with no policy, so no string can ever become markup.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join("; ");

const COMMON: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-origin",
};

const PAGE_HEADERS: Record<string, string> = {
  ...COMMON,
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  // The page names its assets by content hash: revalidate the page, keep the assets forever.
  "cache-control": "no-cache",
};

const respond = (asset: BuiltAsset, headers: Record<string, string>): WebAssetResponse => ({
  status: 200,
  headers: { "content-type": asset.type, etag: asset.etag, ...headers },
  body: asset.body,
});

/**
 * The page for "/", a built asset for "/assets/<name>", null for anything else (the caller answers 404).
 * `path` is the request path, e.g. "/assets/app.3f2a1c9b04de.js".
 */
export function webAsset(path: string): WebAssetResponse | null {
  if (path === "/") return respond(INDEX_HTML, PAGE_HEADERS);
  const name = /^\/assets\/([A-Za-z0-9][A-Za-z0-9._-]*)$/.exec(path)?.[1];
  const asset = name === undefined ? undefined : ASSETS.get(name);
  if (!asset) return null;
  return respond(asset, { ...COMMON, "cache-control": "public, max-age=31536000, immutable" });
}
