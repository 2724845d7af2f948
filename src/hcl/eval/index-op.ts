// The index operator `coll[key]` with HCL's rules for lists, tuples, maps, objects, sets, null and unknown values.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Range } from '../source/pos.js';
import { Num } from '../value/number.js';
import { NumberType, StringType } from '../value/type.js';
import { DynamicVal, Value } from '../value/value.js';
import { convertValue } from './conv.js';

const invalidIndex = 'Invalid index';
const noElement = 'The given key does not identify an element in this collection value';

type Out = { value: Value; diagnostics: Diagnostic[] };

function fail(detail: string, subject: Range | undefined): Out {
  return { value: DynamicVal, diagnostics: [errorDiag(invalidIndex, detail, subject)] };
}

/** Applies `collection[key]`, returning diagnostics (subject = the bracket range) on failure. */
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
      const want = ty.kind === 'map' ? StringType : NumberType;
      const conv = convertValue(key, want);
      if (!conv.ok) return fail(`${noElement}: ${conv.error}.`, subject);
      const k = conv.value;
      if (!k.isKnown || !collection.isKnown) {
        if (ty.kind === 'tuple') return ok(DynamicVal.withMarks(collection.marks));
        return ok(Value.unknown(ty.element).withMarks(collection.marks));
      }
      const found = lookup(collection, k.unmark());
      if (found === undefined) return fail(sequenceMiss(collection, k.unmark()), subject);
      return ok(found.withMarks(collection.marks).withMarks(k.marks));
    }
    case 'object': {
      const wasNumber = key.type.kind === 'number';
      const conv = convertValue(key, StringType);
      if (!conv.ok) return fail(`${noElement}: ${conv.error}.`, subject);
      if (!conv.value.isKnown) return ok(DynamicVal.withMarks(collection.marks));
      const name = conv.value.unmark().asString();
      const at = ty.attributes.get(name);
      if (at === undefined) {
        const hint = wasNumber ? ' An object only supports looking up attributes by name, not by numeric index.' : '';
        return fail(`${noElement}.${hint}`, subject);
      }
      if (!collection.isKnown) return ok(Value.unknown(at).withMarks(collection.marks));
      return ok(collection.attributes().get(name)!.withMarks(collection.marks));
    }
    case 'set':
      return fail(
        "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.",
        subject,
      );
    default:
      return fail('This value does not have any indices.', subject);
  }
}

function ok(value: Value): Out {
  return { value, diagnostics: [] };
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

/** HCL's more specific explanations of why a sequence index missed. */
function sequenceMiss(collection: Value, key: Value): string {
  if (collection.type.kind === 'map') return `${noElement}.`;
  const n = key.asNum();
  if (!n.isInteger()) {
    return `${noElement}: indexing a sequence requires a whole number, but the given index has a fractional part.`;
  }
  if (n.cmp(Num.from(0)) < 0) return `${noElement}: a negative number is not a valid index for a sequence.`;
  if (!collection.isMarked) {
    return collection.length === 0
      ? `${noElement}: the collection has no elements.`
      : `${noElement}: the given index is greater than or equal to the length of the collection.`;
  }
  return `${noElement}.`;
}

