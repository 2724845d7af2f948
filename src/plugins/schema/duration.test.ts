import { describe, expect, test } from 'vitest';
import { formatGoDuration, parseGoDuration } from './duration.js';

describe('parseGoDuration', () => {
  test.each([
    ['0', 0],
    ['1m30s', 90000],
    ['500ms', 500],
    ['2h', 7200000],
    ['1.5s', 1500],
    ['-3s', -3000],
    ['+1h1m', 3660000],
    ['100us', 0.1],
    ['10ns', 0.00001],
    ['.5m', 30000],
  ])('%s', (s, ms) => {
    const r = parseGoDuration(s);
    expect(r.ok && r.ms).toBeCloseTo(ms, 9);
  });

  test.each([
    ['', 'time: invalid duration ""'],
    ['abc', 'time: invalid duration "abc"'],
    ['10', 'time: missing unit in duration "10"'],
    ['10x', 'time: unknown unit "x" in duration "10x"'],
    ['.s', 'time: invalid duration ".s"'],
  ])('%j fails', (s, err) => {
    expect(parseGoDuration(s)).toEqual({ ok: false, error: err });
  });
});

test('formatGoDuration', () => {
  expect([0, 500, 1500, 90000, 3660000, -2000].map(formatGoDuration)).toEqual(['0s', '500ms', '1.5s', '1m30s', '1h1m0s', '-2s']);
});
