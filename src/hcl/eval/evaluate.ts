// The native-syntax evaluator: an expression and a scope in, a value and diagnostics out (hclsyntax semantics).
import type { Expr } from '../ast/nodes.js';
import { anonSymbolValue } from './anon-symbol.js';
import { evalObjectCons, evalObjectConsKey, evalTupleCons } from './collections.js';
import { evalConditional } from './conditional.js';
import { setDiagEvalContext, type EvalResult } from './diag.js';
import type { EvalContext } from './eval-context.js';
import { evalFor } from './for-expr.js';
import { evalFunctionCall } from './function-call.js';
import { indexValue } from './index-op.js';
import { evalBinaryOp, evalUnaryOp } from './operations.js';
import { evalSplat } from './splat.js';
import { evalTemplate, evalTemplateJoin } from './template.js';
import { traverseAbs, traverseRel } from './traversal.js';

/** Evaluates an expression; `ctx` undefined means no variables and no functions are available. */
export function evaluateExpr(expr: Expr, ctx: EvalContext | undefined): EvalResult {
  switch (expr.kind) {
    case 'LiteralValue':
      return { value: expr.value, diagnostics: [] };
    case 'ScopeTraversal': {
      const r = traverseAbs(expr.traversal, ctx);
      setDiagEvalContext(r.diagnostics, expr, ctx);
      return r;
    }
    case 'RelativeTraversal': {
      const src = evaluateExpr(expr.source, ctx);
      const r = traverseRel(src.value, expr.traversal);
      setDiagEvalContext(r.diagnostics, expr, ctx);
      if (src.diagnostics.length === 0) return r;
      return { value: r.value, diagnostics: [...src.diagnostics, ...r.diagnostics] };
    }
    case 'FunctionCall':
      return evalFunctionCall(expr, ctx, evaluateExpr);
    case 'Conditional':
      return evalConditional(expr, ctx, evaluateExpr);
    case 'Index': {
      const coll = evaluateExpr(expr.collection, ctx);
      const key = evaluateExpr(expr.key, ctx);
      const r = indexValue(coll.value, key.value, expr.bracketRange);
      setDiagEvalContext(r.diagnostics, expr, ctx);
      return { value: r.value, diagnostics: [...coll.diagnostics, ...key.diagnostics, ...r.diagnostics] };
    }
    case 'TupleCons':
      return evalTupleCons(expr, ctx, evaluateExpr);
    case 'ObjectCons':
      return evalObjectCons(expr, ctx, evaluateExpr);
    case 'ObjectConsKey':
      return evalObjectConsKey(expr, ctx, evaluateExpr);
    case 'For':
      return evalFor(expr, ctx, evaluateExpr);
    case 'Splat':
      return evalSplat(expr, ctx, evaluateExpr);
    case 'AnonSymbol':
      return { value: anonSymbolValue(expr), diagnostics: [] };
    case 'BinaryOp':
      return evalBinaryOp(expr, ctx, evaluateExpr);
    case 'UnaryOp':
      return evalUnaryOp(expr, ctx, evaluateExpr);
    case 'Template':
      return evalTemplate(expr, ctx, evaluateExpr);
    case 'TemplateJoin':
      return evalTemplateJoin(expr, ctx, evaluateExpr);
    case 'TemplateWrap':
      return evaluateExpr(expr.wrapped, ctx);
    case 'Parentheses':
      return evaluateExpr(expr.expression, ctx);
  }
}
