// convertValue, including its memo of number-to-string conversions.
import { describe, expect, it } from 'vitest';
import { Num } from '../value/number.js';
import { NumberType, StringType } from '../value/type.js';
import { Value } from '../value/value.js';
import { convertValue } from './conv.js';

const text = (v: Value): string => {
  const r = convertValue(v, StringType);
  if (!r.ok) throw new Error(r.error);
  return r.value.asString();
};

describe('convertValue', () => {
  it('prints a number the same way every time it is converted', () => {
    const v = Value.number(Num.parse('0.1')!.add(Num.parse('0.2')!));
    expect(text(v)).toBe('0.3');
    expect(text(v)).toBe('0.3');
    expect(text(Value.number(Num.parse('123456.5')!))).toBe('123456.5');
  });

  it('keeps marks on a converted number', () => {
    const r = convertValue(Value.number(1.5).mark('sensitive'), StringType);
    expect(r.ok && r.value.isSensitive && r.value.unmark().asString()).toBe('1.5');
  });

  it('passes unknown and null numbers through as strings', () => {
    const u = convertValue(Value.unknown(NumberType), StringType);
    expect(u.ok && !u.value.isKnown && u.value.type).toEqual(StringType);
    const n = convertValue(Value.null(NumberType), StringType);
    expect(n.ok && n.value.isNull && n.value.type).toEqual(StringType);
  });

  it('reports impossible conversions', () => {
    expect(convertValue(Value.string('x'), NumberType)).toEqual({ ok: false, error: 'a number is required' });
  });
});
