// What a spec asks of a body (its schema) and what type its result will have, without decoding anything.
import { EvalContext } from '../eval/eval-context.js';
import type { AttributeSchema, BlockHeaderSchema, BodySchema } from '../structure.js';
import { DynamicType, EmptyObjectType, EmptyTupleType, StringType, listOf, mapOf, objectOf, setOf, tupleOf, type Type } from '../value/type.js';
import { Value } from '../value/value.js';
import type { Spec } from './spec.js';

/** The child specs decoded from the same body as `s` (not those applied to nested blocks). */
export function sameBodyChildren(s: Spec): Spec[] {
  switch (s.kind) {
    case 'object':
      return [...s.attrs.values()];
    case 'tuple':
      return [...s.elems];
    case 'default':
      return [s.primary, s.fallback];
    case 'transform':
      return [s.wrapped];
    default:
      return [];
  }
}

function attrSchemata(s: Spec): AttributeSchema[] {
  if (s.kind === 'attr') return [{ name: s.name, required: s.required }];
  if (s.kind === 'default') return [...attrSchemata(s.primary), ...attrSchemata(s.fallback)];
  return [];
}

function blockSchemata(s: Spec): BlockHeaderSchema[] {
  switch (s.kind) {
    case 'block':
    case 'block_list':
    case 'block_set':
    case 'block_tuple':
      return [{ type: s.typeName, labelNames: findLabelNames(s.nested) }];
    case 'block_map':
    case 'block_object':
      return [{ type: s.typeName, labelNames: [...s.labelNames, ...findLabelNames(s.nested)] }];
    case 'block_attrs':
      return [{ type: s.typeName }];
    case 'default':
      return blockSchemata(s.primary);
    default:
      return [];
  }
}

/** The body schema `decodeSpec` uses for a spec. */
export function impliedSchema(spec: Spec): BodySchema {
  const attributes: AttributeSchema[] = [];
  const blocks: BlockHeaderSchema[] = [];
  const visit = (s: Spec): void => {
    // A default spec's own schemata are its children's, which the recursion below adds.
    if (s.kind !== 'default') {
      attributes.push(...attrSchemata(s));
      blocks.push(...blockSchemata(s));
    }
    for (const c of sameBodyChildren(s)) visit(c);
  };
  visit(spec);
  return { attributes, blocks };
}

/** Names of the block labels a nested spec reads (block_label specs), in index order. */
export function findLabelNames(spec: Spec): string[] {
  let maxIdx = -1;
  const names = new Map<number, string>();
  const visit = (s: Spec): void => {
    if (s.kind === 'block_label') {
      maxIdx = Math.max(maxIdx, s.index);
      names.set(s.index, s.name);
    }
    for (const c of sameBodyChildren(s)) visit(c);
  };
  visit(spec);
  const out: string[] = [];
  for (let i = 0; i <= maxIdx; i++) out.push(names.get(i) || `missing${String(i).padStart(2, '0')}`);
  return out;
}

/** The type a spec's result will have. */
export function impliedType(spec: Spec): Type {
  switch (spec.kind) {
    case 'object': {
      if (spec.attrs.size === 0) return EmptyObjectType;
      const m = new Map<string, Type>();
      for (const [k, c] of spec.attrs) m.set(k, impliedType(c));
      return objectOf(m);
    }
    case 'tuple':
      return spec.elems.length === 0 ? EmptyTupleType : tupleOf(spec.elems.map(impliedType));
    case 'attr':
      return spec.type;
    case 'literal':
      return spec.value.type;
    case 'expr':
    case 'block_tuple':
    case 'block_object':
      return DynamicType;
    case 'block':
      return impliedType(spec.nested);
    case 'block_list':
      return listOf(impliedType(spec.nested));
    case 'block_set':
      return setOf(impliedType(spec.nested));
    case 'block_map': {
      let t = impliedType(spec.nested);
      for (let i = 0; i < spec.labelNames.length; i++) t = mapOf(t);
      return t;
    }
    case 'block_attrs':
      return mapOf(spec.elementType);
    case 'block_label':
      return StringType;
    case 'default':
      return impliedType(spec.primary);
    case 'transform': {
      const scope = spec.ctx
        ? spec.ctx.newChild({ variables: { [spec.varName]: Value.unknown(impliedType(spec.wrapped)) } })
        : new EvalContext({ variables: { [spec.varName]: Value.unknown(impliedType(spec.wrapped)) } });
      return spec.expr.value(scope).value.type;
    }
  }
}
