import { describe, expect, it } from 'vitest';
import { call, callText } from './call-for-test.js';
import { datetimeFunctions as f } from './datetime.js';
import type { Value } from '../value/value.js';

describe('timeadd', () => {
  it.each([
    ['2017-11-22T00:00:00Z', '10m', '2017-11-22T00:10:00Z'],
    ['2017-11-22T00:00:00+05:30', '-1.5h', '2017-11-21T22:30:00+05:30'],
    ['2017-11-22T00:00:00Z', '1ns', '2017-11-22T00:00:00Z'],
    ['2017-11-22T00:00:00.999999999Z', '1ns', '2017-11-22T00:00:01Z'],
    ['2017-11-22T00:00:00Z', '1h30m15.5s', '2017-11-22T01:30:15Z'],
    ['2017-11-22T00:00:00Z', '+2\u00b5s', '2017-11-22T00:00:00Z'],
    ['0001-01-01T00:00:00Z', '-1h', '0000-12-31T23:00:00Z'],
    ['9999-12-31T23:00:00Z', '2h', '10000-01-01T01:00:00Z'],
    ['2017-11-22T00:00:00Z', '1d', 'error: time: unknown unit "d" in duration "1d"'],
    ['2017-11-22T00:00:00Z', '', 'error: time: invalid duration ""'],
    ['2017-11-22T00:00:00Z', '10', 'error: time: missing unit in duration "10"'],
    ['2017-11-22T00:00:00Z', '\u00b5s', 'error: time: invalid duration "\\xc2\\xb5s"'],
    ['2017-11-22T00:00:00Z', '1\u00b5x', 'error: time: unknown unit "\\xc2\\xb5x" in duration "1\\xc2\\xb5x"'],
    ['2017-11-22T00:00:00Z', '9999999999999h', 'error: time: invalid duration "9999999999999h"'],
    ['2017-11-22', '1h', "error: not a valid RFC3339 timestamp: missing required time introducer 'T'"],
  ])('timeadd(%j, %j) = %j', (ts, d, want) => {
    expect(callText(f.timeadd, ts, d)).toBe(want);
  });
});

describe('timestamp', () => {
  it('returns the current UTC time in RFC 3339', () => {
    const s = callText(f.timestamp);
    expect(s).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Math.abs(Date.parse(s) - Date.now())).toBeLessThan(5000);
  });
});

function attrs(v: Value): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of v.attributes()) out[k] = x.type.kind === 'string' ? x.asString() : x.asNum().toString();
  return out;
}

describe('rfc3339_parse', () => {
  it('parses a timestamp with an offset into its calendar parts', () => {
    const r = call(f.rfc3339_parse, '2023-07-25T23:43:16.5-07:00');
    expect('value' in r && attrs(r.value)).toEqual({
      year: '2023',
      year_day: '206',
      day: '25',
      month: '7',
      month_name: 'July',
      weekday: '2',
      weekday_name: 'Tuesday',
      hour: '23',
      minute: '43',
      second: '16',
      unix: '1690353796',
      iso_year: '2023',
      iso_week: '30',
    });
  });
  it('accepts a space separator and ISO weeks across years', () => {
    const r = call(f.rfc3339_parse, '2021-01-01 00:00:00Z');
    expect('value' in r && attrs(r.value)).toMatchObject({ iso_year: '2020', iso_week: '53', weekday_name: 'Friday', unix: '1609459200' });
  });
  it('rejects other text', () => {
    expect(callText(f.rfc3339_parse, '2021-01-01')).toBe('error: arg 0: "2021-01-01" is not a valid RFC3339 timestamp');
  });
});

describe('unix_timestamp_parse', () => {
  it('describes the instant in UTC', () => {
    const r = call(f.unix_timestamp_parse, 1690328596);
    expect('value' in r && attrs(r.value)).toEqual({
      year: '2023',
      year_day: '206',
      day: '25',
      month: '7',
      month_name: 'July',
      weekday: '2',
      weekday_name: 'Tuesday',
      hour: '23',
      minute: '43',
      second: '16',
      rfc3339: '2023-07-25T23:43:16Z',
      iso_year: '2023',
      iso_week: '30',
    });
  });
  it('handles times before the epoch', () => {
    const r = call(f.unix_timestamp_parse, -1);
    expect('value' in r && attrs(r.value).rfc3339).toBe('1969-12-31T23:59:59Z');
  });
  it('rejects fractions', () => {
    expect(callText(f.unix_timestamp_parse, 1.5)).toBe(
      'error: arg 0: unix_timestamp must be a whole number of seconds representable as a 64-bit integer: value must be a whole number, between -9223372036854775808 and 9223372036854775807',
    );
  });
});
