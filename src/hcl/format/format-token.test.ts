// Token conversion, serialisation and column counting.
import { describe, expect, it } from 'vitest';
import { lexConfig } from '../lexer/lexer.js';
import { TokenType } from '../lexer/token.js';
import { columns, lexFormatTokens, toFormatTokens, writeTokens } from './format-token.js';

describe('toFormatTokens', () => {
  it('records the spaces before each token and round-trips the source', () => {
    const src = 'a   =  1 # c\n  b = <<EOT\nx\n    EOT\n';
    const toks = toFormatTokens(lexConfig(src, 't.hcl'));
    expect(toks.slice(0, 3).map((t) => t.spacesBefore)).toEqual([0, 3, 2]);
    expect(writeTokens(toks)).toBe(src);
  });

  it('keeps the indentation of a heredoc closing marker inside the token', () => {
    const toks = toFormatTokens(lexConfig('a = <<EOT\nx\n    EOT\n', 't.hcl'));
    const end = toks.find((t) => t.type === TokenType.CHeredoc)!;
    expect([end.text, end.spacesBefore]).toEqual(['    EOT', 0]);
  });
});

describe('lexFormatTokens', () => {
  it.each([
    ['spaces and tabs', 'a   =\t 1 # c\n  b = 2\n'],
    ['heredoc with an indented closer', 'a = <<-EOT\n    x\n    EOT\nb = 1\n'],
    ['byte order mark', '\uFEFF  a = 1\n'],
    ['lone byte order mark', '\uFEFF'],
    ['non-ASCII text and names', 'é = "日本 ${ü}"  # ☃\n'],
    ['CRLF line ends', 'a = 1\r\nb {\r\n}\r\n'],
    ['templates and directives', 'a = "%{ if b ~}x${ c }%{ endif }"\n'],
    ['invalid input', "a = 'x' ` ; \u201c\n"],
    ['unterminated string', 'a = "abc'],
  ])('matches toFormatTokens(lexConfig()) for %s', (_name, src) => {
    expect(lexFormatTokens(src)).toEqual(toFormatTokens(lexConfig(src, 't.hcl')));
  });
});

describe('columns', () => {
  it.each([
    ['ascii', 'abc', 3],
    ['accented', 'é', 1],
    ['combining mark', 'e\u0301', 1],
    ['wide characters count once', '日本', 2],
    ['emoji', '😀', 1],
  ])('%s', (_name, text, want) => {
    expect(columns([{ type: TokenType.Ident, text, spacesBefore: 2 }])).toBe(want + 2);
  });
});
