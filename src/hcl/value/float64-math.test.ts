import { describe, expect, it } from 'vitest';
import { fma, goExp, goLog } from './float64-math.js';

describe('Go amd64 Log', () => {
  it('handles the special cases as log_amd64.s', () => {
    expect(goLog(0)).toBe(-Infinity);
    expect(goLog(-0)).toBe(-Infinity);
    expect(goLog(-1)).toBeNaN();
    expect(goLog(Infinity)).toBe(Infinity);
    expect(goLog(1)).toBe(0);
  });

  it('gives what `packer console` prints for log() (where JS Math.log differs in the last digit)', () => {
    expect(goLog(0.68) / goLog(2)).toBe(-0.5563933485243853);
    expect(goLog(1.34) / goLog(2)).toBe(0.42223300068304787);
    expect(goLog(0.01) / goLog(10)).toBe(-2);
  });
});

describe('Go amd64 Exp', () => {
  it.each([true, false])('handles the special cases (fma: %s)', (useFma) => {
    expect(goExp(0, useFma)).toBe(1);
    expect(goExp(-Infinity, useFma)).toBe(0);
    expect(goExp(Infinity, useFma)).toBe(Infinity);
    expect(goExp(710, useFma)).toBe(Infinity);
    // The assembly does not produce subnormal results.
    expect(goExp(-740, useFma)).toBe(0);
    expect(goExp(NaN, useFma)).toBeNaN();
  });

  it('stays within an ulp of the true value', () => {
    for (const x of [-10, -1, -0.5, 0.1, 0.5, 1, 2.5, 10, 100, 700]) {
      for (const useFma of [true, false]) {
        const got = goExp(x, useFma);
        expect(Math.abs(got - Math.exp(x)) / Math.exp(x)).toBeLessThan(4e-16);
      }
    }
  });
});

describe('fused multiply-add', () => {
  it('rounds once', () => {
    // 0.1 × 10 is 1 + 2^-54 before rounding; a separate multiply would round it to 1.
    expect(fma(0.1, 10, -1)).toBe(5.551115123125783e-17);
    expect(fma(2, 3, 4)).toBe(10);
    expect(fma(-1.5, 2, 3)).toBe(0);
    expect(fma(1e300, 1e10, 0)).toBe(Infinity);
  });
});
