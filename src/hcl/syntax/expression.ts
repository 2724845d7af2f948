// The Expression interface over a native-syntax AST node: evaluation plus the static views HCL offers.
import type { Expr, Traversal } from '../ast/nodes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { EvalContext } from '../eval/eval-context.js';
import { evaluateExpr } from '../eval/evaluate.js';
import { exprRange, exprStartRange } from '../ast/expr-range.js';
import { rangeBetween, type Range } from '../source/pos.js';
import type { Expression } from '../structure.js';
import type { Value } from '../value/value.js';
import { expressionVariables } from './variables.js';

/** A native expression; `node` gives syntax-aware callers the AST behind it. */
export class NativeExpression implements Expression {
  constructor(readonly node: Expr) {}

  value(ctx: EvalContext | undefined): { value: Value; diagnostics: Diagnostic[] } {
    return evaluateExpr(this.node, ctx);
  }
  variables(): Traversal[] {
    return expressionVariables(this.node);
  }
  range(): Range {
    return exprRange(this.node);
  }
  startRange(): Range {
    return exprStartRange(this.node);
  }
  asTraversal(): Traversal | undefined {
    return traversalOf(this.node);
  }
  asCall(): { name: string; nameRange: Range; args: Expression[]; argsRange: Range } | undefined {
    const n = this.node;
    if (n.kind !== 'FunctionCall') return undefined;
    return {
      name: n.name,
      nameRange: n.nameRange,
      args: n.args.map(wrapExpression),
      argsRange: rangeBetween(n.openParenRange, n.closeParenRange),
    };
  }
  asList(): Expression[] | undefined {
    const n = this.node;
    return n.kind === 'TupleCons' ? n.exprs.map(wrapExpression) : undefined;
  }
  asMap(): { key: Expression; value: Expression }[] | undefined {
    const n = this.node;
    if (n.kind !== 'ObjectCons') return undefined;
    return n.items.map((i) => ({ key: wrapExpression(i.keyExpr), value: wrapExpression(i.valueExpr) }));
  }
}

const wrappers = new WeakMap<Expr, NativeExpression>();

/** The Expression for an AST node (the same object each time for the same node). */
export function wrapExpression(node: Expr): NativeExpression {
  let w = wrappers.get(node);
  if (w === undefined) {
    w = new NativeExpression(node);
    wrappers.set(node, w);
  }
  return w;
}

/** The static traversal an expression spells, as hcl.AbsTraversalForExpr; keywords count as root names. */
export function traversalOf(n: Expr): Traversal | undefined {
  switch (n.kind) {
    case 'ScopeTraversal':
      return n.traversal;
    case 'RelativeTraversal': {
      const src = traversalOf(n.source);
      return src === undefined ? undefined : [...src, ...n.traversal];
    }
    case 'LiteralValue': {
      const v = n.value;
      let name: string | undefined;
      if (v.isNull) name = 'null';
      else if (v.type.kind === 'bool' && v.isKnown) name = v.asBool() ? 'true' : 'false';
      return name === undefined ? undefined : [{ kind: 'root', name, srcRange: n.srcRange }];
    }
    case 'ObjectConsKey':
      return n.forceNonLiteral ? undefined : traversalOf(n.wrapped);
    default:
      return undefined;
  }
}
