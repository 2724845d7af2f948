// The hand-written HCL native-syntax scanner: source text to tokens with exact ranges, as hclsyntax's Ragel scanner.
import { initialPos, type Pos } from '../source/pos.js';
import { TokenType, type LexMode, type Token } from './token.js';
import { isAsciiIdentContinue, isDigit, isIdentContinue, isIdentStart, isLoneSurrogateAt } from './char-classes.js';
import { ScanState, type TokenSink } from './scan-state.js';
import { scanBare, scanHeredoc, scanQuoted } from './template-lexer.js';

/** Tokens of a whole configuration file. The last token is always EOF. */
export function lexConfig(src: string, filename: string, start: Pos = initialPos): Token[] {
  return scanTokens(src, filename, start, 'config');
}

/** Tokens of a standalone expression (lexed exactly like a config file). */
export function lexExpression(src: string, filename: string, start: Pos = initialPos): Token[] {
  return scanTokens(src, filename, start, 'expression');
}

/** Tokens of a standalone template, as read by templatefile: literal text with `${...}` and `%{...}`. */
export function lexTemplate(src: string, filename: string, start: Pos = initialPos): Token[] {
  return scanTokens(src, filename, start, 'template');
}

/**
 * Scans a configuration file, handing each token to `sink` as a UTF-16 span of src instead of
 * building tokens with ranges. A leading byte order mark is skipped, as lexConfig skips it.
 */
export function scanConfigSpans(src: string, sink: TokenSink): void {
  const s = new ScanState(src, '', initialPos, 'main', sink);
  while (scanStep(s));
  s.finish();
}

export function scanTokens(src: string, filename: string, start: Pos, mode: LexMode): Token[] {
  const s = new ScanState(src, filename, start, mode === 'template' ? 'bare' : 'main');
  while (scanStep(s));
  return s.finish();
}

/** Scans one token (or a run of skipped spaces); false once the input is used up or scanning stopped. */
export function scanStep(s: ScanState): boolean {
  if (s.i >= s.n || s.stopped) return false;
  switch (s.frame) {
    case 'main':
      scanMain(s);
      break;
    case 'string':
      scanQuoted(s);
      break;
    case 'heredoc':
      scanHeredoc(s);
      break;
    case 'bare':
      scanBare(s);
      break;
  }
  return true;
}

/** Single-character tokens that stand for themselves. */
const selfTokens: ReadonlyMap<number, TokenType> = new Map([
  [0x5b, TokenType.OBrack],
  [0x5d, TokenType.CBrack],
  [0x28, TokenType.OParen],
  [0x29, TokenType.CParen],
  [0x2c, TokenType.Comma],
  [0x2a, TokenType.Star],
  [0x2b, TokenType.Plus],
  [0x2d, TokenType.Minus],
  [0x25, TokenType.Percent],
  [0x3f, TokenType.Question],
  [0x5e, TokenType.BitwiseXor],
  [0x3b, TokenType.Semicolon],
  [0x60, TokenType.Backtick],
  [0x27, TokenType.Apostrophe],
]);

/** Two-character operators, keyed by their first character. */
const pairTokens: ReadonlyMap<number, readonly [number, TokenType, TokenType][]> = new Map([
  [0x3d, [[0x3d, TokenType.EqualOp, TokenType.Equal], [0x3e, TokenType.FatArrow, TokenType.Equal]]], // == =>
  [0x21, [[0x3d, TokenType.NotEqual, TokenType.Bang]]], // !=
  [0x3e, [[0x3d, TokenType.GreaterThanEq, TokenType.GreaterThan]]], // >=
  [0x3c, [[0x3d, TokenType.LessThanEq, TokenType.LessThan]]], // <=
  [0x26, [[0x26, TokenType.And, TokenType.BitwiseAnd]]], // &&
  [0x7c, [[0x7c, TokenType.Or, TokenType.BitwiseOr]]], // ||
  [0x3a, [[0x3a, TokenType.DoubleColon, TokenType.Colon]]], // ::
]);

// The two tables above as arrays indexed by character code: a lookup per character must be cheap.
const asciiSelfTokens: (TokenType | undefined)[] = Array.from({ length: 0x80 }, (_, c) => selfTokens.get(c));
const asciiPairTokens: (readonly [number, TokenType, TokenType][] | undefined)[] = Array.from({ length: 0x80 }, (_, c) => pairTokens.get(c));

