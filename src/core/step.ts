// Steps with run and cleanup, after Packer's multistep: typed state that grows step by step instead of a string-keyed bag.
import type { Ui } from './ui.js';

export type StepOutcome = 'ok' | 'halted' | 'cancelled';

export interface StepContext {
  readonly signal: AbortSignal;
  readonly ui: Ui;
}

export interface CleanupContext {
  readonly ui: Ui;
  /** How the sequence ended, so a cleanup can decide (e.g. keep an output dir only on success). */
  readonly outcome: StepOutcome;
  /** Why it halted or was cancelled (Packer's state "error"); absent when it ended ok. */
  readonly error?: Error;
}

export type StepResult<Out> = { action: 'continue'; output: Out } | { action: 'halt'; error: Error };

/**
 * A step reads the state produced by earlier steps (In) and adds its own output (Out).
 * Every step that started is cleaned up, in reverse order, whatever the outcome.
 */
export interface Step<In, Out extends object = object> {
  readonly name: string;
  run(ctx: StepContext, state: In): Promise<StepResult<Out>>;
  cleanup?(ctx: CleanupContext, state: In & Partial<Out>): Promise<void>;
}
