// Defaults from optional(type, default) in object type constraints, applied before conversion (HCL typeexpr Defaults.Apply).
import { unifyValues } from './unify.js';
import { makeSet } from './set.js';
import { compareStrings, type Type } from './type.js';
import { Value } from './value.js';

/** Whether optional(…, default) appears anywhere in the type, i.e. whether applyDefaults can change a value. */
export function hasDefaults(t: Type): boolean {
  switch (t.kind) {
    case 'object':
      if (t.defaults && t.defaults.size > 0) return true;
      for (const a of t.attributes.values()) if (hasDefaults(a)) return true;
      return false;
    case 'tuple':
      return t.elements.some(hasDefaults);
    case 'list':
    case 'set':
    case 'map':
      return hasDefaults(t.element);
    default:
      return false;
  }
}

/** The nested type whose defaults apply to the element at `key` (typeexpr Defaults.getChild). */
function childType(t: Type, key: number | string): Type | undefined {
  let child: Type | undefined;
  if (typeof key === 'number' && t.kind === 'tuple') child = t.elements[key];
  else if (typeof key === 'string' && t.kind === 'object') child = t.attributes.get(key);
  else if (t.kind === 'list' || t.kind === 'set' || t.kind === 'map') child = t.element;
  return child && hasDefaults(child) ? child : undefined;
}

/**
 * Fills absent or null object attributes with the defaults that the type constraint declares, at every
 * depth, as Packer does to a variable's value before converting it to the variable's type.
 */
export function applyDefaults(v: Value, t: Type): Value {
  if (!v.isKnown || v.isNull || !hasDefaults(t)) return v;
  const marks = v.marks;
  const u = v.unmark();
  const kind = u.type.kind;
  if (kind === 'set' || kind === 'list' || kind === 'tuple') {
    const values = u.elements().map((e, i) => {
      const c = childType(t, i);
      return c ? applyDefaults(e, c) : e;
    });
    if (kind !== 'tuple') {
      const ety = (u.type as Extract<Type, { kind: 'set' | 'list' }>).element;
      if (values.length === 0) return (kind === 'set' ? makeSet([], ety) : Value.list([], ety)).withMarks(marks);
      const unified = unifyValues(values, true);
      if (unified.ok) return (kind === 'set' ? makeSet(unified.values, unified.type) : Value.list(unified.values, unified.type)).withMarks(marks);
    }
    return Value.tuple(values).withMarks(marks);
  }
  if (kind === 'object' || kind === 'map') {
    const values = new Map<string, Value>();
    for (const [k, e] of u.attributes()) {
      const c = childType(t, k);
      values.set(k, c ? applyDefaults(e, c) : e);
    }
    if (t.kind === 'object' && t.defaults) {
      for (const [k, def] of t.defaults) {
        const cur = values.get(k);
        if (cur !== undefined && !cur.isNull) continue;
        const c = childType(t, k);
        values.set(k, c ? applyDefaults(def, c) : def);
      }
    }
    if (kind === 'map') {
      const ety = (u.type as Extract<Type, { kind: 'map' }>).element;
      if (values.size === 0) return Value.map(new Map(), ety).withMarks(marks);
      const keys = [...values.keys()].sort(compareStrings);
      const unified = unifyValues(
        keys.map((k) => values.get(k)!),
        true,
      );
      if (unified.ok) return Value.map(new Map(keys.map((k, i) => [k, unified.values[i]!])), unified.type).withMarks(marks);
    }
    return Value.object(values).withMarks(marks);
  }
  return v;
}
