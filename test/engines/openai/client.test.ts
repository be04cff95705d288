import { describe, expect, it } from "vitest";
import { backoffMs, BACKOFF_CAP_MS, retryAfterMs } from "../../../lib/engines/openai/client.ts";

describe("Retry-After", () => {
  const h = (o: Record<string, string>) => new Headers(o);
  it("prefers retry-after-ms, then Retry-After in seconds or as an HTTP date", () => {
    expect(retryAfterMs(h({ "retry-after-ms": "1500", "retry-after": "9" }))).toBe(1500);
    expect(retryAfterMs(h({ "retry-after": "2" }))).toBe(2000);
    expect(retryAfterMs(h({ "retry-after": "0.25" }))).toBe(250);
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(retryAfterMs(h({ "retry-after": "Wed, 01 Jan 2025 00:00:05 GMT" }), now)).toBe(5000);
    expect(retryAfterMs(h({ "retry-after": "Wed, 01 Jan 2024 00:00:05 GMT" }), now)).toBe(0);
  });
  it("is null when absent or unreadable", () => {
    expect(retryAfterMs(h({}))).toBeNull();
    expect(retryAfterMs(undefined)).toBeNull();
    expect(retryAfterMs(h({ "retry-after": "soon" }))).toBeNull();
  });
});

describe("backoff", () => {
  it("doubles from 500 ms up to the cap, half of each step jittered", () => {
    expect([0, 1, 2, 3].map((r) => backoffMs(r, () => 0))).toEqual([250, 500, 1000, 2000]);
    expect([0, 1, 2, 3].map((r) => backoffMs(r, () => 1))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffMs(10, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffMs(10, () => 0)).toBe(BACKOFF_CAP_MS / 2);
  });
});
