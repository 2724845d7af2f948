// Parses a quoted string that may not contain template sequences: block labels and traversal index keys.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { rangeBetween, type Range } from '../source/pos.js';
import { TokenType } from '../lexer/token.js';
import type { Parser } from './parser.js';
import { parseStringLiteralToken } from './string-literal.js';

export function parseQuotedStringLiteral(p: Parser): { value: string; range: Range; diags: Diagnostic[] } {
  const oQuote = p.read();
  if (oQuote.type !== TokenType.OQuote) {
    return {
      value: '',
      range: oQuote.range,
      diags: [errorDiag('Invalid string literal', 'A quoted string is required here.', oQuote.range)],
    };
  }
  const diags: Diagnostic[] = [];
  let value = '';
  let endRange: Range;

  for (;;) {
    const tok = p.read();
    if (tok.type === TokenType.CQuote) {
      endRange = tok.range;
      break;
    }
    if (tok.type === TokenType.QuotedLit) {
      const s = parseStringLiteralToken(tok);
      diags.push(...s.diags);
      value += s.value;
      continue;
    }
    if (tok.type === TokenType.TemplateControl || tok.type === TokenType.TemplateInterp) {
      const which = tok.type === TokenType.TemplateControl ? '%' : '$';
      diags.push(
        errorDiag(
          'Invalid string literal',
          `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`,
          tok.range,
          rangeBetween(oQuote.range, tok.range),
        ),
      );
      // Leave a marker so a partial result is not mistaken for the real string.
      value += `${which}{ ... }`;
      p.recover(TokenType.TemplateSeqEnd);
      continue;
    }
    if (tok.type === TokenType.EOF) {
      diags.push(
        errorDiag(
          'Unterminated string literal',
          'Unable to find the closing quote mark before the end of the file.',
          tok.range,
          rangeBetween(oQuote.range, tok.range),
        ),
      );
      endRange = tok.range;
      break;
    }
    diags.push(
      errorDiag('Invalid string literal', 'This item is not valid in a string literal.', tok.range, rangeBetween(oQuote.range, tok.range)),
    );
    p.recover(TokenType.CQuote);
    endRange = tok.range;
    break;
  }
  return { value, range: rangeBetween(oQuote.range, endRange), diags };
}
