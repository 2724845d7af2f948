// The native-syntax evaluator: an expression and a scope in, a value and diagnostics out (hclsyntax semantics).
import type { Expr } from '../ast/nodes.js';
import { anonSymbolValue } from './anon-symbol.js';
import { evalObjectCons, evalObjectConsKey, evalTupleCons } from './collections.js';
import { evalConditional } from './conditional.js';
import { setDiagEvalContext, type EvalResult, type Evaluate } from './diag.js';
import { evaluateDeep } from './deep.js';
import { runSteps } from './steps.js';
import { isStackOverflow, tooDeepResult } from './too-deep.js';
import type { EvalContext } from './eval-context.js';
import { evalFor } from './for-expr.js';
import { evalFunctionCall } from './function-call.js';
import { indexValue } from './index-op.js';
import { evalBinaryOp, evalUnaryOp } from './operations.js';
import { evalSplat } from './splat.js';
import { evalTemplate, evalTemplateJoin } from './template.js';
import { traverseAbs, traverseRel } from './traversal.js';

/** How deeply evaluateExpr calls itself before deeper parts go to evaluateDeep (which uses no call stack). */
const nativeDepthLimit = 64;
let nativeDepth = 0;

/** Evaluates an expression; `ctx` undefined means no variables and no functions are available. */
export function evaluateExpr(expr: Expr, ctx: EvalContext | undefined): EvalResult {
  if (nativeDepth >= nativeDepthLimit) return evaluateDeep(expr, ctx);
  nativeDepth++;
  try {
    return evaluateNode(expr, ctx, evaluateExpr);
  } catch (err) {
    // The expressions nest shallowly here, but some value (an operand, an argument) is nested so deeply that
    // a recursive step on it ran out of stack.
    if (!isStackOverflow(err)) throw err;
    return tooDeepResult(expr, ctx);
  } finally {
    nativeDepth--;
  }
}

/** Evaluates one node, with `ev` evaluating the children it needs. */
export function evaluateNode(expr: Expr, ctx: EvalContext | undefined, ev: Evaluate): EvalResult {
  switch (expr.kind) {
    case 'LiteralValue':
      return { value: expr.value, diagnostics: [] };
    case 'ScopeTraversal': {
      const r = traverseAbs(expr.traversal, ctx);
      setDiagEvalContext(r.diagnostics, expr, ctx);
      return r;
    }
    case 'RelativeTraversal': {
      const src = ev(expr.source, ctx);
      const r = traverseRel(src.value, expr.traversal);
      setDiagEvalContext(r.diagnostics, expr, ctx);
      if (src.diagnostics.length === 0) return r;
      return { value: r.value, diagnostics: [...src.diagnostics, ...r.diagnostics] };
    }
    case 'FunctionCall':
      return evalFunctionCall(expr, ctx, ev);
    case 'Conditional':
      return evalConditional(expr, ctx, ev);
    case 'Index': {
      const coll = ev(expr.collection, ctx);
      const key = ev(expr.key, ctx);
      const r = indexValue(coll.value, key.value, expr.bracketRange);
      setDiagEvalContext(r.diagnostics, expr, ctx);
      return { value: r.value, diagnostics: [...coll.diagnostics, ...key.diagnostics, ...r.diagnostics] };
    }
    case 'TupleCons':
      return evalTupleCons(expr, ctx, ev);
    case 'ObjectCons':
      return evalObjectCons(expr, ctx, ev);
    case 'ObjectConsKey':
      return evalObjectConsKey(expr, ctx, ev);
    case 'For':
      return runSteps(evalFor(expr, ctx), ev);
    case 'Splat':
      return runSteps(evalSplat(expr, ctx), ev);
    case 'AnonSymbol':
      return { value: anonSymbolValue(expr), diagnostics: [] };
    case 'BinaryOp':
      return evalBinaryOp(expr, ctx, ev);
    case 'UnaryOp':
      return evalUnaryOp(expr, ctx, ev);
    case 'Template':
      return evalTemplate(expr, ctx, ev);
    case 'TemplateJoin':
      return evalTemplateJoin(expr, ctx, ev);
    case 'TemplateWrap':
      return ev(expr.wrapped, ctx);
    case 'Parentheses':
      return ev(expr.expression, ctx);
  }
}
