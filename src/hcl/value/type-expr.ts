// Type constraints written as expressions (`list(string)`, `object({a=optional(number, 1)})`), read as HCL's ext/typeexpr does.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { rangeBetween, type Range } from '../source/pos.js';
import type { Expression } from '../structure.js';
import { convert } from './convert.js';
import { BoolType, DynamicType, NumberType, StringType, listOf, mapOf, setOf, tupleOf, type Type } from './type.js';
import type { Value } from './value.js';

const summary = 'Invalid type specification';

export interface TypeConstraintOptions {
  /** `any` and optional() are allowed (a constraint, not an exact type). Default true. */
  constraint?: boolean;
  /** optional() may take a default value as its second argument (variable types). Default true; false for convert(). */
  withDefaults?: boolean;
}

type Out = { type: Type; diagnostics: Diagnostic[] };

/** Decodes a type constraint from an unevaluated expression; on error the type is `any` and the diagnostics say why. */
export function decodeTypeConstraint(expr: Expression, options: TypeConstraintOptions = {}): Out {
  return getType(expr, options.constraint ?? true, options.withDefaults ?? true);
}

/** The name when the expression is a single bare identifier (hcl.ExprAsKeyword). */
export function exprAsKeyword(expr: Expression): string | undefined {
  const t = expr.asTraversal();
  if (t === undefined || t.length !== 1 || t[0]!.kind !== 'root') return undefined;
  return t[0]!.name;
}

function invalid(detail: string, subject: Range, context?: Range): Out {
  return { type: DynamicType, diagnostics: [errorDiag(summary, detail, subject, context)] };
}

const collectionDetail = (name: string): string => `The ${name} type constructor requires one argument specifying the element type.`;
const objectDetail = 'The object type constructor requires one argument specifying the attribute types and values as a map.';
const tupleDetail = 'The tuple type constructor requires one argument specifying the element types as a list.';

function getType(expr: Expression, constraint: boolean, withDefaults: boolean): Out {
  const kw = exprAsKeyword(expr);
  switch (kw) {
    case 'bool':
      return { type: BoolType, diagnostics: [] };
    case 'string':
      return { type: StringType, diagnostics: [] };
    case 'number':
      return { type: NumberType, diagnostics: [] };
    case 'any':
      if (constraint) return { type: DynamicType, diagnostics: [] };
      return invalid(`The keyword "any" cannot be used in this type specification: an exact type is required.`, expr.range());
    case 'list':
    case 'map':
    case 'set':
      return invalid(collectionDetail(kw), expr.range());
    case 'object':
      return invalid(objectDetail, expr.range());
    case 'tuple':
      return invalid(tupleDetail, expr.range());
    case undefined:
      break;
    default:
      return invalid(`The keyword ${JSON.stringify(kw)} is not a valid type specification.`, expr.range());
  }

  const call = expr.asCall();
  if (call === undefined) {
    return invalid(
      'A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).',
      expr.range(),
    );
  }
  switch (call.name) {
    case 'bool':
    case 'string':
    case 'number':
      return invalid(`Primitive type keyword ${JSON.stringify(call.name)} does not expect arguments.`, call.argsRange);
    case 'any':
      return invalid(`Type constraint keyword ${JSON.stringify(call.name)} does not expect arguments.`, call.argsRange);
  }
  if (call.args.length !== 1 && (call.name === 'list' || call.name === 'set' || call.name === 'map' || call.name === 'object' || call.name === 'tuple')) {
    const subject = call.args.length > 1 ? rangeBetween(call.args[1]!.range(), call.args[call.args.length - 1]!.range()) : call.argsRange;
    const detail = call.name === 'object' ? objectDetail : call.name === 'tuple' ? tupleDetail : collectionDetail(call.name);
    return invalid(detail, subject, call.argsRange);
  }
  switch (call.name) {
    case 'list':
    case 'set':
    case 'map': {
      const inner = getType(call.args[0]!, constraint, withDefaults);
      const make = call.name === 'list' ? listOf : call.name === 'set' ? setOf : mapOf;
      return { type: make(inner.type), diagnostics: inner.diagnostics };
    }
    case 'object':
      return objectType(expr, call.args[0]!, constraint, withDefaults);
    case 'tuple': {
      const elems = call.args[0]!.asList();
      if (elems === undefined) return invalid('Tuple type constructor requires a list of element types.', call.args[0]!.range(), expr.range());
      const diagnostics: Diagnostic[] = [];
      const types = elems.map((e) => {
        const r = getType(e, constraint, withDefaults);
        diagnostics.push(...r.diagnostics);
        return r.type;
      });
      return { type: tupleOf(types), diagnostics };
    }
    case 'optional':
      return invalid(`Keyword "optional" is valid only as a modifier for object type attributes.`, call.nameRange);
    default:
      return invalid(`Keyword ${JSON.stringify(call.name)} is not a valid type constructor.`, expr.range());
  }
}

