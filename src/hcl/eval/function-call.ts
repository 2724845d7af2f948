// Function calls: lookup, argument count, `...` expansion, conversion to parameter types, then the call itself.
import type { Expr, FunctionCallExpr } from '../ast/nodes.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nameSuggestion } from '../diagnostics/suggest.js';
import {
  FunctionArgError,
  FunctionError,
  isLazyFunction,
  type ExpressionClosure,
  type LazyHclFunction,
} from '../functions/function.js';
import { wrapExpression } from '../syntax/expression.js';
import { DynamicVal, type Value } from '../value/value.js';
import { callFunction } from './call.js';
import { convertValue } from './conv.js';
import { exprError, type EvalResult, type Evaluate } from './diag.js';
import type { EvalContext } from './eval-context.js';
import { exprRange, exprStartRange } from '../ast/expr-range.js';
import { goQuote } from './go-quote.js';

export function evalFunctionCall(e: FunctionCallExpr, ctx: EvalContext | undefined, ev: Evaluate): EvalResult {
  const f = ctx?.lookupFunction(e.name);
  if (f === undefined) return unknownFunction(e, ctx);

  const diags: Diagnostic[] = [];
  let args: readonly Expr[] = e.args;
  if (e.expandFinal && args.length > 0) {
    const expanded = expandFinalArg(e, ctx, ev, diags);
    if (expanded === undefined) return { value: DynamicVal, diagnostics: diags };
    args = expanded;
  }

  if (isLazyFunction(f)) return callLazy(e, f, args, ctx, ev, diags);

  const params = f.params;
  if (args.length < params.length) {
    const qual = f.varParam ? ' at least' : '';
    return {
      value: DynamicVal,
      diagnostics: [
        exprError(
          'Not enough function arguments',
          `Function ${goQuote(e.name)} expects${qual} ${params.length} argument(s). Missing value for ${goQuote(params[args.length]!.name)}.`,
          { subject: e.closeParenRange, context: exprRange(e), expr: e, ctx },
        ),
      ],
    };
  }
  if (!f.varParam && args.length > params.length) {
    return {
      value: DynamicVal,
      diagnostics: [
        exprError('Too many function arguments', `Function ${goQuote(e.name)} expects only ${params.length} argument(s).`, {
          subject: exprStartRange(args[params.length]!),
          context: exprRange(e),
          expr: e,
          ctx,
        }),
      ],
    };
  }

  const argVals: Value[] = [];
  args.forEach((argExpr, i) => {
    const param = i < params.length ? params[i]! : f.varParam!;
    const r = ev(argExpr, ctx);
    diags.push(...r.diagnostics);
    const conv = convertValue(r.value, param.type);
    if (conv.ok) argVals.push(conv.value);
    else {
      diags.push(
        exprError('Invalid function argument', `Invalid value for ${goQuote(param.name)} parameter: ${conv.error}.`, {
          subject: exprStartRange(argExpr),
          context: exprRange(e),
          expr: argExpr,
          ctx,
        }),
      );
      argVals.push(r.value);
    }
  });
  if (hasErrors(diags)) return { value: DynamicVal, diagnostics: diags };

  const res = callFunction(f, argVals);
  if (res.ok) return { value: res.value, diagnostics: diags };

  const err = res.error;
  if (err.argIndex !== undefined) {
    const i = err.argIndex;
    const param = i < params.length ? params[i] : f.varParam;
    if (param !== undefined && i < args.length) {
      const argExpr = args[i]!;
      diags.push(
        exprError('Invalid function argument', `Invalid value for ${goQuote(param.name)} parameter: ${err.message}.`, {
          subject: exprStartRange(argExpr),
          context: exprRange(e),
          expr: argExpr,
          ctx,
        }),
      );
      return { value: DynamicVal, diagnostics: diags };
    }
    if (param !== undefined) {
      diags.push(
        exprError('Invalid function argument', `Invalid value for ${goQuote(param.name)} parameter: ${err.message}.`, {
          subject: exprRange(e),
          expr: e,
          ctx,
        }),
      );
      return { value: DynamicVal, diagnostics: diags };
    }
  }
  diags.push(
    exprError('Error in function call', `Call to function ${goQuote(e.name)} failed: ${err.message}.`, {
      subject: exprStartRange(e),
      context: exprRange(e),
      expr: e,
      ctx,
    }),
  );
  return { value: DynamicVal, diagnostics: diags };
}

