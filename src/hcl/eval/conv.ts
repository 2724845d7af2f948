// The evaluator's single entry to type conversion and unification (implemented in value/convert.ts).
// TEMPORARY SHIM until value/convert.ts lands: primitives, dynamic, and same-kind structural values only.
import { Num } from '../value/number.js';
import { StringType, NumberType, BoolType, typeEquals, type Type } from '../value/type.js';
import { Value } from '../value/value.js';

export type ConvertResult = { ok: true; value: Value } | { ok: false; error: string };

/** Converts a value to a type with cty's (unsafe-allowed) rules; the error is cty's message, e.g. "a number is required". */
export function convertValue(v: Value, t: Type): ConvertResult {
  if (t.kind === 'dynamic' || typeEquals(v.type, t)) return { ok: true, value: v };
  if (v.isNull) return { ok: true, value: Value.null(t).withMarks(v.marks) };
  if (!v.isKnown) return { ok: true, value: Value.unknown(t).withMarks(v.marks) };
  const u = v.unmark();
  const m = v.marks;
  const ok = (x: Value): ConvertResult => ({ ok: true, value: x.withMarks(m) });
  if (t.kind === 'string') {
    if (u.type.kind === 'number') return ok(Value.string(u.asNum().toString()));
    if (u.type.kind === 'bool') return ok(Value.string(u.asBool() ? 'true' : 'false'));
    return { ok: false, error: 'string required' };
  }
  if (t.kind === 'number') {
    if (u.type.kind === 'string') {
      const n = Num.parse(u.asString());
      return n ? ok(Value.number(n)) : { ok: false, error: 'a number is required' };
    }
    return { ok: false, error: 'a number is required' };
  }
  if (t.kind === 'bool') {
    if (u.type.kind === 'string' && (u.asString() === 'true' || u.asString() === 'false')) return ok(Value.bool(u.asString() === 'true'));
    return { ok: false, error: 'a bool is required' };
  }
  if ((t.kind === 'list' || t.kind === 'set') && (u.type.kind === 'tuple' || u.type.kind === 'list' || u.type.kind === 'set')) {
    const out: Value[] = [];
    for (const e of u.elements()) {
      const c = convertValue(e, t.element);
      if (!c.ok) return c;
      out.push(c.value);
    }
    const et = t.element.kind === 'dynamic' ? (out[0]?.type ?? t.element) : t.element;
    return ok(t.kind === 'list' ? Value.list(out, et) : Value.setRaw(out, et));
  }
  if (t.kind === 'map' && (u.type.kind === 'object' || u.type.kind === 'map')) {
    const out = new Map<string, Value>();
    for (const [k, e] of u.attributes()) {
      const c = convertValue(e, t.element);
      if (!c.ok) return c;
      out.set(k, c.value);
    }
    const et = t.element.kind === 'dynamic' ? (out.values().next().value?.type ?? t.element) : t.element;
    return ok(Value.map(out, et));
  }
  if (t.kind === 'object' && (u.type.kind === 'object' || u.type.kind === 'map')) {
    const out = new Map<string, Value>();
    const src = u.attributes();
    for (const [k, at] of t.attributes) {
      const e = src.get(k);
      if (e === undefined) return { ok: false, error: `attribute "${k}" is required` };
      const c = convertValue(e, at);
      if (!c.ok) return c;
      out.set(k, c.value);
    }
    return ok(Value.object(out));
  }
  return { ok: false, error: `${t.kind} required` };
}

/** The single type every given type converts to, or undefined when there is none. */
export function unifyTypes(types: readonly Type[]): Type | undefined {
  const first = types[0];
  if (first === undefined) return undefined;
  if (types.every((t) => typeEquals(t, first))) return first;
  if (types.every((t) => t.kind === 'string' || t.kind === 'number' || t.kind === 'bool')) return StringType;
  void NumberType;
  void BoolType;
  return undefined;
}
