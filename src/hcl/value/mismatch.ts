// cty's explanation of why a value of one type cannot become another (convert.MismatchMessage), word for word.
import { getConversion } from './convert.js';
import { goQuote } from './set.js';
import {
  friendlyTypeName,
  friendlyTypeNameForConstraint,
  hasDynamicTypes,
  isPrimitive,
  objectAttributeNames,
  typeEquals,
  type Type,
} from './type.js';

type ObjectType = Extract<Type, { kind: 'object' }>;

const isCollection = (t: Type): boolean => t.kind === 'list' || t.kind === 'set' || t.kind === 'map';

/** The message for a failed conversion from `got` to `want`, e.g. `number required, but have string` or `attribute "a" is required`. */
export function mismatchMessage(got: Type, want: Type): string {
  if (got.kind === 'object' && want.kind === 'object') return mismatchObjects(got, want);
  if (got.kind === 'tuple' && want.kind === 'list' && want.element.kind === 'dynamic') return 'all list elements must have the same type';
  if (got.kind === 'tuple' && want.kind === 'set' && want.element.kind === 'dynamic') return 'all set elements must have the same type';
  if (got.kind === 'object' && want.kind === 'map' && want.element.kind === 'dynamic') return 'all map elements must have the same type';
  if ((got.kind === 'tuple' || got.kind === 'object') && isCollection(want)) return mismatchFromStructural(got, want);
  if (isCollection(got) && isCollection(want)) return mismatchFromCollection(got, want);
  if (!likelyToConfuse(got, want)) return `${friendlyTypeName(want)} required, but have ${friendlyTypeName(got)}`;
  return `${friendlyTypeNameForConstraint(want)} required`;
}

function mismatchObjects(got: ObjectType, want: ObjectType): string {
  const missing: string[] = [];
  let unsafeMismatch = '';
  let safeMismatch = '';
  for (const name of objectAttributeNames(want)) {
    const wantT = want.attributes.get(name)!;
    const gotT = got.attributes.get(name);
    if (gotT === undefined) {
      if (!want.optional?.has(name)) missing.push(name);
      continue;
    }
    if (typeEquals(gotT, wantT) || unsafeMismatch !== '') continue;
    if (!getConversion(gotT, wantT, true)) unsafeMismatch = `attribute ${goQuote(name)}: ${mismatchMessage(gotT, wantT)}`;
    if (safeMismatch !== '') continue;
    if (!getConversion(gotT, wantT, false)) safeMismatch = `attribute ${goQuote(name)}: ${mismatchMessage(gotT, wantT)}`;
  }
  if (missing.length === 1) return `attribute ${goQuote(missing[0]!)} is required`;
  if (missing.length === 2) return `attributes ${goQuote(missing[0]!)} and ${goQuote(missing[1]!)} are required`;
  if (missing.length > 2) {
    const head = missing.slice(0, -1).map((n) => `${goQuote(n)}, `);
    return `attributes ${head.join('')}and ${goQuote(missing[missing.length - 1]!)} are required`;
  }
  if (unsafeMismatch !== '') return unsafeMismatch;
  if (safeMismatch !== '') return safeMismatch;
  return 'incorrect object attributes';
}

function mismatchFromStructural(got: Type, want: Type): string {
  const required = `${friendlyTypeNameForConstraint(want)} required`;
  if ((want.kind === 'list' || want.kind === 'set') && got.kind !== 'tuple') return required;
  if (want.kind === 'map' && got.kind !== 'object') return required;
  if (want.kind !== 'list' && want.kind !== 'set' && want.kind !== 'map') return required;
  const wantEty = want.element;
  if (got.kind === 'tuple') {
    for (let i = 0; i < got.elements.length; i++) {
      const g = got.elements[i]!;
      if (typeEquals(g, wantEty) || getConversion(g, wantEty, true)) continue;
      return `element ${i}: ${mismatchMessage(g, wantEty)}`;
    }
    return `all elements must be ${friendlyTypeNameForConstraint(wantEty)}`;
  }
  if (got.kind === 'object') {
    for (const name of objectAttributeNames(got)) {
      const g = got.attributes.get(name)!;
      if (typeEquals(g, wantEty) || getConversion(g, wantEty, true)) continue;
      return `element ${goQuote(name)}: ${mismatchMessage(g, wantEty)}`;
    }
    return `all elements must be ${friendlyTypeNameForConstraint(wantEty)}`;
  }
  return required;
}

function mismatchFromCollection(got: Type, want: Type): string {
  const required = `${friendlyTypeNameForConstraint(want)} required`;
  if ((want.kind === 'list' || want.kind === 'set') && got.kind !== 'list' && got.kind !== 'set') return required;
  if (want.kind === 'map' && got.kind !== 'map') return required;
  if ((got.kind !== 'list' && got.kind !== 'set' && got.kind !== 'map') || (want.kind !== 'list' && want.kind !== 'set' && want.kind !== 'map')) {
    return required;
  }
  return `incorrect ${want.kind} element type: ${mismatchMessage(got.element, want.element)}`;
}

/** cty typesAreLikelyToCauseConfusion: when false, the message names both types. */
function likelyToConfuse(got: Type, want: Type): boolean {
  if (isPrimitive(got) !== isPrimitive(want)) return false;
  if (want.kind === 'string') return false;
  if ((want.kind === 'bool' && got.kind === 'number') || (got.kind === 'bool' && want.kind === 'number')) return false;
  if (
    (got.kind === 'list' || got.kind === 'set' || got.kind === 'map') &&
    (want.kind === 'list' || want.kind === 'set' || want.kind === 'map') &&
    !hasDynamicTypes(got.element) &&
    hasDynamicTypes(want.element)
  ) {
    return false;
  }
  if (got.kind === 'tuple' && want.kind === 'object') return false;
  return true;
}
