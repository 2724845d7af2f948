import { describe, expect, it } from 'vitest';
import { BoolType, DynamicType, NumberType, StringType, objectOf } from '../value/type.js';
import { Value } from '../value/value.js';
import { run, testScope } from './test-support.js';

const vars = {
  str: Value.string('hello'),
  num: Value.number(5),
  list: Value.list([Value.string('a'), Value.string('b')], StringType),
  objs: Value.list(
    [Value.object({ name: Value.string('x'), n: Value.number(1) }), Value.object({ name: Value.string('y'), n: Value.number(2) })],
    objectOf({ name: StringType, n: NumberType }),
  ),
  obj: Value.object({ a: Value.number(1), b: Value.string('two') }),
  map: Value.map({ k: Value.string('v') }, StringType),
  set: Value.setRaw([Value.number(1), Value.number(2)], NumberType),
  nul: Value.null(StringType),
  unk: Value.unknown(NumberType),
  dyn: Value.unknown(DynamicType),
  ustr: Value.unknown(StringType),
  ubool: Value.unknown(BoolType),
  sec: Value.string('s3cret').mark('sensitive'),
  secn: Value.number(2).mark('sensitive'),
  seclist: Value.list([Value.string('a')], StringType).mark('sensitive'),
  secobj: Value.object({ a: Value.string('x') }).mark('sensitive'),
};

describe('evaluateExpr: values', () => {
  const cases: [string, string][] = [
    ['1', '1'],
    ['"a"', '"a"'],
    ['true', 'true'],
    ['null', 'null(any)'],
    ['1 + 2 * 3', '7'],
    ['0.1 + 0.2', '0.3'],
    ['7 - 10', '-3'],
    ['1 / 4', '0.25'],
    ['1 / 0', '+Inf'],
    ['11 % 5', '1'],
    ['5 % 0', '5'],
    ['-num', '-5'],
    ['"2" + 3', '5'],
    ['1 < 2', 'true'],
    ['2 <= 1', 'false'],
    ['"a" == "a"', 'true'],
    ['"1" == 1', 'false'],
    ['null == null', 'true'],
    ['[1, "a"] == [1, "a"]', 'true'],
    ['"a" != "b"', 'true'],
    ['true && false', 'false'],
    ['!true', 'false'],
    ['false || true', 'true'],
    ['true ? "a" : "b"', '"a"'],
    ['false ? 1 : "x"', '"x"'],
    ['true ? 1 : "x"', '"1"'],
    ['true ? null : 1', 'null(number)'],
    ['true ? {a = 1} : {b = 2}', 'map{a = 1}'],
    ['false ? null : [1]', '[1]'],
    ['[1, "a", true]', '[1, "a", true]'],
    ['{a = 1, "b" = 2, (str) = 3}', '{a = 1, b = 2, hello = 3}'],
    ['{a = 1, a = 2}', '{a = 2}'],
    ['{null = 1, true = 2}', '{null = 1, true = 2}'],
    ['{1 = "x"}', '{1 = "x"}'],
    ['"x${num}y"', '"x5y"'],
    ['"${true}"', 'true'],
    ['"a${true}"', '"atrue"'],
    ['"${null}"', 'null(any)'],
    ['list[1]', '"b"'],
    ['list["0"]', '"a"'],
    ['obj.a', '1'],
    ['obj["b"]', '"two"'],
    ['map.k', '"v"'],
    ['map["k"]', '"v"'],
    ['[1, 2][1]', '2'],
    ['objs[0].name', '"x"'],
    ['objs[*].name', 'list("x", "y")'],
    ['objs.*.n', 'list(1, 2)'],
    ['obj[*].a', '[1]'],
    ['nul[*]', '[]'],
    ['null[*]', 'unknown(any)'],
    ['[{a = 1}, {a = "b"}][*].a', '[1, "b"]'],
    ['tolist([])[*].a', 'list(any)'],
    ['[for x in list : upper(x)]', '["A", "B"]'],
    ['[for i, x in list : "${i}=${x}"]', '["0=a", "1=b"]'],
    ['[for x in [1, 2, 3] : x if x != 2]', '[1, 3]'],
    ['{for k, v in obj : k => v}', '{a = 1, b = "two"}'],
    ['{for x in ["a", "b", "a"] : x => x...}', '{a = ["a", "a"], b = ["b"]}'],
    ['{for v in set : v => v * 2}', '{1 = 2, 2 = 4}'],
    ['[for k, v in map : "${k}${v}"]', '["kv"]'],
    ['upper("x")', '"X"'],
    ['join("-", "a", "b")', '"a-b"'],
    ['join("-", list...)', '"a-b"'],
    ['join(",")', '""'],
    ['add("1", 2)', '3'],
    ['coalesce(null, "x")', '"x"'],
    ['length(list)', '2'],
    ['can(obj.nope)', 'false'],
    ['can(obj.a)', 'true'],
    ['(1 + 2)', '3'],
  ];
  it.each(cases)('%s → %s', (src, want) => {
    const r = run(src, testScope(vars));
    expect(r.diagnostics.map((d) => `${d.summary}: ${d.detail}`)).toEqual([]);
    expect(r.shown).toBe(want);
  });

  const templates: [string, string][] = [
    ['a%{ if true }b%{ endif }c', '"abc"'],
    ['%{ if false }b%{ else }c%{ endif }', '"c"'],
    ['%{ for x in list }${x},%{ endfor }', '"a,b,"'],
    ['${str} world', '"hello world"'],
  ];
  it.each(templates)('template %s → %s', (src, want) => {
    const r = run(src, testScope(vars), true);
    expect(r.diagnostics.map((d) => `${d.summary}: ${d.detail}`)).toEqual([]);
    expect(r.shown).toBe(want);
  });
});

