import type { ErrorCode } from "./schema/summary.ts";

/**
 * A failure the pipeline understands. `retryable` decides its route: a permanent failure writes an
 * error record and the invocation succeeds; a retryable one is thrown so Lambda retries the event.
 */
export class PrecisError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;

  constructor(code: ErrorCode, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "PrecisError";
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}

export const isPrecisError = (e: unknown): e is PrecisError => e instanceof PrecisError;

/** Any thrown value as a PrecisError; unknown errors count as internal and retryable. */
export function toPrecisError(e: unknown): PrecisError {
  if (isPrecisError(e)) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new PrecisError("internal", message, { retryable: true, cause: e });
}
