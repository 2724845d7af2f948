import { describe, it, expect } from 'vitest';
import { lexConfig } from './lexer.js';
import { checkInvalidTokens } from './invalid-tokens.js';
import { TokenType, type Token } from './token.js';

function diags(src: string): string[] {
  return checkInvalidTokens(lexConfig(src, 'i.hcl')).map((d) => {
    const s = d.subject!.start;
    return `${d.summary} @${s.line}:${s.column}: ${d.detail}`;
  });
}

describe('checkInvalidTokens', () => {
  const cases: [string, string[]][] = [
    ['a = b', []],
    ['a & b', ['Unsupported operator @1:3: Bitwise operators are not supported. Did you mean boolean AND ("&&")?']],
    ['a | b', ['Unsupported operator @1:3: Bitwise operators are not supported. Did you mean boolean OR ("||")?']],
    ['~a', ['Unsupported operator @1:1: Bitwise operators are not supported. Did you mean boolean NOT ("!")?']],
    ['a ^ b', ['Unsupported operator @1:3: Bitwise operators are not supported.']],
    ["'a'", ['Invalid character @1:1: Single quotes are not valid. Use double quotes (") to enclose strings.']],
    ['`a`', ['Invalid character @1:1: The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".']],
    [
      'a;b;',
      ['Invalid character @1:2: The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.'],
    ],
    ['a\u00a0', ['Invalid character @1:2: This character is not used within the language.']],
    ['\u201c', ['Invalid character @1:1: "Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".']],
    ['"\ud800"', ['Invalid character encoding @1:2: All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.']],
    [
      '"a\nb"',
      [
        'Invalid multi-line string @1:3: Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
      ],
    ],
    ['\t a = 1', []],
  ];
  for (const [src, want] of cases) {
    it(JSON.stringify(src), () => expect(diags(src)).toEqual(want));
  }

  it('rate-limits as HCL does', () => {
    expect(diags('& & & & & &')).toHaveLength(4);
    expect(diags(';;;')).toHaveLength(1);
    expect(diags("'a' 'b' 'c' 'd'").map((d) => d.slice(0, 22))).toEqual(['Invalid character @1:1', 'Invalid character @1:5']); // the 1st and 3rd, then silence
    expect(diags('`a` `b` `c`')).toHaveLength(2);
    expect(diags('"\ud800\ud800"')).toHaveLength(1);
  });

  it('explains tab and exponent tokens if a caller produces them', () => {
    const p = { line: 1, column: 1, byte: 0 };
    const tok = (type: TokenType, text: string): Token => ({ type, text, range: { filename: 'x', start: p, end: p } });
    const out = checkInvalidTokens([tok(TokenType.Tabs, '\t'), tok(TokenType.Tabs, '\t'), tok(TokenType.StarStar, '**')]);
    expect(out.map((d) => d.detail)).toEqual([
      'Tab characters may not be used. The recommended indentation style is two spaces per indent.',
      '"**" is not a supported operator. Exponentiation is not supported as an operator.',
    ]);
  });
});
