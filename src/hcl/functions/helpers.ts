// Small shared pieces for function definitions: parameter shorthands, Go-style integer arguments, graphemes, Go quoting.
import { FunctionError, type FunctionParam } from './function.js';
import { convertValue, unifyTypes as unifyShim } from '../eval/conv.js';
import { Num } from '../value/number.js';
import { DynamicType, typeEquals, type Type } from '../value/type.js';
import { Value } from '../value/value.js';

/** A parameter spec; options mirror cty's Parameter flags. */
export function param(
  name: string,
  type: Type,
  opts: { allowNull?: boolean; allowUnknown?: boolean; allowMarked?: boolean; description?: string } = {},
): FunctionParam {
  return { name, type, ...opts };
}

/** A returnType rule that ignores its arguments (cty's StaticReturnType). */
export function staticReturn(t: Type): () => Type {
  return () => t;
}

/** cty's gocty message when a number does not fit a Go int. */
export const WHOLE_NUMBER_MESSAGE = `value must be a whole number, between ${-(2n ** 63n)} and ${2n ** 63n - 1n}`;

/** The known number as a Go int (int64), or undefined when it is fractional or out of range. */
export function toGoInt(v: Value): number | undefined {
  const b = v.asNum().toInt64();
  return b === undefined ? undefined : Number(b);
}

/** Like toGoInt, but throws cty's conversion error (a plain function error) when the number is not a Go int. */
export function requireGoInt(v: Value, wrap: (msg: string) => Error = (m) => new FunctionError(m)): number {
  const i = toGoInt(v);
  if (i === undefined) throw wrap(WHOLE_NUMBER_MESSAGE);
  return i;
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The string split into user-perceived characters (extended grapheme clusters), as cty's textseg does. */
export function graphemes(s: string): string[] {
  const out: string[] = [];
  for (const seg of graphemeSegmenter.segment(s)) out.push(seg.segment);
  return out;
}

export function graphemeCount(s: string): number {
  let n = 0;
  for (const _ of graphemeSegmenter.segment(s)) n++;
  return n;
}

/** Length of the string's UTF-8 encoding: Go's byte offsets, used in several error messages. */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Go's unicode.IsPrint, approximated with Unicode properties: graphic characters plus ASCII space. */
function isGoPrintable(ch: string): boolean {
  if (ch === ' ') return true;
  return !/^[\p{C}\p{Z}]$/u.test(ch);
}

function goEscapeRune(ch: string, quote: string): string {
  switch (ch) {
    case '\x07':
      return '\\a';
    case '\b':
      return '\\b';
    case '\f':
      return '\\f';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\v':
      return '\\v';
    case '\\':
      return '\\\\';
  }
  if (ch === quote) return '\\' + quote;
  if (isGoPrintable(ch)) return ch;
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** Go's strconv.Quote (what `%q` prints for a string in Go error messages). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += goEscapeRune(ch, '"');
  return out + '"';
}

/** Go's strconv.QuoteRune (what `%q` prints for a rune). */
export function goQuoteRune(ch: string): string {
  return "'" + goEscapeRune(ch, "'") + "'";
}

/** A string as Go's encoding/json writes it (HTML-safe escapes, as cty's JSON encoding does). */
export function goJsonQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
    }
    if (cp < 0x20 || ch === '<' || ch === '>' || ch === '&' || cp === 0x2028 || cp === 0x2029) {
      out += '\\u' + cp.toString(16).padStart(4, '0');
    } else {
      out += ch;
    }
  }
  return out + '"';
}

/** Go's sort.Strings order: byte-wise UTF-8, which is code-point order (not JS's UTF-16 order). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

// ---- the value layer's conversion, equality, sets and JSON, in the shapes the function modules use ----
// TEMPORARY: conversion goes through the evaluator's shim and equality/sets/JSON are local stand-ins until
// value/convert.ts, value/equals.ts and value/json.ts land; only the bodies below change then.

/** Converts with cty's rules (unsafe conversions allowed); the error is cty's message, e.g. "a number is required". */
export function tryConvert(v: Value, t: Type): { value: Value } | { error: string } {
  const r = convertValue(v, t);
  return r.ok ? { value: r.value } : { error: r.error };
}

/** convert.UnifyUnsafe: the type all given types convert to, or undefined. */
export function unifyTypes(types: readonly Type[]): Type | undefined {
  return unifyShim(types);
}

/** cty's Value.Equals: true or false, or undefined when unknown values leave it undecided. */
export function ctyEquals(a: Value, b: Value): boolean | undefined {
  if (!a.isWhollyKnown || !b.isWhollyKnown) return undefined;
  if (a.isNull || b.isNull) return a.isNull && b.isNull;
  if (!typeEquals(a.type, b.type)) return false;
  switch (a.type.kind) {
    case 'string':
      return a.asString() === b.asString();
    case 'number':
      return a.asNum().eq(b.asNum());
    case 'bool':
      return a.asBool() === b.asBool();
    case 'list':
    case 'set':
    case 'tuple': {
      const ae = a.elements();
      const be = b.elements();
      return ae.length === be.length && ae.every((e, i) => ctyEquals(e, be[i]!) === true);
    }
    default: {
      const aa = a.attributes();
      const ba = b.attributes();
      if (aa.size !== ba.size) return false;
      for (const [k, e] of aa) {
        const o = ba.get(k);
        if (o === undefined || ctyEquals(e, o) !== true) return false;
      }
      return true;
    }
  }
}

/** A set value: duplicates removed, elements in cty's canonical order. */
export function makeSetValue(elems: readonly Value[], elementType: Type): Value {
  const out: Value[] = [];
  for (const e of elems) if (!e.isKnown || !out.some((o) => ctyEquals(o, e) === true)) out.push(e);
  if (elementType.kind === 'string') out.sort((x, y) => compareCodePoints(x.isKnown ? x.asString() : '', y.isKnown ? y.asString() : ''));
  if (elementType.kind === 'number') out.sort((x, y) => (x.isKnown && y.isKnown ? x.asNum().cmp(y.asNum()) : 0));
  return Value.setRaw(out, elementType);
}

/** cty's JSON serialization of a known, non-null value. */
export function encodeJson(v: Value): string {
  if (v.isNull) return 'null';
  switch (v.type.kind) {
    case 'string':
      return goJsonQuote(v.asString());
    case 'number':
      return v.asNum().toString();
    case 'bool':
      return v.asBool() ? 'true' : 'false';
    case 'list':
    case 'set':
    case 'tuple':
      return `[${v.elements().map(encodeJson).join(',')}]`;
    default:
      return `{${[...v.attributes()].map(([k, e]) => `${goJsonQuote(k)}:${encodeJson(e)}`).join(',')}}`;
  }
}

/** cty's JSON decoding with an implied type; throws FunctionError with the decoder's message. */
export function decodeJson(text: string): Value {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new FunctionError((e as Error).message);
  }
  const toValue = (x: unknown): Value => {
    if (x === null) return Value.null(DynamicType);
    if (typeof x === 'string') return Value.string(x);
    if (typeof x === 'number') return Value.number(Num.parse(String(x))!);
    if (typeof x === 'boolean') return Value.bool(x);
    if (Array.isArray(x)) return Value.tuple(x.map(toValue));
    return Value.object(Object.fromEntries(Object.entries(x as Record<string, unknown>).map(([k, e]) => [k, toValue(e)])));
  };
  return toValue(raw);
}
