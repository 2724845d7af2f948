// The conditional operator `c ? a : b`: unify the two result types, then pick one branch (hcl v2.6.0's messages).
import type { ConditionalExpr } from '../ast/nodes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { rangeBetween } from '../source/pos.js';
import { BoolType, DynamicType, friendlyTypeName, typeEquals, type Type } from '../value/type.js';
import { DynamicVal, Value } from '../value/value.js';
import { convertValue, unifyTypes } from './conv.js';
import { exprError, type EvalResult, type Evaluate } from './diag.js';
import type { EvalContext } from './eval-context.js';
import { exprRange } from '../ast/expr-range.js';
import { unionMarks } from './marks.js';

function isNullDynamic(v: Value): boolean {
  return v.isNull && v.type.kind === 'dynamic' && !v.isMarked;
}

export function evalConditional(e: ConditionalExpr, ctx: EvalContext | undefined, ev: Evaluate): EvalResult {
  const t = ev(e.trueResult, ctx);
  const f = ev(e.falseResult, ctx);
  const diags: Diagnostic[] = [];

  let resultType: Type | undefined = DynamicType;
  let convertTrue = false;
  let convertFalse = false;
  if (isNullDynamic(t.value)) {
    resultType = f.value.type;
    convertTrue = true;
  } else if (isNullDynamic(f.value)) {
    resultType = t.value.type;
    convertFalse = true;
  } else if (t.value.type.kind === 'dynamic' || f.value.type.kind === 'dynamic') {
    resultType = DynamicType;
  } else {
    resultType = unifyTypes([t.value.type, f.value.type]);
    convertTrue = resultType !== undefined && !typeEquals(resultType, t.value.type);
    convertFalse = resultType !== undefined && !typeEquals(resultType, f.value.type);
  }

  if (resultType === undefined) {
    return {
      value: DynamicVal,
      diagnostics: [
        exprError(
          'Inconsistent conditional result types',
          `The true and false result expressions must have consistent types. The given expressions are ${friendlyTypeName(t.value.type)} and ${friendlyTypeName(f.value.type)}, respectively.`,
          { subject: rangeBetween(exprRange(e.trueResult), exprRange(e.falseResult)), context: e.srcRange, expr: e, ctx },
        ),
      ],
    };
  }

  const c = ev(e.condition, ctx);
  diags.push(...c.diagnostics);
  if (c.value.isNull) {
    diags.push(
      exprError('Null condition', 'The condition value is null. Conditions must either be true or false.', {
        subject: exprRange(e.condition),
        context: e.srcRange,
        expr: e.condition,
        ctx,
      }),
    );
    return { value: Value.unknown(resultType), diagnostics: diags };
  }

  const marks = unionMarks(c.value.marks, t.value.marks, f.value.marks);
  const cond = c.value.unmark();
  const tv = t.value.unmark();
  const fv = f.value.unmark();

  if (!cond.isKnown) return { value: Value.unknown(resultType).withMarks(marks), diagnostics: diags };

  const cb = convertValue(cond, BoolType);
  if (!cb.ok) {
    diags.push(
      exprError('Incorrect condition type', 'The condition expression must be of type bool.', {
        subject: exprRange(e.condition),
        context: e.srcRange,
        expr: e.condition,
        ctx,
      }),
    );
    return { value: Value.unknown(resultType), diagnostics: diags };
  }
  if (!cb.value.isKnown) return { value: Value.unknown(resultType).withMarks(marks), diagnostics: diags };

  const chooseTrue = cb.value.unmark().asBool();
  const chosen = chooseTrue ? tv : fv;
  const chosenExpr = chooseTrue ? e.trueResult : e.falseResult;
  diags.push(...(chooseTrue ? t.diagnostics : f.diagnostics));
  let result = chosen;
  if (chooseTrue ? convertTrue : convertFalse) {
    const conv = convertValue(chosen, resultType);
    if (conv.ok) result = conv.value;
    else {
      diags.push(
        exprError(
          'Inconsistent conditional result types',
          `The ${chooseTrue ? 'true' : 'false'} result value has the wrong type: ${conv.error}.`,
          { subject: exprRange(chosenExpr), context: e.srcRange, expr: chosenExpr, ctx },
        ),
      );
      result = Value.unknown(resultType);
    }
  }
  return { value: result.withMarks(marks), diagnostics: diags };
}
