import { describe, expect, it } from 'vitest';
import type { Expr } from '../ast/nodes.js';
import type { LazyHclFunction } from '../functions/function.js';
import { parseExpression, parseTemplate } from '../parser/index.js';
import { Value } from '../value/value.js';
import { valueToJson } from '../value/json.js';
import { EvalContext } from './eval-context.js';
import { evaluateExpr } from './evaluate.js';
import { showValue } from './show-value.js';
import { testFunctions, testScope } from './test-support.js';

// Packer 1.6.6 evaluates 10,000-30,000 levels; the evaluator goes on without the call stack past a
// shallow depth, so these go well past that.
const depth = 50_000;

function evaluate(src: string, ctx: EvalContext | undefined = testScope({ y: Value.tuple([Value.number(1)]) })): { value: Value; summaries: string[] } {
  const p = parseExpression(src, 'deep.hcl');
  expect(p.diagnostics).toEqual([]);
  const r = evaluateExpr(p.expr, ctx);
  return { value: r.value, summaries: r.diagnostics.map((d) => d.summary) };
}

/** The JSON text of a value (or of its error), which is how deep values are compared here. */
function json(v: Value): string {
  const r = valueToJson(v);
  return r.ok ? r.json : `error: ${r.error}`;
}

describe('evaluation of deeply nested expressions', () => {
  const nested = (open: string, close: string, inner = '1'): string => open.repeat(depth) + inner + close.repeat(depth);

  it.each([
    ['tuples', nested('[', ']'), nested('[', ']')],
    ['objects', nested('{a = ', '}'), nested('{"a":', '}')],
    ['parentheses', nested('(', ')'), '1'],
    ['calls', nested('add(0, ', ')'), '1'],
    ['conditionals', nested('true ? ', ' : 2'), '1'],
    ['templates', nested('"${', '}"', '"x"'), '"x"'],
    ['unary operators', '-'.repeat(depth) + '1', '1'],
    ['binary operators', '0' + ' + 1'.repeat(depth), String(depth)],
    ['index operators', nested('[', '][0]', '1'), '1'],
    // (A literal collection: looking `y` up from 50,000 scopes deep, each time, would be slow, as in HCL.)
    ['for bodies', nested('[for x in [1] : ', ']', 'x'), nested('[', ']')],
    ['for collections', nested('[for x in ', ' : x]', '[1]'), '[1]'],
    // Each splat after the first applies to a single value, which acts as a one-element tuple.
    ['splats', 'y' + '[*]'.repeat(depth), nested('[', ']')],
  ])('%s', (_name, src, want) => {
    const r = evaluate(src);
    expect(r.summaries).toEqual([]);
    expect(json(r.value)).toBe(want);
  });

  it('template directives', () => {
    const p = parseTemplate('%{if true}'.repeat(depth) + 'x' + '%{endif}'.repeat(depth), 'deep.tpl');
    const r = evaluateExpr(p.expr, testScope());
    expect(r.diagnostics).toEqual([]);
    expect(showValue(r.value)).toBe('"x"');
  });

  it('reports an error deep inside once, with its range', () => {
    const r = evaluateExpr(parseExpression(nested('[', ']', 'nope'), 'deep.hcl').expr, testScope({ y: Value.True }));
    expect(r.diagnostics.map((d) => [d.summary, d.subject?.start.column])).toEqual([['Unknown variable', depth + 1]]);
  });

  it('operates on deep values: equality, length, marks', () => {
    const marked = evaluate(nested('[', ']', 'sec'), testScope({ sec: Value.string('s').mark('sensitive') })).value;
    const ctx = testScope({ deep: evaluate(nested('[', ']')).value, marked });
    expect(evaluate('deep == deep', ctx).value).toEqual(Value.True);
    expect(evaluate(`deep == ${nested('[', ']', '2')}`, ctx).value).toEqual(Value.False);
    expect(showValue(evaluate('length(deep)', ctx).value)).toBe('1');
    expect(marked.containsMarked).toBe(true);
    expect(marked.unmarkDeep().value.containsMarked).toBe(false);
    // Marks inside make the comparison's result marked, as in cty.
    expect(evaluate('marked == marked', ctx).value.isMarked).toBe(true);
    expect(json(evaluate('length(marked)', ctx).value)).toBe('error: value has marks, so it cannot be serialized as JSON');
  });

  it('turns running out of stack in a helper into a diagnostic on the expression', () => {
    // A lazy function that recurses without end, standing in for any recursive step on a deep value.
    const recurse = (n: number): number => (n === 0 ? 0 : recurse(n + 1) + 1);
    const overflow: LazyHclFunction = {
      lazy: true,
      minArgs: 0,
      maxArgs: 0,
      call: () => ({ value: Value.number(recurse(1)), diagnostics: [] }),
    };
    const ctx = new EvalContext({ functions: new Map([...testFunctions, ['overflow', overflow]]) });
    for (const src of ['overflow()', nested('[', ']', 'overflow()')]) {
      const p = parseExpression(src, 'deep.hcl');
      const r = evaluateExpr(p.expr, ctx);
      expect(r.diagnostics.map((d) => d.summary)).toEqual(['Value nested too deeply']);
      const call: Expr | undefined = findCall(p.expr);
      expect(r.diagnostics[0]!.subject).toEqual(call?.srcRange);
    }
  });
});

/** The innermost expression of nested single-element tuples. */
function findCall(e: Expr): Expr | undefined {
  let cur = e;
  while (cur.kind === 'TupleCons') cur = cur.exprs[0]!;
  return cur.kind === 'FunctionCall' ? cur : undefined;
}
