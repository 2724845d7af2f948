// yamldecode: YAML parsed by the `yaml` package, then resolved with go-cty-yaml 1.0.1's YAML 1.1 scalar rules.
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Node, type Scalar } from 'yaml';
import { goBase64Decode } from './go/base64.js';
import { goQuote } from './helpers.js';
import { Num } from '../value/number.js';
import { DynamicType, friendlyTypeName } from '../value/type.js';
import { Value } from '../value/value.js';

/** A decoding failure with go-cty-yaml's wording where it is ours, the yaml package's where it is syntax. */
export class YamlDecodeError extends Error {}

const T = 'tag:yaml.org,2002:';
const STR = T + 'str';
const BOOL = T + 'bool';
const INT = T + 'int';
const FLOAT = T + 'float';
const NULL = T + 'null';
const TIMESTAMP = T + 'timestamp';
const BINARY = T + 'binary';
const MAP = T + 'map';
const SEQ = T + 'seq';

const resolved = new Map<string, Value>();
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) resolved.set(s, Value.True);
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) resolved.set(s, Value.False);
for (const s of ['', '~', 'null', 'Null', 'NULL']) resolved.set(s, Value.null(DynamicType));
for (const s of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) resolved.set(s, Value.number(Num.PositiveInfinity));
for (const s of ['-.inf', '-.Inf', '-.INF']) resolved.set(s, Value.number(Num.NegativeInfinity));

/** The resolveTable hint of a scalar's first character. */
function hint(src: string): string | undefined {
  if (src === '') return 'N';
  const c = src[0]!;
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  return undefined;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** go-cty-yaml's parseTimestamp, rendered as Go's time.RFC3339. */
function parseTimestamp(s: string): string | undefined {
  const m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d{1,9})?(Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d{1,9})?))?$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const h = Number(m[4] ?? m[8] ?? 0);
  const mi = Number(m[5] ?? m[9] ?? 0);
  const se = Number(m[6] ?? m[10] ?? 0);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days || h > 23 || mi > 59 || se > 59) return undefined;
  const zone = m[7] === undefined || m[7] === 'Z' ? 'Z' : m[7];
  if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4)) > 59)) return undefined;
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(se)}${zone === '+00:00' ? 'Z' : zone}`;
}

/** cty.ParseNumberVal: Go's big.ParseFloat in base 10, so "+Inf", "inf" and binary exponents ("1p3") are numbers too. */
function parseNumber(s: string): Value | undefined {
  const n = Num.parse(s);
  return n === undefined ? undefined : Value.number(n);
}

function parseGoInt(plain: string): Value | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*|0[bB][01]+|0[oO][0-7]+)$/.exec(plain);
  if (!m) return undefined;
  let body = m[2]!;
  if (/^0[0-7]+$/.test(body)) body = '0o' + body.slice(1);
  const n = BigInt(body) * (m[1] === '-' ? -1n : 1n);
  if (n < -(2n ** 63n) || n >= 2n ** 64n) return undefined;
  return Value.number(Num.fromBigInt(n));
}

/** go-cty-yaml's resolveScalar; `merge` marks the `<<` merge key. */
export function resolveScalar(tag: string, src: string, quoted: boolean): Value | 'merge' {
  const known = ['', STR, BOOL, INT, FLOAT, NULL, TIMESTAMP, BINARY];
  if (!known.includes(tag)) throw new YamlDecodeError(`unsupported tag "${tag}"`);
  let t = tag;
  const h = hint(src);
  if (h !== undefined && t !== STR && t !== BINARY) {
    if (quoted) return Value.string(src);
    const r = resolved.get(src);
    if (r !== undefined) return r;
    if (t === '' && ['.nan', '.NaN', '.NAN'].includes(src)) throw new YamlDecodeError('floating point NaN is not supported');
    if (h === '.') {
      const n = parseNumber(src);
      if (n) return n;
    } else if (h === 'D' || h === 'S') {
      if (t === '' || t === TIMESTAMP) {
        const ts = parseTimestamp(src);
        if (ts !== undefined) return Value.string(ts);
      }
      const plain = src.replaceAll('_', '');
      const n = parseNumber(plain);
      if (n) return n;
      if (plain.startsWith('0b') || plain.startsWith('-0b')) t = INT;
    }
  }
  if (t === '' && src === '<<') return 'merge';
  switch (t) {
    case STR:
      return Value.string(src);
    case BINARY:
      if (goBase64Decode(src) === undefined) throw new YamlDecodeError(`cannot parse ${goQuote(src)} as ${t}: not valid base64`);
      return Value.string(src);
    case BOOL: {
      const r = resolved.get(src);
      if (r === undefined || r.type.kind !== 'bool') throw new YamlDecodeError(`cannot parse ${goQuote(src)} as ${t}`);
      return r;
    }
    case FLOAT:
    case INT: {
      const plain = src.replaceAll('_', '');
      const v = parseNumber(plain) ?? parseGoInt(plain);
      if (v) return v;
      throw new YamlDecodeError(`cannot parse ${goQuote(src)} as ${t}`);
    }
    case TIMESTAMP: {
      const ts = parseTimestamp(src);
      if (ts === undefined) throw new YamlDecodeError(`cannot parse ${goQuote(src)} as ${t}`);
      return Value.string(ts);
    }
    case NULL:
      return Value.null(DynamicType);
    default:
      return Value.string(src);
  }
}

class Decoder {
  private readonly anchors = new Map<string, Value>();
  private readonly pending = new Set<string>();

  constructor(private readonly src: string) {}

  node(n: Node | null): Value {
    if (n === null) return Value.null(DynamicType);
    if (isAlias(n)) {
      if (this.pending.has(n.source)) throw new YamlDecodeError(`cannot refer to anchor "${n.source}" from inside its own definition`);
      const v = this.anchors.get(n.source);
      if (!v) throw new YamlDecodeError(`reference to undefined anchor "${n.source}"`);
      return v;
    }
    const anchor = n.anchor;
    if (anchor) this.pending.add(anchor);
    const v = this.value(n);
    if (anchor) {
      this.pending.delete(anchor);
      this.anchors.set(anchor, v);
    }
    return v;
  }

  private value(n: Node): Value {
    if (isScalar(n)) {
      const r = resolveScalar(n.tag ?? '', this.scalarText(n), isQuoted(n));
      return r === 'merge' ? Value.string('<<') : r;
    }
    if (isSeq(n)) {
      if (n.tag && n.tag !== SEQ) throw new YamlDecodeError(`can't interpret sequence as ${n.tag}`);
      return Value.tuple(n.items.map((i) => this.node(i as Node | null)));
    }
    if (isMap(n)) {
      if (n.tag && n.tag !== MAP) throw new YamlDecodeError(`can't interpret mapping as ${n.tag}`);
      const attrs = new Map<string, Value>();
      for (const pair of n.items) {
        const key = pair.key as Node | null;
        if (key === null || !isScalar(key)) throw new YamlDecodeError('only strings are allowed as mapping keys');
        const k = resolveScalar(key.tag ?? '', String(key.value), isQuoted(key));
        if (k === 'merge') {
          const merged = this.node(pair.value as Node | null);
          const mk = merged.type.kind;
          if (mk !== 'object' && mk !== 'map') throw new YamlDecodeError(`cannot merge ${friendlyTypeName(merged.type)} into mapping`);
          for (const [mkey, mval] of merged.attributes()) attrs.set(mkey, mval);
          continue;
        }
        if (k.isNull) throw new YamlDecodeError('mapping key cannot be null');
        attrs.set(keyString(k), this.node(pair.value as Node | null));
      }
      return Value.object(attrs);
    }
    throw new YamlDecodeError('unexpected YAML node');
  }

  /**
   * The scalar's text. A block scalar whose last line ends the input without a line break has no final line
   * break to keep (libyaml: `|` of "x" at the end of input is "x"), but the yaml package adds one.
   */
  private scalarText(n: Scalar): string {
    const text = String(n.value);
    const blockAtEnd = (n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED') && n.range?.[1] === this.src.length;
    if (blockAtEnd && /[^\s][^\r\n]*$/.test(this.src) && text.endsWith('\n')) return text.slice(0, -1);
    return text;
  }
}

