// jsonencode/jsondecode semantics against go-cty: testdata/cty-json.tsv was produced by go-cty v1.18.1 (stdlib JSONEncode/JSONDecode).
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { jsonToValue, valueToJson } from './json.js';
import { NumberType, listOf } from './type.js';
import { Value } from './value.js';
import { showValue, typeString, valueFromJson } from './testdata/fixture.js';

const rows = readFileSync(new URL('./testdata/cty-json.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((line) => line.split('\t'));

/** What jsonencode returns: unknown for values with unknowns, marks moved from inside to the result. */
function jsonencode(v: Value): string {
  if (!v.isWhollyKnown) return 'unknown(string)';
  const { value, marks } = v.unmarkDeep();
  const r = valueToJson(value);
  return r.ok ? showValue(Value.string(r.json).withMarks(marks)) : `ERR ${r.error}`;
}

describe('JSON matches go-cty', () => {
  it.each(rows.map((r) => [`${r[0]} ${r[1]}`, r] as const))('%s', (_name, parts) => {
    const want = parts[parts.length - 1];
    if (parts[0] === 'jsonencode') {
      expect(jsonencode(valueFromJson(JSON.parse(parts[2]!)))).toBe(want);
    } else {
      const r = jsonToValue(parts[1] ?? '');
      expect(r.ok ? `${typeString(r.value.type)} ${showValue(r.value)}` : `ERR ${r.error}`).toBe(want);
    }
  });
});

describe('JSON API', () => {
  it('reports the path of an unencodable value', () => {
    const r = valueToJson(Value.object({ a: Value.tuple([Value.number(1), Value.unknown(NumberType)]) }));
    expect(r).toMatchObject({ ok: false, error: 'value is not known' });
    if (!r.ok) expect(r.path).toEqual([{ kind: 'attr', name: 'a' }, { kind: 'index', key: Value.number(1) }]);
  });
  it('converts to a requested type', () => {
    const r = jsonToValue('[1, "2"]', listOf(NumberType));
    expect(r.ok && showValue(r.value)).toBe('list[1, 2]');
    expect(jsonToValue('[1, "x"]', listOf(NumberType))).toEqual({ ok: false, error: 'a number is required' });
  });
});
