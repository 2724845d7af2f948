// The attribute operator `obj.name` with HCL's rules and messages for objects, maps, lists of objects and primitives.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Range } from '../source/pos.js';
import { friendlyTypeName } from '../value/type.js';
import { DynamicVal, Value } from '../value/value.js';
import { goQuote } from './go-quote.js';

const unsupported = 'Unsupported attribute';

type Out = { value: Value; diagnostics: Diagnostic[] };

function fail(summary: string, detail: string, subject: Range | undefined): Out {
  return { value: DynamicVal, diagnostics: [errorDiag(summary, detail, subject)] };
}

/** Applies `obj.name`, returning diagnostics (subject = the attribute step's range) on failure. */
export function getAttrValue(obj: Value, name: string, subject: Range | undefined): Out {
  if (obj.isNull) {
    return fail('Attempt to get attribute from null value', 'This value is null, so it does not have any attributes.', subject);
  }
  const ty = obj.type;
  switch (ty.kind) {
    case 'object': {
      const at = ty.attributes.get(name);
      if (at === undefined) return fail(unsupported, `This object does not have an attribute named ${goQuote(name)}.`, subject);
      if (!obj.isKnown) return { value: Value.unknown(at).withMarks(obj.marks), diagnostics: [] };
      return { value: obj.attributes().get(name)!.withMarks(obj.marks), diagnostics: [] };
    }
    case 'map': {
      if (!obj.isKnown) return { value: Value.unknown(ty.element).withMarks(obj.marks), diagnostics: [] };
      const v = obj.attributes().get(name);
      if (v === undefined) {
        return fail('Missing map element', `This map does not have an element with the key ${goQuote(name)}.`, subject);
      }
      return { value: v.withMarks(obj.marks), diagnostics: [] };
    }
    case 'dynamic':
      return { value: DynamicVal.withMarks(obj.marks), diagnostics: [] };
    case 'list':
      if (ty.element.kind === 'object') {
        const detail = ty.element.attributes.has(name)
          ? `Can't access attributes on a list of objects. Did you mean to access attribute ${goQuote(name)} for a specific element of the list, or across all elements of the list?`
          : "Can't access attributes on a list of objects. Did you mean to access an attribute for a specific element of the list, or across all elements of the list?";
        return fail(unsupported, detail, subject);
      }
      break;
    case 'set':
      if (ty.element.kind === 'object') {
        return fail(
          unsupported,
          "Can't access attributes on a set of objects. Did you mean to access an attribute across all elements of the set?",
          subject,
        );
      }
      break;
    case 'string':
    case 'number':
    case 'bool':
      return fail(unsupported, `Can't access attributes on a primitive-typed value (${friendlyTypeName(ty)}).`, subject);
    default:
      break;
  }
  return fail(unsupported, 'This value does not have any attributes.', subject);
}
