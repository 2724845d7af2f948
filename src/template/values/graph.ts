// One dependency graph over variables, locals and data sources: evaluation order, and cycles as errors naming them.
import type { Traversal } from '../../hcl/ast/nodes.js';
import { errorDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import type { Range } from '../../hcl/source/pos.js';

/** A reference from one node to another, with where it is written. */
export interface GraphEdge {
  to: string;
  range: Range;
}

/** A node: `var.x`, `local.y` or `data.t.n`. */
export interface GraphNode {
  id: string;
  range: Range;
  deps: GraphEdge[];
}

export interface GraphOrder {
  /** Every node not on a cycle, dependencies before dependents, otherwise in declaration order. */
  order: string[];
  /** Nodes on a cycle: they cannot be evaluated (they become unknown). */
  cyclic: Set<string>;
  diagnostics: Diagnostic[];
}

/**
 * The node id a traversal refers to (`var.x`, `local.y`, `data.t.n`), or undefined for other roots
 * (`path`, `each`, functions' arguments…) and for incomplete references the evaluator will explain.
 */
export function referencedNode(t: Traversal): string | undefined {
  const root = t[0];
  if (root === undefined || root.kind !== 'root') return undefined;
  const step = (i: number): string | undefined => {
    const s = t[i];
    if (s === undefined) return undefined;
    if (s.kind === 'attr') return s.name;
    if (s.kind === 'index' && s.key.isKnown && !s.key.isNull && s.key.type.kind === 'string') return s.key.asString();
    return undefined;
  };
  switch (root.name) {
    case 'var':
    case 'local': {
      const name = step(1);
      return name === undefined ? undefined : `${root.name}.${name}`;
    }
    case 'data': {
      const type = step(1);
      const name = step(2);
      return type === undefined || name === undefined ? undefined : `data.${type}.${name}`;
    }
    default:
      return undefined;
  }
}

/** Turns an expression's traversals into edges to the known nodes (unknown targets are the evaluator's to report). */
export function edgesFrom(traversals: readonly Traversal[], known: ReadonlySet<string>): GraphEdge[] {
  const out: GraphEdge[] = [];
  for (const t of traversals) {
    const id = referencedNode(t);
    if (id === undefined || !known.has(id)) continue;
    const first = t[0]!.srcRange;
    const last = t[Math.min(t.length - 1, id.startsWith('data.') ? 2 : 1)]!.srcRange;
    out.push({ to: id, range: { filename: first.filename, start: first.start, end: last.end } });
  }
  return out;
}

const enum Mark {
  Unvisited,
  Active,
  Done,
}

/** Orders the nodes depth-first (dependencies first); each cycle found is one error with every reference on it. */
export function orderGraph(nodes: readonly GraphNode[]): GraphOrder {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const state = new Map<string, Mark>();
  const order: string[] = [];
  const cyclic = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const stack: { id: string; via?: GraphEdge }[] = [];

  const visit = (id: string, via?: GraphEdge): void => {
    const s = state.get(id) ?? Mark.Unvisited;
    if (s === Mark.Done) return;
    if (s === Mark.Active) {
      const start = stack.findIndex((f) => f.id === id);
      const loop = stack.slice(start);
      const edges = [...loop.slice(1).map((f) => f.via!), via!];
      const alreadyKnown = loop.every((f) => cyclic.has(f.id));
      for (const f of loop) cyclic.add(f.id);
      if (!alreadyKnown) diagnostics.push(cycleDiagnostic(loop.map((f) => f.id), edges));
      return;
    }
    const node = byId.get(id);
    if (node === undefined) return;
    state.set(id, Mark.Active);
    stack.push(via === undefined ? { id } : { id, via });
    for (const e of node.deps) visit(e.to, e);
    stack.pop();
    state.set(id, Mark.Done);
    if (!cyclic.has(id)) order.push(id);
  };
  for (const n of nodes) visit(n.id);

  // A node that depends on a cyclic node is evaluated anyway: it sees an unknown value, as at validate time.
  return { order, cyclic, diagnostics };
}

function cycleDiagnostic(ids: readonly string[], edges: readonly GraphEdge[]): Diagnostic {
  const path = [...ids, ids[0]!].join(' -> ');
  const what = ids.every((i) => i.startsWith('local.'))
    ? 'local variables'
    : ids.every((i) => i.startsWith('data.'))
      ? 'data sources'
      : 'local variables and data sources';
  const d = errorDiag(
    `Cycle in ${what}: ${path}`,
    `Each of these refers to the next, so none of them can be evaluated first. Break the cycle by removing one of the references.`,
    edges[0]!.range,
  );
  d.related = edges.slice(1).map((e, i) => ({ range: e.range, message: `${ids[i + 1]} refers to ${e.to} here` }));
  return d;
}
