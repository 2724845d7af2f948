// Splat expressions `x[*].a`: apply the `each` part to every element; a non-sequence acts as a one-element tuple (hcl v2.6.0).
import type { SplatExpr } from '../ast/nodes.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { rangeBetween } from '../source/pos.js';
import { DynamicType, listOf, tupleOf, typeEquals, type Type } from '../value/type.js';
import { DynamicVal, Value } from '../value/value.js';
import { bindAnonSymbol } from './anon-symbol.js';
import { exprError, type EvalResult } from './diag.js';
import type { EvalContext } from './eval-context.js';
import { exprRange } from '../ast/expr-range.js';
import type { EvalRequest, EvalSteps } from './steps.js';

/** `each` is evaluated through a request per element, with the placeholder symbol bound to the element. */
export function* evalSplat(e: SplatExpr, ctx: EvalContext | undefined): EvalSteps {
  const src = yield { expr: e.source, ctx };
  const diags: Diagnostic[] = [...src.diagnostics];
  if (hasErrors(src.diagnostics)) return { value: DynamicVal, diagnostics: diags };
  let source = src.value;
  if (source.type.kind === 'dynamic') return { value: DynamicVal.withMarks(source.marks), diagnostics: diags };
  const k = source.type.kind;
  const autoUpgrade = !(k === 'tuple' || k === 'list' || k === 'set');
  if (source.isNull) {
    if (autoUpgrade) return { value: Value.tuple([]).withMarks(source.marks), diagnostics: diags };
    diags.push(
      exprError('Splat of null value', 'Splat expressions (with the * symbol) cannot be applied to null sequences.', {
        subject: exprRange(e.source),
        context: rangeBetween(exprRange(e.source), e.markerRange),
        expr: e.source,
        ctx,
      }),
    );
    return { value: DynamicVal, diagnostics: diags };
  }
  // A single value acts as a one-element tuple.
  if (autoUpgrade) source = Value.tuple([source]).withMarks(source.marks);
  const sourceType = source.type;

  // The result type, from `each` applied to unknown values of the element types.
  const resultType = function* (): Generator<EvalRequest, { type: Type; diagnostics: Diagnostic[] }, EvalResult> {
    const d: Diagnostic[] = [];
    if (sourceType.kind === 'list' || sourceType.kind === 'set') {
      const r = yield* eachOf(e, ctx, Value.unknown(sourceType.element));
      d.push(...r.diagnostics);
      return { type: listOf(r.value.type), diagnostics: d };
    }
    if (sourceType.kind === 'tuple') {
      const tys: Type[] = [];
      for (const et of sourceType.elements) {
        const r = yield* eachOf(e, ctx, Value.unknown(et));
        d.push(...r.diagnostics);
        tys.push(r.value.type);
      }
      return { type: tupleOf(tys), diagnostics: d };
    }
    return { type: DynamicType, diagnostics: d };
  };

  if (!source.isKnown) {
    const rt = yield* resultType();
    diags.push(...rt.diagnostics);
    return { value: Value.unknown(rt.type).withMarks(source.marks), diagnostics: diags };
  }

  const marks = source.marks;
  const vals: Value[] = [];
  let known = true;
  for (const item of source.unmark().elements()) {
    const r = yield* eachOf(e, ctx, item);
    diags.push(...r.diagnostics);
    if (hasErrors(r.diagnostics)) known = false;
    vals.push(r.value);
  }
  if (!known) return { value: Value.unknown((yield* resultType()).type).withMarks(marks), diagnostics: diags };

  if (sourceType.kind === 'list' || sourceType.kind === 'set') {
    if (vals.length === 0) {
      const rt = yield* resultType();
      diags.push(...rt.diagnostics);
      const et = rt.type.kind === 'list' ? rt.type.element : DynamicType;
      return { value: Value.list([], et).withMarks(marks), diagnostics: diags };
    }
    const first = vals[0]!.type;
    if (!vals.every((v) => typeEquals(v.type, first))) {
      diags.push({
        severity: 'error',
        summary: 'Invalid nested splat expressions',
        detail:
          "The second level of splat expression produced elements of different types, so it isn't possible to construct a valid list to represent the top-level result.\n\nConsider using a for expression instead, to produce a tuple-typed result which can therefore have non-homogenous element types.",
        subject: exprRange(e.each),
        context: e.srcRange,
      });
      return { value: DynamicVal, diagnostics: diags };
    }
    return { value: Value.list(vals, first).withMarks(marks), diagnostics: diags };
  }
  return { value: Value.tuple(vals).withMarks(marks), diagnostics: diags };
}

/** `each` for one element: the placeholder symbol is bound while the request is evaluated. */
function* eachOf(e: SplatExpr, ctx: EvalContext | undefined, item: Value): Generator<EvalRequest, EvalResult, EvalResult> {
  const restore = bindAnonSymbol(e.item, item);
  try {
    return yield { expr: e.each, ctx };
  } finally {
    restore();
  }
}
