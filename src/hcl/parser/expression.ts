// Parses expressions: conditionals, binary operators by HCL precedence, unary operators and terms.
import { errorDiag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { BinaryOperator, Expr } from '../ast/nodes.js';
import { rangeBetween } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { DynamicVal, NullDynamic, Value } from '../value/value.js';
import { NumberType } from '../value/type.js';
import { Num } from '../value/number.js';
import { exprRange } from '../ast/expr-range.js';
import type { Parsed, Parser } from './parser.js';
import { parseExpressionTraversals } from './traversal.js';
import { finishParsingFunctionCall } from './call.js';
import { parseObjectCons, parseTupleCons } from './collections.js';
import { parseTemplateInner } from './template.js';

/** Operator precedence levels, loosest first. All are left-associative. */
const binaryOps: readonly ReadonlyMap<TokenType, BinaryOperator>[] = [
  new Map([[TokenType.Or, '||']]),
  new Map([[TokenType.And, '&&']]),
  new Map([
    [TokenType.EqualOp, '=='],
    [TokenType.NotEqual, '!='],
  ]),
  new Map([
    [TokenType.GreaterThan, '>'],
    [TokenType.GreaterThanEq, '>='],
    [TokenType.LessThan, '<'],
    [TokenType.LessThanEq, '<='],
  ]),
  new Map([
    [TokenType.Plus, '+'],
    [TokenType.Minus, '-'],
  ]),
  new Map([
    [TokenType.Star, '*'],
    [TokenType.Slash, '/'],
    [TokenType.Percent, '%'],
  ]),
];

export function parseExpression(p: Parser): Parsed {
  return parseTernaryConditional(p);
}

/** `cond ? a : b`: the middle parses as if parenthesised; the false branch is right-associative. */
function parseTernaryConditional(p: Parser): Parsed {
  const startRange = p.nextRange();
  const cond = parseBinaryOps(p, 0);
  const diags = cond.diags;
  if (p.recovery && hasErrors(cond.diags)) return cond;

  if (p.peek().type !== TokenType.Question) return cond;
  p.read();

  const t = parseExpression(p);
  diags.push(...t.diags);
  if (p.recovery && hasErrors(t.diags)) return { node: cond.node, diags };

  const colon = p.peek();
  if (colon.type !== TokenType.Colon) {
    diags.push(
      errorDiag(
        'Missing false expression in conditional',
        'The conditional operator (...?...:...) requires a false expression, delimited by a colon.',
        colon.range,
        rangeBetween(startRange, colon.range),
      ),
    );
    return { node: cond.node, diags };
  }
  p.read();

  const f = parseExpression(p);
  diags.push(...f.diags);
  if (p.recovery && hasErrors(f.diags)) return { node: cond.node, diags };

  return {
    node: {
      kind: 'Conditional',
      condition: cond.node,
      trueResult: t.node,
      falseResult: f.node,
      srcRange: rangeBetween(startRange, exprRange(f.node)),
    },
    diags,
  };
}

function parseBinaryOps(p: Parser, level: number): Parsed {
  if (level >= binaryOps.length) return parseExpressionWithTraversals(p);
  const ops = binaryOps[level]!;

  const first = parseBinaryOps(p, level + 1);
  const diags = first.diags;
  let lhs = first.node;
  if (p.recovery && hasErrors(first.diags)) return first;

  let op: { op: BinaryOperator; range: Token['range'] } | undefined;
  let rhs: Expr | undefined;
  for (;;) {
    const next = p.peek();
    const newOp = ops.get(next.type);
    if (newOp === undefined) break;
    // Same-precedence operators combine left-associatively: a+b+c is (a+b)+c.
    if (op !== undefined && rhs !== undefined) lhs = binary(lhs, op, rhs);
    op = { op: newOp, range: next.range };
    p.read();
    const r = parseBinaryOps(p, level + 1);
    diags.push(...r.diags);
    rhs = r.node;
    if (p.recovery && hasErrors(r.diags)) return { node: lhs, diags };
  }
  if (op === undefined) return first; // the common case: no operator at this level
  if (rhs === undefined) return { node: lhs, diags };
  return { node: binary(lhs, op, rhs), diags };
}

function binary(lhs: Expr, op: { op: BinaryOperator; range: Token['range'] }, rhs: Expr): Expr {
  return { kind: 'BinaryOp', op: op.op, lhs, rhs, opRange: op.range, srcRange: rangeBetween(exprRange(lhs), exprRange(rhs)) };
}

export function parseExpressionWithTraversals(p: Parser): Parsed {
  const term = parseExpressionTerm(p);
  const ret = parseExpressionTraversals(p, term.node);
  if (ret.diags.length === 0) return ret.node === term.node ? term : { node: ret.node, diags: term.diags };
  if (term.diags.length === 0) return ret;
  return { node: ret.node, diags: [...term.diags, ...ret.diags] };
}

function parseExpressionTerm(p: Parser): Parsed {
  const start = p.peek();
  switch (start.type) {
    case TokenType.OParen:
      return parseParentheses(p);
    case TokenType.NumberLit: {
      const tok = p.read();
      const n = numberLitValue(tok);
      return { node: { kind: 'LiteralValue', value: n.value, srcRange: tok.range }, diags: n.diags };
    }
    case TokenType.Ident: {
      const tok = p.read();
      const after = p.peek().type;
      if (after === TokenType.OParen || after === TokenType.DoubleColon) return finishParsingFunctionCall(p, tok);
      const literal = keywordLiterals[tok.text];
      if (literal !== undefined) return { node: { kind: 'LiteralValue', value: literal, srcRange: tok.range }, diags: [] };
      return {
        node: { kind: 'ScopeTraversal', traversal: [{ kind: 'root', name: tok.text, srcRange: tok.range }], srcRange: tok.range },
        diags: [],
      };
    }
    case TokenType.OQuote:
    case TokenType.OHeredoc: {
      const open = p.read();
      const closer = open.type === TokenType.OQuote ? TokenType.CQuote : TokenType.CHeredoc;
      const flush = open.type === TokenType.OHeredoc && open.text.startsWith('<<-');
      const inner = parseTemplateInner(p, closer, flush);
      const srcRange = rangeBetween(open.range, p.prevRange());
      if (inner.passthru) return { node: { kind: 'TemplateWrap', wrapped: inner.exprs[0]!, srcRange }, diags: inner.diags };
      return { node: { kind: 'Template', parts: inner.exprs, srcRange }, diags: inner.diags };
    }
    case TokenType.Minus:
    case TokenType.Bang: {
      const tok = p.read();
      // Only the term and its traversals: -46+5 is (-46)+5, not -(46+5).
      const operand = parseExpressionWithTraversals(p);
      return {
        node: {
          kind: 'UnaryOp',
          op: tok.type === TokenType.Minus ? '-' : '!',
          val: operand.node,
          srcRange: rangeBetween(tok.range, exprRange(operand.node)),
          symbolRange: tok.range,
        },
        diags: operand.diags,
      };
    }
    case TokenType.OBrack:
      return parseTupleCons(p);
    case TokenType.OBrace:
      return parseObjectCons(p);
    default: {
      const diags: Diagnostic[] = [];
      if (!p.recovery) {
        if (start.type === TokenType.EOF) {
          diags.push(errorDiag('Missing expression', 'Expected the start of an expression, but found the end of the file.', start.range));
        } else {
          diags.push(errorDiag('Invalid expression', 'Expected the start of an expression, but found an invalid expression token.', start.range));
        }
      }
      p.setRecovery();
      // A placeholder keeps the tree structurally sound.
      return { node: { kind: 'LiteralValue', value: DynamicVal, srcRange: start.range }, diags };
    }
  }
}

function parseParentheses(p: Parser): Parsed {
  const oParen = p.read();
  p.pushIncludeNewlines(false);
  const inner = parseExpression(p);
  const diags = inner.diags;
  if (hasErrors(diags)) {
    // Try to land after the closing paren so the next parser has a chance.
    p.recover(TokenType.CParen);
    p.popIncludeNewlines();
    return inner;
  }
  const close = p.peek();
  if (close.type !== TokenType.CParen) {
    diags.push(
      errorDiag(
        'Unbalanced parentheses',
        'Expected a closing parenthesis to terminate the expression.',
        close.range,
        rangeBetween(oParen.range, close.range),
      ),
    );
    p.setRecovery();
  }
  const cParen = p.read();
  p.popIncludeNewlines();
  return { node: { kind: 'Parentheses', expression: inner.node, srcRange: rangeBetween(oParen.range, cParen.range) }, diags };
}

const keywordLiterals: Readonly<Record<string, Value>> = {
  true: Value.True,
  false: Value.False,
  null: NullDynamic,
};

const numberSyntax = /^[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?$/;

/** The value of a number literal token, or an unknown number with "Invalid number literal". */
export function numberLitValue(tok: Token): { value: Value; diags: Diagnostic[] } {
  const cached = numberLitCache.get(tok.text);
  if (cached !== undefined) return { value: cached, diags: [] };
  const n = numberSyntax.test(tok.text) ? Num.parse(tok.text) : undefined;
  if (n === undefined) {
    return {
      value: Value.unknown(NumberType),
      diags: [errorDiag('Invalid number literal', 'Failed to recognize the value of this number literal.', tok.range)],
    };
  }
  const value = Value.number(n);
  if (numberLitCache.size >= numberLitCacheLimit) numberLitCache.clear();
  numberLitCache.set(tok.text, value);
  return { value, diags: [] };
}

/** Values are immutable, so the same literal text can share one parsed value (templates repeat small numbers). */
const numberLitCache = new Map<string, Value>();
const numberLitCacheLimit = 4096;
