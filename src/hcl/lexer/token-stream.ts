// Tokens on demand: the parser pulls tokens as it goes, so a large file never holds all its tokens at once.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Pos } from '../source/pos.js';
import { InvalidTokenCheck } from './invalid-tokens.js';
import { scanStep } from './lexer.js';
import { ScanState } from './scan-state.js';
import type { LexMode, Token } from './token.js';

/** What the parser reads tokens from: an array, or a stream that lexes on demand. */
export interface TokenSource {
  /** The token at index i, or undefined past the end. The last token is always EOF. */
  at(i: number): Token | undefined;
  /** Tokens before index i will never be asked for again. */
  release(i: number): void;
}

/** A TokenSource over tokens lexed in advance. */
export class ArrayTokenSource implements TokenSource {
  constructor(private readonly tokens: readonly Token[]) {}

  at(i: number): Token | undefined {
    return this.tokens[i];
  }

  release(): void {}
}

/** Released tokens are dropped in batches of at least this many. */
const releaseBatch = 4096;

/**
 * Lexes on demand, checking each token for characters HCL forbids (as checkInvalidTokens would) and
 * forgetting tokens the parser has released.
 */
export class TokenStream implements TokenSource {
  private readonly s: ScanState;
  private readonly check = new InvalidTokenCheck();
  /** Index of s.tokens[0]. */
  private base = 0;
  /** Tokens in s.tokens already given to the invalid-token check. */
  private checked = 0;
  private done = false;
  private firstTok: Token | undefined;
  private eofTok: Token | undefined;

  constructor(src: string, filename: string, start: Pos, mode: LexMode) {
    this.s = new ScanState(src, filename, start, mode === 'template' ? 'bare' : 'main');
  }

  at(i: number): Token | undefined {
    const tokens = this.s.tokens;
    const k = i - this.base;
    while (k >= tokens.length) {
      if (!this.more()) return undefined;
    }
    return tokens[k];
  }

  release(i: number): void {
    const drop = i - this.base;
    if (drop < releaseBatch || drop > this.checked) return;
    this.s.tokens.splice(0, drop);
    this.base = i;
    this.checked -= drop;
  }

  /** The first token (kept for ranges of placeholder results). */
  first(): Token {
    if (this.firstTok === undefined) this.at(0);
    return this.firstTok!;
  }

  /** Lexes the rest of the input and returns the EOF token. */
  eof(): Token {
    while (this.more());
    return this.eofTok!;
  }

  /** The invalid-character diagnostics of the whole input (lexing whatever the parser did not read). */
  invalidTokenDiagnostics(): Diagnostic[] {
    this.eof();
    return this.check.diags;
  }

  /** Lexes at least one more token; false at the end of the input. */
  private more(): boolean {
    if (this.done) return false;
    const s = this.s;
    const tokens = s.tokens;
    const before = tokens.length;
    while (tokens.length === before) {
      if (!scanStep(s)) {
        this.eofTok = s.finish()[tokens.length - 1];
        this.done = true;
        break;
      }
    }
    for (let k = this.checked; k < tokens.length; k++) this.check.add(tokens[k]!);
    this.checked = tokens.length;
    this.firstTok ??= tokens[0];
    return tokens.length > before;
  }
}
