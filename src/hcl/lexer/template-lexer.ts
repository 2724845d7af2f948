// Scans template text: quoted strings, heredoc bodies and bare templates, splitting literals where HCL's scanner does.
import { TokenType } from './token.js';
import { isLoneSurrogateAt, trimGoSpace } from './char-classes.js';
import type { ScanState } from './scan-state.js';

const DOLLAR = 0x24;
const PERCENT = 0x25;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const CR = 0x0d;
const LF = 0x0a;

/** Code point length (1 or 2 UTF-16 units) at index i. */
function cpLen(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = src.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** One token inside a quoted template ("..."). */
export function scanQuoted(s: ScanState): void {
  const c = s.code(s.i);
  if (c === DOLLAR || c === PERCENT) {
    // A lone sigil at the very end cannot be classified: HCL reports the rest as invalid.
    if (!s.templateSigil(TokenType.QuotedLit)) s.stopWith(TokenType.Invalid);
    return;
  }
  if (c === QUOTE) {
    s.emit(TokenType.CQuote, s.i, s.i + 1);
    s.pop();
    return;
  }
  if (c === CR || c === LF) {
    let j = s.i;
    while (j < s.n && (s.code(j) === CR || s.code(j) === LF)) j++;
    s.emit(TokenType.QuotedNewline, s.i, j);
    return;
  }
  if (isLoneSurrogateAt(s.src, s.i)) {
    s.emit(TokenType.BadUTF8, s.i, s.i + 1);
    return;
  }
  let j = s.i;
  while (j < s.n) {
    const d = s.code(j);
    if (d === DOLLAR || d === PERCENT || d === QUOTE || d === CR || d === LF) break;
    if (isLoneSurrogateAt(s.src, j)) break;
    if (d === BACKSLASH) {
      // An escape takes the backslash and the next character, which must not end the line.
      const e = s.code(j + 1);
      if (j + 1 >= s.n || e === CR || e === LF || isLoneSurrogateAt(s.src, j + 1)) break;
      j += 1 + cpLen(s.src, j + 1);
      continue;
    }
    j += cpLen(s.src, j);
  }
  if (j === s.i) {
    // A backslash that escapes nothing is not valid anywhere.
    s.emit(TokenType.Invalid, s.i, s.i + 1);
    return;
  }
  s.emit(TokenType.QuotedLit, s.i, j);
}

/** End of a run of literal template characters (no sigils, line breaks or broken characters). */
function literalRunEnd(s: ScanState): number {
  let j = s.i;
  while (j < s.n) {
    const d = s.code(j);
    if (d === DOLLAR || d === PERCENT || d === CR || d === LF) break;
    if (isLoneSurrogateAt(s.src, j)) break;
    j += cpLen(s.src, j);
  }
  return j;
}

/** Length of the line break at j (\n or \r\n), or 0. */
function lineBreakAt(s: ScanState, j: number): number {
  const d = s.code(j);
  if (d === LF) return 1;
  if (d === CR && s.code(j + 1) === LF) return 2;
  return 0;
}

/** One token inside a heredoc body; detects the closing marker at the start of a line. */
export function scanHeredoc(s: ScanState): void {
  const doc = s.heredocs[s.heredocs.length - 1]!;
  const c = s.code(s.i);
  if (c === DOLLAR || c === PERCENT) {
    const midline = (): void => {
      doc.startOfLine = false;
    };
    if (!s.templateSigil(TokenType.StringLit, midline)) s.stopWith(TokenType.Invalid);
    return;
  }
  if (isLoneSurrogateAt(s.src, s.i)) {
    s.emit(TokenType.BadUTF8, s.i, s.i + 1);
    return;
  }
  const j = literalRunEnd(s);
  const nl = lineBreakAt(s, j);
  if (nl === 0) {
    if (j === s.i) {
      // A carriage return without a line feed matches nothing in HCL's scanner.
      s.stopWith(TokenType.Invalid);
      return;
    }
    doc.startOfLine = false;
    s.emit(TokenType.StringLit, s.i, j);
    return;
  }
  if (doc.startOfLine && trimGoSpace(s.src.slice(s.i, j + nl)) === doc.marker) {
    // The closing marker, then separately its newline (which also ends the attribute).
    s.emit(TokenType.CHeredoc, s.i, j);
    s.emit(TokenType.Newline, j, j + nl);
    s.heredocs.pop();
    s.pop();
    return;
  }
  doc.startOfLine = true;
  s.emit(TokenType.StringLit, s.i, j + nl);
}

/** One token of a bare template (templatefile): literal lines and sequences. */
export function scanBare(s: ScanState): void {
  const c = s.code(s.i);
  if (c === DOLLAR || c === PERCENT) {
    // A trailing lone sigil at top level is just literal text.
    if (!s.templateSigil(TokenType.StringLit)) s.stopWith(TokenType.StringLit);
    return;
  }
  if (isLoneSurrogateAt(s.src, s.i)) {
    s.emit(TokenType.BadUTF8, s.i, s.i + 1);
    return;
  }
  const j = literalRunEnd(s);
  const nl = lineBreakAt(s, j);
  if (nl === 0 && j === s.i) {
    s.stopWith(TokenType.StringLit);
    return;
  }
  s.emit(TokenType.StringLit, s.i, j + nl);
}
