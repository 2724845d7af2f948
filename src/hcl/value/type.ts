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

/** Byte-wise (code point) string order, as Go's sort.Strings; differs from JS `<` only around astral characters. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca === cb) continue;
    // A surrogate (astral code point) sorts after every BMP code unit in UTF-8 byte order.
    const sa = ca >= 0xd800 && ca <= 0xdfff;
    const sb = cb >= 0xd800 && cb <= 0xdfff;
    if (sa !== sb) return sa ? 1 : -1;
    return ca < cb ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Structural type equality (ignores optional-attribute annotations and defaults). */
export function typeEquals(a: Type, b: Type): boolean {
  if (a === b) return true;
  return everyPair(a, b, false);
}

/**
 * Compares two types level by level on an explicit stack (types of deeply nested values nest as deeply):
 * same kinds, lengths and attribute names all the way down. With `dynamicMatches`, `any` on the right
 * side matches every type (typeConforms).
 */
function everyPair(a: Type, b: Type, dynamicMatches: boolean): boolean {
  const left: Type[] = [a];
  const right: Type[] = [b];
  while (left.length > 0) {
    const x = left.pop()!;
    const y = right.pop()!;
    if (x === y) continue;
    if (dynamicMatches && y.kind === 'dynamic') continue;
    if (x.kind !== y.kind) return false;
    switch (x.kind) {
      case 'list':
      case 'set':
      case 'map':
        left.push(x.element);
        right.push((y as typeof x).element);
        break;
      case 'tuple': {
        const ye = (y as typeof x).elements;
        if (x.elements.length !== ye.length) return false;
        for (let i = 0; i < ye.length; i++) {
          left.push(x.elements[i]!);
          right.push(ye[i]!);
        }
        break;
      }
      case 'object': {
        const ya = (y as typeof x).attributes;
        if (x.attributes.size !== ya.size) return false;
        for (const [k, t] of x.attributes) {
          const o = ya.get(k);
          if (o === undefined) return false;
          left.push(t);
          right.push(o);
        }
        break;
      }
      default:
        break;
    }
  }
  return true;
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
export function typeExpression(root: Type): string {
  // An explicit stack of types to print and text to copy, so a type nested thousands of levels deep prints too.
  let out = '';
  const stack: (Type | string)[] = [root];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (typeof t === 'string') {
      out += t;
      continue;
    }
    switch (t.kind) {
      case 'string':
      case 'number':
      case 'bool':
        out += t.kind;
        break;
      case 'dynamic':
        out += 'any';
        break;
      case 'list':
      case 'set':
      case 'map':
        out += `${t.kind}(`;
        stack.push(')', t.element);
        break;
      case 'tuple': {
        out += 'tuple([';
        stack.push('])');
        for (let i = t.elements.length - 1; i >= 0; i--) stack.push(t.elements[i]!, i > 0 ? ', ' : '');
        break;
      }
      case 'object': {
        out += 'object({';
        stack.push('})');
        const names = objectAttributeNames(t);
        for (let i = names.length - 1; i >= 0; i--) stack.push(t.attributes.get(names[i]!)!, `${i > 0 ? ', ' : ''}${names[i]}=`);
        break;
      }
    }
  }
  return out;
}

/** cty's FriendlyNameForConstraint: like friendlyTypeName, but `any type` and `list of any single type`. */
export function friendlyTypeNameForConstraint(t: Type): string {
  switch (t.kind) {
    case 'dynamic':
      return 'any type';
    case 'list':
    case 'set':
    case 'map':
      return `${t.kind} of ${t.element.kind === 'dynamic' ? 'any single type' : friendlyTypeNameForConstraint(t.element)}`;
    default:
      return friendlyTypeName(t);
  }
}

/** The type without optional-attribute annotations or defaults, at every depth (cty WithoutOptionalAttributesDeep). */
export function withoutOptionalAttributesDeep(t: Type): Type {
  switch (t.kind) {
    case 'list':
    case 'set':
    case 'map': {
      const e = withoutOptionalAttributesDeep(t.element);
      return e === t.element ? t : { kind: t.kind, element: e };
    }
    case 'tuple':
      return tupleOf(t.elements.map(withoutOptionalAttributesDeep));
    case 'object': {
      const attrs = new Map<string, Type>();
      for (const [k, v] of t.attributes) attrs.set(k, withoutOptionalAttributesDeep(v));
      return objectOf(attrs);
    }
    default:
      return t;
  }
}

/** True when the dynamic pseudo-type appears anywhere in the type. */
export function hasDynamicTypes(t: Type): boolean {
  const todo: Type[] = [t];
  while (todo.length > 0) {
    const x = todo.pop()!;
    switch (x.kind) {
      case 'dynamic':
        return true;
      case 'list':
      case 'set':
      case 'map':
        todo.push(x.element);
        break;
      case 'tuple':
        for (const e of x.elements) todo.push(e);
        break;
      case 'object':
        for (const e of x.attributes.values()) todo.push(e);
        break;
      default:
        break;
    }
  }
  return false;
}

/** True when `t` fits `pattern`, where `any` in the pattern matches every type (cty TestConformance without errors). */
export function typeConforms(t: Type, pattern: Type): boolean {
  return everyPair(t, pattern, true);
}

/** Whether an object type declares the attribute as optional(). */
export function isOptionalAttribute(t: Type, name: string): boolean {
  return t.kind === 'object' && (t.optional?.has(name) ?? false);
}

/** The element type of a list, set or map; undefined for other types. */
export function elementType(t: Type): Type | undefined {
  return t.kind === 'list' || t.kind === 'set' || t.kind === 'map' ? t.element : undefined;
}
