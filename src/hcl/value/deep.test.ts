import { describe, expect, it } from 'vitest';
import { valuesEqual } from './equals.js';
import { valueToJson } from './json.js';
import { DynamicType, NumberType, StringType, hasDynamicTypes, listOf, objectOf, tupleOf, typeConforms, typeEquals, typeExpression, type Type } from './type.js';
import { Value } from './value.js';

// Values nested far deeper than a recursive walk could follow on the JavaScript stack.
const depth = 100_000;

/** `inner` wrapped in `depth` one-element tuples (or objects with attribute "a"). */
function deep(inner: Value, wrap: 'tuple' | 'object' = 'tuple', n = depth): Value {
  let v = inner;
  for (let i = 0; i < n; i++) v = wrap === 'tuple' ? Value.tuple([v]) : Value.object({ a: v });
  return v;
}

function deepType(inner: Type, n = depth): Type {
  let t = inner;
  for (let i = 0; i < n; i++) t = tupleOf([t]);
  return t;
}

describe('values nested deeper than the call stack', () => {
  it('answers questions about the whole value', () => {
    const plain = deep(Value.number(1));
    expect(plain.isWhollyKnown).toBe(true);
    expect(plain.containsMarked).toBe(false);
    expect(deep(Value.unknown(NumberType)).isWhollyKnown).toBe(false);
    const marked = deep(Value.string('s').mark('sensitive'), 'object');
    expect(marked.containsMarked).toBe(true);
    const stripped = marked.unmarkDeep();
    expect([...stripped.marks]).toEqual(['sensitive']);
    expect(stripped.value.containsMarked).toBe(false);
    expect(valueToJson(stripped.value)).toEqual(valueToJson(deep(Value.string('s'), 'object')));
  });

  it('prints types in constraint syntax', () => {
    expect(typeExpression(deepType(NumberType, 3))).toBe('tuple([tuple([tuple([number])])])');
    expect(typeExpression(tupleOf([StringType, listOf(DynamicType), objectOf({ b: NumberType, a: tupleOf([]) })]))).toBe(
      'tuple([string, list(any), object({a=tuple([]), b=number})])',
    );
    const text = typeExpression(deepType(NumberType));
    expect(text.length).toBe(depth * 'tuple([])'.length + 'number'.length);
  });

  it('compares types', () => {
    expect(typeEquals(deepType(NumberType), deepType(NumberType))).toBe(true);
    expect(typeEquals(deepType(NumberType), deepType(StringType))).toBe(false);
    expect(hasDynamicTypes(deepType(NumberType))).toBe(false);
    expect(hasDynamicTypes(deepType(DynamicType))).toBe(true);
    expect(typeConforms(deepType(NumberType), deepType(DynamicType))).toBe(true);
    expect(typeConforms(deepType(NumberType), deepType(StringType))).toBe(false);
  });

  it('compares values', () => {
    expect(valuesEqual(deep(Value.number(1)), deep(Value.number(1)))).toEqual(Value.True);
    expect(valuesEqual(deep(Value.number(1)), deep(Value.number(2)))).toEqual(Value.False);
    expect(valuesEqual(deep(Value.number(1), 'object'), deep(Value.number(1), 'object'))).toEqual(Value.True);
    expect(valuesEqual(deep(Value.unknown(NumberType)), deep(Value.number(1))).isKnown).toBe(false);
    const eq = valuesEqual(deep(Value.string('s').mark('sensitive')), deep(Value.string('s')));
    expect(eq.unmark()).toEqual(Value.True);
    expect(eq.isSensitive).toBe(true);
  });

  it('encodes JSON, with the path of a problem deep inside', () => {
    expect(valueToJson(deep(Value.number(1), 'tuple', 3))).toEqual({ ok: true, json: '[[[1]]]' });
    const r = valueToJson(deep(Value.unknown(NumberType), 'object'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe('value is not known');
      expect(r.path.length).toBe(depth);
      expect(r.path[0]).toEqual({ kind: 'attr', name: 'a' });
    }
  });
});

describe('equality keeps cty semantics level by level', () => {
  const unknown = Value.unknown(NumberType);
  it.each([
    // In a tuple the first unknown comparison decides; in an object a definite difference wins.
    ['tuple: unknown before a difference', Value.tuple([unknown, Value.number(1)]), Value.tuple([Value.number(1), Value.number(2)]), undefined],
    ['tuple: difference before an unknown', Value.tuple([Value.number(2), unknown]), Value.tuple([Value.number(1), Value.number(2)]), false],
    ['object: a difference wins over an unknown', Value.object({ a: unknown, b: Value.number(1) }), Value.object({ a: Value.number(1), b: Value.number(2) }), false],
    ['object: unknown when otherwise equal', Value.object({ a: unknown, b: Value.number(1) }), Value.object({ a: Value.number(1), b: Value.number(1) }), undefined],
    [
      'nested: an unknown inside an object inside a tuple',
      Value.tuple([Value.object({ a: unknown, b: Value.number(2) }), Value.number(1)]),
      Value.tuple([Value.object({ a: Value.number(1), b: Value.number(2) }), Value.number(2)]),
      undefined,
    ],
    [
      'nested: a difference inside an object inside a tuple',
      Value.tuple([Value.object({ a: unknown, b: Value.number(3) }), unknown]),
      Value.tuple([Value.object({ a: Value.number(1), b: Value.number(2) }), Value.number(2)]),
      false,
    ],
    ['null against a value inside', Value.tuple([Value.null(NumberType)]), Value.tuple([Value.number(1)]), false],
  ])('%s', (_name, a, b, want) => {
    const r = valuesEqual(a, b);
    if (want === undefined) expect(r.isKnown).toBe(false);
    else expect(r).toEqual(Value.bool(want));
  });
});
