// The parser's state: a peeker plus HCL's single `recovery` flag, and the bracket-aware recovery moves.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Expr } from '../ast/nodes.js';
import type { Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { DynamicVal } from '../value/value.js';
import { Peeker } from './peeker.js';

/** An expression with the diagnostics found while parsing it. */
export interface Parsed<T = Expr> {
  node: T;
  diags: Diagnostic[];
}

let nextAnonSymbolId = 1;

/** A fresh id for a splat's placeholder symbol, unique across parses. */
export function newAnonSymbolId(): number {
  return nextAnonSymbolId++;
}

export class Parser extends Peeker {
  /**
   * Set once any recovery was attempted. Later "bad token" errors are then suppressed, assuming the
   * recovery heuristics left the cursor somewhere odd. (Like HCL, it is never reset.)
   */
  recovery = false;

  /** Turns on recovery mode without moving (the cursor is knowingly left in a useless place). */
  setRecovery(): void {
    this.recovery = true;
  }

  /**
   * Reads forward until the token `end` at the current nesting level and returns it, leaving the cursor
   * after it; nested brackets of the same kind are skipped. Stops at EOF.
   */
  recover(end: TokenType): Token {
    const start = oppositeBracket(end);
    this.recovery = true;
    let nest = 0;
    for (;;) {
      const tok = this.read();
      let ty = tok.type;
      // Interp and control openers both close with TemplateSeqEnd, so count both.
      if (end === TokenType.TemplateSeqEnd && ty === TokenType.TemplateControl) ty = TokenType.TemplateInterp;
      if (ty === start) nest++;
      else if (ty === end) {
        if (nest < 1) return tok;
        nest--;
      } else if (ty === TokenType.EOF) return tok;
    }
  }

  /** Finds the next bracketed container opened by `start` and skips to just after its end. */
  recoverOver(start: TokenType): void {
    const end = oppositeBracket(start);
    for (;;) {
      const tok = this.read();
      if (tok.type === start || tok.type === TokenType.EOF) break;
    }
    if (end !== undefined) this.recover(end);
  }

  /** Skips to just after the newline that ends the current body item, respecting bracket nesting. */
  recoverAfterBodyItem(): void {
    this.recovery = true;
    const open: TokenType[] = [];
    for (;;) {
      const tok = this.read();
      switch (tok.type) {
        case TokenType.Newline:
          if (open.length === 0) return;
          break;
        case TokenType.EOF:
          return;
        case TokenType.OBrace:
        case TokenType.OBrack:
        case TokenType.OParen:
        case TokenType.OQuote:
        case TokenType.OHeredoc:
        case TokenType.TemplateInterp:
        case TokenType.TemplateControl:
          open.push(tok.type);
          break;
        case TokenType.CBrace:
        case TokenType.CBrack:
        case TokenType.CParen:
        case TokenType.CQuote:
        case TokenType.CHeredoc: {
          const opener = oppositeBracket(tok.type);
          while (open.length > 0 && open[open.length - 1] !== opener) open.pop();
          if (open.length > 0) open.pop();
          break;
        }
        case TokenType.TemplateSeqEnd:
          while (
            open.length > 0 &&
            open[open.length - 1] !== TokenType.TemplateInterp &&
            open[open.length - 1] !== TokenType.TemplateControl
          ) {
            open.pop();
          }
          if (open.length > 0) open.pop();
          break;
        default:
          break;
      }
    }
  }
}

const brackets: ReadonlyMap<TokenType, TokenType> = new Map([
  [TokenType.OBrace, TokenType.CBrace],
  [TokenType.OBrack, TokenType.CBrack],
  [TokenType.OParen, TokenType.CParen],
  [TokenType.OQuote, TokenType.CQuote],
  [TokenType.OHeredoc, TokenType.CHeredoc],
  [TokenType.CBrace, TokenType.OBrace],
  [TokenType.CBrack, TokenType.OBrack],
  [TokenType.CParen, TokenType.OParen],
  [TokenType.CQuote, TokenType.OQuote],
  [TokenType.CHeredoc, TokenType.OHeredoc],
  [TokenType.TemplateControl, TokenType.TemplateSeqEnd],
  [TokenType.TemplateInterp, TokenType.TemplateSeqEnd],
  // Ambiguous, but recover() assumes Interp.
  [TokenType.TemplateSeqEnd, TokenType.TemplateInterp],
]);

/** The other end of a bracketing token, or undefined if the token does not bracket. */
export function oppositeBracket(ty: TokenType): TokenType | undefined {
  return brackets.get(ty);
}

/**
 * A tight copy of an array built with push(): V8 gives a pushed-to array spare room (17 slots after
 * the first push), which an AST would keep for as long as it lives.
 */
export function exact<T>(items: T[]): T[] {
  return items.slice();
}

/** A placeholder for an expression that failed to parse: an unknown value of any type. */
export function errPlaceholderExpr(srcRange: Range): Expr {
  return { kind: 'LiteralValue', value: DynamicVal, srcRange };
}
