import { describe, expect, it } from 'vitest';
import { globMatch } from './glob.js';

describe('globMatch (doublestar v1 Match)', () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'dir/a.txt', false],
    ['**/*.txt', 'dir/sub/a.txt', true],
    ['**/*.txt', 'a.txt', true],
    ['a/**', 'a/b/c', true],
    ['{a,b}/*.md', 'b/x.md', true],
    ['{a,b}/*.md', 'c/x.md', false],
    ['[a-c]?', 'bz', true],
    ['[^a-c]?', 'bz', false],
    ['\\*', '*', true],
    ['\\*', 'x', false],
    ['a{,.txt}', 'a', true],
    ['[', 'a', { error: 'syntax error in pattern' }],
    ['{a', 'a', { error: 'syntax error in pattern' }],
  ])('Match(%j, %j)', (pattern, name, want) => {
    expect(globMatch(pattern, name)).toEqual(want);
  });
});
