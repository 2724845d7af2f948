// Runs an operation under a deadline (provisioner `timeout`): the operation gets a signal that fires on timeout or on the parent's abort.
import { formatGoDuration } from '../plugins/schema/duration.js';
import { sleep } from './sleep.js';
import type { Ui } from './ui.js';

export class TimeoutError extends Error {
  readonly timedOut = true;
  constructor(
    readonly ms: number,
    options?: ErrorOptions,
  ) {
    super(`timed out after ${formatGoDuration(ms)}`, options);
    this.name = 'TimeoutError';
  }
}

export interface TimeoutOptions {
  /** Called when the deadline passes (Packer says "Cancelling provisioner after a timeout..."). */
  onTimeout?: () => void;
}

/**
 * Calls `fn` with a signal that aborts when `ms` passes or `signal` aborts, and waits for it to settle
 * (so nothing runs on behind the caller). A failure after the deadline becomes a TimeoutError with the failure as cause.
 */
export async function withTimeout<T>(fn: (signal: AbortSignal) => Promise<T>, ms: number, signal?: AbortSignal, options: TimeoutOptions = {}): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    options.onTimeout?.();
    controller.abort(new TimeoutError(ms));
  }, ms);
  const onParentAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onParentAbort();
  else signal?.addEventListener('abort', onParentAbort, { once: true });
  try {
    return await fn(controller.signal);
  } catch (thrown) {
    if (timedOut) throw new TimeoutError(ms, { cause: thrown });
    throw thrown;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onParentAbort);
  }
}

/** pause_before: Packer's PausedProvisioner says how long it waits, then waits unless aborted. */
export async function pauseBefore(ms: number, signal?: AbortSignal, ui?: Ui): Promise<void> {
  if (ms <= 0) return;
  ui?.say(`Pausing ${formatGoDuration(ms)} before the next provisioner...`);
  await sleep(ms, signal);
}
