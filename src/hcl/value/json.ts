// cty's JSON mapping: jsonencode (cty/json.Marshal) and jsondecode (implied types, exact numbers), Go's wording in errors.
import type { Path, PathStep } from './convert.js';
import { convert } from './convert.js';
import { parseJsonTree, type JsonNode } from './json-parse.js';
import { Num } from './number.js';
import { DynamicType, typeEquals, type Type } from './type.js';
import { Value } from './value.js';

export type JsonEncodeResult = { ok: true; json: string } | { ok: false; error: string; path: Path };

/**
 * The JSON text of a wholly known, unmarked value (object keys sorted, numbers in cty's exact decimal form).
 * Errors as cty's: `value is not known`, `value has marks, so it cannot be serialized as JSON`,
 * `cannot serialize infinity as JSON`. jsonencode maps an unknown argument to an unknown result first.
 */
export function valueToJson(root: Value): JsonEncodeResult {
  const out: string[] = [];
  // The containers being written, innermost last (values may nest deeper than the call stack allows).
  const open: OpenContainer[] = [];
  let current: Value | undefined = root;
  for (;;) {
    if (current !== undefined) {
      const v: Value = current;
      current = undefined;
      if (v.isMarked) return { ok: false, error: 'value has marks, so it cannot be serialized as JSON', path: pathTo(open) };
      if (!v.isKnown) return { ok: false, error: 'value is not known', path: pathTo(open) };
      const t = v.type;
      if (v.isNull) {
        out.push('null');
      } else {
        switch (t.kind) {
          case 'string':
            out.push(goJsonString(v.asString()));
            break;
          case 'number':
            if (v.asNum().isInfinite()) return { ok: false, error: 'cannot serialize infinity as JSON', path: pathTo(open) };
            out.push(v.asNum().toString());
            break;
          case 'bool':
            out.push(v.asBool() ? 'true' : 'false');
            break;
          case 'list':
          case 'set':
          case 'tuple':
            out.push('[');
            open.push({ items: v.elements(), keys: undefined, object: false, next: 0 });
            break;
          case 'map':
          case 'object': {
            out.push('{');
            const attrs = v.attributes();
            open.push({ items: [...attrs.values()], keys: [...attrs.keys()], object: t.kind === 'object', next: 0 });
            break;
          }
          case 'dynamic':
            return { ok: false, error: 'cannot JSON-serialize dynamic', path: pathTo(open) };
        }
      }
    }
    const c = open[open.length - 1];
    if (c === undefined) return { ok: true, json: out.join('') };
    if (c.next < c.items.length) {
      if (c.next > 0) out.push(',');
      if (c.keys !== undefined) out.push(goJsonString(c.keys[c.next]!), ':');
      current = c.items[c.next++]!;
      continue;
    }
    out.push(c.keys !== undefined ? '}' : ']');
    open.pop();
  }
}

/** A list, set or tuple (no keys), or a map or object, whose item `next - 1` is being written. */
interface OpenContainer {
  readonly items: readonly Value[];
  readonly keys: readonly string[] | undefined;
  readonly object: boolean;
  next: number;
}

/** Where the value being written is: one step per open container. */
function pathTo(open: readonly OpenContainer[]): Path {
  return open.map((c): PathStep => {
    const i = c.next - 1;
    if (c.keys === undefined) return { kind: 'index', key: Value.number(i) };
    return c.object ? { kind: 'attr', name: c.keys[i]! } : { kind: 'index', key: Value.string(c.keys[i]!) };
  });
}

/** A JSON string as Go's encoding/json writes it: also escapes <, >, &, U+2028 and U+2029. */
export function goJsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029) {
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += ch + s[i + 1]!;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return out + '"';
}

export type JsonDecodeResult = { ok: true; value: Value } | { ok: false; error: string };

/**
 * Decodes JSON text as jsondecode does: objects become objects, arrays tuples, null a null of unknown
 * type, numbers exact (cty.ParseNumberVal). With `type`, the result is converted to it afterwards.
 */
export function jsonToValue(text: string, type?: Type): JsonDecodeResult {
  const tree = parseJsonTree(text);
  if (!tree.ok) return tree;
  const implied = impliedType(tree.node);
  if (typeof implied === 'string') return { ok: false, error: implied };
  const value = build(tree.node, implied);
  if (type === undefined || type.kind === 'dynamic') return { ok: true, value };
  const c = convert(value, type);
  return c.ok ? { ok: true, value: c.value } : { ok: false, error: c.error };
}

/** The type jsondecode gives the text (cty json.ImpliedType), or an error message. */
export function impliedType(node: JsonNode): Type | string {
  switch (node.kind) {
    case 'null':
      return DynamicType;
    case 'bool':
      return { kind: 'bool' };
    case 'number':
      return { kind: 'number' };
    case 'string':
      return { kind: 'string' };
    case 'array': {
      const elements: Type[] = [];
      for (const e of node.elements) {
        const t = impliedType(e);
        if (typeof t === 'string') return t;
        elements.push(t);
      }
      return { kind: 'tuple', elements };
    }
    case 'object': {
      const attributes = new Map<string, Type>();
      for (const [k, e] of node.entries) {
        const t = impliedType(e);
        if (typeof t === 'string') return t;
        const existing = attributes.get(k);
        if (existing && !typeEquals(existing, t)) return `duplicate ${JSON.stringify(k)} property in JSON object`;
        attributes.set(k, t);
      }
      return { kind: 'object', attributes };
    }
  }
}

function build(node: JsonNode, t: Type): Value {
  switch (node.kind) {
    case 'null':
      return Value.null(t);
    case 'bool':
      return Value.bool(node.value);
    case 'number':
      return Value.number(Num.parse(node.text) ?? Num.Zero);
    case 'string':
      return Value.string(node.value);
    case 'array': {
      const ets = t.kind === 'tuple' ? t.elements : [];
      return Value.tuple(node.elements.map((e, i) => build(e, ets[i] ?? DynamicType)));
    }
    case 'object': {
      const attrs = new Map<string, Value>();
      const ot = t.kind === 'object' ? t : undefined;
      // The last of duplicate keys wins, as in cty.
      for (const [k, e] of node.entries) attrs.set(k, build(e, ot?.attributes.get(k) ?? DynamicType));
      return Value.object(attrs);
    }
  }
}

