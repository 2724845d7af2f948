import { describe, expect, it } from 'vitest';
import { decodeFileText } from './file-encoding.js';

describe('decodeFileText', () => {
  it('passes UTF-8 through, byte order mark included', () => {
    expect(decodeFileText(Buffer.from('\ufeffa = "é"\n'), 'v.hcl')).toEqual({ text: '\ufeffa = "é"\n' });
  });

  it('points at the first byte that is not UTF-8', () => {
    const r = decodeFileText(Buffer.from([0x61, 0x0a, 0x62, 0x63, 0xe9, 0x0a]), 'v.hcl');
    expect(r.diagnostic?.summary).toBe('Invalid character encoding');
    expect(r.diagnostic?.subject).toMatchObject({ start: { line: 2, column: 3, byte: 4 }, end: { line: 2, column: 4, byte: 5 } });
  });

  it('is not misled by a complete sequence before the bad byte', () => {
    const r = decodeFileText(Buffer.from([0x63, 0xc3, 0xa9, 0xff]), 'v.hcl');
    expect(r.diagnostic?.subject?.start).toEqual({ line: 1, column: 3, byte: 3 });
  });

  it('names UTF-16 by its byte order mark', () => {
    const r = decodeFileText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a = 1\n', 'utf16le')]), 'v.hcl');
    expect(r.diagnostic?.detail).toMatch(/^This file is UTF-16 encoded/);
    expect(r.diagnostic?.subject?.start).toEqual({ line: 1, column: 1, byte: 0 });
  });
});
