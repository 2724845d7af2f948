// Decoding meta-arguments (name, only, max_retries, …) to plain values, with gohcl's "Unsuitable value type" errors.
import { errorDiag, hasErrors, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import type { EvalContext } from '../hcl/eval/eval-context.js';
import type { Attribute } from '../hcl/structure.js';
import { convert } from '../hcl/value/convert.js';
import { BoolType, listOf, NumberType, StringType, type Type } from '../hcl/value/type.js';
import type { Value } from '../hcl/value/value.js';

/** Evaluates and converts an attribute; undefined when absent, null, or in error (the error is in diags). */
export function attrValue(attr: Attribute | undefined, ctx: EvalContext | undefined, want: Type, diags: Diagnostic[]): Value | undefined {
  if (attr === undefined) return undefined;
  const { value, diagnostics } = attr.expr.value(ctx);
  diags.push(...diagnostics);
  if (hasErrors(diagnostics)) return undefined;
  const raw = value.unmarkDeep().value;
  if (raw.isNull) return undefined;
  const conv = convert(raw, want);
  if (!conv.ok) {
    diags.push(unsuitable(attr, conv.error));
    return undefined;
  }
  if (!conv.value.isWhollyKnown) {
    diags.push(unsuitable(attr, 'value must be known'));
    return undefined;
  }
  return conv.value;
}

function unsuitable(attr: Attribute, why: string): Diagnostic {
  return {
    ...errorDiag('Unsuitable value type', `Unsuitable value for "${attr.name}": ${why}.`, attr.expr.startRange(), attr.expr.range()),
    expression: attr.expr,
  };
}

export function attrString(attr: Attribute | undefined, ctx: EvalContext | undefined, diags: Diagnostic[]): string | undefined {
  return attrValue(attr, ctx, StringType, diags)?.asString();
}

export function attrBool(attr: Attribute | undefined, ctx: EvalContext | undefined, diags: Diagnostic[]): boolean | undefined {
  return attrValue(attr, ctx, BoolType, diags)?.asBool();
}

export function attrStrings(attr: Attribute | undefined, ctx: EvalContext | undefined, diags: Diagnostic[]): string[] | undefined {
  return attrValue(attr, ctx, listOf(StringType), diags)
    ?.elements()
    .map((e) => e.asString());
}

/** A whole number (Go int), as gohcl decodes `max_retries`. */
export function attrInt(attr: Attribute | undefined, ctx: EvalContext | undefined, diags: Diagnostic[]): number | undefined {
  const v = attrValue(attr, ctx, NumberType, diags);
  if (v === undefined || attr === undefined) return undefined;
  const n = v.asNum().toNumber();
  if (!Number.isInteger(n)) {
    diags.push(unsuitable(attr, 'a whole number is required'));
    return undefined;
  }
  return n;
}
