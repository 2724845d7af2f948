// The compact value descriptions of "with ... as" lines (numbers as big.Float's Text('g', 10)).
import { describe, it, expect } from 'vitest';
import { Num } from '../value/number.js';
import { NumberType, StringType } from '../value/type.js';
import { Value } from '../value/value.js';
import { compactValue } from './render-vars.js';

describe('compactValue', () => {
  const num = (s: string): Value => Value.number(Num.parse(s)!);
  const cases: [string, Value, string][] = [
    ['zero', num('0'), '0'],
    ['int', num('-5'), '-5'],
    ['hundred', num('100'), '100'],
    ['fraction', num('0.5'), '0.5'],
    ['ten digits', num('1234567890'), '1234567890'],
    ['eleven digits', num('12345678901'), '1.23456789e+10'],
    ['small', num('0.00001'), '1e-05'],
    ['huge', num('1e30'), '1e+30'],
    ['string', Value.string('a "b"\n'), '"a \\"b\\"\\n"'],
    ['true', Value.True, 'true'],
    ['null', Value.null(StringType), 'null'],
    ['unknown', Value.unknown(StringType), '(not yet known)'],
    ['empty map', Value.map(new Map(), NumberType), 'empty map of number'],
    ['set', Value.setRaw([Value.string('a')], StringType), 'set of string with 1 element'],
    ['tuple', Value.tuple([Value.True, Value.string('x')]), 'tuple with 2 elements'],
    ['object', Value.object({}), 'object with no attributes'],
    ['object 2', Value.object({ a: Value.True, b: Value.True }), 'object with 2 attributes'],
  ];
  for (const [name, v, want] of cases) {
    it(name, () => expect(compactValue(v)).toBe(want));
  }
  it('thirds', () => expect(compactValue(Value.number(Num.parse('1')!.div(Num.parse('3')!)))).toBe('0.3333333333'));
  it('map type name', () => expect(compactValue(Value.map({ a: Value.string('x') }, StringType))).toBe('map of string with 1 element'));
});
