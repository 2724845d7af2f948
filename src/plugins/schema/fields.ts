// Field wrappers inside an object schema: required/optional/default attributes and nested blocks, plus Infer.
import type { Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import type { EvalContext } from '../../hcl/eval/eval-context.js';
import type { Body } from '../../hcl/structure.js';
import type { Value } from '../../hcl/value/value.js';
import type { ValueSchema, ValueSite } from './value-schema.js';

/** What a nested block needs of its schema (ObjectSchema's covariant side). */
export interface NestedSchema<T> {
  decodeBody(body: Body, ctx: EvalContext): { value: T | undefined; diagnostics: Diagnostic[] };
  decodeValue(v: Value, site: ValueSite): { value: T | undefined; diagnostics: Diagnostic[] };
  readonly attributeNames: readonly string[];
}

/** An attribute; `Opt` true when it may be absent from the decoded config (optional without a default). */
export interface AttrField<T, Opt extends boolean> {
  readonly tag: 'attr';
  readonly schema: ValueSchema<T>;
  readonly required: boolean;
  readonly defaultValue: T | undefined;
  readonly hasDefault: boolean;
  readonly __opt?: Opt;
}

/** A nested block: a single optional (or required) block, or a list of blocks (default []). */
export interface BlockField<T, List extends boolean> {
  readonly tag: 'block';
  readonly schema: NestedSchema<T>;
  readonly list: List;
  readonly required: boolean;
}

export type FieldDef = ValueSchema<unknown> | AttrField<unknown, boolean> | BlockField<unknown, boolean>;
export type Shape = Readonly<Record<string, FieldDef>>;

/** A required attribute (a bare value schema in a shape means the same). */
export function required<T>(schema: ValueSchema<T>): AttrField<T, false> {
  return { tag: 'attr', schema, required: true, defaultValue: undefined, hasDefault: false };
}

/** An optional attribute; with a default it is always present in the decoded config. */
export function optional<T>(schema: ValueSchema<T>): AttrField<T, true>;
export function optional<T>(schema: ValueSchema<T>, defaultValue: T): AttrField<T, false>;
export function optional<T>(schema: ValueSchema<T>, ...rest: [] | [T]): AttrField<T, boolean> {
  return rest.length === 0
    ? { tag: 'attr', schema, required: false, defaultValue: undefined, hasDefault: false }
    : { tag: 'attr', schema, required: false, defaultValue: rest[0], hasDefault: true };
}

/** A single nested block (`launch_block_device_mappings { … }` written once); optional unless `required`. */
export function block<T>(schema: NestedSchema<T>, opts: { required?: boolean } = {}): BlockField<T, false> {
  return { tag: 'block', schema, list: false, required: opts.required ?? false };
}

/** A repeated nested block, decoded as a list (empty when absent). */
export function blocks<T>(schema: NestedSchema<T>): BlockField<T, true> {
  return { tag: 'block', schema, list: true, required: false };
}

type FieldType<F> =
  F extends AttrField<infer T, infer Opt>
    ? Opt extends true
      ? T | undefined
      : T
    : F extends BlockField<infer T, infer L>
      ? L extends true
        ? T[]
        : T | undefined
      : F extends ValueSchema<infer T>
        ? T
        : never;

type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends AttrField<unknown, true> ? K : S[K] extends BlockField<unknown, false> ? K : never;
}[keyof S];

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The decoded config type of a shape: optional fields become optional properties. */
export type ShapeType<S extends Shape> = Simplify<
  { -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: FieldType<S[K]> } & { -readonly [K in OptionalKeys<S>]?: FieldType<S[K]> }
>;

/** The TypeScript type a schema decodes to. */
export type Infer<S> = S extends ValueSchema<infer T> ? T : never;
