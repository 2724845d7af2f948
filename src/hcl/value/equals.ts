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
  const r = unmarkedEqual(a, b);
  return r === undefined ? unknownBool() : Value.bool(r);
}

/**
 * The pairs of elements still to compare at one level, in order. The first unknown comparison makes the
 * level unknown and the first false makes it false (cty); with `falseWins` (object attributes, which Go
 * visits in random order) a definite difference wins over unknowns.
 */
interface Level {
  readonly left: readonly Value[];
  readonly right: readonly Value[];
  next: number;
  readonly falseWins: boolean;
  unknown: boolean;
  /** The pairs' types are parts of the (equal, static) tuple or object types compared already. */
  readonly typesEqual: boolean;
}

/** Equality of unmarked values: true, false, or undefined (unknown). Nested levels wait on an explicit stack. */
function unmarkedEqual(a: Value, b: Value): boolean | undefined {
  const first = compareShallow(a, b, false);
  if (!isLevel(first)) return first;
  const stack: Level[] = [first];
  for (;;) {
    const level = stack[stack.length - 1]!;
    let result: boolean | undefined;
    if (level.next < level.left.length) {
      const i = level.next++;
      const r = compareShallow(level.left[i]!, level.right[i]!, level.typesEqual);
      if (isLevel(r)) {
        stack.push(r);
        continue;
      }
      if (r === true) continue;
      if (r === undefined && level.falseWins) {
        level.unknown = true;
        continue;
      }
      result = r;
    } else {
      result = level.unknown ? undefined : true;
    }
    // The level is decided: its answer is one comparison of the level around it.
    for (;;) {
      stack.pop();
      const outer = stack[stack.length - 1];
      if (outer === undefined) return result;
      if (result === true) break;
      if (result === undefined && outer.falseWins) {
        outer.unknown = true;
        break;
      }
      // false, or unknown where the first unknown decides: the outer level is decided the same way.
    }
  }
}

function isLevel(r: boolean | undefined | Level): r is Level {
  return typeof r === 'object';
}

/**
 * One comparison without looking inside elements: decided (true, false, undefined = unknown), or a level
 * of pairs. `typesEqual`: the types are known to be equal and free of `any` (skips comparing them again).
 */
function compareShallow(a: Value, b: Value, typesEqual: boolean): boolean | undefined | Level {
  const definitelyNotNull = (v: Value): boolean => v.isKnown && !v.isNull;
  if ((a.isKnown && a.isNull && definitelyNotNull(b)) || (b.isKnown && b.isNull && definitelyNotNull(a))) return false;

  if (!a.isKnown && !b.isKnown) return undefined;
  if (a.isKnown !== b.isKnown) {
    const known = a.isKnown ? a : b;
    const unknown = a.isKnown ? b : a;
    if (known.isNull || typesEqual) return undefined;
    if (hasDynamicTypes(unknown.type)) return undefined;
    return typeEquals(known.type, unknown.type) ? undefined : false;
  }
  if (a.isNull && b.isNull) return true;
  if (a.isNull || b.isNull) return false;

  if (typesEqual) return knownEqual(a, b);
  if (hasDynamicTypes(a.type) || hasDynamicTypes(b.type)) {
    if (!typeConforms(a.type, b.type) && !typeConforms(b.type, a.type)) return false;
    return undefined;
  }
  if (!typeEquals(a.type, b.type)) return false;
  return knownEqual(a, b);
}

/** Equality of two known, non-null values of one type; undefined when an unknown inside decides it. */
function knownEqual(a: Value, b: Value): boolean | undefined | Level {
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
      return { left: ae, right: be, next: 0, falseWins: false, unknown: false, typesEqual: a.type.kind === 'tuple' };
    }
    case 'object':
    case 'map': {
      const aa = a.attributes();
      const ba = b.attributes();
      if (aa.size !== ba.size) return false;
      const left: Value[] = [];
      const right: Value[] = [];
      for (const [k, v] of aa) {
        const o = ba.get(k);
        if (o === undefined) return false;
        left.push(v);
        right.push(o);
      }
      // Go visits attributes in random order, so either answer can come out; a definite difference wins here.
      return { left, right, next: 0, falseWins: true, unknown: false, typesEqual: a.type.kind === 'object' };
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
