import { describe, it, expect } from 'vitest';
import { formatRange } from '../source/pos.js';
import type { Expression } from '../structure.js';
import type { Value } from '../value/value.js';
import { parseJsonExpression } from './index.js';

function expr(src: string): Expression {
  const r = parseJsonExpression(src, 't.json');
  expect(r.diagnostics).toEqual([]);
  return r.expr;
}

/** Plain JS data for a known value (numbers as their text). */
function plain(v: Value): unknown {
  if (!v.isKnown) return '<unknown>';
  if (v.isNull) return null;
  switch (v.type.kind) {
    case 'string':
      return v.asString();
    case 'number':
      return { num: v.asNum().toString() };
    case 'bool':
      return v.asBool();
    case 'tuple':
    case 'list':
      return v.elements().map(plain);
    default:
      return Object.fromEntries([...v.attributes()].map(([k, e]) => [k, plain(e)]));
  }
}

describe('JsonExpression.value without a context (literal mode)', () => {
  const cases: [string, unknown, string][] = [
    ['"${not.a.template}"', '${not.a.template}', 'string'],
    ['12', { num: '12' }, 'number'],
    ['true', true, 'bool'],
    ['null', null, 'dynamic'],
    ['[1, "a"]', [{ num: '1' }, 'a'], 'tuple'],
    ['{"b": 1, "a": [true]}', { a: [true], b: { num: '1' } }, 'object'],
    ['{}', {}, 'object'],
  ];
  it.each(cases)('%s', (src, want, kind) => {
    const r = expr(src).value(undefined);
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.value)).toEqual(want);
    expect(r.value.type.kind).toBe(kind);
  });

  it('keeps numbers exact', () => {
    expect(plain(expr('123456789012345678901234567890').value(undefined).value)).toEqual({ num: '123456789012345678901234567890' });
    expect(plain(expr('0.1').value(undefined).value)).toEqual({ num: '0.1' });
  });

  it('evaluates deep nesting without the call stack', () => {
    const n = 100_000;
    const r = expr('['.repeat(n) + '1' + ']'.repeat(n)).value(undefined);
    expect(r.value.type.kind).toBe('tuple');
    let v = r.value;
    let depth = 0;
    while (v.type.kind === 'tuple') {
      v = v.elements()[0]!;
      depth++;
    }
    expect([depth, plain(v)]).toEqual([n, { num: '1' }]);
    const o = expr('{"a":'.repeat(n) + '1' + '}'.repeat(n)).value(undefined);
    expect(o.diagnostics).toEqual([]);
    expect(o.value.type.kind).toBe('object');
  });

  it('reports a duplicate object attribute', () => {
    const r = expr('{"a": 1, "a": 2}').value(undefined);
    expect(r.diagnostics.map((d) => `${d.summary}: ${d.detail} @ ${d.subject && formatRange(d.subject)}`)).toEqual([
      'Duplicate object attribute: An attribute named "a" was already defined at t.json:1,2-5. @ t.json:1,10-13',
    ]);
    expect(plain(r.value)).toEqual({ a: { num: '1' } });
  });
});

describe('JsonExpression static analysis', () => {
  it('asList gives the elements of an array only', () => {
    expect(expr('[1, 2]').asList()?.map((e) => formatRange(e.range()))).toEqual(['t.json:1,2-3', 't.json:1,5-6']);
    expect(expr('"x"').asList()).toBeUndefined();
  });

  it('asMap gives key and value expressions of an object only', () => {
    const m = expr('{"k": "v"}').asMap();
    expect(m?.map((p) => [p.key.value(undefined).value.asString(), p.value.value(undefined).value.asString()])).toEqual([['k', 'v']]);
    expect(m?.[0] && formatRange(m[0].key.range())).toBe('t.json:1,2-5');
    expect(expr('[1]').asMap()).toBeUndefined();
  });

  it('asTraversal and asCall need a string', () => {
    expect(expr('1').asTraversal()).toBeUndefined();
    expect(expr('[]').asCall()).toBeUndefined();
  });

  it('has ranges', () => {
    const e = expr(' {"a": 1} ');
    expect(formatRange(e.range())).toBe('t.json:1,2-10');
    expect(formatRange(e.startRange())).toBe('t.json:1,2-3');
  });
});
