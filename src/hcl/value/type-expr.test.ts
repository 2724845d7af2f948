// Type-constraint decoding with small hand-built expressions standing in for parsed syntax.
import { describe, it, expect } from 'vitest';
import type { Expression } from '../structure.js';
import type { Range } from '../source/pos.js';
import { decodeTypeConstraint } from './type-expr.js';
import { typeExpression } from './type.js';
import { Value } from './value.js';

let offset = 0;
function rng(): Range {
  const start = { line: 1, column: offset + 1, byte: offset };
  offset += 3;
  return { filename: 't.pkr.hcl', start, end: { line: 1, column: offset + 1, byte: offset } };
}

function base(r: Range): Expression {
  return {
    value: () => ({ value: Value.null({ kind: 'dynamic' }), diagnostics: [] }),
    variables: () => [],
    range: () => r,
    startRange: () => r,
    asTraversal: () => undefined,
    asCall: () => undefined,
    asList: () => undefined,
    asMap: () => undefined,
  };
}
const kw = (name: string): Expression => {
  const r = rng();
  return { ...base(r), asTraversal: () => [{ kind: 'root', name, srcRange: r }] };
};
const lit = (v: Value): Expression => ({ ...base(rng()), value: () => ({ value: v, diagnostics: [] }) });
const call = (name: string, ...args: Expression[]): Expression => {
  const r = rng();
  return { ...base(r), asCall: () => ({ name, nameRange: r, args, argsRange: rng() }) };
};
const list = (...elems: Expression[]): Expression => ({ ...base(rng()), asList: () => elems });
const obj = (entries: Record<string, Expression>): Expression => ({
  ...base(rng()),
  asMap: () => Object.entries(entries).map(([k, value]) => ({ key: kw(k), value })),
});

describe('decodeTypeConstraint', () => {
  it.each([
    ['string', kw('string'), 'string'],
    ['any', kw('any'), 'any'],
    ['list(number)', call('list', kw('number')), 'list(number)'],
    ['set(bool)', call('set', kw('bool')), 'set(bool)'],
    ['map(list(string))', call('map', call('list', kw('string'))), 'map(list(string))'],
    ['tuple', call('tuple', list(kw('string'), kw('number'))), 'tuple([string, number])'],
    ['object', call('object', obj({ b: kw('number'), a: kw('string') })), 'object({a=string, b=number})'],
    ['optional', call('object', obj({ a: call('optional', kw('string')) })), 'object({a=string})'],
  ])('%s', (_name, expr, want) => {
    const r = decodeTypeConstraint(expr);
    expect(r.diagnostics).toEqual([]);
    expect(typeExpression(r.type)).toBe(want);
  });

  it('records optional attributes and converted defaults', () => {
    const r = decodeTypeConstraint(call('object', obj({ a: call('optional', kw('string'), lit(Value.number(5))), b: kw('number') })));
    expect(r.diagnostics).toEqual([]);
    const t = r.type;
    if (t.kind !== 'object') throw new Error('object expected');
    expect([...(t.optional ?? [])]).toEqual(['a']);
    expect(t.defaults?.get('a')?.asString()).toBe('5');
  });

  it.each([
    ['unknown keyword', kw('foo'), 'The keyword "foo" is not a valid type specification.'],
    ['bare list', kw('list'), 'The list type constructor requires one argument specifying the element type.'],
    ['bare object', kw('object'), 'The object type constructor requires one argument specifying the attribute types and values as a map.'],
    ['bare tuple', kw('tuple'), 'The tuple type constructor requires one argument specifying the element types as a list.'],
    [
      'not a call',
      lit(Value.string('x')),
      'A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).',
    ],
    ['string()', call('string'), 'Primitive type keyword "string" does not expect arguments.'],
    ['any()', call('any'), 'Type constraint keyword "any" does not expect arguments.'],
    ['list(a, b)', call('list', kw('string'), kw('number')), 'The list type constructor requires one argument specifying the element type.'],
    ['map()', call('map'), 'The map type constructor requires one argument specifying the element type.'],
    ['optional outside object', call('optional', kw('string')), 'Keyword "optional" is valid only as a modifier for object type attributes.'],
    ['unknown constructor', call('foo', kw('string')), 'Keyword "foo" is not a valid type constructor.'],
    [
      'object of non-map',
      call('object', kw('string')),
      'Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.',
    ],
    ['tuple of non-list', call('tuple', kw('string')), 'Tuple type constructor requires a list of element types.'],
    [
      'optional with three args',
      call('object', obj({ a: call('optional', kw('string'), lit(Value.string('x')), lit(Value.string('y'))) })),
      'Optional attribute modifier expects at most two arguments: the attribute type, and a default value.',
    ],
    ['optional without args', call('object', obj({ a: call('optional') })), 'Optional attribute modifier requires the attribute type as its argument.'],
  ])('%s', (_name, expr, detail) => {
    const r = decodeTypeConstraint(expr);
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([['Invalid type specification', detail]]);
  });

  it('rejects defaults when decoding for convert()', () => {
    const r = decodeTypeConstraint(call('object', obj({ a: call('optional', kw('string'), lit(Value.string('x'))) })), { withDefaults: false });
    expect(r.diagnostics[0]?.detail).toBe('Optional attribute modifier expects only one argument: the attribute type.');
  });

  it('rejects any and optional in exact types', () => {
    expect(decodeTypeConstraint(kw('any'), { constraint: false }).diagnostics[0]?.detail).toBe(
      'The keyword "any" cannot be used in this type specification: an exact type is required.',
    );
    expect(decodeTypeConstraint(call('object', obj({ a: call('optional', kw('string')) })), { constraint: false }).diagnostics[0]?.detail).toBe(
      'Optional attribute modifier is only for type constraints, not for exact types.',
    );
  });

  it('reports a default that does not fit the attribute type', () => {
    const r = decodeTypeConstraint(call('object', obj({ a: call('optional', kw('number'), lit(Value.string('x'))) })));
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ['Invalid default value for optional attribute', "This default value is not compatible with the attribute's type constraint: a number is required."],
    ]);
  });
});
