import { describe, it, expect } from 'vitest';
import { initialPos } from '../source/pos.js';
import { scanJson } from './scanner.js';

/** [type, text, "line:col:byte-line:col:byte"] */
function scan(src: string): [string, string, string][] {
  return scanJson(src, 't.json', initialPos).map((t) => {
    const s = t.range.start;
    const e = t.range.end;
    return [t.type, t.text, `${s.line}:${s.column}:${s.byte}-${e.line}:${e.column}:${e.byte}`];
  });
}

describe('scanJson', () => {
  const cases: [string, string, [string, string, string][]][] = [
    ['empty', '', [['eof', '', '1:1:0-1:1:0']]],
    ['spaces', '   ', [['eof', '', '1:4:3-1:4:3']]],
    [
      'braces',
      '{}',
      [
        ['{', '{', '1:1:0-1:2:1'],
        ['}', '}', '1:2:1-1:3:2'],
        ['eof', '', '1:3:2-1:3:2'],
      ],
    ],
    [
      'newline, CR takes no column, tab counts two',
      '[\r\n\t1]',
      [
        ['[', '[', '1:1:0-1:2:1'],
        ['number', '1', '2:3:4-2:4:5'],
        [']', ']', '2:4:5-2:5:6'],
        ['eof', '', '2:5:6-2:5:6'],
      ],
    ],
    [
      'keywords are lax runs of letters and underscores',
      'True_x null',
      [
        ['keyword', 'True_x', '1:1:0-1:7:6'],
        ['keyword', 'null', '1:8:7-1:12:11'],
        ['eof', '', '1:12:11-1:12:11'],
      ],
    ],
    [
      'numbers are lax runs',
      '-1.5e+3 .5',
      [
        ['number', '-1.5e+3', '1:1:0-1:8:7'],
        ['number', '.5', '1:9:8-1:11:10'],
        ['eof', '', '1:11:10-1:11:10'],
      ],
    ],
    [
      'string with escapes',
      '"a\\"b\\\\" :',
      [
        ['string', '"a\\"b\\\\"', '1:1:0-1:9:8'],
        [':', ':', '1:10:9-1:11:10'],
        ['eof', '', '1:11:10-1:11:10'],
      ],
    ],
    [
      'multi-byte characters: columns per grapheme cluster, bytes in UTF-8',
      '"é€😀" 1',
      [
        ['string', '"é€😀"', '1:1:0-1:6:11'],
        ['number', '1', '1:7:12-1:8:13'],
        ['eof', '', '1:8:13-1:8:13'],
      ],
    ],
    [
      'combining mark joins its base character',
      '"e\u0301"',
      [
        ['string', '"e\u0301"', '1:1:0-1:4:5'],
        ['eof', '', '1:4:5-1:4:5'],
      ],
    ],
    [
      'a newline ends an unterminated string',
      '"ab\n"',
      [
        ['string', '"ab', '1:1:0-1:4:3'],
        ['string', '"', '2:1:4-2:2:5'],
        ['eof', '', '2:2:5-2:2:5'],
      ],
    ],
    [
      'equals is scanned for a better message',
      '=',
      [
        ['=', '=', '1:1:0-1:2:1'],
        ['eof', '', '1:2:1-1:2:1'],
      ],
    ],
    [
      'an invalid character stops scanning',
      '/ / {',
      [
        ['invalid', '/', '1:1:0-1:2:1'],
        ['eof', '', '1:2:1-1:2:1'],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, src, want) => {
    expect(scan(src)).toEqual(want);
  });

  it('starts at the given position', () => {
    const toks = scanJson('{', 'x.json', { line: 3, column: 5, byte: 20 });
    expect(toks[0]?.range).toEqual({ filename: 'x.json', start: { line: 3, column: 5, byte: 20 }, end: { line: 3, column: 6, byte: 21 } });
  });
});
