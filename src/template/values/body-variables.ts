// Every root traversal a block body refers to, whatever its syntax (hcldec.Variables over a whole body).
import type { Traversal } from '../../hcl/ast/nodes.js';
import { JsonBody, JsonExpression } from '../../hcl/json/index.js';
import type { Body } from '../../hcl/structure.js';
import { NativeBody, expressionVariables } from '../../hcl/syntax/index.js';

/**
 * The traversals in a body's arguments and nested blocks. `complete` is false for a body of another kind
 * (read as attributes only), whose nested blocks may refer to more.
 */
export function bodyVariables(body: Body): { traversals: Traversal[]; complete: boolean } {
  if (body instanceof NativeBody) return { traversals: expressionVariables(body.node), complete: true };
  if (body instanceof JsonBody) return { traversals: new JsonExpression(body.node).variables(), complete: true };
  const { attributes } = body.justAttributes();
  return { traversals: [...attributes.values()].flatMap((a) => a.expr.variables()), complete: false };
}
