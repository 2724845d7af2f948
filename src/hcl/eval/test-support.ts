// Shared fixtures for the evaluator's tests: parse-and-evaluate, a scope with variables and small functions.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { FunctionArgError, FunctionError, type AnyHclFunction, type HclFunction, type LazyHclFunction } from '../functions/function.js';
import { parseExpression, parseTemplate } from '../parser/index.js';
import { BoolType, DynamicType, NumberType, StringType, friendlyTypeName, listOf } from '../value/type.js';
import { Value } from '../value/value.js';
import { EvalContext } from './eval-context.js';
import { evaluateExpr } from './evaluate.js';
import { evaluateDeep } from './deep.js';
import { showValue } from './show-value.js';

const upper: HclFunction = {
  params: [{ name: 'str', type: StringType }],
  returnType: () => StringType,
  impl: ([s]) => Value.string(s!.asString().toUpperCase()),
};
const add: HclFunction = {
  params: [
    { name: 'a', type: NumberType },
    { name: 'b', type: NumberType },
  ],
  returnType: () => NumberType,
  impl: ([a, b]) => Value.number(a!.asNum().add(b!.asNum())),
};
const join: HclFunction = {
  params: [{ name: 'sep', type: StringType }],
  varParam: { name: 'parts', type: StringType },
  returnType: () => StringType,
  impl: ([sep, ...parts]) => Value.string(parts.map((p) => p.asString()).join(sep!.asString())),
};
const length: HclFunction = {
  params: [{ name: 'value', type: DynamicType, allowUnknown: true, allowMarked: false }],
  returnType: () => NumberType,
  impl: ([v]) => (v!.isKnown ? Value.number(v!.length) : Value.unknown(NumberType)),
};
const coalesce: HclFunction = {
  params: [],
  varParam: { name: 'vals', type: DynamicType, allowNull: true, allowUnknown: true },
  returnType: (args) => args.find((a) => !a.isNull)?.type ?? DynamicType,
  impl: (args) => {
    const v = args.find((a) => !a.isNull);
    if (v === undefined) throw new FunctionError('no non-null arguments');
    return v;
  },
};
const positive: HclFunction = {
  params: [{ name: 'num', type: NumberType }],
  returnType: () => NumberType,
  impl: ([n]) => {
    if (n!.asNum().sign() < 0) throw new FunctionArgError(0, 'must not be negative');
    return n!;
  },
};
const tolist: HclFunction = {
  params: [{ name: 'v', type: listOf(DynamicType) }],
  returnType: (args) => args[0]!.type,
  impl: ([v]) => v!,
};
const isTrue: HclFunction = {
  params: [{ name: 'b', type: BoolType }],
  returnType: () => BoolType,
  impl: ([b]) => b!,
};
const can: LazyHclFunction = {
  lazy: true,
  minArgs: 1,
  maxArgs: 1,
  paramNames: ['expression'],
  call: ([c]) => {
    const r = c!.evaluate();
    return { value: Value.bool(!r.diagnostics.some((d) => d.severity === 'error')), diagnostics: [] };
  },
};

export const testFunctions = new Map<string, AnyHclFunction>(
  Object.entries({ upper, add, join, length, coalesce, positive, tolist, is_true: isTrue, can }),
);

export function testScope(vars: Record<string, Value> = {}): EvalContext {
  return new EvalContext({ variables: vars, functions: testFunctions });
}

/** Parses and evaluates `src` (as a template when `template` is set), expecting no parse errors. */
export function run(src: string, ctx: EvalContext | undefined, template = false): { value: Value; shown: string; diagnostics: Diagnostic[] } {
  const p = template ? parseTemplate(src, 'test.hcl') : parseExpression(src, 'test.hcl');
  if (p.diagnostics.length > 0) throw new Error(`parse error in ${src}: ${p.diagnostics.map((d) => d.summary).join('; ')}`);
  const r = evaluateExpr(p.expr, ctx);
  // Every case also checks that the stack-free evaluator of deep expressions agrees with the recursive one.
  const deep = evaluateDeep(p.expr, ctx);
  const [want, got] = [describeResult(r.value, r.diagnostics), describeResult(deep.value, deep.diagnostics)];
  if (want !== got) throw new Error(`evaluateDeep disagrees for ${src}:\n${want}\n${got}`);
  return { value: r.value, shown: showValue(r.value), diagnostics: r.diagnostics };
}

/** A value and its diagnostics as text, for comparing two evaluations. */
function describeResult(value: Value, diagnostics: readonly Diagnostic[]): string {
  const diags = diagnostics.map((d) => JSON.stringify([d.severity, d.summary, d.detail, d.subject, d.context, d.expression !== undefined]));
  return [showValue(value), friendlyTypeName(value.type), String(value.containsMarked), ...diags].join('\n');
}
