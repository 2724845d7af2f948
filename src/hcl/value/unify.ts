// cty convert.Unify: the one type a set of types can all convert to (conditionals, list literals, merging).
import { getConversion, type ConvertResult } from './convert.js';
import { DynamicType, listOf, mapOf, objectAttributeNames, objectOf, setOf, tupleOf, typeEquals, type Type } from './type.js';
import { Value } from './value.js';

/** How to bring one input to the unified type: nothing, a conversion, or (for `any`) an unknown value. */
type Step = undefined | 'dynamic' | ((v: Value) => ConvertResult);
type Unified = { type: Type; steps: Step[] } | undefined;

/** The common type of the given types, or undefined when there is none (cty Unify, or UnifyUnsafe when `unsafe`). */
export function unify(types: readonly Type[], unsafe = false): Type | undefined {
  return unifyTypes(types, unsafe);
}

/** Same as unify; the name the conversion modules use. */
export function unifyTypes(types: readonly Type[], unsafe: boolean): Type | undefined {
  return unifyWithSteps(types, unsafe)?.type;
}

/**
 * Brings values to their common type as HCL does for conditionals (unsafe) and collection literals: the
 * unified type and converted values, or an error when there is no common type or a conversion fails.
 */
export function unifyValues(
  values: readonly Value[],
  unsafe = false,
): { ok: true; type: Type; values: Value[] } | { ok: false; error: string } {
  const u = unifyWithSteps(
    values.map((v) => v.type),
    unsafe,
  );
  if (!u) return { ok: false, error: 'no common type' };
  const out: Value[] = [];
  for (let i = 0; i < values.length; i++) {
    const step = u.steps[i];
    const v = values[i]!;
    if (step === undefined) out.push(v);
    else if (step === 'dynamic') out.push(Value.unknown(DynamicType));
    else {
      const r = step(v);
      if (!r.ok) return { ok: false, error: r.error };
      out.push(r.value);
    }
  }
  return { ok: true, type: u.type, values: out };
}

function stepTo(from: Type, to: Type, unsafe: boolean): Step | null {
  if (typeEquals(from, to)) return undefined;
  const c = getConversion(from, to, unsafe);
  return c ? (v: Value) => c(v, []) : null;
}

/** Steps for converting every type to `to`; undefined when one cannot be converted. */
function stepsTo(types: readonly Type[], to: Type, unsafe: boolean): Step[] | undefined {
  const steps: Step[] = [];
  for (const t of types) {
    const s = stepTo(t, to, unsafe);
    if (s === null) return undefined;
    steps.push(s);
  }
  return steps;
}

function unifyWithSteps(types: readonly Type[], unsafe: boolean): Unified {
  if (types.length === 0) return undefined;
  const count = (k: Type['kind']): number => types.filter((t) => t.kind === k).length;
  const [mapCt, listCt, setCt, objectCt, tupleCt, dynamicCt] = (['map', 'list', 'set', 'object', 'tuple', 'dynamic'] as const).map(count) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const n = types.length;
  if (mapCt > 0 && mapCt + dynamicCt === n) return unifyCollections('map', types, unsafe, dynamicCt > 0);
  if (mapCt > 0 && mapCt + objectCt + dynamicCt === n) {
    const r = unifyStructuralAs('map', types, unsafe);
    if (r?.type.kind === 'map') return r;
  } else if (listCt > 0 && listCt + dynamicCt === n) {
    return unifyCollections('list', types, unsafe, dynamicCt > 0);
  } else if (listCt > 0 && listCt + tupleCt + dynamicCt === n) {
    const r = unifyStructuralAs('list', types, unsafe);
    if (r?.type.kind === 'list') return r;
  } else if (setCt > 0 && setCt + dynamicCt === n) {
    return unifyCollections('set', types, unsafe, dynamicCt > 0);
  } else if (objectCt > 0 && objectCt + dynamicCt === n) {
    return unifyObjects(types, unsafe, dynamicCt > 0);
  } else if (tupleCt > 0 && tupleCt + dynamicCt === n) {
    return unifyTuples(types, unsafe, dynamicCt > 0);
  } else if (objectCt > 0 && tupleCt > 0) {
    return undefined;
  }

  for (const wantIdx of sortTypes(types)) {
    const want = types[wantIdx]!;
    const steps = stepsTo(types, want, unsafe);
    if (steps) return { type: want, steps };
  }
  return undefined;
}

