// `for` expressions: `[for k, v in coll : expr if cond]` and `{for k, v in coll : key => value...}`.
import type { ForExpr } from '../ast/nodes.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { BoolType, StringType, friendlyTypeName } from '../value/type.js';
import { DynamicVal, Value, type Mark } from '../value/value.js';
import { convertValue } from './conv.js';
import { exprError } from './diag.js';
import { EvalContext } from './eval-context.js';
import { exprRange } from '../ast/expr-range.js';
import { goQuote } from './go-quote.js';
import { canIterateElements, elementPairs } from './iterate.js';
import type { EvalSteps } from './steps.js';

function childScope(ctx: EvalContext | undefined, e: ForExpr, key: Value, val: Value): EvalContext {
  const vars = new Map<string, Value>();
  if (e.keyVar !== '') vars.set(e.keyVar, key);
  vars.set(e.valVar, val);
  return ctx ? ctx.newChild({ variables: vars }) : new EvalContext({ variables: vars });
}

/** A `for` expression; each part is evaluated through a request, in the scope of its element. */
export function* evalFor(e: ForExpr, ctx: EvalContext | undefined): EvalSteps {
  const diags: Diagnostic[] = [];
  const marks = new Set<Mark>();
  const addMarks = (v: Value): void => {
    for (const m of v.marks) marks.add(m);
  };
  const around = (expr: ForExpr['collExpr'], scope: EvalContext | undefined) => ({
    subject: exprRange(expr),
    context: e.srcRange,
    expr,
    ctx: scope,
  });

  const coll = yield { expr: e.collExpr, ctx };
  diags.push(...coll.diagnostics);
  if (coll.value.isNull) {
    diags.push(
      exprError('Iteration over null value', "A null value cannot be used as the collection in a 'for' expression.", around(e.collExpr, ctx)),
    );
    return { value: DynamicVal, diagnostics: diags };
  }
  if (coll.value.type.kind === 'dynamic') return { value: DynamicVal, diagnostics: diags };
  addMarks(coll.value);
  const collVal = coll.value.unmark();
  if (!canIterateElements(collVal)) {
    diags.push(
      exprError(
        'Iteration over non-iterable value',
        `A value of type ${friendlyTypeName(collVal.type)} cannot be used as the collection in a 'for' expression.`,
        around(e.collExpr, ctx),
      ),
    );
    return { value: DynamicVal, diagnostics: diags };
  }

  if (!collVal.isKnown) return { value: DynamicVal.withMarks(marks), diagnostics: diags };

  // An early type check of the condition with unknown iteration values, to avoid repeating one error per element.
  if (e.condExpr !== undefined) {
    const scope = childScope(ctx, e, DynamicVal, DynamicVal);
    const r = yield { expr: e.condExpr, ctx: scope };
    diags.push(...r.diagnostics);
    if (r.value.isNull) {
      diags.push(exprError('Condition is null', "The value of the 'if' clause must not be null.", around(e.condExpr, ctx)));
      return { value: DynamicVal, diagnostics: diags };
    }
    const c = convertValue(r.value, BoolType);
    if (!c.ok) {
      diags.push(exprError("Invalid 'for' condition", `The 'if' clause value is invalid: ${c.error}.`, around(e.condExpr, ctx)));
      return { value: DynamicVal, diagnostics: diags };
    }
    if (hasErrors(r.diagnostics)) return { value: DynamicVal, diagnostics: diags };
  }

  let known = true;
  const tupleVals: Value[] = [];
  const objVals = new Map<string, Value>();
  const groups = new Map<string, Value[]>();

  for (const [k, v] of elementPairs(collVal)) {
    const scope = childScope(ctx, e, k, v);
    if (e.condExpr !== undefined) {
      const r = yield { expr: e.condExpr, ctx: scope };
      diags.push(...r.diagnostics);
      if (r.value.isNull) {
        if (known) {
          diags.push(exprError("Invalid 'for' condition", "The value of the 'if' clause must not be null.", around(e.condExpr, scope)));
        }
        known = false;
        continue;
      }
      addMarks(r.value);
      if (e.keyExpr === undefined && !r.value.isKnown) {
        known = false;
        continue;
      }
      const c = convertValue(r.value, BoolType);
      if (!c.ok) {
        if (known) {
          diags.push(exprError("Invalid 'for' condition", `The 'if' clause value is invalid: ${c.error}.`, around(e.condExpr, scope)));
        }
        known = false;
        continue;
      }
      if (!c.value.isKnown) {
        known = false;
        continue;
      }
      if (!c.value.unmark().asBool()) continue;
    }

    if (e.keyExpr === undefined) {
      const r = yield { expr: e.valExpr, ctx: scope };
      diags.push(...r.diagnostics);
      tupleVals.push(r.value);
      continue;
    }

    const kr = yield { expr: e.keyExpr, ctx: scope };
    diags.push(...kr.diagnostics);
    if (kr.value.isNull) {
      if (known) {
        diags.push(exprError('Invalid object key', "Key expression in 'for' expression must not produce a null value.", around(e.keyExpr, scope)));
      }
      known = false;
      continue;
    }
    addMarks(kr.value);
    if (!kr.value.isKnown) {
      known = false;
      continue;
    }
    const ks = convertValue(kr.value, StringType);
    if (!ks.ok) {
      if (known) {
        diags.push(
          exprError('Invalid object key', `The key expression produced an invalid result: ${ks.error}.`, around(e.keyExpr, scope)),
        );
      }
      known = false;
      continue;
    }
    const key = ks.value.unmark().asString();
    const vr = yield { expr: e.valExpr, ctx: scope };
    diags.push(...vr.diagnostics);
    if (e.group) {
      const g = groups.get(key);
      if (g) g.push(vr.value);
      else groups.set(key, [vr.value]);
    } else if (objVals.has(key)) {
      diags.push(
        exprError(
          'Duplicate object key',
          `Two different items produced the key ${goQuote(key)} in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`,
          around(e.keyExpr, scope),
        ),
      );
    } else {
      objVals.set(key, vr.value);
    }
  }

  if (!known) return { value: DynamicVal.withMarks(marks), diagnostics: diags };
  if (e.keyExpr === undefined) return { value: Value.tuple(tupleVals).withMarks(marks), diagnostics: diags };
  if (e.group) for (const [k, vs] of groups) objVals.set(k, Value.tuple(vs));
  return { value: Value.object(objVals).withMarks(marks), diagnostics: diags };
}

