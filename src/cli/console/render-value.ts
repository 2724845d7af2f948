// Prints a value the way `packer console` does (Packer's repl.FormatResult over hcl2shim's Go values).
import { goQuote } from '../../hcl/diagnostics/go-quote.js';
import type { Value } from '../../hcl/value/value.js';

export const unknownText = '<unknown>';
export const sensitiveText = '(sensitive value)';

/**
 * The console's text for a value: strings raw at the top level and quoted inside collections, integers that
 * fit in 64 bits exactly, other numbers as Go's %g of the nearest float64, lists as `[\n  x,\n]`, maps and
 * objects as `{\n  "k" = v\n}` with null attributes left out, and `<unknown>` if anything is unknown.
 */
export function renderConsoleValue(val: Value): string {
  if (val.isMarked) return sensitiveText;
  if (!val.isWhollyKnown) return unknownText;
  return format(val);
}

/** A value to print at an indentation depth, or text to copy as it is. */
type Piece = { readonly val: Value; readonly depth: number } | string;

/**
 * Prints with an explicit stack rather than recursion, so values nested thousands of levels deep print too.
 * A collection at depth d puts each element on its own line indented d+1 levels and its closing bracket at d
 * (what Packer gets by indenting each nested result again).
 */
function format(root: Value): string {
  let out = '';
  const stack: Piece[] = [{ val: root, depth: 0 }];
  while (stack.length > 0) {
    const piece = stack.pop()!;
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    const { val, depth } = piece;
    if (val.isMarked) {
      out += sensitiveText;
      continue;
    }
    if (val.isNull) {
      out += 'null';
      continue;
    }
    const t = val.type;
    switch (t.kind) {
      case 'string':
        out += depth > 0 ? goQuote(val.asString()) : val.asString();
        break;
      case 'number': {
        const n = val.asNum();
        const i = n.toInt64();
        out += i !== undefined ? i.toString() : n.toGoFloatString();
        break;
      }
      case 'bool':
        out += val.asBool() ? 'true' : 'false';
        break;
      case 'list':
      case 'set':
      case 'tuple': {
        const elems = val.elements();
        out += '[';
        const inner = `\n${pad(depth + 1)}`;
        const pieces: Piece[] = [];
        for (const e of elems) pieces.push(inner, { val: e, depth: depth + 1 }, ',');
        pieces.push(elems.length > 0 ? `\n${pad(depth)}]` : ']');
        for (let k = pieces.length - 1; k >= 0; k--) stack.push(pieces[k]!);
        break;
      }
      case 'map':
      case 'object': {
        const attrs = val.attributes();
        // hcl2shim drops null attributes before the map is printed.
        const keys = [...attrs.keys()].filter((k) => !attrs.get(k)!.isNull || attrs.get(k)!.isMarked).sort(compareUtf8);
        out += '{';
        const pieces: Piece[] = [];
        for (const k of keys) pieces.push(`\n${pad(depth + 1)}${goQuote(k)} = `, { val: attrs.get(k)!, depth: depth + 1 });
        pieces.push(keys.length > 0 ? `\n${pad(depth)}}` : '}');
        for (let k = pieces.length - 1; k >= 0; k--) stack.push(pieces[k]!);
        break;
      }
      case 'dynamic':
        // Only an unknown or null value can have the dynamic type, and both are handled above.
        out += '<unknown-type>';
        break;
    }
  }
  return out;
}

/** Packer's repl indent: two spaces a level. */
function pad(depth: number): string {
  return '  '.repeat(depth);
}

/** Go's sort.Strings order: by UTF-8 bytes, which is code point order. */
function compareUtf8(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done || cb.done) return ca.done && cb.done ? 0 : ca.done ? -1 : 1;
    const d = ca.value.codePointAt(0)! - cb.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}
