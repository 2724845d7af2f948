// Parses `for` expressions: `[for k, v in coll : expr if cond]` and `{for k, v in coll : key => val... if cond}`.
import { errorDiag } from '../diagnostics/diagnostic.js';
import type { Expr } from '../ast/nodes.js';
import { rangeBetween } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { DynamicVal } from '../value/value.js';
import { exprRange } from '../ast/expr-range.js';
import { Frame, subExpression, type Step } from './frame.js';
import type { ParseMachine } from './machine.js';

/** Does the token spell the given keyword? (Keywords are ordinary identifiers in HCL.) */
export function isKeyword(tok: Token, kw: string): boolean {
  return tok.type === TokenType.Ident && tok.text === kw;
}

const Phase = { Collection: 0, First: 1, Value: 2, Condition: 3 } as const;
type Phase = (typeof Phase)[keyof typeof Phase];

/** `[for ...]` or `{for ...}`; the cursor is at the `for` keyword just after the opening bracket or brace. */
export class ForFrame extends Frame {
  private phase: Phase = Phase.Collection;
  private readonly makeObj: boolean;
  private readonly closeType: TokenType;
  private keyVar = '';
  private valVar = '';
  private mark = 0;
  private coll: Expr | undefined;
  /** The expression before `=>`, for object `for` expressions. */
  private keyExpr: Expr | undefined;
  private val: Expr | undefined;
  private ellipsis: Token | undefined;

  constructor(private readonly open: Token) {
    super();
    this.makeObj = open.type === TokenType.OBrace;
    this.closeType = this.makeObj ? TokenType.CBrace : TokenType.CBrack;
  }

  start(m: ParseMachine): Step {
    const p = m.p;
    p.pushIncludeNewlines(false);
    p.read(); // the `for` keyword
    if (p.peek().type !== TokenType.Ident) return this.fail(m, "For expression requires variable name after 'for'.");
    this.valVar = p.read().text;
    if (p.peek().type === TokenType.Comma) {
      // What we just read was the key.
      this.keyVar = this.valVar;
      p.read();
      if (p.peek().type !== TokenType.Ident) return this.fail(m, 'For expression requires value variable name after comma.');
      this.valVar = p.read().text;
    }
    if (!isKeyword(p.peek(), 'in')) return this.fail(m, "For expression requires the 'in' keyword after its name declarations.");
    p.read();
    this.mark = m.errors;
    return subExpression;
  }

  resume(m: ParseMachine, e: Expr): Step {
    const p = m.p;
    switch (this.phase) {
      case Phase.Collection:
        this.coll = e;
        if (m.bailed(this.mark)) return this.fail(m, undefined);
        if (p.peek().type !== TokenType.Colon) return this.fail(m, 'For expression requires a colon after the collection expression.');
        p.read();
        this.phase = Phase.First;
        this.mark = m.errors;
        return subExpression;
      case Phase.First:
        if (p.peek().type === TokenType.FatArrow) {
          // What we just parsed was the key expression.
          p.read();
          this.keyExpr = e;
          this.phase = Phase.Value;
          return subExpression;
        }
        return this.afterValue(m, e);
      case Phase.Value:
        return this.afterValue(m, e);
      case Phase.Condition:
        if (m.bailed(this.mark)) return this.fail(m, undefined);
        return this.close(m, e);
    }
  }

  /** The value expression is complete (errors in the key or the value since `mark` stop here). */
  private afterValue(m: ParseMachine, val: Expr): Step {
    const p = m.p;
    this.val = val;
    if (m.bailed(this.mark)) return this.fail(m, undefined);
    if (p.peek().type === TokenType.Ellipsis) this.ellipsis = p.read();
    if (isKeyword(p.peek(), 'if')) {
      p.read();
      this.phase = Phase.Condition;
      this.mark = m.errors;
      return subExpression;
    }
    return this.close(m, undefined);
  }

  /** On a malformed header: report (unless recovering), skip to the closer, yield a placeholder. */
  private fail(m: ParseMachine, detail: string | undefined): Expr {
    const p = m.p;
    if (detail !== undefined && !p.recovery) {
      const at = p.peek().range;
      m.diag(errorDiag("Invalid 'for' expression", detail, at, rangeBetween(this.open.range, at)));
    }
    const close = p.recover(this.closeType);
    p.popIncludeNewlines();
    return { kind: 'LiteralValue', value: DynamicVal, srcRange: rangeBetween(this.open.range, close.range) };
  }

  private close(m: ParseMachine, condExpr: Expr | undefined): Expr {
    const p = m.p;
    let close: Token;
    if (p.peek().type === this.closeType) {
      close = p.read();
    } else {
      if (!p.recovery) {
        const at = p.peek().range;
        m.diag(errorDiag("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.", at, rangeBetween(this.open.range, at)));
      }
      close = p.recover(this.closeType);
    }
    p.popIncludeNewlines();

    const { keyExpr, ellipsis } = this;
    const val = this.val!;
    const context = rangeBetween(this.open.range, close.range);
    if (!this.makeObj) {
      if (keyExpr !== undefined) {
        m.diag(errorDiag("Invalid 'for' expression", 'Key expression is not valid when building a tuple.', exprRange(keyExpr), context));
      }
      if (ellipsis !== undefined) {
        m.diag(errorDiag("Invalid 'for' expression", 'Grouping ellipsis (...) cannot be used when building a tuple.', ellipsis.range, context));
      }
    } else if (keyExpr === undefined) {
      m.diag(errorDiag("Invalid 'for' expression", 'Key expression is required when building an object.', exprRange(val), context));
    }

    return {
      kind: 'For',
      keyVar: this.keyVar,
      valVar: this.valVar,
      collExpr: this.coll!,
      valExpr: val,
      group: ellipsis !== undefined,
      openRange: this.open.range,
      closeRange: close.range,
      srcRange: context,
      ...(keyExpr !== undefined ? { keyExpr } : {}),
      ...(condExpr !== undefined ? { condExpr } : {}),
    };
  }
}
