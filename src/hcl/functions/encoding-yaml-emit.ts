// yamlencode's output, byte for byte as go-cty-yaml's libyaml emitter writes it (block style, 80-column folding).
import { Value } from '../value/value.js';

const BEST_INDENT = 2;
const BEST_WIDTH = 80;

const isBreak = (c: string): boolean => c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';

/** libyaml's is_printable (note: characters outside the BMP are not). */
function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0)!;
  if (cp === 0x0a) return true;
  if (cp >= 0x20 && cp <= 0x7e) return true;
  if (cp >= 0xa0 && cp <= 0xd7ff) return true;
  return cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff;
}

interface ScalarAnalysis {
  multiline: boolean;
  blockAllowed: boolean;
}

/** The parts of libyaml's analyze_scalar that matter for strings emitted as double-quoted or literal. */
function analyze(value: string): ScalarAnalysis {
  const chars = [...value];
  if (chars.length === 0) return { multiline: false, blockAllowed: false };
  let lineBreaks = false;
  let special = false;
  let trailingSpace = false;
  let spaceBreak = false;
  let prevSpace = false;
  chars.forEach((c, i) => {
    if (!isPrintable(c)) special = true;
    if (c === ' ') {
      if (i === chars.length - 1) trailingSpace = true;
      prevSpace = true;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
    } else {
      prevSpace = false;
    }
  });
  return { multiline: lineBreaks, blockAllowed: !trailingSpace && !spaceBreak && !special };
}

function escapeChar(c: string): string {
  const cp = c.codePointAt(0)!;
  const named: Record<number, string> = {
    0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
    0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
  };
  if (named[cp] !== undefined) return '\\' + named[cp];
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return '\\x' + hex.padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + hex.padStart(4, '0');
  return '\\U' + hex.padStart(8, '0');
}

/** The emitter's cursor state, named as in libyaml. */
class Emitter {
  out = '';
  column = 0;
  indent = -1;
  whitespace = true;
  indention = true;
  openEnded = false;
  private readonly indents: number[] = [];

  private put(s: string): void {
    this.out += s;
    this.column += [...s].length;
  }

  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  writeIndicator(ind: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(ind);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
    this.openEnded = false;
  }

  /** A plain scalar; ours (numbers, bools, null) never contain spaces or breaks. */
  writePlain(value: string, root: boolean): void {
    if (!this.whitespace) this.put(' ');
    this.put(value);
    this.whitespace = false;
    this.indention = false;
    if (root) this.openEnded = true;
  }

  writeDoubleQuoted(value: string, allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    const chars = [...value];
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      if (!isPrintable(c) || c === '\ufeff' || isBreak(c) || c === '"' || c === '\\') {
        this.put(escapeChar(c));
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
        } else {
          this.put(c);
        }
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  writeLiteral(value: string): void {
    this.writeIndicator('|', true, false, false);
    const chars = [...value];
    if (chars[0] === ' ' || isBreak(chars[0]!)) this.writeIndicator(String(BEST_INDENT), false, false, false);
    this.openEnded = false;
    const last = chars.length - 1;
    let chomp = '';
    if (!isBreak(chars[last]!)) chomp = '-';
    else if (last === 0 || isBreak(chars[last - 1]!)) {
      chomp = '+';
      this.openEnded = true;
    }
    if (chomp !== '') this.writeIndicator(chomp, false, false, false);
    const openEnded = this.openEnded;
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of chars) {
      if (isBreak(c)) {
        if (c === '\n') this.putBreak();
        else {
          this.out += c;
          this.column = 0;
        }
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c);
        this.indention = false;
        breaks = false;
      }
    }
    this.openEnded = openEnded;
  }
}

type Ctx = { root?: boolean; mapping: boolean; simpleKey: boolean };

function isEmptyCollection(v: Value): boolean {
  const k = v.type.kind;
  return !v.isNull && (k === 'list' || k === 'set' || k === 'tuple' || k === 'map' || k === 'object') && v.length === 0;
}

function scalarText(v: Value): { text: string; plain: boolean } {
  if (v.isNull) return { text: 'null', plain: true };
  switch (v.type.kind) {
    case 'string':
      return { text: v.asString(), plain: false };
    case 'number':
      return { text: v.asNum().toString(), plain: true };
    default:
      return { text: v.asBool() ? 'true' : 'false', plain: true };
  }
}

function emitScalar(e: Emitter, v: Value, ctx: Ctx): void {
  const { text, plain } = scalarText(v);
  e.increaseIndent(true, false);
  if (plain) e.writePlain(text, ctx.root === true);
  else {
    const a = analyze(text);
    const literal = text.includes('\n') && a.blockAllowed && !ctx.simpleKey;
    if (literal) e.writeLiteral(text);
    else e.writeDoubleQuoted(text, !ctx.simpleKey);
  }
  e.popIndent();
}

/** libyaml's check_simple_key for a string key: single-line and at most 128 bytes. */
function isSimpleKey(key: string): boolean {
  return !analyze(key).multiline && Buffer.byteLength(key) <= 128;
}

function emitNode(e: Emitter, v: Value, ctx: Ctx): void {
  const k = v.type.kind;
  if (v.isNull || k === 'string' || k === 'number' || k === 'bool') return emitScalar(e, v, ctx);
  const isSeq = k === 'list' || k === 'set' || k === 'tuple';
  if (isEmptyCollection(v)) {
    e.writeIndicator(isSeq ? '[' : '{', true, true, false);
    e.writeIndicator(isSeq ? ']' : '}', false, false, false);
    return;
  }
  if (isSeq) {
    e.increaseIndent(false, ctx.mapping && !e.indention);
    for (const item of v.elements()) {
      e.writeIndent();
      e.writeIndicator('-', true, false, true);
      emitNode(e, item, { mapping: false, simpleKey: false });
    }
    e.popIndent();
    return;
  }
  e.increaseIndent(false, false);
  for (const [key, item] of v.attributes()) {
    e.writeIndent();
    if (isSimpleKey(key)) {
      emitScalar(e, Value.string(key), { mapping: true, simpleKey: true });
      e.writeIndicator(':', false, false, false);
    } else {
      e.writeIndicator('?', true, false, true);
      emitScalar(e, Value.string(key), { mapping: true, simpleKey: false });
      e.writeIndent();
      e.writeIndicator(':', true, false, true);
    }
    emitNode(e, item, { mapping: true, simpleKey: false });
  }
  e.popIndent();
}

/** The YAML document for a wholly known value, as go-cty-yaml's Marshal. */
export function encodeYaml(v: Value): string {
  const e = new Emitter();
  emitNode(e, v, { root: true, mapping: false, simpleKey: false });
  e.writeIndent();
  if (e.openEnded) {
    e.writeIndicator('...', true, false, false);
    e.writeIndent();
  }
  return e.out;
}
