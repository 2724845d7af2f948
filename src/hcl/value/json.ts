// cty's JSON mapping: jsonencode (cty/json.Marshal) and jsondecode (implied types, exact numbers), Go's wording in errors.
import type { Path } from './convert.js';
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
export function valueToJson(v: Value): JsonEncodeResult {
  const parts: string[] = [];
  const err = marshal(v, [], parts);
  return err ?? { ok: true, json: parts.join('') };
}

function marshal(v: Value, path: Path, out: string[]): { ok: false; error: string; path: Path } | undefined {
  const fail = (error: string) => ({ ok: false as const, error, path });
  if (v.isMarked) return fail('value has marks, so it cannot be serialized as JSON');
  if (!v.isKnown) return fail('value is not known');
  if (v.isNull) {
    out.push('null');
    return undefined;
  }
  const t = v.type;
  switch (t.kind) {
    case 'string':
      out.push(goJsonString(v.asString()));
      return undefined;
    case 'number':
      if (v.asNum().isInfinite()) return fail('cannot serialize infinity as JSON');
      out.push(v.asNum().toString());
      return undefined;
    case 'bool':
      out.push(v.asBool() ? 'true' : 'false');
      return undefined;
    case 'list':
    case 'set':
    case 'tuple': {
      out.push('[');
      const elems = v.elements();
      for (let i = 0; i < elems.length; i++) {
        if (i > 0) out.push(',');
        const e = marshal(elems[i]!, [...path, { kind: 'index', key: Value.number(i) }], out);
        if (e) return e;
      }
      out.push(']');
      return undefined;
    }
    case 'map':
    case 'object': {
      out.push('{');
      let first = true;
      for (const [k, e] of v.attributes()) {
        if (!first) out.push(',');
        first = false;
        out.push(goJsonString(k), ':');
        const step = t.kind === 'object' ? { kind: 'attr' as const, name: k } : { kind: 'index' as const, key: Value.string(k) };
        const err = marshal(e, [...path, step], out);
        if (err) return err;
      }
      out.push('}');
      return undefined;
    }
    case 'dynamic':
      return fail('cannot JSON-serialize dynamic');
  }
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

