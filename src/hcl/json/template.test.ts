import { describe, it, expect } from 'vitest';
import { EvalContext } from '../eval/eval-context.js';
import type { HclFunction } from '../functions/function.js';
import { formatRange } from '../source/pos.js';
import type { Traversal } from '../ast/nodes.js';
import { StringType } from '../value/type.js';
import { Value } from '../value/value.js';
import { parseJsonExpression } from './index.js';

const upper: HclFunction = {
  params: [{ name: 'str', type: StringType }],
  returnType: () => StringType,
  impl: (args) => Value.string((args[0] as Value).asString().toUpperCase()),
};

const ctx = new EvalContext({
  variables: {
    var: Value.object({ name: Value.string('world'), n: Value.number(2) }),
    key: Value.string('k'),
  },
  functions: new Map([['upper', upper]]),
});

function evaluate(src: string, c: EvalContext | undefined) {
  const p = parseJsonExpression(src, 't.json');
  expect(p.diagnostics).toEqual([]);
  return p.expr.value(c);
}

const dump = (t: Traversal): string =>
  t.map((s) => (s.kind === 'root' ? s.name : s.kind === 'attr' ? `.${s.name}` : s.kind === 'index' ? `[${s.key.isKnown ? String(s.key.asString?.()) : '?'}]` : '[*]')).join('');

describe('JsonExpression.value with a context (full expression mode)', () => {
  it('evaluates string templates', () => {
    const r = evaluate('"Hello, ${var.name}!"', ctx);
    expect(r.diagnostics).toEqual([]);
    expect(r.value.asString()).toBe('Hello, world!');
  });

  it('unwraps a single interpolation, keeping its type', () => {
    const r = evaluate('"${var.n}"', ctx);
    expect(r.value.type.kind).toBe('number');
  });

  it('calls functions', () => {
    expect(evaluate('"${upper(var.name)}"', ctx).value.asString()).toBe('WORLD');
  });

  it('evaluates templates inside arrays and objects, keys included', () => {
    const r = evaluate('{"${key}": ["${var.name}", 1]}', ctx);
    expect(r.diagnostics).toEqual([]);
    const k = r.value.attributes().get('k');
    expect(k?.elements()[0]?.asString()).toBe('world');
  });

  it('keeps strings literal without a context', () => {
    expect(evaluate('"${var.name}"', undefined).value.asString()).toBe('${var.name}');
  });

  it('reports template errors at positions inside the JSON file (just past the quote)', () => {
    const r = evaluate('{"a":\n  "x ${nope.y}"}', ctx);
    expect(r.diagnostics.map((d) => `${d.summary} @ ${d.subject && formatRange(d.subject)}`)).toEqual(['Unknown variable @ t.json:2,8-12']);
  });

  it('reports template syntax errors and yields an unknown value', () => {
    const r = evaluate('"${"', ctx);
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.value.isKnown).toBe(false);
  });

  it('reports keys that cannot be strings', () => {
    const r = evaluate('{"${[1]}": 1}', ctx);
    expect(r.diagnostics.map((d) => d.summary)).toEqual(['Invalid object key expression']);
  });

  it('reports duplicate keys after evaluation', () => {
    const r = evaluate('{"k": 1, "${key}": 2}', ctx);
    expect(r.diagnostics.map((d) => d.summary)).toEqual(['Duplicate object attribute']);
  });
});

describe('JsonExpression.variables', () => {
  it('finds references in strings, keys and nested values', () => {
    const e = parseJsonExpression('{"${key}": ["${var.name}-${upper(var.n)}", 1, "plain"]}', 't.json').expr;
    expect(e.variables().map(dump)).toEqual(['key', 'var.name', 'var.n']);
  });

  it('ignores strings that are not valid templates', () => {
    expect(parseJsonExpression('"${"', 't.json').expr.variables()).toEqual([]);
  });

  it('finds references in order, however deep', () => {
    const n = 50_000;
    const src = '[{"${a}": "${b}"}, '.repeat(n) + '"${c}"' + ']'.repeat(n);
    const vars = parseJsonExpression(src, 't.json').expr.variables().map(dump);
    expect(vars.length).toBe(2 * n + 1);
    expect(vars.slice(0, 4)).toEqual(['a', 'b', 'a', 'b']);
    expect(vars[vars.length - 1]).toBe('c');
  });
});

describe('JsonExpression static analysis of strings', () => {
  it('asTraversal parses traversal syntax', () => {
    const t = parseJsonExpression('"var.foo"', 't.json').expr.asTraversal();
    expect(t && dump(t)).toBe('var.foo');
    expect(parseJsonExpression('"string"', 't.json').expr.asTraversal()?.map((s) => s.kind)).toEqual(['root']);
    expect(parseJsonExpression('"list(string)"', 't.json').expr.asTraversal()).toBeUndefined();
  });

  it('asCall parses a native call expression', () => {
    const c = parseJsonExpression('"list(string)"', 't.json').expr.asCall();
    expect(c?.name).toBe('list');
    const arg = c?.args[0]?.asTraversal();
    expect(arg && dump(arg)).toBe('string');
    expect(parseJsonExpression('"string"', 't.json').expr.asCall()).toBeUndefined();
  });
});