function isQuoted(s: Scalar): boolean {
  return s.type === 'QUOTE_DOUBLE' || s.type === 'QUOTE_SINGLE';
}

function keyString(k: Value): string {
  if (k.type.kind === 'string') return k.asString();
  if (k.type.kind === 'number') return k.asNum().toString();
  return k.asBool() ? 'true' : 'false';
}


/** libyaml's 0-based line of an offset (go-cty-yaml prints it as is, and omits a position on line 0). */
function at(src: string, offset: number, msg: string): YamlDecodeError {
  const line = src.slice(0, offset).split('\n').length - 1;
  return new YamlDecodeError(line === 0 ? msg : `on line ${line}, column 1: ${msg}`);
}

/** Decodes a single YAML document; a null document gives undefined (go-cty-yaml 1.0.1 returns unknown). */
export function decodeYaml(src: string): Value | undefined {
  // Explicit tags stay unresolved (the yaml package would decode !!binary, for one): resolveScalar reads them.
  const docs = parseAllDocuments(src, { schema: 'failsafe', merge: false, uniqueKeys: false, strict: false, resolveKnownTags: false });
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  if (!doc) {
    // libyaml's stream end sits on the line after the last (non-empty) one; an empty source reads as "\n".
    const text = src === '' ? '\n' : src;
    const line = text.split('\n').length - 1 + (text.endsWith('\n') ? 0 : 1);
    throw new YamlDecodeError(`on line ${line}, column 1: missing start of document`);
  }
  if (docs.length > 1) throw at(src, docs[1]!.range[0], 'unexpected extra content after value');
  const err = doc.errors[0];
  if (err) {
    const msg = err.message.split(' at line ')[0]!;
    const pos = err.linePos?.[0];
    throw new YamlDecodeError(pos ? `on line ${pos.line}, column ${pos.col}: ${msg}` : msg);
  }
  const v = new Decoder(src).node(doc.contents as Node | null);
  return v.isNull ? undefined : v;
}
