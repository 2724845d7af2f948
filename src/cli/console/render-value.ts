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
  return format(val, false);
}

function format(val: Value, nested: boolean): string {
  if (val.isMarked) return sensitiveText;
  if (val.isNull) return 'null';
  const t = val.type;
  switch (t.kind) {
    case 'string':
      return nested ? goQuote(val.asString()) : val.asString();
    case 'number': {
      const n = val.asNum();
      const i = n.toInt64();
      return i !== undefined ? i.toString() : n.toGoFloatString();
    }
    case 'bool':
      return val.asBool() ? 'true' : 'false';
    case 'list':
    case 'set':
    case 'tuple':
      return formatList(val.elements());
    case 'map':
    case 'object':
      return formatMap(val.attributes());
    case 'dynamic':
      // Only an unknown or null value can have the dynamic type, and both are handled above.
      return '<unknown-type>';
  }
}

function formatList(elems: readonly Value[]): string {
  let out = '[';
  if (elems.length > 0) out += '\n';
  for (const e of elems) out += indent(format(e, true)) + ',\n';
  return out + ']';
}

function formatMap(attrs: ReadonlyMap<string, Value>): string {
  // hcl2shim drops null attributes before the map is printed.
  const keys = [...attrs.keys()].filter((k) => !attrs.get(k)!.isNull || attrs.get(k)!.isMarked).sort(compareUtf8);
  let out = '{';
  if (keys.length > 0) out += '\n';
  for (const k of keys) out += indent(`${goQuote(k)} = ${format(attrs.get(k)!, true)}`) + '\n';
  return out + '}';
}

/** Every line prefixed with two spaces, as Packer's repl indent (a bufio line scan, so no trailing newline). */
function indent(s: string): string {
  const lines = s.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => '  ' + l.replace(/\r$/, '')).join('\n');
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
