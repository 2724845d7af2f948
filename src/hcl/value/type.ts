// HCL/cty types: primitives, collections, structural types, and the dynamic pseudo-type.

export type Type =
  | { readonly kind: 'string' }
  | { readonly kind: 'number' }
  | { readonly kind: 'bool' }
  /** The pseudo-type `any`: a value of unknown type, or a constraint accepting every type. */
  | { readonly kind: 'dynamic' }
  | { readonly kind: 'list'; readonly element: Type }
  | { readonly kind: 'set'; readonly element: Type }
  | { readonly kind: 'map'; readonly element: Type }
  | { readonly kind: 'tuple'; readonly elements: readonly Type[] }
  | {
      readonly kind: 'object';
      /** Attribute types; iteration in lexical order of names is the caller's job (see objectAttributeNames). */
      readonly attributes: ReadonlyMap<string, Type>;
      /** Attributes declared with optional() in a type constraint. */
      readonly optional?: ReadonlySet<string>;
      /** Defaults declared with optional(type, default) in a type constraint. */
      readonly defaults?: ReadonlyMap<string, import('./value.js').Value>;
    };

export const StringType: Type = Object.freeze({ kind: 'string' });
export const NumberType: Type = Object.freeze({ kind: 'number' });
export const BoolType: Type = Object.freeze({ kind: 'bool' });
export const DynamicType: Type = Object.freeze({ kind: 'dynamic' });

export function listOf(element: Type): Type {
  return { kind: 'list', element };
}
export function setOf(element: Type): Type {
  return { kind: 'set', element };
}
export function mapOf(element: Type): Type {
  return { kind: 'map', element };
}
export function tupleOf(elements: readonly Type[]): Type {
  return { kind: 'tuple', elements };
}
export function objectOf(attributes: ReadonlyMap<string, Type> | Record<string, Type>, optional?: ReadonlySet<string>): Type {
  const attrs = attributes instanceof Map ? attributes : new Map(Object.entries(attributes));
  return optional && optional.size > 0 ? { kind: 'object', attributes: attrs, optional } : { kind: 'object', attributes: attrs };
}
export const EmptyObjectType: Type = objectOf(new Map());
export const EmptyTupleType: Type = tupleOf([]);

export function isPrimitive(t: Type): boolean {
  return t.kind === 'string' || t.kind === 'number' || t.kind === 'bool';
}
export function isCollection(t: Type): t is Extract<Type, { kind: 'list' | 'set' | 'map' }> {
  return t.kind === 'list' || t.kind === 'set' || t.kind === 'map';
}
export function isStructural(t: Type): boolean {
  return t.kind === 'tuple' || t.kind === 'object';
}

/** Attribute names sorted lexically, the order cty uses everywhere. */
export function objectAttributeNames(t: Extract<Type, { kind: 'object' }>): string[] {
  return [...t.attributes.keys()].sort(compareStrings);
}

/** Byte-wise (code point) string order, as Go's sort.Strings. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Structural type equality (ignores optional-attribute annotations and defaults). */
export function typeEquals(a: Type, b: Type): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'string':
    case 'number':
    case 'bool':
    case 'dynamic':
      return true;
    case 'list':
    case 'set':
    case 'map':
      return typeEquals(a.element, (b as typeof a).element);
    case 'tuple': {
      const be = (b as typeof a).elements;
      return a.elements.length === be.length && a.elements.every((t, i) => typeEquals(t, be[i]!));
    }
    case 'object': {
      const ba = (b as typeof a).attributes;
      if (a.attributes.size !== ba.size) return false;
      for (const [k, t] of a.attributes) {
        const o = ba.get(k);
        if (!o || !typeEquals(t, o)) return false;
      }
      return true;
    }
  }
}

/** The way HCL/cty names a type in messages: "string", "list of string", "object", "tuple". */
export function friendlyTypeName(t: Type): string {
  switch (t.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return t.kind;
    case 'dynamic':
      return 'dynamic';
    case 'list':
      return `list of ${friendlyTypeName(t.element)}`;
    case 'set':
      return `set of ${friendlyTypeName(t.element)}`;
    case 'map':
      return `map of ${friendlyTypeName(t.element)}`;
    case 'tuple':
      return 'tuple';
    case 'object':
      return 'object';
  }
}

/** The type in HCL type-constraint syntax: `list(string)`, `object({a=number})`, `any`. */
export function typeExpression(t: Type): string {
  switch (t.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return t.kind;
    case 'dynamic':
      return 'any';
    case 'list':
    case 'set':
    case 'map':
      return `${t.kind}(${typeExpression(t.element)})`;
    case 'tuple':
      return `tuple([${t.elements.map(typeExpression).join(', ')}])`;
    case 'object':
      return `object({${objectAttributeNames(t)
        .map((n) => `${n}=${typeExpression(t.attributes.get(n)!)}`)
        .join(', ')}})`;
  }
}
