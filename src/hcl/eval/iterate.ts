// Element iteration as cty's ElementIterator: index keys for sequences, name keys for maps/objects, the value itself for sets.
import { Value } from '../value/value.js';

/** True for the types a `for` expression can iterate: list, set, tuple, map, object. */
export function canIterateElements(v: Value): boolean {
  const k = v.type.kind;
  return k === 'list' || k === 'set' || k === 'tuple' || k === 'map' || k === 'object';
}

/** Key/value pairs of a known, unmarked collection or structural value. */
export function elementPairs(v: Value): [Value, Value][] {
  const k = v.type.kind;
  if (k === 'map' || k === 'object') return [...v.attributes()].map(([name, e]) => [Value.string(name), e]);
  if (k === 'set') return v.elements().map((e) => [e, e]);
  return v.elements().map((e, i) => [Value.number(i), e]);
}
