// Small shared pieces for function definitions: parameter shorthands, Go-style integer arguments, graphemes, Go quoting.
import { FunctionError, type FunctionParam } from './function.js';
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

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** cty's gocty message when a number does not fit a Go int. */
export const WHOLE_NUMBER_MESSAGE = `value must be a whole number, between ${INT64_MIN} and ${INT64_MAX}`;

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
