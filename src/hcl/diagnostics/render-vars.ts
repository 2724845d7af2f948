// The "with var.x as ..." lines under a snippet: the values an expression's variables had when it failed.
import type { EvalContext } from '../eval/eval-context.js';
import type { Traversal } from '../ast/nodes.js';
import type { Expression } from '../structure.js';
import { compareStrings, friendlyTypeName, isPrimitive, objectAttributeNames } from '../value/type.js';
import type { Value } from '../value/value.js';
import { goQuote } from './go-quote.js';

/** "var.x as 3", "local.y set to null", ... sorted; unknown, marked and unresolvable variables are left out. */
export function variableStatements(expr: Expression, ctx: EvalContext): string[] {
  const stmts: string[] = [];
  const seen = new Set<string>();
  for (const traversal of expr.variables()) {
    const val = traverseAbs(traversal, ctx);
    if (val === undefined) continue;
    const name = traversalString(traversal);
    if (seen.has(name)) continue;
    if (!val.isKnown) continue;
    if (val.isNull) stmts.push(`${name} set to null`);
    else if (val.isMarked) continue;
    else stmts.push(`${name} as ${compactValue(val)}`);
    seen.add(name);
  }
  return stmts.sort(compareStrings);
}

/** Follows a traversal from the context's variables; undefined wherever HCL would report an error. */
function traverseAbs(traversal: Traversal, ctx: EvalContext): Value | undefined {
  let val: Value | undefined;
  for (const step of traversal) {
    if (step.kind === 'root') {
      val = ctx.lookupVariable(step.name);
    } else if (val === undefined) {
      return undefined;
    } else if (step.kind === 'splat') {
      return undefined;
    } else if (!val.isKnown) {
      return val;
    } else if (val.isNull) {
      return undefined;
    } else if (step.kind === 'attr') {
      val = attributeOf(val, step.name);
    } else {
      val = indexOf(val, step.key);
    }
    if (val === undefined) return undefined;
  }
  return val;
}

function attributeOf(val: Value, name: string): Value | undefined {
  const k = val.type.kind;
  if (k !== 'object' && k !== 'map') return undefined;
  return val.attributes().get(name);
}

function indexOf(val: Value, key: Value): Value | undefined {
  if (!key.isKnown || key.isNull) return undefined;
  const k = val.type.kind;
  if (k === 'list' || k === 'tuple') {
    if (key.type.kind !== 'number') return undefined;
    const n = key.asNum().toSafeInteger();
    return n === undefined ? undefined : val.elements()[n];
  }
  if (k === 'map' || k === 'object') {
    if (key.type.kind !== 'string') return undefined;
    return val.attributes().get(key.asString());
  }
  return undefined;
}

/** var.x[0].y, with non-primitive index keys shown as `...`. */
function traversalString(traversal: Traversal): string {
  let s = '';
  for (const step of traversal) {
    if (step.kind === 'root') s += step.name;
    else if (step.kind === 'attr') s += '.' + step.name;
    else if (step.kind === 'index') s += '[' + (isPrimitive(step.key.type) ? compactValue(step.key) : '...') + ']';
  }
  return s;
}

/** A short description of a value: scalars in full, collections by their size. */
export function compactValue(val: Value): string {
  const t = val.type;
  if (val.isNull) return 'null';
  if (!val.isKnown) return '(not yet known)';
  switch (t.kind) {
    case 'bool':
      return val.asBool() ? 'true' : 'false';
    case 'number':
      return val.asNum().text('g', 10);
    case 'string':
      return goQuote(val.asString());
    case 'list':
    case 'set':
    case 'map':
    case 'tuple': {
      const n = val.length;
      const name = friendlyTypeName(t);
      return n === 0 ? `empty ${name}` : n === 1 ? `${name} with 1 element` : `${name} with ${n} elements`;
    }
    case 'object': {
      const names = objectAttributeNames(t);
      if (names.length === 0) return 'object with no attributes';
      if (names.length === 1) return `object with 1 attribute ${goQuote(names[0]!)}`;
      return `object with ${names.length} attributes`;
    }
    case 'dynamic':
      return friendlyTypeName(t);
  }
}
