// Pins the console's value printing to what `packer console` 1.6.6 prints (each expectation checked against it).
import { describe, it, expect } from 'vitest';
import { Num } from '../../hcl/value/number.js';
import { NumberType, StringType, listOf } from '../../hcl/value/type.js';
import { Value } from '../../hcl/value/value.js';
import { renderConsoleValue } from './render-value.js';

const n = (s: string): Value => Value.number(Num.parse(s)!);
const s = (x: string): Value => Value.string(x);

describe('renderConsoleValue', () => {
  const cases: [string, Value, string][] = [
    ['top-level string is raw', s('a\tb'), 'a\tb'],
    ['integer', n('3'), '3'],
    ['negative zero is zero', n('-0'), '0'],
    ['largest int64', n('9223372036854775807'), '9223372036854775807'],
    ['smallest int64', n('-9223372036854775808'), '-9223372036854775808'],
    ['beyond int64 is a float', n('9223372036854775808'), '9.223372036854776e+18'],
    ['fraction', n('0.5'), '0.5'],
    ['exponent for big fractions', n('1234567.5'), '1.2345675e+06'],
    ['small', n('0.000001'), '1e-06'],
    ['huge integer', n('100000000000000000000000'), '1e+23'],
    ['infinity', Value.number(Num.PositiveInfinity), '+Inf'],
    ['negative infinity', Value.number(Num.NegativeInfinity), '-Inf'],
    ['true', Value.True, 'true'],
    ['null', Value.null(StringType), 'null'],
    ['unknown', Value.unknown(StringType), '<unknown>'],
    ['partly unknown', Value.tuple([s('a'), Value.unknown(StringType)]), '<unknown>'],
    ['empty tuple', Value.tuple([]), '[]'],
    ['empty object', Value.object({}), '{}'],
    ['list', Value.list([s('a'), s('b')], StringType), '[\n  "a",\n  "b",\n]'],
    ['nested quoting', Value.tuple([s('a\tb\u00e9\u0001"\\')]), '[\n  "a\\tb\u00e9\\x01\\"\\\\",\n]'],
    [
      'mixed tuple',
      Value.tuple([n('1'), s('a'), Value.object({ a: n('1'), b: Value.null(NumberType) }), Value.null(StringType), Value.tuple([]), Value.object({})]),
      '[\n  1,\n  "a",\n  {\n    "a" = 1\n  },\n  null,\n  [],\n  {},\n]',
    ],
    ['object drops null attributes', Value.object({ a: Value.null(StringType) }), '{}'],
    ['keys are quoted', Value.map({ 'a b': s('x'), é: Value.list([s('\n')], StringType) }), '{\n  "a b" = "x"\n  "é" = [\n    "\\n",\n  ]\n}'],
    ['nested lists indent', Value.list([Value.list([n('1')], NumberType)], listOf(NumberType)), '[\n  [\n    1,\n  ],\n]'],
    ['sensitive', s('secret').mark('sensitive'), '(sensitive value)'],
    ['nested sensitive', Value.tuple([s('a'), s('b').mark('sensitive')]), '[\n  "a",\n  (sensitive value),\n]'],
  ];
  for (const [name, v, want] of cases) it(name, () => expect(renderConsoleValue(v)).toBe(want));
});

describe('renderConsoleValue on deep values', () => {
  it('prints values nested deeper than the call stack could follow', () => {
    const depth = 5000;
    let v: Value = n('1');
    for (let i = 0; i < depth; i++) v = i % 2 === 0 ? Value.tuple([v]) : Value.object({ a: v });
    const lines = renderConsoleValue(v).split('\n');
    expect(lines.length).toBe(2 * depth + 1);
    expect(lines[depth]).toBe(`${'  '.repeat(depth)}1,`);
    expect(lines[lines.length - 1]).toBe('}');
    expect(lines[0]).toBe('{');
  });
});
