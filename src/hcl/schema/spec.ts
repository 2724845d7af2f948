// Declarative decoding specs (as hcldec): how a body's attributes and blocks map onto one value.
import type { EvalContext } from '../eval/eval-context.js';
import type { Expression } from '../structure.js';
import type { Type } from '../value/type.js';
import type { Value } from '../value/value.js';

export type Spec =
  /** An object whose attributes are the results of the named child specs, all decoded from the same body. */
  | { readonly kind: 'object'; readonly attrs: ReadonlyMap<string, Spec> }
  /** A tuple of the results of the child specs, all decoded from the same body. */
  | { readonly kind: 'tuple'; readonly elems: readonly Spec[] }
  /** One attribute's value converted to `type`; null when absent. */
  | { readonly kind: 'attr'; readonly name: string; readonly type: Type; readonly required: boolean }
  /** A fixed value. */
  | { readonly kind: 'literal'; readonly value: Value }
  /** An expression evaluated in the decode context, ignoring the body. */
  | { readonly kind: 'expr'; readonly expr: Expression }
  /** One nested block decoded with `nested`; null when absent. */
  | { readonly kind: 'block'; readonly typeName: string; readonly nested: Spec; readonly required: boolean }
  /** All nested blocks of a type, as a list (or set, or tuple when element types may differ). */
  | {
      readonly kind: 'block_list' | 'block_set' | 'block_tuple';
      readonly typeName: string;
      readonly nested: Spec;
      readonly minItems: number;
      readonly maxItems: number;
    }
  /** Labelled nested blocks as nested maps (or objects), one level per label name. */
  | {
      readonly kind: 'block_map' | 'block_object';
      readonly typeName: string;
      readonly labelNames: readonly string[];
      readonly nested: Spec;
    }
  /** One nested block whose attributes become a map of `elementType`. */
  | { readonly kind: 'block_attrs'; readonly typeName: string; readonly elementType: Type; readonly required: boolean }
  /** The label at `index` of the enclosing block. */
  | { readonly kind: 'block_label'; readonly index: number; readonly name: string }
  /** `primary`, or `fallback` when primary decodes to null. */
  | { readonly kind: 'default'; readonly primary: Spec; readonly fallback: Spec }
  /** `wrapped`'s result bound to `varName`, then `expr` evaluated in a child of `ctx`. */
  | {
      readonly kind: 'transform';
      readonly wrapped: Spec;
      readonly expr: Expression;
      readonly ctx: EvalContext | undefined;
      readonly varName: string;
    };

export function objectSpec(attrs: ReadonlyMap<string, Spec> | Record<string, Spec>): Spec {
  return { kind: 'object', attrs: attrs instanceof Map ? attrs : new Map(Object.entries(attrs)) };
}
export function tupleSpec(elems: readonly Spec[]): Spec {
  return { kind: 'tuple', elems };
}
export function attrSpec(name: string, type: Type, opts: { required?: boolean } = {}): Spec {
  return { kind: 'attr', name, type, required: opts.required ?? false };
}
export function literalSpec(value: Value): Spec {
  return { kind: 'literal', value };
}
export function exprSpec(expr: Expression): Spec {
  return { kind: 'expr', expr };
}
export function blockSpec(typeName: string, nested: Spec, opts: { required?: boolean } = {}): Spec {
  return { kind: 'block', typeName, nested, required: opts.required ?? false };
}
export function blockListSpec(typeName: string, nested: Spec, opts: { minItems?: number; maxItems?: number } = {}): Spec {
  return { kind: 'block_list', typeName, nested, minItems: opts.minItems ?? 0, maxItems: opts.maxItems ?? 0 };
}
export function blockSetSpec(typeName: string, nested: Spec, opts: { minItems?: number; maxItems?: number } = {}): Spec {
  return { kind: 'block_set', typeName, nested, minItems: opts.minItems ?? 0, maxItems: opts.maxItems ?? 0 };
}
export function blockTupleSpec(typeName: string, nested: Spec, opts: { minItems?: number; maxItems?: number } = {}): Spec {
  return { kind: 'block_tuple', typeName, nested, minItems: opts.minItems ?? 0, maxItems: opts.maxItems ?? 0 };
}
export function blockMapSpec(typeName: string, labelNames: readonly string[], nested: Spec): Spec {
  return { kind: 'block_map', typeName, labelNames, nested };
}
export function blockObjectSpec(typeName: string, labelNames: readonly string[], nested: Spec): Spec {
  return { kind: 'block_object', typeName, labelNames, nested };
}
export function blockAttrsSpec(typeName: string, elementType: Type, opts: { required?: boolean } = {}): Spec {
  return { kind: 'block_attrs', typeName, elementType, required: opts.required ?? false };
}
export function blockLabelSpec(index: number, name: string): Spec {
  return { kind: 'block_label', index, name };
}
export function defaultSpec(primary: Spec, fallback: Spec): Spec {
  return { kind: 'default', primary, fallback };
}
export function transformSpec(wrapped: Spec, expr: Expression, ctx: EvalContext | undefined, varName = 'nested'): Spec {
  return { kind: 'transform', wrapped, expr, ctx, varName };
}
