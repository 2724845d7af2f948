// Conversions into lists, sets and maps (cty conversion_collection.go), element by element with paths.
import { fail, getConversion, ok, type Conversion, type ConvertResult, type Path } from './convert.js';
import { sameTypes } from './equals.js';
import { makeSet } from './set.js';
import { unifyTypes } from './unify.js';
import { objectAttributeNames, typeEquals, withoutOptionalAttributesDeep, type Type } from './type.js';
import { Value } from './value.js';

type TupleType = Extract<Type, { kind: 'tuple' }>;
type ObjectType = Extract<Type, { kind: 'object' }>;

const indexStep = (path: Path, i: number): Path => [...path, { kind: 'index', key: Value.number(i) }];
const keyStep = (path: Path, k: string): Path => [...path, { kind: 'index', key: Value.string(k) }];

function nullWithoutOptional(v: Value): Value {
  return v.isNull ? Value.null(withoutOptionalAttributesDeep(v.type)).withMarks(v.marks) : v;
}

/** Converts each element in order; stops at the first error. */
function convertEach(elems: readonly Value[], convs: (i: number) => Conversion | undefined, path: Path, normalizeNull: boolean): Value[] | ConvertResult {
  const out: Value[] = [];
  for (let i = 0; i < elems.length; i++) {
    let e = elems[i]!;
    const c = convs(i);
    if (c) {
      const r = c(e, indexStep(path, i));
      if (!r.ok) return r;
      e = r.value;
    }
    out.push(normalizeNull ? nullWithoutOptional(e) : e);
  }
  return out;
}

/** Whether a set's length is known: cty treats a set holding unknowns (and more than one element) as of unknown length. */
function lengthKnown(v: Value): boolean {
  return v.type.kind !== 'set' || v.length === 1 || v.isWhollyKnown;
}

export function collectionToList(ety: Type, conv: Conversion | undefined): Conversion {
  return (v, path) => {
    const inEty = v.type.kind === 'list' || v.type.kind === 'set' ? v.type.element : ety;
    if (!lengthKnown(v)) return ok(Value.unknown({ kind: 'list', element: inEty }));
    const elems = convertEach(v.elements(), () => conv, path, true);
    if (!Array.isArray(elems)) return elems;
    if (elems.length === 0) return ok(Value.list([], ety.kind === 'dynamic' ? inEty : withoutOptionalAttributesDeep(ety)));
    if (!sameTypes(elems)) return fail('element types must all match for conversion to list', path);
    return ok(Value.list(elems, elems[0]!.type));
  };
}

export function collectionToSet(ety: Type, conv: Conversion | undefined): Conversion {
  return (v, path) => {
    const inEty = v.type.kind === 'list' || v.type.kind === 'set' ? v.type.element : ety;
    const elems = convertEach(v.elements(), () => conv, path, true);
    if (!Array.isArray(elems)) return elems;
    if (elems.length === 0) return ok(makeSet([], ety.kind === 'dynamic' ? inEty : withoutOptionalAttributesDeep(ety)));
    if (!sameTypes(elems)) return fail('element types must all match for conversion to set', path);
    return ok(makeSet(elems, elems[0]!.type));
  };
}

export function collectionToMap(ety: Type, conv: Conversion | undefined): Conversion {
  return (v, path) => {
    const inEty = v.type.kind === 'map' ? v.type.element : ety;
    let elems = new Map<string, Value>();
    for (const [k, e] of v.attributes()) {
      let x = e;
      if (conv) {
        const r = conv(e, keyStep(path, k));
        if (!r.ok) return r;
        x = r.value;
      }
      elems.set(k, x);
    }
    if (elems.size === 0) return ok(Value.map(new Map(), ety.kind === 'dynamic' ? inEty : withoutOptionalAttributesDeep(ety)));
    if (ety.kind === 'list' || ety.kind === 'set' || ety.kind === 'map' || ety.kind === 'object') {
      const u = unifyElements(elems, path, false);
      if (!(u instanceof Map)) return u;
      elems = u;
    }
    if (!sameTypes([...elems.values()])) return fail('element types must all match for conversion to map', path);
    return ok(Value.map(elems, elems.values().next().value!.type));
  };
}

/** Element conversions from each tuple element type to the collection's element type (unified when `any`). */
function tupleElementConversions(tuple: TupleType, ety: Type, unsafe: boolean): { ety: Type; convs: (Conversion | undefined)[] } | undefined {
  let target = ety;
  if (target.kind === 'dynamic') {
    const u = unifyTypes(tuple.elements, unsafe);
    if (!u) return undefined;
    if (u.kind === 'dynamic' && tuple.elements.some((e) => e.kind !== 'dynamic')) return undefined;
    target = u;
  }
  const convs: (Conversion | undefined)[] = [];
  for (const e of tuple.elements) {
    if (typeEquals(e, target)) {
      convs.push(undefined);
      continue;
    }
    const c = getConversion(e, target, unsafe);
    if (!c) return undefined;
    convs.push(c);
  }
  return { ety: target, convs };
}

