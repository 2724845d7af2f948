// Test support: call a function as the evaluator does (arguments converted to parameter types first) and print results compactly.
import { callFunction as callConverted } from '../eval/call.js';
import type { HclFunction } from './function.js';
import { convert } from '../value/convert.js';
import { Num } from '../value/number.js';
import { DynamicType, typeExpression } from '../value/type.js';
import { Value } from '../value/value.js';

export type Outcome = { value: Value } | { error: string; argIndex?: number };

/** Plain JS shorthand for values: arrays become tuples, plain objects become objects, null is an untyped null. */
export type Js = string | number | bigint | boolean | null | Value | readonly Js[] | { readonly [k: string]: Js };

export function val(x: Js): Value {
  if (x instanceof Value) return x;
  if (x === null) return Value.null(DynamicType);
  if (typeof x === 'string') return Value.string(x);
  if (typeof x === 'boolean') return Value.bool(x);
  if (typeof x === 'number' && !Number.isInteger(x)) return Value.number(Num.parse(String(x))!);
  if (typeof x === 'number' || typeof x === 'bigint') return Value.number(x);
  if (Array.isArray(x)) return Value.tuple(x.map(val));
  return Value.object(Object.fromEntries(Object.entries(x as Record<string, Js>).map(([k, v]) => [k, val(v)])));
}

/** Converts each argument to its parameter's type (as the evaluator does), then applies cty's call rules. */
export function callFunction(fn: HclFunction, args: readonly Value[]): Outcome {
  const converted: Value[] = [];
  for (let i = 0; i < args.length; i++) {
    const p = i < fn.params.length ? fn.params[i] : fn.varParam;
    if (p === undefined) return { error: `too many arguments` };
    const c = convert(args[i]!, p.type);
    if (!c.ok) return { error: c.error, argIndex: i };
    converted.push(c.value);
  }
  if (args.length < fn.params.length) return { error: 'not enough arguments' };
  const r = callConverted(fn, converted);
  if (r.ok) return { value: r.value };
  return r.error.argIndex === undefined ? { error: r.error.message } : { error: r.error.message, argIndex: r.error.argIndex };
}

/** A compact, type-revealing rendering: `"s"`, `1.5`, `true`, `null`, `list["a"]`, `tuple[1, "a"]`, `object{a=1}`. */
export function render(v: Value): string {
  const marks = v.isMarked ? ` (${[...v.marks].join(',')})` : '';
  if (!v.isKnown) return `unknown(${typeExpression(v.type)})${marks}`;
  if (v.isNull) return `null${marks}`;
  const t = v.type;
  switch (t.kind) {
    case 'string':
      return JSON.stringify(v.asString()) + marks;
    case 'number':
      return v.asNum().toString() + marks;
    case 'bool':
      return String(v.asBool()) + marks;
    case 'list':
    case 'set':
    case 'tuple':
      return `${t.kind}[${v.elements().map(render).join(', ')}]${marks}`;
    case 'map':
    case 'object':
      return `${t.kind}{${[...v.attributes()].map(([k, e]) => `${k}=${render(e)}`).join(', ')}}${marks}`;
    default:
      return `?${marks}`;
  }
}

/** The rendered result, or "error: …" / "error: arg N: …". */
export function run(fn: HclFunction | undefined, ...args: Js[]): string {
  if (fn === undefined) throw new Error('no such function');
  const r = callFunction(fn, args.map(val));
  if ('value' in r) return render(r.value);
  return r.argIndex === undefined ? `error: ${r.error}` : `error: arg ${r.argIndex}: ${r.error}`;
}

/** The result type of a call, as an HCL type expression (or the error). */
export function typeOf(fn: HclFunction | undefined, ...args: Js[]): string {
  if (fn === undefined) throw new Error('no such function');
  const r = callFunction(fn, args.map(val));
  return 'value' in r ? typeExpression(r.value.type) : `error: ${r.error}`;
}
