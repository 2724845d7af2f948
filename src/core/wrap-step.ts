// The one generic helper for step decorators (debug, on-error, …): intercept run and/or cleanup, keep the name.
import type { CleanupContext, Step, StepContext, StepResult } from './step.js';

export type RunFn<In, Out> = (ctx: StepContext, state: In) => Promise<StepResult<Out>>;
export type CleanupFn<In, Out> = (ctx: CleanupContext, state: In & Partial<Out>) => Promise<void>;

/** What a decorator does around the inner step; each hook gets the inner call as `inner`. */
export interface StepAround<In, Out extends object> {
  run?(inner: RunFn<In, Out>, ctx: StepContext, state: In): Promise<StepResult<Out>>;
  cleanup?(inner: CleanupFn<In, Out>, ctx: CleanupContext, state: In & Partial<Out>): Promise<void>;
}

/** Wraps a step: hooks not given in `around` pass straight through to the inner step. */
export function wrapStep<In, Out extends object>(step: Step<In, Out>, around: StepAround<In, Out>): Step<In, Out> {
  const innerRun: RunFn<In, Out> = (ctx, state) => step.run(ctx, state);
  const innerCleanup: CleanupFn<In, Out> = async (ctx, state) => {
    if (step.cleanup) await step.cleanup(ctx, state);
  };
  const aroundRun = around.run;
  const aroundCleanup = around.cleanup;
  return {
    name: step.name,
    run: aroundRun ? (ctx, state) => aroundRun.call(around, innerRun, ctx, state) : innerRun,
    cleanup: aroundCleanup ? (ctx, state) => aroundCleanup.call(around, innerCleanup, ctx, state) : innerCleanup,
  };
}
