// Parses what may follow a term: `.attr`, legacy `.0`, `[key]`, attribute splat `.*` and full splat `[*]`.
import { errorDiag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { AnonSymbolExpr, Expr, Traverser } from '../ast/nodes.js';
import { rangeBetween, type Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { DynamicVal, Value } from '../value/value.js';
import { StringType } from '../value/type.js';
import { exprRange } from '../ast/expr-range.js';
import { newAnonSymbolId, type Parsed, type Parser } from './parser.js';
import { numberLitValue, parseExpression } from './expression.js';

/**
 * Extends a traversal expression with one more step, or wraps any other expression in a relative
 * traversal (HCL's makeRelativeTraversal, without mutating the original node).
 */
export function makeRelativeTraversal(expr: Expr, next: Traverser, rng: Range): Expr {
  if (expr.kind === 'ScopeTraversal' || expr.kind === 'RelativeTraversal') {
    return { ...expr, traversal: [...expr.traversal, next], srcRange: rangeBetween(expr.srcRange, rng) };
  }
  return { kind: 'RelativeTraversal', source: expr, traversal: [next], srcRange: rangeBetween(exprRange(expr), rng) };
}

function legacyChainDetail(numText: string, splat: boolean): string {
  const dot = numText.indexOf('.');
  const first = numText.slice(0, dot);
  const second = numText.slice(dot + 1);
  return splat
    ? `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax with a full splat expression [*] instead, like [${first}][${second}].`
    : `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [${first}][${second}].`;
}

/** A `.N` legacy index step (HIL heritage): `foo.0` means `foo[0]`; `foo.0.1` lexes as 0.1 and is refused. */
function legacyIndexStep(dot: Token, numTok: Token, diags: Diagnostic[], subject: Range, splat: boolean): Traverser {
  const rng = rangeBetween(dot.range, numTok.range);
  if (numTok.text.includes('.')) {
    diags.push(errorDiag('Invalid legacy index syntax', legacyChainDetail(numTok.text, splat), subject));
    return { kind: 'index', key: DynamicVal, srcRange: rng };
  }
  const n = numberLitValue(numTok);
  diags.push(...n.diags);
  return { kind: 'index', key: n.value, srcRange: rng };
}

export function parseExpressionTraversals(p: Parser, from: Expr): Parsed {
  const diags: Diagnostic[] = [];
  let ret = from;

  for (;;) {
    const next = p.peek();
    if (next.type === TokenType.Dot) {
      const dot = p.read();
      const attrTok = p.peek();
      if (attrTok.type === TokenType.Ident) {
        p.read();
        const rng = rangeBetween(dot.range, attrTok.range);
        ret = makeRelativeTraversal(ret, { kind: 'attr', name: attrTok.text, srcRange: rng }, rng);
      } else if (attrTok.type === TokenType.NumberLit) {
        p.read();
        const step = legacyIndexStep(dot, attrTok, diags, attrTok.range, false);
        ret = makeRelativeTraversal(ret, step, step.srcRange);
      } else if (attrTok.type === TokenType.Star) {
        const splat = parseAttrSplat(p, from, ret, dot, attrTok, diags);
        if (splat === undefined) continue; // recovery: the splat is dropped
        ret = splat;
      } else {
        diags.push(errorDiag('Invalid attribute name', 'An attribute name is required after a dot.', attrTok.range));
        // The cursor is left in a bad place; later items are likely misparsed until something resyncs.
        ret = { kind: 'LiteralValue', value: DynamicVal, srcRange: rangeBetween(exprRange(from), dot.range) };
        p.setRecovery();
      }
      continue;
    }
    if (next.type === TokenType.OBrack) {
      const open = p.read();
      if (p.peek().type === TokenType.Star) {
        ret = parseFullSplat(p, from, ret, open, diags);
      } else {
        ret = parseIndex(p, from, ret, open, diags);
      }
      continue;
    }
    break;
  }
  return { node: ret, diags };
}

/** `.*` followed by `.name` / `.N` steps only (HIL heritage); unlike `[*]` it takes no index steps. */
function parseAttrSplat(p: Parser, from: Expr, source: Expr, dot: Token, star: Token, diags: Diagnostic[]): Expr | undefined {
  const marker = p.read();
  const trav: Traverser[] = [];
  const firstRange = p.nextRange();
  let lastRange = marker.range;
  while (p.peek().type === TokenType.Dot) {
    const stepDot = p.read();
    if (p.peek().type === TokenType.NumberLit) {
      const numTok = p.read();
      // HCL points this error at the star (its attrTok), which we keep.
      trav.push(legacyIndexStep(stepDot, numTok, diags, star.range, true));
      lastRange = numTok.range;
      continue;
    }
    if (p.peek().type !== TokenType.Ident) {
      if (!p.recovery) {
        if (p.peek().type === TokenType.Star) {
          diags.push(
            errorDiag(
              'Nested splat expression not allowed',
              'A splat expression (*) cannot be used inside another attribute-only splat expression.',
              p.peek().range,
            ),
          );
        } else {
          diags.push(errorDiag('Invalid attribute name', 'An attribute name is required after a dot.', star.range));
        }
      }
      p.setRecovery();
      return undefined;
    }
    const attrTok = p.read();
    trav.push({ kind: 'attr', name: attrTok.text, srcRange: rangeBetween(stepDot.range, attrTok.range) });
    lastRange = attrTok.range;
  }
  const item: AnonSymbolExpr = { kind: 'AnonSymbol', id: newAnonSymbolId(), srcRange: rangeBetween(dot.range, marker.range) };
  const each: Expr =
    trav.length === 0 ? item : { kind: 'RelativeTraversal', source: item, traversal: trav, srcRange: rangeBetween(firstRange, lastRange) };
  return {
    kind: 'Splat',
    source,
    each,
    item,
    srcRange: rangeBetween(exprRange(from), lastRange),
    markerRange: rangeBetween(dot.range, marker.range),
  };
}

/** `[*]`: everything after it applies to each element, via a placeholder symbol. */
function parseFullSplat(p: Parser, from: Expr, source: Expr, open: Token, diags: Diagnostic[]): Expr {
  p.read(); // the star
  let close = p.read();
  if (close.type !== TokenType.CBrack && !p.recovery) {
    diags.push(
      errorDiag(
        'Missing close bracket on splat index',
        'The star for a full splat operator must be immediately followed by a closing bracket ("]").',
        close.range,
      ),
    );
    close = p.recover(TokenType.CBrack);
  }
  const item: AnonSymbolExpr = { kind: 'AnonSymbol', id: newAnonSymbolId(), srcRange: rangeBetween(open.range, close.range) };
  const each = parseExpressionTraversals(p, item);
  diags.push(...each.diags);
  return {
    kind: 'Splat',
    source,
    each: each.node,
    item,
    srcRange: rangeBetween(exprRange(from), exprRange(each.node)),
    markerRange: rangeBetween(open.range, close.range),
  };
}

/** `[key]`: a static traversal step when the key is a literal, otherwise an IndexExpr. */
function parseIndex(p: Parser, from: Expr, collection: Expr, open: Token, diags: Diagnostic[]): Expr {
  p.pushIncludeNewlines(false); // arbitrary newlines are allowed in brackets
  const key = parseExpression(p);
  diags.push(...key.diags);
  let close: Token;
  if (p.recovery && hasErrors(key.diags)) {
    close = p.recover(TokenType.CBrack);
  } else {
    close = p.read();
    if (close.type !== TokenType.CBrack && !p.recovery) {
      diags.push(errorDiag('Missing close bracket on index', 'The index operator must end with a closing bracket ("]").', close.range));
      close = p.recover(TokenType.CBrack);
    }
  }
  p.popIncludeNewlines();

  const rng = rangeBetween(open.range, close.range);
  const literal = literalKey(key.node);
  if (literal !== undefined) return makeRelativeTraversal(collection, { kind: 'index', key: literal, srcRange: rng }, rng);
  return {
    kind: 'Index',
    collection,
    key: key.node,
    openRange: open.range,
    bracketRange: rng,
    srcRange: rangeBetween(exprRange(from), rng),
  };
}

/** The constant value of a literal or a literal-only template key, if the key is one. */
function literalKey(key: Expr): Value | undefined {
  if (key.kind === 'LiteralValue') return key.value;
  if (key.kind === 'Template' && key.parts.length === 1 && key.parts[0]!.kind === 'LiteralValue') {
    const v = key.parts[0].value;
    return v.isKnown && !v.isNull && v.type.kind === 'string' ? v : Value.unknown(StringType);
  }
  return undefined;
}
