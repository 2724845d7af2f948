// Value equality as cty defines it: `==` (unknown-aware, marks carried) and RawEquals (exact, for sets and tests).
import { BoolType, hasDynamicTypes, typeConforms, typeEquals, type Type } from './type.js';
import { Value, type Mark } from './value.js';

const unknownBool = (): Value => Value.unknown(BoolType);

/** `a == b` with cty semantics: a bool, or an unknown bool when unknowns (or dynamic types) make it undecidable. Marks of both sides carry over. */
export function valuesEqual(a: Value, b: Value): Value {
  if (a.containsMarked || b.containsMarked) {
    const ua = a.unmarkDeep();
    const ub = b.unmarkDeep();
    let marks: ReadonlySet<Mark> = new Set([...ua.marks, ...ub.marks]);
    // One null side: only top-level marks matter to the answer.
    if (a.isNull !== b.isNull) marks = new Set([...a.marks, ...b.marks]);
    return valuesEqual(ua.value, ub.value).withMarks(marks);
  }
  const definitelyNotNull = (v: Value): boolean => v.isKnown && !v.isNull;
  if ((a.isKnown && a.isNull && definitelyNotNull(b)) || (b.isKnown && b.isNull && definitelyNotNull(a))) return Value.False;

  if (!a.isKnown && !b.isKnown) return unknownBool();
  if (a.isKnown !== b.isKnown) {
    const known = a.isKnown ? a : b;
    const unknown = a.isKnown ? b : a;
    if (known.isNull || hasDynamicTypes(unknown.type)) return unknownBool();
    return typeEquals(known.type, unknown.type) ? unknownBool() : Value.False;
  }
  if (a.isNull && b.isNull) return Value.True;
  if (a.isNull || b.isNull) return Value.False;

  if (hasDynamicTypes(a.type) || hasDynamicTypes(b.type)) {
    if (!typeConforms(a.type, b.type) && !typeConforms(b.type, a.type)) return Value.False;
    return unknownBool();
  }
  if (!typeEquals(a.type, b.type)) return Value.False;
  const r = knownEqual(a, b);
  return r === undefined ? unknownBool() : Value.bool(r);
}

/** Equality of two known, non-null values of one type; undefined when an unknown inside decides it. */
function knownEqual(a: Value, b: Value): boolean | undefined {
  switch (a.type.kind) {
    case 'number':
      return a.asNum().eq(b.asNum());
    case 'bool':
      return a.asBool() === b.asBool();
    case 'string':
      return a.asString() === b.asString();
    case 'list':
    case 'tuple': {
      const ae = a.elements();
      const be = b.elements();
      if (ae.length !== be.length) return false;
      return allEqual(ae.map((e, i) => [e, be[i]!] as const));
    }
    case 'object':
    case 'map': {
      const aa = a.attributes();
      const ba = b.attributes();
      if (aa.size !== ba.size) return false;
      const pairs: (readonly [Value, Value])[] = [];
      for (const [k, v] of aa) {
        const o = ba.get(k);
        if (o === undefined) return false;
        pairs.push([v, o]);
      }
      // Go visits attributes in random order, so either answer can come out; a definite difference wins here.
      return allEqual(pairs, true);
    }
    case 'set': {
      const ae = a.elements();
      const be = b.elements();
      if (ae.some((e) => !e.isKnown) || be.some((e) => !e.isKnown)) return undefined;
      const inOther = (x: Value, others: readonly Value[]): boolean => others.some((o) => setEquivalent(x, o));
      return ae.every((e) => inOther(e, be)) && be.every((e) => inOther(e, ae));
    }
    default:
      return undefined;
  }
}

/** Pairwise equality in order, as cty: the first unknown comparison makes the result unknown, the first false makes it false. */
function allEqual(pairs: readonly (readonly [Value, Value])[], falseWins = false): boolean | undefined {
  let unknown = false;
  for (const [x, y] of pairs) {
    const eq = valuesEqual(x, y);
    if (!eq.isKnown) {
      if (!falseWins) return undefined;
      unknown = true;
    } else if (!eq.asBool()) return false;
  }
  return unknown ? undefined : true;
}

/** Set membership equivalence: equal and known (two unknowns are never the same element). */
export function setEquivalent(a: Value, b: Value): boolean {
  const eq = valuesEqual(a, b);
  return eq.isKnown && eq.unmark().asBool();
}

/** cty RawEquals: same type, same marks, same knownness and nullness, equal content (unknowns of one type are equal). */
export function rawEquals(a: Value, b: Value): boolean {
  if (!typeEquals(a.type, b.type)) return false;
  if (!sameMarks(a.marks, b.marks)) return false;
  if (!a.isKnown || !b.isKnown) return a.isKnown === b.isKnown;
  if (a.isNull || b.isNull) return a.isNull === b.isNull;
  switch (a.type.kind) {
    case 'number':
      return a.asNum().eq(b.asNum());
    case 'bool':
      return a.asBool() === b.asBool();
    case 'string':
      return a.asString() === b.asString();
    case 'dynamic':
      return true;
    case 'list':
    case 'tuple':
    case 'set': {
      const ae = a.elements();
      const be = b.elements();
      return ae.length === be.length && ae.every((e, i) => rawEquals(e, be[i]!));
    }
    case 'map':
    case 'object': {
      const aa = a.attributes();
      const ba = b.attributes();
      if (aa.size !== ba.size) return false;
      for (const [k, v] of aa) {
        const o = ba.get(k);
        if (o === undefined || !rawEquals(v, o)) return false;
      }
      return true;
    }
  }
}

function sameMarks(a: ReadonlySet<Mark>, b: ReadonlySet<Mark>): boolean {
  if (a.size !== b.size) return false;
  for (const m of a) if (!b.has(m)) return false;
  return true;
}

/** Whether every value has the same type (cty CanListVal/CanSetVal). */
export function sameTypes(values: readonly Value[], t?: Type): boolean {
  const first = t ?? values[0]?.type;
  return first === undefined || values.every((v) => typeEquals(v.type, first));
}

/** Sets are built by makeSet (set.ts); re-exported here beside the equality it relies on. */
export { makeSet } from './set.js';
