import { describe, expect, it } from 'vitest';
import { formatRange } from '../source/pos.js';
import { NumberType, StringType, objectOf } from '../value/type.js';
import { Value } from '../value/value.js';
import { EvalContext } from './eval-context.js';
import { run, testScope } from './test-support.js';

const vars = {
  str: Value.string('hello'),
  num: Value.number(5),
  list: Value.list([Value.string('a')], StringType),
  objs: Value.list([Value.object({ name: Value.string('x') })], objectOf({ name: StringType })),
  set: Value.setRaw([Value.number(1)], NumberType),
  obj: Value.object({ a: Value.number(1) }),
  map: Value.map({ k: Value.string('v') }, StringType),
  nul: Value.null(StringType),
  sec: Value.number(-1).mark('sensitive'),
};

/** [source, summary, detail, subject as "line,col-col"] */
const cases: [string, string, string, string][] = [
  ['nope', 'Unknown variable', 'There is no variable named "nope".', '1,1-5'],
  ['nume', 'Unknown variable', 'There is no variable named "nume". Did you mean "num"?', '1,1-5'],
  ['obj.b', 'Unsupported attribute', 'This object does not have an attribute named "b".', '1,4-6'],
  ['map.x', 'Missing map element', 'This map does not have an element with the key "x".', '1,4-6'],
  ['str.x', 'Unsupported attribute', 'This value does not have any attributes.', '1,4-6'],
  ['objs.name', 'Unsupported attribute', 'This value does not have any attributes.', '1,5-10'],
  ['nul.x', 'Attempt to get attribute from null value', 'This value is null, so it does not have any attributes.', '1,4-6'],
  ['list[5]', 'Invalid index', 'The given key does not identify an element in this collection value.', '1,5-8'],
  ['[][0]', 'Invalid index', 'The given key does not identify an element in this collection value.', '1,3-6'],
  ['list[-1]', 'Invalid index', 'The given key does not identify an element in this collection value.', '1,5-9'],
  ['list[0.5]', 'Invalid index', 'The given key does not identify an element in this collection value: indexing a sequence requires a whole number, but the given index (0.5) has a fractional part.', '1,5-10'],
  ['list["x"]', 'Invalid index', 'The given key does not identify an element in this collection value: a number is required.', '1,5-10'],
  ['obj["z"]', 'Invalid index', 'The given key does not identify an element in this collection value.', '1,4-9'],
  ['obj[0]', 'Invalid index', 'The given key does not identify an element in this collection value.', '1,4-7'],
  ['map["x"]', 'Invalid index', 'The given key does not identify an element in this collection value.', '1,4-9'],
  ['set[0]', 'Invalid index', 'This value does not have any indices.', '1,4-7'],
  ['num[0]', 'Invalid index', 'This value does not have any indices.', '1,4-7'],
  ['nul[0]', 'Attempt to index null value', 'This value is null, so it does not have any indices.', '1,4-7'],
  ['list[null]', 'Invalid index', "Can't use a null value as an indexing key.", '1,5-11'],
  ['"a" + 1', 'Invalid operand', 'Unsuitable value for left operand: a number is required.', '1,1-4'],
  ['1 + "a"', 'Invalid operand', 'Unsuitable value for right operand: a number is required.', '1,5-8'],
  ['-"a"', 'Invalid operand', 'Unsuitable value for unary operand: a number is required.', '1,2-5'],
  ['null + 1', 'Operation failed', 'Error during operation: argument must not be null.', '1,1-9'],
  ['true && null', 'Operation failed', 'Error during operation: argument must not be null.', '1,1-13'],
  ['0 / 0', 'Operation failed', "Error during operation: can't divide zero by zero or infinity by infinity.", '1,1-6'],
  ['null ? 1 : 2', 'Null condition', 'The condition value is null. Conditions must either be true or false.', '1,1-5'],
  ['"x" ? 1 : 2', 'Incorrect condition type', 'The condition expression must be of type bool.', '1,1-4'],
  [
    'true ? [1] : {a = 1}',
    'Inconsistent conditional result types',
    'The true and false result expressions must have consistent types. The given expressions are tuple and object, respectively.',
    '1,8-21',
  ],
  [
    'true ? {a = 1} : {b = [1]}',
    'Inconsistent conditional result types',
    'The true and false result expressions must have consistent types. The given expressions are object and object, respectively.',
    '1,8-27',
  ],
  ['"a${nul}"', 'Invalid template interpolation value', 'The expression result is null. Cannot include a null value in a string template.', '1,5-8'],
  ['"a${list}"', 'Invalid template interpolation value', 'Cannot include the given value in a string template: string required, but have list of string.', '1,5-9'],
  ['[for x in nul : x]', 'Iteration over null value', "A null value cannot be used as the collection in a 'for' expression.", '1,11-14'],
  ['[for x in 1 : x]', 'Iteration over non-iterable value', "A value of type number cannot be used as the collection in a 'for' expression.", '1,11-12'],
  ['[for x in list : x if x]', "Invalid 'for' condition", "The 'if' clause value is invalid: a bool is required.", '1,23-24'],
  [
    '{for x in ["a", "a"] : x => 1}',
    'Duplicate object key',
    'Two different items produced the key "a" in this \'for\' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.',
    '1,24-25',
  ],
  ['{for x in [null] : x => 1}', 'Invalid object key', "Key expression in 'for' expression must not produce a null value.", '1,20-21'],
  ['{for x in [[1]] : x => 1}', 'Invalid object key', 'The key expression produced an invalid result: string required, but have tuple.', '1,19-20'],
  ['{(nul) = 1}', 'Null value as key', "Can't use a null value as a key.", '1,10-11'],
  ['{(list) = 1}', 'Incorrect key type', "Can't use this value as a key: string required, but have list of string.", '1,2-8'],
  [
    '{a.b = 1}',
    'Ambiguous attribute key',
    "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.",
    '1,2-5',
  ],
  ['nope(1)', 'Call to unknown function', 'There is no function named "nope".', '1,1-5'],
  ['uper("a")', 'Call to unknown function', 'There is no function named "uper". Did you mean "upper"?', '1,1-5'],
  ['ns::f()', 'Call to unknown function', 'There are no functions in namespace "ns::".', '1,1-6'],
  ['upper("a", "b")', 'Too many function arguments', 'Function "upper" expects only 1 argument(s).', '1,13-14'],
  ['add(1)', 'Not enough function arguments', 'Function "add" expects 2 argument(s). Missing value for "b".', '1,6-7'],
  ['join()', 'Not enough function arguments', 'Function "join" expects at least 1 argument(s). Missing value for "sep".', '1,6-7'],
  ['upper(list)', 'Invalid function argument', 'Invalid value for "str" parameter: string required, but have list of string.', '1,7-11'],
  ['upper(null)', 'Invalid function argument', 'Invalid value for "str" parameter: argument must not be null.', '1,7-11'],
  ['positive(-1)', 'Invalid function argument', 'Invalid value for "num" parameter: must not be negative.', '1,10-11'],
  ['coalesce(null)', 'Error in function call', 'Call to function "coalesce" failed: no non-null arguments.', '1,1-10'],
  ['join("", 1...)', 'Invalid expanding argument value', 'The expanding argument (indicated by ...) must be of a tuple, list, or set type.', '1,10-11'],
  ['join("", nul...)', 'Invalid expanding argument value', 'The expanding argument (indicated by ...) must be of a tuple, list, or set type.', '1,10-13'],
  ['can()', 'Not enough function arguments', 'Function "can" expects 1 argument(s). Missing value for "expression".', '1,5-6'],
  ['nul[*]', '', '', ''],
];

