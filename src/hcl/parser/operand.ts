// Parses terms (literals, names, calls, templates, brackets, unary operators) and starts their traversals.
import { errorDiag } from '../diagnostics/diagnostic.js';
import type { Expr } from '../ast/nodes.js';
import { rangeBetween } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { DynamicVal, NullDynamic, Value } from '../value/value.js';
import { exprRange } from '../ast/expr-range.js';
import { Frame, subExpression, type Begun, type Step } from './frame.js';
import type { ParseMachine } from './machine.js';
import { numberLitValue } from './number-literal.js';
import { TraversalFrame } from './traversal.js';
import { CallFrame } from './call.js';
import { ObjectFrame, TupleFrame } from './collections.js';
import { TemplateFrame } from './template-parts.js';

/** Starts the term at the cursor: simple terms are returned at once, bracketed ones as a frame. */
export function beginTerm(m: ParseMachine): Begun {
  const p = m.p;
  const start = p.peek();
  switch (start.type) {
    case TokenType.OParen:
      return new ParenFrame();
    case TokenType.NumberLit: {
      const tok = p.read();
      const n = numberLitValue(tok);
      if (n.diags.length > 0) m.addDiags(n.diags);
      return { kind: 'LiteralValue', value: n.value, srcRange: tok.range };
    }
    case TokenType.Ident: {
      const tok = p.read();
      const after = p.peek().type;
      if (after === TokenType.OParen || after === TokenType.DoubleColon) return new CallFrame(tok);
      const literal = keywordLiterals[tok.text];
      if (literal !== undefined) return { kind: 'LiteralValue', value: literal, srcRange: tok.range };
      return { kind: 'ScopeTraversal', traversal: [{ kind: 'root', name: tok.text, srcRange: tok.range }], srcRange: tok.range };
    }
    case TokenType.OQuote:
    case TokenType.OHeredoc: {
      // Most strings have no interpolation: finished here, without the machine. Otherwise the frame waits
      // for its first expression, which its start() (called again when pushed) asks for.
      const f = TemplateFrame.term();
      const s = f.start(m);
      return s === subExpression ? f : s;
    }
    case TokenType.Minus:
    case TokenType.Bang:
      return new UnaryFrame();
    case TokenType.OBrack:
      return new TupleFrame();
    case TokenType.OBrace:
      return new ObjectFrame();
    default: {
      if (!p.recovery) {
        if (start.type === TokenType.EOF) {
          m.diag(errorDiag('Missing expression', 'Expected the start of an expression, but found the end of the file.', start.range));
        } else {
          m.diag(errorDiag('Invalid expression', 'Expected the start of an expression, but found an invalid expression token.', start.range));
        }
      }
      p.setRecovery();
      // A placeholder keeps the tree structurally sound.
      return { kind: 'LiteralValue', value: DynamicVal, srcRange: start.range };
    }
  }
}

/** A complete term, then whatever `.attr`, `[key]` and splats follow it. */
export function withTraversals(m: ParseMachine, term: Expr): Begun {
  const next = m.p.peek().type;
  if (next !== TokenType.Dot && next !== TokenType.OBrack) return term;
  // Most chains (`var.a.b`) have no `[key]` to parse: finished here, without the machine.
  const f = new TraversalFrame(term);
  const s = f.start(m);
  return s === subExpression ? f : s;
}

const keywordLiterals: Readonly<Record<string, Value>> = {
  true: Value.True,
  false: Value.False,
  null: NullDynamic,
};

/** `-x` and `!x`: the operand is only a term and its traversals, so -46+5 is (-46)+5, not -(46+5). */
class UnaryFrame extends Frame {
  private tok: Token | undefined;
  private awaitingTerm = true;

  start(m: ParseMachine): Step {
    this.tok = m.p.read();
    return this.operand(m, beginTerm(m));
  }

  resume(m: ParseMachine, sub: Expr): Step {
    return this.awaitingTerm ? this.operand(m, sub) : this.finish(sub);
  }

  private operand(m: ParseMachine, s: Begun): Step {
    if (s instanceof Frame) return s;
    const t = withTraversals(m, s);
    if (t instanceof Frame) {
      this.awaitingTerm = false;
      return t;
    }
    return this.finish(t);
  }

  private finish(operand: Expr): Expr {
    const tok = this.tok!;
    return {
      kind: 'UnaryOp',
      op: tok.type === TokenType.Minus ? '-' : '!',
      val: operand,
      srcRange: rangeBetween(tok.range, exprRange(operand)),
      symbolRange: tok.range,
    };
  }
}

/** `( expr )`: newlines are insignificant inside. */
class ParenFrame extends Frame {
  private open: Token | undefined;
  private mark = 0;

  start(m: ParseMachine): Step {
    this.open = m.p.read();
    m.p.pushIncludeNewlines(false);
    this.mark = m.errors;
    return subExpression;
  }

  resume(m: ParseMachine, inner: Expr): Step {
    const p = m.p;
    if (m.errors > this.mark) {
      // Try to land after the closing paren so the next parser has a chance.
      p.recover(TokenType.CParen);
      p.popIncludeNewlines();
      return inner;
    }
    const close = p.peek();
    if (close.type !== TokenType.CParen) {
      m.diag(
        errorDiag(
          'Unbalanced parentheses',
          'Expected a closing parenthesis to terminate the expression.',
          close.range,
          rangeBetween(this.open!.range, close.range),
        ),
      );
      p.setRecovery();
    }
    const cParen = p.read();
    p.popIncludeNewlines();
    return { kind: 'Parentheses', expression: inner, srcRange: rangeBetween(this.open!.range, cParen.range) };
  }
}
