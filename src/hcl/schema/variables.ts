// The variable references decoding a body with a spec would need (as hcldec.Variables).
import type { Traversal } from '../ast/nodes.js';
import type { Body, BodyContent } from '../structure.js';
import { impliedSchema, sameBodyChildren } from './implied.js';
import type { Spec } from './spec.js';

/** Every root-scope traversal that `decodeSpec(body, spec, ctx)` would evaluate, in spec order. */
export function specVariables(body: Body, spec: Spec): Traversal[] {
  const { content } = body.partialContent(impliedSchema(spec));
  const out: Traversal[] = [];
  const visit = (s: Spec): void => {
    out.push(...needed(s, content));
    for (const c of sameBodyChildren(s)) visit(c);
  };
  visit(spec);
  return out;
}

function needed(s: Spec, content: BodyContent): Traversal[] {
  switch (s.kind) {
    case 'attr':
      return content.attributes.get(s.name)?.expr.variables() ?? [];
    case 'expr':
      return s.expr.variables();
    case 'block': {
      const b = content.blocks.find((x) => x.type === s.typeName);
      return b ? specVariables(b.body, s.nested) : [];
    }
    case 'block_list':
    case 'block_set':
    case 'block_tuple':
    case 'block_map':
    case 'block_object':
      return content.blocks.filter((x) => x.type === s.typeName).flatMap((b) => specVariables(b.body, s.nested));
    case 'block_attrs': {
      const b = content.blocks.find((x) => x.type === s.typeName);
      if (!b) return [];
      const { attributes } = b.body.justAttributes();
      const vars = [...attributes.values()].flatMap((a) => a.expr.variables());
      return vars.sort((x, y) => (x[0]?.srcRange.start.byte ?? 0) - (y[0]?.srcRange.start.byte ?? 0));
    }
    default:
      return [];
  }
}
