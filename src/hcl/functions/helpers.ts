// Small shared pieces for function definitions: parameter shorthands, Go-style integer arguments, graphemes, Go quoting.
import { FunctionError, type FunctionParam } from './function.js';
import { convert, unify } from '../value/convert.js';
import { valuesEqual } from '../value/equals.js';
import { goJsonString, jsonToValue, valueToJson } from '../value/json.js';
import { makeSet } from '../value/set.js';
import type { Type } from '../value/type.js';
import type { Value } from '../value/value.js';

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
  return goJsonString(s);
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

/** Converts with cty's rules (unsafe conversions allowed); the error is cty's message, e.g. "a number is required". */
export function tryConvert(v: Value, t: Type): { value: Value } | { error: string } {
  const r = convert(v, t);
  return r.ok ? { value: r.value } : { error: r.error };
}

/** convert.UnifyUnsafe: the type all given types convert to, or undefined. */
export function unifyTypes(types: readonly Type[]): Type | undefined {
  return unify(types, true);
}

/** cty's Value.Equals: true or false, or undefined when unknown values leave it undecided. */
export function ctyEquals(a: Value, b: Value): boolean | undefined {
  const r = valuesEqual(a, b).unmark();
  return r.isKnown ? r.asBool() : undefined;
}

/** A set value: duplicates removed, elements in cty's canonical order. */
export function makeSetValue(elems: readonly Value[], elementType: Type): Value {
  return makeSet(elems, elementType);
}

/** cty's JSON serialization (json.Marshal) of a wholly known, unmarked value, or cty's error message. */
export function encodeJson(v: Value): { json: string } | { error: string } {
  const r = valueToJson(v);
  return r.ok ? { json: r.json } : { error: r.error };
}

/** cty's JSON decoding with an implied type; throws FunctionError with the decoder's (Go's) message. */
export function decodeJson(text: string): Value {
  const r = jsonToValue(text);
  if (!r.ok) throw new FunctionError(r.error);
  return r.value;
}
