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

const MINUTE = 60_000;

/** Counts per name in fixed one-minute windows, in this process; forgets expired windows as it grows. */
class MinuteWindows {
  readonly #windows = new Map<string, { start: number; count: number }>();
  readonly now: () => number;
  constructor(now: () => number) {
    this.now = now;
  }

  /** The name's current window, or null when it has none or it is over. */
  current(name: string): { start: number; count: number } | null {
    const w = this.#windows.get(name);
    if (!w) return null;
    if (this.now() - w.start < MINUTE) return w;
    this.#windows.delete(name);
    return null;
  }

  /** Counts one more for `name` and returns its window. */
  add(name: string): { start: number; count: number } {
    let w = this.current(name);
    if (!w) {
      const now = this.now();
      w = { start: now, count: 0 };
      this.#windows.set(name, w);
      if (this.#windows.size > 10_000) for (const [k, v] of this.#windows) if (now - v.start >= MINUTE) this.#windows.delete(k);
    }
    w.count++;
    return w;
  }

  /** Whole seconds (at least 1) until `w` ends. */
  secondsLeft(w: { start: number }): number {
    return Math.max(1, Math.ceil((w.start + MINUTE - this.now()) / 1000));
  }
}

/**
 * A fixed one-minute window per API key, in this process: in Lambda each warm instance counts on its
 * own, so it bounds a burst per instance, not globally (API Gateway stage throttling does that).
 */
export class RateLimiter {
  readonly #perMinute: number;
  readonly #windows: MinuteWindows;

  constructor(perMinute: number, now: () => number = Date.now) {
    this.#perMinute = perMinute;
    this.#windows = new MinuteWindows(now);
  }

  take(key: string): RateDecision | null {
    if (this.#perMinute <= 0) return null;
    const id = createHash("sha256").update(key).digest("hex").slice(0, 16); // never keep keys in memory as-is
    const w = this.#windows.add(id);
    return { allowed: w.count <= this.#perMinute, limit: this.#perMinute, remaining: Math.max(0, this.#perMinute - w.count), resetSeconds: this.#windows.secondsLeft(w) };
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
  readonly #windows: MinuteWindows;

  constructor(perMinute: number, now: () => number = Date.now) {
    this.#perMinute = perMinute;
    this.#windows = new MinuteWindows(now);
  }

  /** Seconds until the client may try again, or 0 when it may now. */
  blocked(client: string): number {
    if (this.#perMinute <= 0) return 0;
    const w = this.#windows.current(client);
    return w && w.count >= this.#perMinute ? this.#windows.secondsLeft(w) : 0;
  }

  fail(client: string): void {
    if (this.#perMinute > 0) this.#windows.add(client);
  }
}
