// Reading `.hcldec` spec files (HCL themselves): optional `variables` blocks and exactly one root spec block.
import { errorDiag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { convertValue } from '../eval/conv.js';
import { EvalContext } from '../eval/eval-context.js';
import type { AnyHclFunction } from '../functions/function.js';
import type { Block, Body, BodySchema, Expression } from '../structure.js';
import { BoolType, NumberType, StringType, listOf, type Type } from '../value/type.js';
import { Value } from '../value/value.js';
import {
  attrSpec,
  blockAttrsSpec,
  blockListSpec,
  blockMapSpec,
  blockSetSpec,
  blockSpec,
  defaultSpec,
  literalSpec,
  objectSpec,
  transformSpec,
  tupleSpec,
  type Spec,
} from './spec.js';
import { hasDynamicTypes } from '../value/type.js';
import { impliedType } from './implied.js';
import { typeFromExpression } from './type-expr.js';

export interface SpecFile {
  spec: Spec;
  /** Values from the `variables` blocks, for the EvalContext the input is decoded in. */
  variables: Map<string, Value>;
}

const specBlockTypes = ['object', 'array', 'literal', 'attr', 'block', 'block_list', 'block_map', 'block_set', 'default', 'transform'];
const unlabelled: BodySchema = { blocks: specBlockTypes.map((type) => ({ type })) };
const labelled: BodySchema = { blocks: specBlockTypes.map((type) => ({ type, labelNames: ['key'] })) };
const errSpec: Spec = literalSpec(Value.null({ kind: 'dynamic' }));

type Out = { spec: Spec; diagnostics: Diagnostic[] };

/** Interprets a parsed spec file. `functions` are available to `literal`, `variables` and `transform` expressions. */
export function decodeSpecFile(body: Body, functions: Map<string, AnyHclFunction> = new Map()): { value: SpecFile; diagnostics: Diagnostic[] } {
  const specCtx = new EvalContext({ functions });
  const { content, remain, diagnostics } = body.partialContent({ blocks: [{ type: 'variables' }] });
  const variables = new Map<string, Value>();
  for (const b of content.blocks) {
    const attrs = b.body.justAttributes();
    diagnostics.push(...attrs.diagnostics);
    for (const [name, a] of attrs.attributes) {
      const r = a.expr.value(specCtx);
      diagnostics.push(...r.diagnostics);
      variables.set(name, r.value);
    }
  }
  const root = exactlyOne(remain, unlabelled, 'A spec file must have exactly one root block specifying how to map to a JSON value.', specCtx);
  diagnostics.push(...root.diagnostics);
  return { value: { spec: root.spec, variables }, diagnostics };
}

function exactlyOne(body: Body, schema: BodySchema, detail: string, specCtx: EvalContext): Out {
  const { content, diagnostics } = body.content(schema);
  if (content.blocks.length === 0) {
    if (!hasErrors(diagnostics)) diagnostics.push(errorDiag('Missing spec block', detail, body.missingItemRange()));
    return { spec: errSpec, diagnostics };
  }
  if (content.blocks.length > 1) {
    diagnostics.push(errorDiag('Extraneous spec block', detail, content.blocks[1]!.defRange));
    return { spec: errSpec, diagnostics };
  }
  const r = decodeSpecBlock(content.blocks[0]!, specCtx);
  return { spec: r.spec, diagnostics: [...diagnostics, ...r.diagnostics] };
}

/** Reads the given arguments of a spec block (all optional unless `required`), evaluated without variables. */
function readArgs(
  body: Body,
  args: Record<string, { type?: Type; required?: boolean; expr?: true }>,
  withRemain: boolean,
): { values: Map<string, Value>; exprs: Map<string, Expression>; remain: Body; diagnostics: Diagnostic[] } {
  const schema: BodySchema = { attributes: Object.entries(args).map(([name, a]) => ({ name, required: a.required ?? false })) };
  const part = withRemain ? body.partialContent(schema) : { ...body.content(schema), remain: body };
  const diagnostics = [...part.diagnostics];
  const values = new Map<string, Value>();
  const exprs = new Map<string, Expression>();
  for (const [name, a] of part.content.attributes) {
    const want = args[name]!;
    exprs.set(name, a.expr);
    if (want.expr) continue;
    const r = a.expr.value(undefined);
    diagnostics.push(...r.diagnostics);
    const c = convertValue(r.value, want.type ?? StringType);
    if (!c.ok) {
      diagnostics.push(errorDiag('Unsuitable value type', `Unsuitable value: ${c.error}`, a.expr.range()));
      continue;
    }
    values.set(name, c.value);
  }
  return { values, exprs, remain: part.remain, diagnostics };
}

const str = (v: Value | undefined): string | undefined => (v && v.isKnown && !v.isNull ? v.asString() : undefined);
const bool = (v: Value | undefined): boolean => (v && v.isKnown && !v.isNull ? v.asBool() : false);
const int = (v: Value | undefined): number => (v && v.isKnown && !v.isNull ? v.asNum().toNumber() : 0);

function nested(body: Body, specCtx: EvalContext): Out {
  return exactlyOne(body, unlabelled, 'A block spec must have exactly one child spec specifying how to decode block contents.', specCtx);
}

function missingBlockType(kind: string, body: Body): Diagnostic {
  return errorDiag(
    `Missing block_type in ${kind} spec`,
    'The block_type attribute is required, to specify the block type name that is expected in an input HCL file.',
    body.missingItemRange(),
  );
}

function decodeSpecBlock(block: Block, specCtx: EvalContext): Out {
  const implied = block.labels[0] ?? '';
  const body = block.body;
  switch (block.type) {
    case 'object': {
      const { content, diagnostics } = body.content(labelled);
      const attrs = new Map<string, Spec>();
      for (const b of content.blocks) {
        const r = decodeSpecBlock(b, specCtx);
        diagnostics.push(...r.diagnostics);
        attrs.set(b.labels[0]!, r.spec);
      }
      return { spec: objectSpec(attrs), diagnostics };
    }
    case 'array': {
      const { content, diagnostics } = body.content(unlabelled);
      const elems = content.blocks.map((b) => {
        const r = decodeSpecBlock(b, specCtx);
        diagnostics.push(...r.diagnostics);
        return r.spec;
      });
      return { spec: tupleSpec(elems), diagnostics };
    }
    case 'attr': {
      const a = readArgs(body, { name: {}, type: { expr: true, required: true }, required: { type: BoolType } }, false);
      if (hasErrors(a.diagnostics)) return { spec: errSpec, diagnostics: a.diagnostics };
      const t = typeFromExpression(a.exprs.get('type')!);
      const diagnostics = [...a.diagnostics, ...t.diagnostics];
      const name = str(a.values.get('name')) ?? implied;
      if (name === '') {
        diagnostics.push(
          errorDiag(
            'Missing name in attribute spec',
            'The name attribute is required, to specify the attribute name that is expected in an input HCL file.',
            body.missingItemRange(),
          ),
        );
        return { spec: errSpec, diagnostics };
      }
      return { spec: attrSpec(name, t.type, { required: bool(a.values.get('required')) }), diagnostics };
    }
    case 'block':
    case 'block_list':
    case 'block_set': {
      const args: Record<string, { type?: Type }> =
        block.type === 'block'
          ? { block_type: {}, required: { type: BoolType } }
          : { block_type: {}, min_items: { type: NumberType }, max_items: { type: NumberType } };
      const a = readArgs(body, args, true);
      if (hasErrors(a.diagnostics)) return { spec: errSpec, diagnostics: a.diagnostics };
      const n = nested(a.remain, specCtx);
      const diagnostics = [...a.diagnostics, ...n.diagnostics];
      const typeName = str(a.values.get('block_type')) ?? implied;
      if (block.type === 'block') return { spec: blockSpec(typeName, n.spec, { required: bool(a.values.get('required')) }), diagnostics };
      if (typeName === '') {
        diagnostics.push(missingBlockType(block.type, body));
        return { spec: errSpec, diagnostics };
      }
      const opts = { minItems: int(a.values.get('min_items')), maxItems: int(a.values.get('max_items')) };
      const make = block.type === 'block_list' ? blockListSpec : blockSetSpec;
      return { spec: make(typeName, n.spec, opts), diagnostics };
    }
    case 'block_map': {
      const a = readArgs(body, { block_type: {}, labels: { type: listOf(StringType) } }, true);
      if (hasErrors(a.diagnostics)) return { spec: errSpec, diagnostics: a.diagnostics };
      const n = nested(a.remain, specCtx);
      const diagnostics = [...a.diagnostics, ...n.diagnostics];
      const typeName = str(a.values.get('block_type')) ?? implied;
      const labelsVal = a.values.get('labels');
      const labels = labelsVal && labelsVal.isKnown && !labelsVal.isNull ? labelsVal.elements().map((l) => l.asString()) : [];
      if (typeName === '') {
        diagnostics.push(missingBlockType('block_map', body));
        return { spec: errSpec, diagnostics };
      }
      if (labels.length < 1) {
        diagnostics.push(errorDiag('Invalid block label name list', 'A block_map must have at least one label specified.', body.missingItemRange()));
        return { spec: errSpec, diagnostics };
      }
      const spec = blockMapSpec(typeName, labels, n.spec);
      if (hasDynamicTypes(impliedType(spec))) {
        diagnostics.push(errorDiag('Invalid block_map spec', "A block_map spec may not contain attributes with type 'any'.", body.missingItemRange()));
      }
      return { spec, diagnostics };
    }
    case 'block_attrs': {
      const a = readArgs(body, { block_type: {}, element_type: { expr: true, required: true }, required: { type: BoolType } }, false);
      if (hasErrors(a.diagnostics)) return { spec: errSpec, diagnostics: a.diagnostics };
      const t = typeFromExpression(a.exprs.get('element_type')!);
      const diagnostics = [...a.diagnostics, ...t.diagnostics];
      const typeName = str(a.values.get('block_type')) ?? implied;
      if (typeName === '') {
        diagnostics.push(missingBlockType('block_attrs', body));
        return { spec: errSpec, diagnostics };
      }
      return { spec: blockAttrsSpec(typeName, t.type, { required: bool(a.values.get('required')) }), diagnostics };
    }
    case 'literal': {
      const { content, diagnostics } = body.content({ attributes: [{ name: 'value', required: true }] });
      const attr = content.attributes.get('value');
      if (attr === undefined) return { spec: errSpec, diagnostics };
      const r = attr.expr.value(specCtx);
      diagnostics.push(...r.diagnostics);
      return { spec: hasErrors(diagnostics) ? errSpec : literalSpec(r.value), diagnostics };
    }
    case 'default': {
      const { content, diagnostics } = body.content(unlabelled);
      if (content.blocks.length === 0) {
        if (!hasErrors(diagnostics)) {
          diagnostics.push(
            errorDiag(
              'Missing spec block',
              'A default block must have at least one nested spec, each specifying a possible outcome.',
              body.missingItemRange(),
            ),
          );
        }
        return { spec: errSpec, diagnostics };
      }
      let spec: Spec | undefined;
      for (const b of content.blocks) {
        const r = decodeSpecBlock(b, specCtx);
        diagnostics.push(...r.diagnostics);
        if (hasErrors(r.diagnostics)) continue;
        spec = spec === undefined ? r.spec : defaultSpec(spec, r.spec);
      }
      return { spec: spec ?? errSpec, diagnostics };
    }
    case 'transform': {
      const a = readArgs(body, { result: { expr: true, required: true } }, true);
      if (hasErrors(a.diagnostics)) return { spec: errSpec, diagnostics: a.diagnostics };
      const { content, diagnostics } = a.remain.content(unlabelled);
      if (content.blocks.length !== 1) {
        if (!hasErrors(diagnostics)) {
          diagnostics.push(
            errorDiag('Invalid transform spec', 'A transform spec block must have exactly one nested spec block.', body.missingItemRange()),
          );
        }
        return { spec: errSpec, diagnostics };
      }
      const n = decodeSpecBlock(content.blocks[0]!, specCtx);
      return { spec: transformSpec(n.spec, a.exprs.get('result')!, specCtx), diagnostics: [...diagnostics, ...n.diagnostics] };
    }
    default:
      return {
        spec: errSpec,
        diagnostics: [errorDiag('Invalid spec block', `Blocks of type ${JSON.stringify(block.type)} are not expected here.`, block.typeRange)],
      };
  }
}
