// Parses what may follow a term: `.attr`, legacy `.0`, `[key]`, attribute splat `.*` and full splat `[*]`.
import { errorDiag } from '../diagnostics/diagnostic.js';
import type { AnonSymbolExpr, Expr, Traverser } from '../ast/nodes.js';
import { rangeBetween, type Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { DynamicVal, Value } from '../value/value.js';
import { StringType } from '../value/type.js';
import { exprRange } from '../ast/expr-range.js';
import { exact, newAnonSymbolId } from './parser.js';
import { Frame, subExpression } from './frame.js';
import type { ParseMachine } from './machine.js';
import { numberLitValue } from './number-literal.js';

/**
 * Extends a traversal expression with more steps, or wraps any other expression in a relative traversal
 * (HCL's makeRelativeTraversal once per step, without mutating the original node). `srcRange` is the
 * expression's range extended over the steps.
 */
function makeRelativeTraversal(expr: Expr, steps: Traverser[], srcRange: Range): Expr {
  if (expr.kind === 'ScopeTraversal' || expr.kind === 'RelativeTraversal') {
    return { ...expr, traversal: [...expr.traversal, ...steps], srcRange };
  }
  return { kind: 'RelativeTraversal', source: expr, traversal: steps, srcRange };
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
function legacyIndexStep(m: ParseMachine, dot: Token, numTok: Token, subject: Range, splat: boolean): Traverser {
  const rng = rangeBetween(dot.range, numTok.range);
  if (numTok.text.includes('.')) {
    m.diag(errorDiag('Invalid legacy index syntax', legacyChainDetail(numTok.text, splat), subject));
    return { kind: 'index', key: DynamicVal, srcRange: rng };
  }
  const n = numberLitValue(numTok);
  m.addDiags(n.diags);
  return { kind: 'index', key: n.value, srcRange: rng };
}

/** A `[*]` whose following steps are still being read; they apply to each element through `item`. */
interface OpenSplat {
  /** The start of the traversal chain the splat belongs to. */
  readonly from: Expr;
  readonly source: Expr;
  readonly item: AnonSymbolExpr;
  readonly markerRange: Range;
}

/**
 * The steps after a term. `[key]` parses its key as a child expression; `[*]` starts a nested chain for
 * its elements, kept in `splats` rather than in a recursive call.
 */
export class TraversalFrame extends Frame {
  private from: Expr;
  /** The chain so far is `ret` followed by the `steps` (kept apart so a long chain is not copied per step). */
  private ret: Expr;
  private steps: Traverser[] | undefined;
  private stepsRange: Range | undefined;
  private splats: OpenSplat[] | undefined;
  /** The `[` of the index whose key is being parsed, and the error count before the key. */
  private open: Token | undefined;
  private mark = 0;

  constructor(term: Expr) {
    super();
    this.from = term;
    this.ret = term;
  }

  /** Set once start() ran: a frame started eagerly (see withTraversals) is pushed waiting for a key. */
  private started = false;

  start(m: ParseMachine): Expr | typeof subExpression {
    if (this.started) return subExpression;
    this.started = true;
    return this.loop(m);
  }

  resume(m: ParseMachine, key: Expr): Expr | typeof subExpression {
    this.finishIndex(m, key);
    return this.loop(m);
  }

  private loop(m: ParseMachine): Expr | typeof subExpression {
    const p = m.p;
    for (;;) {
      const next = p.peek();
      if (next.type === TokenType.Dot) {
        const dot = p.read();
        const attrTok = p.peek();
        if (attrTok.type === TokenType.Ident) {
          p.read();
          const rng = rangeBetween(dot.range, attrTok.range);
          this.addStep({ kind: 'attr', name: attrTok.text, srcRange: rng }, rng);
        } else if (attrTok.type === TokenType.NumberLit) {
          p.read();
          const step = legacyIndexStep(m, dot, attrTok, attrTok.range, false);
          this.addStep(step, step.srcRange);
        } else if (attrTok.type === TokenType.Star) {
          const splat = parseAttrSplat(m, this.from, this.chain(), dot, attrTok);
          if (splat === undefined) continue; // recovery: the splat is dropped
          this.ret = splat;
        } else {
          m.diag(errorDiag('Invalid attribute name', 'An attribute name is required after a dot.', attrTok.range));
          // The cursor is left in a bad place; later items are likely misparsed until something resyncs.
            this.steps = undefined;
          this.ret = { kind: 'LiteralValue', value: DynamicVal, srcRange: rangeBetween(exprRange(this.from), dot.range) };
          p.setRecovery();
        }
        continue;
      }
      if (next.type === TokenType.OBrack) {
        const open = p.read();
        if (p.peek().type === TokenType.Star) {
          this.openFullSplat(m, open);
          continue;
        }
        // `[key]`: arbitrary newlines are allowed in brackets.
        p.pushIncludeNewlines(false);
        this.open = open;
        this.mark = m.errors;
        return subExpression;
      }
      break;
    }
    // The chains of open splats end here too: each splat's steps were all read.
    const splats = this.splats;
    while (splats !== undefined && splats.length > 0) {
      const s = splats.pop()!;
      const each = this.chain();
      this.ret = {
        kind: 'Splat',
        source: s.source,
        each,
        item: s.item,
        srcRange: rangeBetween(exprRange(s.from), exprRange(each)),
        markerRange: s.markerRange,
      };
      this.from = s.from;
    }
    return this.chain();
  }

  private addStep(step: Traverser, rng: Range): void {
    if (this.steps === undefined) {
      this.steps = [step];
      this.stepsRange = rangeBetween(exprRange(this.ret), rng);
    } else {
      this.steps.push(step);
      this.stepsRange = rangeBetween(this.stepsRange!, rng);
    }
  }

  /** The chain so far as one expression. */
  private chain(): Expr {
    if (this.steps !== undefined) {
      this.ret = makeRelativeTraversal(this.ret, exact(this.steps), this.stepsRange!);
      this.steps = undefined;
    }
    return this.ret;
  }

  /** `[*]`: everything after it applies to each element, via a placeholder symbol. */
  private openFullSplat(m: ParseMachine, open: Token): void {
    const p = m.p;
    p.read(); // the star
    let close = p.read();
    if (close.type !== TokenType.CBrack && !p.recovery) {
      m.diag(
        errorDiag(
          'Missing close bracket on splat index',
          'The star for a full splat operator must be immediately followed by a closing bracket ("]").',
          close.range,
        ),
      );
      close = p.recover(TokenType.CBrack);
    }
    const markerRange = rangeBetween(open.range, close.range);
    const item: AnonSymbolExpr = { kind: 'AnonSymbol', id: newAnonSymbolId(), srcRange: markerRange };
    (this.splats ??= []).push({ from: this.from, source: this.chain(), item, markerRange });
    this.from = item;
    this.ret = item;
  }

  /** `[key]`: a static traversal step when the key is a literal, otherwise an IndexExpr. */
  private finishIndex(m: ParseMachine, key: Expr): void {
    const p = m.p;
    const open = this.open!;
    let close: Token;
    if (m.bailed(this.mark)) {
      close = p.recover(TokenType.CBrack);
    } else {
      close = p.read();
      if (close.type !== TokenType.CBrack && !p.recovery) {
        m.diag(errorDiag('Missing close bracket on index', 'The index operator must end with a closing bracket ("]").', close.range));
        close = p.recover(TokenType.CBrack);
      }
    }
    p.popIncludeNewlines();

    const rng = rangeBetween(open.range, close.range);
    const literal = literalKey(key);
    if (literal !== undefined) {
      this.addStep({ kind: 'index', key: literal, srcRange: rng }, rng);
      return;
    }
    this.ret = {
      kind: 'Index',
      collection: this.chain(),
      key,
      openRange: open.range,
      bracketRange: rng,
      srcRange: rangeBetween(exprRange(this.from), rng),
    };
  }
}

/** `.*` followed by `.name` / `.N` steps only (HIL heritage); unlike `[*]` it takes no index steps. */
function parseAttrSplat(m: ParseMachine, from: Expr, source: Expr, dot: Token, star: Token): Expr | undefined {
  const p = m.p;
  const marker = p.read();
  const trav: Traverser[] = [];
  const firstRange = p.nextRange();
  let lastRange = marker.range;
  while (p.peek().type === TokenType.Dot) {
    const stepDot = p.read();
    if (p.peek().type === TokenType.NumberLit) {
      const numTok = p.read();
      // HCL points this error at the star (its attrTok), which we keep.
      trav.push(legacyIndexStep(m, stepDot, numTok, star.range, true));
      lastRange = numTok.range;
      continue;
    }
    if (p.peek().type !== TokenType.Ident) {
      if (!p.recovery) {
        if (p.peek().type === TokenType.Star) {
          m.diag(
            errorDiag(
              'Nested splat expression not allowed',
              'A splat expression (*) cannot be used inside another attribute-only splat expression.',
              p.peek().range,
            ),
          );
        } else {
          m.diag(errorDiag('Invalid attribute name', 'An attribute name is required after a dot.', star.range));
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

/** The constant value of a literal or a literal-only template key, if the key is one. */
function literalKey(key: Expr): Value | undefined {
  if (key.kind === 'LiteralValue') return key.value;
  if (key.kind === 'Template' && key.parts.length === 1 && key.parts[0]!.kind === 'LiteralValue') {
    const v = key.parts[0].value;
    return v.isKnown && !v.isNull && v.type.kind === 'string' ? v : Value.unknown(StringType);
  }
  return undefined;
}
