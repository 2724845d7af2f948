// go-wordwrap's own cases: the detail text of a diagnostic must break exactly where HCL breaks it.
import { describe, it, expect } from 'vitest';
import { wrapString } from './word-wrap.js';

describe('wrapString', () => {
  const cases: [string, string, number][] = [
    ['foo', 'foo', 4],
    ['foobarbaz', 'foobarbaz', 4],
    ['foo bar baz', 'foo\nbar\nbaz', 4],
    ['foo bars bazzes', 'foo\nbars\nbazzes', 4],
    ['fo sop', 'fo\nsop', 4],
    ['foo bar\u00a0baz', 'foo\nbar\u00a0baz', 10],
    ['foo\nb\t r\n baz', 'foo\nb\t r\n baz', 4],
    ['foo    \nb   ar   ', 'foo\nb\nar', 4],
    ['foo bar baz\n', 'foo\nbar\nbaz\n', 4],
    ['\nfoo bar\n\n\nbaz\n', '\nfoo\nbar\n\n\nbaz\n', 4],
    [' This is a list: \n\n\t* foo\n\t* bar\n\n\n\t* baz  \nBAM    ', ' This\nis a\nlist: \n\n\t* foo\n\t* bar\n\n\n\t* baz\nBAM', 6],
    ['\u2584 '.repeat(4), '\u2584 \u2584\n' + '\u2584 '.repeat(2), 4],
  ];
  cases.forEach(([input, want, limit], i) => it(`case ${i}`, () => expect(wrapString(input, limit)).toBe(want)));
});
