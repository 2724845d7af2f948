// TEMPORARY SHIM until value/equals.ts lands.
import { rawEquals } from '../schema/raw-equals.js';
import { BoolType } from '../value/type.js';
import { Value } from '../value/value.js';

export function equals(a: Value, b: Value): Value {
  if (!a.isKnown || !b.isKnown) return Value.unknown(BoolType);
  if (a.isNull || b.isNull) return Value.bool(a.isNull && b.isNull);
  return Value.bool(rawEquals(a, b));
}
