// Parses expressions: conditionals and binary operators by HCL precedence, on the parse machine's frame stack.
import { errorDiag } from '../diagnostics/diagnostic.js';
import type { BinaryOperator, Expr } from '../ast/nodes.js';
import { rangeBetween, type Range } from '../source/pos.js';
import { TokenType } from '../lexer/token.js';
import { exprRange } from '../ast/expr-range.js';
import type { Parsed, Parser } from './parser.js';
import { Frame, subExpression, type Begun, type Step } from './frame.js';
import { ParseMachine } from './machine.js';
import { beginTerm, withTraversals } from './operand.js';

/** Parses one expression at the cursor (HCL's parseExpression), however deeply it nests. */
export function parseExpression(p: Parser): Parsed {
  const m = new ParseMachine(p);
  const node = m.runExpression();
  return { node, diags: m.diags };
}

/**
 * Starts the expression at the cursor. A lone operand with nothing after it (a literal, a name, `a.b`)
 * is returned at once; otherwise a frame carries on from what was read.
 */
export function beginExpression(m: ParseMachine): Begun {
  const startRange = m.p.nextRange();
  const mark = m.errors;
  const term = beginTerm(m);
  if (term instanceof Frame) return new ExprFrame(startRange, mark, term, Phase.Term);
  const operand = withTraversals(m, term);
  if (operand instanceof Frame) return new ExprFrame(startRange, mark, operand, Phase.Operand);
  const next = m.p.peek().type;
  if (next !== TokenType.Question && !binaryOps.has(next)) return operand;
  // Operators follow. Often all operands are simple (`a + 1`): finished here, without the machine.
  const f = new ExprFrame(startRange, mark, undefined, Phase.Operand);
  const s = f.afterOperand(m, operand);
  if (!(s instanceof Frame) && s !== subExpression) return s;
  f.pending = s;
  return f;
}

interface OperatorInfo {
  readonly op: BinaryOperator;
  /** Precedence level, loosest (0, `||`) to tightest (5, `*`). All levels are left-associative. */
  readonly level: number;
}

const binaryOps: ReadonlyMap<TokenType, OperatorInfo> = new Map([
  [TokenType.Or, { op: '||', level: 0 }],
  [TokenType.And, { op: '&&', level: 1 }],
  [TokenType.EqualOp, { op: '==', level: 2 }],
  [TokenType.NotEqual, { op: '!=', level: 2 }],
  [TokenType.GreaterThan, { op: '>', level: 3 }],
  [TokenType.GreaterThanEq, { op: '>=', level: 3 }],
  [TokenType.LessThan, { op: '<', level: 3 }],
  [TokenType.LessThanEq, { op: '<=', level: 3 }],
  [TokenType.Plus, { op: '+', level: 4 }],
  [TokenType.Minus, { op: '-', level: 4 }],
  [TokenType.Star, { op: '*', level: 5 }],
  [TokenType.Slash, { op: '/', level: 5 }],
  [TokenType.Percent, { op: '%', level: 5 }],
]);
const levelCount = 6;

interface PendingOp {
  readonly op: BinaryOperator;
  readonly range: Range;
}

/**
 * One precedence level of HCL's recursive parseBinaryOps: it is either still parsing its first operand
 * or the right operand of `op`, which started when the error count was `mark`.
 */
interface Level {
  inRhs: boolean;
  mark: number;
  lhs: Expr | undefined;
  op: PendingOp | undefined;
  rhs: Expr | undefined;
}

const Phase = { Term: 0, Operand: 1, TrueResult: 2, FalseResult: 3 } as const;
type Phase = (typeof Phase)[keyof typeof Phase];

/**
 * `cond ? a : b` over binary operators over operands. The six precedence levels are kept in `levels`
 * (made on the first operator) exactly as the recursive version keeps them on the call stack, including
 * its way of giving up: a level whose operand failed while recovering returns what it had so far.
 */
class ExprFrame extends Frame {
  private levels: Level[] | undefined;
  private cond: Expr | undefined;
  private trueResult: Expr | undefined;
  private branchMark = 0;

  /**
   * The expression started at `startRange` when the error count was `mark`. `pending` is what start()
   * returns: the frame of its first term (phase Term) or operand (phase Operand), or, when the creator
   * already ran it (phase as it left it), the step it stopped at.
   */
  constructor(
    private readonly startRange: Range,
    private readonly mark: number,
    public pending: Frame | typeof subExpression | undefined,
    private phase: Phase,
  ) {
    super();
  }

  start(): Step {
    const s = this.pending!;
    this.pending = undefined;
    return s;
  }

