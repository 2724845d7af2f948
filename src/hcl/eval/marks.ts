// Mark bookkeeping for the evaluator: strip marks before an operation, put their union back on the result.
import type { Mark, Value } from '../value/value.js';

/** The value without its own (shallow) marks, and those marks. */
export function unmarkShallow(v: Value): { value: Value; marks: ReadonlySet<Mark> } {
  return { value: v.unmark(), marks: v.marks };
}

const noMarks: ReadonlySet<Mark> = new Set();

/** v.unmarkDeep(), without copying a value that has no marks anywhere inside (the usual case). */
export function unmarkDeepIfMarked(v: Value): { value: Value; marks: ReadonlySet<Mark> } {
  return v.containsMarked ? v.unmarkDeep() : { value: v, marks: noMarks };
}

/** The union of several mark sets. */
export function unionMarks(...sets: readonly ReadonlySet<Mark>[]): Set<Mark> {
  const out = new Set<Mark>();
  for (const s of sets) for (const m of s) out.add(m);
  return out;
}

/** `v` carrying every mark in `sets` in addition to its own. */
export function withAllMarks(v: Value, ...sets: readonly ReadonlySet<Mark>[]): Value {
  const u = unionMarks(...sets);
  return u.size === 0 ? v : v.withMarks(u);
}
