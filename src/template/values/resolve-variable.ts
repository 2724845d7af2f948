// Choosing a variable's final value: the last one given wins; unset, null-for-non-nullable and validation errors.
import { errorDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import type { AnyHclFunction } from '../../hcl/functions/function.js';
import { goQuote } from '../../hcl/eval/go-quote.js';
import { DynamicVal, Value } from '../../hcl/value/value.js';
import { closeName } from './suggest-reference.js';
import { checkValidations } from './validation.js';
import type { VariableDecl } from './variable-block.js';

/** The value the template sees for `var.<name>` (marked sensitive when declared so), with its diagnostics. */
export function resolveVariableValue(
  v: VariableDecl,
  functions: Map<string, AnyHclFunction>,
  undeclared: readonly { name: string; where: string }[],
  /** inspect and console show an unset variable as unknown, as Packer does; validate and build reject it. */
  unsetIsError = true,
): { value: Value; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const done = (value: Value): { value: Value; diagnostics: Diagnostic[] } => ({
    value: v.sensitive ? value.mark('sensitive') : value,
    diagnostics,
  });
  if (v.broken) return done(DynamicVal);

  let chosen = v.values[v.values.length - 1];
  if (chosen === undefined && !unsetIsError) return done(Value.unknown(v.type));
  if (chosen === undefined) {
    const near = closeName(
      v.name,
      undeclared.map((u) => u.name),
    );
    const hint = undeclared.find((u) => u.name === near);
    const extra =
      hint === undefined ? '' : ` A value was given for ${goQuote(hint.name)} in ${hint.where}, which is not declared: did you mean ${goQuote(v.name)}?`;
    diagnostics.push(
      errorDiag(
        `Unset variable ${goQuote(v.name)}`,
        `A used variable must be set or have a default value; see https://packer.io/docs/templates/hcl_templates/syntax for details.${extra}`,
        v.range,
      ),
    );
    return done(Value.unknown(v.type));
  }

  if (!v.nullable && chosen.value.isNull) {
    const def = v.values.find((a) => a.from === 'default');
    if (def !== undefined && !def.value.isNull) chosen = def;
    else {
      diagnostics.push(
        errorDiag(
          'Invalid value for variable',
          `The variable ${goQuote(v.name)} is declared with nullable = false, so it may not be set to null.`,
          chosen.range ?? v.range,
        ),
      );
      return done(Value.unknown(v.type));
    }
  }

  diagnostics.push(...checkValidations(v.name, v.validations, chosen, functions));
  return done(chosen.value);
}
