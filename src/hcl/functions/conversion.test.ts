import { describe, expect, it } from 'vitest';
import { EvalContext } from '../eval/eval-context.js';
import { evaluateExpr } from '../eval/evaluate.js';
import { parseExpression } from '../parser/index.js';
import { Value } from '../value/value.js';
import { conversionFunctions, toFunctions } from './conversion.js';
import { call } from './call-for-test.js';

const ctx = new EvalContext({
  variables: {
    local: Value.object({ a: Value.number(1) }),
    secret: Value.string('s3cret').mark('sensitive'),
    later: Value.unknown({ kind: 'string' }),
  },
  functions: new Map(Object.entries(conversionFunctions)),
});

/** Evaluates an expression as `packer console` would, returning its value or its first error. */
function run(src: string): { value?: Value; summary?: string; detail?: string } {
  const p = parseExpression(src, '<console-input>');
  if (p.diagnostics.length > 0) throw new Error(p.diagnostics[0]!.summary);
  const r = evaluateExpr(p.expr, ctx);
  const err = r.diagnostics.find((d) => d.severity === 'error');
  return err ? { summary: err.summary, detail: err.detail ?? '' } : { value: r.value };
}

describe('try', () => {
  it('returns the first argument that succeeds', () => {
    expect(run('try(local.nope, "fallback")').value?.asString()).toBe('fallback');
    expect(run('try(local.a, local.nope)').value?.asNum().toString()).toBe('1');
  });
  it('is unknown when the first success is not wholly known', () => {
    const v = run('try(later, "x")').value!;
    expect(v.isKnown).toBe(false);
    expect(v.type.kind).toBe('dynamic');
  });
  it('lists every failure when none succeeds', () => {
    expect(run('try(local.nope, local.nope2)')).toEqual({
      summary: 'Error in function call',
      detail:
        'Call to function "try" failed: no expression succeeded:\n' +
        '- Unsupported attribute (at <console-input>:1,10-15)\n  This object does not have an attribute named "nope".\n' +
        '- Unsupported attribute (at <console-input>:1,22-28)\n  This object does not have an attribute named "nope2".\n' +
        '\nAt least one expression must produce a successful result.',
    });
  });
  it('needs an argument', () => {
    expect(run('try()')).toEqual({ summary: 'Error in function call', detail: 'Call to function "try" failed: at least one argument is required.' });
  });
});

describe('can', () => {
  it.each([
    ['can(local.nope)', false],
    ['can(local.a)', true],
  ])('%s = %s', (src, want) => {
    expect(run(src).value?.asBool()).toBe(want);
  });
  it('is unknown for a not wholly known value', () => {
    expect(run('can(later)').value?.isKnown).toBe(false);
  });
  it('takes exactly one argument', () => {
    expect(run('can()')).toEqual({
      summary: 'Not enough function arguments',
      detail: 'Function "can" expects 1 argument(s). Missing value for "expression".',
    });
    expect(run('can(1, 2)')).toEqual({ summary: 'Too many function arguments', detail: 'Function "can" expects only 1 argument(s).' });
  });
});

describe('convert', () => {
  it.each([
    ['convert("1", number)', '1'],
    ['convert([1, "a"], list(string))', '["1","a"]'],
    ['convert({a = 1}, map(string))', '{"a":"1"}'],
    ['convert({a = 1, b = "x"}, object({a = string}))', '{"a":"1"}'],
    ['convert("true", bool)', 'true'],
  ])('%s', (src, want) => {
    const v = run(src).value!;
    expect(JSON.stringify(plain(v))).toBe(want);
  });
  it('keeps marks', () => {
    expect(run('convert(secret, string)').value?.isSensitive).toBe(true);
  });
  it('passes null through as a null of the target type', () => {
    const v = run('convert(null, string)').value!;
    expect(v.isNull && v.type.kind).toBe('string');
  });
  it.each([
    ['convert("a", number)', 'Invalid function argument', 'Invalid value for "value" parameter: a number is required.'],
    ['convert("yes", bool)', 'Invalid function argument', 'Invalid value for "value" parameter: a bool is required.'],
    ['convert(1, nope)', 'Invalid type specification', 'The keyword "nope" is not a valid type specification.'],
    ['convert(1)', 'Not enough function arguments', 'Function "convert" expects 2 argument(s). Missing value for "type".'],
  ])('%s fails', (src, summary, detail) => {
    expect(run(src)).toEqual({ summary, detail });
  });
});

describe('to* functions (not registered by Packer)', () => {
  it.each([
    ['tobool', 'true', 'true'],
    ['tobool', 'foo', 'error: cannot convert "foo" to bool; only the strings "true" or "false" are allowed'],
    ['tonumber', 'x1', 'error: cannot convert "x1" to number; given string must be a decimal representation of a number'],
    ['tonumber', '12', '12'],
    ['tostring', 'a', '"a"'],
  ])('%s(%j)', (name, arg, want) => {
    const r = call(toFunctions[name], arg);
    expect('value' in r ? JSON.stringify(plain(r.value)) : `error: ${r.error}`).toBe(want);
  });
});

function plain(v: Value): unknown {
  if (v.isNull) return null;
  switch (v.type.kind) {
    case 'string':
      return v.asString();
    case 'bool':
      return v.asBool();
    case 'number':
      return Number(v.asNum().toString());
    case 'list':
    case 'set':
    case 'tuple':
      return v.elements().map(plain);
    default:
      return Object.fromEntries([...v.attributes()].map(([k, x]) => [k, plain(x)]));
  }
}
