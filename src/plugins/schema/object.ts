// object({...}): a component's config schema — decodes HCL bodies and legacy JSON attributes into typed values.
import { hasErrors, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import type { EvalContext } from '../../hcl/eval/eval-context.js';
import type { Range } from '../../hcl/source/pos.js';
import type { Body, BodySchema } from '../../hcl/structure.js';
import { DynamicType } from '../../hcl/value/type.js';
import type { Value } from '../../hcl/value/value.js';
import type { ConfigSchema, RawAttribute } from '../types.js';
import type { Check } from './check-context.js';
import { decodeBodyFields, decodeValueFields, decodeAttributeFields, type NormalizedField } from './decode.js';
import type { FieldDef, Shape, ShapeType } from './fields.js';
import type { DecodeOutcome, ValueSchema, ValueSite } from './value-schema.js';

export class ObjectSchema<T> implements ValueSchema<T>, ConfigSchema<T> {
  readonly kind = 'object' as const;
  readonly type = DynamicType;
  readonly typeName = 'object';
  declare readonly __type?: T;
  readonly fields: readonly NormalizedField[];
  readonly attributeNames: readonly string[];
  private readonly bodySchema: BodySchema;

  constructor(
    readonly shape: Shape,
    readonly checks: readonly Check<T>[] = [],
  ) {
    this.fields = Object.entries(shape).map(([name, def]) => normalize(name, def));
    this.attributeNames = this.fields.map((f) => f.name);
    this.bodySchema = {
      attributes: this.fields.filter((f) => f.tag === 'attr').map((f) => ({ name: f.name, required: f.required && !f.hasDefault })),
      blocks: this.fields.filter((f) => f.tag === 'block').map((f) => ({ type: f.name })),
    };
  }

  /** A copy of this schema with more validations, run after decoding succeeded. */
  check(...checks: Check<T>[]): ObjectSchema<T> {
    return new ObjectSchema<T>(this.shape, [...this.checks, ...checks]);
  }

  /** A copy with more fields (e.g. the communicator fragment); checks are kept. */
  extend<S extends Shape>(more: S): ObjectSchema<T & ShapeType<S>> {
    return new ObjectSchema<T & ShapeType<S>>({ ...this.shape, ...more }, this.checks as readonly Check<T & ShapeType<S>>[]);
  }

  decodeBody(body: Body, ctx: EvalContext): { value: T | undefined; diagnostics: Diagnostic[] } {
    const { content, diagnostics } = body.content(this.bodySchema);
    // An unsupported argument is usually a misspelled one: checks would only report its absence again.
    const checks = hasErrors(diagnostics) ? [] : (this.checks as readonly Check<unknown>[]);
    const r = decodeBodyFields(this.fields, checks, content, ctx);
    const all = [...diagnostics, ...r.diagnostics];
    return { value: hasErrors(diagnostics) ? undefined : (r.value as T | undefined), diagnostics: all };
  }

  decodeAttributes(attrs: ReadonlyMap<string, RawAttribute>, blockRange: Range): { value: T | undefined; diagnostics: Diagnostic[] } {
    const r = decodeAttributeFields(this.fields, this.checks as readonly Check<unknown>[], attrs, blockRange);
    return { value: r.value as T | undefined, diagnostics: r.diagnostics };
  }

  /** Decodes an object value (an attribute of object type, or a nested block in a JSON template). */
  decodeValue(v: Value, site: ValueSite): { value: T | undefined; diagnostics: Diagnostic[] } {
    const r = decodeValueFields(this.fields, this.checks as readonly Check<unknown>[], v, site);
    return { value: r.value as T | undefined, diagnostics: r.diagnostics };
  }

  decode(v: Value, site: ValueSite): DecodeOutcome<T> {
    const r = this.decodeValue(v, site);
    const err = r.diagnostics.find((d) => d.severity === 'error');
    if (err || r.value === undefined) return { ok: false, error: err?.detail ?? err?.summary ?? 'invalid object' };
    return { ok: true, value: r.value };
  }
}

function normalize(name: string, def: FieldDef): NormalizedField {
  if ('tag' in def && def.tag === 'block') {
    return { name, tag: 'block', schema: def.schema, list: def.list, required: def.required, hasDefault: false, defaultValue: undefined };
  }
  if ('tag' in def && def.tag === 'attr') {
    return { name, tag: 'attr', schema: def.schema, list: false, required: def.required, hasDefault: def.hasDefault, defaultValue: def.defaultValue };
  }
  return { name, tag: 'attr', schema: def as ValueSchema<unknown>, list: false, required: true, hasDefault: false, defaultValue: undefined };
}

/** Declares a component config schema; the decoded type is `Infer<typeof schema>`. */
export function object<S extends Shape>(shape: S): ObjectSchema<ShapeType<S>> {
  return new ObjectSchema<ShapeType<S>>(shape);
}
