// String templates: interpolated parts converted to strings and concatenated; `%{for}` results joined.
import type { TemplateExpr, TemplateJoinExpr } from '../ast/nodes.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Mark } from '../value/value.js';
import { StringType } from '../value/type.js';
import { Value } from '../value/value.js';
import { convertValue } from './conv.js';
import { exprError, type EvalResult, type Evaluate } from './diag.js';
import type { EvalContext } from './eval-context.js';
import { exprRange } from './expr-range.js';

export function evalTemplate(e: TemplateExpr, ctx: EvalContext | undefined, ev: Evaluate): EvalResult {
  const diags: Diagnostic[] = [];
  const marks = new Set<Mark>();
  let known = true;
  let buf = '';
  for (const part of e.parts) {
    const r = ev(part, ctx);
    diags.push(...r.diagnostics);
    const at = { subject: exprRange(part), context: e.srcRange, expr: part, ctx };
    if (r.value.isNull) {
      diags.push(
        exprError(
          'Invalid template interpolation value',
          'The expression result is null. Cannot include a null value in a string template.',
          at,
        ),
      );
      continue;
    }
    for (const m of r.value.marks) marks.add(m);
    const v = r.value.unmark();
    if (!v.isKnown) {
      known = false;
      continue;
    }
    const s = convertValue(v, StringType);
    if (!s.ok) {
      diags.push(
        exprError('Invalid template interpolation value', `Cannot include the given value in a string template: ${s.error}.`, at),
      );
      continue;
    }
    if (known && !hasErrors(diags)) buf += s.value.unmark().asString();
  }
  const value = known ? Value.string(buf) : Value.unknown(StringType);
  return { value: value.withMarks(marks), diagnostics: diags };
}

export function evalTemplateJoin(e: TemplateJoinExpr, ctx: EvalContext | undefined, ev: Evaluate): EvalResult {
  const r = ev(e.tuple, ctx);
  const diags = [...r.diagnostics];
  const tuple = r.value;
  if (tuple.type.kind === 'dynamic' || !tuple.isKnown || tuple.isNull) {
    return { value: Value.unknown(StringType).withMarks(tuple.marks), diagnostics: diags };
  }
  const marks = new Set<Mark>(tuple.marks);
  const at = { subject: exprRange(e), expr: e, ctx };
  let buf = '';
  for (const el of tuple.unmark().elements()) {
    if (el.isNull) {
      diags.push(
        exprError(
          'Invalid template interpolation value',
          'An iteration result is null. Cannot include a null value in a string template.',
          at,
        ),
      );
      continue;
    }
    if (el.type.kind === 'dynamic') return { value: Value.unknown(StringType).withMarks(tuple.marks), diagnostics: diags };
    const s = convertValue(el, StringType);
    if (!s.ok) {
      diags.push(
        exprError(
          'Invalid template interpolation value',
          `Cannot include one of the interpolation results into the string template: ${s.error}.`,
          at,
        ),
      );
      continue;
    }
    if (!el.isKnown) return { value: Value.unknown(StringType).withMarks(tuple.marks), diagnostics: diags };
    for (const m of s.value.marks) marks.add(m);
    buf += s.value.unmark().asString();
  }
  return { value: Value.string(buf).withMarks(marks), diagnostics: diags };
}
