// API keys (Authorization: Bearer KEY, or x-api-key: KEY; compared in constant time by
// lib/api-keys.ts) and a per-key request budget.
import { createHash } from "node:crypto";
import type { HttpRequest } from "./types.ts";

export function presentedKey(headers: HttpRequest["headers"]): string | null {
  const auth = headers["authorization"];
  if (auth && /^bearer\s+/i.test(auth)) return auth.replace(/^bearer\s+/i, "").trim() || null;
  return headers["x-api-key"]?.trim() || null;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/**
 * A fixed one-minute window per API key, in this process: in Lambda each warm instance counts on its
 * own, so it bounds a burst per instance, not globally (API Gateway stage throttling does that).
 */
export class RateLimiter {
  readonly #perMinute: number;
  readonly #windows = new Map<string, { start: number; count: number }>();
  readonly #now: () => number;

  constructor(perMinute: number, now: () => number = Date.now) {
    this.#perMinute = perMinute;
    this.#now = now;
  }

  take(key: string): RateDecision | null {
    if (this.#perMinute <= 0) return null;
    const id = createHash("sha256").update(key).digest("hex").slice(0, 16); // never keep keys in memory as-is
    const now = this.#now();
    let w = this.#windows.get(id);
    if (!w || now - w.start >= 60_000) {
      w = { start: now, count: 0 };
      this.#windows.set(id, w);
      if (this.#windows.size > 10_000) for (const [k, v] of this.#windows) if (now - v.start >= 60_000) this.#windows.delete(k);
    }
    w.count++;
    const resetSeconds = Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000));
    return { allowed: w.count <= this.#perMinute, limit: this.#perMinute, remaining: Math.max(0, this.#perMinute - w.count), resetSeconds };
  }
}

export const rateHeaders = (d: RateDecision): Record<string, string> => ({
  "ratelimit-limit": String(d.limit),
  "ratelimit-remaining": String(d.remaining),
  "ratelimit-reset": String(d.resetSeconds),
});

/**
 * Wrong API keys per client (source IP), in this process: after `perMinute` failures in a minute the
 * client is refused (429) until the minute is over, whatever key it sends. 0 turns it off.
 */
export class AuthFailures {
  readonly #perMinute: number;
  readonly #windows = new Map<string, { start: number; count: number }>();
  readonly #now: () => number;

  constructor(perMinute: number, now: () => number = Date.now) {
    this.#perMinute = perMinute;
    this.#now = now;
  }

  /** Seconds until the client may try again, or 0 when it may now. */
  blocked(client: string): number {
    const w = this.#windows.get(client);
    if (!w || this.#perMinute <= 0) return 0;
    const now = this.#now();
    if (now - w.start >= 60_000) {
      this.#windows.delete(client);
      return 0;
    }
    return w.count >= this.#perMinute ? Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000)) : 0;
  }

  fail(client: string): void {
    if (this.#perMinute <= 0) return;
    const now = this.#now();
    let w = this.#windows.get(client);
    if (!w || now - w.start >= 60_000) {
      w = { start: now, count: 0 };
      this.#windows.set(client, w);
      if (this.#windows.size > 10_000) for (const [k, v] of this.#windows) if (now - v.start >= 60_000) this.#windows.delete(k);
    }
    w.count++;
  }
}
