// Binary and unary operators, with the parameter types, null/unknown rules and short-circuits of HCL's operations.
import type { BinaryOpExpr, BinaryOperator, UnaryOpExpr } from '../ast/nodes.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { NumNaNError, type Num } from '../value/number.js';
import { valuesEqual } from '../value/equals.js';
import { BoolType, DynamicType, NumberType, type Type } from '../value/type.js';
import { Value, type Mark } from '../value/value.js';
import { convertValue } from './conv.js';
import { exprError, type EvalResult, type Evaluate } from './diag.js';
import type { EvalContext } from './eval-context.js';
import { exprRange } from '../ast/expr-range.js';
import { unionMarks, unmarkDeepIfMarked } from './marks.js';

type OpResult = { ok: true; value: Value } | { ok: false; error: string };

function paramType(op: BinaryOperator): Type {
  if (op === '||' || op === '&&') return BoolType;
  if (op === '==' || op === '!=') return DynamicType;
  return NumberType;
}

function resultType(op: BinaryOperator): Type {
  return op === '+' || op === '-' || op === '*' || op === '/' || op === '%' ? NumberType : BoolType;
}

export function evalBinaryOp(e: BinaryOpExpr, ctx: EvalContext | undefined, ev: Evaluate): EvalResult {
  const pt = paramType(e.op);
  const rt = resultType(e.op);
  const l = ev(e.lhs, ctx);
  const r = ev(e.rhs, ctx);
  const diags: Diagnostic[] = [...l.diagnostics, ...r.diagnostics];

  const lc = convertValue(l.value, pt);
  if (!lc.ok) {
    diags.push(
      exprError('Invalid operand', `Unsuitable value for left operand: ${lc.error}.`, {
        subject: exprRange(e.lhs),
        context: e.srcRange,
        expr: e.lhs,
        ctx,
      }),
    );
  }
  const rc = convertValue(r.value, pt);
  if (!rc.ok) {
    diags.push(
      exprError('Invalid operand', `Unsuitable value for right operand: ${rc.error}.`, {
        subject: exprRange(e.rhs),
        context: e.srcRange,
        expr: e.rhs,
        ctx,
      }),
    );
  }
  // Both operands are always evaluated (no short-circuit, as in hcl v2.6.0) and any error stops here.
  if (!lc.ok || !rc.ok || hasErrors(diags)) return { value: Value.unknown(rt), diagnostics: diags };

  const marks = lc.value.marks.size === 0 && rc.value.marks.size === 0 ? undefined : unionMarks(lc.value.marks, rc.value.marks);
  const res = applyBinary(e.op, lc.value.unmark(), rc.value.unmark());
  if (!res.ok) {
    diags.push(exprError('Operation failed', `Error during operation: ${res.error}.`, { subject: e.srcRange, expr: e, ctx }));
    return { value: Value.unknown(rt), diagnostics: diags };
  }
  return { value: marks === undefined ? res.value : res.value.withMarks(marks), diagnostics: diags };
}

/** The operation itself on unmarked, converted operands (cty's stdlib operator functions). */
export function applyBinary(op: BinaryOperator, a: Value, b: Value): OpResult {
  if (op === '==' || op === '!=') {
    const du = unmarkDeepIfMarked(a);
    const dv = unmarkDeepIfMarked(b);
    const eq = valuesEqual(du.value, dv.value);
    const v = op === '==' ? eq : eq.isKnown ? Value.bool(!eq.asBool()) : eq;
    return { ok: true, value: v.unmark().withMarks(unionMarks(du.marks, dv.marks, eq.marks)) };
  }
  if (a.isNull || b.isNull) return { ok: false, error: 'argument must not be null' };
  const rt = resultType(op);
  if (!a.isKnown || !b.isKnown) return { ok: true, value: Value.unknown(rt) };
  if (op === '||') return { ok: true, value: Value.bool(a.asBool() || b.asBool()) };
  if (op === '&&') return { ok: true, value: Value.bool(a.asBool() && b.asBool()) };
  const x = a.asNum();
  const y = b.asNum();
  try {
    switch (op) {
      case '+':
        return num(x.add(y));
      case '-':
        return num(x.sub(y));
      case '*':
        return num(x.mul(y));
      case '/':
        return num(x.div(y));
      case '%':
        return num(x.mod(y));
      case '<':
        return { ok: true, value: Value.bool(x.cmp(y) < 0) };
      case '<=':
        return { ok: true, value: Value.bool(x.cmp(y) <= 0) };
      case '>':
        return { ok: true, value: Value.bool(x.cmp(y) > 0) };
      case '>=':
        return { ok: true, value: Value.bool(x.cmp(y) >= 0) };
    }
  } catch (err) {
    if (err instanceof NumNaNError) return { ok: false, error: err.message };
    throw err;
  }
}

function num(n: Num): OpResult {
  return { ok: true, value: Value.number(n) };
}

export function evalUnaryOp(e: UnaryOpExpr, ctx: EvalContext | undefined, ev: Evaluate): EvalResult {
  const pt = e.op === '!' ? BoolType : NumberType;
  const r = ev(e.val, ctx);
  const diags = [...r.diagnostics];
  const c = convertValue(r.value, pt);
  if (!c.ok) {
    diags.push(
      exprError('Invalid operand', `Unsuitable value for unary operand: ${c.error}.`, {
        subject: exprRange(e.val),
        context: e.srcRange,
        expr: e.val,
        ctx,
      }),
    );
  }
  if (!c.ok || hasErrors(diags)) return { value: Value.unknown(pt), diagnostics: diags };
  const marks: ReadonlySet<Mark> = c.value.marks;
  const v = c.value.unmark();
  if (v.isNull) {
    diags.push(exprError('Operation failed', 'Error during operation: argument must not be null.', { subject: e.srcRange, expr: e, ctx }));
    return { value: Value.unknown(pt), diagnostics: diags };
  }
  if (!v.isKnown) return { value: Value.unknown(pt).withMarks(marks), diagnostics: diags };
  const out = e.op === '!' ? Value.bool(!v.asBool()) : Value.number(v.asNum().neg());
  return { value: out.withMarks(marks), diagnostics: diags };
}
