// Conversions into objects and tuples (cty conversion_object.go, conversion_tuple.go, map-to-object).
import { fail, getConversion, ok, type Conversion, type Path } from './convert.js';
import { mismatchMessage } from './mismatch.js';
import { goQuote } from './set.js';
import { objectAttributeNames, typeEquals, withoutOptionalAttributesDeep, type Type } from './type.js';
import { Value } from './value.js';

type TupleType = Extract<Type, { kind: 'tuple' }>;
type ObjectType = Extract<Type, { kind: 'object' }>;
type MapType = Extract<Type, { kind: 'map' }>;

const attrStep = (path: Path, name: string): Path => [...path, { kind: 'attr', name }];

function nullWithoutOptional(v: Value): Value {
  return v.isNull ? Value.null(withoutOptionalAttributesDeep(v.type)).withMarks(v.marks) : v;
}

/** Attributes the target names are converted (absent optional ones become null); extra input attributes are dropped. */
export function objectToObject(from: ObjectType, to: ObjectType, unsafe: boolean): Conversion | undefined {
  const convs = new Map<string, Conversion | undefined>();
  for (const name of objectAttributeNames(to)) {
    const outT = to.attributes.get(name)!;
    const inT = from.attributes.get(name);
    if (inT === undefined) {
      if (to.optional?.has(name)) continue;
      return undefined;
    }
    if (typeEquals(inT, outT)) {
      convs.set(name, undefined);
      continue;
    }
    const c = getConversion(inT, outT, unsafe);
    if (!c) return undefined;
    convs.set(name, c);
  }
  return (v, path) => {
    const attrs = new Map<string, Value>();
    for (const [name, e] of v.attributes()) {
      if (!convs.has(name)) continue;
      const c = convs.get(name);
      let x = e;
      if (c) {
        const r = c(e, attrStep(path, name));
        if (!r.ok) return r;
        x = r.value;
      }
      attrs.set(name, nullWithoutOptional(x));
    }
    for (const name of to.optional ?? []) {
      if (!attrs.has(name)) attrs.set(name, Value.null(withoutOptionalAttributesDeep(to.attributes.get(name)!)));
    }
    return ok(Value.object(attrs));
  };
}

export function tupleToTuple(from: TupleType, to: TupleType, unsafe: boolean): Conversion | undefined {
  if (from.elements.length !== to.elements.length) return undefined;
  const convs: (Conversion | undefined)[] = [];
  for (let i = 0; i < to.elements.length; i++) {
    if (typeEquals(from.elements[i]!, to.elements[i]!)) {
      convs.push(undefined);
      continue;
    }
    const c = getConversion(from.elements[i]!, to.elements[i]!, unsafe);
    if (!c) return undefined;
    convs.push(c);
  }
  return (v, path) => {
    const out: Value[] = [];
    const elems = v.elements();
    for (let i = 0; i < elems.length; i++) {
      const c = convs[i];
      if (!c) {
        out.push(elems[i]!);
        continue;
      }
      const r = c(elems[i]!, [...path, { kind: 'index', key: Value.number(i) }]);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return ok(Value.tuple(out));
  };
}

/** Map to object (unsafe only): keys the object does not name are dropped; missing required ones are errors. */
export function mapToObject(from: MapType, to: ObjectType, unsafe: boolean): Conversion | undefined {
  const convs = new Map<string, Conversion | undefined>();
  for (const name of objectAttributeNames(to)) {
    const at = to.attributes.get(name)!;
    if (typeEquals(at, from.element)) continue;
    const c = getConversion(from.element, at, unsafe);
    if (!c && !(to.optional?.has(name) && unsafe)) return undefined;
    convs.set(name, c);
  }
  return (v, path) => {
    const attrs = new Map<string, Value>();
    for (const [name, e] of v.attributes()) {
      const at = to.attributes.get(name);
      if (at === undefined) continue;
      let x = e;
      const c = convs.get(name);
      if (c) {
        const r = c(e, [...path, { kind: 'index', key: Value.string(name) }]);
        if (!r.ok) return r;
        x = r.value;
      } else if (convs.has(name)) {
        return fail(`map element type is incompatible with attribute ${goQuote(name)}: ${mismatchMessage(e.type, at)}`, path);
      }
      attrs.set(name, nullWithoutOptional(x));
    }
    for (const name of objectAttributeNames(to)) {
      if (attrs.has(name)) continue;
      if (to.optional?.has(name)) attrs.set(name, Value.null(to.attributes.get(name)!));
      else return fail(`map has no element for required attribute ${goQuote(name)}`, path);
    }
    return ok(Value.object(attrs));
  };
}