describe('evaluateExpr: error messages', () => {
  it.each(cases.filter((c) => c[1] !== ''))('%s → %s', (src, summary, detail, subject) => {
    const r = run(src, testScope(vars));
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.summary, d.detail])).toEqual([[summary, detail]]);
    expect(formatRange(errors[0]!.subject!).replace(/^test\.hcl:/, '')).toBe(subject);
    // HCL attaches the expression to every evaluation diagnostic except this one.
    if (summary !== 'Ambiguous attribute key') expect(errors[0]!.expression).toBeDefined();
  });

  it('reports "Variables not allowed" / "Function calls not allowed" without a scope', () => {
    expect(run('x', undefined).diagnostics.map((d) => [d.summary, d.detail])).toEqual([['Variables not allowed', 'Variables may not be used here.']]);
    expect(run('f()', new EvalContext({ variables: { a: Value.True } })).diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ['Function calls not allowed', 'Functions may not be called here.'],
    ]);
  });

  it('gives diagnostics the expression and the scope', () => {
    const ctx = testScope(vars);
    const d = run('upper(obj.zz)', ctx).diagnostics[0]!;
    expect(d.evalContext).toBe(ctx);
    expect(d.expression?.range().start.column).toBe(7);
  });

  it('drops the diagnostics of the branch a condition rejects; logical operators evaluate both sides', () => {
    expect(run('true ? 1 : nope', testScope(vars)).diagnostics).toEqual([]);
    expect(run('true || nope', testScope(vars)).diagnostics.map((d) => d.summary)).toEqual(['Unknown variable']);
  });

  it('keeps going after an error with an unknown result', () => {
    const r = run('[nope, 1]', testScope(vars));
    expect(r.shown).toBe('[unknown(any), 1]');
  });
});
