// Reads and writes file bytes losslessly: bytes that aren't UTF-8 survive formatting (as in a Latin-1 comment).

/**
 * The length of the well-formed UTF-8 sequence at `i` (1-4), or 0 when the byte there starts none.
 * Follows the Unicode table of well-formed sequences: no overlongs, surrogates or code points past U+10FFFF.
 */
function sequenceLength(buf: Uint8Array, i: number): number {
  const b = buf[i]!;
  if (b < 0x80) return 1;
  const cont = (j: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = buf[i + j];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes source bytes. Each byte that is not part of valid UTF-8 becomes the lone surrogate
 * U+DC80-U+DCFF (Python's "surrogateescape"): the lexer reports lone surrogates as bad UTF-8, and
 * `encodeSourceText` turns them back into the original bytes. A byte order mark is kept.
 */
export function decodeSourceBytes(buf: Uint8Array): string {
  try {
    return strict.decode(buf);
  } catch {
    // Fall through to the escaping decoder.
  }
  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < buf.length) {
    const n = sequenceLength(buf, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += strict.decode(buf.subarray(runStart, i)) + String.fromCharCode(0xdc00 + buf[i]!);
    i++;
    runStart = i;
  }
  return out + strict.decode(buf.subarray(runStart));
}

/** Encodes text from `decodeSourceBytes` back to bytes, restoring escaped bytes exactly. */
export function encodeSourceText(text: string): Buffer {
  if (!/[\udc80-\udcff]/.test(text)) return Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const escaped = c >= 0xdc80 && c <= 0xdcff && !(i > 0 && isHighSurrogate(text.charCodeAt(i - 1)));
    if (!escaped) continue;
    parts.push(Buffer.from(text.slice(runStart, i), 'utf8'), Buffer.from([c - 0xdc00]));
    runStart = i + 1;
  }
  parts.push(Buffer.from(text.slice(runStart), 'utf8'));
  return Buffer.concat(parts);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
