// Type conversion with cty's rules (convert.Convert): which conversions exist, how unknowns and nulls pass, errors.
import {
  collectionToList,
  collectionToMap,
  collectionToSet,
  objectToMap,
  tupleToList,
  tupleToSet,
} from './convert-collection.js';
import { mapToObject, objectToObject, tupleToTuple } from './convert-structural.js';
import { mismatchMessage } from './mismatch.js';
import { Num } from './number.js';
import { unifyTypes } from './unify.js';
import { listOf, mapOf, objectOf, setOf, tupleOf, isPrimitive, typeEquals, withoutOptionalAttributesDeep, type Type } from './type.js';
import { Value } from './value.js';

/** One step into a value, for locating a conversion error (cty.Path). */
export type PathStep = { readonly kind: 'attr'; readonly name: string } | { readonly kind: 'index'; readonly key: Value };
export type Path = readonly PathStep[];

/** A converted value, or cty's error message (e.g. `a number is required`) and where inside the value it arose. */
export type ConvertResult = { ok: true; value: Value } | { ok: false; error: string; path: Path };

/** A conversion chosen for an input type; applied to values of that type. */
export type Conversion = (v: Value, path: Path) => ConvertResult;

export function ok(value: Value): ConvertResult {
  return { ok: true, value };
}
export function fail(error: string, path: Path): ConvertResult {
  return { ok: false, error, path };
}

/**
 * Converts a value to a type with cty's unsafe-allowed rules, as HCL does for arguments and Packer for
 * variables. Optional attributes of object types become null when absent; defaults are applyDefaults' job.
 */
export function convert(v: Value, want: Type): ConvertResult {
  try {
    if (typeEquals(v.type, withoutOptionalAttributesDeep(want))) return ok(v);
    const conv = getConversion(v.type, want, true);
    if (!conv) return fail(mismatchMessage(v.type, want), []);
    return conv(v, []);
  } catch (err) {
    // Conversions follow the value's nesting recursively, as cty's do; a pathologically deep value
    // exhausts the stack, which is reported as a failed conversion rather than a crash.
    if (err instanceof RangeError && err.message.includes('call stack')) return fail('value is nested too deeply to convert', []);
    throw err;
  }
}

/** Whether some value of type `from` could convert to `to` (unsafe conversions included unless `safeOnly`). */
export function canConvert(from: Type, to: Type, safeOnly = false): boolean {
  return typeEquals(from, to) || getConversion(from, to, !safeOnly) !== undefined;
}

/** The conversion between two types, or undefined when none exists (cty getConversion: wraps marks, unknowns, nulls). */
export function getConversion(from: Type, to: Type, unsafe: boolean): Conversion | undefined {
  const conv = getConversionKnown(from, to, unsafe);
  if (!conv) return undefined;
  const ret: Conversion = (v, path) => {
    if (v.isMarked) {
      const r = ret(v.unmark(), path);
      return r.ok ? ok(r.value.withMarks(v.marks)) : r;
    }
    if (to.kind === 'dynamic') return ok(v);
    if (!v.isKnown) return ok(Value.unknown(dynamicReplace(v.type, withoutOptionalAttributesDeep(to))));
    if (v.isNull) return ok(Value.null(dynamicReplace(v.type, withoutOptionalAttributesDeep(to))));
    return conv(v, path);
  };
  return ret;
}

