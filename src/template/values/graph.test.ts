import { describe, expect, test } from 'vitest';
import { parseTraversalAbs } from '../../hcl/parser/index.js';
import { makeRange } from '../../hcl/source/pos.js';
import { orderGraph, referencedNode, type GraphNode } from './graph.js';

const r = (line: number) => makeRange('g.pkr.hcl', { line, column: 1, byte: line * 10 }, { line, column: 5, byte: line * 10 + 4 });
const node = (id: string, ...deps: string[]): GraphNode => ({ id, range: r(1), deps: deps.map((to, i) => ({ to, range: r(i + 2) })) });

describe('referencedNode', () => {
  test.each([
    ['var.a', 'var.a'],
    ['var.a.b[0]', 'var.a'],
    ['local.x', 'local.x'],
    ['local["x"]', 'local.x'],
    ['data.http.ex.body', 'data.http.ex'],
    ['data.http', undefined],
    ['var', undefined],
    ['path.root', undefined],
    ['each.value', undefined],
  ])('%s -> %s', (src, want) => {
    const t = parseTraversalAbs(src, 't.hcl');
    expect(t.diagnostics).toEqual([]);
    expect(referencedNode(t.traversal)).toBe(want);
  });
});

describe('orderGraph', () => {
  test('dependencies come first, otherwise declaration order', () => {
    const o = orderGraph([node('local.a', 'local.c'), node('local.b'), node('local.c', 'var.x'), node('var.x')]);
    expect(o.order).toEqual(['var.x', 'local.c', 'local.a', 'local.b']);
    expect(o.diagnostics).toEqual([]);
  });

  test('edges to unknown nodes are ignored', () => {
    expect(orderGraph([node('local.a', 'local.nope')]).order).toEqual(['local.a']);
  });

  test.each([
    [[node('local.a', 'local.a')], 'Cycle in local variables: local.a -> local.a', ['local.a']],
    [[node('local.a', 'local.b'), node('local.b', 'local.a')], 'Cycle in local variables: local.a -> local.b -> local.a', ['local.a', 'local.b']],
    [
      [node('local.a', 'local.b'), node('local.b', 'local.c'), node('local.c', 'local.a'), node('local.d', 'local.a')],
      'Cycle in local variables: local.a -> local.b -> local.c -> local.a',
      ['local.a', 'local.b', 'local.c'],
    ],
    [[node('data.t.n', 'local.a'), node('local.a', 'data.t.n')], 'Cycle in local variables and data sources: data.t.n -> local.a -> data.t.n', ['data.t.n', 'local.a']],
    [[node('data.t.a', 'data.t.b'), node('data.t.b', 'data.t.a')], 'Cycle in data sources: data.t.a -> data.t.b -> data.t.a', ['data.t.a', 'data.t.b']],
  ])('cycle %#', (nodes, summary, cyclic) => {
    const o = orderGraph(nodes);
    expect(o.diagnostics.map((d) => d.summary)).toEqual([summary]);
    expect(o.diagnostics[0]!.subject).toBeDefined();
    expect([...o.cyclic].sort()).toEqual(cyclic);
    for (const c of cyclic) expect(o.order).not.toContain(c);
  });

  test('a node depending on a cycle is still ordered', () => {
    const o = orderGraph([node('local.a', 'local.b'), node('local.b', 'local.a'), node('local.d', 'local.a')]);
    expect(o.order).toEqual(['local.d']);
  });

  test('related ranges point at every other reference of the cycle', () => {
    const o = orderGraph([node('local.a', 'local.b'), node('local.b', 'local.c'), node('local.c', 'local.a')]);
    expect(o.diagnostics[0]!.related?.map((x) => x.message)).toEqual(['local.b refers to local.c here', 'local.c refers to local.a here']);
  });
});
