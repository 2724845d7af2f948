// The full source range of a parsed expression, as HCL's Range() defines it per node kind.
import type { Expr } from '../ast/nodes.js';
import { rangeBetween, type Range } from '../source/pos.js';

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
