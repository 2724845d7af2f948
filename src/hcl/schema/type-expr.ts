// Type expressions as hcldec spec files write them: `string`, `any`, `list(number)`, `object({a = bool})`.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Expression } from '../structure.js';
import { BoolType, DynamicType, NumberType, StringType, listOf, mapOf, objectOf, setOf, tupleOf, type Type } from '../value/type.js';

type Out = { type: Type; diagnostics: Diagnostic[] };

const keywords: Record<string, Type> = { string: StringType, number: NumberType, bool: BoolType, any: DynamicType };

/** Reads a type from an expression without evaluating it; `any` plus an error when it is not a type. */
export function typeFromExpression(expr: Expression): Out {
  const fail = (detail: string): Out => ({
    type: DynamicType,
    diagnostics: [errorDiag('Invalid type specification', detail, expr.range())],
  });
  const t = expr.asTraversal();
  if (t !== undefined) {
    const root = t[0];
    if (t.length === 1 && root?.kind === 'root') {
      const k = keywords[root.name];
      if (k !== undefined) return { type: k, diagnostics: [] };
      if (root.name === 'null') return { type: DynamicType, diagnostics: [] };
      return fail(`The keyword ${JSON.stringify(root.name)} is not a valid type specification.`);
    }
    return fail('A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).');
  }
  const call = expr.asCall();
  if (call === undefined) {
    return fail('A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).');
  }
  if (call.args.length !== 1) return fail(`The ${call.name} type constructor requires one argument specifying the element type.`);
  const arg = call.args[0]!;
  switch (call.name) {
    case 'list':
    case 'set':
    case 'map': {
      const inner = typeFromExpression(arg);
      const ctor = call.name === 'list' ? listOf : call.name === 'set' ? setOf : mapOf;
      return { type: ctor(inner.type), diagnostics: inner.diagnostics };
    }
    case 'tuple': {
      const elems = arg.asList();
      if (elems === undefined) return fail('The tuple type constructor requires a list of element types.');
      const diagnostics: Diagnostic[] = [];
      const types = elems.map((e) => {
        const r = typeFromExpression(e);
        diagnostics.push(...r.diagnostics);
        return r.type;
      });
      return { type: tupleOf(types), diagnostics };
    }
    case 'object': {
      const items = arg.asMap();
      if (items === undefined) return fail('The object type constructor requires an object with attribute names and their types.');
      const diagnostics: Diagnostic[] = [];
      const attrs = new Map<string, Type>();
      for (const { key, value } of items) {
        const k = key.value(undefined);
        if (k.diagnostics.length > 0 || k.value.type.kind !== 'string' || !k.value.isKnown || k.value.isNull) {
          diagnostics.push(errorDiag('Invalid type specification', 'Object type attribute names must be strings.', key.range()));
          continue;
        }
        const r = typeFromExpression(value);
        diagnostics.push(...r.diagnostics);
        attrs.set(k.value.asString(), r.type);
      }
      return { type: objectOf(attrs), diagnostics };
    }
    default:
      return fail(`Keyword ${JSON.stringify(call.name)} is not a valid type constructor.`);
  }
}
