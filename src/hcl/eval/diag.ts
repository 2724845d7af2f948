// Diagnostics raised while evaluating: every one names the expression and scope it came from.
import type { Expr } from '../ast/nodes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Range } from '../source/pos.js';
import { wrapExpression } from '../syntax/expression.js';
import type { Value } from '../value/value.js';
import type { EvalContext } from './eval-context.js';

/** What every evaluation step returns. */
export type EvalResult = { value: Value; diagnostics: Diagnostic[] };

/** The evaluator itself, passed to the per-construct files so they can recurse. */
export type Evaluate = (expr: Expr, ctx: EvalContext | undefined) => EvalResult;

/** An error diagnostic about `expr`, evaluated in `ctx`. */
export function exprError(
  summary: string,
  detail: string,
  at: { subject: Range; context?: Range | undefined; expr: Expr; ctx: EvalContext | undefined },
): Diagnostic {
  const d: Diagnostic = { severity: 'error', summary, detail, subject: at.subject, expression: wrapExpression(at.expr) };
  if (at.context !== undefined) d.context = at.context;
  if (at.ctx !== undefined) d.evalContext = at.ctx;
  return d;
}

/** Gives diagnostics from a deeper helper (index, attribute, traversal) the expression and scope they lack. */
export function setDiagEvalContext(diags: Diagnostic[], expr: Expr, ctx: EvalContext | undefined): void {
  for (const d of diags) {
    if (d.expression === undefined) {
      d.expression = wrapExpression(expr);
      if (ctx !== undefined) d.evalContext = ctx;
    }
  }
}
