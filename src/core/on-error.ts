// -on-error=cleanup|abort|ask|run-cleanup-provisioner as step decorators, after commonsteps' abortStep and askStep.
import { askOrCancel } from './ask.js';
import { toError } from './runner.js';
import type { CleanupContext, Step, StepResult } from './step.js';
import type { Ui } from './ui.js';
import { wrapStep } from './wrap-step.js';

export type OnErrorMode = 'cleanup' | 'abort' | 'ask' | 'run-cleanup-provisioner';

export const ASK_PROMPT = '[c] Clean up and exit, [a] abort without cleanup, or [r] retry step (build may fail even if retry succeeds)?';

export type AskResponse = 'cleanup' | 'abort' | 'retry';

export interface OnErrorOptions {
  /** run-cleanup-provisioner: steps still cleaned up on error (Packer: the provision step). */
  alwaysCleanup?: (stepName: string) => boolean;
}

/** Packer's askPrompt: the first letter decides, empty input means clean up; anything else asks again. */
export async function askOnError(ui: Ui, signal?: AbortSignal): Promise<AskResponse> {
  for (;;) {
    const line = await askOrCancel(ui, ASK_PROMPT, signal);
    if (line === undefined) return 'cleanup';
    const first = (line.toLowerCase() + 'c')[0];
    if (first === 'c') return 'cleanup';
    if (first === 'a') return 'abort';
    if (first === 'r') return 'retry';
    ui.say(`Incorrect input: ${JSON.stringify(line)}`);
  }
}

/** State shared by all steps of one run: what failed, whether the abort was already explained. */
interface AbortState {
  error?: Error;
  aborted: boolean;
  logged: boolean;
}

/** Packer's handleAbortsAndInterupts: true when the step should still be cleaned up. */
function shouldCleanUp(shared: AbortState, ctx: CleanupContext, stepName: string): boolean {
  if (ctx.outcome === 'ok' && !shared.aborted) return true;
  if (shared.logged) {
    ctx.ui.error(`aborted: skipping cleanup of step ${JSON.stringify(stepName)}`);
    return false;
  }
  shared.logged = true;
  if (shared.error) ctx.ui.error(shared.error.message);
  ctx.ui.error(ctx.outcome === 'cancelled' ? 'Interrupted, aborting...' : `Step ${JSON.stringify(stepName)} failed, aborting...`);
  return false;
}

async function runCatching<Out>(run: () => Promise<StepResult<Out>>): Promise<StepResult<Out>> {
  try {
    return await run();
  } catch (thrown) {
    return { action: 'halt', error: toError(thrown) };
  }
}

/**
 * Returns the decorator for one run's steps (apply it to every step of that run; they share state).
 * 'cleanup' is the identity; 'run-cleanup-provisioner' behaves as 'abort' except for `alwaysCleanup` steps —
 * the build sees the halt in the run result and runs the error-cleanup-provisioner.
 */
export function createOnError(mode: OnErrorMode, options: OnErrorOptions = {}): <In, Out extends object>(step: Step<In, Out>) => Step<In, Out> {
  const shared: AbortState = { aborted: false, logged: false };
  if (mode === 'cleanup') return (step) => step;
  if (mode === 'ask') {
    return (step) =>
      wrapStep(step, {
        async run(inner, ctx, state) {
          for (;;) {
            const result = await runCatching(() => inner(ctx, state));
            if (result.action === 'continue' || ctx.signal.aborted) return result;
            shared.error = result.error;
            ctx.ui.error(result.error.message);
            ctx.ui.say(`Step ${JSON.stringify(step.name)} failed`);
            const response = await askOnError(ctx.ui, ctx.signal);
            if (response === 'retry') continue;
            if (response === 'abort') shared.aborted = true;
            return result;
          }
        },
        async cleanup(inner, ctx, state) {
          if (shared.aborted && !shouldCleanUp({ ...shared, error: undefined }, ctx, step.name)) {
            shared.logged = true;
            return;
          }
          await inner(ctx, state);
        },
      });
  }
  const alwaysCleanup = mode === 'run-cleanup-provisioner' ? (options.alwaysCleanup ?? (() => false)) : () => false;
  return (step) =>
    wrapStep(step, {
      async run(inner, ctx, state) {
        const result = await runCatching(() => inner(ctx, state));
        if (result.action === 'halt') shared.error = result.error;
        return result;
      },
      async cleanup(inner, ctx, state) {
        if (alwaysCleanup(step.name) || shouldCleanUp(shared, ctx, step.name)) await inner(ctx, state);
      },
    });
}
