// Runs steps in order over typed state and cleans up every started step in reverse, after multistep's BasicRunner.
import type { Step, StepContext, StepOutcome } from './step.js';
import type { Ui } from './ui.js';

/** A step with its state types erased, for lists of heterogeneous steps (run and cleanup are methods, so this is assignable). */
export type AnyStep = Step<object, object>;

export interface RunContext {
  readonly signal: AbortSignal;
  readonly ui: Ui;
  /** Told when each step starts running or cleaning up (debug log; "still cleaning up …" on a second interrupt). */
  readonly onStep?: (phase: 'run' | 'cleanup', stepName: string) => void;
}

export type RunResult<S> =
  | { outcome: 'ok'; state: S; error?: undefined; cleanupErrors: Error[] }
  | { outcome: 'halted' | 'cancelled'; state: Partial<S>; error: Error; cleanupErrors: Error[]; failedStep?: string };

/** Turns anything thrown into an Error, keeping the original as `cause`. */
export function toError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown), { cause: thrown });
}

function cancelledError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name !== 'AbortError') return reason;
  return new Error('Build was cancelled', { cause: reason });
}

/**
 * Runs `steps` in order, merging each step's output into the state. Stops at the first halt (or thrown error)
 * or when `ctx.signal` aborts, then cleans up every started step in reverse, halted one included.
 * Prefer `sequence()` to build the list: it infers the final state type `S`.
 */
export async function runSteps<S extends object = object>(
  steps: readonly AnyStep[],
  initial: object,
  ctx: RunContext,
): Promise<RunResult<S>> {
  const stepCtx: StepContext = { signal: ctx.signal, ui: ctx.ui };
  let state: object = { ...initial };
  const started: AnyStep[] = [];
  let outcome: StepOutcome = 'ok';
  let error: Error | undefined;
  let failedStep: string | undefined;

  for (const step of steps) {
    if (ctx.signal.aborted) {
      outcome = 'cancelled';
      error = cancelledError(ctx.signal);
      break;
    }
    started.push(step);
    ctx.onStep?.('run', step.name);
    let result;
    try {
      result = await step.run(stepCtx, state);
    } catch (thrown) {
      result = { action: 'halt' as const, error: toError(thrown) };
    }
    if (result.action === 'halt') {
      outcome = ctx.signal.aborted ? 'cancelled' : 'halted';
      error = result.error;
      failedStep = step.name;
      break;
    }
    state = { ...state, ...result.output };
    if (ctx.signal.aborted) {
      outcome = 'cancelled';
      error = cancelledError(ctx.signal);
      break;
    }
  }

  const cleanupErrors: Error[] = [];
  for (const step of started.reverse()) {
    if (!step.cleanup) continue;
    ctx.onStep?.('cleanup', step.name);
    try {
      await step.cleanup({ ui: ctx.ui, outcome, ...(outcome === 'ok' ? {} : { error: error ?? cancelledError(ctx.signal) }) }, state);
    } catch (thrown) {
      const err = new Error(`Error cleaning up step '${step.name}': ${toError(thrown).message}`, { cause: thrown });
      cleanupErrors.push(err);
      ctx.ui.error(err.message);
    }
  }

  if (outcome === 'ok') return { outcome, state: state as S, cleanupErrors };
  return {
    outcome,
    state: state as Partial<S>,
    error: error ?? new Error('Build was cancelled'),
    cleanupErrors,
    ...(failedStep === undefined ? {} : { failedStep }),
  };
}

/**
 * A typed step list: `sequence<{ dir: string }>().add(a).add(b)` infers the state after each step, and rejects
 * a step whose input is not produced by the steps before it. (Not `.then`: that would make the builder thenable.)
 */
export interface Sequence<I extends object, S extends object> {
  readonly steps: readonly AnyStep[];
  add<Out extends object>(step: Step<S, Out>): Sequence<I, S & Out>;
  /** Applies a decorator to every step (e.g. on-error, debug); the state types are unchanged. */
  map(decorate: (step: AnyStep) => AnyStep): Sequence<I, S>;
  run(initial: I, ctx: RunContext): Promise<RunResult<S>>;
}

function makeSequence<I extends object, S extends object>(steps: readonly AnyStep[]): Sequence<I, S> {
  return {
    steps,
    add<Out extends object>(step: Step<S, Out>): Sequence<I, S & Out> {
      // Step<S, Out> → AnyStep is sound here: the runner passes the accumulated state, which is an S.
      return makeSequence<I, S & Out>([...steps, step as unknown as AnyStep]);
    },
    map(decorate) {
      return makeSequence<I, S>(steps.map(decorate));
    },
    run(initial, ctx) {
      return runSteps<S>(steps, initial, ctx);
    },
  };
}

export function sequence<I extends object = object>(): Sequence<I, I> {
  return makeSequence<I, I>([]);
}
