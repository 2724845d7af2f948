// A variable's `validation { condition, error_message }` blocks: decoding (Packer's rules) and checking the chosen value.
import type { AnyHclFunction } from '../../hcl/functions/function.js';
import { errorDiag, hasErrors, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { EvalContext } from '../../hcl/eval/eval-context.js';
import { goQuote } from '../../hcl/eval/go-quote.js';
import { formatRange, type Range } from '../../hcl/source/pos.js';
import type { Block, BodySchema, Expression } from '../../hcl/structure.js';
import { convert } from '../../hcl/value/convert.js';
import { BoolType } from '../../hcl/value/type.js';
import { Value } from '../../hcl/value/value.js';
import { decodeStaticString } from './static-decode.js';

export interface VariableValidation {
  condition: Expression | undefined;
  errorMessage: string;
  declRange: Range;
}

/** Where a variable's chosen value came from, as Packer names it in "Invalid value for <from> variable". */
export type AssignmentSource = 'default' | 'env' | 'varfile' | 'cmd';

export interface VariableAssignment {
  from: AssignmentSource;
  value: Value;
  /** Where the value is written (the default's expression, a var file's, the -var text), if anywhere. */
  range?: Range;
}

const validationSchema: BodySchema = {
  attributes: [
    { name: 'condition', required: true },
    { name: 'error_message', required: true },
  ],
};

/** Decodes one validation block of variable `varName` (decodeVariableValidationBlock). */
export function decodeValidationBlock(varName: string, block: Block): { value: VariableValidation; diagnostics: Diagnostic[] } {
  const { content, diagnostics } = block.body.content(validationSchema);
  const vv: VariableValidation = { condition: undefined, errorMessage: '', declRange: block.defRange };

  const cond = content.attributes.get('condition');
  if (cond !== undefined) {
    const before = diagnostics.length;
    // The condition may refer to the variable itself and nothing else, so it adds no edges to the graph.
    let goodRefs = 0;
    for (const t of cond.expr.variables()) {
      const root = t[0];
      const attr = t[1];
      if (root?.kind === 'root' && root.name === 'var' && attr?.kind === 'attr' && attr.name === varName) {
        goodRefs++;
        continue;
      }
      const first = t[0]!.srcRange;
      const last = t[t.length - 1]!.srcRange;
      diagnostics.push(
        errorDiag(
          'Invalid reference in variable validation',
          `The condition for variable ${goQuote(varName)} can only refer to the variable itself, using var.${varName}.`,
          { filename: first.filename, start: first.start, end: last.end },
        ),
      );
    }
    if (goodRefs < 1) {
      diagnostics.push(
        errorDiag(
          'Invalid variable validation condition',
          `The condition for variable ${goQuote(varName)} must refer to var.${varName} in order to test incoming values.`,
          cond.expr.range(),
        ),
      );
    }
    // A rule with a bad reference is not evaluated: it would only repeat the error in other words.
    if (diagnostics.length === before) vv.condition = cond.expr;
  }

  const msg = content.attributes.get('error_message');
  if (msg !== undefined) {
    const r = decodeStaticString(msg.expr);
    diagnostics.push(...r.diagnostics);
    if (r.value !== undefined) {
      vv.errorMessage = r.value;
      const summary = 'Invalid validation error message';
      if (r.value === '') {
        diagnostics.push(errorDiag(summary, 'An empty string is not a valid nor useful error message.', msg.expr.range()));
      } else if (!looksLikeSentences(r.value)) {
        diagnostics.push(
          errorDiag(
            summary,
            'Validation error message must be at least one full sentence starting with an uppercase letter ( if the alphabet permits it ) and ending with a period or question mark.',
            msg.expr.range(),
          ),
        );
      }
    }
  }
  return { value: vv, diagnostics };
}

/** Packer's nudge towards messages that read well inside a larger diagnostic. */
export function looksLikeSentences(s: string): boolean {
  const t = s.trim();
  if (t.length === 0) return false;
  const chars = [...t];
  const first = chars[0]!;
  const last = chars[chars.length - 1]!;
  if (/\p{L}/u.test(first) && !/\p{Lu}/u.test(first)) return false;
  return last === '.' || last === '?' || last === '!';
}

/** Checks the chosen value against every rule (validateValue); an unknown result skips the rule. */
export function checkValidations(
  name: string,
  rules: readonly VariableValidation[],
  chosen: VariableAssignment,
  functions: Map<string, AnyHclFunction>,
): Diagnostic[] {
  const diags: Diagnostic[] = [];
  if (rules.length === 0) return diags;
  const ctx = new EvalContext({ variables: { var: Value.object({ [name]: chosen.value }) }, functions });
  const invalidResult = 'Invalid variable validation result';
  for (const rule of rules) {
    if (rule.condition === undefined) continue;
    const r = rule.condition.value(ctx);
    diags.push(...r.diagnostics);
    if (hasErrors(r.diagnostics)) continue;
    const result = r.value.unmark();
    if (!result.isKnown) continue;
    const at = { expression: rule.condition, evalContext: ctx };
    if (result.isNull) {
      diags.push({ ...errorDiag(invalidResult, 'Validation condition expression must return either true or false, not null.', rule.condition.range()), ...at });
      continue;
    }
    const b = convert(result, BoolType);
    if (!b.ok) {
      diags.push({ ...errorDiag(invalidResult, `Invalid validation condition result value: ${b.error}.`, rule.condition.range()), ...at });
      continue;
    }
    if (b.value.unmark().asBool()) continue;
    const d = errorDiag(
      `Invalid value for ${chosen.from} variable`,
      `${rule.errorMessage}\n\nThis was checked by the validation rule at ${formatRange(rule.declRange)}.`,
      chosen.range ?? rule.declRange,
    );
    d.related = [{ range: rule.declRange, message: 'the validation rule' }];
    diags.push(d);
  }
  return diags;
}