/** First one step, then the other. */
function chain(first: Step, second: Step): Step {
  if (first === undefined) return second;
  if (second === undefined || first === 'dynamic' || second === 'dynamic') return first === 'dynamic' ? first : second ?? first;
  return (v) => {
    const r = first(v);
    return r.ok ? second(r.value) : r;
  };
}

function allAsDynamic(types: readonly Type[]): Unified {
  return { type: DynamicType, steps: types.map(() => 'dynamic' as const) };
}

function unifyCollections(kind: 'list' | 'set' | 'map', types: readonly Type[], unsafe: boolean, hasDynamic: boolean): Unified {
  if (hasDynamic) return allAsDynamic(types);
  const ety = unifyTypes(
    types.map((t) => (t as Extract<Type, { kind: 'list' | 'set' | 'map' }>).element),
    unsafe,
  );
  if (!ety) return undefined;
  const ret = kind === 'list' ? listOf(ety) : kind === 'set' ? setOf(ety) : mapOf(ety);
  const steps = stepsTo(types, ret, unsafe);
  return steps && { type: ret, steps };
}

/** Objects among maps (or tuples among lists): unify the structural ones as a collection first, then everything. */
function unifyStructuralAs(kind: 'map' | 'list', types: readonly Type[], unsafe: boolean): Unified {
  const structural = kind === 'map' ? 'object' : 'tuple';
  const idxs = types.flatMap((t, i) => (t.kind === structural ? [i] : []));
  const inner = kind === 'map' ? objectsToMap(idxs.map((i) => types[i]!), unsafe) : tuplesToList(idxs.map((i) => types[i]!), unsafe);
  if (!inner || inner.type.kind !== kind) return undefined;
  const replaced = types.map((t, i) => (idxs.includes(i) ? inner.type : t));
  const outer = unifyWithSteps(replaced, unsafe);
  if (!outer || outer.type.kind !== kind) return undefined;
  const steps = [...outer.steps];
  idxs.forEach((typeIdx, j) => {
    steps[typeIdx] = chain(inner.steps[j], steps[typeIdx]);
  });
  return { type: outer.type, steps };
}

function unifyObjects(types: readonly Type[], unsafe: boolean, hasDynamic: boolean): Unified {
  if (hasDynamic) return allAsDynamic(types);
  const objs = types as readonly Extract<Type, { kind: 'object' }>[];
  const first = objs[0]!;
  for (const t of objs.slice(1)) {
    if (t.attributes.size !== first.attributes.size) return objectsToMap(types, unsafe);
    for (const name of t.attributes.keys()) if (!first.attributes.has(name)) return objectsToMap(types, unsafe);
  }
  const attrs = new Map<string, Type>();
  for (const name of objectAttributeNames(first)) {
    const at = unifyTypes(
      objs.map((o) => o.attributes.get(name)!),
      unsafe,
    );
    if (!at) return undefined;
    attrs.set(name, at);
  }
  const ret = objectOf(attrs);
  const steps = stepsTo(types, ret, unsafe);
  return steps ? { type: ret, steps } : objectsToMap(types, unsafe);
}

function objectsToMap(types: readonly Type[], unsafe: boolean): Unified {
  const atys = types.flatMap((t) => (t.kind === 'object' ? objectAttributeNames(t).map((n) => t.attributes.get(n)!) : []));
  const ety = unifyTypes(atys, unsafe);
  if (!ety) return undefined;
  const ret = mapOf(ety);
  const steps = stepsTo(types, ret, unsafe);
  return steps && { type: ret, steps };
}

function unifyTuples(types: readonly Type[], unsafe: boolean, hasDynamic: boolean): Unified {
  if (hasDynamic) return allAsDynamic(types);
  const tuples = types as readonly Extract<Type, { kind: 'tuple' }>[];
  const first = tuples[0]!;
  if (tuples.some((t) => t.elements.length !== first.elements.length)) return tuplesToList(types, unsafe);
  const etys: Type[] = [];
  for (let i = 0; i < first.elements.length; i++) {
    const et = unifyTypes(
      tuples.map((t) => t.elements[i]!),
      unsafe,
    );
    if (!et) return undefined;
    etys.push(et);
  }
  const ret = tupleOf(etys);
  const steps = stepsTo(types, ret, unsafe);
  return steps ? { type: ret, steps } : tuplesToList(types, unsafe);
}

