// How lines are cut into lead, assign and comment cells.
import { describe, expect, it } from 'vitest';
import { lexConfig } from '../lexer/lexer.js';
import { toFormatTokens } from './format-token.js';
import type { FmtToken } from './format-token.js';
import { splitLines } from './lines.js';

const texts = (cell: FmtToken[] | undefined): string[] | undefined => cell?.map((t) => t.text);

function cells(src: string): [string[], string[] | undefined, string[] | undefined][] {
  return splitLines(toFormatTokens(lexConfig(src, 't.hcl'))).map((l) => [texts(l.lead)!, texts(l.assign), texts(l.comment)]);
}

describe('splitLines', () => {
  it.each<[string, string, ReturnType<typeof cells>]>([
    ['an attribute', 'a = 1\n', [[['a'], ['=', '1', '\n'], undefined], [[], undefined, undefined]]],
    ['a trailing comment', 'a = 1 # c\n', [[['a'], ['=', '1'], ['# c\n']], [[], undefined, undefined]]],
    ['a comment-only line has no comment cell', '# c\n', [[['# c\n'], undefined, undefined], [[], undefined, undefined]]],
    ['an opening bracket keeps the value in lead', 'a = [\n', [[['a', '=', '[', '\n'], undefined, undefined], [[], undefined, undefined]]],
    ['a block opener', 'b {\n', [[['b', '{', '\n'], undefined, undefined], [[], undefined, undefined]]],
    ['a line without newline at EOF', 'a = 1', [[['a'], ['=', '1'], undefined]]],
    ['a heredoc stays on its opening line', 'a = <<EOT\nx\nEOT\n', [[['a'], ['=', '<<EOT\n', 'x\n', 'EOT', '\n'], undefined], [[], undefined, undefined]]],
  ])('%s', (_name, src, want) => {
    expect(cells(src)).toEqual(want);
  });
});
