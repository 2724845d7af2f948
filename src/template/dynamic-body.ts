// `dynamic "x" { for_each, iterator, labels, content {} }` blocks expanded in any Body, as hcl's ext/dynblock.
import { errorDiag, hasErrors, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import type { EvalContext } from '../hcl/eval/eval-context.js';
import type { Range } from '../hcl/source/pos.js';
import type { Attribute, Block, BlockHeaderSchema, Body, BodyContent, BodySchema, Expression } from '../hcl/structure.js';
import { convert } from '../hcl/value/convert.js';
import { friendlyTypeName, StringType } from '../hcl/value/type.js';
import { DynamicVal, Value, type Mark } from '../hcl/value/value.js';
import { childIteration, iterationContext, IterationExpression, type Iteration } from './dynamic-iteration.js';

const dynamicHeader: BlockHeaderSchema = { type: 'dynamic', labelNames: ['type'] };
const specSchemaLabels: BodySchema = {
  attributes: [{ name: 'for_each', required: true }, { name: 'iterator' }, { name: 'labels', required: true }],
  blocks: [{ type: 'content' }],
};
const specSchemaNoLabels: BodySchema = {
  attributes: [{ name: 'for_each', required: true }, { name: 'iterator' }],
  blocks: [{ type: 'content' }],
};

/** Wraps a body so that `dynamic` blocks expand, evaluating `for_each` in forEachCtx (hcl's dynblock.Expand). */
export function expandDynamicBlocks(body: Body, forEachCtx: EvalContext): Body {
  return new DynamicBody(body, forEachCtx, undefined, new Set(), new Map(), new Set(), false);
}

class DynamicBody implements Body {
  constructor(
    private readonly original: Body,
    private readonly forEachCtx: EvalContext,
    private readonly iteration: Iteration | undefined,
    private readonly hiddenAttrs: ReadonlySet<string>,
    private readonly hiddenBlocks: ReadonlyMap<string, BlockHeaderSchema>,
    private readonly marks: ReadonlySet<Mark>,
    /** Inside a dynamic block whose for_each is unknown: every value is unknown. */
    private readonly unknown: boolean,
  ) {}

  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const { content: raw, diagnostics } = this.original.content(this.extendSchema(schema));
    const blocks = this.expandBlocks(schema, raw.blocks, false, diagnostics);
    return { content: { attributes: this.prepareAttributes(raw.attributes), blocks, missingItemRange: raw.missingItemRange }, diagnostics };
  }

  partialContent(schema: BodySchema): { content: BodyContent; remain: Body; diagnostics: Diagnostic[] } {
    const { content: raw, diagnostics } = this.original.partialContent(this.extendSchema(schema));
    const blocks = this.expandBlocks(schema, raw.blocks, true, diagnostics);
    const hiddenAttrs = new Set(this.hiddenAttrs);
    for (const a of schema.attributes ?? []) hiddenAttrs.add(a.name);
    const hiddenBlocks = new Map(this.hiddenBlocks);
    for (const b of schema.blocks ?? []) hiddenBlocks.set(b.type, b);
    const remain = new DynamicBody(this.original, this.forEachCtx, this.iteration, hiddenAttrs, hiddenBlocks, this.marks, this.unknown);
    return {
      content: { attributes: this.prepareAttributes(raw.attributes), blocks, missingItemRange: raw.missingItemRange },
      remain,
      diagnostics,
    };
  }

  justAttributes(): { attributes: Map<string, Attribute>; diagnostics: Diagnostic[] } {
    const { attributes, diagnostics } = this.original.justAttributes();
    return { attributes: this.prepareAttributes(attributes), diagnostics };
  }

  missingItemRange(): Range {
    return this.original.missingItemRange();
  }

  private extendSchema(schema: BodySchema): BodySchema {
    const blocks = [...(schema.blocks ?? []), dynamicHeader, ...this.hiddenBlocks.values()];
    const attributes = [...(schema.attributes ?? [])];
    for (const name of this.hiddenAttrs) attributes.push({ name });
    return { attributes, blocks };
  }

  private prepareAttributes(raw: Map<string, Attribute>): Map<string, Attribute> {
    if (this.hiddenAttrs.size === 0 && this.iteration === undefined && this.marks.size === 0 && !this.unknown) return raw;
    const out = new Map<string, Attribute>();
    for (const [name, attr] of raw) {
      if (this.hiddenAttrs.has(name)) continue;
      out.set(name, { ...attr, expr: new IterationExpression(attr.expr, this.iteration, this.marks, this.unknown) });
    }
    return out;
  }

  private expandBlocks(schema: BodySchema, raw: readonly Block[], partial: boolean, diags: Diagnostic[]): Block[] {
    const out: Block[] = [];
    for (const block of raw) {
      if (block.type !== 'dynamic') {
        if (this.hiddenBlocks.has(block.type)) continue;
        out.push({ ...block, body: this.child(block.body, this.iteration, new Set(), this.unknown) });
        continue;
      }
      const realType = block.labels[0] ?? '';
      if (this.hiddenBlocks.has(realType)) continue;
      const header = (schema.blocks ?? []).find((b) => b.type === realType);
      if (header === undefined) {
        if (!partial) {
          diags.push(errorDiag('Unsupported block type', `Blocks of type "${realType}" are not expected here.`, block.labelRanges[0] ?? block.defRange));
        }
        continue;
      }
      const spec = this.decodeSpec(header, block, diags);
      if (spec === undefined) continue;
      out.push(...this.expandSpec(spec, diags));
    }
    return out;
  }

  private expandSpec(spec: DynamicSpec, diags: Diagnostic[]): Block[] {
    const { value: each, marks } = spec.forEach.unmarkDeep();
    const out: Block[] = [];
    const add = (it: Iteration, unknown: boolean): void => {
      const block = newBlock(spec, it, this.forEachCtx, diags);
      if (block !== undefined) out.push({ ...block, body: this.child(block.body, it, marks, unknown || this.unknown) });
    };
    if (!each.isKnown) {
      add(childIteration(this.iteration, spec.iteratorName, DynamicVal, DynamicVal), true);
      return out;
    }
    for (const [key, value] of elementPairs(each)) add(childIteration(this.iteration, spec.iteratorName, key, value), false);
    return out;
  }

  private child(body: Body, it: Iteration | undefined, marks: ReadonlySet<Mark>, unknown: boolean): Body {
    const ctx = iterationContext(it, this.forEachCtx) ?? this.forEachCtx;
    const all = new Set([...this.marks, ...marks]);
    return new DynamicBody(body, ctx, it, new Set(), new Map(), all, unknown);
  }

  private decodeSpec(header: BlockHeaderSchema, block: Block, diags: Diagnostic[]): DynamicSpec | undefined {
    const needsLabels = (header.labelNames ?? []).length > 0;
    const { content, diagnostics } = block.body.content(needsLabels ? specSchemaLabels : specSchemaNoLabels);
    diags.push(...diagnostics);
    if (hasErrors(diagnostics)) return undefined;

    let iteratorName = header.type;
    const itAttr = content.attributes.get('iterator');
    if (itAttr !== undefined) {
      const trav = itAttr.expr.asTraversal();
      if (trav === undefined) {
        diags.push(errorDiag('Invalid expression', 'A single static variable reference is required: only attribute access and indexing with constant keys. No calculations, function calls, template expressions, etc are allowed here.', itAttr.expr.range()));
        return undefined;
      }
      const root = trav[0];
      if (trav.length !== 1 || root === undefined || root.kind !== 'root') {
        diags.push(errorDiag('Invalid dynamic iterator name', 'Dynamic iterator must be a single variable name.', itAttr.expr.range()));
        return undefined;
      }
      iteratorName = root.name;
    }

    const eachAttr = content.attributes.get('for_each');
    if (eachAttr === undefined) return undefined;
    const { value: forEach, diagnostics: eachDiags } = eachAttr.expr.value(this.forEachCtx);
    diags.push(...eachDiags);
    if (hasErrors(eachDiags)) return undefined;
    const t = forEach.type;
    const iterable = t.kind === 'list' || t.kind === 'set' || t.kind === 'map' || t.kind === 'tuple' || t.kind === 'object';
    if (!iterable && t.kind !== 'dynamic') {
      diags.push({
        ...errorDiag('Invalid dynamic for_each value', `Cannot use a ${friendlyTypeName(t)} value in for_each. An iterable collection is required.`, eachAttr.expr.range()),
        expression: eachAttr.expr,
        evalContext: this.forEachCtx,
      });
      return undefined;
    }
    if (forEach.isNull) {
      diags.push({
        ...errorDiag('Invalid dynamic for_each value', 'Cannot use a null value in for_each.', eachAttr.expr.range()),
        expression: eachAttr.expr,
        evalContext: this.forEachCtx,
      });
      return undefined;
    }

    let labelExprs: Expression[] = [];
    const labelsAttr = content.attributes.get('labels');
    if (labelsAttr !== undefined) {
      const list = labelsAttr.expr.asList();
      if (list === undefined) {
        diags.push(errorDiag('Invalid expression', 'A static list expression is required.', labelsAttr.expr.range()));
        return undefined;
      }
      labelExprs = list;
      const want = (header.labelNames ?? []).length;
      const extra = labelExprs[want];
      if (extra !== undefined) {
        diags.push(errorDiag('Extraneous dynamic block label', `Blocks of type "${header.type}" require ${want} label(s).`, extra.range()));
        return undefined;
      }
      if (labelExprs.length < want) {
        diags.push(errorDiag('Insufficient dynamic block labels', `Blocks of type "${header.type}" require ${want} label(s).`, labelsAttr.expr.range()));
        return undefined;
      }
    }

    const contentBlock = content.blocks[0];
    if (contentBlock === undefined) {
      diags.push(
        errorDiag(
          'Missing dynamic content block',
          'A dynamic block must have a nested block of type "content" to describe the body of each generated block.',
          content.missingItemRange,
        ),
      );
      return undefined;
    }
    const second = content.blocks[1];
    if (second !== undefined) {
      diags.push(errorDiag('Extraneous dynamic content block', 'Only one nested content block is allowed for each dynamic block.', second.defRange));
      return undefined;
    }
    return {
      blockType: header.type,
      typeRange: block.labelRanges[0] ?? block.typeRange,
      defRange: block.defRange,
      forEach,
      iteratorName,
      labelExprs,
      contentBody: contentBlock.body,
    };
  }
}