function getConversionKnown(from: Type, to: Type, unsafe: boolean): Conversion | undefined {
  if (to.kind === 'dynamic') return (v) => ok(v);
  if (unsafe && from.kind === 'dynamic') {
    return (v, path) => {
      const r = convert(v, to);
      return r.ok ? r : fail(r.error, path);
    };
  }
  if (isPrimitive(from) && isPrimitive(to)) return primitiveConversion(from, to, unsafe);
  if (to.kind === 'object' && from.kind === 'object') return objectToObject(from, to, unsafe);
  if (to.kind === 'tuple' && from.kind === 'tuple') return tupleToTuple(from, to, unsafe);
  if (to.kind === 'list' && (from.kind === 'list' || from.kind === 'set')) {
    if (typeEquals(from.element, to.element)) return collectionToList(to.element, undefined);
    const ce = getConversion(from.element, to.element, unsafe);
    return ce && collectionToList(to.element, ce);
  }
  if (to.kind === 'set' && (from.kind === 'list' || from.kind === 'set')) {
    if (from.kind === 'list' && !unsafe) return undefined;
    if (typeEquals(from.element, to.element)) return collectionToSet(to.element, undefined);
    const ce = getConversion(from.element, to.element, unsafe);
    return ce && collectionToSet(to.element, ce);
  }
  if (to.kind === 'map' && from.kind === 'map') {
    const ce = getConversion(from.element, to.element, unsafe);
    return ce && collectionToMap(to.element, ce);
  }
  if (to.kind === 'list' && from.kind === 'tuple') return tupleToList(from, to.element, unsafe);
  if (to.kind === 'set' && from.kind === 'tuple') return tupleToSet(from, to.element, unsafe);
  if (to.kind === 'map' && from.kind === 'object') return objectToMap(from, to.element, unsafe);
  if (to.kind === 'object' && from.kind === 'map') return unsafe ? mapToObject(from, to, unsafe) : undefined;
  return undefined;
}

function primitiveConversion(from: Type, to: Type, unsafe: boolean): Conversion | undefined {
  if (to.kind === 'string' && from.kind === 'number') return (v) => ok(Value.string(v.asNum().toString()));
  if (to.kind === 'string' && from.kind === 'bool') return (v) => ok(Value.string(v.asBool() ? 'true' : 'false'));
  if (!unsafe || from.kind !== 'string') return undefined;
  if (to.kind === 'number') {
    return (v, path) => {
      const n = Num.parse(v.asString());
      return n ? ok(Value.number(n)) : fail('a number is required', path);
    };
  }
  if (to.kind === 'bool') {
    return (v, path) => {
      const s = v.asString();
      if (s === 'true' || s === '1') return ok(Value.True);
      if (s === 'false' || s === '0') return ok(Value.False);
      const lower = s.toLowerCase();
      if (lower === 'true' || lower === 'false') {
        return fail(`a bool is required; to convert from string, use lowercase "${lower}"`, path);
      }
      return fail('a bool is required', path);
    };
  }
  return undefined;
}

/** The type an unknown or null input takes: the target, with `any` parts filled in from the input type (cty dynamicReplace). */
export function dynamicReplace(from: Type, to: Type): Type {
  if (from.kind === 'dynamic') return to;
  switch (to.kind) {
    case 'dynamic':
      return from;
    case 'string':
    case 'number':
    case 'bool':
      return to;
    case 'map':
      if (from.kind === 'map') return mapOf(dynamicReplace(from.element, to.element));
      if (from.kind === 'object') return mapOf(dynamicReplace(unifyTypes([...from.attributes.values()], true) ?? to.element, to.element));
      return to;
    case 'object': {
      const attrs = new Map<string, Type>();
      for (const [name, at] of to.attributes) {
        if (from.kind === 'map') attrs.set(name, dynamicReplace(from.element, at));
        else if (from.kind === 'object') {
          const fa = from.attributes.get(name);
          attrs.set(name, fa ? dynamicReplace(fa, at) : at);
        }
      }
      return objectOf(attrs);
    }
    case 'set':
    case 'list': {
      const make = to.kind === 'set' ? setOf : listOf;
      if (from.kind === 'set' || from.kind === 'list') return make(dynamicReplace(from.element, to.element));
      if (from.kind === 'tuple') return make(dynamicReplace(unifyTypes(from.elements, true) ?? to.element, to.element));
      return to;
    }
    case 'tuple':
      return tupleOf(to.elements.map((e, i) => (from.kind === 'tuple' && from.elements[i] ? dynamicReplace(from.elements[i]!, e) : e)));
  }
}

export { unify, unifyValues } from './unify.js';
export { mismatchMessage } from './mismatch.js';