/** "Function calls not allowed" or "Call to unknown function", with a did-you-mean. */
function unknownFunction(e: FunctionCallExpr, ctx: EvalContext | undefined): EvalResult {
  if (!ctx?.hasFunctions()) {
    return {
      value: DynamicVal,
      diagnostics: [exprError('Function calls not allowed', 'Functions may not be called here.', { subject: exprRange(e), expr: e, ctx })],
    };
  }
  const at = { subject: e.nameRange, context: exprRange(e), expr: e, ctx };
  // Like HCL, suggestions come from the innermost scope only (a `for` body's scope has no functions of its own).
  const names = [...ctx.functions.keys()];
  const sep = e.name.lastIndexOf('::');
  if (sep !== -1) {
    const namespace = e.name.slice(0, sep + 2);
    const name = e.name.slice(sep + 2);
    const avail = names.filter((n) => n.startsWith(namespace));
    if (avail.length === 0) {
      return {
        value: DynamicVal,
        diagnostics: [exprError('Call to unknown function', `There are no functions in namespace ${goQuote(namespace)}.`, at)],
      };
    }
    const s = nameSuggestion(name, avail);
    const hint = s === undefined ? '' : ` Did you mean ${namespace}${s}?`;
    return {
      value: DynamicVal,
      diagnostics: [exprError('Call to unknown function', `There is no function named ${goQuote(name)} in namespace ${namespace}.${hint}`, at)],
    };
  }
  const s = nameSuggestion(e.name, names);
  const hint = s === undefined ? '' : ` Did you mean ${goQuote(s)}?`;
  return {
    value: DynamicVal,
    diagnostics: [exprError('Call to unknown function', `There is no function named ${goQuote(e.name)}.${hint}`, at)],
  };
}

/** Replaces a final `xs...` argument by one literal argument per element; undefined when that is impossible. */
function expandFinalArg(e: FunctionCallExpr, ctx: EvalContext | undefined, ev: Evaluate, diags: Diagnostic[]): Expr[] | undefined {
  const last = e.args[e.args.length - 1]!;
  const r = ev(last, ctx);
  diags.push(...r.diagnostics);
  if (hasErrors(r.diagnostics)) return undefined;
  const at = { subject: exprRange(last), context: exprRange(e), expr: last, ctx };
  const v = r.value;
  const k = v.type.kind;
  if (k === 'dynamic' || k === 'tuple' || k === 'list' || k === 'set') {
    if (v.isNull) {
      diags.push(exprError('Invalid expanding argument value', 'The expanding argument (indicated by ...) must not be null.', at));
      return undefined;
    }
    if (k === 'dynamic' || !v.isKnown) return undefined;
    const marks = v.marks;
    const out: Expr[] = e.args.slice(0, -1);
    for (const el of v.unmark().elements()) {
      out.push({ kind: 'LiteralValue', value: el.withMarks(marks), srcRange: exprRange(last) });
    }
    return out;
  }
  diags.push(
    exprError('Invalid expanding argument value', 'The expanding argument (indicated by ...) must be of a tuple, list, or set type.', at),
  );
  return undefined;
}

/** try/can/convert-style functions: arguments are handed over unevaluated. */
function callLazy(
  e: FunctionCallExpr,
  f: LazyHclFunction,
  args: readonly Expr[],
  ctx: EvalContext | undefined,
  ev: Evaluate,
  diags: Diagnostic[],
): EvalResult {
  if (args.length < f.minArgs) {
    const qual = f.maxArgs === f.minArgs ? '' : ' at least';
    const missing = f.paramNames?.[args.length];
    const tail = missing === undefined ? '' : ` Missing value for ${goQuote(missing)}.`;
    diags.push(
      exprError('Not enough function arguments', `Function ${goQuote(e.name)} expects${qual} ${f.minArgs} argument(s).${tail}`, {
        subject: e.closeParenRange,
        context: exprRange(e),
        expr: e,
        ctx,
      }),
    );
    return { value: DynamicVal, diagnostics: diags };
  }
  if (f.maxArgs !== undefined && args.length > f.maxArgs) {
    diags.push(
      exprError('Too many function arguments', `Function ${goQuote(e.name)} expects only ${f.maxArgs} argument(s).`, {
        subject: exprStartRange(args[f.maxArgs]!),
        context: exprRange(e),
        expr: e,
        ctx,
      }),
    );
    return { value: DynamicVal, diagnostics: diags };
  }
  const closures: ExpressionClosure[] = args.map((a) => ({
    expr: wrapExpression(a),
    ctx,
    evaluate: () => ev(a, ctx),
  }));
  let r: EvalResult;
  try {
    r = f.call(closures);
  } catch (err) {
    // Lazy functions report call failures by throwing, as eager ones do; word them the same way.
    if (!(err instanceof FunctionArgError) && !(err instanceof FunctionError)) throw err;
    diags.push(lazyCallError(e, f, args, err, ctx));
    return { value: DynamicVal, diagnostics: diags };
  }
  diags.push(...r.diagnostics);
  return { value: r.value, diagnostics: diags };
}

/** The diagnostic for an error thrown by a lazy function: about one argument, or about the call. */
function lazyCallError(
  e: FunctionCallExpr,
  f: LazyHclFunction,
  args: readonly Expr[],
  err: FunctionArgError | FunctionError,
  ctx: EvalContext | undefined,
): Diagnostic {
  if (err instanceof FunctionArgError && err.argIndex < args.length) {
    const names = f.paramNames ?? [];
    const name = names[Math.min(err.argIndex, names.length - 1)];
    if (name !== undefined) {
      const argExpr = args[err.argIndex]!;
      return exprError('Invalid function argument', `Invalid value for ${goQuote(name)} parameter: ${err.message}.`, {
        subject: exprStartRange(argExpr),
        context: exprRange(e),
        expr: argExpr,
        ctx,
      });
    }
  }
  return exprError('Error in function call', `Call to function ${goQuote(e.name)} failed: ${err.message}.`, {
    subject: exprStartRange(e),
    context: exprRange(e),
    expr: e,
    ctx,
  });
}

