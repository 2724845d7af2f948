// Splits JSON source into tokens with exact positions, as HCL's json scanner does (columns count grapheme clusters).
import type { Pos, Range } from '../source/pos.js';
import type { JsonToken, JsonTokenType } from './token.js';

const punctuation = new Set(['{', '}', '[', ']', ',', ':', '=']);
const numberStart = /[-+.0-9]/;
const numberChar = /[-+.eE0-9]/;
const alpha = /[a-zA-Z]/;
const keywordChar = /[a-zA-Z_]/;

/** Scans `src` into tokens ending with an EOF token; scanning stops (with a synthetic EOF) after an invalid character. */
export function scanJson(src: string, filename: string, start: Pos): JsonToken[] {
  const tokens: JsonToken[] = [];
  let i = 0;
  let line = start.line;
  let column = start.column;
  let byte = start.byte;
  const pos = (): Pos => ({ line, column, byte });
  const push = (type: JsonTokenType, from: number, startPos: Pos): void => {
    tokens.push({ type, text: src.slice(from, i), range: range(filename, startPos, pos()) });
  };

  for (;;) {
    // whitespace: \r takes no column (it is assumed to pair with \n), a tab counts as two columns
    for (; i < src.length; i++) {
      const c = src[i];
      if (c === ' ') {
        byte++;
        column++;
      } else if (c === '\n') {
        byte++;
        line++;
        column = 1;
      } else if (c === '\r') {
        byte++;
      } else if (c === '\t') {
        byte++;
        column += 2;
      } else break;
    }
    if (i >= src.length) {
      tokens.push({ type: 'eof', text: '', range: range(filename, pos(), pos()) });
      return tokens;
    }

    const from = i;
    const startPos = pos();
    const c = src[i] as string;
    if (punctuation.has(c)) {
      i++;
      byte++;
      column++;
      push(c as JsonTokenType, from, startPos);
    } else if (c === '"') {
      const end = scanStringEnd(src, i);
      const cols = stringColumns(src, i, end);
      byte += utf8Length(src, i, end);
      column += cols;
      i = end;
      push('string', from, startPos);
    } else if (numberStart.test(c)) {
      while (i < src.length && numberChar.test(src[i] as string)) i++;
      byte += i - from;
      column += i - from;
      push('number', from, startPos);
    } else if (alpha.test(c)) {
      while (i < src.length && keywordChar.test(src[i] as string)) i++;
      byte += i - from;
      column += i - from;
      push('keyword', from, startPos);
    } else {
      // One whole character; the parser stops here anyway, so scanning ends with a synthetic EOF.
      const cp = src.codePointAt(i) ?? 0;
      i += cp > 0xffff ? 2 : 1;
      byte += utf8Length(src, from, i);
      column++;
      push('invalid', from, startPos);
      tokens.push({ type: 'eof', text: '', range: range(filename, pos(), pos()) });
      return tokens;
    }
  }
}

/**
 * The index just past a string token starting at the quote at `start`. Escapes matter only to find the
 * closing quote; a control character (such as a newline) ends the token early, leaving it unterminated.
 */
function scanStringEnd(src: string, start: number): number {
  let i = start + 1;
  let escaping = false;
  while (i < src.length) {
    const code = src.charCodeAt(i);
    if (code === 0x5c) {
      escaping = !escaping;
      i++;
    } else if (code === 0x22) {
      i++;
      if (!escaping) break;
      escaping = false;
    } else if (code < 32) {
      break;
    } else {
      escaping = false;
      i++;
    }
  }
  return i;
}

let segmenter: Intl.Segmenter | undefined;

/** Columns a string token occupies: one per quote and backslash, one per grapheme cluster otherwise. */
function stringColumns(src: string, start: number, end: number): number {
  let cols = 0;
  let runStart = start;
  const flush = (runEnd: number): void => {
    if (runEnd <= runStart) return;
    const run = src.slice(runStart, runEnd);
    if (/^[\x20-\x7e]*$/.test(run)) {
      cols += run.length;
    } else {
      segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
      for (const _ of segmenter.segment(run)) cols++;
    }
  };
  for (let i = start; i < end; i++) {
    const code = src.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) {
      flush(i);
      cols++;
      runStart = i + 1;
    }
  }
  flush(end);
  return cols;
}

/** UTF-8 byte length of src[start, end) (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(src: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = src.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      const next = src.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

function range(filename: string, start: Pos, end: Pos): Range {
  return { filename, start, end };
}
