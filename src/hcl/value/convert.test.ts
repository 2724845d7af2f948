// Conversion, unification, equality and sets against go-cty: testdata/cty-convert.tsv was produced by go-cty v1.18.1.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { applyDefaults } from './defaults.js';
import { convert, mismatchMessage, unify, unifyValues } from './convert.js';
import { valuesEqual } from './equals.js';
import { makeSet } from './set.js';
import { NumberType, StringType, listOf, objectOf } from './type.js';
import { Value } from './value.js';
import { showValue, typeFromJson, typeString, valueFromJson, type ValueJson } from './testdata/fixture.js';

const rows = readFileSync(new URL('./testdata/cty-convert.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split('\t'));

function runRow(parts: string[]): { want: string; got: string } {
  const op = parts[0]!;
  const want = parts[parts.length - 1]!;
  if (op === 'convert') {
    const v = valueFromJson(JSON.parse(parts[3]!));
    const t = typeFromJson(JSON.parse(parts[4]!));
    const r = convert(v.isNull ? v : applyDefaults(v, t), t);
    return { want, got: r.ok ? `${typeString(r.value.type)} ${showValue(r.value)}` : `ERR ${r.error}` };
  }
  if (op === 'mismatch') {
    return { want, got: mismatchMessage(typeFromJson(JSON.parse(parts[3]!)), typeFromJson(JSON.parse(parts[4]!))) };
  }
  const vals = (JSON.parse(parts[parts.length - 2]!) as ValueJson[]).map(valueFromJson);
  if (op === 'unify' || op === 'unifyunsafe') {
    const r = unifyValues(vals, op === 'unifyunsafe');
    return { want, got: r.ok ? [typeString(r.type), ...r.values.map(showValue)].join(' | ') : 'NONE' };
  }
  if (op === 'equals') return { want, got: showValue(valuesEqual(vals[0]!, vals[1]!)) };
  if (op === 'set') return { want, got: showValue(makeSet(vals, vals[0]!.unmarkDeep().value.type)) };
  throw new Error(`unknown op ${op}`);
}

describe('value operations match go-cty', () => {
  it.each(rows.map((r) => [r.slice(0, r[0] === 'convert' || r[0] === 'mismatch' ? 3 : r.length - 2).join(' ¦ '), r] as const))('%s', (_name, parts) => {
    const { want, got } = runRow([...parts]);
    expect(got).toBe(want);
  });
});

describe('convert API', () => {
  it('keeps marks and reports paths', () => {
    const r = convert(Value.tuple([Value.string('1'), Value.string('x')]), listOf(NumberType));
    expect(r).toMatchObject({ ok: false, error: 'a number is required' });
    if (!r.ok) expect(r.path).toEqual([{ kind: 'index', key: Value.number(1) }]);
    const m = convert(Value.number(5).mark('sensitive'), StringType);
    expect(m.ok && m.value.isSensitive).toBe(true);
  });
  it('unify gives the common type or undefined', () => {
    expect(unify([NumberType, StringType])).toEqual(StringType);
    expect(unify([listOf(NumberType), objectOf({})])).toBeUndefined();
    expect(unify([])).toBeUndefined();
  });
  it('object equality prefers a definite difference over an unknown', () => {
    const a = Value.object({ a: Value.unknown(NumberType), b: Value.number(1) });
    const b = Value.object({ a: Value.number(2), b: Value.number(2) });
    expect(valuesEqual(a, b)).toEqual(Value.False);
  });
});
