import { describe, expect, it } from 'vitest';
import { goDate } from './time.js';
import { goFormat } from './time-format.js';
import { strftime } from './strftime.js';

// 2006-01-02T15:04:05.123456789-07:00, Go's reference time, and a morning in UTC.
const ref = goDate({ year: 2006, month: 1, day: 2, hour: 15, minute: 4, second: 5, nanos: 123456789 }, -7 * 3600);
const morning = goDate({ year: 2023, month: 3, day: 9, hour: 0, minute: 7, second: 8, nanos: 0 }, 0, 'UTC');

describe('goFormat', () => {
  it.each([
    [ref, '2006-01-02T15:04:05Z07:00', '2006-01-02T15:04:05-07:00'],
    [ref, 'Mon Jan _2 15:04:05 MST 2006', 'Mon Jan  2 15:04:05 -0700 2006'],
    [ref, 'Monday, 02-Jan-06 03:04:05 PM', 'Monday, 02-Jan-06 03:04:05 PM'],
    [ref, '3:4:5 pm', '3:4:5 pm'],
    [ref, '.000 .999999 ,000000000 .9', '.123 .123456 ,123456789 .1'],
    [ref, 'January 002 __2', 'January 002   2'],
    [ref, '-07 -0700 -07:00 -07:00:00 -070000', '-07 -0700 -07:00 -07:00:00 -070000'],
    [morning, '2006-01-02T15:04:05Z07:00', '2023-03-09T00:07:08Z'],
    [morning, 'Z07 Z0700 Z07:00 MST 3PM', 'Z Z Z UTC 12AM'],
    [morning, '.999 .000', ' .000'],
    [morning, 'Jan Month Monday Mond', 'Mar Month Thursday Mond'],
    [morning, '1 2 4 5 06', '3 9 7 8 23'],
  ])('%#: %s', (t, layout, want) => {
    expect(goFormat(t, layout)).toBe(want);
  });
});

describe('strftime', () => {
  it.each([
    ['%Y-%m-%d %H:%M:%S', '2006-01-02 15:04:05'],
    ['%y %b %B %a %A %I %p %Z %z %L', '06 Jan January Mon Monday 03 PM -0700 -0700 .123'],
    ['100%% %q %', '100% %q %'],
  ])('%j', (format, want) => {
    expect(strftime(format, ref)).toBe(want);
  });
});
