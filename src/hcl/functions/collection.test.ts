import { describe, expect, it } from 'vitest';
import { collectionFunctions as f, nonPackerCollectionFunctions as extra } from './collection.js';
import { run, typeOf, val, type Js } from './test-helpers.js';
import { Value } from '../value/value.js';
import { BoolType, NumberType, StringType, listOf, mapOf } from '../value/type.js';

const WHOLE = 'value must be a whole number, between -9223372036854775808 and 9223372036854775807';

describe('collection functions', () => {
  it.each([
    // expectations from `packer console` (current Packer's code where 1.6.6 differs)
    ['chunklist', [['a', 'b', 'c'], 2], 'list[list["a", "b"], list["c"]]'],
    ['chunklist', [[], 2], 'list[]'],
    ['chunklist', [['a'], 0], 'list[list["a"]]'],
    ['chunklist', [['a'], -1], 'error: the size argument must be positive'],
    ['chunklist', [['a'], 0.5], `error: invalid size: ${WHOLE}`],
    ['coalesce', ['', null, 'b'], '"b"'],
    ['coalesce', [1, 'a'], '"1"'],
    ['coalesce', [], 'error: all arguments must have the same type'],
    ['coalesce', ['', null], 'error: no non-null, non-empty-string arguments'],
    ['coalesce', [[1], 'a'], 'error: all arguments must have the same type'],
    ['coalescelist', [[], [1]], 'tuple[1]'],
    ['coalescelist', [[], ['a'], [1]], 'tuple["a"]'],
    ['coalescelist', [], 'error: at least one argument is required'],
    ['coalescelist', ['a'], 'error: coalescelist arguments must be lists or tuples'],
    ['coalescelist', [[], []], 'error: no non-null arguments'],
    ['compact', [['a', '', 'b']], 'list["a", "b"]'],
    ['concat', [[1], ['a']], 'tuple[1, "a"]'],
    ['concat', ['a'], 'error: arg 0: all arguments must be lists or tuples; got string'],
    ['concat', [], 'error: at least one argument is required'],
    ['contains', [['a'], 'a'], 'true'],
    ['contains', [[1], '1'], 'false'],
    ['contains', [[], '1'], 'false'],
    ['contains', ['a', 'a'], 'error: argument must be list, tuple, or set'],
    ['distinct', [['a', 'b', 'a', 1]], 'list["a", "b", "1"]'],
    ['element', [['a', 'b'], 3], '"b"'],
    ['element', [[], 1], 'error: cannot use element function with an empty list'],
    ['element', [['a'], -1], 'error: cannot use element function with a negative index'],
    ['element', [{ a: 1 }, 0], 'error: cannot read elements from object'],
    ['element', [[1, 2, 3], 1.5], `error: invalid index: ${WHOLE}`],
    ['flatten', [[[1, [2]], 3, []]], 'tuple[1, 2, 3]'],
    ['flatten', ['a'], 'error: can only flatten lists, sets and tuples'],
    ['index', [['a', 'b'], 'b'], '1'],
    ['index', [['a'], 'z'], 'error: item not found'],
    ['index', [[], 'z'], 'error: cannot search an empty list'],
    ['index', [['1'], 1], 'error: item not found'],
    ['index', [{ a: 1 }, 1], 'error: argument must be a list or tuple'],
    ['length', ['héllo'], '5'],
    ['length', ['👨‍👩‍👧'], '1'],
    ['length', [{ a: 1 }], '1'],
    ['length', [[1, 2]], '2'],
    ['length', [1], 'error: argument must be a string, a collection type, or a structural type'],
    ['keys', [{ b: 1, a: 2 }], 'tuple["a", "b"]'],
    ['keys', ['a'], 'error: arg 0: must have map or object type'],
    ['values', [{ b: 1, a: 'x' }], 'tuple["x", 1]'],
    ['values', ['a'], 'error: values() requires a map as the first argument'],
    ['lookup', [{ a: 1 }, 'a', 2], '1'],
    ['lookup', [{ a: 1 }, 'b', 2], '2'],
    ['lookup', [{ a: 1 }, 'b', 'x'], '"x"'],
    ['lookup', [{ a: 'x' }, 'b', [1]], 'tuple[1]'],
    ['lookup', ['a', 'b', 1], 'error: arg 0: lookup() requires a map as the first argument'],
    ['merge', [{ a: 1 }, { b: 'x' }], 'object{a=1, b="x"}'],
    ['merge', [{ a: 1 }, null, { a: 2 }], 'object{a=2}'],
    ['merge', [{ a: 1 }, 'x'], 'error: arguments must be maps or objects, got "string"'],
    ['merge', [], 'object{}'],
    ['range', [3], 'list[0, 1, 2]'],
    ['range', [-3], 'list[0, -1, -2]'],
    ['range', [1, 2, 0.25], 'list[1, 1.25, 1.5, 1.75]'],
    ['range', [5, 5, 0], 'list[]'],
    ['range', [10, 0, 1], 'error: arg 1: end must be greater than start when step is positive'],
    ['range', [0, 10, -1], 'error: arg 1: end must be less than start when step is negative'],
    ['range', [], 'error: must have one, two, or three arguments'],
    [
      'range',
      [0, 10, 0],
      'error: more than 1024 values were generated; either decrease the difference between start and end or use a smaller step',
    ],
    ['reverse', [[1, 'a']], 'tuple["a", 1]'],
    ['reverse', ['x'], 'error: arg 0: can only reverse list or tuple values, not string'],
    ['slice', [['a', 'b', 'c'], 1, 2], 'tuple["b"]'],
    ['slice', [[1, 2, 3], 2, 1], 'error: arg 1: start index must not be greater than end index'],
    ['slice', [[1, 2, 3], 1, 5], 'error: arg 2: end index must not be greater than the length of the list'],
    ['slice', [[1, 2, 3], -1, 1], 'error: arg 1: start index must not be less than zero'],
    ['slice', ['a', 0, 1], 'error: arg 0: must be a list or tuple value'],
    ['sort', [['b', 'a', 'B']], 'list["B", "a", "b"]'],
    ['sort', [['😀', '\uffff']], 'list["\uffff", "😀"]'],
    ['zipmap', [['a', 'b'], [1, 2]], 'object{a=1, b=2}'],
    ['zipmap', [['a'], [1, 2]], 'error: number of keys (1) does not match number of values (2)'],
    ['zipmap', [['a'], 'x'], 'error: values argument must be a list or tuple value'],
    ['setunion', [['a'], ['b', 'a']], 'set["a", "b"]'],
    ['setunion', [['a'], [1]], 'set["1", "a"]'],
    ['setintersection', [['a', 'b'], ['b']], 'set["b"]'],
    ['setproduct', [['a'], [1, 2]], 'list[tuple["a", 1], tuple["a", 2]]'],
    ['setproduct', [['a']], 'error: at least two arguments are required'],
    ['setproduct', [['a'], 'x'], 'error: arg 1: a set or a list is required'],
    ['setunion', [[3, 1], [2, 10]], 'set[1, 2, 3, 10]'],
    ['setunion', [[], []], 'set[]'],
    ['setunion', [['a'], [['b']]], 'error: given sets must all have compatible element types'],
    ['setintersection', [['a'], []], 'set[]'],
    ['setproduct', [['b', 'a'], ['x']], 'list[tuple["b", "x"], tuple["a", "x"]]'],
    ['setproduct', [[], ['x']], 'list[]'],
    ['distinct', [[[1], [1], [2]]], 'list[tuple[1], tuple[2]]'],
    ['flatten', [[['a'], ['b', ['c']]]], 'tuple["a", "b", "c"]'],
    ['coalesce', [null, 'b'], '"b"'],
    ['contains', [[[1]], [1]], 'true'],
    ['index', [[{ a: 1 }], { a: 1 }], '0'],
    ['merge', [{ a: 1 }, { a: 'x' }], 'object{a="x"}'],
    ['lookup', [{ a: { b: 1 } }, 'a', {}], 'object{b=1}'],
    ['zipmap', [['a', 'a'], [1, 2]], 'object{a=2}'],
    ['keys', [{}], 'tuple[]'],
    ['values', [{}], 'tuple[]'],
    ['reverse', [[]], 'tuple[]'],
    ['chunklist', [[1, 2, 3], 1], 'list[list[1], list[2], list[3]]'],
    ['alltrue', [[true, 'true']], 'true'],
    ['alltrue', [[]], 'true'],
    ['alltrue', [[true, false]], 'false'],
    ['anytrue', [[]], 'false'],
    ['anytrue', [[false, true]], 'true'],
  ] as const)('%s(%j) = %s', (name, args, want) => {
    expect(run(f[name], ...(args as readonly Js[]))).toBe(want);
  });

  it('keeps list types where the arguments are lists', () => {
    const l = (...xs: string[]) => Value.list(xs.map(Value.string), StringType);
    expect(run(f.concat, l('a'), l('b'))).toBe('list["a", "b"]');
    expect(run(f.reverse, l('a', 'b'))).toBe('list["b", "a"]');
    expect(run(f.slice, l('a', 'b', 'c'), 0, 2)).toBe('list["a", "b"]');
    expect(run(f.keys, Value.map({ b: Value.number(1), a: Value.number(2) }))).toBe('list["a", "b"]');
    expect(run(f.values, Value.map({ b: Value.number(1), a: Value.number(2) }))).toBe('list[2, 1]');
    expect(run(f.zipmap, l('a'), Value.list([Value.number(1)], NumberType))).toBe('map{a=1}');
    expect(typeOf(f.lookup, Value.map({ a: Value.number(1) }), 'z', '5')).toBe('number');
  });

  it('rejects a map default of the wrong type', () => {
    expect(run(f.lookup, Value.map({ a: Value.number(1) }), 'z', val([1]))).toBe(
      'error: arg 2: the default value must have the same type as the map elements',
    );
  });

  it('propagates marks through the functions that allow them', () => {
    const secret = val(['a', 'b']).mark('sensitive');
    expect(run(f.element, secret, 1)).toBe('"b" (sensitive)');
    expect(run(f.length, secret)).toBe('2 (sensitive)');
    expect(run(f.reverse, secret)).toBe('tuple["b", "a"] (sensitive)');
  });

  it('flattens sequences nested deeper than the call stack', () => {
    let v = Value.tuple([Value.number(1)]);
    for (let i = 0; i < 100_000; i++) v = Value.tuple([v, Value.number(2)]);
    const r = run(f.flatten, v);
    expect(r.slice(0, 15)).toBe('tuple[1, 2, 2, ');
    expect(r.split(',').length).toBe(100_001);
  });

  it('answers unknown when elements are unknown', () => {
    const bools = Value.list([Value.True, Value.unknown(BoolType)], BoolType);
    expect(run(f.alltrue, bools)).toBe('unknown(bool)');
    expect(run(f.anytrue, Value.list([Value.False, Value.unknown(BoolType)], BoolType))).toBe('unknown(bool)');
    expect(run(f.anytrue, Value.list([Value.True, Value.unknown(BoolType)], BoolType))).toBe('true');
    expect(run(f.contains, val(['a']), Value.unknown(StringType))).toBe('unknown(bool)');
    expect(run(f.length, Value.unknown(listOf(StringType)))).toBe('unknown(number)');
  });
});

describe('Terraform-only collection functions', () => {
  it.each([
    ['one', [[]], 'null'],
    ['one', [['a']], '"a"'],
    ['one', [['a', 'b']], 'error: arg 0: must be a list, set, or tuple value with either zero or one elements'],
    ['setsubtract', [['a', 'b', 'c'], ['a', 'c']], 'set["b"]'],
  ] as const)('%s(%j) = %s', (name, args, want) => {
    expect(run(extra[name], ...(args as readonly Js[]))).toBe(want);
  });

  it('transposes a map of lists', () => {
    const l = (...xs: string[]) => Value.list(xs.map(Value.string), StringType);
    const m = Value.map({ a: l('1', '2'), b: l('2', '3') }, listOf(StringType));
    expect(run(extra.transpose, m)).toBe('map{1=list["a"], 2=list["a", "b"], 3=list["b"]}');
    expect(mapOf(StringType).kind).toBe('map');
  });
});
