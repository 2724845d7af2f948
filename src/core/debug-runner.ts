// -debug: pause after each step's run and before its cleanup, with Packer's DebugRunner wording.
import { askOrCancel } from './ask.js';
import type { Step } from './step.js';
import type { Ui } from './ui.js';
import { wrapStep } from './wrap-step.js';

export type DebugLocation = 'after run of' | 'before cleanup of';

/** Packer's MultistepDebugFn: asks and waits for enter; returns early when cancelled. */
export async function debugPause(ui: Ui, location: DebugLocation, stepName: string, signal?: AbortSignal): Promise<void> {
  await askOrCancel(ui, `Pausing ${location} step '${stepName}'. Press enter to continue.`, signal);
}

/** Wraps a step so the user steps through the build; no pause before a cleanup when the step halted or the build was cancelled. */
export function withDebugPause<In, Out extends object>(step: Step<In, Out>): Step<In, Out> {
  let continued = false;
  return wrapStep(step, {
    async run(inner, ctx, state) {
      const result = await inner(ctx, state);
      if (result.action === 'continue') {
        continued = true;
        await debugPause(ctx.ui, 'after run of', step.name, ctx.signal);
      }
      return result;
    },
    async cleanup(inner, ctx, state) {
      if (continued && ctx.outcome !== 'cancelled') await debugPause(ctx.ui, 'before cleanup of', step.name);
      await inner(ctx, state);
    },
  });
}
