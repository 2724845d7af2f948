// Provisioner meta-arguments as wrappers around one provisioner run: pause_before, max_retries and timeout (Packer's Paused/Retried/TimeoutProvisioner).
import { formatGoDuration } from '../../plugins/schema/duration.js';
import { withRetry } from '../retry.js';
import { pauseBefore as pause, withTimeout } from '../timeout.js';
import type { Ui } from '../ui.js';

export interface ProvisionCall {
  readonly signal: AbortSignal;
  readonly ui: Ui;
}

export type ProvisionFn = (call: ProvisionCall) => Promise<void>;
export type ProvisionWrapper = (next: ProvisionFn) => ProvisionFn;

/** Applies wrappers outermost first: compose(fn, [a, b]) runs a(b(fn)). */
export function compose(fn: ProvisionFn, wrappers: readonly ProvisionWrapper[]): ProvisionFn {
  return wrappers.reduceRight<ProvisionFn>((next, wrap) => wrap(next), fn);
}

export class CancelledError extends Error {
  constructor() {
    super('Build was cancelled.');
    this.name = 'CancelledError';
  }
}

export function pauseBefore(ms: number): ProvisionWrapper {
  return (next) => async (call) => {
    try {
      await pause(ms, call.signal, call.ui);
    } catch (err) {
      throw call.signal.aborted ? new CancelledError() : err;
    }
    await next(call);
  };
}

/** max_retries: up to retries+1 tries with Packer 1.6.6's messages and, as it, no delay between tries. */
export function retry(retries: number): ProvisionWrapper {
  return (next) => async (call) => {
    try {
      await withRetry(() => next(call), retries, 0, {
        signal: call.signal,
        onRetry: (err, failures) => call.ui.say(`Provisioner failed with ${JSON.stringify(err.message)}, retrying with ${retries - failures + 1} trie(s) left`),
      });
    } catch (err) {
      if (!call.signal.aborted) call.ui.say('retry limit reached.');
      throw err;
    }
  };
}

/** timeout: each try gets its own deadline; the provisioner is told through its signal and must stop. */
export function timeout(ms: number): ProvisionWrapper {
  return (next) => async (call) => {
    call.ui.say(`Setting a ${formatGoDuration(ms)} timeout for the next provisioner...`);
    await withTimeout((signal) => next({ ...call, signal }), ms, call.signal, {
      onTimeout: () => call.ui.error('Cancelling provisioner after a timeout...'),
    });
  };
}
