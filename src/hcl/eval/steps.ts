// Evaluation written as steps: a helper that needs sub-expressions evaluated in scopes of its own (`for`,
// splats) yields each request instead of calling the evaluator, so deep nesting need not recurse.
import type { Expr } from '../ast/nodes.js';
import type { EvalResult, Evaluate } from './diag.js';
import type { EvalContext } from './eval-context.js';
import { DynamicVal } from '../value/value.js';

/** "Evaluate this expression in this scope and give me the result." */
export interface EvalRequest {
  readonly expr: Expr;
  readonly ctx: EvalContext | undefined;
}

/** A helper's evaluation: yields requests, is resumed with their results, returns its own result. */
export type EvalSteps = Generator<EvalRequest, EvalResult, EvalResult>;

/** Runs steps with `ev` answering each request right away (the ordinary, recursive way). */
export function runSteps(steps: EvalSteps, ev: Evaluate): EvalResult {
  let done = false;
  try {
    let r = steps.next();
    while (!r.done) r = steps.next(ev(r.value.expr, r.value.ctx));
    done = true;
    return r.value;
  } finally {
    // Only after an exception (a bug): let the helper's finally blocks restore what they changed.
    if (!done) steps.return({ value: DynamicVal, diagnostics: [] });
  }
}
