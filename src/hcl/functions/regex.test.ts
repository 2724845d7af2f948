import { describe, expect, it } from 'vitest';
import { regexFunctions as f } from './regex.js';
import { compileGoRegex } from './regex-syntax.js';
import { run, typeOf } from './test-helpers.js';

/** The Go error text for a pattern, or the JS source it became. */
function compile(pattern: string): string {
  try {
    return compileGoRegex(pattern).regexp.source;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('RE2 syntax errors (as Go reports them)', () => {
  it.each([
    ['(', 'error parsing regexp: missing closing ): `(`'],
    [')', 'error parsing regexp: unexpected ): `)`'],
    ['a**', 'error parsing regexp: invalid nested repetition operator: `**`'],
    ['a*?+', 'error parsing regexp: invalid nested repetition operator: `*?+`'],
    ['x{2}{3}', 'error parsing regexp: invalid nested repetition operator: `{2}{3}`'],
    ['[a', 'error parsing regexp: missing closing ]: `[a`'],
    ['\\1', 'error parsing regexp: invalid escape sequence: `\\1`'],
    ['\\Z', 'error parsing regexp: invalid escape sequence: `\\Z`'],
    ['\\x{110000}', 'error parsing regexp: invalid escape sequence: `\\x{110000`'],
    ['x{1001}', 'error parsing regexp: invalid repeat count: `{1001}`'],
    ['(?=x)', 'error parsing regexp: invalid or unsupported Perl syntax: `(?=`'],
    ['[z-a]', 'error parsing regexp: invalid character class range: `z-a`'],
    ['[[:foo:]]', 'error parsing regexp: invalid character class range: `[:foo:]`'],
    ['\\p{Foo}', 'error parsing regexp: invalid character class range: `\\p{Foo}`'],
    ['*', 'error parsing regexp: missing argument to repetition operator: `*`'],
    ['(?P<a', 'error parsing regexp: invalid named capture: `(?P<a`'],
    ['(?P<a-b>x)', 'error parsing regexp: invalid named capture: `(?P<a-b>`'],
    ['\\', 'error parsing regexp: trailing backslash at end of expression: ``'],
    ['(?i', 'error parsing regexp: invalid or unsupported Perl syntax: `(?i`'],
  ])('%s', (pattern, want) => {
    expect(compile(pattern)).toBe(want);
  });

  it.each(['(?P<1a>x)', '(?<n>x)', 'a{,5}', '{', 'x{2,}?', '[]a]', '[^\\d-z]', '\\Q*+\\E', '(?i)(?-i:a)b', '\\pL\\p{Greek}\\PN'])(
    'accepts %s',
    (pattern) => {
      expect(() => compileGoRegex(pattern)).not.toThrow();
    },
  );
});

describe('regex_replace', () => {
  it.each([
    // expectations taken from `packer console`
    ['baaac', 'a*', '-', '"-b-c-"'],
    ['abc', '', '-', '"-a-b-c-"'],
    ['xX', '(?i)x', 'y', '"yy"'],
    ['hello world', '(?P<first>\\w+) (\\w+)', '$2 ${first}x $1x $$ $first', '"world hellox  $ hello"'],
    ['a\nb', '(?m)^', '>', '">a\\n>b"'],
    ['aXbx', 'a(?i:x)b(x)', '!', '"!"'],
    ['x', '[\\d-z]', 'y', '"x"'],
    ['aXbX', 'x', 'y', '"aXbX"'],
    ['a.b', '.', '-', '"---"'],
    ['a\nb', '.', '-', '"-\\n-"'],
    ['a\nb', '(?s).', '-', '"---"'],
    ['foo bar', '\\bbar$', 'baz', '"foo baz"'],
    ['a1b22', '\\d+', '<$0>', '"a<1>b<22>"'],
    ['KELVIN', '(?i)k', 'x', '"xELVIN"'],
    ['aaa', 'a{2}', 'b', '"ba"'],
    ['aaa', '(?U)a+', 'b', '"bbb"'],
    ['x', '(', 'y', 'error: error parsing regexp: missing closing ): `(`'],
    ['aB AB ab', 'a(?i)b', 'X', '"X AB X"'],
    ['xY', '(?i:x)y', 'Z', '"xY"'],
    ['a-b_c', '[[:punct:]]', '.', '"a.b.c"'],
    ['ǅ DŽ', '(?i)ǆ', 'x', '"x DŽ"'],
    ['Straße', '(?i)SS', 'x', '"Straße"'],
    ['ΣΑΣ σας', '(?i)σ', 'x', '"xΑx xαx"'],
    ['k K', '(?i)\\x{212A}', 'x', '"x x"'],
    ['abc', '(?i)[^B]', 'x', '"xbx"'],
    ['a\tb', '\\s', '_', '"a_b"'],
    ['a\u00a0b', '\\s', '_', '"a\u00a0b"'],
    ['aaa', 'a*?', '-', '"-a-a-a-"'],
    ['abab', '(?:ab)+?', '-', '"--"'],
    ['x', '^*', '-', '"-x-"'],
    ['a.b', '\\Q.\\E', '!', '"a!b"'],
  ])('regex_replace(%j, %j, %j) = %s', (s, pattern, rep, want) => {
    expect(run(f.regex_replace, s, pattern, rep)).toBe(want);
  });
});

describe('regex and regexall', () => {
  it.each([
    ['[a-z]+', '53453453.345345aaabbbccc23454', '"aaabbbccc"'],
    ['(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)', '2019-02-01', 'tuple["2019", "02", "01"]'],
    [
      '^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?',
      'https://terraform.io/docs/',
      'object{authority="terraform.io", scheme="https"}',
    ],
    ['(a)|(b)', 'b', 'tuple[null, "b"]'],
    ['[a-z]+', '1234', 'error: pattern did not match any part of the given string'],
    ['(?P<x>a)(b)', 'ab', 'error: arg 0: invalid regexp pattern: cannot mix both named and unnamed capture groups'],
    ['(', 'x', 'error: arg 0: invalid regexp pattern: missing closing ) in ('],
  ])('regex(%j, %j) = %s', (pattern, s, want) => {
    expect(run(f.regex, pattern, s)).toBe(want);
  });

  it.each([
    ['[a-z]+', '1234abcd5678efgh9', 'list["abcd", "efgh"]'],
    ['[a-z]+', '123456789', 'list[]'],
    ['a*', 'baaac', 'list["", "aaa", ""]'],
    ['(\\w)=(\\d)', 'a=1,b=2', 'list[tuple["a", "1"], tuple["b", "2"]]'],
  ])('regexall(%j, %j) = %s', (pattern, s, want) => {
    expect(run(f.regexall, pattern, s)).toBe(want);
  });

  it('derives the result type from the pattern', () => {
    expect(typeOf(f.regex, '(?P<a>x)(?P<b>y)', 'xy')).toBe('object({a=string, b=string})');
    expect(typeOf(f.regexall, 'x', 'xx')).toBe('list(string)');
  });
});
