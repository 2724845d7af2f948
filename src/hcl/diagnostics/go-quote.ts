// Go's %q (strconv.Quote), which HCL and Packer use to quote names and strings in their output.

/** Quotes s as Go's strconv.Quote does: printable characters kept, everything else escaped. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += quoteChar(ch);
  return out + '"';
}

const namedEscapes: ReadonlyMap<number, string> = new Map([
  [0x07, '\\a'],
  [0x08, '\\b'],
  [0x0c, '\\f'],
  [0x0a, '\\n'],
  [0x0d, '\\r'],
  [0x09, '\\t'],
  [0x0b, '\\v'],
]);

const nonPrintable = /^[\p{C}\p{Z}]$/u;

function quoteChar(ch: string): string {
  if (ch === '"' || ch === '\\') return '\\' + ch;
  const cp = ch.codePointAt(0)!;
  const named = namedEscapes.get(cp);
  if (named !== undefined) return named;
  if (cp < 0x20 || cp === 0x7f) return '\\x' + hex(cp, 2);
  // A lone surrogate cannot be encoded as UTF-8; Go would see the replacement character's bytes.
  if (cp >= 0xd800 && cp <= 0xdfff) return '\\ufffd';
  if (ch !== ' ' && nonPrintable.test(ch)) return cp > 0xffff ? '\\U' + hex(cp, 8) : '\\u' + hex(cp, 4);
  return ch;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}
