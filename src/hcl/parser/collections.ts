// Parses tuple `[a, b]` and object `{ k = v, k2: v2 }` constructors (or hands over to a `for` expression).
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Expr, ObjectConsItem } from '../ast/nodes.js';
import { rangeBetween } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { exprRange } from '../ast/expr-range.js';
import { exact } from './parser.js';
import { Frame, subExpression, type Step } from './frame.js';
import type { ParseMachine } from './machine.js';
import { ForFrame, isKeyword } from './for-expr.js';

const unterminatedDetail = (what: string): string =>
  `There is no corresponding closing ${what} before the end of the file. This may be caused by incorrect ${what} nesting elsewhere in this file.`;

/** `[a, b, c]`, or a `[for ...]` expression. */
export class TupleFrame extends Frame {
  private open: Token | undefined;
  private readonly exprs: Expr[] = [];
  private mark = 0;
  private isFor = false;

  start(m: ParseMachine): Step {
    const p = m.p;
    this.open = p.read();
    p.pushIncludeNewlines(false);
    if (isKeyword(p.peek(), 'for')) {
      this.isFor = true;
      return new ForFrame(this.open);
    }
    return this.nextItem(m);
  }

  resume(m: ParseMachine, e: Expr): Step {
    const p = m.p;
    if (this.isFor) {
      p.popIncludeNewlines();
      return e;
    }
    this.exprs.push(e);
    if (m.bailed(this.mark)) {
      // Probably in a strange place: try to resume after our closing bracket.
      return this.finish(m, p.recover(TokenType.CBrack));
    }
    const next = p.peek();
    if (next.type === TokenType.CBrack) return this.finish(m, p.read());
    if (next.type !== TokenType.Comma) {
      if (!p.recovery) {
        if (next.type === TokenType.EOF) {
          m.diag(errorDiag('Unterminated tuple constructor expression', unterminatedDetail('bracket'), this.open!.range));
        } else {
          m.diag(
            errorDiag('Missing item separator', 'Expected a comma to mark the beginning of the next item.', next.range, rangeBetween(this.open!.range, next.range)),
          );
        }
      }
      return this.finish(m, p.recover(TokenType.CBrack));
    }
    p.read(); // the comma
    return this.nextItem(m);
  }

  private nextItem(m: ParseMachine): Step {
    if (m.p.peek().type === TokenType.CBrack) return this.finish(m, m.p.read());
    this.mark = m.errors;
    return subExpression;
  }

  private finish(m: ParseMachine, close: Token): Expr {
    m.p.popIncludeNewlines();
    const open = this.open!;
    return { kind: 'TupleCons', exprs: exact(this.exprs), openRange: open.range, srcRange: rangeBetween(open.range, close.range) };
  }
}

/** `{ k = v, k2: v2 }` (newline-sensitive), or a `{for ...}` expression (not newline-sensitive). */
export class ObjectFrame extends Frame {
  private open: Token | undefined;
  private readonly items: ObjectConsItem[] = [];
  private mark = 0;
  private isFor = false;
  /** While the value is parsed: its key, otherwise undefined (the key is being parsed). */
  private keyExpr: Expr | undefined;
  private forceNonLiteral = false;

  start(m: ParseMachine): Step {
    const p = m.p;
    this.open = p.read();
    p.pushIncludeNewlines(false);
    const isFor = isKeyword(p.peek(), 'for');
    p.popIncludeNewlines();
    if (isFor) {
      this.isFor = true;
      return new ForFrame(this.open);
    }
    p.pushIncludeNewlines(true);
    return this.nextItem(m);
  }

  resume(m: ParseMachine, e: Expr): Step {
    if (this.isFor) return e;
    return this.keyExpr === undefined ? this.afterKey(m, e) : this.afterValue(m, e);
  }

  private nextItem(m: ParseMachine): Step {
    const p = m.p;
    for (;;) {
      const next = p.peek();
      if (next.type === TokenType.Newline) {
        p.read();
        continue;
      }
      if (next.type === TokenType.CBrace) return this.finish(m, p.read());
      // Parentheses force a key to be an expression rather than a literal name.
      this.forceNonLiteral = next.type === TokenType.OParen;
      this.mark = m.errors;
      return subExpression;
    }
  }

  private afterKey(m: ParseMachine, key: Expr): Step {
    const p = m.p;
    if (m.bailed(this.mark)) return this.finish(m, p.recover(TokenType.CBrace));
    const keyExpr: Expr = { kind: 'ObjectConsKey', wrapped: key, forceNonLiteral: this.forceNonLiteral, srcRange: exprRange(key) };
    const next = p.peek();
    if (next.type !== TokenType.Equal && next.type !== TokenType.Colon) {
      if (!p.recovery) m.diag(missingValueDiag(this.open!, next));
      return this.finish(m, p.recover(TokenType.CBrace));
    }
    p.read(); // the equals sign or colon
    this.keyExpr = keyExpr;
    this.mark = m.errors;
    return subExpression;
  }

  private afterValue(m: ParseMachine, value: Expr): Step {
    const p = m.p;
    const keyExpr = this.keyExpr!;
    this.keyExpr = undefined;
    if (m.bailed(this.mark)) return this.finish(m, p.recover(TokenType.CBrace));
    this.items.push({ keyExpr, valueExpr: value });

    const next = p.peek();
    if (next.type === TokenType.CBrace) return this.finish(m, p.read());
    if (next.type !== TokenType.Comma && next.type !== TokenType.Newline) {
      if (!p.recovery) {
        if (next.type === TokenType.EOF) {
          m.diag(errorDiag('Unterminated object constructor expression', unterminatedDetail('brace'), this.open!.range));
        } else {
          m.diag(
            errorDiag(
              'Missing attribute separator',
              'Expected a newline or comma to mark the beginning of the next attribute.',
              next.range,
              rangeBetween(this.open!.range, next.range),
            ),
          );
        }
      }
      return this.finish(m, p.recover(TokenType.CBrace));
    }
    p.read(); // the comma or newline
    return this.nextItem(m);
  }

  private finish(m: ParseMachine, close: Token): Expr {
    m.p.popIncludeNewlines();
    const open = this.open!;
    return { kind: 'ObjectCons', items: exact(this.items), openRange: open.range, srcRange: rangeBetween(open.range, close.range) };
  }
}

function missingValueDiag(open: Token, next: Token): Diagnostic {
  const context = rangeBetween(open.range, next.range);
  switch (next.type) {
    case TokenType.Newline:
    case TokenType.Comma:
      return errorDiag('Missing attribute value', 'Expected an attribute value, introduced by an equals sign ("=").', next.range, context);
    case TokenType.Ident:
      // Possibly an HCL1-style name with a period followed by a digit, like foo1.2_bar.
      return errorDiag(
        'Missing key/value separator',
        'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.',
        next.range,
        context,
      );
    case TokenType.EOF:
      return errorDiag('Unterminated object constructor expression', unterminatedDetail('brace'), open.range);
    default:
      return errorDiag('Missing key/value separator', 'Expected an equals sign ("=") to mark the beginning of the attribute value.', next.range, context);
  }
}
