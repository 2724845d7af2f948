// Retries an operation (provisioner max_retries), after packer-plugin-sdk/retry: fixed or exponential delay, stops on abort.
import { toError } from './runner.js';
import { sleep } from './sleep.js';

/** A delay per attempt (1-based count of failures so far), or an exponential backoff. */
export type Backoff = number | ((failures: number) => number) | { initialMs: number; maxMs: number; multiplier?: number };

/** Packer's default between provisioner retries. */
export const DEFAULT_RETRY_DELAY_MS = 2000;

export function backoffDelay(backoff: Backoff, failures: number): number {
  if (typeof backoff === 'number') return backoff;
  if (typeof backoff === 'function') return backoff(failures);
  const delay = backoff.initialMs * (backoff.multiplier ?? 2) ** (failures - 1);
  return Math.min(delay, backoff.maxMs);
}

export interface RetryOptions {
  signal?: AbortSignal;
  /** Called after each failed attempt that will be retried. */
  onRetry?: (error: Error, failures: number) => void;
}

/** Runs `fn` up to `maxRetries + 1` times; the last error is thrown. An abort stops retrying and throws the last error. */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, maxRetries: number, backoff: Backoff = DEFAULT_RETRY_DELAY_MS, options: RetryOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (thrown) {
      const error = toError(thrown);
      if (attempt > maxRetries || options.signal?.aborted) throw error;
      options.onRetry?.(error, attempt);
      try {
        await sleep(backoffDelay(backoff, attempt), options.signal);
      } catch {
        throw error;
      }
    }
  }
}