function objectType(expr: Expression, arg: Expression, constraint: boolean, withDefaults: boolean): Out {
  const defs = arg.asMap();
  if (defs === undefined) {
    return invalid(
      'Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.',
      arg.range(),
      expr.range(),
    );
  }
  const diagnostics: Diagnostic[] = [];
  const attributes = new Map<string, Type>();
  const optional = new Set<string>();
  const defaults = new Map<string, Value>();
  for (const def of defs) {
    const name = exprAsKeyword(def.key);
    if (name === undefined) {
      diagnostics.push(errorDiag(summary, 'Object constructor map keys must be attribute names.', def.key.range(), expr.range()));
      continue;
    }
    if (attributes.has(name)) {
      diagnostics.push(errorDiag(summary, 'Object constructor map keys must be unique.', def.key.range(), expr.range()));
      continue;
    }
    let atyExpr = def.value;
    let defaultExpr: Expression | undefined;
    const call = atyExpr.asCall();
    if (call?.name === 'optional') {
      if (call.args.length < 1) {
        diagnostics.push(errorDiag(summary, 'Optional attribute modifier requires the attribute type as its argument.', call.argsRange, atyExpr.range()));
        continue;
      }
      if (!constraint) {
        diagnostics.push(errorDiag(summary, 'Optional attribute modifier is only for type constraints, not for exact types.', call.nameRange, atyExpr.range()));
      } else if (withDefaults && call.args.length === 2) {
        defaultExpr = call.args[1]!;
        const dv = defaultExpr.value(undefined);
        diagnostics.push(...dv.diagnostics);
        if (!dv.diagnostics.some((d) => d.severity === 'error')) {
          optional.add(name);
          defaults.set(name, dv.value);
        }
      } else if (call.args.length === 1) {
        optional.add(name);
      } else {
        const detail = withDefaults
          ? 'Optional attribute modifier expects at most two arguments: the attribute type, and a default value.'
          : 'Optional attribute modifier expects only one argument: the attribute type.';
        diagnostics.push(errorDiag(summary, detail, call.argsRange, atyExpr.range()));
      }
      atyExpr = call.args[0]!;
    }
    const aty = getType(atyExpr, constraint, withDefaults);
    diagnostics.push(...aty.diagnostics);
    const dv = defaults.get(name);
    if (dv !== undefined && defaultExpr !== undefined) {
      const c = convert(dv, aty.type);
      if (c.ok) defaults.set(name, c.value);
      else {
        diagnostics.push(
          errorDiag(
            'Invalid default value for optional attribute',
            `This default value is not compatible with the attribute's type constraint: ${c.error}.`,
            defaultExpr.range(),
          ),
        );
        defaults.delete(name);
      }
    }
    attributes.set(name, aty.type);
  }
  const type: Type = {
    kind: 'object',
    attributes,
    ...(optional.size > 0 ? { optional } : {}),
    ...(defaults.size > 0 ? { defaults } : {}),
  };
  return { type, diagnostics };
}
