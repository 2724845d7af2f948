import { describe, expect, it } from 'vitest';
import { parseGoDuration } from './go-duration.js';

describe('parseGoDuration', () => {
  it.each([
    ['0', 0],
    ['5s', 5000],
    ['1m30s', 90_000],
    ['1.5h', 5_400_000],
    ['300ms', 300],
    ['-2m', -120_000],
    ['1h2m3s4ms', 3_723_004],
    ['.5s', 500],
    ['2.s', 2000],
  ] as const)('%s', (text, ms) => {
    expect(parseGoDuration(text)).toEqual({ ms });
  });
  it.each([
    ['', 'time: invalid duration ""'],
    ['5', 'time: missing unit in duration "5"'],
    ['5x', 'time: unknown unit "x" in duration "5x"'],
    ['abc', 'time: invalid duration "abc"'],
    ['.s', 'time: invalid duration ".s"'],
  ] as const)('rejects %s', (text, error) => {
    expect(parseGoDuration(text)).toEqual({ error });
  });
});
