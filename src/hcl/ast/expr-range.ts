// The full and start ranges of each expression node, as HCL's Range()/StartRange() define them.
import type { Expr } from './nodes.js';
import { rangeBetween, type Range } from '../source/pos.js';

/** The whole source range of an expression. */
export function exprRange(e: Expr): Range {
  switch (e.kind) {
    case 'FunctionCall':
      return rangeBetween(e.nameRange, e.closeParenRange);
    case 'ObjectConsKey':
      return exprRange(e.wrapped);
    case 'TemplateJoin':
      return exprRange(e.tuple);
    default:
      return e.srcRange;
  }
}

/** The range of the start of an expression: where a diagnostic about "this argument" points. */
export function exprStartRange(e: Expr): Range {
  switch (e.kind) {
    case 'FunctionCall':
      return rangeBetween(e.nameRange, e.openParenRange);
    case 'Conditional':
      return exprStartRange(e.condition);
    case 'Index':
    case 'TupleCons':
    case 'ObjectCons':
    case 'For':
      return e.openRange;
    case 'Splat':
      return e.markerRange;
    case 'BinaryOp':
      return exprStartRange(e.lhs);
    case 'UnaryOp':
      return e.symbolRange;
    case 'ObjectConsKey':
      return exprStartRange(e.wrapped);
    case 'Template':
      return e.parts.length > 0 ? exprStartRange(e.parts[0]!) : e.srcRange;
    case 'TemplateJoin':
      return exprStartRange(e.tuple);
    case 'Parentheses':
      return exprStartRange(e.expression);
    default:
      return e.srcRange;
  }
}
