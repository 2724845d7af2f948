// The expression parser's engine: nested constructs wait on an explicit stack of frames rather than on the
// JS call stack, so nesting depth (`[[[[...]]]]`, `((((...))))`, `"${"${...}"}"`) is bounded by memory only.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Expr } from '../ast/nodes.js';
import type { Parser } from './parser.js';
import { Frame, subExpression } from './frame.js';
import { beginExpression } from './expression.js';

/**
 * Runs frames to completion and collects their diagnostics in the order they were found. It also
 * counts errors, so a frame can ask "did my sub-expression fail?" (HCL's `p.recovery && diags.HasErrors()`
 * on the sub-expression's diagnostics) by comparing counts.
 */
export class ParseMachine {
  readonly diags: Diagnostic[] = [];
  errors = 0;

  constructor(readonly p: Parser) {}

  diag(d: Diagnostic): void {
    this.diags.push(d);
    if (d.severity === 'error') this.errors++;
  }

  addDiags(ds: readonly Diagnostic[]): void {
    for (const d of ds) this.diag(d);
  }

  /** True when errors were reported since `mark` (an earlier `errors`) while the parser is recovering. */
  bailed(mark: number): boolean {
    return this.p.recovery && this.errors > mark;
  }

  /** Parses one expression at the cursor, however deeply it nests. */
  runExpression(): Expr {
    const first = beginExpression(this);
    return first instanceof Frame ? this.run(first) : first;
  }

  /** Runs `root` and the frames it starts; returns its result. */
  run(root: Frame): Expr {
    const stack: Frame[] = [root];
    let step = root.start(this);
    for (;;) {
      if (step === subExpression) {
        // Simple expressions (a literal, a name) need no frame of their own.
        const sub = beginExpression(this);
        if (sub instanceof Frame) {
          stack.push(sub);
          step = sub.start(this);
        } else {
          step = stack[stack.length - 1]!.resume(this, sub);
        }
        continue;
      }
      if (step instanceof Frame) {
        stack.push(step);
        step = step.start(this);
        continue;
      }
      stack.pop();
      const top = stack[stack.length - 1];
      if (top === undefined) return step;
      step = top.resume(this, step);
    }
  }
}

