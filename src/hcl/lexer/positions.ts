// Turns token offsets into HCL positions: byte = UTF-8 offset, column = grapheme clusters, CRLF is one line break.
import type { Pos, Range } from '../source/pos.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The position reached after `text`, starting at `start` and ending at byte `endByte`. */
export function advancePos(start: Pos, text: string, endByte: number): Pos {
  let line = start.line;
  let column = start.column;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        line++;
        column = 1;
      } else if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
        line++;
        column = 1;
        i++;
      } else column++;
    }
  } else {
    for (const { segment } of segmenter.segment(text)) {
      if (segment === '\n' || segment === '\r\n') {
        line++;
        column = 1;
      } else column++;
    }
  }
  return { line, column, byte: endByte };
}

/**
 * Maps UTF-16 indexes of the source to HCL ranges. Tokens must be asked for in source order; the text
 * between tokens is assumed to be ASCII spaces (as HCL's scanner assumes), so columns advance by bytes there.
 */
export class TokenPositions {
  private cursorIdx: number;
  private cursorByte: number;
  private last: Pos;

  constructor(
    private readonly src: string,
    private readonly filename: string,
    start: Pos,
    firstIdx: number,
    firstByte: number,
  ) {
    this.cursorIdx = firstIdx;
    this.cursorByte = firstByte;
    this.last = { line: start.line, column: start.column, byte: firstByte };
  }

  /** UTF-8 byte offset of a UTF-16 index at or after the previous one asked for. */
  private byteAt(idx: number): number {
    const s = this.src;
    let i = this.cursorIdx;
    let b = this.cursorByte;
    while (i < idx) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        b += 1;
        i += 1;
      } else if (c < 0x800) {
        b += 2;
        i += 1;
      } else if (c >= 0xd800 && c <= 0xdbff) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff && i + 1 < idx) {
          b += 4;
          i += 2;
        } else {
          b += 3;
          i += 1;
        }
      } else {
        b += 3;
        i += 1;
      }
    }
    this.cursorIdx = i;
    this.cursorByte = b;
    return b;
  }

  /** The range of src[startIdx, endIdx). */
  range(startIdx: number, endIdx: number): Range {
    const startByte = this.byteAt(startIdx);
    const start: Pos = {
      line: this.last.line,
      column: this.last.column + (startByte - this.last.byte),
      byte: startByte,
    };
    const endByte = this.byteAt(endIdx);
    const end = endIdx === startIdx ? start : advancePos(start, this.src.slice(startIdx, endIdx), endByte);
    this.last = end;
    return { filename: this.filename, start, end };
  }
}
