// Parses tuple `[a, b]` and object `{ k = v, k2: v2 }` constructors (or hands over to a `for` expression).
import { errorDiag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Expr, ObjectConsItem } from '../ast/nodes.js';
import { rangeBetween } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { exprRange } from '../ast/expr-range.js';
import { exact, type Parsed, type Parser } from './parser.js';
import { parseExpression } from './expression.js';
import { finishParsingForExpr, isKeyword } from './for-expr.js';

const unterminatedDetail = (what: string): string =>
  `There is no corresponding closing ${what} before the end of the file. This may be caused by incorrect ${what} nesting elsewhere in this file.`;

export function parseTupleCons(p: Parser): Parsed {
  const open = p.read();
  p.pushIncludeNewlines(false);
  try {
    if (isKeyword(p.peek(), 'for')) return finishParsingForExpr(p, open);

    const diags: Diagnostic[] = [];
    const exprs: Expr[] = [];
    let close: Token;
    for (;;) {
      if (p.peek().type === TokenType.CBrack) {
        close = p.read();
        break;
      }
      const e = parseExpression(p);
      exprs.push(e.node);
      diags.push(...e.diags);
      if (p.recovery && hasErrors(e.diags)) {
        // Probably in a strange place: try to resume after our closing bracket.
        close = p.recover(TokenType.CBrack);
        break;
      }
      const next = p.peek();
      if (next.type === TokenType.CBrack) {
        close = p.read();
        break;
      }
      if (next.type !== TokenType.Comma) {
        if (!p.recovery) {
          if (next.type === TokenType.EOF) {
            diags.push(errorDiag('Unterminated tuple constructor expression', unterminatedDetail('bracket'), open.range));
          } else {
            diags.push(
              errorDiag('Missing item separator', 'Expected a comma to mark the beginning of the next item.', next.range, rangeBetween(open.range, next.range)),
            );
          }
        }
        close = p.recover(TokenType.CBrack);
        break;
      }
      p.read(); // the comma
    }
    return { node: { kind: 'TupleCons', exprs: exact(exprs), openRange: open.range, srcRange: rangeBetween(open.range, close.range) }, diags };
  } finally {
    p.popIncludeNewlines();
  }
}

export function parseObjectCons(p: Parser): Parsed {
  const open = p.read();
  // `for` expressions are not newline-sensitive, but object constructors are.
  p.pushIncludeNewlines(false);
  const isFor = isKeyword(p.peek(), 'for');
  p.popIncludeNewlines();
  if (isFor) return finishParsingForExpr(p, open);

  p.pushIncludeNewlines(true);
  try {
    return parseObjectItems(p, open);
  } finally {
    p.popIncludeNewlines();
  }
}

function parseObjectItems(p: Parser, open: Token): Parsed {
  const diags: Diagnostic[] = [];
  const items: ObjectConsItem[] = [];
  let close: Token;
  for (;;) {
    let next = p.peek();
    if (next.type === TokenType.Newline) {
      p.read();
      continue;
    }
    if (next.type === TokenType.CBrace) {
      close = p.read();
      break;
    }
    // Parentheses force a key to be an expression rather than a literal name.
    const forceNonLiteral = next.type === TokenType.OParen;
    const key = parseExpression(p);
    diags.push(...key.diags);
    if (p.recovery && hasErrors(key.diags)) {
      close = p.recover(TokenType.CBrace);
      break;
    }
    const keyExpr: Expr = { kind: 'ObjectConsKey', wrapped: key.node, forceNonLiteral, srcRange: exprRange(key.node) };

    next = p.peek();
    if (next.type !== TokenType.Equal && next.type !== TokenType.Colon) {
      if (!p.recovery) diags.push(missingValueDiag(open, next));
      close = p.recover(TokenType.CBrace);
      break;
    }
    p.read(); // the equals sign or colon

    const value = parseExpression(p);
    diags.push(...value.diags);
    if (p.recovery && hasErrors(value.diags)) {
      close = p.recover(TokenType.CBrace);
      break;
    }
    items.push({ keyExpr, valueExpr: value.node });

    next = p.peek();
    if (next.type === TokenType.CBrace) {
      close = p.read();
      break;
    }
    if (next.type !== TokenType.Comma && next.type !== TokenType.Newline) {
      if (!p.recovery) {
        if (next.type === TokenType.EOF) {
          diags.push(errorDiag('Unterminated object constructor expression', unterminatedDetail('brace'), open.range));
        } else {
          diags.push(
            errorDiag(
              'Missing attribute separator',
              'Expected a newline or comma to mark the beginning of the next attribute.',
              next.range,
              rangeBetween(open.range, next.range),
            ),
          );
        }
      }
      close = p.recover(TokenType.CBrace);
      break;
    }
    p.read(); // the comma or newline
  }
  return { node: { kind: 'ObjectCons', items: exact(items), openRange: open.range, srcRange: rangeBetween(open.range, close.range) }, diags };
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
