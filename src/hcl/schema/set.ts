// Building set values for block_set results: duplicates removed, as a cty set would.
import type { Type } from '../value/type.js';
import { Value } from '../value/value.js';
import { rawEquals } from './raw-equals.js';

/** A set of the given elements (all of type `elementType`), without duplicates. */
export function makeSet(elems: readonly Value[], elementType: Type): Value {
  const out: Value[] = [];
  for (const e of elems) if (!out.some((o) => rawEquals(o, e))) out.push(e);
  return Value.setRaw(out, elementType);
}
