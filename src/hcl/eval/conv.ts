// The evaluator's single entry to type conversion and unification (cty's rules, from value/convert.ts).
import { convert, unify } from '../value/convert.js';
import type { Type } from '../value/type.js';
import type { Value } from '../value/value.js';

export type ConvertResult = { ok: true; value: Value } | { ok: false; error: string };

/** Converts a value to a type with cty's (unsafe-allowed) rules; the error is cty's message, e.g. "a number is required". */
export function convertValue(v: Value, t: Type): ConvertResult {
  const r = convert(v, t);
  return r.ok ? r : { ok: false, error: r.error };
}

/** The single type every given type converts to (unsafe conversions allowed, as HCL's UnifyUnsafe), or undefined. */
export function unifyTypes(types: readonly Type[]): Type | undefined {
  return unify(types, true);
}
