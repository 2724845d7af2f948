// The scanner's mutable state: cursor, mode stack (HCL's fcall/fret), brace nesting and open heredocs.
import type { Pos } from '../source/pos.js';
import { TokenType, type Token } from './token.js';
import { TokenPositions } from './positions.js';

/** What the scanner is inside: code, a quoted template, a heredoc, or a bare (templatefile) template. */
export type ScanFrame = 'main' | 'string' | 'heredoc' | 'bare';

export interface HeredocInProgress {
  readonly marker: string;
  startOfLine: boolean;
}

/** Receives each token as src[start, end). */
export type TokenSink = (type: TokenType, start: number, end: number) => void;

export class ScanState {
  readonly tokens: Token[] = [];
  /** Current UTF-16 index into src. */
  i: number;
  readonly n: number;
  /** Set when the scanner hit input it cannot continue from (HCL's Ragel error state). */
  stopped = false;
  private readonly frames: ScanFrame[];
  braces = 0;
  /** Brace levels at which a "}" closes a template sequence and returns to the template. */
  readonly retBraces: number[] = [];
  readonly heredocs: HeredocInProgress[] = [];
  /** No block-comment closer occurs at or after this index (remembered so unterminated comments stay linear). */
  noCommentCloseFrom = Number.POSITIVE_INFINITY;
  private readonly positions: TokenPositions;

  /**
   * With a sink, tokens are handed to it as source spans instead of being built with ranges (the
   * formatter needs only types, texts and the gaps between them).
   */
  constructor(
    readonly src: string,
    filename: string,
    start: Pos,
    base: ScanFrame,
    private readonly sink?: TokenSink,
  ) {
    // A leading UTF-8 byte order mark is skipped, but its bytes still count in ranges.
    const bom = src.charCodeAt(0) === 0xfeff;
    this.i = bom ? 1 : 0;
    this.n = src.length;
    this.frames = [base];
    this.positions = new TokenPositions(src, filename, start, this.i, start.byte + (bom ? 3 : 0));
  }

  get frame(): ScanFrame {
    return this.frames[this.frames.length - 1]!;
  }

  /** True when only the base frame is active (HCL: the Ragel call stack is empty). */
  get atBase(): boolean {
    return this.frames.length === 1;
  }

  push(frame: ScanFrame): void {
    this.frames.push(frame);
  }

  pop(): void {
    if (this.frames.length > 1) this.frames.pop();
  }

  code(at: number): number {
    return this.src.charCodeAt(at);
  }

  /** Emits src[start, end) as a token of the given type and moves the cursor to end. */
  emit(type: TokenType, start: number, end: number): void {
    if (this.sink !== undefined) {
      this.sink(type, start, end);
      this.i = end;
      return;
    }
    const range = this.positions.range(start, end);
    this.tokens.push({ type, text: this.src.slice(start, end), range });
    this.i = end;
  }

  /** Opens a `${` or `%{` sequence (with its optional `~`) and enters code mode until the matching `}`. */
  openTemplateSeq(type: TokenType.TemplateInterp | TokenType.TemplateControl): void {
    const len = this.code(this.i + 2) === 0x7e ? 3 : 2;
    this.emit(type, this.i, this.i + len);
    this.braces++;
    this.retBraces.push(this.braces);
    const doc = this.heredocs[this.heredocs.length - 1];
    if (doc !== undefined) doc.startOfLine = false;
    this.push('main');
  }

  /**
   * Handles a `$` or `%` in a template: a sequence opener, a `$${`/`%%{` escape, or the lone character.
   * Returns false when the character is the last of the input (the scanner cannot decide; caller handles).
   */
  templateSigil(litType: TokenType, onLiteral?: () => void): boolean {
    const c = this.code(this.i);
    const next = this.code(this.i + 1);
    if (next === 0x7b) {
      this.openTemplateSeq(c === 0x24 ? TokenType.TemplateInterp : TokenType.TemplateControl);
      return true;
    }
    if (this.i + 1 >= this.n) return false;
    onLiteral?.();
    if (next === c && this.code(this.i + 2) === 0x7b) {
      const len = this.code(this.i + 3) === 0x7e ? 4 : 3;
      this.emit(litType, this.i, this.i + len);
      return true;
    }
    this.emit(litType, this.i, this.i + 1);
    return true;
  }

  /** Stops scanning, covering the rest of the input with one token (HCL does this in its error state). */
  stopWith(type: TokenType): void {
    if (this.i < this.n) this.emit(type, this.i, this.n);
    this.stopped = true;
  }

  finish(): Token[] {
    this.emit(TokenType.EOF, this.n, this.n);
    return this.tokens;
  }
}
