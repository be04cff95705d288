// In-process keyed locks. A Lambda container runs one event at a time, so in AWS these only matter for
// the local runner, which handles every delivery in one process: there they queue simultaneous
// deliveries of one key instead of letting them race and lose conditional writes. Correctness across
// processes and containers rests on the conditional writes (If-None-Match / If-Match), which S3 and,
// locally, the S3 front (local/s3-front.ts) enforce.

/** Runs one function at a time per key, in arrival order. */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys currently held or waited for (for tests). */
  get size(): number {
    return this.tails.size;
  }
}

/**
 * This process's order of bucket reads and writes. S3 is strongly consistent: a version this process
 * wrote after it read another is the newer one; one it wrote before (another container may have
 * written since) is not, and sending its ETag as a condition would only be refused.
 */
let ticks = 0;
export const tick = (): number => ++ticks;

/** What one process (one Lambda container) shares between the deliveries it handles. */
export interface Guard {
  /** Serialises work on one idempotency key. */
  claims: KeyedLock;
  /** Serialises the check-then-write of one output key (and of one index object). */
  outputs: KeyedLock;
}

export const createGuard = (): Guard => ({ claims: new KeyedLock(), outputs: new KeyedLock() });

/** The container's guard. Tests that simulate several containers pass their own. */
export const processGuard: Guard = createGuard();
