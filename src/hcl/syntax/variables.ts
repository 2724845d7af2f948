// The root-scope references an expression makes (what the caller must put in the EvalContext).
import type { Expr, Traversal } from '../ast/nodes.js';
import { walk, type Node } from './walk.js';

/** Every scope traversal in the expression, in source order, except those naming a `for` expression's own variables. */
export function expressionVariables(expr: Expr | Node): Traversal[] {
  const out: Traversal[] = [];
  walk(expr, {
    enter(n, locals) {
      if (n.kind !== 'ScopeTraversal') return;
      const root = n.traversal[0];
      if (root && root.kind === 'root' && locals.has(root.name)) return;
      out.push(n.traversal);
    },
  });
  return out;
}
