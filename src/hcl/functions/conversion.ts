// Type conversion functions: convert (hcl ext/typeexpr), can and try (hcl ext/tryfunc), and cty's to* functions.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { convertValue } from '../eval/conv.js';
import { formatRange } from '../source/pos.js';
import { canConvert } from '../value/convert.js';
import { mismatchMessage } from '../value/mismatch.js';
import { decodeTypeConstraint } from '../value/type-expr.js';
import { BoolType, DynamicType, NumberType, StringType, friendlyTypeName, listOf, mapOf, setOf, typeEquals, type Type } from '../value/type.js';
import { DynamicVal, Value } from '../value/value.js';
import { FunctionArgError, FunctionError, type ExpressionClosure, type HclFunction, type LazyHclFunction } from './function.js';
import { goQuote, param } from './helpers.js';

/** convert(value, type): the value converted to a type constraint written as a type expression. */
const convert: LazyHclFunction = {
  lazy: true,
  minArgs: 2,
  maxArgs: 2,
  paramNames: ['value', 'type'],
  call: (args) => {
    const v = args[0]!.evaluate();
    const t = decodeTypeConstraint(args[1]!.expr, { withDefaults: false });
    const diagnostics = [...v.diagnostics, ...t.diagnostics];
    if (hasErrors(diagnostics)) return { value: DynamicVal, diagnostics };
    // As cty's function calls do: marks are set aside during the conversion and put back on the result.
    const { value, marks } = v.value.unmarkDeep();
    const r = convertValue(value, t.type);
    if (!r.ok) throw new FunctionArgError(0, r.error);
    return { value: r.value.withMarks(marks), diagnostics };
  },
};

/** can(expr): whether the expression evaluates without errors (unknown while its value is not wholly known). */
const can: LazyHclFunction = {
  lazy: true,
  minArgs: 1,
  maxArgs: 1,
  paramNames: ['expression'],
  call: (args) => {
    const r = args[0]!.evaluate();
    if (hasErrors(r.diagnostics)) return { value: Value.False, diagnostics: [] };
    if (!r.value.isWhollyKnown) return { value: Value.unknown(BoolType), diagnostics: [] };
    return { value: Value.True, diagnostics: [] };
  },
};

/** try(exprs...): the first expression that evaluates without errors; unknown if that one is not wholly known. */
const tryFunction: LazyHclFunction = {
  lazy: true,
  minArgs: 0,
  paramNames: ['expressions'],
  call: (args: readonly ExpressionClosure[]) => {
    if (args.length === 0) throw new FunctionError('at least one argument is required');
    const seen: Diagnostic[] = [];
    for (const arg of args) {
      const r = arg.evaluate();
      seen.push(...r.diagnostics);
      if (hasErrors(r.diagnostics)) continue;
      // A partly unknown value might still fail once known, and a later argument might then win.
      if (!r.value.isWhollyKnown) return { value: DynamicVal, diagnostics: [] };
      return { value: r.value, diagnostics: [] };
    }
    let msg = 'no expression succeeded:\n';
    for (const d of seen) {
      msg += d.subject
        ? `- ${d.summary} (at ${formatRange(d.subject)})\n  ${d.detail ?? ''}\n`
        : `- ${d.summary}\n  ${d.detail ?? ''}\n`;
    }
    msg += '\nAt least one expression must produce a successful result';
    throw new FunctionError(msg);
  },
};

export const conversionFunctions: Record<string, HclFunction | LazyHclFunction> = { can, convert, try: tryFunction };

/** cty's Type.FriendlyNameForConstraint: "any single type" where a constraint leaves the element type open. */
function constraintName(t: Type): string {
  switch (t.kind) {
    case 'dynamic':
      return 'any type';
    case 'list':
    case 'set':
    case 'map':
      return `${t.kind} of ${t.element.kind === 'dynamic' ? 'any single type' : constraintName(t.element)}`;
    default:
      return friendlyTypeName(t);
  }
}

/** cty's MakeToFunc: an explicit conversion with messages tailored to it (e.g. tobool's "true"/"false" rule). */
export function makeToFunction(want: Type): HclFunction {
  const fail = (got: Value): never => {
    const g = got.type;
    const what = got.isNull || !got.isKnown || g.kind !== 'string' ? 'string' : goQuote(got.asString());
    if (g.kind === 'string' && want.kind === 'bool') {
      throw new FunctionArgError(0, `cannot convert ${what} to bool; only the strings "true" or "false" are allowed`);
    }
    if (g.kind === 'string' && want.kind === 'number') {
      throw new FunctionArgError(0, `cannot convert ${what} to number; given string must be a decimal representation of a number`);
    }
    throw new FunctionArgError(0, `cannot convert ${friendlyTypeName(g)} to ${constraintName(want)}`);
  };
  return {
    description: `Converts the given value to ${friendlyTypeName(want)}, or raises an error if that conversion is impossible.`,
    params: [param('v', DynamicType, { allowNull: true })],
    returnType: (args) => {
      const got = args[0]!.type;
      if (typeEquals(got, want) || canConvert(got, want)) return want;
      if (got.kind === 'tuple' && want.kind === 'tuple') {
        throw new FunctionArgError(0, `incompatible tuple type for conversion: ${mismatchMessage(got, want)}`);
      }
      if (got.kind === 'object' && want.kind === 'object') {
        throw new FunctionArgError(0, `incompatible object type for conversion: ${mismatchMessage(got, want)}`);
      }
      throw new FunctionArgError(0, `cannot convert ${friendlyTypeName(got)} to ${constraintName(want)}`);
    },
    impl: (args) => {
      const r = convertValue(args[0]!, want);
      if (!r.ok) return fail(args[0]!);
      return r.value;
    },
  };
}

/** tobool, tonumber, tostring, tolist, toset, tomap: Terraform's conversion functions. Packer does not register them. */
export const toFunctions: Record<string, HclFunction> = {
  tobool: makeToFunction(BoolType),
  tonumber: makeToFunction(NumberType),
  tostring: makeToFunction(StringType),
  tolist: makeToFunction(listOf(DynamicType)),
  toset: makeToFunction(setOf(DynamicType)),
  tomap: makeToFunction(mapOf(DynamicType)),
};
