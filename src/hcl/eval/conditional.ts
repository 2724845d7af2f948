// The conditional operator `c ? a : b`: unify the two result types, then pick one branch.
import type { ConditionalExpr } from '../ast/nodes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { rangeBetween } from '../source/pos.js';
import { BoolType, DynamicType, compareStrings, friendlyTypeName, typeEquals, type Type } from '../value/type.js';
import { DynamicVal, Value } from '../value/value.js';
import { convertValue, unifyTypes } from './conv.js';
import { exprError, type EvalResult, type Evaluate } from './diag.js';
import type { EvalContext } from './eval-context.js';
import { exprRange } from './expr-range.js';
import { goQuote } from './go-quote.js';
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
          `The true and false result expressions must have consistent types. ${describeTypeMismatch(t.value.type, f.value.type)}.`,
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

  if (!cond.isKnown) {
    if (tv.isNull && fv.isNull) return { value: Value.null(resultType).withMarks(marks), diagnostics: diags };
    return { value: Value.unknown(resultType).withMarks(marks), diagnostics: diags };
  }

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

/** HCL's best-effort explanation of why two branch types do not unify. */
export function describeTypeMismatch(a: Type, b: Type): string {
  if (a.kind === 'object' && b.kind === 'object') {
    const an = [...a.attributes.keys()].sort(compareStrings);
    const bn = [...b.attributes.keys()].sort(compareStrings);
    for (const n of an) {
      const bt = b.attributes.get(n);
      if (bt === undefined) return `The 'true' value includes object attribute ${goQuote(n)}, which is absent in the 'false' value`;
      const at = a.attributes.get(n)!;
      if (!typeEquals(at, bt)) return `Type mismatch for object attribute ${goQuote(n)}: ${describeTypeMismatch(at, bt)}`;
    }
    for (const n of bn) {
      if (!a.attributes.has(n)) return `The 'false' value includes object attribute ${goQuote(n)}, which is absent in the 'true' value`;
    }
  } else if (a.kind === 'tuple' && b.kind === 'tuple') {
    if (a.elements.length !== b.elements.length) {
      return `The 'true' tuple has length ${a.elements.length}, but the 'false' tuple has length ${b.elements.length}`;
    }
    for (let i = 0; i < a.elements.length; i++) {
      const x = a.elements[i]!;
      const y = b.elements[i]!;
      if (!typeEquals(x, y)) return `Type mismatch for tuple element ${i}: ${describeTypeMismatch(x, y)}`;
    }
  } else if ((a.kind === 'list' || a.kind === 'set' || a.kind === 'map') && a.kind === b.kind) {
    const ae = a.element;
    const be = (b as typeof a).element;
    if ((ae.kind === 'object' && be.kind === 'object') || (ae.kind === 'tuple' && be.kind === 'tuple')) {
      return `Mismatched ${a.kind} element types: ${describeTypeMismatch(ae, be)}`;
    }
  }
  const an = friendlyTypeName(a);
  const bn = friendlyTypeName(b);
  if (an === bn) {
    return "At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value";
  }
  return `The 'true' value is ${an}, but the 'false' value is ${bn}`;
}
