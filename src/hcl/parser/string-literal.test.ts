import { describe, it, expect } from 'vitest';
import { TokenType, type Token } from '../lexer/token.js';
import { parseStringLiteralToken } from './string-literal.js';

function tok(type: TokenType, text: string): Token {
  const p = { line: 1, column: 1, byte: 0 };
  return { type, text, range: { filename: 's', start: p, end: p } };
}

describe('parseStringLiteralToken', () => {
  const quoted: [string, string, string[]][] = [
    ['plain', 'plain', []],
    ['a\\nb\\rc\\td\\"e\\\\f', 'a\nb\rc\td"e\\f', []],
    ['\\u00e9', 'é', []],
    ['\\u00e9x', 'éx', []],
    ['\\U0001F600', '😀', []],
    ['\\u0001d11e', '\u0001d11e', []],
    ['\\uu2022', '\\uu2022', ['The \\u escape sequence must be followed by four hexadecimal digits.']],
    ['\\u20m2', '\\u20m2', ['The \\u escape sequence must be followed by four hexadecimal digits.']],
    ['\\U2022', '\\U2022', ['The \\U escape sequence must be followed by eight hexadecimal digits.']],
    ['\\U00300000', '\\U00300000', ['Cannot encode character U+300000 in UTF-8.']],
    ['\\q', 'q', ['The symbol "q" is not a valid escape sequence selector.']],
    ['\\$', '$', ['The symbol "$" is not a valid escape sequence selector.']],
    ['\\é', 'é', ['The symbol "é" is not a valid escape sequence selector.']],
    ['$${', '${', []],
    ['%%{', '%{', []],
    ['$$', '$$', []],
    ['$', '$', []],
  ];
  for (const [text, want, details] of quoted) {
    it(`quoted ${JSON.stringify(text)}`, () => {
      const { value, diags } = parseStringLiteralToken(tok(TokenType.QuotedLit, text));
      expect(value).toBe(want);
      expect(diags.map((d) => d.detail)).toEqual(details);
      expect(diags.every((d) => d.summary === 'Invalid escape sequence')).toBe(true);
    });
  }

  it('heredoc and template text keeps backslashes', () => {
    expect(parseStringLiteralToken(tok(TokenType.StringLit, 'a\\nb $${x}\n')).value).toBe('a\\nb ${x}\n');
  });

  it('error ranges cover the escape', () => {
    const t: Token = {
      type: TokenType.QuotedLit,
      text: 'ab\\qc',
      range: { filename: 'f', start: { line: 2, column: 3, byte: 10 }, end: { line: 2, column: 8, byte: 15 } },
    };
    const d = parseStringLiteralToken(t).diags[0]!;
    expect(d.subject).toEqual({ filename: 'f', start: { line: 2, column: 5, byte: 12 }, end: { line: 2, column: 7, byte: 14 } });
  });
});
