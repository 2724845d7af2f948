// The function model, after cty's function.Spec: typed parameters, a return-type rule and an implementation.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { EvalContext } from '../eval/eval-context.js';
import type { Expression } from '../structure.js';
import type { Type } from '../value/type.js';
import type { Value } from '../value/value.js';

export interface FunctionParam {
  name: string;
  /** The parameter's type constraint; arguments are converted to it before impl runs. DynamicType accepts any. */
  type: Type;
  /** Null arguments reach impl instead of being an error ("argument must not be null"). */
  allowNull?: boolean;
  /** Unknown arguments reach impl; otherwise the call short-circuits to an unknown result. */
  allowUnknown?: boolean;
  /** Marked (sensitive) arguments reach impl with their marks; otherwise marks are stripped before impl and re-applied to the result. */
  allowMarked?: boolean;
  description?: string;
}

export interface HclFunction {
  description?: string;
  params: readonly FunctionParam[];
  varParam?: FunctionParam;
  /** The result type for these (converted, possibly unknown) arguments; may throw FunctionArgError. */
  returnType(args: readonly Value[]): Type;
  /** Computes the result; args are converted to the parameter types. May throw FunctionArgError/FunctionError. */
  impl(args: readonly Value[], returnType: Type): Value;
}

/** An error about one argument: rendered as "Invalid function argument" pointing at that argument. */
export class FunctionArgError extends Error {
  constructor(
    readonly argIndex: number,
    message: string,
  ) {
    super(message);
    this.name = 'FunctionArgError';
  }
}

/** An error about the call as a whole: rendered as "Error in function call". */
export class FunctionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FunctionError';
  }
}

/** An unevaluated argument, for functions that decide how to evaluate it (try, can, convert). */
export interface ExpressionClosure {
  readonly expr: Expression;
  readonly ctx: EvalContext | undefined;
  evaluate(): { value: Value; diagnostics: Diagnostic[] };
}

/**
 * A function whose arguments arrive unevaluated. The evaluator checks the argument count, then calls `call`;
 * diagnostics it returns are reported as they are (with their own ranges).
 */
export interface LazyHclFunction {
  readonly lazy: true;
  description?: string;
  minArgs: number;
  maxArgs?: number;
  /** Parameter names, for "Missing value for ..." in argument-count errors. */
  paramNames?: readonly string[];
  call(args: readonly ExpressionClosure[]): { value: Value; diagnostics: Diagnostic[] };
}

export type AnyHclFunction = HclFunction | LazyHclFunction;

export function isLazyFunction(f: AnyHclFunction): f is LazyHclFunction {
  return (f as LazyHclFunction).lazy === true;
}
