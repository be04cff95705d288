// The one path matcher: API Gateway route syntax (`/summaries/{id}`, `/files/{path+}`) compiled to a
// regular expression. The handler (lib/http/app.ts) and the local runner (local/wiring.ts, which reads
// serverless.yml's routes) both use it, so a path routes the same way in AWS and on this machine.

export interface PathPattern {
  path: string;
  pattern: RegExp;
  /** Path parameter names, in order. */
  params: string[];
}

export function compilePath(path: string): PathPattern {
  const params: string[] = [];
  const source = path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{([^}]+)\}/g, (_m, name: string) => {
    const greedy = name.endsWith("\\+") || name.endsWith("+");
    params.push(name.replace(/\\?\+$/, ""));
    return greedy ? "(.+)" : "([^/]+)";
  });
  return { path, pattern: new RegExp(`^${source}$`), params };
}

/** The raw (still percent-encoded) path parameters when `pathname` matches, else null. */
export function matchPath(p: PathPattern, pathname: string): Record<string, string> | null {
  const m = p.pattern.exec(pathname);
  return m ? Object.fromEntries(p.params.map((name, i) => [name, m[i + 1]!])) : null;
}

/** Percent-decodes path parameters; null when one is not valid percent-encoded UTF-8 (a 400, not a crash). */
export function decodeParams(raw: Record<string, string>): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    try {
      out[k] = decodeURIComponent(v);
    } catch {
      return null;
    }
  }
  return out;
}
