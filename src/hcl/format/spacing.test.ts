// spaceAfterToken's rules one by one, on hand-built token triples.
import { describe, expect, it } from 'vitest';
import { TokenType as T } from '../lexer/token.js';
import type { FmtToken } from './format-token.js';
import { spaceAfterToken } from './spacing.js';

const tok = (type: T, text = ''): FmtToken => ({ type, text, spacesBefore: 0 });
const id = (text: string): FmtToken => tok(T.Ident, text);

describe('spaceAfterToken', () => {
  const cases: [string, FmtToken | undefined, FmtToken, FmtToken, boolean][] = [
    ['never before a newline', undefined, id('a'), tok(T.Newline, '\n'), false],
    ['function name and paren', undefined, id('f'), tok(T.OParen, '('), false],
    ['before a dot', undefined, id('a'), tok(T.Dot, '.'), false],
    ['after a dot', id('a'), tok(T.Dot, '.'), id('b'), false],
    ['before a comma', undefined, tok(T.NumberLit, '1'), tok(T.Comma, ','), false],
    ['after a comma', undefined, tok(T.Comma, ','), tok(T.NumberLit, '2'), true],
    ['before an ellipsis', undefined, id('x'), tok(T.Ellipsis, '...'), false],
    ['after an opening quote', undefined, tok(T.OQuote, '"'), tok(T.TemplateInterp, '${'), false],
    ['before a closing quote', undefined, tok(T.TemplateSeqEnd, '}'), tok(T.CQuote, '"'), false],
    ['around quoted text', undefined, tok(T.QuotedLit, 'x'), tok(T.TemplateInterp, '${'), false],
    ['before heredoc text', undefined, tok(T.TemplateSeqEnd, '}'), tok(T.StringLit, 'x\n'), false],
    ['before a heredoc end', undefined, tok(T.StringLit, 'x\n'), tok(T.CHeredoc, 'EOT'), false],
    ['the for keyword in', id('x'), id('in'), tok(T.OBrack, '['), true],
    ['in as a plain name', tok(T.Equal, '='), id('in'), tok(T.OBrack, '['), false],
    ['index after a name', undefined, id('a'), tok(T.OBrack, '['), false],
    ['index after a number', undefined, tok(T.NumberLit, '0'), tok(T.OBrack, '['), false],
    ['index after a closing bracket', undefined, tok(T.CBrack, ']'), tok(T.OBrack, '['), false],
    ['tuple after an operator', undefined, tok(T.Plus, '+'), tok(T.OBrack, '['), true],
    ['after a bang (packer 1.6.6 pads it)', undefined, tok(T.Bang, '!'), id('x'), true],
    ['unary minus at the start', undefined, tok(T.Minus, '-'), tok(T.NumberLit, '1'), false],
    ['unary minus after =', tok(T.Equal, '='), tok(T.Minus, '-'), tok(T.NumberLit, '1'), false],
    ['unary minus after an operator', tok(T.Star, '*'), tok(T.Minus, '-'), tok(T.NumberLit, '1'), false],
    ['unary minus after a comparison', tok(T.LessThanEq, '<='), tok(T.Minus, '-'), tok(T.NumberLit, '1'), false],
    ['unary minus after a logical operator', tok(T.Or, '||'), tok(T.Minus, '-'), tok(T.NumberLit, '1'), false],
    ['unary minus after ?', tok(T.Question, '?'), tok(T.Minus, '-'), tok(T.NumberLit, '1'), false],
    ['binary minus after a value', tok(T.NumberLit, '2'), tok(T.Minus, '-'), tok(T.NumberLit, '1'), true],
    ['binary minus after a paren', tok(T.CParen, ')'), tok(T.Minus, '-'), tok(T.NumberLit, '1'), true],
    ['inside an object', undefined, tok(T.OBrace, '{'), id('a'), true],
    ['before a closing brace', undefined, id('a'), tok(T.CBrace, '}'), true],
    ['empty braces', undefined, tok(T.OBrace, '{'), tok(T.CBrace, '}'), false],
    ['interpolated object', undefined, tok(T.TemplateInterp, '${'), tok(T.OBrace, '{'), true],
    ['closing an interpolated object', undefined, tok(T.CBrace, '}'), tok(T.TemplateSeqEnd, '}'), true],
    ['adjacent interpolations', undefined, tok(T.TemplateSeqEnd, '}'), tok(T.TemplateInterp, '${'), false],
    ['after an opening bracket', undefined, tok(T.OBrack, '['), tok(T.NumberLit, '1'), false],
    ['inside an interpolation', undefined, tok(T.TemplateInterp, '${'), id('a'), false],
    ['before a closing paren', undefined, id('a'), tok(T.CParen, ')'), false],
    ['before a closing sequence', undefined, id('a'), tok(T.TemplateSeqEnd, '}'), false],
    ['binary operators', undefined, id('a'), tok(T.EqualOp, '=='), true],
    ['fat arrow', undefined, id('k'), tok(T.FatArrow, '=>'), true],
    ['colon', undefined, id('k'), tok(T.Colon, ':'), true],
    ['namespace separator', undefined, id('provider'), tok(T.DoubleColon, '::'), false],
    ['after a namespace separator', undefined, tok(T.DoubleColon, '::'), id('f'), false],
    ['block comment', undefined, tok(T.NumberLit, '1'), tok(T.Comment, '/* x */'), true],
  ];
  it.each(cases)('%s', (_name, before, subject, after, want) => {
    expect(spaceAfterToken(subject, before, after)).toBe(want);
  });
});
