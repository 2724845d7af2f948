import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodingFunctions as f } from './encoding.js';
import { goBase64Decode } from './encoding-base64.js';
import { run, val, type Js } from './test-helpers.js';
import { Value } from '../value/value.js';
import { StringType } from '../value/type.js';
import { Num } from '../value/number.js';

describe('encoding functions', () => {
  it.each([
    // expectations taken from `packer console` (current Packer's code where 1.6.6 differs)
    ['base64decode', ['aGVsbG8='], '"hello"'],
    ['base64decode', ['aGVs\nbG8='], '"hello"'],
    ['base64decode', ['aGVsbG8'], "error: failed to decode base64 data 'aGVsbG8'"],
    ['base64decode', ['/w=='], 'error: the result of decoding the the provided string is not valid UTF-8'],
    ['base64encode', ['héllo'], '"aMOpbGxv"'],
    ['urlencode', ['a b&c=d/é~'], '"a+b%26c%3Dd%2F%C3%A9~"'],
    ['csvdecode', ['a,b\n1,2\n3,4\n'], 'list[object{a="1", b="2"}, object{a="3", b="4"}]'],
    ['csvdecode', ['a,b\r\n"x,""y""",\n\n'], 'list[object{a="x,\\"y\\"", b=""}]'],
    ['csvdecode', ['a\n"multi\nline"'], 'list[object{a="multi\\nline"}]'],
    ['csvdecode', ['a,b\n'], 'list[]'],
    ['csvdecode', ['a,b\n1\n'], 'error: CSV parse error on line 2: wrong number of fields'],
    ['csvdecode', [''], 'error: missing header line'],
    ['csvdecode', ['a,a\n'], 'error: duplicate column name "a"'],
    ['csvdecode', ['a,"b\n1,2'], 'error: CSV parse error on line 2: extraneous or missing " in quoted-field'],
    ['csvdecode', ['a\n"x"y\n'], 'error: CSV parse error on line 2: extraneous or missing " in quoted-field'],
    ['csvdecode', ['a\nx"y\n'], 'error: CSV parse error on line 2: bare " in non-quoted-field'],
    ['jsonencode', [{ a: [1, 'x<'], b: null }], '"{\\"a\\":[1,\\"x\\\\u003c\\"],\\"b\\":null}"'],
    ['jsonencode', [null], '"null"'],
    ['jsondecode', ['{"a":[1,"x"],"b":null}'], 'object{a=tuple[1, "x"], b=null}'],
    ['jsondecode', ['{"a":1,"a":2}'], 'object{a=2}'],
    ['jsondecode', ['123456789012345678901234567890'], '123456789012345678901234567890'],
    ['jsondecode', ['{'], 'error: EOF'],
    ['jsondecode', [''], 'error: EOF'],
    // encoding/json quotes the first byte of a non-ASCII character as a Latin-1 rune (`packer console`)
    ['jsondecode', ['é'], "error: invalid character 'Ã' looking for beginning of value"],
    ['jsondecode', ['[1, 👍]'], "error: invalid character 'ð' looking for beginning of value"],
    ['jsondecode', ['"a\u0001"'], "error: invalid character '\\x01' in string literal"],
    ['jsondecode', ['[1,]'], "error: invalid character ']' looking for beginning of value"],
    ['jsondecode', ['x'], "error: invalid character 'x' looking for beginning of value"],
    ['jsondecode', ['1 2'], 'error: extraneous data after JSON object'],
    ['textencodebase64', ['Hello', 'UTF-16LE'], '"SABlAGwAbABvAA=="'],
    ['textencodebase64', ['Hello', 'utf-16'], '"/v8ASABlAGwAbABv"'],
    ['textencodebase64', ['Héllo', 'ISO-8859-1'], '"SOlsbG8="'],
    ['textencodebase64', ['€', 'windows-1252'], '"gA=="'],
    ['textencodebase64', ['€', 'latin1'], 'error: arg 0: the given string contains characters that cannot be represented in ISO-8859-1'],
    ['textencodebase64', ['x', 'nope'], 'error: arg 1: "nope" is not a supported IANA encoding name or alias'],
    ['textdecodebase64', ['SABlAGwAbABvAA==', 'UTF-16LE'], '"Hello"'],
    ['textdecodebase64', ['SOlsbG8=', 'iso-8859-1'], '"Héllo"'],
    ['textdecodebase64', ['gQ==', 'windows-1252'], 'error: arg 0: the given string contains symbols that are not defined for windows-1252'],
    ['textdecodebase64', ['/w==', 'UTF-8'], 'error: arg 0: the given string contains symbols that are not defined for UTF-8'],
    ['textdecodebase64', ['aGVsbG8', 'UTF-8'], 'error: arg 0: the given value is has an invalid base64 symbol at offset 4'],
    ['textdecodebase64', ['a$==', 'UTF-8'], 'error: arg 0: the given value is has an invalid base64 symbol at offset 1'],
  ] as const)('%s(%j) = %s', (name, args, want) => {
    expect(run(f[name], ...(args as readonly Js[]))).toBe(want);
  });

  it('gzips like Go (header, sync flush, final stored block) and round-trips', () => {
    const out = run(f.base64gzip, 'hello hello hello');
    const bytes = Buffer.from(JSON.parse(out) as string, 'base64');
    expect([...bytes.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
    expect(gunzipSync(bytes).toString()).toBe('hello hello hello');
    expect(run(f.base64gzip, '')).toBe('"H4sIAAAAAAAA/wAAAP//AQAA//8AAAAAAAAAAA=="');
  });

  it('reports Go base64 error offsets', () => {
    const off = (s: string) => {
      const r = goBase64Decode(Buffer.from(s));
      return 'errorOffset' in r ? r.errorOffset : Buffer.from(r.bytes).toString();
    };
    expect(off('aGk=')).toBe('hi');
    expect(off('aGk')).toBe(0);
    expect(off('aG=k')).toBe(2);
    expect(off('aGk=x')).toBe(4);
    expect(off('a===')).toBe(1);
  });

  it('refuses to encode infinity', () => {
    expect(run(f.jsonencode, Value.number(Num.PositiveInfinity))).toBe('error: cannot serialize infinity as JSON');
  });

  it('is unknown for jsonencode of values with unknowns', () => {
    expect(run(f.jsonencode, Value.tuple([Value.unknown(StringType)]))).toBe('unknown(string)');
  });
});

describe('yaml', () => {
  it.each([
    // yamlencode output as Packer prints it
    [{ a: [1, 'x'], b: null, c: {}, d: [], e: 'multi\nline', f: true }, '"a":\n- 1\n- "x"\n"b": null\n"c": {}\n"d": []\n"e": |-\n  multi\n  line\n"f": true\n'],
    ['x', '"x"\n'],
    [1, '1\n...\n'],
    [
      ['a', ['b'], { c: 1, d: [2] }, 'tab\there', 'trailing \nspace', 'x\n\n', ' lead\nx', '🎉'],
      '- "a"\n- - "b"\n- "c": 1\n  "d":\n  - 2\n- "tab\\there"\n- "trailing \\nspace"\n- |+\n  x\n\n- |2-\n   lead\n  x\n- "\\U0001F389"\n',
    ],
    [{ 'multi\nkey': 1 }, '? |-\n  multi\n  key\n: 1\n'],
    [
      'The quick brown fox jumps over the lazy dog and keeps on running far beyond the horizon line.',
      '"The quick brown fox jumps over the lazy dog and keeps on running far beyond the horizon\n  line."\n',
    ],
  ] as const)('yamlencode(%j)', (input, want) => {
    expect(run(f.yamlencode, input as Js)).toBe(JSON.stringify(want));
  });

  it.each([
    [
      'a: 0b101\nb: 017\nc: +5\nd: .5\ne: 1e3\nf: on\ng: 0o17\nh: 2001-12-14t21:59:43.10-05:00\ni: !!str 5\nj: !!int "5"\nk: 12:30',
      'object{a=5, b=17, c=5, d=0.5, e=1000, f=true, g="0o17", h="2001-12-14T21:59:43-05:00", i="5", j="5", k="12:30"}',
    ],
    ['a: 1\nb: [yes, ~, 0x1F, 1_000, 2020-01-02]', 'object{a=1, b=tuple[true, null, "0x1F", 1000, "2020-01-02T00:00:00Z"]}'],
    ['a: &x 1\nb: *x\n<<: {c: 3}', 'object{a=1, b=1, c=3}'],
    ['null', 'unknown(any)'],
    ['', 'error: on line 1, column 1: missing start of document'],
    ['# c\n', 'error: on line 1, column 1: missing start of document'],
    ['a: 1\n---\nb: 2', 'error: on line 1, column 1: unexpected extra content after value'],
    ['{a: 1}: 2', 'error: only strings are allowed as mapping keys'],
    ['a: !foo 1', 'error: unsupported tag "!foo"'],
    ['a: .nan', 'error: floating point NaN is not supported'],
    // `packer console` (go-cty-yaml 1.0.1 on libyaml)
    ['a: |\n  x\n  y', 'object{a="x\\ny"}'],
    ['a: >\n  x\n  y\n', 'object{a="x y\\n"}'],
    ['a: |\n  x\n  ', 'object{a="x\\n"}'],
    ['- |+\n  x', 'tuple["x"]'],
    ['x: +Inf', 'object{x=+Inf}'],
    ['x: 1p3', 'object{x=8}'],
    ['x: !!float inf', 'object{x=+Inf}'],
    ['a: !!binary aGVsbG8=', 'object{a="aGVsbG8="}'],
    ['!!binary YQ', 'error: cannot parse "YQ" as tag:yaml.org,2002:binary: not valid base64'],
    ['!!int "x\ty"', 'error: cannot parse "x\\ty" as tag:yaml.org,2002:int'],
  ])('yamldecode(%j) = %s', (src, want) => {
    expect(run(f.yamldecode, src)).toBe(want);
  });

  it('round-trips', () => {
    const v = val({ list: ['a', 1, true], nested: { k: 'v' } });
    const text = run(f.yamlencode, v);
    expect(run(f.yamldecode, JSON.parse(text) as string)).toBe('object{list=tuple["a", 1, true], nested=object{k="v"}}');
  });
});
