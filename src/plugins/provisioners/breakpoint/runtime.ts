// The breakpoint provisioner at build time: pauses until the user presses enter (Packer's message and tty error).
import type { ProvisionerRuntime } from '../../../core/plugin-runtime.js';
import type { BreakpointConfig } from './config.js';

export const runtime: ProvisionerRuntime<BreakpointConfig> = {
  async provision(config, ctx) {
    if (config.disable) {
      ctx.ui.say(config.note !== undefined && config.note !== '' ? `Breakpoint provisioner with note "${config.note}" disabled; continuing...` : 'Breakpoint provisioner disabled; continuing...');
      return;
    }
    ctx.ui.say(
      config.note !== undefined && config.note !== ''
        ? `Pausing at breakpoint provisioner with note "${config.note}".`
        : 'Pausing at breakpoint provisioner.',
    );
    ctx.signal.throwIfAborted();
    try {
      await raceAbort(ctx.ui.ask('Press enter to continue.'), ctx.signal);
    } catch (e) {
      if (ctx.signal.aborted) throw e;
      // Packer fails the same way without a terminal: a breakpoint in an unattended build is a mistake.
      throw new Error(`Error asking for input: ${(e as Error).message}`, { cause: e });
    }
  },
};

/** Settles with `p`, or rejects with the abort reason first. */
function raceAbort<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('The operation was aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
