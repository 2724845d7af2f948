// Grapheme counts pinned to what packer 1.6.6 aligns by (each row measured with `packer fmt`).
import { describe, expect, it } from 'vitest';
import { graphemeCount } from './graphemes.js';
import { decodeSourceBytes } from './source-bytes.js';

describe('graphemeCount', () => {
  it.each<[string, string, number]>([
    ['ascii', 'abc', 3],
    ['CR LF inside a token is one cluster', 'a\r\nb', 3],
    ['CR LF pairs', '\r\n\r\n', 2],
    ['a lone CR', '\r\r\n', 2],
    ['combining mark', 'e\u0301', 1],
    ['Indic conjuncts are two clusters (no Unicode 15.1 rule)', '\u0915\u094d\u0937', 2],
    ['Hindi text', '\u0939\u093f\u0928\u094d\u0926\u0940', 3],
    ['a mark added after Unicode 13 stands alone', 'a\u1ac1', 2],
    ['Ahom vowel sign, a SpacingMark in Unicode 13', 'a\u{11720}', 1],
    ['Thai SARA AM', '\u0e01\u0e33', 1],
    ['emoji ZWJ sequence', '\u{1F469}\u200d\u{1F4BB}', 1],
    ['flag with variation selector', '\u{1F3F3}\ufe0f\u200d\u{1F308}', 1],
    ['skin tone modifier', '\u{1F44D}\u{1F3FD}', 1],
    ['regional indicators pair up', '\u{1F1E9}\u{1F1EA}\u{1F1EB}', 2],
    ['Hangul jamo L V T', '\u1100\u1161\u11a8', 1],
    ['Hangul L LV T: the scanner ends the cluster before T', '\u1100\uac00\u11a8', 2],
    ['Hangul L LV V T', '\u1100\uac00\u1161\u11a8', 1],
    ['prepend', '\u0600a', 1],
    ['U+FFFD takes no marks', 'x\ufffd\u0301', 3],
    ['ZWJ after a letter glues no pictograph', 'a\u200d\u{1F600}', 2],
    ['ZWJ after a Hangul syllable glues a pictograph', '\uac00\u200d\u{1F600}', 1],
  ])('%s', (_name, text, want) => {
    expect(graphemeCount(text)).toBe(want);
  });

  it.each<[string, number[], number]>([
    ['overlong sequence', [0xc0, 0xaf], 1],
    ['overlong three-byte sequence', [0xe0, 0x80, 0x80], 1],
    ['encoded surrogate', [0xed, 0xa0, 0x80], 1],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 1],
    ['byte that starts nothing', [0xff], 1],
    ['truncated sequence', [0xe2, 0x82], 2],
    ['truncated at the end', [0xc3], 1],
  ])('bytes that are not UTF-8: %s', (_name, bytes, want) => {
    expect(graphemeCount(decodeSourceBytes(Uint8Array.from(bytes)))).toBe(want);
  });
});
