// Tuple and object constructors `[a, b]`, `{k = v}`, and the literal-or-expression rule for object keys.
import type { Expr, ObjectConsExpr, ObjectConsKeyExpr, TupleConsExpr } from '../ast/nodes.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { StringType } from '../value/type.js';
import { DynamicVal, Value, type Mark } from '../value/value.js';
import { convertValue } from './conv.js';
import { exprError, type EvalResult, type Evaluate } from './diag.js';
import type { EvalContext } from './eval-context.js';
import { exprRange } from '../ast/expr-range.js';

export function evalTupleCons(e: TupleConsExpr, ctx: EvalContext | undefined, ev: Evaluate): EvalResult {
  const diags: Diagnostic[] = [];
  const vals = e.exprs.map((x) => {
    const r = ev(x, ctx);
    diags.push(...r.diagnostics);
    return r.value;
  });
  return { value: Value.tuple(vals), diagnostics: diags };
}

export function evalObjectCons(e: ObjectConsExpr, ctx: EvalContext | undefined, ev: Evaluate): EvalResult {
  const diags: Diagnostic[] = [];
  const marks = new Set<Mark>();
  const vals = new Map<string, Value>();
  let known = true;
  for (const item of e.items) {
    const k = ev(item.keyExpr, ctx);
    diags.push(...k.diagnostics);
    const v = ev(item.valueExpr, ctx);
    diags.push(...v.diagnostics);
    if (hasErrors(k.diagnostics)) {
      known = false;
      continue;
    }
    if (k.value.isNull) {
      diags.push(exprError('Null value as key', "Can't use a null value as a key.", { subject: exprRange(item.valueExpr), expr: item.keyExpr, ctx }));
      known = false;
      continue;
    }
    for (const m of k.value.marks) marks.add(m);
    const ks = convertValue(k.value.unmark(), StringType);
    if (!ks.ok) {
      diags.push(exprError('Incorrect key type', `Can't use this value as a key: ${ks.error}.`, { subject: exprRange(item.keyExpr), expr: item.keyExpr, ctx }));
      known = false;
      continue;
    }
    if (!ks.value.isKnown) {
      known = false;
      continue;
    }
    vals.set(ks.value.unmark().asString(), v.value);
  }
  if (!known) return { value: DynamicVal, diagnostics: diags };
  return { value: Value.object(vals).withMarks(marks), diagnostics: diags };
}

/** The name a bare keyword-like expression spells (`foo`, `null`, `true`), as hcl.ExprAsKeyword; undefined otherwise. */
export function keywordOf(e: Expr): string | undefined {
  if (e.kind === 'ScopeTraversal') {
    const t = e.traversal;
    return t.length === 1 && t[0]!.kind === 'root' ? t[0]!.name : undefined;
  }
  if (e.kind === 'LiteralValue') {
    const v = e.value;
    if (v.isNull) return 'null';
    if (v.type.kind === 'bool' && v.isKnown) return v.asBool() ? 'true' : 'false';
    return undefined;
  }
  if (e.kind === 'ObjectConsKey') return e.forceNonLiteral ? undefined : keywordOf(e.wrapped);
  return undefined;
}

export function evalObjectConsKey(e: ObjectConsKeyExpr, ctx: EvalContext | undefined, ev: Evaluate): EvalResult {
  if (!e.forceNonLiteral) {
    if (e.wrapped.kind === 'ScopeTraversal' && e.wrapped.traversal.length > 1) {
      return {
        value: DynamicVal,
        diagnostics: [
          {
            severity: 'error',
            summary: 'Ambiguous attribute key',
            detail:
              "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.",
            subject: exprRange(e),
          },
        ],
      };
    }
    const name = keywordOf(e.wrapped);
    if (name !== undefined) return { value: Value.string(name), diagnostics: [] };
  }
  return ev(e.wrapped, ctx);
}
