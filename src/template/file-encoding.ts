// Template and variable files must be UTF-8: one clear error for a UTF-16 or binary file, instead of one per byte.
import { errorDiag, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import type { Pos } from '../hcl/source/pos.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** HCL's detail for bytes that are not UTF-8 ("Invalid character encoding"). */
const notUtf8 = 'All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.';

/**
 * Decodes a file's bytes. When they are not UTF-8, `diagnostic` says so at the first bad byte (the text is then
 * decoded leniently, only to quote that line) and the caller should not parse the file.
 */
export function decodeFileText(bytes: Uint8Array, filename: string): { text: string; diagnostic?: Diagnostic } {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const text = Buffer.from(bytes).toString('utf8');
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const at = utf16 ? 0 : firstInvalidByte(bytes);
    const start = positionOf(bytes, at);
    const end: Pos = { line: start.line, column: start.column + 1, byte: at + 1 };
    const detail = utf16
      ? `This file is UTF-16 encoded (it starts with a UTF-16 byte order mark). ${notUtf8} Save it as UTF-8.`
      : `${notUtf8} The first byte that is not UTF-8 is at offset ${at}: if this is not a text file, it is not a template.`;
    return { text, diagnostic: errorDiag('Invalid character encoding', detail, { filename, start, end }) };
  }
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest prefix that decodes, found by bisection (a prefix may end inside a sequence, so test with slack).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(bytes.subarray(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  // The prefix may end in a sequence that the next byte breaks off: the error is at that sequence's first byte.
  for (let i = lo - 1; i >= Math.max(0, lo - 3); i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0xc0) {
      const continuations = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
      return lo - i - 1 < continuations ? i : lo;
    }
    if ((b & 0xc0) !== 0x80) break;
  }
  return lo;
}

function decodes(prefix: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Line and column (in characters) of a byte offset in a file whose bytes up to it are UTF-8. */
function positionOf(bytes: Uint8Array, offset: number): Pos {
  const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: Array.from(before.slice(lineStart)).length + 1, byte: offset };
}
