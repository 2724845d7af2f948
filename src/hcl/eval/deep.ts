// Evaluation of deeply nested expressions on an explicit stack: children first, then each node with its
// children's results at hand, so `[[[[...]]]]` 100,000 levels deep needs no call stack.
import type { Expr } from '../ast/nodes.js';
import { keywordOf } from './collections.js';
import type { EvalResult } from './diag.js';
import type { EvalContext } from './eval-context.js';
import { evaluateExpr, evaluateNode } from './evaluate.js';
import { evalFor } from './for-expr.js';
import { evalSplat } from './splat.js';
import type { EvalRequest, EvalSteps } from './steps.js';
import { isStackOverflow, tooDeepResult } from './too-deep.js';
import { DynamicVal } from '../value/value.js';

/** A node whose children (those evaluated in its own scope) are evaluated first, one by one. */
interface NodeTask {
  readonly kind: 'node';
  readonly expr: Expr;
  readonly ctx: EvalContext | undefined;
  readonly children: readonly Expr[];
  next: number;
  results: Map<Expr, EvalResult> | undefined;
}

/** A `for` or splat: it asks for each evaluation it needs in a scope of its own. */
interface StepsTask {
  readonly kind: 'steps';
  readonly expr: Expr;
  readonly ctx: EvalContext | undefined;
  readonly steps: EvalSteps;
  /** The answer to its last request (undefined before the first). */
  answer: EvalResult | undefined;
}

type Task = NodeTask | StepsTask;

/**
 * Evaluates `root` with the same results and diagnostics as the recursive evaluator. Each node's helper
 * runs once its children's results are known, and its requests for them are answered from those results.
 * (A child a helper would skip, such as the condition of a conditional whose branches cannot be unified,
 * is evaluated all the same; evaluation has no side effects, so only time is lost.)
 */
export function evaluateDeep(root: Expr, ctx: EvalContext | undefined): EvalResult {
  const stack: Task[] = [taskFor(root, ctx)];
  let done = false;
  try {
    for (;;) {
      const task = stack[stack.length - 1]!;
      let result: EvalResult;
      if (task.kind === 'node') {
        if (task.next < task.children.length) {
          stack.push(taskFor(task.children[task.next++]!, task.ctx));
          continue;
        }
        try {
          result = evaluateNode(task.expr, task.ctx, answerFrom(task));
        } catch (err) {
          if (!isStackOverflow(err)) throw err;
          result = tooDeepResult(task.expr, task.ctx);
        }
      } else {
        const answer = task.answer;
        task.answer = undefined;
        let r: IteratorResult<EvalRequest, EvalResult>;
        try {
          r = answer === undefined ? task.steps.next() : task.steps.next(answer);
        } catch (err) {
          if (!isStackOverflow(err)) throw err;
          r = { done: true, value: tooDeepResult(task.expr, task.ctx) };
        }
        if (!r.done) {
          stack.push(taskFor(r.value.expr, r.value.ctx));
          continue;
        }
        result = r.value;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent === undefined) {
        done = true;
        return result;
      }
      if (parent.kind === 'node') (parent.results ??= new Map()).set(parent.children[parent.next - 1]!, result);
      else parent.answer = result;
    }
  } finally {
    // Only after an exception (a bug): let pending helpers restore what they changed.
    if (!done) {
      for (let i = stack.length - 1; i >= 0; i--) {
        const t = stack[i]!;
        if (t.kind === 'steps') t.steps.return({ value: DynamicVal, diagnostics: [] });
      }
    }
  }
}

function taskFor(expr: Expr, ctx: EvalContext | undefined): Task {
  if (expr.kind === 'For') return { kind: 'steps', expr, ctx, steps: evalFor(expr, ctx), answer: undefined };
  if (expr.kind === 'Splat') return { kind: 'steps', expr, ctx, steps: evalSplat(expr, ctx), answer: undefined };
  return { kind: 'node', expr, ctx, children: childrenEvaluated(expr, ctx), next: 0, results: undefined };
}

/** The evaluator a node's helper gets: its children's results, each used once; anything else is evaluated. */
function answerFrom(task: NodeTask): (expr: Expr, ctx: EvalContext | undefined) => EvalResult {
  const results = task.results;
  return (expr, ctx) => {
    if (results !== undefined && ctx === task.ctx) {
      const r = results.get(expr);
      if (r !== undefined) {
        results.delete(expr);
        return r;
      }
    }
    return evaluateExpr(expr, ctx);
  };
}

/** The children a node's helper evaluates in the node's own scope (For and Splat are handled as steps). */
function childrenEvaluated(e: Expr, ctx: EvalContext | undefined): readonly Expr[] {
  switch (e.kind) {
    case 'LiteralValue':
    case 'ScopeTraversal':
    case 'AnonSymbol':
    case 'For':
    case 'Splat':
      return [];
    case 'RelativeTraversal':
      return [e.source];
    case 'FunctionCall':
      // An unknown function's arguments are not evaluated; lazy ones (try, can) evaluate theirs when asked.
      return ctx?.lookupFunction(e.name) === undefined ? [] : e.args;
    case 'Conditional':
      return [e.condition, e.trueResult, e.falseResult];
    case 'Index':
      return [e.collection, e.key];
    case 'TupleCons':
      return e.exprs;
    case 'ObjectCons':
      return e.items.flatMap((i) => [i.keyExpr, i.valueExpr]);
    case 'ObjectConsKey': {
      // Bare names and keywords are literal keys; only other keys are evaluated.
      if (e.forceNonLiteral) return [e.wrapped];
      const w = e.wrapped;
      if (w.kind === 'ScopeTraversal' && w.traversal.length > 1) return [];
      return keywordOf(w) === undefined ? [w] : [];
    }
    case 'BinaryOp':
      return [e.lhs, e.rhs];
    case 'UnaryOp':
      return [e.val];
    case 'Template':
      return e.parts.filter((p) => p.kind !== 'LiteralValue');
    case 'TemplateJoin':
      return [e.tuple];
    case 'TemplateWrap':
      return [e.wrapped];
    case 'Parentheses':
      return [e.expression];
  }
}
