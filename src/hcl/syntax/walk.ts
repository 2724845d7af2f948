// Walking the native-syntax AST: each node's children in evaluation order, with `for` scopes made visible.
import type { Attribute, Block, Body, Expr } from '../ast/nodes.js';

export type Node = Body | Attribute | Block | Expr;

/** The direct children of a node. Literal object keys (`{ foo = 1 }`) are not expressions and are skipped. */
export function childNodes(n: Node): Node[] {
  switch (n.kind) {
    case 'Body':
      return [...n.items];
    case 'Attribute':
      return [n.expr];
    case 'Block':
      return [n.body];
    case 'LiteralValue':
    case 'ScopeTraversal':
    case 'AnonSymbol':
      return [];
    case 'RelativeTraversal':
      return [n.source];
    case 'FunctionCall':
      return [...n.args];
    case 'Conditional':
      return [n.condition, n.trueResult, n.falseResult];
    case 'Index':
      return [n.collection, n.key];
    case 'TupleCons':
      return [...n.exprs];
    case 'ObjectCons':
      return n.items.flatMap((i) => [i.keyExpr, i.valueExpr]);
    case 'ObjectConsKey':
      return isLiteralKey(n) ? [] : [n.wrapped];
    case 'For': {
      const out: Node[] = [n.collExpr];
      if (n.keyExpr) out.push(n.keyExpr);
      out.push(n.valExpr);
      if (n.condExpr) out.push(n.condExpr);
      return out;
    }
    case 'Splat':
      return [n.source, n.each];
    case 'BinaryOp':
      return [n.lhs, n.rhs];
    case 'UnaryOp':
      return [n.val];
    case 'Template':
      return [...n.parts];
    case 'TemplateJoin':
      return [n.tuple];
    case 'TemplateWrap':
      return [n.wrapped];
    case 'Parentheses':
      return [n.expression];
  }
}

/** True when an object key is taken as a literal name rather than evaluated. */
function isLiteralKey(n: Extract<Expr, { kind: 'ObjectConsKey' }>): boolean {
  if (n.forceNonLiteral) return false;
  const w = n.wrapped;
  if (w.kind === 'ScopeTraversal') return w.traversal.length === 1;
  if (w.kind === 'LiteralValue') return w.value.isNull || (w.value.type.kind === 'bool' && w.value.isKnown);
  return false;
}

export interface Walker {
  enter?(n: Node, localNames: ReadonlySet<string>): void;
  exit?(n: Node): void;
}

/**
 * Visits n and its descendants depth-first. `localNames` holds the names bound by enclosing `for`
 * expressions (visible in their key, value and condition parts only).
 */
export function walk(n: Node, w: Walker, localNames: ReadonlySet<string> = new Set()): void {
  w.enter?.(n, localNames);
  if (n.kind === 'For') {
    walk(n.collExpr, w, localNames);
    const inner = new Set(localNames);
    if (n.keyVar !== '') inner.add(n.keyVar);
    if (n.valVar !== '') inner.add(n.valVar);
    if (n.keyExpr) walk(n.keyExpr, w, inner);
    walk(n.valExpr, w, inner);
    if (n.condExpr) walk(n.condExpr, w, inner);
  } else {
    for (const c of childNodes(n)) walk(c, w, localNames);
  }
  w.exit?.(n);
}
