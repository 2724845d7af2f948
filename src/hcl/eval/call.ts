// Calling an HclFunction with already-converted values, as cty's Function.Call: nulls, unknowns and marks first.
import { FunctionArgError, FunctionError, type HclFunction } from '../functions/function.js';
import type { Type } from '../value/type.js';
import { DynamicVal, Value, type Mark } from '../value/value.js';
import { isStackOverflow } from './too-deep.js';

export type CallResult = { ok: true; value: Value } | { ok: false; error: { message: string; argIndex?: number } };

/**
 * Runs `f` on `args`: null arguments are refused unless the parameter allows them, marks are stripped and
 * re-applied unless allowed, and an unknown argument short-circuits to an unknown result unless allowed.
 */
export function callFunction(f: HclFunction, args: readonly Value[]): CallResult {
  const paramOf = (i: number) => (i < f.params.length ? f.params[i] : f.varParam);
  const typeArgs: Value[] = [];
  for (let i = 0; i < args.length; i++) {
    const p = paramOf(i);
    let v = args[i]!;
    if (p === undefined) return { ok: false, error: { message: `wrong number of arguments (${f.params.length} required; ${args.length} given)` } };
    if (!p.allowMarked && v.containsMarked) v = v.unmarkDeep().value;
    if (v.isNull && !p.allowNull) return { ok: false, error: { message: 'argument must not be null', argIndex: i } };
    // A value of no particular type yet: only a parameter that copes with unknowns may see it.
    if (v.type.kind === 'dynamic' && !v.isKnown && !p.allowUnknown) {
      return { ok: true, value: withCollectedMarks(DynamicVal, args, paramOf) };
    }
    typeArgs.push(v);
  }

  let retType: Type;
  try {
    retType = f.returnType(typeArgs);
  } catch (err) {
    // A return-type rule that trips over a not-yet-known argument has not found a real error: the result is just unknown.
    if (!(err instanceof FunctionArgError || err instanceof FunctionError) && typeArgs.some((a) => !a.isWhollyKnown)) {
      return { ok: true, value: withCollectedMarks(DynamicVal, args, paramOf) };
    }
    return { ok: false, error: errorOf(err) };
  }

  const marks = new Set<Mark>();
  const callArgs: Value[] = [];
  let returnUnknown = false;
  for (let i = 0; i < args.length; i++) {
    const p = paramOf(i)!;
    let a = args[i]!;
    // Only a value with marks somewhere inside needs the deep copy that strips them.
    if (!p.allowMarked && a.containsMarked) {
      const u = a.unmarkDeep();
      for (const m of u.marks) marks.add(m);
      a = u.value;
    }
    if (!a.isKnown && !p.allowUnknown) returnUnknown = true;
    callArgs.push(a);
  }
  if (returnUnknown) return { ok: true, value: Value.unknown(retType).withMarks(marks) };

  try {
    return { ok: true, value: f.impl(callArgs, retType).withMarks(marks) };
  } catch (err) {
    return { ok: false, error: errorOf(err) };
  }
}

function withCollectedMarks(v: Value, args: readonly Value[], paramOf: (i: number) => { allowMarked?: boolean } | undefined): Value {
  const marks = new Set<Mark>();
  args.forEach((a, i) => {
    if (!paramOf(i)?.allowMarked) for (const m of a.unmarkDeep().marks) marks.add(m);
  });
  return v.withMarks(marks);
}

function errorOf(err: unknown): { message: string; argIndex?: number } {
  if (err instanceof FunctionArgError) return { message: err.message, argIndex: err.argIndex };
  if (isStackOverflow(err)) return { message: 'an argument is nested too deeply to process (out of stack space)' };
  if (err instanceof Error) return { message: err.message };
  return { message: String(err) };
}
