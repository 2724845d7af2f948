// Parses `for` expressions: `[for k, v in coll : expr if cond]` and `{for k, v in coll : key => val... if cond}`.
import { errorDiag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Expr } from '../ast/nodes.js';
import { rangeBetween } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { DynamicVal } from '../value/value.js';
import { exprRange } from '../ast/expr-range.js';
import type { Parsed, Parser } from './parser.js';
import { parseExpression } from './expression.js';

/** Does the token spell the given keyword? (Keywords are ordinary identifiers in HCL.) */
export function isKeyword(tok: Token, kw: string): boolean {
  return tok.type === TokenType.Ident && tok.text === kw;
}

/** The cursor is at the `for` keyword just after the opening bracket or brace. */
export function finishParsingForExpr(p: Parser, open: Token): Parsed {
  p.pushIncludeNewlines(false);
  try {
    return parseFor(p, open);
  } finally {
    p.popIncludeNewlines();
  }
}

function parseFor(p: Parser, open: Token): Parsed {
  p.read(); // the `for` keyword
  const makeObj = open.type === TokenType.OBrace;
  const closeType = makeObj ? TokenType.CBrace : TokenType.CBrack;
  const diags: Diagnostic[] = [];

  // On a malformed header: report (unless recovering), skip to the closer, yield a placeholder.
  const fail = (detail: string | undefined): Parsed => {
    if (detail !== undefined && !p.recovery) {
      const at = p.peek().range;
      diags.push(errorDiag("Invalid 'for' expression", detail, at, rangeBetween(open.range, at)));
    }
    const close = p.recover(closeType);
    return { node: { kind: 'LiteralValue', value: DynamicVal, srcRange: rangeBetween(open.range, close.range) }, diags };
  };

  if (p.peek().type !== TokenType.Ident) return fail("For expression requires variable name after 'for'.");
  let keyVar = '';
  let valVar = p.read().text;
  if (p.peek().type === TokenType.Comma) {
    // What we just read was the key.
    keyVar = valVar;
    p.read();
    if (p.peek().type !== TokenType.Ident) return fail('For expression requires value variable name after comma.');
    valVar = p.read().text;
  }
  if (!isKeyword(p.peek(), 'in')) return fail("For expression requires the 'in' keyword after its name declarations.");
  p.read();

  const coll = parseExpression(p);
  diags.push(...coll.diags);
  if (p.recovery && hasErrors(coll.diags)) return fail(undefined);

  if (p.peek().type !== TokenType.Colon) return fail('For expression requires a colon after the collection expression.');
  p.read();

  let keyExpr: Expr | undefined;
  let keyDiags: Diagnostic[] = [];
  let val = parseExpression(p);
  if (p.peek().type === TokenType.FatArrow) {
    // What we just parsed was the key expression.
    p.read();
    keyExpr = val.node;
    keyDiags = val.diags;
    val = parseExpression(p);
  }
  diags.push(...keyDiags, ...val.diags);
  if (p.recovery && (hasErrors(keyDiags) || hasErrors(val.diags))) return fail(undefined);

  let ellipsis: Token | undefined;
  if (p.peek().type === TokenType.Ellipsis) ellipsis = p.read();

  let condExpr: Expr | undefined;
  if (isKeyword(p.peek(), 'if')) {
    p.read();
    const cond = parseExpression(p);
    diags.push(...cond.diags);
    if (p.recovery && hasErrors(cond.diags)) return fail(undefined);
    condExpr = cond.node;
  }

  let close: Token;
  if (p.peek().type === closeType) {
    close = p.read();
  } else {
    if (!p.recovery) {
      const at = p.peek().range;
      diags.push(errorDiag("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.", at, rangeBetween(open.range, at)));
    }
    close = p.recover(closeType);
  }

  const context = rangeBetween(open.range, close.range);
  if (!makeObj) {
    if (keyExpr !== undefined) {
      diags.push(errorDiag("Invalid 'for' expression", 'Key expression is not valid when building a tuple.', exprRange(keyExpr), context));
    }
    if (ellipsis !== undefined) {
      diags.push(errorDiag("Invalid 'for' expression", 'Grouping ellipsis (...) cannot be used when building a tuple.', ellipsis.range, context));
    }
  } else if (keyExpr === undefined) {
    diags.push(errorDiag("Invalid 'for' expression", 'Key expression is required when building an object.', exprRange(val.node), context));
  }

  const node: Expr = {
    kind: 'For',
    keyVar,
    valVar,
    collExpr: coll.node,
    valExpr: val.node,
    group: ellipsis !== undefined,
    openRange: open.range,
    closeRange: close.range,
    srcRange: context,
    ...(keyExpr !== undefined ? { keyExpr } : {}),
    ...(condExpr !== undefined ? { condExpr } : {}),
  };
  return { node, diags };
}
