// The in-process keyed lock (lib/store/locks.ts).
import { describe, expect, it } from "vitest";
import { KeyedLock } from "../../lib/store/locks.ts";

describe("KeyedLock", () => {
  it("runs one function per key at a time, in arrival order, and different keys in parallel", async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const task = (key: string, name: string, ms: number) =>
      lock.run(key, async () => {
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`end ${name}`);
      });
    await Promise.all([task("a", "a1", 30), task("a", "a2", 1), task("b", "b1", 5)]);
    expect(log.indexOf("end a1")).toBeLessThan(log.indexOf("start a2"));
    expect(log.indexOf("start b1")).toBeLessThan(log.indexOf("end a1"));
    expect(lock.size).toBe(0);
  });

  it("releases a key when the function throws", async () => {
    const lock = new KeyedLock();
    await expect(lock.run("k", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(lock.run("k", async () => 42)).resolves.toBe(42);
  });
});
