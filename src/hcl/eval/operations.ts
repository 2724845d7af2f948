// Binary and unary operators, with the parameter types, null/unknown rules and short-circuits of HCL's operations.
import type { BinaryOpExpr, BinaryOperator, UnaryOpExpr } from '../ast/nodes.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { NumNaNError, type Num } from '../value/number.js';
import { equals } from './equals-shim.js';
import { BoolType, DynamicType, NumberType, type Type } from '../value/type.js';
import { Value, type Mark } from '../value/value.js';
import { convertValue } from './conv.js';
import { exprError, type EvalResult, type Evaluate } from './diag.js';
import type { EvalContext } from './eval-context.js';
import { exprRange } from './expr-range.js';
import { unionMarks } from './marks.js';

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
  const diags: Diagnostic[] = [];

  const l = ev(e.lhs, ctx);
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
  const r = ev(e.rhs, ctx);
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
  if (!lc.ok || !rc.ok) {
    diags.push(...l.diagnostics, ...r.diagnostics);
    return { value: Value.unknown(rt), diagnostics: diags };
  }

  const lm = lc.value.marks;
  const rm = rc.value.marks;
  const lhs = lc.value.unmark();
  const rhs = rc.value.unmark();

  if (e.op === '||' || e.op === '&&') {
    const forced = shortCircuit(e.op, lhs, rhs, l.diagnostics, r.diagnostics);
    if (forced !== undefined) return { value: forced.value.withMarks(unionMarks(lm, rm)), diagnostics: forced.diagnostics };
  }

  diags.push(...l.diagnostics, ...r.diagnostics);
  if (hasErrors(diags)) return { value: Value.unknown(rt).withMarks(unionMarks(lm, rm)), diagnostics: diags };

  const res = applyBinary(e.op, lhs, rhs);
  if (!res.ok) {
    diags.push(exprError('Operation failed', `Error during operation: ${res.error}.`, { subject: e.srcRange, expr: e, ctx }));
    return { value: Value.unknown(rt), diagnostics: diags };
  }
  return { value: res.value.withMarks(unionMarks(lm, rm)), diagnostics: diags };
}

const truthy = (v: Value): boolean => v.isKnown && !v.isNull && v.asBool();
const falsy = (v: Value): boolean => v.isKnown && !truthy(v);

/** HCL's short-circuit rules for `||` and `&&`; undefined when the operation must run normally. */
function shortCircuit(
  op: '||' | '&&',
  lhs: Value,
  rhs: Value,
  lDiags: Diagnostic[],
  rDiags: Diagnostic[],
): EvalResult | undefined {
  const unknownBool = Value.unknown(BoolType);
  if (!lhs.isKnown && !rhs.isKnown) {
    return hasErrors(lDiags) ? undefined : { value: unknownBool, diagnostics: lDiags };
  }
  const controlling = op === '||' ? truthy : falsy;
  const opposite = op === '||' ? falsy : truthy;
  const result = Value.bool(op === '||');
  if (lhs.isKnown && controlling(lhs)) return { value: result, diagnostics: lDiags };
  if (rhs.isKnown && controlling(rhs)) return { value: result, diagnostics: rDiags };
  if (!lhs.isKnown && opposite(rhs)) return { value: unknownBool, diagnostics: lDiags };
  if (!rhs.isKnown && opposite(lhs)) return { value: unknownBool, diagnostics: rDiags };
  return undefined;
}

/** The operation itself on unmarked, converted operands (cty's stdlib operator functions). */
export function applyBinary(op: BinaryOperator, a: Value, b: Value): OpResult {
  if (op === '==' || op === '!=') {
    const du = a.unmarkDeep();
    const dv = b.unmarkDeep();
    const eq = equals(du.value, dv.value);
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
