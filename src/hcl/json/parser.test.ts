import { describe, it, expect } from 'vitest';
import { formatRange, initialPos } from '../source/pos.js';
import type { JsonNode } from './ast.js';
import { parseJsonConfig } from './index.js';
import { parseJsonValueSource } from './parser.js';

/** A compact rendering of a node: plain JS data, numbers as their text. */
function plain(n: JsonNode): unknown {
  switch (n.kind) {
    case 'object':
      return n.properties.map((p) => [p.name, plain(p.value)]);
    case 'array':
      return n.values.map(plain);
    case 'string':
    case 'bool':
      return n.value;
    case 'number':
      return { num: n.text };
    case 'null':
      return null;
    case 'invalid':
      return '<invalid>';
  }
}

function parse(src: string) {
  const r = parseJsonValueSource(src, 't.json', initialPos);
  return { node: plain(r.node), diags: r.diagnostics.map((d) => `${d.summary} @ ${d.subject ? formatRange(d.subject) : '-'}`) };
}

describe('parseJsonValueSource: values', () => {
  const cases: [string, unknown][] = [
    ['{}', []],
    ['[]', []],
    ['"hello"', 'hello'],
    ['"hello\\nworld"', 'hello\nworld'],
    ['"hello \\"world\\""', 'hello "world"'],
    ['"hello \\\\"', 'hello \\'],
    ['"\\u00e9\\ud83d\\ude00\\/"', 'é😀/'],
    ['"\\ud800x"', '\ufffdx'],
    ['true', true],
    ['false', false],
    ['null', null],
    ['-1.5e10', { num: '-1.5e10' }],
    ['0', { num: '0' }],
    ['{"a": 1, "a": [true, null]}', [['a', { num: '1' }], ['a', [true, null]]]],
    ['{"a": {"b": "c"}}', [['a', [['b', 'c']]]]],
  ];
  it.each(cases)('%s', (src, want) => {
    const r = parse(src);
    expect(r.diags).toEqual([]);
    expect(r.node).toEqual(want);
  });
});