/** One token (or a run of skipped spaces) in code mode. */
function scanMain(s: ScanState): void {
  const i = s.i;
  const c = s.code(i);
  if (c === 0x20 || c === 0x09) {
    // Spaces and tabs separate tokens; they are not tokens themselves.
    let j = i + 1;
    while (j < s.n && (s.code(j) === 0x20 || s.code(j) === 0x09)) j++;
    s.i = j;
    return;
  }
  if (isDigit(c)) return s.emit(TokenType.NumberLit, i, numberEnd(s, i));
  const cp = s.src.codePointAt(i)!;
  if (isIdentStart(cp)) return s.emit(TokenType.Ident, i, identEnd(s, i));

  switch (c) {
    case 0x0a:
      return s.emit(TokenType.Newline, i, i + 1);
    case 0x0d:
      return s.emit(s.code(i + 1) === 0x0a ? TokenType.Newline : TokenType.Invalid, i, s.code(i + 1) === 0x0a ? i + 2 : i + 1);
    case 0x23: // #
      return s.emit(TokenType.Comment, i, lineCommentEnd(s, i));
    case 0x2f: {
      // /
      const next = s.code(i + 1);
      if (next === 0x2f) return s.emit(TokenType.Comment, i, lineCommentEnd(s, i));
      if (next === 0x2a) {
        // An unterminated block comment is no comment: HCL falls back to "/" and scans on.
        const close = i + 2 >= s.noCommentCloseFrom ? -1 : s.src.indexOf('*/', i + 2);
        if (close >= 0) return s.emit(TokenType.Comment, i, close + 2);
        s.noCommentCloseFrom = Math.min(s.noCommentCloseFrom, i + 2);
      }
      return s.emit(TokenType.Slash, i, i + 1);
    }
    case 0x2e: // .
      if (s.code(i + 1) === 0x2e && s.code(i + 2) === 0x2e) return s.emit(TokenType.Ellipsis, i, i + 3);
      return s.emit(TokenType.Dot, i, i + 1);
    case 0x3c: {
      // <
      const end = heredocIntroEnd(s, i);
      if (end !== undefined) return openHeredoc(s, i, end);
      break;
    }
    case 0x7b: // {
      s.emit(TokenType.OBrace, i, i + 1);
      s.braces++;
      return;
    case 0x7d: // }
      return closeBrace(s, i, 1, TokenType.CBrace);
    case 0x7e: // ~
      if (s.code(i + 1) === 0x7d) return closeBrace(s, i, 2, TokenType.TemplateSeqEnd);
      return s.emit(TokenType.BitwiseNot, i, i + 1);
    case 0x22: // "
      s.emit(TokenType.OQuote, i, i + 1);
      s.push('string');
      return;
  }

  const pairs = c < 0x80 ? asciiPairTokens[c] : undefined;
  if (pairs !== undefined) {
    const next = s.code(i + 1);
    for (const [second, two] of pairs) if (next === second) return s.emit(two, i, i + 2);
    return s.emit(pairs[0]![2], i, i + 1);
  }
  const self = c < 0x80 ? asciiSelfTokens[c] : undefined;
  if (self !== undefined) return s.emit(self, i, i + 1);
  if (isLoneSurrogateAt(s.src, i)) return s.emit(TokenType.BadUTF8, i, i + 1);
  s.emit(TokenType.Invalid, i, i + (cp > 0xffff ? 2 : 1));
}

/**
 * A `}` (or `~}`): closes a template sequence when at the brace level that opened it, otherwise it is a
 * plain brace. `~}` is always a TemplateSeqEnd so the parser can report its misuse.
 */
function closeBrace(s: ScanState, i: number, len: number, otherwise: TokenType): void {
  const top = s.retBraces[s.retBraces.length - 1];
  if (top !== undefined && top === s.braces) {
    s.emit(TokenType.TemplateSeqEnd, i, i + len);
    s.braces--;
    s.retBraces.pop();
    s.pop();
    return;
  }
  s.emit(otherwise, i, i + len);
  s.braces--;
}

/** NumberLit = digit (digit | "." | [eE][+-]?digit)*, never ending in ".". */
function numberEnd(s: ScanState, i: number): number {
  let j = i + 1;
  let good = j;
  while (j < s.n) {
    const c = s.code(j);
    if (isDigit(c)) {
      j++;
      good = j;
    } else if (c === 0x2e) {
      j++;
    } else if (c === 0x65 || c === 0x45) {
      let k = j + 1;
      if (s.code(k) === 0x2b || s.code(k) === 0x2d) k++;
      if (!isDigit(s.code(k))) break;
      j = k + 1;
      good = j;
    } else break;
  }
  return good;
}

/** Identifier = (ID_Start | "_") (ID_Continue | "-")* */
function identEnd(s: ScanState, i: number): number {
  const src = s.src;
  const n = s.n;
  let j = i + (src.codePointAt(i)! > 0xffff ? 2 : 1);
  // ASCII fast path: letters, digits, "_" and "-".
  for (; j < n; j++) {
    const c = src.charCodeAt(j);
    if (c >= 0x80) break;
    if (!isAsciiIdentContinue(c)) return j;
  }
  while (j < n) {
    if (isLoneSurrogateAt(src, j)) break;
    const cp = src.codePointAt(j)!;
    if (!isIdentContinue(cp)) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/** A line comment runs to and includes its line feed (or to the end of the input). */
function lineCommentEnd(s: ScanState, i: number): number {
  const nl = s.src.indexOf('\n', i);
  return nl < 0 ? s.n : nl + 1;
}

/** `<<` `-`? Identifier newline: returns the end index (after the newline) if this is a heredoc opener. */
function heredocIntroEnd(s: ScanState, i: number): number | undefined {
  if (s.code(i + 1) !== 0x3c) return undefined;
  let j = i + 2;
  if (s.code(j) === 0x2d) j++;
  if (j >= s.n || isLoneSurrogateAt(s.src, j) || !isIdentStart(s.src.codePointAt(j)!)) return undefined;
  j = identEnd(s, j);
  if (s.code(j) === 0x0a) return j + 1;
  if (s.code(j) === 0x0d && s.code(j + 1) === 0x0a) return j + 2;
  return undefined;
}

function openHeredoc(s: ScanState, i: number, end: number): void {
  let marker = s.src.slice(i + 2, end).replace(/\r?\n$/, '');
  if (marker.startsWith('-')) marker = marker.slice(1);
  s.emit(TokenType.OHeredoc, i, end);
  s.heredocs.push({ marker, startOfLine: true });
  s.push('heredoc');
}
