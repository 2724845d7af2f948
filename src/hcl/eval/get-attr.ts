// The attribute operator `obj.name` with the rules and messages of HCL as Packer 1.6.6 ships it (hcl v2.6.0).
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Range } from '../source/pos.js';
import { DynamicVal, Value } from '../value/value.js';
import { goQuote } from './go-quote.js';

type Out = { value: Value; diagnostics: Diagnostic[] };

function fail(summary: string, detail: string, subject: Range | undefined): Out {
  return { value: DynamicVal, diagnostics: [errorDiag(summary, detail, subject)] };
}

/** Applies `obj.name`, returning diagnostics (subject = the attribute step's range) on failure. Marks carry over. */
export function getAttrValue(obj: Value, name: string, subject: Range | undefined): Out {
  if (obj.isNull) {
    return fail('Attempt to get attribute from null value', 'This value is null, so it does not have any attributes.', subject);
  }
  const ty = obj.type;
  switch (ty.kind) {
    case 'object': {
      const at = ty.attributes.get(name);
      if (at === undefined) return fail('Unsupported attribute', `This object does not have an attribute named ${goQuote(name)}.`, subject);
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
    default:
      return fail('Unsupported attribute', 'This value does not have any attributes.', subject);
  }
}
