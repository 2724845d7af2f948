// Decoding a body with a spec (as hcldec.Decode): the implied schema's content, then each spec's value.
import { hasErrors, errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { convertValue, unifyTypes } from '../eval/conv.js';
import { EvalContext } from '../eval/eval-context.js';
import { goQuote } from '../eval/go-quote.js';
import { formatRange, type Range } from '../source/pos.js';
import type { Block, Body, BodyContent } from '../structure.js';
import { mapOf, type Type } from '../value/type.js';
import { DynamicVal, Value } from '../value/value.js';
import { decodeAttr, decodeBlockAttrs } from './decode-attrs.js';
import { impliedSchema, impliedType } from './implied.js';
import { makeSet } from '../value/set.js';
import type { Spec } from './spec.js';

export interface BlockLabel {
  value: string;
  range: Range;
}

type Out = { value: Value; diagnostics: Diagnostic[] };

/** Decodes a whole body: anything the spec does not mention is an error. */
export function decodeSpec(body: Body, spec: Spec, ctx: EvalContext | undefined): Out {
  return decodeBody(body, [], ctx, spec);
}

/** Decodes what the spec mentions and returns the rest of the body unconsumed. */
export function partialDecodeSpec(body: Body, spec: Spec, ctx: EvalContext | undefined): Out & { remain: Body } {
  const { content, remain, diagnostics } = body.partialContent(impliedSchema(spec));
  const r = decodeContent(spec, content, [], ctx);
  return { value: r.value, remain, diagnostics: [...diagnostics, ...r.diagnostics] };
}

function decodeBody(body: Body, labels: BlockLabel[], ctx: EvalContext | undefined, spec: Spec): Out {
  const { content, diagnostics } = body.content(impliedSchema(spec));
  const r = decodeContent(spec, content, labels, ctx);
  return { value: r.value, diagnostics: [...diagnostics, ...r.diagnostics] };
}

export function labelsOf(b: Block): BlockLabel[] {
  return b.labels.map((value, i) => ({ value, range: b.labelRanges[i]! }));
}

/** Decodes one spec against content already extracted from a body. */
export function decodeContent(spec: Spec, content: BodyContent, labels: BlockLabel[], ctx: EvalContext | undefined): Out {
  switch (spec.kind) {
    case 'object': {
      const diags: Diagnostic[] = [];
      const vals = new Map<string, Value>();
      for (const [k, s] of spec.attrs) {
        const r = decodeContent(s, content, labels, ctx);
        diags.push(...r.diagnostics);
        vals.set(k, r.value);
      }
      return { value: Value.object(vals), diagnostics: diags };
    }
    case 'tuple': {
      const diags: Diagnostic[] = [];
      const vals = spec.elems.map((s) => {
        const r = decodeContent(s, content, labels, ctx);
        diags.push(...r.diagnostics);
        return r.value;
      });
      return { value: Value.tuple(vals), diagnostics: diags };
    }
    case 'attr':
      return decodeAttr(spec, content, ctx);
    case 'literal':
      return { value: spec.value, diagnostics: [] };
    case 'expr':
      return spec.expr.value(ctx);
    case 'block':
      return decodeSingleBlock(spec, content, ctx);
    case 'block_list':
    case 'block_set':
    case 'block_tuple':
      return decodeBlockSequence(spec, content, ctx);
    case 'block_map':
    case 'block_object':
      return decodeBlockMap(spec, content, ctx);
    case 'block_attrs':
      return decodeBlockAttrs(spec, content, ctx);
    case 'block_label': {
      const l = labels[spec.index];
      return { value: Value.string(l?.value ?? ''), diagnostics: [] };
    }
    case 'default': {
      const r = decodeContent(spec.primary, content, labels, ctx);
      if (!r.value.isNull) return r;
      const d = decodeContent(spec.fallback, content, labels, ctx);
      return { value: d.value, diagnostics: [...r.diagnostics, ...d.diagnostics] };
    }
    case 'transform': {
      const r = decodeContent(spec.wrapped, content, labels, ctx);
      if (hasErrors(r.diagnostics)) return { value: Value.unknown(impliedType(spec)), diagnostics: r.diagnostics };
      const vars = { [spec.varName]: r.value };
      const scope = spec.ctx ? spec.ctx.newChild({ variables: vars }) : new EvalContext({ variables: vars });
      const t = spec.expr.value(scope);
      return { value: t.value, diagnostics: [...r.diagnostics, ...t.diagnostics] };
    }
  }
}

function blocksOfType(content: BodyContent, typeName: string): Block[] {
  return content.blocks.filter((b) => b.type === typeName);
}

function decodeSingleBlock(spec: Extract<Spec, { kind: 'block' }>, content: BodyContent, ctx: EvalContext | undefined): Out {
  const diags: Diagnostic[] = [];
  const found = blocksOfType(content, spec.typeName);
  const first = found[0];
  if (found.length > 1) {
    diags.push(
      errorDiag(
        `Duplicate ${spec.typeName} block`,
        `Only one block of type ${goQuote(spec.typeName)} is allowed. Previous definition was at ${formatRange(first!.defRange)}.`,
        found[1]!.defRange,
      ),
    );
  }
  if (first === undefined) {
    if (spec.required) {
      diags.push(
        errorDiag(`Missing ${spec.typeName} block`, `A block of type ${goQuote(spec.typeName)} is required here.`, content.missingItemRange),
      );
    }
    return { value: Value.null(impliedType(spec.nested)), diagnostics: diags };
  }
  const r = decodeBody(first.body, labelsOf(first), ctx, spec.nested);
  return { value: r.value, diagnostics: [...diags, ...r.diagnostics] };
}

function decodeBlockSequence(
  spec: Extract<Spec, { kind: 'block_list' | 'block_set' | 'block_tuple' }>,
  content: BodyContent,
  ctx: EvalContext | undefined,
): Out {
  const diags: Diagnostic[] = [];
  const elems: Value[] = [];
  const ranges: Range[] = [];
  for (const b of blocksOfType(content, spec.typeName)) {
    const r = decodeBody(b.body, labelsOf(b), ctx, spec.nested);
    diags.push(...r.diagnostics);
    elems.push(r.value);
    ranges.push(b.defRange);
  }
  if (elems.length < spec.minItems) {
    diags.push(
      errorDiag(
        `Insufficient ${spec.typeName} blocks`,
        `At least ${spec.minItems} ${goQuote(spec.typeName)} blocks are required.`,
        content.missingItemRange,
      ),
    );
  } else if (spec.maxItems > 0 && elems.length > spec.maxItems) {
    diags.push(
      errorDiag(
        `Too many ${spec.typeName} blocks`,
        `No more than ${spec.maxItems} ${goQuote(spec.typeName)} blocks are allowed`,
        ranges[spec.maxItems],
      ),
    );
  }
  const nestedType = impliedType(spec.nested);
  if (spec.kind === 'block_tuple') return { value: Value.tuple(elems), diagnostics: diags };
  if (elems.length === 0) {
    const empty = spec.kind === 'block_list' ? Value.list([], nestedType) : makeSet([], nestedType);
    return { value: empty, diagnostics: diags };
  }
  const et = unifyTypes(elems.map((e) => e.type));
  if (et === undefined) {
    diags.push(
      errorDiag(
        `Unconsistent argument types in ${spec.typeName} blocks`,
        'Corresponding attributes in all blocks of this type must be the same.',
        ranges[0],
      ),
    );
    return { value: DynamicVal, diagnostics: diags };
  }
  const converted: Value[] = [];
  for (let i = 0; i < elems.length; i++) {
    const c = convertValue(elems[i]!, et);
    if (!c.ok) {
      diags.push(
        errorDiag(
          `Unconsistent argument types in ${spec.typeName} blocks`,
          `Block with index ${i} has inconsistent argument types: ${c.error}.`,
          ranges[i],
        ),
      );
      return { value: DynamicVal, diagnostics: diags };
    }
    converted.push(c.value);
  }
  return { value: spec.kind === 'block_list' ? Value.list(converted, et) : makeSet(converted, et), diagnostics: diags };
}

type Nest = Map<string, Nest | Value>;

function decodeBlockMap(spec: Extract<Spec, { kind: 'block_map' | 'block_object' }>, content: BodyContent, ctx: EvalContext | undefined): Out {
  const diags: Diagnostic[] = [];
  const depth = spec.labelNames.length;
  const root: Nest = new Map();
  for (const b of blocksOfType(content, spec.typeName)) {
    const labels = labelsOf(b);
    const r = decodeBody(b.body, labels.slice(depth), ctx, spec.nested);
    let target = root;
    for (const key of b.labels.slice(0, depth - 1)) {
      let next = target.get(key);
      if (!(next instanceof Map)) {
        next = new Map();
        target.set(key, next);
      }
      target = next;
    }
    diags.push(...r.diagnostics);
    const key = b.labels[depth - 1]!;
    if (target.has(key)) {
      const shown = b.labels.map((l) => ` ${goQuote(l)}`).join('');
      diags.push(
        errorDiag(
          `Duplicate ${spec.typeName} block`,
          `A block for ${spec.typeName}${shown} was already defined. The ${spec.typeName} labels must be unique.`,
          b.defRange,
        ),
      );
      continue;
    }
    target.set(key, r.value);
  }
  const nestedType = impliedType(spec.nested);
  if (root.size === 0) {
    if (spec.kind === 'block_object') return { value: Value.object(new Map()), diagnostics: diags };
    let t: Type = nestedType;
    for (let i = 1; i < depth; i++) t = mapOf(t);
    return { value: Value.map(new Map(), t), diagnostics: diags };
  }
  const build = (n: Nest, level: number): Value => {
    const vals = new Map<string, Value>();
    for (const [k, v] of n) vals.set(k, v instanceof Map ? build(v, level - 1) : v);
    if (spec.kind === 'block_object') return Value.object(vals);
    let t: Type = nestedType;
    for (let i = 1; i < level; i++) t = mapOf(t);
    return Value.map(vals, t);
  };
  return { value: build(root, depth), diagnostics: diags };
}
