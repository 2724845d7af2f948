import { describe, expect, it } from 'vitest';
import { stringFunctions as f } from './string.js';
import { run, val, type Js } from './test-helpers.js';
import { Value } from '../value/value.js';
import { StringType, listOf } from '../value/type.js';

describe('string functions', () => {
  it.each([
    // [name, args, expected] — expectations checked against Packer's console where it has the function
    ['title', ['hello wORLD-foo_bar 3rd ǆx'], '"Hello WORLD-Foo_bar 3rd ǅx"'],
    ['upper', ['straße ǆ'], '"STRAßE Ǆ"'],
    ['lower', ['ÀÉ İ'], '"àé i"'],
    ['chomp', ['a\n\r\n\n'], '"a"'],
    ['chomp', ['a\r'], '"a"'],
    ['chomp', ['a\nb'], '"a\\nb"'],
    ['indent', [2, 'a\nb\n'], '"a\\n  b\\n  "'],
    ['indent', [1.5, 'a'], 'error: value must be a whole number, between -9223372036854775808 and 9223372036854775807'],
    ['indent', [-1, 'a'], 'error: panic in function implementation: strings: negative Repeat count'],
    ['trim', ['?!hello?!', '!?'], '"hello"'],
    ['trim', ['abc', ''], '"abc"'],
    ['trimspace', ['\u00a0 x \t\n'], '"x"'],
    ['trimspace', ['\ufeffx'], '"\ufeffx"'],
    ['trimprefix', ['helloworld', 'hello'], '"world"'],
    ['trimprefix', ['helloworld', 'world'], '"helloworld"'],
    ['trimsuffix', ['helloworld', 'world'], '"hello"'],
    ['trimsuffix', ['abc', ''], '"abc"'],
    ['split', ['', 'abc'], 'list["a", "b", "c"]'],
    ['split', [',', ''], 'list[""]'],
    ['split', ['', ''], 'list[]'],
    ['split', [',', 'a,b,,c'], 'list["a", "b", "", "c"]'],
    ['replace', ['aaa', '', '-'], '"-a-a-a-"'],
    ['replace', ['hello', '/l+/', 'L'], '"hello"'],
    ['replace', ['1 + 2 + 3', '+', '-'], '"1 - 2 - 3"'],
    ['substr', ['hello world', -5, 3], '"wor"'],
    ['substr', ['abc', 1, -1], '"bc"'],
    ['substr', ['abc', 5, 1], '""'],
    ['substr', ['abc', 3, 1], '""'],
    ['substr', ['abc', -1, 0], '"c"'],
    ['substr', ['abc', 0, 0], '""'],
    ['substr', ['abc', -10, 2], '"ab"'],
    ['substr', ['🇩🇪🇫🇷x', 1, 1], '"🇫🇷"'],
    ['substr', ['abc', 1.5, 1], 'error: value must be a whole number, between -9223372036854775808 and 9223372036854775807'],
    ['strrev', ['cafe\u0301'], '"éfac"'],
    ['strrev', ['👨‍👩‍👧ab'], '"ba👨‍👩‍👧"'],
    ['join', ['-', ['a'], ['b', 'c']], '"a-b-c"'],
    ['join', ['-'], 'error: at least one list is required'],
    ['join', [', ', []], '""'],
    ['startswith', ['hello', 'he'], 'true'],
    ['startswith', ['hello', 'lo'], 'false'],
    ['endswith', ['hello', 'lo'], 'true'],
    ['strcontains', ['hello', 'ell'], 'true'],
    ['strcontains', ['hello', 'xyz'], 'false'],
  ] as const)('%s(%j) = %s', (name, args, want) => {
    expect(run(f[name], ...(args as readonly Js[]))).toBe(want);
  });

  it('reports a null element of a joined list with its position', () => {
    const list = Value.list([Value.string('a'), Value.null(StringType)], StringType);
    expect(run(f.join, ',', list)).toBe('error: arg 1: element 1 is null; cannot concatenate null values');
    expect(run(f.join, ',', val(['x']), list)).toBe('error: arg 2: element 1 of list 2 is null; cannot concatenate null values');
  });

  it('joins to unknown when a list holds unknowns', () => {
    const list = Value.list([Value.unknown(StringType)], StringType);
    expect(run(f.join, ',', list)).toBe('unknown(string)');
    expect(listOf(StringType).kind).toBe('list');
  });
});