export function tupleToList(tuple: TupleType, ety: Type, unsafe: boolean): Conversion | undefined {
  if (tuple.elements.length === 0) return () => ok(Value.list([], withoutOptionalAttributesDeep(ety)));
  const plan = tupleElementConversions(tuple, ety, unsafe);
  if (!plan) return undefined;
  return (v, path) => {
    const elems = convertEach(v.elements(), (i) => plan.convs[i], path, false);
    if (!Array.isArray(elems)) return elems;
    const unified = unifyList(elems, indexStep(path, elems.length - 1), unsafe);
    if (!Array.isArray(unified)) return unified;
    if (!sameTypes(unified)) return fail('element types must all match for conversion to list', path);
    return ok(Value.list(unified, unified[0]!.type));
  };
}

export function tupleToSet(tuple: TupleType, ety: Type, unsafe: boolean): Conversion | undefined {
  if (tuple.elements.length === 0) return () => ok(makeSet([], withoutOptionalAttributesDeep(ety)));
  const plan = tupleElementConversions(tuple, ety, unsafe);
  if (!plan) return undefined;
  return (v, path) => {
    const elems = convertEach(v.elements(), (i) => plan.convs[i], path, true);
    if (!Array.isArray(elems)) return elems;
    if (!sameTypes(elems)) return fail('element types must all match for conversion to set', path);
    return ok(makeSet(elems, elems[0]!.type));
  };
}

export function objectToMap(obj: ObjectType, ety: Type, unsafe: boolean): Conversion | undefined {
  const names = objectAttributeNames(obj);
  if (names.length === 0) return () => ok(Value.map(new Map(), withoutOptionalAttributesDeep(ety)));
  let target = ety;
  if (target.kind === 'dynamic') {
    const u = unifyTypes(
      names.map((n) => obj.attributes.get(n)!),
      unsafe,
    );
    if (!u) return undefined;
    target = u;
  }
  const convs = new Map<string, Conversion>();
  for (const n of names) {
    const at = obj.attributes.get(n)!;
    if (typeEquals(at, target)) continue;
    const c = getConversion(at, target, unsafe);
    if (!c) return undefined;
    convs.set(n, c);
  }
  return (v, path) => {
    let elems = new Map<string, Value>();
    for (const [k, e] of v.attributes()) {
      const c = convs.get(k);
      if (!c) {
        elems.set(k, e);
        continue;
      }
      const r = c(e, keyStep(path, k));
      if (!r.ok) return r;
      elems.set(k, r.value);
    }
    if (target.kind === 'list' || target.kind === 'set' || target.kind === 'map' || target.kind === 'object') {
      const u = unifyElements(elems, path, unsafe);
      if (!(u instanceof Map)) return u;
      elems = u;
    }
    if (!sameTypes([...elems.values()])) return fail('attribute types must all match for conversion to map', path);
    return ok(Value.map(elems, elems.values().next().value!.type));
  };
}

/** cty conversionUnifyCollectionElements: brings map elements to one common type. */
function unifyElements(elems: Map<string, Value>, path: Path, unsafe: boolean): Map<string, Value> | ConvertResult {
  const t = unifyTypes(
    [...elems.values()].map((e) => e.type),
    unsafe,
  );
  if (!t) return fail('cannot find a common base type for all elements', path);
  const out = new Map<string, Value>();
  for (const [k, e] of elems) {
    if (typeEquals(e.type, t)) {
      out.set(k, e);
      continue;
    }
    const c = getConversion(e.type, t, unsafe);
    if (!c) return fail('cannot find a common base type for all elements', path);
    const r = c(e, keyStep(path, k));
    if (!r.ok) return r;
    out.set(k, r.value);
  }
  return out;
}

/** cty conversionUnifyListElements: brings list elements to one common type. */
function unifyList(elems: readonly Value[], path: Path, unsafe: boolean): Value[] | ConvertResult {
  const t = unifyTypes(
    elems.map((e) => e.type),
    unsafe,
  );
  if (!t) return fail('cannot find a common base type for all elements', path);
  const out: Value[] = [];
  for (let i = 0; i < elems.length; i++) {
    const e = elems[i]!;
    if (typeEquals(e.type, t)) {
      out.push(e);
      continue;
    }
    const c = getConversion(e.type, t, unsafe);
    if (!c) return fail('cannot find a common base type for all elements', path);
    const r = c(e, indexStep(path, i));
    if (!r.ok) return r;
    out.push(r.value);
  }
  return out;
}

