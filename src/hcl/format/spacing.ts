// Pass 2: the spaces between tokens within a cell, decided pairwise by hclwrite's rules.
import { TokenType } from '../lexer/token.js';
import { bracketChange } from './format-token.js';
import type { FmtToken } from './format-token.js';
import type { FormatLine } from './lines.js';

/** Tokens after which a `-` can only be a negation, never a subtraction. */
const negationContext: ReadonlySet<TokenType> = new Set([
  TokenType.OParen,
  TokenType.OBrace,
  TokenType.OBrack,
  TokenType.Equal,
  TokenType.Colon,
  TokenType.Comma,
  TokenType.Question,
  TokenType.Plus,
  TokenType.Star,
  TokenType.Slash,
  TokenType.Percent,
  TokenType.Minus,
  TokenType.EqualOp,
  TokenType.NotEqual,
  TokenType.GreaterThan,
  TokenType.GreaterThanEq,
  TokenType.LessThan,
  TokenType.LessThanEq,
  TokenType.And,
  TokenType.Or,
  TokenType.Bang,
]);

function isTemplateText(type: TokenType): boolean {
  return type === TokenType.QuotedLit || type === TokenType.StringLit;
}

/**
 * Whether `subject` is followed by one space (true) or none (false). `before` is the token preceding
 * `subject` in the same cell, undefined at the start of a cell. The order of the checks matters.
 */
export function spaceAfterToken(subject: FmtToken, before: FmtToken | undefined, after: FmtToken): boolean {
  const s = subject.type;
  const a = after.type;
  if (a === TokenType.Newline) return false; // never trailing spaces
  if (s === TokenType.Ident && a === TokenType.OParen) return false; // f(x), not f (x)
  if (
    (s === TokenType.Ident && a === TokenType.DoubleColon) ||
    (s === TokenType.DoubleColon && a === TokenType.Ident)
  ) {
    return false; // namespaced functions: provider::terraform::encode_tfvars (newer HCL than packer 1.6.6)
  }
  if (s === TokenType.Dot || a === TokenType.Dot) return false; // a.b
  if (a === TokenType.Comma || a === TokenType.Ellipsis) return false; // f(a, b...)
  if (s === TokenType.Comma) return true;
  if (
    isTemplateText(s) ||
    s === TokenType.OQuote ||
    s === TokenType.OHeredoc ||
    isTemplateText(a) ||
    a === TokenType.CQuote ||
    a === TokenType.CHeredoc
  ) {
    return false; // template text is never padded
  }
  if (s === TokenType.Ident && subject.text === 'in' && before?.type === TokenType.Ident) {
    return true; // the `in` keyword of a for expression: [for x in [foo]: x]
  }
  if (
    a === TokenType.OBrack &&
    (s === TokenType.Ident || s === TokenType.NumberLit || bracketChange(subject) < 0)
  ) {
    return false; // an index: a[0], f(x)[0]
  }
  if (s === TokenType.Minus) {
    // A minus is a negation unless the token before it could end an expression.
    return before !== undefined && !negationContext.has(before.type);
  }
  if (s === TokenType.OBrace || a === TokenType.CBrace) {
    // Braces are padded inside, in one-line blocks and objects alike: { a = 1 }; but {} stays tight.
    return !(s === TokenType.OBrace && a === TokenType.CBrace);
  }
  // "${ {a = 1} }": pad an interpolation that is a lone object constructor.
  if ((s === TokenType.TemplateInterp || s === TokenType.TemplateControl) && a === TokenType.OBrace) return true;
  if (s === TokenType.CBrace && a === TokenType.TemplateSeqEnd) return true;
  // Consecutive interpolations stay tight: ${a}${b}.
  if (s === TokenType.TemplateSeqEnd && (a === TokenType.TemplateInterp || a === TokenType.TemplateControl)) {
    return false;
  }
  if (bracketChange(subject) > 0) return false; // nothing after an opening bracket
  if (bracketChange(after) < 0) return false; // nothing before a closing bracket
  return true;
}

function spaceCell(cell: readonly FmtToken[]): void {
  for (let i = 0; i + 1 < cell.length; i++) {
    const after = cell[i + 1]!;
    after.spacesBefore = spaceAfterToken(cell[i]!, i > 0 ? cell[i - 1] : undefined, after) ? 1 : 0;
  }
}

/** Sets the spaces between the tokens of each lead and assign cell; an assign cell starts one space after its lead. */
export function formatSpaces(lines: readonly FormatLine[]): void {
  for (const line of lines) {
    spaceCell(line.lead);
    if (line.assign !== undefined) {
      line.assign[0]!.spacesBefore = 1;
      spaceCell(line.assign);
    }
  }
}