  resume(m: ParseMachine, sub: Expr): Step {
    switch (this.phase) {
      case Phase.Term:
        return this.operand(m, sub);
      case Phase.Operand:
        return this.afterOperand(m, sub);
      case Phase.TrueResult:
        return this.afterTrueResult(m, sub);
      case Phase.FalseResult:
        return this.afterFalseResult(m, sub);
    }
  }

  /** A term is complete; its traversals follow. */
  private operand(m: ParseMachine, term: Expr): Step {
    const t = withTraversals(m, term);
    if (t instanceof Frame) {
      this.phase = Phase.Operand;
      return t;
    }
    return this.afterOperand(m, t);
  }

  /** An operand is complete: hand it up through the precedence levels, reading operators as they come. */
  afterOperand(m: ParseMachine, operand: Expr): Step {
    const p = m.p;
    let v = operand;
    for (;;) {
      const next = p.peek();
      const info = binaryOps.get(next.type);
      let levels = this.levels;
      if (levels === undefined) {
        // Every level is still on its first operand, which is `v` unchanged unless an operator follows.
        if (info === undefined || m.bailed(this.mark)) return this.afterBinary(m, v);
        levels = this.levels = [];
        for (let i = 0; i < levelCount; i++) levels.push({ inRhs: false, mark: this.mark, lhs: undefined, op: undefined, rhs: undefined });
      }
      let val = v;
      let descend = false;
      for (let level = levelCount - 1; level >= 0; level--) {
        const l = levels[level]!;
        if (l.inRhs) {
          // A right operand that failed while recovering: the level returns what it had before the operator.
          if (m.bailed(l.mark)) {
            val = l.lhs!;
            continue;
          }
          l.rhs = val;
        } else {
          if (m.bailed(l.mark)) continue;
          l.lhs = val;
        }
        if (info !== undefined && info.level === level) {
          // Same-precedence operators combine left-associatively: a+b+c is (a+b)+c.
          if (l.op !== undefined) l.lhs = binary(l.lhs!, l.op, l.rhs!);
          l.op = { op: info.op, range: next.range };
          p.read();
          l.inRhs = true;
          l.mark = m.errors;
          for (let k = level + 1; k < levelCount; k++) {
            const inner = levels[k]!;
            inner.inRhs = false;
            inner.mark = m.errors;
            inner.lhs = inner.op = inner.rhs = undefined;
          }
          descend = true;
          break;
        }
        val = l.op === undefined ? l.lhs! : binary(l.lhs!, l.op, l.rhs!);
      }
      if (!descend) return this.afterBinary(m, val);

      const term = beginTerm(m);
      if (term instanceof Frame) {
        this.phase = Phase.Term;
        return term;
      }
      const t = withTraversals(m, term);
      if (t instanceof Frame) {
        this.phase = Phase.Operand;
        return t;
      }
      v = t;
    }
  }

  /** `cond ? a : b`: the middle parses as if parenthesised; the false branch is right-associative. */
  private afterBinary(m: ParseMachine, cond: Expr): Step {
    if (m.bailed(this.mark)) return cond;
    if (m.p.peek().type !== TokenType.Question) return cond;
    m.p.read();
    this.cond = cond;
    this.phase = Phase.TrueResult;
    this.branchMark = m.errors;
    return subExpression;
  }

  private afterTrueResult(m: ParseMachine, t: Expr): Step {
    const cond = this.cond!;
    if (m.bailed(this.branchMark)) return cond;
    const colon = m.p.peek();
    if (colon.type !== TokenType.Colon) {
      m.diag(
        errorDiag(
          'Missing false expression in conditional',
          'The conditional operator (...?...:...) requires a false expression, delimited by a colon.',
          colon.range,
          rangeBetween(this.startRange, colon.range),
        ),
      );
      return cond;
    }
    m.p.read();
    this.trueResult = t;
    this.phase = Phase.FalseResult;
    this.branchMark = m.errors;
    return subExpression;
  }

  private afterFalseResult(m: ParseMachine, f: Expr): Step {
    const cond = this.cond!;
    if (m.bailed(this.branchMark)) return cond;
    return {
      kind: 'Conditional',
      condition: cond,
      trueResult: this.trueResult!,
      falseResult: f,
      srcRange: rangeBetween(this.startRange, exprRange(f)),
    };
  }
}

function binary(lhs: Expr, op: PendingOp, rhs: Expr): Expr {
  return { kind: 'BinaryOp', op: op.op, lhs, rhs, opRange: op.range, srcRange: rangeBetween(exprRange(lhs), exprRange(rhs)) };
}
