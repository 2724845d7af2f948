// Turns token offsets into HCL positions: byte = UTF-8 offset, column = grapheme clusters, CRLF is one line break.
import type { Pos, Range } from '../source/pos.js';

// Created on first use: building a segmenter loads ICU data, which would slow every CLI start.
let segmenter: Intl.Segmenter | undefined;

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
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
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

  /**
   * The range of src[startIdx, endIdx). A token starting where the previous one ended shares its Pos
   * object; ASCII tokens are measured in one pass without slicing the source.
   */
  range(startIdx: number, endIdx: number): Range {
    const last = this.last;
    const startByte = startIdx === this.cursorIdx ? this.cursorByte : this.byteAt(startIdx);
    const start: Pos =
      startByte === last.byte ? last : { line: last.line, column: last.column + (startByte - last.byte), byte: startByte };
    let end = start;
    if (endIdx !== startIdx) {
      const s = this.src;
      let line = start.line;
      let column = start.column;
      let i = startIdx;
      for (; i < endIdx; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        if (c === 0x0a) {
          line++;
          column = 1;
        } else if (c === 0x0d && i + 1 < endIdx && s.charCodeAt(i + 1) === 0x0a) {
          line++;
          column = 1;
          i++;
        } else column++;
      }
      if (i === endIdx) {
        const endByte = startByte + (endIdx - startIdx);
        this.cursorIdx = endIdx;
        this.cursorByte = endByte;
        end = { line, column, byte: endByte };
      } else {
        end = advancePos(start, s.slice(startIdx, endIdx), this.byteAt(endIdx));
      }
    }
    this.last = end;
    return { filename: this.filename, start, end };
  }
}
