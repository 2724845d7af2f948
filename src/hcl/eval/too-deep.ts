// The last resort when a value nests deeper than a recursive step (a conversion, an encoder) can follow:
// a diagnostic on the expression instead of a crash.
import type { Expr } from '../ast/nodes.js';
import { exprRange } from '../ast/expr-range.js';
import { DynamicVal } from '../value/value.js';
import { exprError, type EvalResult } from './diag.js';
import type { EvalContext } from './eval-context.js';

/** True for the error V8 throws when the call stack is exhausted. */
export function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && err.message.includes('call stack');
}

/** What evaluating `expr` gives when it ran out of stack space. */
export function tooDeepResult(expr: Expr, ctx: EvalContext | undefined): EvalResult {
  return {
    value: DynamicVal,
    diagnostics: [
      exprError(
        'Value nested too deeply',
        'Evaluating this expression needs more stack space than is available, because a value involved is nested too deeply. Reduce the nesting of the values used here.',
        { subject: exprRange(expr), expr, ctx },
      ),
    ],
  };
}
