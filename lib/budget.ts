// The work budget: how long one article may take before the pipeline gives up with a `too_complex`
// error record, instead of running into the Lambda timeout (which leaves no record at all).
//
// A Budget is a deadline on the wall clock (Date.now, so it means the same in a worker thread), derived
// by the handlers from the invocation's remaining time. Checking it costs one clock read, so a stage can
// afford it per sentence or per paragraph:
//
//   - the pipeline checks it between stages (load/clean, extract, ground);
//   - an engine receives it as `ExtractionRequest.budget` and calls `budget?.check("demands")` in its
//     own loops;
//   - the shared text helpers (splitSentences, tokenize) check the *active* budget, the one the pipeline
//     runs a stage under (`withBudget`), so every stage that walks sentences with them is covered without
//     knowing about budgets.
import { AsyncLocalStorage } from "node:async_hooks";
import { PrecisError } from "./errors.ts";

/** Kept back from the invocation's remaining time to write the result (or the error record). */
export const RESULT_MARGIN_MS = 5_000;

export class Budget {
  /** Epoch milliseconds past which work stops. */
  readonly deadline: number;
  /** The budget's length when it was made, for the error message. */
  readonly ms: number;

  constructor(deadline: number, ms = deadline - Date.now()) {
    this.deadline = deadline;
    this.ms = Math.max(0, Math.round(ms));
  }

  static forMs(ms: number): Budget {
    return new Budget(Date.now() + ms, ms);
  }

  static unlimited(): Budget {
    return new Budget(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
  }

  /**
   * The budget for one invocation: the configured maximum, cut to what the invocation has left (minus
   * the time to write its result) when the remaining time is known (Lambda's getRemainingTimeInMillis).
   */
  static forInvocation(maxMs: number, remainingMs?: number | null): Budget {
    const left = remainingMs != null && remainingMs > 0 ? Math.max(0, remainingMs - RESULT_MARGIN_MS) : Number.POSITIVE_INFINITY;
    return Budget.forMs(Math.min(maxMs, left));
  }

  remainingMs(): number {
    return this.deadline - Date.now();
  }

  get expired(): boolean {
    return Date.now() >= this.deadline;
  }

  /** Throws `too_complex` (permanent: the same input would fail again) once the deadline has passed. */
  check(stage: string): void {
    if (Date.now() >= this.deadline) throw tooComplex(this.ms, stage);
  }
}

export const tooComplex = (ms: number, stage: string): PrecisError =>
  new PrecisError(
    "too_complex",
    `the article needs more work than its ${ms} ms budget allows (stopped in ${stage}); it is not retried: the same text would take as long again`,
    { retryable: false },
  );

const active = new AsyncLocalStorage<Budget>();

/** Runs `fn` (and everything it awaits) under `budget`: the shared helpers check it. */
export const withBudget = <T>(budget: Budget, fn: () => T): T => active.run(budget, fn);

/** The budget the current work runs under, if any. */
export const activeBudget = (): Budget | undefined => active.getStore();

/** For shared loops: checks the active budget, if there is one. */
export function checkBudget(stage: string): void {
  active.getStore()?.check(stage);
}
