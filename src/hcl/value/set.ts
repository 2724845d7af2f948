// Set values as cty builds them: elements deduplicated by equality and kept in cty's canonical order.
import { setEquivalent, rawEquals } from './equals.js';
import { compareStrings, type Type } from './type.js';
import { Value, type Mark } from './value.js';

/**
 * A set of the given element type: duplicates removed (unknowns never merge), elements in cty's order
 * (strings lexically, numbers numerically, false before true, others by their hash text; nulls then
 * unknowns last). Marks on elements move to the set itself, as cty.SetVal does.
 */
export function makeSet(elems: readonly Value[], elementType: Type): Value {
  const marks = new Set<Mark>();
  const keyed: { v: Value; hash: string }[] = [];
  for (const raw of elems) {
    const { value, marks: m } = raw.unmarkDeep();
    for (const x of m) marks.add(x);
    // cty looks for an equal element only in the same hash bucket (so -0 and 0 both stay).
    const hash = setHash(value);
    if (!keyed.some((k) => k.hash === hash && setEquivalent(k.v, value))) keyed.push({ v: value, hash });
  }
  // cty first orders by hash bucket, then stable-sorts with its Less rule.
  keyed.sort((a, b) => compareNumbers(crc32(a.hash), crc32(b.hash)));
  keyed.sort((a, b) => (setLess(a.v, b.v, a.hash, b.hash) ? -1 : setLess(b.v, a.v, b.hash, a.hash) ? 1 : 0));
  return Value.setRaw(
    keyed.map((k) => k.v),
    elementType,
  ).withMarks(marks);
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** cty setRules.Less. */
function setLess(a: Value, b: Value, ha: string, hb: string): boolean {
  if (rawEquals(a, b)) return false;
  if (b.isNull && !a.isNull) return true;
  if (a.isNull) return false;
  if (a.isKnown && !b.isKnown) return true;
  if (!a.isKnown) return false;
  switch (a.type.kind) {
    case 'string':
      return compareStrings(a.asString(), b.asString()) < 0;
    case 'bool':
      return b.asBool() || !a.asBool();
    case 'number':
      return a.asNum().cmp(b.asNum()) < 0;
    default:
      return compareStrings(ha, hb) < 0;
  }
}

/** The text cty hashes a set element by (appendSetHashBytes); marks are ignored. */
export function setHash(v: Value): string {
  if (!v.isKnown) return '?';
  if (v.isNull) return '~';
  const t = v.type;
  switch (t.kind) {
    case 'number':
      return v.asNum().text('g', 10);
    case 'bool':
      return v.asBool() ? 'T' : 'F';
    case 'string':
      return goQuote(v.asString());
    case 'map': {
      let out = '{';
      for (const [k, e] of v.attributes()) out += `${goQuote(k)}:${setHash(e)};`;
      return out + '}';
    }
    case 'list':
    case 'set':
      return `[${v
        .elements()
        .map((e) => `${setHash(e)};`)
        .join('')}]`;
    case 'object': {
      let out = '<';
      for (const e of v.attributes().values()) out += `${setHash(e)};`;
      return out + '>';
    }
    case 'tuple':
      return `<${v
        .elements()
        .map((e) => `${setHash(e)};`)
        .join('')}>`;
    case 'dynamic':
      return '?';
  }
}

/** Go's strconv.Quote (%q): printable characters kept, others escaped. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c < 0x80 || !isGoPrint(ch)) out += escapeRune(c);
    else out += ch;
  }
  return out + '"';
}

const namedEscapes: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };

function escapeRune(c: number): string {
  const named = namedEscapes[c];
  if (named) return named;
  if (c < 0x80) return `\\x${c.toString(16).padStart(2, '0')}`;
  if (c >= 0xd800 && c <= 0xdfff) return '\\ufffd';
  if (c < 0x10000) return `\\u${c.toString(16).padStart(4, '0')}`;
  return `\\U${c.toString(16).padStart(8, '0')}`;
}

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols (spaces other than U+0020 are not printable). */
function isGoPrint(ch: string): boolean {
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch);
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE) of the UTF-8 bytes of s, as hash/crc32.ChecksumIEEE. */
function crc32(s: string): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(s)) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
