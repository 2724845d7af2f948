// The formatter's view of a token: its text and the spaces before it, which is all the formatter may change.
import { TokenType } from '../lexer/token.js';
import type { Token } from '../lexer/token.js';
import { scanConfigSpans } from '../lexer/lexer.js';
import { graphemeCount } from './graphemes.js';

/** A token plus the run of spaces written before it; formatting only ever adjusts `spacesBefore`. */
export interface FmtToken {
  readonly type: TokenType;
  readonly text: string;
  spacesBefore: number;
}

/**
 * Converts lexer tokens to formatter tokens, remembering the gap before each token as spaces
 * (between tokens there is only whitespace, so the byte gap is the number of blanks).
 */
export function toFormatTokens(tokens: readonly Token[]): FmtToken[] {
  const out: FmtToken[] = [];
  let lastEnd = 0;
  for (const tok of tokens) {
    const gap = Math.max(0, tok.range.start.byte - lastEnd);
    lastEnd = tok.range.end.byte;
    if (tok.type === TokenType.CHeredoc && gap > 0) {
      // The closing marker's indentation is part of the heredoc, never reformatted: keep it in the token.
      out.push({ type: tok.type, text: ' '.repeat(gap) + tok.text, spacesBefore: 0 });
      continue;
    }
    out.push({ type: tok.type, text: tok.text, spacesBefore: gap });
  }
  return out;
}

/**
 * Lexes a configuration file straight into formatter tokens: toFormatTokens(lexConfig(src)) without
 * building source ranges. Between tokens there are only spaces and tabs, so gaps in UTF-16 units are
 * gaps in bytes.
 */
export function lexFormatTokens(src: string): FmtToken[] {
  const out: FmtToken[] = [];
  // lexConfig skips a byte order mark, but counts its three bytes.
  let lastEnd = src.charCodeAt(0) === 0xfeff ? -2 : 0;
  scanConfigSpans(src, (type, start, end) => {
    const gap = Math.max(0, start - lastEnd);
    lastEnd = end;
    const text = src.slice(start, end);
    if (type === TokenType.CHeredoc && gap > 0) out.push({ type, text: ' '.repeat(gap) + text, spacesBefore: 0 });
    else out.push({ type, text, spacesBefore: gap });
  });
  return out;
}

/** Serialises tokens with their spacing. */
export function writeTokens(tokens: readonly FmtToken[]): string {
  let out = '';
  for (const tok of tokens) {
    if (tok.spacesBefore > 0) out += ' '.repeat(tok.spacesBefore);
    out += tok.text;
  }
  return out;
}

/** +1 for tokens that open a bracket (including `${` and `%{`), -1 for those that close one. */
export function bracketChange(tok: FmtToken): number {
  switch (tok.type) {
    case TokenType.OBrace:
    case TokenType.OBrack:
    case TokenType.OParen:
    case TokenType.TemplateControl:
    case TokenType.TemplateInterp:
      return 1;
    case TokenType.CBrace:
    case TokenType.CBrack:
    case TokenType.CParen:
    case TokenType.TemplateSeqEnd:
      return -1;
    default:
      return 0;
  }
}

/** Newlines end a line, and so do `#` and `//` comments, which swallow their newline. */
export function endsLine(tok: FmtToken): boolean {
  if (tok.type === TokenType.Newline) return true;
  return tok.type === TokenType.Comment && tok.text.endsWith('\n');
}

/** The number of columns a token run occupies: spaces plus grapheme clusters (meaningless across newlines). */
export function columns(tokens: readonly FmtToken[]): number {
  let n = 0;
  for (const tok of tokens) n += tok.spacesBefore + graphemeCount(tok.text);
  return n;
}
