// The page as the HTTP API serves it: webAsset() for GET / and GET /assets/{name}.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, webAsset } from "../../lib/web/index.ts";
import { GENERATED, renderAssetsModule } from "../../scripts/build-web.ts";

const page = webAsset("/")!;
const assetPaths = [...page.body.matchAll(/(?:src|href)="(assets\/[^"]+)"/g)].map((m) => `/${m[1]}`);

describe("webAsset", () => {
  it("serves the page with a strict Content-Security-Policy and revalidation", () => {
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject({
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": CONTENT_SECURITY_POLICY,
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "no-referrer",
      "cache-control": "no-cache",
    });
    expect(page.headers["etag"]).toMatch(/^"[0-9a-f]{12}"$/);
    const csp = Object.fromEntries(CONTENT_SECURITY_POLICY.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(csp).toMatchObject({ "default-src": "'none'", "script-src": "'self'", "style-src": "'self'", "connect-src": "'self'", "frame-ancestors": "'none'" });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|data:|\*/);
  });

  it("names every asset by its content hash and serves it as immutable", () => {
    expect(assetPaths.map((p) => p.replace(/\.[0-9a-f]{12}\./, ".*."))).toEqual(["/assets/favicon.*.svg", "/assets/style.*.css", "/assets/app.*.js"]);
    const types: Record<string, string> = { js: "text/javascript; charset=utf-8", css: "text/css; charset=utf-8", svg: "image/svg+xml" };
    for (const path of assetPaths) {
      const res = webAsset(path)!;
      expect(res, path).not.toBeNull();
      expect(res.headers).toMatchObject({ "content-type": types[path.split(".").pop()!], "cache-control": "public, max-age=31536000, immutable", "x-content-type-options": "nosniff" });
      expect(res.body.length).toBeGreaterThan(100);
    }
  });

  it("refers to nothing outside this origin and has no inline script or style", () => {
    const bodies = [page.body, ...assetPaths.map((p) => webAsset(p)!.body)];
    for (const body of bodies) {
      expect(body).not.toMatch(/@import|url\(\s*["']?(?:https?:)?\/\//);
      expect(body).not.toMatch(/<(?:script|link|img|iframe)[^>]+(?:src|href)="(?:https?:)?\/\//);
    }
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page.body).not.toMatch(/<style|\sstyle="|\son[a-z]+="/);
    const js = webAsset(assetPaths.find((p) => p.endsWith(".js"))!)!.body;
    expect(js).not.toMatch(/\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write|\beval\(|new Function\(/);
  });

  it("answers null for anything else, so the API answers 404", () => {
    for (const path of ["/index.html", "/assets/", "/assets/app.js", "/assets/../serverless.yml", "/assets/%2e%2e/x", "/assets/toString", "/assets/__proto__", "/favicon.ico", ""]) {
      expect(webAsset(path), path).toBeNull();
    }
  });

  it("is built from web/ by scripts/build-web.ts (run `npm run build:web` when this fails)", async () => {
    expect(readFileSync(GENERATED, "utf8") === (await renderAssetsModule()), "lib/web/assets.generated.ts is stale: run npm run build:web").toBe(true);
  });
});
