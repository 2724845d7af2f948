// Num against Go's math/big as cty uses it: expected texts were produced by big.Float (Text('f', -1), Prec()).
import { describe, it, expect } from 'vitest';
import { Num, NumNaNError } from './number.js';
import { formatGoFloat64 } from './number-format.js';

function arg(s: string): Num {
  const n = Num.parse(s);
  if (!n) throw new Error(`bad literal ${s}`);
  return n;
}

function run(op: string, a: string, b: string): Num | undefined {
  switch (op) {
    case 'parse':
      return Num.parse(a);
    case 'f64':
      return Num.fromFloat64(Number(a));
    case 'int':
      return Num.fromBigInt(BigInt(a));
    case 'add':
      return arg(a).add(arg(b));
    case 'sub':
      return arg(a).sub(arg(b));
    case 'mul':
      return arg(a).mul(arg(b));
    case 'div':
      return arg(a).div(arg(b));
    case 'mod':
      return arg(a).mod(arg(b));
    case 'pow':
      return arg(a).pow(arg(b));
  }
  throw new Error(op);
}

describe('Num matches big.Float', () => {
  // [operation, a, b, Text('f', -1) or ERR, precision]
  const rows: [string, string, string, string, number][] = [
    ['div', '1', '3', '0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333335', 512],
    ['div', '2', '3', '0.6666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666667', 512],
    ['add', '0.1', '0.2', '0.3', 512],
    ['mul', '0.1', '3', '0.3', 512],
    ['mod', '10', '3', '1', 512],
    ['mod', '11', '5.1', '0.80000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000024', 512],
    ['add', '3.14159265358979323846264338327950288419716939937510582097494459', '1', '4.14159265358979323846264338327950288419716939937510582097494459', 512],
    ['mod', '-7', '3', '-1', 512],
    ['mod', '7', '-3', '1', 512],
    ['mod', '-5.5', '2', '-1.5', 512],
    ['mod', '5', '0', '5', 512],
    ['mod', '-0', '1', '-0', 512],
    ['mod', 'Inf', '5', '+Inf', 512],
    ['mod', '-Inf', '5', '-Inf', 512],
    ['mod', 'Inf', '0', '+Inf', 512],
    ['div', '1', '0', '+Inf', 512],
    ['div', '-1', '0', '-Inf', 512],
    ['div', '0', '5', '0', 512],
    ['div', '-0', '5', '-0', 512],
    ['sub', '0.3', '0.1', '0.20000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002', 512],
    ['mul', '1e200', '1e200', '10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 512],
    ['add', '-0', '-0', '-0', 512],
    ['add', '-0', '0', '0', 512],
    ['sub', '-0', '0', '-0', 512],
    ['sub', '5', '5', '0', 512],
    ['mul', '-0', '5', '-0', 512],
    ['add', '1e300', '1e-300', '1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 512],
    ['parse', '1e400', '', '10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 512],
    ['parse', '1e-400', '', '0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001', 512],
    ['parse', '12345678901234567890123', '', '12345678901234567890123', 512],
    ['parse', '1e30', '', '1000000000000000000000000000000', 512],
    ['parse', '-0', '', '-0', 512],
    ['parse', '.5', '', '0.5', 512],
    ['parse', '5.', '', '5', 512],
    ['parse', '+1', '', '1', 512],
    ['parse', '1p3', '', '8', 512],
    ['parse', 'Inf', '', '+Inf', 512],
    ['parse', '-inf', '', '-Inf', 512],
    ['parse', '1_000', '', 'ERR', 0],
    ['parse', '0x10', '', 'ERR', 0],
    ['parse', ' 1', '', 'ERR', 0],
    ['parse', '1e', '', 'ERR', 0],
    ['parse', '', '', 'ERR', 0],
    ['parse', '-', '', 'ERR', 0],
    ['parse', '1.5E-3', '', '0.0015', 512],
    ['parse', '1e2000000000', '', '+Inf', 512],
    ['parse', '1e-2000000000', '', '0', 512],
    ['parse', '1e99999999999999999999', '', 'ERR', 0],
    ['parse', '0.1e1', '', '1', 512],
    ['f64', '0.1', '', '0.1', 53],
    ['f64', '5e-324', '', '0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004940656458412465', 53],
    ['f64', '1e22', '', '10000000000000000000000', 53],
    ['int', '18446744073709551616', '', '18446744073709551616', 65],
    ['pow', '2', '64', '18446744073709550000', 53],
    ['pow', '2', '-3', '0.125', 53],
    ['pow', '1.1', '100', '13780.612339822364', 53],
    ['pow', '2', '1024', '+Inf', 53],
    ['pow', '0', '-1', '+Inf', 53],
    ['pow', '-8', '3', '-512', 53],  ];
  it.each(rows)('%s %j %j', (op, a, b, want, prec) => {
    const got = run(op, a, b);
    if (want === 'ERR') {
      expect(got).toBeUndefined();
      return;
    }
    expect(got?.toString()).toBe(want);
    expect(got?.prec).toBe(prec);
  });
});

describe('Num text formats', () => {
  it.each([
    ['1/3', 'g', 10, '0.3333333333'],
    ['12345678901234567890123', 'g', 10, '1.23456789e+22'],
    ['0.0001', 'g', 10, '0.0001'],
    ['0.00001', 'g', 10, '1e-05'],
    ['1e30', 'e', 5, '1.00000e+30'],
    ['-0', 'g', 10, '-0'],
    ['2.5', 'f', 0, '2'],
    ['3.5', 'f', 0, '4'],
    ['1.005', 'f', 2, '1.00'],
  ] as const)('%s as %s/%d', (lit, format, prec, want) => {
    const n = lit === '1/3' ? arg('1').div(arg('3')) : arg(lit);
    expect(n.text(format, prec)).toBe(want);
  });

  it.each([
    [1 / 3, '0.3333333333333333'],
    [1e30, '1e+30'],
    [1.5e-7, '1.5e-07'],
    [123456789.12345679, '1.2345678912345679e+08'],
    [100000, '100000'],
    [1e6, '1e+06'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [-0, '-0'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
    [18446744073709552000, '1.8446744073709552e+19'],
  ])('Go %%v of %d', (x, want) => {
    expect(formatGoFloat64(x)).toBe(want);
  });
});

describe('Num NaN cases throw with cty messages', () => {
  it.each([
    ['add', 'Inf', '-Inf', "can't compute sum of opposing infinities"],
    ['sub', 'Inf', 'Inf', "can't subtract infinity from itself"],
    ['mul', '0', 'Inf', "can't multiply zero by infinity"],
    ['div', '0', '0', "can't divide zero by zero or infinity by infinity"],
    ['div', 'Inf', '-Inf', "can't divide zero by zero or infinity by infinity"],
    ['mod', '0', 'Inf', "can't use modulo with zero and infinity"],
    ['mod', '5', 'Inf', "can't use modulo with zero and infinity"],
    ['mod', 'Inf', 'Inf', "can't use modulo with zero and infinity"],
  ])('%s %s %s', (op, a, b, message) => {
    expect(() => run(op, a, b)).toThrow(NumNaNError);
    expect(() => run(op, a, b)).toThrow(message);
  });
});

describe("Num modulo with cty's own infinity values", () => {
  // cty only multiplies when an operand is cty.PositiveInfinity or cty.NegativeInfinity itself (what min and max
  // return unchanged); `packer console`: 5 % min(1 / 0) is +Inf, 5 % (1 / 0) fails, 0 % max(-1 / 0) fails.
  it('multiplies the infinities', () => {
    expect(arg('5').mod(Num.PositiveInfinity).toString()).toBe('+Inf');
    expect(Num.NegativeInfinity.mod(arg('5')).toString()).toBe('-Inf');
    expect(() => arg('0').mod(Num.NegativeInfinity)).toThrow("can't use modulo with zero and infinity");
    expect(() => Num.PositiveInfinity.mod(arg('0'))).toThrow("can't use modulo with zero and infinity");
  });
});

describe('Num comparison and conversion', () => {
  it('compares, treating -0 as 0', () => {
    expect(arg('-0').cmp(arg('0'))).toBe(0);
    expect(arg('-Inf').cmp(arg('-1e400'))).toBe(-1);
    expect(arg('0.1').lt(arg('0.2'))).toBe(true);
    expect(arg('3').gt(arg('2.9999999999999999999999'))).toBe(true);
  });
  it('equality is by shortest text across precisions', () => {
    expect(Num.fromFloat64(0.1).eq(arg('0.1'))).toBe(true);
    expect(arg('0.1').add(arg('0.2')).eq(arg('0.3'))).toBe(true);
    expect(arg('-0').eq(arg('0'))).toBe(true);
    expect(arg('1').eq(arg('1.0000000000000000000001'))).toBe(false);
    expect(Num.from(5).eq(arg('5'))).toBe(true);
  });
  it('predicates and integer views', () => {
    expect(arg('5').isInteger()).toBe(true);
    expect(arg('5.5').isInteger()).toBe(false);
    expect(arg('Inf').isInteger()).toBe(false);
    expect(arg('-Inf').isInfinite()).toBe(true);
    expect(arg('-0').isZero()).toBe(true);
    expect(arg('-0').sign()).toBe(0);
    expect(arg('-2.5').toBigInt()).toBe(-2n);
    expect(arg('1e30').toBigInt()).toBe(10n ** 30n);
    expect(arg('Inf').toBigInt()).toBeUndefined();
    expect(arg('42').toSafeInteger()).toBe(42);
    expect(arg('4.2').toSafeInteger()).toBeUndefined();
    expect(arg('1e30').toInt64()).toBeUndefined();
    expect(arg('-9223372036854775808').toInt64()).toBe(-(2n ** 63n));
  });
  it('floor, ceil and trunc keep precision', () => {
    expect(arg('-2.5').floor().toString()).toBe('-3');
    expect(arg('-2.5').ceil().toString()).toBe('-2');
    expect(arg('2.5').floor().toString()).toBe('2');
    expect(arg('2.5').ceil().toString()).toBe('3');
    expect(arg('2.5').trunc().toString()).toBe('2');
    expect(arg('1e30').floor().toString()).toBe('1000000000000000000000000000000');
    expect(arg('Inf').floor().isInfinite()).toBe(true);
  });
  it('converts to float64 with ties to even', () => {
    expect(arg('0.1').toNumber()).toBe(0.1);
    expect(arg('9007199254740993').toNumber()).toBe(9007199254740992);
    expect(arg('9007199254740995').toNumber()).toBe(9007199254740996);
    expect(arg('1e400').toNumber()).toBe(Infinity);
    expect(arg('1e-400').toNumber()).toBe(0);
    expect(arg('5e-324').toNumber()).toBe(5e-324);
    expect(arg('2.4703282292062328e-324').toNumber()).toBe(5e-324);
    expect(Object.is(arg('-0').toNumber(), -0)).toBe(true);
  });
  it('from() follows cty constructors', () => {
    expect(Num.from(3).prec).toBe(64);
    expect(Num.from(0.5).prec).toBe(53);
    expect(Num.from(2n ** 100n).prec).toBe(101);
    expect(Num.from(2 ** 64).toString()).toBe('18446744073709550000');
  });
});
