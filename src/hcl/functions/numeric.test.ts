import { describe, expect, it } from 'vitest';
import { numericFunctions as f, parseBigInt } from './numeric.js';
import { run, type Js } from './test-helpers.js';
import { Value } from '../value/value.js';
import { Num } from '../value/number.js';
import { NumberType } from '../value/type.js';

const WHOLE = 'value must be a whole number, between -9223372036854775808 and 9223372036854775807';
const MAX_FLOAT64 = '179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000';
/** gocty's error for a finite number beyond float64 (pow and log take float64 arguments). */
const OUT_OF_FLOAT64 = `value must be between -${MAX_FLOAT64} and ${MAX_FLOAT64} inclusive`;

describe('numeric functions', () => {
  it.each([
    // expectations taken from `packer console`
    ['abs', [-3.5], '3.5'],
    ['abs', [0], '0'],
    ['ceil', [1.2], '2'],
    ['ceil', [-1.2], '-1'],
    ['floor', [1.9], '1'],
    ['floor', [-1.5], '-2'],
    ['log', [8, 2], '3'],
    ['log', [16, 2], '4'],
    ['log', [0, 10], '-Inf'],
    ['log', [-1, 10], 'error: panic in function implementation: Float.SetFloat64(NaN)'],
    ['pow', [3, 2], '9'],
    ['pow', [2, -1], '0.5'],
    ['pow', [0, -1], '+Inf'],
    ['pow', [2, 0.5], '1.4142135623730951'],
    ['pow', [1.1, 2], '1.2100000000000002'],
    ['pow', [7, 0.25], '1.6265765616977859'],
    ['log', [0.68, 2], '-0.5563933485243853'],
    ['log', [1.34, 2], '0.42223300068304787'],
    ['signum', [-7], '-1'],
    ['signum', [0], '0'],
    ['signum', [12], '1'],
    ['signum', [-0.5], `error: ${WHOLE}`],
    ['max', [1, 3, 2], '3'],
    ['max', [0.1, 0.2], '0.2'],
    ['max', [], 'error: must pass at least one number'],
    ['min', ['5', 3], '3'],
    ['min', [1, 2.5, -3], '-3'],
    ['parseint', ['ff', 16], '255'],
    ['parseint', ['FF', 16], '255'],
    ['parseint', ['-101', 2], '-5'],
    ['parseint', ['zZ', 62], '2231'],
    ['parseint', ['+12', 10], '12'],
    ['parseint', ['zz', 10], 'error: arg 0: cannot parse "zz" as a base 10 integer'],
    ['parseint', ['', 10], 'error: arg 0: cannot parse "" as a base 10 integer'],
    ['parseint', ['1_000', 10], 'error: arg 0: cannot parse "1_000" as a base 10 integer'],
    ['parseint', ['-0x1f', 16], 'error: arg 0: cannot parse "-0x1f" as a base 16 integer'],
    ['parseint', ['10', 1], 'error: arg 1: base must be a whole number between 2 and 62 inclusive'],
    ['parseint', ['12', 1.5], `error: arg 1: ${WHOLE}`],
    ['parseint', [10, 10], 'error: arg 0: first argument must be a string, not number'],
    ['sum', [[1, 2, 3.5]], '6.5'],
    [
      'sum',
      [['1', 2]],
      '3',
    ],
    ['sum', [[]], 'error: arg 0: cannot sum an empty list'],
    ['sum', ['abc'], 'error: arg 0: cannot sum noniterable'],
    ['sum', [{ a: 1 }], 'error: arg 0: argument must be list, set, or tuple. Received object'],
    ['sum', [['a']], 'error: arg 0: argument must be list, set, or tuple of number values'],
    ['sum', [[1, null]], 'error: arg 0: argument must be list, set, or tuple of number values'],
  ] as const)('%s(%j) = %s', (name, args, want) => {
    expect(run(f[name], ...(args as readonly Js[]))).toBe(want);
  });

  it('refuses finite numbers beyond float64 in pow and log, as gocty does', () => {
    const huge = Value.number(Num.parse('1e309')!);
    expect(run(f.pow, huge, 1)).toBe(`error: ${OUT_OF_FLOAT64}`);
    expect(run(f.pow, 2, Value.number(Num.parse('-1e309')!))).toBe(`error: ${OUT_OF_FLOAT64}`);
    expect(run(f.log, 10, huge)).toBe(`error: ${OUT_OF_FLOAT64}`);
    // Infinities are float64 values already.
    expect(run(f.pow, Value.number(Num.PositiveInfinity), 1)).toBe('+Inf');
  });

  it('handles infinities', () => {
    const inf = Value.number(Num.PositiveInfinity);
    expect(run(f.ceil, inf)).toBe('+Inf');
    expect(run(f.sum, Value.tuple([inf, Value.number(Num.NegativeInfinity)]))).toBe("error: can't compute sum of opposing infinities");
  });

  it('keeps marks on abs', () => {
    expect(run(f.abs, Value.number(-2).mark('sensitive'))).toBe('2 (sensitive)');
  });

  it('sums to unknown when elements are unknown', () => {
    expect(run(f.sum, Value.tuple([Value.number(1), Value.unknown(NumberType)]))).toBe('unknown(number)');
  });

  it('parses big integers like big.Int.SetString', () => {
    expect(parseBigInt('123456789012345678901234567890', 10)).toBe(123456789012345678901234567890n);
    expect(parseBigInt('-', 10)).toBeUndefined();
    expect(parseBigInt('Z', 36)).toBe(35n);
    expect(parseBigInt('Z', 62)).toBe(61n);
  });
});
