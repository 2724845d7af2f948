// The decoding engine behind object(): evaluates, converts and checks each field, recording unknowns.
import { errorDiag, hasErrors, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { didYouMean } from '../../hcl/diagnostics/suggest.js';
import type { EvalContext } from '../../hcl/eval/eval-context.js';
import { goQuote } from '../../hcl/eval/go-quote.js';
import { formatRange, rangeBetween, type Range } from '../../hcl/source/pos.js';
import type { Block, BodyContent, Expression } from '../../hcl/structure.js';
import { convert } from '../../hcl/value/convert.js';
import { Value } from '../../hcl/value/value.js';
import type { RawAttribute } from '../types.js';
import type { Check, CheckContext } from './check-context.js';
import type { NestedSchema } from './fields.js';
import { recordUnknownFields } from './unknown.js';
import type { DecodeMode, ValueSchema } from './value-schema.js';
import { weaken } from './weak.js';

export interface NormalizedField {
  readonly name: string;
  readonly tag: 'attr' | 'block';
  readonly schema: ValueSchema<unknown> | NestedSchema<unknown>;
  readonly list: boolean;
  readonly required: boolean;
  readonly hasDefault: boolean;
  readonly defaultValue: unknown;
}

type Decoded = { value: Record<string, unknown> | undefined; diagnostics: Diagnostic[] };

/** One field's input: an evaluated attribute, or HCL blocks. */
type FieldInput =
  | { src: 'value'; value: Value; range: Range; nameRange: Range; expr?: Expression; ctx?: EvalContext }
  | { src: 'blocks'; blocks: Block[] };

/** Per-decode state shared by the field decoders. */
class Decoding {
  readonly out: Record<string, unknown> = {};
  readonly unknown = new Set<string>();
  readonly set = new Set<string>();
  readonly ranges = new Map<string, Range>();
  readonly diags: Diagnostic[] = [];
  constructor(
    readonly mode: DecodeMode,
    readonly blockRange: Range,
    /** HCL bodies report missing required arguments themselves (Body.content). */
    readonly reportMissing: boolean,
  ) {}

  put(name: string, value: unknown): void {
    Object.defineProperty(this.out, name, { value, enumerable: true, writable: true, configurable: true });
  }

  absent(f: NormalizedField, at: Range | undefined): void {
    if (f.tag === 'block') {
      if (f.list) this.put(f.name, []);
      else if (f.required) {
        this.diags.push(errorDiag(`Missing ${f.name} block`, `A block of type ${goQuote(f.name)} is required here.`, at ?? this.blockRange));
      }
      return;
    }
    if (f.hasDefault) this.put(f.name, cloneDefault(f.defaultValue));
    else if (f.required && (this.reportMissing || at !== undefined)) {
      this.diags.push(
        errorDiag('Missing required argument', `The argument ${goQuote(f.name)} is required, but no definition was found.`, at ?? this.blockRange),
      );
    }
  }

  field(f: NormalizedField, input: FieldInput | undefined): void {
    if (input === undefined) return this.absent(f, undefined);
    if (input.src === 'blocks') return this.blocks(f, input.blocks);
    this.ranges.set(f.name, input.range);
    let v = input.value.unmarkDeep().value;
    if (v.isNull) return this.absent(f, input.range);
    this.set.add(f.name);
    if (!v.isKnown) return void this.unknown.add(f.name);
    if (f.tag === 'block') return this.jsonBlocks(f, v, input.range);
    const vs = f.schema as ValueSchema<unknown>;
    if (this.mode === 'json') v = weaken(v, vs.type);
    const c = convert(v, vs.type);
    if (!c.ok) return this.typeError(f, input, c.error);
    if (!c.value.isWhollyKnown) return void this.unknown.add(f.name);
    const nul = firstNull(c.value);
    if (nul !== undefined) return this.typeError(f, input, `${nul}null value is not allowed`);
    const d = vs.decode(c.value, { mode: this.mode, range: input.range });
    if (d.ok) this.put(f.name, d.value);
    else this.typeError(f, input, d.error, d.summary);
  }

  private typeError(f: NormalizedField, input: Extract<FieldInput, { src: 'value' }>, error: string, summary = 'Incorrect attribute value type'): void {
    this.diags.push({
      ...errorDiag(summary, `Inappropriate value for attribute ${goQuote(f.name)}: ${error}.`, input.range, rangeBetween(input.nameRange, input.range)),
      ...(input.expr ? { expression: input.expr } : {}),
      ...(input.ctx ? { evalContext: input.ctx } : {}),
    });
  }

  private blocks(f: NormalizedField, found: Block[]): void {
    if (found.length === 0) return this.absent(f, undefined);
    const schema = f.schema as NestedSchema<unknown>;
    this.set.add(f.name);
    this.ranges.set(f.name, found[0]!.defRange);
    if (!f.list && found.length > 1) {
      this.diags.push(
        errorDiag(
          `Duplicate ${f.name} block`,
          `Only one block of type ${goQuote(f.name)} is allowed. Previous definition was at ${formatRange(found[0]!.defRange)}.`,
          found[1]!.defRange,
        ),
      );
    }
    const values: unknown[] = [];
    for (const b of f.list ? found : found.slice(0, 1)) {
      const r = schema.decodeBody(b.body, this.ctx!);
      this.diags.push(...r.diagnostics);
      values.push(r.value);
    }
    this.put(f.name, f.list ? values : values[0]);
  }

  /** A nested block written as a JSON object (single) or array of objects (list). */
  private jsonBlocks(f: NormalizedField, v: Value, range: Range): void {
    const schema = f.schema as NestedSchema<unknown>;
    const site = { mode: this.mode, range };
    const isSeq = v.type.kind === 'tuple' || v.type.kind === 'list' || v.type.kind === 'set';
    if (!f.list || !isSeq) {
      if (f.list && !(v.type.kind === 'object' || v.type.kind === 'map')) {
        this.diags.push(errorDiag('Incorrect attribute value type', `Inappropriate value for attribute ${goQuote(f.name)}: list of object required.`, range));
        return;
      }
      const r = schema.decodeValue(v, site);
      this.diags.push(...r.diagnostics);
      this.put(f.name, f.list ? [r.value] : r.value);
      return;
    }
    const values: unknown[] = [];
    for (const e of v.elements()) {
      const r = schema.decodeValue(e, site);
      this.diags.push(...r.diagnostics);
      values.push(r.value);
    }
    this.put(f.name, values);
  }

  ctx: EvalContext | undefined;

  finish(checks: readonly Check<unknown>[]): Decoded {
    if (hasErrors(this.diags)) return { value: undefined, diagnostics: this.diags };
    const cc: CheckContext = {
      isSet: (n) => this.set.has(n),
      isUnknown: (n) => this.unknown.has(n),
      rangeOf: (n) => this.ranges.get(n) ?? this.blockRange,
      blockRange: this.blockRange,
    };
    for (const c of checks) this.diags.push(...c(this.out, cc));
    if (hasErrors(this.diags)) return { value: undefined, diagnostics: this.diags };
    recordUnknownFields(this.out, this.unknown);
    return { value: this.out, diagnostics: this.diags };
  }
}

function cloneDefault(v: unknown): unknown {
  if (Array.isArray(v)) return [...v];
  if (v !== null && typeof v === 'object' && !(v instanceof Value)) return { ...v };
  return v;
}

/** "element 2: " when a list or map holds a null (cty allows it; a Go slice of strings would not). */
function firstNull(v: Value): string | undefined {
  const k = v.type.kind;
  if (k === 'list' || k === 'set' || k === 'tuple') {
    const es = v.elements();
    for (let i = 0; i < es.length; i++) {
      if (es[i]!.isNull) return `element ${i}: `;
    }
  } else if (k === 'map') {
    for (const [key, e] of v.attributes()) if (e.isNull) return `element ${JSON.stringify(key)}: `;
  }
  return undefined;
}

export function decodeBodyFields(fields: readonly NormalizedField[], checks: readonly Check<unknown>[], content: BodyContent, ctx: EvalContext): Decoded {
  const d = new Decoding('hcl', content.missingItemRange, false);
  d.ctx = ctx;
  for (const f of fields) {
    if (f.tag === 'block') {
      d.field(f, { src: 'blocks', blocks: content.blocks.filter((b) => b.type === f.name) });
      continue;
    }
    const a = content.attributes.get(f.name);
    if (a === undefined) {
      d.field(f, undefined);
      continue;
    }
    const r = a.expr.value(ctx);
    d.diags.push(...r.diagnostics);
    if (hasErrors(r.diagnostics)) {
      d.set.add(f.name);
      continue;
    }
    d.field(f, { src: 'value', value: r.value, range: a.expr.range(), nameRange: a.nameRange, expr: a.expr, ctx });
  }
  return d.finish(checks);
}

function unsupported(name: string, fields: readonly NormalizedField[], at: Range): Diagnostic {
  const hint = didYouMean(name, fields.map((f) => f.name));
  return errorDiag('Unsupported argument', `An argument named ${goQuote(name)} is not expected here.${hint}`, at);
}

export function decodeAttributeFields(
  fields: readonly NormalizedField[],
  checks: readonly Check<unknown>[],
  attrs: ReadonlyMap<string, RawAttribute>,
  blockRange: Range,
): Decoded {
  const d = new Decoding('json', blockRange, true);
  const known = new Set(fields.map((f) => f.name));
  for (const [name, a] of attrs) {
    // Packer's config.Decode ignores `type` and any `packer_*` key it does not know.
    if (!known.has(name) && name !== 'type' && !name.startsWith('packer_')) d.diags.push(unsupported(name, fields, a.nameRange));
  }
  for (const f of fields) {
    const a = attrs.get(f.name);
    d.field(f, a && { src: 'value', value: a.value, range: a.range, nameRange: a.nameRange });
  }
  return d.finish(checks);
}

export function decodeValueFields(fields: readonly NormalizedField[], checks: readonly Check<unknown>[], v: Value, site: { mode: DecodeMode; range: Range }): Decoded {
  const d = new Decoding(site.mode, site.range, true);
  const k = v.type.kind;
  if (k !== 'object' && k !== 'map') {
    d.diags.push(errorDiag('Incorrect attribute value type', 'An object is required here.', site.range));
    return { value: undefined, diagnostics: d.diags };
  }
  const attrs = v.attributes();
  const known = new Set(fields.map((f) => f.name));
  for (const name of attrs.keys()) if (!known.has(name)) d.diags.push(unsupported(name, fields, site.range));
  for (const f of fields) {
    const a = attrs.get(f.name);
    d.field(f, a && { src: 'value', value: a, range: site.range, nameRange: site.range });
  }
  return d.finish(checks);
}
