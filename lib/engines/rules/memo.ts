// The engine asks the same questions about the same words and sentences many times per article. A function
// of one string remembers its answers; bounded, so a long-lived Lambda container does not grow without end.
export function memoize<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    // One look-up for a remembered answer (an undefined one is told from a miss by a second).
    const known = seen.get(s);
    if (known !== undefined || seen.has(s)) return known as T;
    if (seen.size >= limit) seen.clear();
    const v = fn(s);
    seen.set(s, v);
    return v;
  };
}