describe('evaluateExpr: unknown values propagate', () => {
  const cases: [string, string][] = [
    ['unk + 1', 'unknown(number)'],
    ['unk < 1', 'unknown(bool)'],
    ['unk == 1', 'unknown(bool)'],
    ['-unk', 'unknown(number)'],
    ['"a${unk}"', 'unknown(string)'],
    ['ubool ? 1 : 2', 'unknown(number)'],
    ['ubool || true', 'unknown(bool)'],
    ['ubool && false', 'unknown(bool)'],
    ['[for x in dyn : x]', 'unknown(any)'],
    ['dyn.foo', 'unknown(any)'],
    ['dyn[0]', 'unknown(any)'],
    ['upper(ustr)', 'unknown(string)'],
    ['length(dyn)', 'unknown(number)'],
    ['{(ustr) = 1}', 'unknown(any)'],
    ['[unk, 1]', '[unknown(number), 1]'],
    ['tolist([1, unk])[*]', 'list(1, unknown(number))'],
  ];
  it.each(cases)('%s → %s', (src, want) => {
    const r = run(src, testScope(vars));
    expect(r.diagnostics).toEqual([]);
    expect(r.shown).toBe(want);
  });
});

describe('evaluateExpr: sensitive marks propagate', () => {
  const cases: [string, string][] = [
    ['sec', '"s3cret"!sensitive'],
    ['"x${sec}"', '"xs3cret"!sensitive'],
    ['upper(sec)', '"S3CRET"!sensitive'],
    ['secn + 1', '3!sensitive'],
    ['secn > 1', 'true!sensitive'],
    ['-secn', '-2!sensitive'],
    ['sec == "x"', 'false!sensitive'],
    ['[sec] == ["x"]', 'false!sensitive'],
    ['seclist[0]', '"a"!sensitive'],
    ['secobj.a', '"x"!sensitive'],
    ['true ? secn : 1', '2!sensitive'],
    ['secn > 5 ? "a" : "b"', '"b"!sensitive'],
    ['[for x in seclist : x]', '["a"]!sensitive'],
    ['length(seclist)', '1!sensitive'],
    ['[sec]', '["s3cret"!sensitive]'],
  ];
  it.each(cases)('%s → %s', (src, want) => {
    const r = run(src, testScope(vars));
    expect(r.diagnostics).toEqual([]);
    expect(r.shown).toBe(want);
  });
});