function tuplesToList(types: readonly Type[], unsafe: boolean): Unified {
  const etys = types.flatMap((t) => (t.kind === 'tuple' ? t.elements : []));
  const ety = unifyTypes(etys, unsafe);
  if (!ety) return undefined;
  const ret = listOf(ety);
  const steps = stepsTo(types, ret, unsafe);
  return steps && { type: ret, steps };
}

/** cty sortTypes: a topological order of preference (string before number and bool; `any` last). */
function sortTypes(types: readonly Type[]): number[] {
  const n = types.length;
  const edges: number[][] = types.map(() => []);
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const c = compareTypes(types[i]!, types[j]!);
      if (c < 0) edges[i]!.push(j);
      else if (c > 0) edges[j]!.push(i);
    }
  }
  const inDegree: number[] = Array.from({ length: n }, () => 0);
  for (const outs of edges) for (const j of outs) inDegree[j]!++;
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (inDegree[i] === 0) queue.push(i);
  for (let q = 0; q < queue.length; q++) {
    for (const j of edges[queue[q]!]!) {
      inDegree[j]!--;
      if (inDegree[j] === 0) queue.push(j);
    }
  }
  return queue;
}

/** cty compareTypes: negative when a is the more general ("preferred") type. */
function compareTypes(a0: Type, b0: Type): number {
  let a = a0;
  let b = b0;
  if (a.kind === 'dynamic' || b.kind === 'dynamic') {
    if (a.kind !== 'dynamic') return -1;
    if (b.kind !== 'dynamic') return 1;
    return 0;
  }
  const prim = (t: Type): boolean => t.kind === 'string' || t.kind === 'number' || t.kind === 'bool';
  if (prim(a) && prim(b) && (a.kind === 'string' || b.kind === 'string')) {
    if (a.kind !== 'string') return 1;
    if (b.kind !== 'string') return -1;
    return 0;
  }
  if ((a.kind === 'list' && b.kind === 'list') || (a.kind === 'set' && b.kind === 'set') || (a.kind === 'map' && b.kind === 'map')) {
    return compareTypes(a.element, (b as typeof a).element);
  }
  let swap = 1;
  if (
    (a.kind === 'tuple' && b.kind === 'list') ||
    (a.kind === 'object' && b.kind === 'map') ||
    (a.kind === 'set' && b.kind === 'tuple') ||
    (a.kind === 'set' && b.kind === 'list')
  ) {
    [a, b] = [b, a];
    swap = -1;
  }
  if (b.kind === 'set' && (a.kind === 'tuple' || a.kind === 'list')) return -swap;
  if (a.kind === 'list' && b.kind === 'tuple') return -swap;
  if (a.kind === 'map' && b.kind === 'object') return -swap;
  const superiority = (pairs: [Type, Type][]): number => {
    let aSuper = false;
    let bSuper = false;
    for (const [x, y] of pairs) {
      const c = compareTypes(x, y);
      if (c < 0) aSuper = true;
      else if (c > 0) bSuper = true;
    }
    if (aSuper && bSuper) return 0;
    if (aSuper) return -swap;
    if (bSuper) return swap;
    return 0;
  };
  if (a.kind === 'object' && b.kind === 'object') {
    if (a.attributes.size !== b.attributes.size) return 0;
    const pairs: [Type, Type][] = [];
    for (const k of objectAttributeNames(a)) {
      const bt = b.attributes.get(k);
      if (!bt) return 0;
      pairs.push([a.attributes.get(k)!, bt]);
    }
    return superiority(pairs);
  }
  if (a.kind === 'tuple' && b.kind === 'tuple') {
    if (a.elements.length !== b.elements.length) return 0;
    const be = b.elements;
    return superiority(a.elements.map((x, i) => [x, be[i]!]));
  }
  return 0;
}
