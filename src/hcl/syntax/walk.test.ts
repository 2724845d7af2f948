import { describe, expect, it } from 'vitest';
import { parseExpression } from '../parser/index.js';
import { dumpTraversal } from '../parser/ast-dump.js';
import { expressionVariables } from './variables.js';
import { walk, type Node } from './walk.js';

function vars(src: string): string[] {
  const p = parseExpression(src, 'w.hcl');
  expect(p.diagnostics).toEqual([]);
  return expressionVariables(p.expr).map(dumpTraversal);
}

describe('walk', () => {
  it('visits in evaluation order, entering before and exiting after the children', () => {
    const events: string[] = [];
    const name = (n: Node): string => (n.kind === 'ScopeTraversal' ? dumpTraversal(n.traversal) : n.kind);
    walk(parseExpression('f(a, [b, c]) + d', 'w.hcl').expr, {
      enter: (n) => events.push(`+${name(n)}`),
      exit: (n) => events.push(`-${name(n)}`),
    });
    expect(events).toEqual([
      '+BinaryOp',
      '+FunctionCall',
      '+a',
      '-a',
      '+TupleCons',
      '+b',
      '-b',
      '+c',
      '-c',
      '-TupleCons',
      '-FunctionCall',
      '+d',
      '-d',
      '-BinaryOp',
    ]);
  });

  it("hides a for expression's own names in its parts, not in its collection", () => {
    expect(vars('[for k, v in k : [k, v, w] if v]')).toEqual(['k', 'w']);
    expect(vars('{for x in xs : x => y...}')).toEqual(['xs', 'y']);
  });

  it('skips literal object keys', () => {
    expect(vars('{a = b, (c) = d, "e${f}" = g}')).toEqual(['b', 'c', 'd', 'f', 'g']);
  });

  it('walks expressions nested deeper than the call stack', () => {
    const n = 100_000;
    expect(vars('[a, '.repeat(n) + 'b' + ']'.repeat(n)).length).toBe(n + 1);
    expect(vars('[for x in y : '.repeat(n) + '[x, z]' + ']'.repeat(n))).toEqual([...Array(n).fill('y'), 'z']);
  });
});