interface DynamicSpec {
  blockType: string;
  typeRange: Range;
  defRange: Range;
  forEach: Value;
  iteratorName: string;
  labelExprs: Expression[];
  contentBody: Body;
}

/** Key/value pairs of a known collection, as cty's ElementIterator (a set's keys are its values). */
function elementPairs(v: Value): [Value, Value][] {
  const k = v.type.kind;
  if (k === 'map' || k === 'object') return [...v.attributes()].map(([key, val]) => [Value.string(key), val]);
  if (k === 'set') return v.elements().map((e) => [e, e]);
  return v.elements().map((e, i) => [Value.number(i), e]);
}

function newBlock(spec: DynamicSpec, it: Iteration, ctx: EvalContext, diags: Diagnostic[]): Block | undefined {
  const labels: string[] = [];
  const labelRanges: Range[] = [];
  const lctx = iterationContext(it, ctx);
  for (const expr of spec.labelExprs) {
    const { value, diagnostics } = expr.value(lctx);
    diags.push(...diagnostics);
    if (hasErrors(diagnostics)) return undefined;
    const bad = (detail: string): undefined => {
      diags.push({ ...errorDiag('Invalid dynamic block label', detail, expr.range()), expression: expr, ...(lctx ? { evalContext: lctx } : {}) });
      return undefined;
    };
    const conv = convert(value, StringType);
    if (!conv.ok) return bad(`Cannot use this value as a dynamic block label: ${conv.error}.`);
    if (conv.value.isNull) return bad('Cannot use a null value as a dynamic block label.');
    if (!conv.value.isKnown) return bad('This value is not yet known. Dynamic block labels must be immediately-known values.');
    if (conv.value.isMarked) return bad('This value has dynamic marks that make it unsuitable for use as a block label.');
    labels.push(conv.value.asString());
    labelRanges.push(expr.range());
  }
  return { type: spec.blockType, labels, body: spec.contentBody, defRange: spec.defRange, typeRange: spec.typeRange, labelRanges };
}
