// The evaluator's single entry to type conversion and unification (implemented in value/convert.ts).
import { convert, unify } from '../value/convert.js';
import type { Type } from '../value/type.js';
import type { Value } from '../value/value.js';

export type ConvertResult = { ok: true; value: Value } | { ok: false; error: string };

/** Converts a value to a type with cty's (unsafe-allowed) rules; the error is cty's message, e.g. "a number is required". */
export function convertValue(v: Value, t: Type): ConvertResult {
  const r = convert(v, t);
  return 'error' in r && r.error !== undefined ? { ok: false, error: r.error } : { ok: true, value: r.value };
}

/** The single type every given type converts to, or undefined when there is none. */
export function unifyTypes(types: readonly Type[]): Type | undefined {
  return unify(types);
}
