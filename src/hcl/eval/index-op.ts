// The index operator `coll[key]` with the rules and messages of HCL as Packer 1.6.6 ships it (hcl v2.6.0).
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Range } from '../source/pos.js';
import { NumberType, StringType } from '../value/type.js';
import { DynamicVal, Value } from '../value/value.js';
import { convertValue } from './conv.js';

const invalidIndex = 'Invalid index';
const noElement = 'The given key does not identify an element in this collection value';

type Out = { value: Value; diagnostics: Diagnostic[] };

function fail(detail: string, subject: Range | undefined): Out {
  return { value: DynamicVal, diagnostics: [errorDiag(invalidIndex, detail, subject)] };
}

function ok(value: Value): Out {
  return { value, diagnostics: [] };
}

/** Applies `collection[key]`, returning diagnostics (subject = the bracket range) on failure. Marks of both carry over. */
export function indexValue(collection: Value, key: Value, subject: Range | undefined): Out {
  if (collection.isNull) {
    return {
      value: DynamicVal,
      diagnostics: [errorDiag('Attempt to index null value', 'This value is null, so it does not have any indices.', subject)],
    };
  }
  if (key.isNull) return fail("Can't use a null value as an indexing key.", subject);
  const ty = collection.type;
  if (key.type.kind === 'dynamic' || ty.kind === 'dynamic') return ok(DynamicVal.withMarks(collection.marks));

  switch (ty.kind) {
    case 'list':
    case 'tuple':
    case 'map': {
      const conv = convertValue(key, ty.kind === 'map' ? StringType : NumberType);
      if (!conv.ok) return fail(`${noElement}: ${conv.error}.`, subject);
      const k = conv.value;
      if (!k.isKnown || !collection.isKnown) {
        if (ty.kind === 'tuple') return ok(DynamicVal.withMarks(collection.marks));
        return ok(Value.unknown(ty.element).withMarks(collection.marks));
      }
      const found = lookup(collection, k.unmark());
      if (found !== undefined) return ok(found.withMarks(collection.marks).withMarks(k.marks));
      if (ty.kind !== 'map') {
        // Float division makes fractional indices a common mistake, so they get their own message.
        const n = k.unmark().asNum();
        if (!n.isInteger() && !n.isInfinite()) {
          return fail(`${noElement}: indexing a sequence requires a whole number, but the given index (${n.text('g', -1)}) has a fractional part.`, subject);
        }
      }
      return fail(`${noElement}.`, subject);
    }
    case 'object': {
      const conv = convertValue(key, StringType);
      if (!conv.ok) return fail(`${noElement}: ${conv.error}.`, subject);
      if (!collection.isKnown || !conv.value.isKnown) return ok(DynamicVal.withMarks(collection.marks));
      const name = conv.value.unmark().asString();
      const attr = collection.attributes().get(name);
      if (attr === undefined) return fail(`${noElement}.`, subject);
      return ok(attr.withMarks(collection.marks));
    }
    default:
      return fail('This value does not have any indices.', subject);
  }
}

/** The element at a known key of a known list, tuple or map, or undefined when absent. */
function lookup(collection: Value, key: Value): Value | undefined {
  if (collection.type.kind === 'map') return collection.attributes().get(key.asString());
  const n = key.asNum();
  if (!n.isInteger()) return undefined;
  const i = n.toNumber();
  const elems = collection.elements();
  return i >= 0 && i < elems.length ? elems[i] : undefined;
}
