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
 * expressions (visible in their key, value and condition parts only). The nodes still to visit are kept
 * on an explicit stack, so any nesting depth is fine.
 */
export function walk(n: Node, w: Walker, localNames: ReadonlySet<string> = new Set()): void {
  // Three parallel stacks: the node, its scope, and whether it is the node's exit (after its children).
  const nodes: Node[] = [n];
  const scopes: ReadonlySet<string>[] = [localNames];
  const exits: boolean[] = [false];
  const push = (node: Node, scope: ReadonlySet<string>): void => {
    nodes.push(node);
    scopes.push(scope);
    exits.push(false);
  };
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const scope = scopes.pop()!;
    if (exits.pop()!) {
      w.exit?.(node);
      continue;
    }
    w.enter?.(node, scope);
    if (w.exit !== undefined) {
      nodes.push(node);
      scopes.push(scope);
      exits.push(true);
    }
    // Children are pushed last first, so they are visited in order.
    if (node.kind === 'For') {
      const inner = new Set(scope);
      if (node.keyVar !== '') inner.add(node.keyVar);
      if (node.valVar !== '') inner.add(node.valVar);
      if (node.condExpr) push(node.condExpr, inner);
      push(node.valExpr, inner);
      if (node.keyExpr) push(node.keyExpr, inner);
      push(node.collExpr, scope);
      continue;
    }
    const children = childNodes(node);
    for (let i = children.length - 1; i >= 0; i--) push(children[i]!, scope);
  }
}
