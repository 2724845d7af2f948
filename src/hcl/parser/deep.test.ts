import { describe, expect, it } from 'vitest';
import type { Expr } from '../ast/nodes.js';
import { TokenType } from '../lexer/token.js';
import { lexConfig } from '../lexer/lexer.js';
import { parseConfig, parseExpression, parseTemplate } from './index.js';
import { Parser } from './parser.js';
import { parseBody } from './body.js';

// Packer 1.6.6 parses 20,000-30,000 nested brackets (it crashes beyond); the frame machine has no limit
// but memory, so these go well past that.
const depth = 100_000;

/** How many times `step` can be applied from `e` before it returns undefined. */
function nesting(e: Expr, step: (e: Expr) => Expr | undefined): number {
  let n = 0;
  for (let cur: Expr | undefined = step(e); cur !== undefined; cur = step(cur)) n++;
  return n;
}

const only = (xs: readonly Expr[]): Expr | undefined => (xs.length === 1 ? xs[0] : undefined);

describe('parser: deep nesting without the call stack', () => {
  const cases: [string, string, (e: Expr) => Expr | undefined][] = [
    ['tuples', '['.repeat(depth) + '1' + ']'.repeat(depth), (e) => (e.kind === 'TupleCons' ? only(e.exprs) : undefined)],
    ['parentheses', '('.repeat(depth) + '1' + ')'.repeat(depth), (e) => (e.kind === 'Parentheses' ? e.expression : undefined)],
    ['objects', '{a = '.repeat(depth) + '1' + '}'.repeat(depth), (e) => (e.kind === 'ObjectCons' ? e.items[0]?.valueExpr : undefined)],
    ['calls', 'f('.repeat(depth) + '1' + ')'.repeat(depth), (e) => (e.kind === 'FunctionCall' ? only(e.args) : undefined)],
    ['conditionals', 'c ? '.repeat(depth) + '1' + ' : 2'.repeat(depth), (e) => (e.kind === 'Conditional' ? e.trueResult : undefined)],
    ['templates', '"${'.repeat(depth) + '1' + '}"'.repeat(depth), (e) => (e.kind === 'TemplateWrap' ? e.wrapped : undefined)],
    ['unary operators', '-'.repeat(depth) + '1', (e) => (e.kind === 'UnaryOp' ? e.val : undefined)],
    ['binary operators', '1' + ' + 1'.repeat(depth), (e) => (e.kind === 'BinaryOp' ? e.lhs : undefined)],
    ['index keys', 'x['.repeat(depth) + '0' + ']'.repeat(depth), (e) => (e.kind === 'Index' ? e.key : undefined)],
    ['for bodies', '[for x in y : '.repeat(depth) + 'x' + ']'.repeat(depth), (e) => (e.kind === 'For' ? e.valExpr : undefined)],
    ['splats', 'x' + '[*]'.repeat(depth), (e) => (e.kind === 'Splat' ? e.each : undefined)],
  ];

  it.each(cases)('%s', (name, src, step) => {
    const r = parseExpression(src, 'deep.hcl');
    expect(r.diagnostics).toEqual([]);
    // The innermost `x[0]` has a literal key: a traversal step, not an Index node.
    expect(nesting(r.expr, step)).toBe(name === 'index keys' ? depth - 1 : depth);
  });

  it('long traversal chains in linear time', () => {
    const r = parseExpression('x' + '[0].a'.repeat(depth), 'deep.hcl');
    expect(r.diagnostics).toEqual([]);
    expect(r.expr.kind === 'ScopeTraversal' && r.expr.traversal.length).toBe(2 * depth + 1);
  });

  it('template directives', () => {
    const r = parseTemplate('%{if c}'.repeat(depth) + 'x' + '%{endif}'.repeat(depth), 'deep.tpl');
    expect(r.diagnostics).toEqual([]);
    const step = (e: Expr): Expr | undefined => {
      const inner = e.kind === 'Template' ? only(e.parts) : e;
      return inner?.kind === 'Conditional' ? inner.trueResult : undefined;
    };
    expect(nesting(r.expr, step)).toBe(depth);
  });

  it('blocks', () => {
    const r = parseConfig('b {\n'.repeat(depth) + 'a = 1\n' + '}\n'.repeat(depth), 'deep.hcl');
    expect(r.diagnostics).toEqual([]);
    let body = r.body;
    let n = 0;
    for (let item = body.items[0]; item?.kind === 'Block'; item = body.items[0]) {
      body = item.body;
      n++;
    }
    expect(n).toBe(depth);
    expect(body.items[0]?.kind).toBe('Attribute');
  });

  it('reports an error deep inside at its place, once', () => {
    const r = parseConfig('a = ' + '['.repeat(depth) + '1 2' + ']'.repeat(depth) + '\nb = 1\n', 'deep.hcl');
    expect(r.diagnostics.map((d) => [d.summary, d.subject?.start.column])).toEqual([['Missing item separator', depth + 7]]);
    expect(r.body.items.map((i) => i.kind === 'Attribute' && i.name)).toEqual(['a', 'b']);
  });

  it('reports an unclosed deep bracket at its opening', () => {
    const r = parseConfig('a = ' + '['.repeat(depth) + '1\n', 'deep.hcl');
    expect(r.diagnostics.map((d) => d.summary)).toEqual(['Unterminated tuple constructor expression']);
    expect(r.diagnostics[0]!.subject?.start.column).toBe(depth + 4);
  });

  it('leaves the newline-sensitivity stack balanced', () => {
    const src = 'a = ' + '[{b = ("${f(x[0])}")}, '.repeat(2000) + '1' + ']'.repeat(2000) + '\n';
    const p = new Parser(lexConfig(src, 'deep.hcl'));
    expect(parseBody(p, TokenType.EOF).diags).toEqual([]);
    expect(p.includeNewlinesDepth).toBe(0);
  });
});
