// Resolves escape sequences in quoted-string and heredoc literal tokens (HCL's ParseStringLiteralToken).
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Pos, Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { advancePos } from '../lexer/positions.js';
import { utf8ByteLength } from '../lexer/char-classes.js';
import { goQuote } from './go-quote.js';

const hexRe = /^[0-9a-fA-F]$/;

/**
 * The string value of a QuotedLit (escapes processed) or StringLit (only `$${`/`%%{` processed) token.
 * If diagnostics are returned the string may be incomplete.
 */
export function parseStringLiteralToken(tok: Token): { value: string; diags: Diagnostic[] } {
  const quoted = tok.type === TokenType.QuotedLit;
  const text = tok.text;
  if (!hasEscapes(text, quoted)) return { value: text, diags: [] };
  const diags: Diagnostic[] = [];
  let out = '';
  let i = 0;
  let pos: Pos = tok.range.start;

  // The range of text[from, to), tracked incrementally from the token start.
  const sliceRange = (from: number, to: number): Range => {
    const start = pos;
    const slice = text.slice(from, to);
    const end = advancePos(start, slice, start.byte + utf8ByteLength(slice));
    pos = end;
    return { filename: tok.range.filename, start, end };
  };
  const skipTo = (to: number): void => {
    if (to > i) sliceRange(i, to);
    i = to;
  };

  while (i < text.length) {
    const c = text[i]!;
    if (quoted && c === '\\') {
      const sel = text[i + 1];
      if (sel === undefined) {
        diags.push(
          errorDiag('Invalid escape sequence', 'Backslash must be followed by an escape sequence selector character.', sliceRange(i, i + 1)),
        );
        out += c;
        i++;
        continue;
      }
      const simple = simpleEscapes[sel];
      if (simple !== undefined) {
        out += simple;
        skipTo(i + 2);
        continue;
      }
      if (sel === 'u' || sel === 'U') {
        const want = sel === 'u' ? 4 : 8;
        let j = i + 2;
        while (j < text.length && j - (i + 2) < want && hexRe.test(text[j]!)) j++;
        const slice = text.slice(i, j);
        const rng = sliceRange(i, j);
        i = j;
        if (slice.length - 2 !== want) {
          const detail =
            sel === 'u'
              ? 'The \\u escape sequence must be followed by four hexadecimal digits.'
              : 'The \\U escape sequence must be followed by eight hexadecimal digits.';
          diags.push(errorDiag('Invalid escape sequence', detail, rng));
          out += slice;
          continue;
        }
        const num = parseInt(slice.slice(2), 16);
        if ((num >= 0xd800 && num <= 0xdfff) || num > 0x10ffff) {
          diags.push(
            errorDiag('Invalid escape sequence', `Cannot encode character U+${num.toString(16).padStart(4, '0')} in UTF-8.`, rng),
          );
          out += slice;
          continue;
        }
        out += String.fromCodePoint(num);
        continue;
      }
      const ch = String.fromCodePoint(text.codePointAt(i + 1)!);
      const rng = sliceRange(i, i + 1 + ch.length);
      i += 1 + ch.length;
      diags.push(errorDiag('Invalid escape sequence', `The symbol ${goQuote(ch)} is not a valid escape sequence selector.`, rng));
      out += ch;
      continue;
    }
    if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
      // $${ and %%{ are the escapes for a literal ${ and %{.
      out += c + '{';
      skipTo(i + 3);
      continue;
    }
    // A run of literal text up to the next character that may start an escape.
    let j = i + 1;
    while (j < text.length && !(quoted && text[j] === '\\') && text[j] !== '$' && text[j] !== '%') j++;
    if (c === '$' || c === '%') j = Math.max(j, text[i + 1] === c ? i + 2 : i + 1);
    out += text.slice(i, j);
    skipTo(j);
  }
  return { value: out, diags };
}

/** Could text hold an escape sequence? Most literals hold none, and are their own value. */
function hasEscapes(text: string, quoted: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x24 || c === 0x25 || (quoted && c === 0x5c)) return true; // $ % \
  }
  return false;
}

const simpleEscapes: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '"': '"',
  '\\': '\\',
};
