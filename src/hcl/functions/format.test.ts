import { describe, expect, it } from 'vitest';
import { formatFunctions as f } from './format.js';
import { run, type Js } from './test-helpers.js';
import { Value } from '../value/value.js';
import { Num } from '../value/number.js';
import { StringType } from '../value/type.js';

const inf = Value.number(Num.PositiveInfinity);
const negInf = Value.number(Num.NegativeInfinity);

describe('format', () => {
  it.each([
    // expectations taken from `packer console`
    [['%05.2f', 3.14159], '"03.14"'],
    [
      ['%e|%E|%g|%f|%.3e|%10.2f|%-8d|%+d|% d|%x|%X|%o|%b', 123456.789, 0.000012, 1e21, 2.5, 3.14159, 2.675, 42, 5, 7, 255, 255, 8, 5],
      '"1.234568e+05|1.200000E-05|1e+21|2.500000|3.142e+00|      2.67|42      |+5| 7|ff|FF|10|101"',
    ],
    [['%v %v %v %#v %q %s', 'a', 1.5, true, { a: 1 }, 'x"y', 12], '"a 1.5 true {\\"a\\":1} \\"x\\\\\\"y\\" 12"'],
    [['%s|%5s|%-5s|%.2s|%5.1s', 'héllo', 'ab', 'ab', 'héllo', 'xyz'], '"héllo|   ab|ab   |hé|    x"'],
    [['%q|%10q', 'a\tb', 'x'], '"\\"a\\\\tb\\"|       \\"x\\""'],
    [['%v|%v', 1e21, 0.1], '"1e+21|0.1"'],
    [['%g %g %g %G', 100000, 1000000, 0.0001, 1e-7], '"100000 1e+06 0.0001 1E-07"'],
    [['%.3g|%g|%G', 1234.5678, 1e-5, 1.5e-10], '"1.23e+03|1e-05|1.5E-10"'],
    [['%e', 0], '"0.000000e+00"'],
    [['%.0f|%.0f|%.0f', 0.5, 1.5, 2.5], '"0|2|2"'],
    [['%x|%X|%o|%b|%d', -255, '3000000000000000000000', 64, 10, 0], '"-ff|A2A15D09519BE00000|100|1010|0"'],
    [['%.d|%.0d|%5.0d|', 0, 0, 0], '"|||"'],
    [['%-05d|%0-5d|%-05s|%05s', 1, 2, 'a', 'b'], '"1    |2    |a0000|0000b"'],
    [['%#x %#o %#b %08.3d %+x', 255, 8, 5, 42, -255], '"0xff 010 0b101      042 -ff"'],
    [['%t|%t', true, 'false'], '"true|false"'],
    [['%d', '12'], '"12"'],
    [['%5t|%-7v|', true, null], '"true|null   |"'],
    [['%+.2f|% .2f|%+d|% d', 3.14159, 3.14159, 0, -3], '"+3.14| 3.14|+0|-3"'],
    [['%08.3f|%-8.3f|%+08d', -3.14159, 3.14159, 42], '"-003.142|3.142   |+0000042"'],
    [['%v', { b: [true], a: 'x' }], '"{\\"a\\":\\"x\\",\\"b\\":[true]}"'],
    [['%#v', 'x<y'], '"\\"x\\\\u003cy\\""'],
    [['%10v|%-10v|%010v', 'abc', 12.5, true], '"       abc|12.5      |000000true"'],
    [['%[2]d %[1]d %d', 1, 2], '"2 1 2"'],
    [['100%% %s', 'sure'], '"100% sure"'],
    [['%v', null], '"null"'],
    // errors
    [['%d', 1.5], 'error: unsupported value for "%d" at 0: an integer is required'],
    [['%s'], 'error: not enough arguments for "%s" at 0: need index 1 but have 0 total'],
    [['a', 1], 'error: arg 1: too many arguments; no verbs in format string'],
    [['%d %d', 1, 2, 3], 'error: arg 3: too many arguments; only 2 used by format string'],
    [['%z', 1], "error: unsupported format verb 'z' in \"%z\" at offset 0"],
    [['%', 1], 'error: invalid format string starting at offset 1'],
    [['%5'], 'error: invalid format string starting at offset 2'],
    [['a%!d'], "error: unrecognized format character '!' at offset 2"],
    [['%[1'], 'error: invalid format string starting at offset 3'],
    [['é%-'], 'error: invalid format string starting at offset 4'],
    [['%[0]d', 1], "error: unrecognized format character '0' at offset 2"],
    [['%é', 1], "error: unrecognized format character 'é' at offset 1"],
    [['%[2]s %s %[1]s', 'a', 'b'], 'error: not enough arguments for "%s" at 6: need index 3 but have 2 total'],
    [['%s', null], 'error: unsupported value for "%s" at 0: null value cannot be formatted'],
    [['%d', 'x'], 'error: unsupported value for "%d" at 0: a number is required'],
  ] as const)('format(%j) = %s', (args, want) => {
    expect(run(f.format, ...(args as readonly Js[]))).toBe(want);
  });

  it('formats infinities as Go does', () => {
    expect(run(f.format, '%e|%E', inf, negInf)).toBe('"+Inf|-Inf"');
    expect(run(f.format, '%05.1f|%5.1f', inf, inf)).toBe('" +Inf| +Inf"');
  });

  it('is unknown while an argument is not wholly known', () => {
    expect(run(f.format, '%s', Value.unknown(StringType))).toBe('unknown(string)');
  });
});

describe('formatlist', () => {
  it.each([
    [['%s-%s', ['a', 'b'], 'x'], 'list["a-x", "b-x"]'],
    [['%s', []], 'list[]'],
    [['hi'], 'list["hi"]'],
    [['%s=%s', ['a'], ['b', 'c']], 'error: arg 2: argument 2 has length 2, which is inconsistent with argument 1 of length 1'],
    [['%d', ['x']], 'error: error on format iteration 0: unsupported value for "%d" at 0: a number is required'],
  ] as const)('formatlist(%j) = %s', (args, want) => {
    expect(run(f.formatlist, ...(args as readonly Js[]))).toBe(want);
  });

  it('yields unknown elements where an iteration has unknown arguments', () => {
    const list = Value.list([Value.string('a'), Value.unknown(StringType)], StringType);
    expect(run(f.formatlist, '<%s>', list)).toBe('list["<a>", unknown(string)]');
  });
});
