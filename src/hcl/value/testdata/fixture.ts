// Reads the cty oracle fixtures: values and types serialized by a Go program run against go-cty, and cty's text for results.
import { Num } from '../number.js';
import { BoolType, DynamicType, NumberType, StringType, listOf, mapOf, objectAttributeNames, setOf, tupleOf, type Type } from '../type.js';
import { Value } from '../value.js';

/** A serialized type: a primitive keyword or a constructor with element, attribute, optional and default parts. */
export type TypeJson =
  | string
  | { k: 'list' | 'set' | 'map'; e: TypeJson }
  | { k: 'tuple'; es: TypeJson[] }
  | { k: 'object'; as: Record<string, TypeJson>; opt?: string[]; def?: Record<string, ValueJson> };

export type NumJson = { form: 'zero' | 'finite' | 'inf'; neg: boolean; m?: string; e?: number; p: number };

export type ValueJson =
  | { mark: ValueJson }
  | { u: TypeJson }
  | { n: TypeJson }
  | { s: string }
  | { b: boolean }
  | { num: NumJson }
  | { t: TypeJson; list?: ValueJson[]; set?: ValueJson[]; tuple?: ValueJson[]; map?: Record<string, ValueJson>; object?: Record<string, ValueJson> };

export function typeFromJson(j: TypeJson): Type {
  if (typeof j === 'string') return ({ any: DynamicType, string: StringType, number: NumberType, bool: BoolType } as Record<string, Type>)[j]!;
  switch (j.k) {
    case 'list':
      return listOf(typeFromJson(j.e));
    case 'set':
      return setOf(typeFromJson(j.e));
    case 'map':
      return mapOf(typeFromJson(j.e));
    case 'tuple':
      return tupleOf(j.es.map(typeFromJson));
    case 'object': {
      const attributes = new Map(Object.entries(j.as).map(([k, v]) => [k, typeFromJson(v)] as const));
      const defs = Object.entries(j.def ?? {});
      return {
        kind: 'object',
        attributes,
        ...(j.opt && j.opt.length > 0 ? { optional: new Set(j.opt) } : {}),
        ...(defs.length > 0 ? { defaults: new Map(defs.map(([k, v]) => [k, valueFromJson(v)] as const)) } : {}),
      };
    }
  }
}

export function valueFromJson(j: ValueJson): Value {
  if ('mark' in j) return valueFromJson(j.mark).mark('sensitive');
  if ('u' in j) return Value.unknown(typeFromJson(j.u));
  if ('n' in j) return Value.null(typeFromJson(j.n));
  if ('s' in j) return Value.string(j.s);
  if ('b' in j) return Value.bool(j.b);
  if ('num' in j) {
    const n = j.num;
    return Value.number(Num.fromParts({ form: n.form, negative: n.neg, mant: BigInt(n.m ?? '0'), exp: n.e ?? 0, prec: n.p }));
  }
  const t = typeFromJson(j.t);
  const seq = j.list ?? j.set ?? j.tuple;
  if (seq) return Value.fromParts(t, seq.map(valueFromJson));
  const attrs = j.map ?? j.object ?? {};
  return Value.fromParts(t, new Map(Object.entries(attrs).map(([k, v]) => [k, valueFromJson(v)] as const)));
}

/** HCL's typeexpr.TypeString: `list(string)`, `object({a=number,b=bool})`. */
export function typeString(t: Type): string {
  switch (t.kind) {
    case 'dynamic':
      return 'any';
    case 'string':
    case 'number':
    case 'bool':
      return t.kind;
    case 'list':
    case 'set':
    case 'map':
      return `${t.kind}(${typeString(t.element)})`;
    case 'tuple':
      return `tuple([${t.elements.map(typeString).join(',')}])`;
    case 'object':
      return `object({${objectAttributeNames(t)
        .map((n) => `${/^[A-Za-z_][A-Za-z0-9_-]*$/.test(n) ? n : JSON.stringify(n)}=${typeString(t.attributes.get(n)!)}`)
        .join(',')}})`;
  }
}

/** The oracle's compact rendering of a value: `list["a", 1]`, `object{a=null(string)}`, `unknown(number)!sensitive`. */
export function showValue(v0: Value): string {
  const suffix = v0.isMarked ? '!sensitive' : '';
  const v = v0.unmark();
  const t = v.type;
  if (!v.isKnown) return `unknown(${typeString(t)})${suffix}`;
  if (v.isNull) return `null(${typeString(t)})${suffix}`;
  switch (t.kind) {
    case 'string':
      return JSON.stringify(v.asString()) + suffix;
    case 'number':
      return v.asNum().toString() + suffix;
    case 'bool':
      return String(v.asBool()) + suffix;
    case 'list':
    case 'set':
    case 'tuple':
      return `${t.kind}[${v.elements().map(showValue).join(', ')}]${suffix}`;
    case 'map':
    case 'object':
      return `${t.kind}{${[...v.attributes()].map(([k, e]) => `${k}=${showValue(e)}`).join(', ')}}${suffix}`;
    case 'dynamic':
      return '?';
  }
}
