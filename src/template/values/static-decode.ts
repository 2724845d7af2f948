// Decoding constant arguments (description, sensitive, error_message) as gohcl.DecodeExpression does with no context.
import { errorDiag, hasErrors, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { isValidIdentifier } from '../../hcl/lexer/char-classes.js';
import { convert } from '../../hcl/value/convert.js';
import { BoolType, StringType, type Type } from '../../hcl/value/type.js';
import type { Expression } from '../../hcl/structure.js';
import type { Value } from '../../hcl/value/value.js';

/** HCL's detail for every "not a valid identifier" diagnostic. */
export const badIdentifierDetail =
  'A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes.';

export { isValidIdentifier };

function decodeStatic(expr: Expression, want: Type): { value: Value | undefined; diagnostics: Diagnostic[] } {
  const r = expr.value(undefined);
  if (hasErrors(r.diagnostics)) return { value: undefined, diagnostics: r.diagnostics };
  const v = r.value.unmark();
  if (v.isNull || !v.isKnown) {
    const what = v.isNull ? 'null value is not allowed' : 'value must be known';
    return { value: undefined, diagnostics: [errorDiag('Unsuitable value type', `Unsuitable value: ${what}`, expr.range())] };
  }
  const c = convert(v, want);
  if (!c.ok) return { value: undefined, diagnostics: [errorDiag('Unsuitable value type', `Unsuitable value: ${c.error}`, expr.range())] };
  return { value: c.value, diagnostics: r.diagnostics };
}

/** A constant string argument, or undefined with the diagnostics saying why. */
export function decodeStaticString(expr: Expression): { value: string | undefined; diagnostics: Diagnostic[] } {
  const r = decodeStatic(expr, StringType);
  return { value: r.value?.asString(), diagnostics: r.diagnostics };
}

/** A constant bool argument, or undefined with the diagnostics saying why. */
export function decodeStaticBool(expr: Expression): { value: boolean | undefined; diagnostics: Diagnostic[] } {
  const r = decodeStatic(expr, BoolType);
  return { value: r.value?.asBool(), diagnostics: r.diagnostics };
}
