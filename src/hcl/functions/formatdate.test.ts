import { describe, expect, it } from 'vitest';
import { callText } from './call-for-test.js';
import { formatdateFunctions as f } from './formatdate.js';

describe('formatdate', () => {
  // Expected texts from `packer console` (1.6.6), except where noted as cty's strict RFC 3339 checks (newer cty).
  it.each([
    ['DD MMM YYYY hh:mm ZZZ', '2018-01-02T23:12:01Z', '02 Jan 2018 23:12 UTC'],
    ['EEEE, DD-MMM-YY hh:mm:ss ZZZZZ', '2018-01-02T23:12:01-08:00', 'Tuesday, 02-Jan-18 23:12:01 -08:00'],
    ["h 'o''clock' HH AA aa H:m:s Z ZZZZ", '2018-01-02T03:02:01+05:30', "3 o'clock 03 AM am 3:2:1 +05:30 +0530"],
    ['EEE, DD MMMM YYYY hh:mm:ss Z', '2018-01-02T13:12:01Z', 'Tue, 02 January 2018 13:12:01 Z'],
    ['M/D/YY HH:mm aa', '2006-01-02T15:04:05.123Z', '1/2/06 03:04 pm'],
    ["''", '2018-01-02T23:12:01Z', "'"],
    ['YYY', '2018-01-02T23:12:01Z', 'error: arg 0: invalid date format verb "YYY": year must either be "YY" or "YYYY"'],
    ['x', '2018-01-02T23:12:01Z', 'error: arg 0: invalid date format verb "x"'],
    ["'abc", '2018-01-02T23:12:01Z', "error: arg 0: unterminated literal '"],
    ['MMMMM', '2018-01-02T23:12:01Z', 'error: arg 0: invalid date format verb "MMMMM": month must be "M", "MM", "MMM", or "MMMM"'],
    ['A', '2018-01-02T23:12:01Z', 'error: arg 0: invalid date format verb "A": must be "AA"'],
    ['ZZ', '2018-01-02T23:12:01Z', 'error: arg 0: invalid date format verb "ZZ": timezone must be Z, ZZZZ, or ZZZZZ'],
    ['Y', '2018', 'error: arg 1: not a valid RFC3339 timestamp: end of string where "-" is expected'],
    ['Y', '2018-01-02', "error: arg 1: not a valid RFC3339 timestamp: missing required time introducer 'T'"],
    ['Y', '2018-01-02 10:00:00Z', "error: arg 1: not a valid RFC3339 timestamp: missing required time introducer 'T'"],
    ['Y', '2018-01-02T10:00:00', 'error: arg 1: not a valid RFC3339 timestamp: end of string before UTC offset'],
    ['Y', '2018-02-30T10:00:00Z', 'error: arg 1: not a valid RFC3339 timestamp: day out of range'],
    ['Y', '2018-01-02T10:00:00Zjunk', 'error: arg 1: not a valid RFC3339 timestamp: cannot use "junk" as timestamp segment'],
    ['Y', '2018-01-02T10-00:00Z', 'error: arg 1: not a valid RFC3339 timestamp: found "-00:00Z" where ":" is expected'],
    ['Y', '', 'error: arg 1: not a valid RFC3339 timestamp: end of string before year'],
    // Current Go reports the whole remaining value for a malformed year.
    ['Y', '20x8-01-02T10:00:00Z', 'error: arg 1: not a valid RFC3339 timestamp: cannot use "20x8-01-02T10:00:00Z" as year'],
    ['Y', '2018-13-02T10:00:00Z', 'error: arg 1: not a valid RFC3339 timestamp: cannot use "-02T10:00:00Z" as month'],
    // cty's strict RFC 3339 checks and reworded messages (newer than Packer 1.6.6).
    ['Y', '2018-01-02T1:00:00Z', 'error: arg 1: not a valid RFC3339 timestamp: hour must have exactly two digits'],
    ['Y', '2018-01-02T10:00:00+24:00', 'error: arg 1: not a valid RFC3339 timestamp: cannot use "+24:00" as UTC offset'],
    ['Y', '2018-01-02T10:00:00,5Z', 'error: arg 1: not a valid RFC3339 timestamp: cannot use "," as timestamp segment'],
    ['Y', '2018-01-02T25:00:00Z', 'error: arg 1: not a valid RFC3339 timestamp: hour must be between 0 and 23 inclusive'],
    ['Y', '2018-01-02T10:0:00Z', 'error: arg 1: not a valid RFC3339 timestamp: minute must have exactly two digits'],
  ])('formatdate(%j, %j) = %j', (format, time, want) => {
    expect(callText(f.formatdate, format, time)).toBe(want);
  });
});