describe('parseJsonValueSource: errors', () => {
  const cases: [string, string, string[]][] = [
    ['empty', '', ['Missing value @ t.json:1,1-1']],
    ['extraneous', '{} {}', ['Extraneous data after value @ t.json:1,4-5']],
    ['trailing comma in object', '{"a": 1,}', ['Trailing comma in object @ t.json:1,8-9']],
    ['trailing comma in array', '[1,]', ['Trailing comma in array @ t.json:1,3-4']],
    ['equals instead of colon', '{"a" = 1}', ['Missing property value colon @ t.json:1,6-7']],
    ['missing colon', '{"a" 1}', ['Missing property value colon @ t.json:1,6-7']],
    ['missing object value', '{"a"}', ['Missing object value @ t.json:1,5-6']],
    ['missing value', '{"a": }', ['Missing JSON value @ t.json:1,7-8']],
    ['missing comma in object', '{"a": 1 "b": 2}', ['Missing attribute seperator comma @ t.json:1,16-16']],
    ['missing comma in array', '[1 2]', ['Missing attribute seperator comma @ t.json:1,6-6']],
    ['unclosed object', '{"a": 1', ['Unclosed object @ t.json:1,1-2']],
    ['unclosed array', '[1', ['Unclosed object @ t.json:1,1-2']],
    ['mismatched braces', '{"a": 1]', ['Mismatched braces @ t.json:1,9-9']],
    ['mismatched brackets', '[1}', ['Mismatched brackets @ t.json:1,4-4']],
    ['colon in array', '[1: 2]', ['Invalid array value @ t.json:1,7-7']],
    ['missing array element', ']', ['Missing array element value @ t.json:1,1-2']],
    ['non-string property name', '{1: 2}', ['Invalid object property name @ t.json:1,2-3']],
    ['bad keyword', 'True', ['Invalid JSON keyword @ t.json:1,1-5']],
    ['JavaScript keyword', '[NaN]', ['Invalid JSON keyword @ t.json:1,2-5']],
    ['bad numbers, each reported', '[01, +1, 1.]', ['Invalid JSON number @ t.json:1,2-4', 'Invalid JSON number @ t.json:1,6-8', 'Invalid JSON number @ t.json:1,10-12']],
    ['comments are not allowed', '// hi\n{}', ['Invalid start of value @ t.json:1,1-2']],
    ['invalid escape', '"a\\qb"', ['Invalid JSON string @ t.json:1,5-6']],
    ['unterminated string', '"abc', ['Invalid JSON string @ t.json:1,5-6']],
  ];
  it.each(cases)('%s', (_name, src, want) => {
    expect(parse(src).diags).toEqual(want);
  });

  it('gives the keyword a suggestion and JavaScript identifiers their own detail', () => {
    const a = parseJsonValueSource('nul', 't.json', initialPos).diagnostics[0];
    expect(a?.detail).toBe('"nul" is not a valid JSON keyword. Did you mean "null"?');
    const b = parseJsonValueSource('undefined', 't.json', initialPos).diagnostics[0];
    expect(b?.detail).toBe('The JavaScript identifier "undefined" cannot be used in JSON.');
  });

  it('gives a string error a context range covering the token', () => {
    const d = parseJsonValueSource(' "a\\x"', 't.json', initialPos).diagnostics[0];
    expect(d?.context && formatRange(d.context)).toBe('t.json:1,2-7');
  });

  it('parses any nesting depth without the call stack (packer 1.6.6 accepts 100,000 levels)', () => {
    const deep = '['.repeat(200000) + ']'.repeat(200000);
    const r = parseJsonConfig(deep, 't.json');
    expect(r.diagnostics).toEqual([]);
    let node = r.ast;
    let depth = 0;
    while (node.kind === 'array' && node.values.length > 0) {
      node = node.values[0]!;
      depth++;
    }
    expect(depth).toBe(199999);
    const objects = '{"a":'.repeat(100000) + '1' + '}'.repeat(100000);
    expect(parseJsonValueSource(objects, 't.json', initialPos).diagnostics).toEqual([]);
  });

  it('reports an error deep inside once, with the containers around it abandoned quietly', () => {
    const r = parseJsonValueSource('['.repeat(50000) + '1 2' + ']'.repeat(50000), 't.json', initialPos);
    expect(r.diagnostics.map((d) => d.summary)).toEqual(['Missing attribute seperator comma']);
  });

  it('never throws on random token soup, through body decoding and evaluation too', () => {
    const pieces = ['{', '}', '[', ']', ',', ':', '=', '"a"', '"b\\', '"${x}"', '1', '-', 'true', 'nul', ' ', '\n', '/', '"\\u12"', '"é"'];
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 500; k++) {
      let src = '';
      for (let j = rand(30); j >= 0; j--) src += pieces[rand(pieces.length)];
      expect(() => {
        const r = parseJsonConfig(src, 't.json');
        const c = r.body.content({ attributes: [{ name: 'a' }], blocks: [{ type: 'b', labelNames: ['x'] }] });
        for (const a of c.content.attributes.values()) a.expr.value(undefined);
        for (const b of c.content.blocks) b.body.justAttributes();
        r.body.justAttributes();
      }, src).not.toThrow();
    }
  });

  it('never throws on arbitrary input', () => {
    const inputs = ['{', '[', '{"a":', '{"a":[', '[[[', '}}}', ']', '{"a":{"b":[1,2}]}', '\u0000', '"\\u12', '{"a" : 1,,}', '[,]'];
    for (const src of inputs) expect(() => parseJsonConfig(src, 't.json')).not.toThrow();
  });
});

describe('parseJsonConfig', () => {
  it('requires an object or array at the root and then returns an empty body', () => {
    const r = parseJsonConfig('"x"', 't.json');
    expect(r.diagnostics.map((d) => d.summary)).toEqual(['Root value must be object']);
    expect(r.body.content({}).diagnostics).toEqual([]);
  });

  it('reports a missing value and a non-object root for an empty file', () => {
    const r = parseJsonConfig('', 't.json');
    expect(r.diagnostics.map((d) => d.summary)).toEqual(['Missing value', 'Root value must be object']);
  });

  it('abandons a broken root object, so the root check fails too (as Packer reports)', () => {
    const r = parseJsonConfig('{"a": 1,}', 't.json');
    expect(r.diagnostics.map((d) => d.summary)).toEqual(['Trailing comma in object', 'Root value must be object']);
  });

  it('accepts an empty object', () => {
    const r = parseJsonConfig('{}\n', 'empty.hcl.json');
    expect(r.diagnostics).toEqual([]);
    expect(r.ast.kind).toBe('object');
  });
});
