// Test support for the function modules: calls a function the way the evaluator does and flattens the outcome.
import { callFunction } from '../eval/call.js';
import type { HclFunction } from './function.js';
import { Value } from '../value/value.js';

export type Outcome = { value: Value } | { error: string; argIndex?: number };

/** Plain JS arguments become values: strings, numbers, booleans; Values pass through. */
export function toValue(a: string | number | bigint | boolean | Value): Value {
  if (a instanceof Value) return a;
  if (typeof a === 'string') return Value.string(a);
  if (typeof a === 'boolean') return Value.bool(a);
  return Value.number(a);
}

export function call(f: HclFunction | undefined, ...args: (string | number | bigint | boolean | Value)[]): Outcome {
  if (f === undefined) throw new Error('no such function');
  const r = callFunction(f, args.map(toValue));
  if (r.ok) return { value: r.value };
  return r.error.argIndex === undefined ? { error: r.error.message } : { error: r.error.message, argIndex: r.error.argIndex };
}

/** The string result, or the error text prefixed with "error: " (and "arg N: " for argument errors). */
export function callText(f: HclFunction | undefined, ...args: (string | number | bigint | boolean | Value)[]): string {
  const r = call(f, ...args);
  if ('value' in r) return r.value.asString();
  return r.argIndex === undefined ? `error: ${r.error}` : `error: arg ${r.argIndex}: ${r.error}`;
}
