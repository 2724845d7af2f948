// The evaluator's single entry to type conversion and unification (cty's rules, from value/convert.ts).
import type { Num } from '../value/number.js';
import { convert, unify } from '../value/convert.js';
import type { Type } from '../value/type.js';
import type { Value } from '../value/value.js';

export type ConvertResult = { ok: true; value: Value } | { ok: false; error: string };

/**
 * The string forms of numbers already converted. Printing a 512-bit number is costly and values are
 * immutable, so a number interpolated or passed as a string again (a variable used in many places, a
 * literal in a loop) is printed once.
 */
const numberStrings = new WeakMap<Num, Value>();

/** Converts a value to a type with cty's (unsafe-allowed) rules; the error is cty's message, e.g. "a number is required". */
export function convertValue(v: Value, t: Type): ConvertResult {
  if (t.kind === 'string' && v.type.kind === 'number' && v.isKnown && !v.isNull && !v.isMarked) {
    const n = v.asNum();
    const cached = numberStrings.get(n);
    if (cached !== undefined) return { ok: true, value: cached };
    const r = convertUncached(v, t);
    if (r.ok) numberStrings.set(n, r.value);
    return r;
  }
  return convertUncached(v, t);
}

function convertUncached(v: Value, t: Type): ConvertResult {
  const r = convert(v, t);
  return r.ok ? r : { ok: false, error: r.error };
}

/** The single type every given type converts to (unsafe conversions allowed, as HCL's UnifyUnsafe), or undefined. */
export function unifyTypes(types: readonly Type[]): Type | undefined {
  return unify(types, true);
}
