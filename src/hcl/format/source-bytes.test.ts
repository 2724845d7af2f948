// Lossless byte round trips, including bytes that are not UTF-8.
import { describe, expect, it } from 'vitest';
import { formatHcl } from './format.js';
import { decodeSourceBytes, encodeSourceText } from './source-bytes.js';

describe('decodeSourceBytes / encodeSourceText', () => {
  it.each<[string, number[]]>([
    ['ascii', [0x61, 0x3d, 0x31]],
    ['utf-8', [...Buffer.from('café 日本 😀')]],
    ['byte order mark', [0xef, 0xbb, 0xbf, 0x61]],
    ['latin-1 byte', [0x63, 0x61, 0x66, 0xe9, 0x0a]],
    ['truncated sequence', [0x61, 0xe6, 0x97]],
    ['overlong', [0xc0, 0xaf]],
    ['encoded surrogate', [0xed, 0xa0, 0x80]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['stray continuation bytes', [0x80, 0xbf, 0x41]],
  ])('%s round-trips', (_name, bytes) => {
    const buf = Buffer.from(bytes);
    expect([...encodeSourceText(decodeSourceBytes(buf))]).toEqual(bytes);
  });

  it('escapes each invalid byte to one character', () => {
    expect(decodeSourceBytes(Buffer.from([0x61, 0xe9, 0x62]))).toBe('a\udce9b');
  });

  it('lets a comment with a Latin-1 byte be formatted, keeping the byte', () => {
    const src = decodeSourceBytes(Buffer.from([...Buffer.from('a  = 1 # caf'), 0xe9, 0x0a]));
    const { output, diagnostics } = formatHcl(src, 'x.pkr.hcl');
    expect(diagnostics).toEqual([]);
    expect([...encodeSourceText(output)]).toEqual([...Buffer.from('a = 1 # caf'), 0xe9, 0x0a]);
  });

  it('rejects a Latin-1 byte in a string', () => {
    const src = decodeSourceBytes(Buffer.from([...Buffer.from('a  = "caf'), 0xe9, 0x22, 0x0a]));
    expect(formatHcl(src, 'x.pkr.hcl').diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
