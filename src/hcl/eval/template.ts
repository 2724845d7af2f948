// String templates: interpolated parts converted to strings and concatenated; `%{for}` results joined.
import type { TemplateExpr, TemplateJoinExpr } from '../ast/nodes.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Mark } from '../value/value.js';
import { StringType } from '../value/type.js';
import { Value } from '../value/value.js';
import { convertValue } from './conv.js';
import { exprError, type EvalResult, type Evaluate } from './diag.js';
import type { EvalContext } from './eval-context.js';
import { exprRange } from '../ast/expr-range.js';

const noDiagnostics: readonly Diagnostic[] = [];

export function evalTemplate(e: TemplateExpr, ctx: EvalContext | undefined, ev: Evaluate): EvalResult {
  const diags: Diagnostic[] = [];
  // Created only when some part is marked; most templates have no marks at all.
  let marks: Set<Mark> | undefined;
  let known = true;
  let failed = false;
  let buf = '';
  for (const part of e.parts) {
    // Literal text is most of most templates: its value needs no evaluation.
    const r = part.kind === 'LiteralValue' ? { value: part.value, diagnostics: noDiagnostics } : ev(part, ctx);
    if (r.diagnostics.length > 0) {
      diags.push(...r.diagnostics);
      if (!failed && hasErrors(r.diagnostics)) failed = true;
    }
    if (r.value.isNull) {
      diags.push(
        exprError(
          'Invalid template interpolation value',
          'The expression result is null. Cannot include a null value in a string template.',
          { subject: exprRange(part), context: e.srcRange, expr: part, ctx },
        ),
      );
      failed = true;
      continue;
    }
    if (r.value.marks.size > 0) {
      marks ??= new Set<Mark>();
      for (const m of r.value.marks) marks.add(m);
    }
    const v = r.value.unmark();
    if (!v.isKnown) {
      known = false;
      continue;
    }
    if (v.type.kind === 'string') {
      // A string converts to itself.
      if (known && !failed) buf += v.asString();
      continue;
    }
    const s = convertValue(v, StringType);
    if (!s.ok) {
      diags.push(
        exprError('Invalid template interpolation value', `Cannot include the given value in a string template: ${s.error}.`, {
          subject: exprRange(part),
          context: e.srcRange,
          expr: part,
          ctx,
        }),
      );
      failed = true;
      continue;
    }
    if (known && !failed) buf += s.value.unmark().asString();
  }
  const value = known ? Value.string(buf) : Value.unknown(StringType);
  return { value: marks === undefined ? value : value.withMarks(marks), diagnostics: diags };
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
